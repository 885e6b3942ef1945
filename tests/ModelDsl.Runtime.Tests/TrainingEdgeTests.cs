using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using ModelDsl.Runtime.Rules;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>
/// Edges of training found by a bad-input probe, on the bundled iris data: too few rows, a stratified split that holds
/// out nothing, one class, the options' seed reaching trees and forests; and the quantile report, the explanation's
/// float form, stale temporary files of killed writers.
/// </summary>
public sealed class TrainingEdgeTests
{
    private static readonly string[] Classes = ["setosa", "versicolor", "virginica"];

    private static readonly (string, string)[] Forest =
    [
        ("criterion", "gini"), ("max_depth", "0"), ("min_samples_split", "2"), ("min_samples_leaf", "1"), ("max_features", "sqrt"),
        ("class_weight", "none"), ("seed", "0"), ("n_estimators", "20"), ("bootstrap", "true"), ("oob_score", "false"),
    ];

    private static readonly (string, string)[] Tree =
    [
        ("criterion", "gini"), ("max_depth", "0"), ("min_samples_split", "2"), ("min_samples_leaf", "1"), ("max_features", "sqrt"),
        ("class_weight", "none"), ("seed", "0"),
    ];

    /// <summary>The iris rows (4 numbers, class index) and a spec with a 0.2 split (stratified when asked).</summary>
    private static (ModelSpec Spec, double[][] Rows, RowReader<double[]> Reader) Iris(string algorithm, (string, string)[] parameters, bool stratified = true, double testFraction = 0.2)
    {
        var table = TestData.Csv("iris.csv");
        var rows = table.Rows.Select(r => r.Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Append(Array.IndexOf(Classes, r[4])).ToArray()).ToArray();
        var features = table.Header.Take(4).Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, FeatureScaling.None, Imputation.Reject, 0)).ToArray();
        var spec = new ModelSpec("IrisEdge", LearningTask.Classifier, algorithm, parameters.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)).ToArray(),
            features, 1, false, true, 1, Classes, testFraction, stratified, 42, 0, [], "hash-edge-" + algorithm, "species");
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 4).CopyTo(n), (in double[] row) => row[4]);
        return (spec, rows, reader);
    }

    private static TrainedClassifier Train(string algorithm, (string, string)[] parameters, IEnumerable<double[]>? subset = null, TrainingOptions? options = null, bool stratified = true)
    {
        var (spec, rows, reader) = Iris(algorithm, parameters, stratified);
        return TrainedClassifier.Train(spec, TrainingData.Collect(spec, subset ?? rows, reader), options);
    }

    /// <summary>What tells two tree models apart: their probabilities on every iris row and their importances.</summary>
    private static double[] Probabilities(TrainedClassifier model)
    {
        var (_, rows, _) = Iris("random_forest", Forest);
        var all = new List<double>();
        var p = new double[3];
        foreach (var row in rows)
        {
            model.PredictProbabilities(row.AsSpan(0, 4), default, p);
            all.AddRange(p);
        }
        all.AddRange(model.FeatureImportances.Select(i => i.Importance));
        return all.ToArray();
    }

    [Theory]
    [InlineData("random_forest")]
    [InlineData("decision_tree")]
    public void The_options_seed_reaches_trees_and_forests(string algorithm)
    {
        // IgnoreSplit: the same rows train every model, so only the algorithm's own draws can differ.
        var parameters = algorithm == "random_forest" ? Forest : Tree;
        TrainedClassifier With(int seed) => Train(algorithm, parameters, options: new TrainingOptions { Seed = seed, IgnoreSplit = true });
        var one = Probabilities(With(1));
        Assert.Equal(one, Probabilities(With(1)));
        var others = Enumerable.Range(2, 4).Select(s => Probabilities(With(s))).ToList();
        Assert.Contains(others, o => !o.SequenceEqual(one));
        Assert.Equal(Probabilities(Train(algorithm, parameters, options: new TrainingOptions { IgnoreSplit = true })), Probabilities(With(0)));
    }

    [Fact]
    public void No_rows_or_one_row_is_a_training_data_error()
    {
        var (_, rows, _) = Iris("random_forest", Forest);
        var none = Assert.Throws<TrainingDataException>(() => Train("random_forest", Forest, rows.Take(0)));
        Assert.Contains("no rows", none.Message);
        Assert.Equal(-1, none.Row);
        Assert.Null(none.Column);
        var one = Assert.Throws<TrainingDataException>(() => Train("random_forest", Forest, rows.Take(1), new TrainingOptions { IgnoreSplit = true }));
        Assert.Contains("1 row", one.Message);
    }

    [Fact]
    public void A_stratified_split_that_would_hold_out_nothing_is_an_error()
    {
        var (_, rows, _) = Iris("random_forest", Forest);
        var onePerClass = new[] { rows[0], rows[50], rows[100] };
        var e = Assert.Throws<TrainingDataException>(() => Train("random_forest", Forest, onePerClass));
        Assert.Contains("holds out none of its 3 rows", e.Message);
        // Without stratification the same rows hold one out.
        Assert.Equal(1, Train("random_forest", Forest, onePerClass, stratified: false).Summary.TestRows);
    }

    [Theory]
    [InlineData("random_forest")]
    [InlineData("logistic_regression")]
    public void A_classifier_of_a_single_class_is_an_error(string algorithm)
    {
        var (_, rows, _) = Iris(algorithm, Forest);
        var parameters = algorithm == "random_forest" ? Forest : [];
        var e = Assert.Throws<TrainingDataException>(() => Train(algorithm, parameters, rows.Take(50)));
        Assert.Contains("all of the class 'setosa'", e.Message);
        Assert.Contains("at least 2 classes", e.Message);
    }

    [Fact]
    public void Cross_validation_with_fewer_rows_than_folds_is_a_training_data_error()
    {
        var (spec, rows, reader) = Iris("random_forest", Forest);
        var e = Assert.Throws<TrainingDataException>(() => TrainedClassifier.CrossValidate(spec, TrainingData.Collect(spec, rows.Take(3), reader), 5));
        Assert.Contains("5-fold", e.Message);
    }

    [Fact]
    public void Quantile_metrics_are_the_pinball_loss_and_the_share_at_or_below()
    {
        // residuals −1, 0, 1, 2 at q = 0.9: losses 0.1, 0, 0.9, 1.8; two targets at or below the prediction.
        var (loss, coverage) = RegressionReport.QuantileMetrics([1, 2, 3, 4], [2, 2, 2, 2], 0.9);
        Assert.Equal(0.7, loss, 12);
        Assert.Equal(0.5, coverage);
        var report = new RegressionReport(4, 0, 0, 0) { Quantile = 0.9, PinballLoss = loss, Coverage = coverage };
        Assert.Contains("pinball loss 0.700", report.ToString());
        Assert.Contains("coverage 0.500", report.ToString());
        Assert.DoesNotContain("pinball", new RegressionReport(4, 0, 0, 0).ToString());
        Assert.Contains(HeldOutMetrics.Of(report), m => m.Name == "coverage" && m.Value == 0.5);
    }

    [Theory]
    [InlineData(37.1f, "37.1")]
    [InlineData(0.1f, "0.1")]
    [InlineData(30000000f, "30000000")]
    [InlineData(1.5e-10f, "0.00000000015")]
    [InlineData(-2.25f, "-2.25")]
    public void Explanations_print_a_float_in_its_shortest_round_trip_form(float value, string text) =>
        Assert.Equal(text, TraceFormat.Of(value));

    [Fact]
    public void A_decision_path_prints_its_tests_and_leaf()
    {
        var model = Train("decision_tree", Tree, options: new TrainingOptions { IgnoreSplit = true });
        var (_, rows, _) = Iris("decision_tree", Tree);
        var path = model.DecisionPath(rows[120].AsSpan(0, 4), default);
        var text = path.ToString();
        Assert.StartsWith("tree 0:\n  ", text);
        Assert.DoesNotContain("DecisionTest", text);
        Assert.DoesNotContain("System.", text);
        Assert.Equal(path.Tests.Count + 2, text.Split('\n').Length);
        Assert.Contains(path.Tests[0].ToString(), text);
        Assert.Contains($"leaf {path.Leaf}: ", text);
    }

    [Fact]
    public void Writing_a_model_file_removes_the_temporary_files_a_killed_writer_left()
    {
        var directory = Directory.CreateTempSubdirectory("mdsl-tmp-").FullName;
        try
        {
            var target = Path.Combine(directory, "model.mdsl");
            var stale = new[] { target + ".tmp-0badf00d", target + ".tmp-deadbeef" };
            foreach (var file in stale)
            {
                File.WriteAllText(file, "half a model");
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
            }
            var live = target + ".tmp-1234abcd"; // a writer still at work holds its file locked
            File.WriteAllText(live, "being written");
            File.SetLastWriteTimeUtc(live, DateTime.UtcNow.AddMinutes(-1));
            var other = Path.Combine(directory, "other.mdsl.tmp-0badf00d"); // another target's: not ours to remove
            File.WriteAllText(other, "x");
            File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddMinutes(-1));
            using (new FileStream(live, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                ModelFile.Write(target, new ModelFileHeader("M", "a", "h"), new ModelFileSections().Add("x", new[] { 1.0 }));
            }
            Assert.True(File.Exists(target));
            Assert.All(stale, f => Assert.False(File.Exists(f), f));
            Assert.True(File.Exists(live));
            Assert.True(File.Exists(other));
            Assert.Equal(1, ModelFile.RemoveStaleTemporaryFiles(target)); // the writer let go of it
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
