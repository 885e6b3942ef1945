using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>
/// Decision trees and random forests against scikit-learn 1.2.1. A tree depends on its random feature order and
/// a forest on its bootstrap samples, which no other implementation reproduces draw for draw, so the fixtures
/// hold the test accuracy over several seeds and the tests compare the mean over as many seeds here.
/// </summary>
public sealed class TreeTests(ITestOutputHelper output)
{
    private static DecisionTreeOptions TreeOptions(JsonElement p, bool classification, int seed)
    {
        string Text(string name, string fallback) => p.TryGetProperty(name, out var v) ? v.GetString()! : fallback;
        int Int(string name, int fallback) => p.TryGetProperty(name, out var v) ? v.GetInt32() : fallback;
        return new DecisionTreeOptions
        {
            Criterion = Text("criterion", classification ? "gini" : "squared_error") switch
            {
                "entropy" => SplitCriterion.Entropy,
                "squared_error" => SplitCriterion.SquaredError,
                _ => SplitCriterion.Gini,
            },
            MaxDepth = Int("max_depth", 0),
            MinSamplesSplit = Int("min_samples_split", 2),
            MinSamplesLeaf = Int("min_samples_leaf", 1),
            MaxFeatures = Text("max_features", p.TryGetProperty("n_estimators", out _) && classification ? "sqrt" : "all") switch
            {
                "sqrt" => MaxFeaturesMode.Sqrt,
                "log2" => MaxFeaturesMode.Log2,
                _ => MaxFeaturesMode.All,
            },
            ClassWeight = Text("class_weight", "none") == "balanced" ? ClassWeightMode.Balanced : ClassWeightMode.None,
            Seed = seed,
        };
    }

    private static RandomForestOptions ForestOptions(JsonElement p, bool classification, int seed) => new()
    {
        Tree = TreeOptions(p, classification, seed),
        Estimators = p.GetProperty("n_estimators").GetInt32(),
        Bootstrap = !p.TryGetProperty("bootstrap", out var b) || b.GetBoolean(),
        OobScore = p.TryGetProperty("oob_score", out var o) && o.GetBoolean(),
    };

    public static TheoryData<string, string, string> ClassificationCases => new()
    {
        { "dt_iris_gini.json", "iris.csv", "species" },
        { "dt_digits_gini.json", "digits.csv", "digit" },
        { "dt_digits_entropy.json", "digits.csv", "digit" },
        { "rf_iris.json", "iris.csv", "species" },
        { "rf_digits.json", "digits.csv", "digit" },
        { "rf_digits_entropy.json", "digits.csv", "digit" },
    };

    [Theory]
    [MemberData(nameof(ClassificationCases))]
    public void Classification_accuracy_matches_scikit_learn_within_one_point(string fixtureName, string file, string label)
    {
        var fixture = TestData.Fixture(fixtureName);
        var (xTrain, yTrain, xTest, yTest) = TestData.Classification(fixture, file, label);
        int classes = fixture.Strings("classes").Length;
        var p = fixture.GetProperty("params");
        bool forest = p.TryGetProperty("n_estimators", out _);
        var scores = new double[fixture.Ints("seeds").Length];
        var oob = new double[scores.Length];
        for (int s = 0; s < scores.Length; s++)
        {
            var model = forest
                ? RandomForestTrainer.FitClassifier(xTrain, yTrain, classes, ForestOptions(p, true, s))
                : DecisionTreeTrainer.FitClassifier(xTrain, yTrain, classes, TreeOptions(p, true, s));
            scores[s] = Accuracy(model, xTest, yTest);
            oob[s] = model.OobScore;
            Assert.Equal(1.0, model.FeatureImportances.ToArray().Sum(), 9);
        }
        double mean = scores.Average(), expected = fixture.Double("mean");
        output.WriteLine(FormattableString.Invariant($"{fixtureName}: mean accuracy {mean:F4} (scikit-learn {expected:F4}, difference {100 * (mean - expected):F2} points); per seed {string.Join(" ", scores.Select(a => a.ToString("F3", CultureInfo.InvariantCulture)))}"));
        if (fixture.TryGetProperty("oob_mean", out var skOob))
        {
            output.WriteLine(FormattableString.Invariant($"  out-of-bag accuracy {oob.Average():F4} (scikit-learn {skOob.GetDouble():F4})"));
            Assert.InRange(oob.Average(), skOob.GetDouble() - 0.02, skOob.GetDouble() + 0.02);
        }
        Assert.InRange(mean, expected - 0.01, expected + 0.01);
    }

    public static TheoryData<string> RegressionCases => new() { "dt_diabetes.json", "rf_diabetes.json" };

    [Theory]
    [MemberData(nameof(RegressionCases))]
    public void Regression_r2_is_close_to_scikit_learn(string fixtureName)
    {
        var fixture = TestData.Fixture(fixtureName);
        var (xTrain, yTrain, xTest, yTest) = TestData.Diabetes(fixture);
        var p = fixture.GetProperty("params");
        bool forest = p.TryGetProperty("n_estimators", out _);
        var scores = new double[fixture.Ints("seeds").Length];
        for (int s = 0; s < scores.Length; s++)
        {
            var model = forest
                ? RandomForestTrainer.FitRegressor(xTrain, yTrain, ForestOptions(p, false, s))
                : DecisionTreeTrainer.FitRegressor(xTrain, yTrain, TreeOptions(p, false, s));
            scores[s] = RegressionMetrics.Evaluate(model, xTest, yTest).R2;
            if (forest) Assert.InRange(model.OobScore, 0.2, 0.7);
        }
        double mean = scores.Average(), expected = fixture.Double("mean");
        output.WriteLine(FormattableString.Invariant($"{fixtureName}: mean R² {mean:F4} (scikit-learn {expected:F4})"));
        // Diabetes has 353 training rows of continuous values: more than 256 distinct values per feature are binned,
        // so this is a sanity bound, not the classification parity.
        Assert.InRange(mean, expected - 0.05, expected + 0.05);
    }

    private static double Accuracy(IClassificationModel model, FeatureMatrix x, int[] y)
    {
        int correct = 0;
        for (int i = 0; i < x.Rows; i++) correct += model.PredictClass(x.Row(i)) == y[i] ? 1 : 0;
        return (double)correct / x.Rows;
    }

    private static (FeatureMatrix X, int[] Y) Digits()
    {
        var fixture = TestData.Fixture("rf_digits.json");
        var (xTrain, yTrain, _, _) = TestData.Classification(fixture, "digits.csv", "digit");
        return (xTrain, yTrain);
    }

    [Fact]
    public void Forest_is_the_same_whatever_the_thread_count()
    {
        var (x, y) = Digits();
        var options = new RandomForestOptions { Estimators = 24, OobScore = true, Tree = new DecisionTreeOptions { MaxFeatures = MaxFeaturesMode.Sqrt, Seed = 7 } };
        var one = RandomForestTrainer.FitClassifier(x, y, 10, options with { MaxDegreeOfParallelism = 1 });
        var all = RandomForestTrainer.FitClassifier(x, y, 10, options with { MaxDegreeOfParallelism = -1 });
        var three = RandomForestTrainer.FitClassifier(x, y, 10, options with { MaxDegreeOfParallelism = 3 });
        foreach (var other in new[] { all, three })
        {
            Assert.Equal(one.Trees.Features.ToArray(), other.Trees.Features.ToArray());
            Assert.Equal(one.Trees.Thresholds.ToArray(), other.Trees.Thresholds.ToArray());
            Assert.Equal(one.Trees.Values.ToArray(), other.Trees.Values.ToArray());
            Assert.Equal(one.FeatureImportances.ToArray(), other.FeatureImportances.ToArray());
            Assert.Equal(one.OobScore, other.OobScore);
        }
        var reseeded = RandomForestTrainer.FitClassifier(x, y, 10, options with { Tree = options.Tree with { Seed = 8 } });
        Assert.NotEqual(one.Trees.Thresholds.ToArray(), reseeded.Trees.Thresholds.ToArray());
    }

    [Fact]
    public void Out_of_bag_score_is_sane()
    {
        var (x, y) = Digits();
        var model = RandomForestTrainer.FitClassifier(x, y, 10, new RandomForestOptions { Estimators = 40, OobScore = true });
        output.WriteLine(FormattableString.Invariant($"out-of-bag accuracy of 40 trees on digits: {model.OobScore:F4}"));
        Assert.InRange(model.OobScore, 0.9, 0.99);
        var noOob = RandomForestTrainer.FitClassifier(x, y, 10, new RandomForestOptions { Estimators = 5 });
        Assert.True(double.IsNaN(noOob.OobScore));
    }

    [Fact]
    public void Decision_path_ends_in_the_leaf_that_predicts()
    {
        var (x, y) = Digits();
        var tree = DecisionTreeTrainer.FitClassifier(x, y, 10, new DecisionTreeOptions { Seed = 3 });
        var forest = RandomForestTrainer.FitClassifier(x, y, 10, new RandomForestOptions { Estimators = 10 });
        var p = new double[10];
        for (int i = 0; i < 50; i++)
        {
            var row = x.Row(i);
            var path = tree.DecisionPath(row);
            tree.PredictProbabilities(row, p);
            Assert.Equal(p, path.LeafValue.ToArray());
            Assert.Equal(tree.Trees.Leaf(0, row), path.Leaf);
            int node = 0;
            foreach (var test in path.Tests)
            {
                Assert.Equal(node, test.Node);
                Assert.Equal(row[test.Feature], test.Value);
                Assert.Equal(test.Value <= test.Threshold, test.WentLeft);
                node = test.WentLeft ? tree.Trees.LeftChildren[node] : tree.Trees.RightChildren[node];
            }
            Assert.Equal(node, path.Leaf);
            Assert.Equal(-1, tree.Trees.Features[path.Leaf]);
            Assert.Equal(y[i], TensorIndexOfMax(path.LeafValue.ToArray())); // a full tree fits its training rows
            var forestPath = forest.DecisionPath(row, tree: 4);
            Assert.Equal(forest.Trees.Leaf(4, row), forestPath.Leaf);
            Assert.True(forestPath.Tests.Count > 0 && forestPath.Tests[0].Node == forest.Trees.TreeOffsets[4]);
        }
    }

    [Theory]
    [InlineData(3, 0.0)]   // shallow trees: the lock-step walk runs the same number of steps for all eight
    [InlineData(0, 0.0)]   // full depth: trees of very different depths walked together
    [InlineData(4, 0.37)]  // with missing values, which go right at every test
    public void Forests_predict_the_mean_of_their_decision_paths_leaves(int maxDepth, double missing)
    {
        var (x, y) = Digits();
        var forest = RandomForestTrainer.FitClassifier(x, y, 10, new RandomForestOptions { Estimators = 13, Tree = new DecisionTreeOptions { MaxDepth = maxDepth, Seed = 5 } });
        var random = new Random(maxDepth);
        var p = new double[10];
        for (int i = 0; i < 200; i++)
        {
            var row = x.Row(i).ToArray();
            for (int j = 0; j < row.Length; j++)
            {
                if (random.NextDouble() < missing) row[j] = double.NaN;
            }
            forest.PredictProbabilities(row, p);
            var expected = new double[10];
            for (int t = 0; t < forest.Trees.TreeCount; t++)
            {
                var leaf = forest.DecisionPath(row, t).LeafValue;
                for (int k = 0; k < 10; k++) expected[k] += leaf[k] / forest.Trees.TreeCount;
            }
            for (int k = 0; k < 10; k++) Assert.Equal(expected[k], p[k], 12);
        }
    }

    /// <summary>
    /// Shallow forests are walked in a second layout (complete trees, eight interleaved) and up to four outputs are summed
    /// in registers: whatever the layout and width, the sums must be the very same bits as adding, tree by tree in order,
    /// the leaf values that the decision paths (which walk the original arrays) reach.
    /// </summary>
    [Theory]
    [InlineData(1, 2, 17)]  // stumps: one step
    [InlineData(3, 1, 16)]  // regression (one output), two full groups of eight
    [InlineData(5, 3, 21)]  // two groups and a tail of five trees walked the other way
    [InlineData(8, 4, 9)]   // the deepest trees the complete layout takes
    [InlineData(4, 5, 16)]  // the complete layout with five outputs, summed in memory
    [InlineData(9, 2, 24)]  // too deep for it: the depth-first walk only
    [InlineData(0, 5, 11)]  // full depth, five outputs summed in memory
    public void Leaf_sums_are_the_decision_paths_leaves_added_in_order(int maxDepth, int outputs, int trees)
    {
        var (x, digits) = Digits();
        var options = new RandomForestOptions { Estimators = trees, Tree = new DecisionTreeOptions { MaxDepth = maxDepth, Seed = 11 } };
        TreeEnsemble forest = outputs == 1
            ? RandomForestTrainer.FitRegressor(x, digits.Select(d => (double)d).ToArray(), options with { Tree = options.Tree with { Criterion = SplitCriterion.SquaredError } }).Trees
            : RandomForestTrainer.FitClassifier(x, digits.Select(d => d % outputs).ToArray(), outputs, options).Trees;
        Assert.Equal(outputs, forest.OutputWidth);
        var random = new Random(maxDepth * 100 + outputs);
        double[] specials = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, 8.0];
        for (int i = 0; i < 300; i++)
        {
            var row = x.Row(i).ToArray();
            for (int j = 0; j < row.Length; j++)
            {
                if (random.NextDouble() < 0.15) row[j] = specials[random.Next(specials.Length)];
            }
            var start = Enumerable.Range(0, outputs).Select(_ => random.NextDouble() - 0.5).ToArray();
            var sum = start.ToArray();
            forest.AddLeafValues(row, sum);
            var expected = start.ToArray();
            for (int t = 0; t < forest.TreeCount; t++)
            {
                var leaf = forest.DecisionPath(row, t);
                Assert.Equal(leaf.Leaf, forest.Leaf(t, row));
                for (int k = 0; k < outputs; k++) expected[k] += leaf.LeafValue[k];
            }
            for (int k = 0; k < outputs; k++) Assert.Equal(BitConverter.DoubleToInt64Bits(expected[k]), BitConverter.DoubleToInt64Bits(sum[k]));
        }
    }

    private static int TensorIndexOfMax(double[] v) => System.Numerics.Tensors.TensorPrimitives.IndexOfMax<double>(v);

    [Fact]
    public void Tree_respects_depth_and_leaf_size()
    {
        var (x, y) = Digits();
        var tree = DecisionTreeTrainer.FitClassifier(x, y, 10, new DecisionTreeOptions { MaxDepth = 5, MinSamplesLeaf = 20 });
        Assert.Equal(5, tree.Trees.MaxDepth);
        var counts = new int[tree.Trees.NodeCount];
        for (int i = 0; i < x.Rows; i++) counts[tree.Trees.Leaf(0, x.Row(i))]++;
        for (int node = 0; node < counts.Length; node++)
        {
            if (tree.Trees.Features[node] < 0) Assert.True(counts[node] >= 20, $"leaf {node} holds {counts[node]} rows");
        }
        var stump = DecisionTreeTrainer.FitClassifier(x, y, 10, new DecisionTreeOptions { MaxDepth = 1 });
        Assert.Equal(3, stump.Trees.NodeCount);
        Assert.Equal(1.0, stump.FeatureImportances.ToArray().Max());
    }

    [Fact]
    public void Importances_point_at_the_informative_feature()
    {
        // y depends on feature 2 only; features 0, 1, 3 are noise.
        var random = new Random(5);
        int n = 400;
        var values = new double[n * 4];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < 4; j++) values[i * 4 + j] = random.NextDouble();
            y[i] = values[i * 4 + 2] > 0.5 ? 10 : 0;
        }
        var x = new FeatureMatrix(values, n, 4);
        var forest = RandomForestTrainer.FitRegressor(x, y, new RandomForestOptions { Estimators = 20, Tree = new DecisionTreeOptions { Criterion = SplitCriterion.SquaredError } });
        var importances = forest.FeatureImportances.ToArray();
        Assert.Equal(1.0, importances.Sum(), 9);
        Assert.True(importances[2] > 0.9, string.Join(", ", importances));
        Assert.Equal(10.0, forest.Predict([0.1, 0.2, 0.9, 0.3]), 6);
        Assert.Equal(0.0, forest.Predict([0.1, 0.2, 0.1, 0.3]), 6);
    }

    [Fact]
    public void Trees_rebuild_from_their_arrays_and_reject_inconsistent_ones()
    {
        var (x, y) = Digits();
        var forest = RandomForestTrainer.FitClassifier(x, y, 10, new RandomForestOptions { Estimators = 5 });
        var t = forest.Trees;
        TreeEnsemble Rebuild(int[]? features = null, int[]? left = null, int[]? offsets = null, double[]? values = null) =>
            TreeEnsemble.FromArrays(t.FeatureCount, t.OutputWidth, offsets ?? t.TreeOffsets.ToArray(), features ?? t.Features.ToArray(), t.Thresholds,
                left ?? t.LeftChildren.ToArray(), t.RightChildren, values ?? t.Values.ToArray(), t.FeatureImportances);
        var copy = TreeClassifierModel.FromTrees(Rebuild(), forest.OobScore);
        Assert.Equal(forest.PredictProbabilities(x), copy.PredictProbabilities(x));

        var loop = t.LeftChildren.ToArray();
        loop[0] = 0; // a cycle would never end
        Assert.Throws<ArgumentException>(() => Rebuild(left: loop));
        var wrongFeature = t.Features.ToArray();
        wrongFeature[0] = 64;
        Assert.Throws<ArgumentException>(() => Rebuild(features: wrongFeature));
        var offsets = t.TreeOffsets.ToArray();
        offsets[2] = offsets[1];
        Assert.Throws<ArgumentException>(() => Rebuild(offsets: offsets));
        Assert.Throws<ArgumentException>(() => Rebuild(values: t.Values[..^1].ToArray()));
        var crossTree = t.LeftChildren.ToArray();
        crossTree[0] = t.TreeOffsets[1]; // a child in the next tree
        Assert.Throws<ArgumentException>(() => Rebuild(left: crossTree));
    }

    [Fact]
    public void Tree_prediction_allocates_nothing()
    {
        var (x, y) = Digits();
        var forest = RandomForestTrainer.FitClassifier(x, y, 10, new RandomForestOptions { Estimators = 100 });
        var regressor = RandomForestTrainer.FitRegressor(x, y.Select(v => (double)v).ToArray(),
            new RandomForestOptions { Estimators = 20, Tree = new DecisionTreeOptions { Criterion = SplitCriterion.SquaredError, MaxFeatures = MaxFeaturesMode.Sqrt } });
        var row = x.Row(17).ToArray();
        var p = new double[10];
        double sink = 0;
        for (int i = 0; i < 3; i++) { forest.PredictProbabilities(row, p); sink += regressor.Predict(row); }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++)
        {
            forest.PredictProbabilities(row, p);
            sink += regressor.Predict(row) + forest.PredictClass(row);
        }
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(bytes == 0, $"{bytes} bytes in 200 predictions ({sink})");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 2000; i++) forest.PredictProbabilities(x.Row(i % x.Rows), p);
        output.WriteLine(FormattableString.Invariant($"100-tree forest, depth {forest.Trees.MaxDepth}: {watch.Elapsed.TotalMilliseconds * 1000 / 2000:F2} µs per prediction"));
    }
}
