using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>
/// A linear classifier or a naive Bayes model behind a declared standardisation (min-max for multinomial naive Bayes)
/// predicts from the raw row with the scaling folded into its parameters (issue 12 §9): the probabilities must stay those of the two-step form (pipeline, then the algorithm) up to
/// rounding, the class must be the same on every row, and a row with a value to impute still takes the pipeline.
/// </summary>
public sealed class ScalingFoldTests
{
    private static (TrainedClassifier Model, double[][] Rows) Iris(string algorithm, Imputation imputation = Imputation.Reject,
        FeatureScaling scaling = FeatureScaling.Standardize)
    {
        var table = TestData.Csv("iris.csv");
        var classes = new[] { "setosa", "versicolor", "virginica" };
        var rows = table.Rows.Select(r => r.Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Append(Array.IndexOf(classes, r[4])).ToArray()).ToArray();
        var features = new[] { "sepal_length", "sepal_width", "petal_length", "petal_width" }
            .Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, scaling, imputation, 0)).ToArray();
        var parameters = algorithm switch
        {
            "logistic_regression" => new[] { ("c", "1.0"), ("penalty", "l2"), ("max_iter", "200"), ("tol", "1e-8"), ("fit_intercept", "true"), ("class_weight", "none") },
            "gaussian_nb" => new[] { ("var_smoothing", "1e-9") },
            "multinomial_nb" => new[] { ("alpha", "1.0") },
            _ => Array.Empty<(string, string)>(),
        };
        var spec = new ModelSpec("Iris", LearningTask.Classifier, algorithm, parameters.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)).ToArray(),
            features, 1, false, true, 1, classes, 0, false, 1, 0, Array.Empty<string>(), "hash");
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 4).CopyTo(n), (in double[] row) => row[4]);
        return (TrainedClassifier.Train(spec, TrainingData.Collect(spec, rows, reader)), rows);
    }

    [Theory]
    [InlineData("logistic_regression", FeatureScaling.Standardize)]
    [InlineData("lda", FeatureScaling.Standardize)]
    [InlineData("gaussian_nb", FeatureScaling.Standardize)]
    [InlineData("multinomial_nb", FeatureScaling.MinMax)]
    public void Folded_predictions_equal_the_pipeline_then_the_algorithm_up_to_rounding(string algorithm, FeatureScaling scaling)
    {
        var (model, rows) = Iris(algorithm, scaling: scaling);
        Assert.NotNull(ScalingFold.Classifier(model.Spec, model.Pipeline, model.Algorithm)); // the fold applies, so the test tests it
        Assert.False(model.Pipeline.PassesThrough(rows[0].AsSpan(0, 4)));
        var folded = new double[3];
        var twoStep = new double[3];
        var features = new double[4];
        double worst = 0;
        foreach (var row in rows)
        {
            var best = model.PredictProbabilities(row.AsSpan(0, 4), default, folded);
            model.Pipeline.Transform(row.AsSpan(0, 4), default, features);
            model.Algorithm.PredictProbabilities(features, twoStep);
            Assert.Equal(Array.IndexOf(twoStep, twoStep.Max()), best);
            for (var c = 0; c < 3; c++) worst = Math.Max(worst, Math.Abs(folded[c] - twoStep[c]));
        }
        Assert.InRange(worst, 0, 1e-13);
    }

    [Fact]
    public void A_value_to_impute_goes_through_the_pipeline_and_the_unfolded_algorithm()
    {
        var (model, rows) = Iris("logistic_regression", Imputation.Mean);
        var row = rows[0].Take(4).ToArray();
        row[1] = double.NaN;
        var p = new double[3];
        var expected = new double[3];
        var features = new double[4];
        model.PredictProbabilities(row, default, p);
        model.Pipeline.Transform(row, default, features);
        model.Algorithm.PredictProbabilities(features, expected);
        Assert.Equal(expected, p);
        Assert.Equal(0, Array.IndexOf(p, p.Max())); // a setosa by its other measurements
    }

    [Fact]
    public void Standardised_kmeans_in_one_pass_picks_the_centre_the_pipeline_then_the_model_picks()
    {
        // The fused path (scaled values and distances in KMeansModel's own order, four centres per vector) must pick the
        // same centre on every row, including rows moved towards the boundary between two centres.
        var table = TestData.Csv("iris.csv");
        var rows = table.Rows.Select(r => r.Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var features = new[] { "sepal_length", "sepal_width", "petal_length", "petal_width" }
            .Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0)).ToArray();
        var spec = new ModelSpec("Groups", LearningTask.Clusterer, "kmeans",
            new[] { new KeyValuePair<string, string>("k", "3"), new("n_init", "2"), new("max_iter", "300"), new("tol", "0.0001"), new("seed", "0") },
            features, 1, false, true, 1, Array.Empty<string>(), 0, false, 1, 0, Array.Empty<string>(), "hash");
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 4).CopyTo(n), (in double[] _) => 0);
        var model = TrainedClusterer.Train(spec, TrainingData.Collect(spec, rows, reader));
        Assert.NotNull(ScalingFold.Clusterer(model.Pipeline, model.Algorithm));
        var transformed = new double[4];
        var random = new Random(3);
        for (var n = 0; n < 3000; n++)
        {
            // Mixtures of two rows cross the boundaries between clusters.
            double[] a = rows[random.Next(rows.Length)], b = rows[random.Next(rows.Length)];
            var w = random.NextDouble();
            var row = n < rows.Length ? rows[n] : a.Select((v, j) => w * v + (1 - w) * b[j]).ToArray();
            model.Pipeline.Transform(row, default, transformed);
            Assert.Equal(model.Algorithm.Predict(transformed), model.Predict(row, default));
        }
    }

    [Fact]
    public void Quantile_regression_is_never_folded_so_rows_on_its_line_stay_on_it()
    {
        // The exact fit passes through training rows (prediction == target); a rounding-level fold would move them
        // to either side of the line, which changed the QuantileDiabetes sample's "at or below the median" share.
        var table = TestData.Csv("diabetes.csv");
        var rows = table.Rows.Select(r => r.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var features = table.Header.Take(10).Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0)).ToArray();
        var spec = new ModelSpec("Median", LearningTask.Regressor, "quantile_regression",
            new[] { new KeyValuePair<string, string>("quantile", "0.5"), new("alpha", "0"), new("fit_intercept", "true") },
            features, 1, false, true, 1, Array.Empty<string>(), 0, false, 1, 0, Array.Empty<string>(), "hash", "progression");
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 10).CopyTo(n), (in double[] row) => row[10]);
        var model = TrainedRegressor.Train(spec, TrainingData.Collect(spec, rows, reader));
        var transformed = new double[10];
        var onTheLine = 0;
        foreach (var row in rows)
        {
            model.Pipeline.Transform(row.AsSpan(0, 10), default, transformed);
            var twoStep = model.Algorithm.Predict(transformed);
            Assert.Equal(twoStep, model.Predict(row.AsSpan(0, 10), default));
            if (twoStep == row[10]) onTheLine++;
        }
        Assert.True(onTheLine >= 1, $"{onTheLine} rows lie exactly on the median line");
    }
}
