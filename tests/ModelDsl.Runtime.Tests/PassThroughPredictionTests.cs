using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>
/// A model whose features need no preprocessing predicts from the row's values as they are (no copy through the
/// pipeline); the result must equal the pipeline's, and missing or infinite values must still be imputed or refused.
/// </summary>
public sealed class PassThroughPredictionTests
{
    private static (TrainedClassifier Model, double[][] Rows) Iris(Imputation imputation, FeatureScaling scaling = FeatureScaling.None)
    {
        var table = TestData.Csv("iris.csv");
        var classes = new[] { "setosa", "versicolor", "virginica" };
        var rows = table.Rows.Select(r => r.Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Append(Array.IndexOf(classes, r[4])).ToArray()).ToArray();
        var features = new[] { "sepal_length", "sepal_width", "petal_length", "petal_width" }
            .Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, scaling, imputation, 0)).ToArray();
        var spec = new ModelSpec("Iris", LearningTask.Classifier, "gaussian_nb", new[] { new KeyValuePair<string, string>("var_smoothing", "1e-9") },
            features, 1, false, true, 1, classes, 0, false, 1, 0, Array.Empty<string>(), "hash");
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 4).CopyTo(n), (in double[] row) => row[4]);
        return (TrainedClassifier.Train(spec, TrainingData.Collect(spec, rows, reader)), rows);
    }

    [Fact]
    public void Without_preprocessing_the_values_pass_through_and_predict_as_the_pipeline_would()
    {
        var (model, rows) = Iris(Imputation.Reject);
        var row = rows[60].AsSpan(0, 4);
        Assert.True(model.Pipeline.PassesThrough(row));
        Span<double> direct = stackalloc double[3];
        Span<double> viaPipeline = stackalloc double[3];
        Span<double> features = stackalloc double[4];
        var best = model.PredictProbabilities(row, default, direct);
        model.Pipeline.Transform(row, default, features);
        model.Algorithm.PredictProbabilities(features, viaPipeline);
        Assert.Equal(viaPipeline.ToArray(), direct.ToArray());
        Assert.Equal(1, best); // row 61 of iris is a versicolor
    }

    [Theory]
    [InlineData(double.NaN, "missing and not imputed")]
    [InlineData(double.PositiveInfinity, "infinite")]
    public void A_missing_or_infinite_value_is_still_refused(double bad, string message)
    {
        var (model, rows) = Iris(Imputation.Reject);
        var row = rows[0].Take(4).ToArray();
        row[2] = bad;
        Assert.False(model.Pipeline.PassesThrough(row));
        var error = Assert.Throws<ArgumentException>(() => model.PredictProbabilities(row, default, new double[3]));
        Assert.Contains("petal_length", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_missing_value_is_still_imputed_and_scaling_still_applies()
    {
        var (imputing, rows) = Iris(Imputation.Mean);
        var row = rows[0].Take(4).ToArray();
        row[1] = double.NaN; // sepal width: the mean replaces it
        Assert.False(imputing.Pipeline.PassesThrough(row));
        var p = new double[3];
        Assert.Equal(0, imputing.PredictProbabilities(row, default, p)); // a setosa by its other measurements

        var (scaled, _) = Iris(Imputation.Reject, FeatureScaling.Standardize);
        Assert.False(scaled.Pipeline.PassesThrough(rows[0].AsSpan(0, 4)));
    }
}
