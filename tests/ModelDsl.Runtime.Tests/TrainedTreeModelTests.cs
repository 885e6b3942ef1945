using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>Trees and forests through the declaration-level API the generated code calls: training from a spec,
/// named importances and decision paths, model files that round-trip and refuse trees that are not trees.</summary>
public sealed class TrainedTreeModelTests
{
    private static readonly string[] Colors = ["red", "green", "blue"];

    /// <summary>Iris plus an enum column ("color", noise) so one-hot names show up; rows are (4 numbers, color, species).</summary>
    private static (ModelSpec Spec, TrainingData Data, double[][] Rows) Iris(string algorithm, LearningTask task = LearningTask.Classifier, params (string, string)[] parameters)
    {
        var table = TestData.Csv("iris.csv");
        var classes = new[] { "setosa", "versicolor", "virginica" };
        var rows = table.Rows.Select((r, i) => new[]
        {
            double.Parse(r[0], CultureInfo.InvariantCulture), double.Parse(r[1], CultureInfo.InvariantCulture),
            double.Parse(r[2], CultureInfo.InvariantCulture), task == LearningTask.Classifier ? double.Parse(r[3], CultureInfo.InvariantCulture) : 0,
            i % 3, task == LearningTask.Classifier ? Array.IndexOf(classes, r[4]) : double.Parse(r[3], CultureInfo.InvariantCulture),
        }).ToArray();
        var numeric = new[] { "sepal_length", "sepal_width", "petal_length", "petal_width" }
            .Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, n == "sepal_width" ? FeatureScaling.Standardize : FeatureScaling.None, Imputation.Reject, 0))
            .Append(new FeatureSpec("color", FeatureKind.Enum, 3, FeatureScaling.None, Imputation.Reject, 0, Colors))
            .ToArray();
        var spec = new ModelSpec("IrisTrees", task, algorithm, parameters.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)).ToArray(),
            numeric, 1, false, true, 1, task == LearningTask.Classifier ? classes : [], 0.2, task == LearningTask.Classifier, 42, 0, [], "hash-" + algorithm);
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 5).CopyTo(n), (in double[] row) => row[5]);
        return (spec, TrainingData.Collect(spec, rows, reader), rows);
    }

    private static readonly (string, string)[] ForestParameters =
    [
        ("criterion", "entropy"), ("max_depth", "0"), ("min_samples_split", "2"), ("min_samples_leaf", "1"), ("max_features", "sqrt"),
        ("class_weight", "balanced"), ("seed", "3"), ("n_estimators", "30"), ("bootstrap", "true"), ("oob_score", "true"),
    ];

    [Fact]
    public void Forest_classifier_trains_from_a_spec_names_its_columns_and_round_trips()
    {
        var (spec, data, rows) = Iris("random_forest", LearningTask.Classifier, ForestParameters);
        var model = TrainedClassifier.Train(spec, data);
        Assert.True(model.TestReport!.Accuracy >= 0.9, $"accuracy {model.TestReport.Accuracy}");
        Assert.Equal(30, model.TreeCount);
        Assert.InRange(model.OobScore, 0.85, 1.0);
        Assert.Equal(["sepal_length", "sepal_width", "petal_length", "petal_width", "color=red", "color=green", "color=blue"], model.Pipeline.OutputNames);
        var importances = model.FeatureImportances;
        Assert.Equal(model.Pipeline.OutputNames, importances.Select(i => i.Feature));
        Assert.Equal(1.0, importances.Sum(i => i.Importance), 9);
        Assert.True(importances.Take(4).Sum(i => i.Importance) > 0.8, "the petals, not the noise column, should matter");

        var path = model.DecisionPath(rows[120].AsSpan(0, 5), default, tree: 7);
        Assert.Equal(7, path.Tree);
        Assert.All(path.Tests, t => Assert.Equal(model.Pipeline.OutputNames[t.FeatureIndex], t.Feature));
        Assert.All(path.Tests, t => Assert.Equal(t.Value <= t.Threshold, t.WentLeft));
        Assert.Equal(1.0, path.LeafValue.Sum(), 9);

        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = TrainedClassifier.Load(spec, file);
        var p = new double[3];
        var q = new double[3];
        foreach (var row in rows)
        {
            model.PredictProbabilities(row.AsSpan(0, 5), default, p);
            loaded.PredictProbabilities(row.AsSpan(0, 5), default, q);
            Assert.Equal(p, q);
        }
        Assert.Equal(model.OobScore, loaded.OobScore);
        Assert.Equal(importances, loaded.FeatureImportances);
        Assert.Equal(path, loaded.DecisionPath(rows[120].AsSpan(0, 5), default, tree: 7), new PathComparer());
    }

    private sealed class PathComparer : IEqualityComparer<DecisionPath>
    {
        public bool Equals(DecisionPath? a, DecisionPath? b) =>
            a!.Tree == b!.Tree && a.Leaf == b.Leaf && a.Tests.SequenceEqual(b.Tests) && a.LeafValue.SequenceEqual(b.LeafValue);

        public int GetHashCode(DecisionPath obj) => obj.Leaf;
    }

    [Fact]
    public void Decision_tree_path_gives_the_prediction_and_prediction_allocates_nothing()
    {
        var (spec, data, rows) = Iris("decision_tree", LearningTask.Classifier,
            ("criterion", "gini"), ("max_depth", "3"), ("min_samples_split", "2"), ("min_samples_leaf", "1"), ("max_features", "all"), ("class_weight", "none"), ("seed", "0"));
        var model = TrainedClassifier.Train(spec, data);
        Assert.Equal(1, model.TreeCount);
        Assert.True(double.IsNaN(model.OobScore));
        var p = new double[3];
        foreach (var row in rows.Take(40))
        {
            var path = model.DecisionPath(row.AsSpan(0, 5), default);
            model.PredictProbabilities(row.AsSpan(0, 5), default, p);
            Assert.Equal(p, path.LeafValue);
            Assert.InRange(path.Tests.Count, 1, 3);
        }
        var first = rows[0];
        model.PredictProbabilities(first.AsSpan(0, 5), default, p);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) model.PredictProbabilities(first.AsSpan(0, 5), default, p);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Forest_regressor_trains_from_a_spec_and_round_trips()
    {
        // Predict petal width from the other columns.
        var parameters = new (string, string)[]
        {
            ("criterion", "squared_error"), ("max_depth", "6"), ("min_samples_split", "2"), ("min_samples_leaf", "2"), ("max_features", "all"),
            ("seed", "1"), ("n_estimators", "20"), ("bootstrap", "true"), ("oob_score", "true"),
        };
        var (spec, data, rows) = Iris("random_forest", LearningTask.Regressor, parameters);
        var model = TrainedRegressor.Train(spec, data);
        Assert.True(model.TestReport!.R2 > 0.85, $"R² {model.TestReport.R2}");
        Assert.InRange(model.OobScore, 0.8, 1.0);
        Assert.Equal(1.0, model.FeatureImportances.Sum(i => i.Importance), 9);
        var path = model.DecisionPath(rows[5].AsSpan(0, 5), default, tree: 0);
        Assert.Single(path.LeafValue);
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = TrainedRegressor.Load(spec, file);
        foreach (var row in rows) Assert.Equal(model.Predict(row.AsSpan(0, 5), default), loaded.Predict(row.AsSpan(0, 5), default));
        Assert.Equal(model.OobScore, loaded.OobScore);
        var first = rows[0];
        _ = model.Predict(first.AsSpan(0, 5), default);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) _ = model.Predict(first.AsSpan(0, 5), default);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Rewrites one int of a section in a saved model and fixes the checksum, so only the tree check can object.</summary>
    private static byte[] WithInt(byte[] file, string section, int index, int value)
    {
        var bytes = (byte[])file.Clone();
        var marker = new byte[] { (byte)section.Length }.Concat(Encoding.UTF8.GetBytes(section)).Append((byte)2).ToArray();
        int at = bytes.AsSpan().IndexOf(marker);
        Assert.True(at >= 0, $"section {section} not found");
        int data = at + marker.Length + 4 + 4 * index;
        BitConverter.TryWriteBytes(bytes.AsSpan(data, 4), value);
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes, bytes.Length - 32);
        return bytes;
    }

    [Fact]
    public void Model_file_with_inconsistent_trees_is_a_typed_corruption_error()
    {
        var (spec, data, _) = Iris("random_forest", LearningTask.Classifier, ForestParameters);
        var model = TrainedClassifier.Train(spec, data);
        using var file = new MemoryStream();
        model.Save(file);
        var saved = file.ToArray();
        Assert.NotNull(TrainedClassifier.Load(spec, new MemoryStream(WithInt(saved, "trees.left", 0, model.Trees().LeftChildren[0]))));

        foreach (var (section, index, value) in new[]
        {
            ("trees.left", 0, 0),            // the root its own child: a walk would never end
            ("trees.right", 0, 100_000),     // a child outside the tree
            ("trees.features", 0, 99),       // a feature the pipeline does not make
            ("trees.offsets", 1, 0),         // an empty tree
        })
        {
            var e = Assert.Throws<ModelFileCorruptedException>(() => TrainedClassifier.Load(spec, new MemoryStream(WithInt(saved, section, index, value))));
            Assert.Contains("do not fit", e.Message);
        }
        var truncated = saved.ToArray();
        truncated[saved.Length / 2] ^= 0xFF; // without fixing the checksum
        Assert.Throws<ModelFileCorruptedException>(() => TrainedClassifier.Load(spec, new MemoryStream(truncated)));
    }
}

internal static class TrainedTreeExtensions
{
    public static ModelDsl.Runtime.Learning.TreeEnsemble Trees(this TrainedClassifier model) =>
        ((ModelDsl.Runtime.Learning.TreeClassifierModel)model.Algorithm).Trees;
}

/// <summary>Names of the preprocessed columns, which decision paths and importances report.</summary>
public sealed class FeatureNameTests
{
    [Fact]
    public void Output_names_cover_polynomial_one_hot_and_bag_of_words_columns()
    {
        var features = new[]
        {
            new FeatureSpec("a", FeatureKind.Numeric, 0, FeatureScaling.None, Imputation.Reject, 0),
            new FeatureSpec("b", FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0),
            new FeatureSpec("size", FeatureKind.Enum, 2, FeatureScaling.None, Imputation.Reject, 0),
            new FeatureSpec("body", FeatureKind.Text, 0, FeatureScaling.None, Imputation.Reject, 0),
        };
        var spec = new ModelSpec("Names", LearningTask.Classifier, "decision_tree", [], features, 2, false, true, 1, ["no", "yes"], 0, false, 1, 0, [], "h");
        var rows = new (double A, double B, double Size, string Body, double Label)[]
        {
            (1, 2, 0, "free money", 1), (2, 1, 1, "meeting at noon", 0), (3, 5, 0, "free lunch", 1), (0, 1, 1, "noon meeting moved", 0),
        };
        var reader = new RowReader<(double A, double B, double Size, string Body, double Label)>(
            (in (double A, double B, double Size, string Body, double Label) r, Span<double> n, Span<string?> t) => { n[0] = r.A; n[1] = r.B; n[2] = r.Size; t[0] = r.Body; },
            (in (double A, double B, double Size, string Body, double Label) r) => r.Label);
        var model = TrainedClassifier.Train(spec, TrainingData.Collect(spec, rows, reader));
        Assert.Equal(["a", "b", "a^2", "a*b", "b^2", "size=0", "size=1", "body:at", "body:free", "body:lunch", "body:meeting", "body:money", "body:moved", "body:noon"],
            model.Pipeline.OutputNames);
        Assert.Equal(model.Pipeline.OutputCount, model.FeatureImportances.Count);
        Span<double> numeric = [1, 2, 0];
        var path = model.DecisionPath(numeric, ["free offer"]);
        Assert.All(path.Tests, t => Assert.Equal(model.Pipeline.OutputNames[t.FeatureIndex], t.Feature));
        Assert.Equal(1.0, path.LeafValue[1]);
    }
}
