using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>Quantile regression and SVR through the declaration-level API: trained from a spec on standardised
/// diabetes, saved and loaded, damaged files refused with a typed exception.</summary>
public sealed class TrainedRegressorTests
{
    private static (ModelSpec Spec, TrainingData Data, double[][] Rows) Diabetes(string algorithm, params (string, string)[] parameters)
    {
        var table = TestData.Csv("diabetes.csv");
        var rows = table.Rows.Select(r => r.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var features = table.Header[..^1].Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0)).ToArray();
        var spec = new ModelSpec("Progression", LearningTask.Regressor, algorithm, parameters.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)).ToArray(),
            features, 1, false, true, 1, [], 0.2, false, 42, 0, [], "hash-" + algorithm, "progression");
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 10).CopyTo(n), (in double[] row) => row[10]);
        return (spec, TrainingData.Collect(spec, rows, reader), rows);
    }

    private static TrainedRegressor RoundTrip(TrainedRegressor model, ModelSpec spec, double[][] rows)
    {
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = TrainedRegressor.Load(spec, file);
        foreach (var row in rows) Assert.Equal(model.Predict(row.AsSpan(0, 10), default), loaded.Predict(row.AsSpan(0, 10), default));
        return loaded;
    }

    [Fact]
    public void Quantile_regression_trains_from_a_spec_and_round_trips()
    {
        var (spec, data, rows) = Diabetes("quantile_regression", ("quantile", "0.9"), ("alpha", "0.1"), ("fit_intercept", "true"));
        var model = TrainedRegressor.Train(spec, data);
        var linear = Assert.IsType<LinearRegressionModel>(model.Algorithm);
        Assert.True(linear.Converged);
        // The 90th percentile plane lies above most of the training rows.
        var above = rows.Count(r => r[10] <= model.Predict(r.AsSpan(0, 10), default));
        Assert.InRange(above / (double)rows.Length, 0.8, 0.97);
        RoundTrip(model, spec, rows);
        Assert.Empty(model.FeatureImportances);
        Assert.Throws<NotSupportedException>(() => model.DecisionPath(rows[0].AsSpan(0, 10), default));

        // Cross-validation judges the quantile by its pinball loss, not by R², and reports the folds' coverage.
        var cv = TrainedRegressor.CrossValidate(spec, data, 5);
        Assert.Equal("pinball loss", cv.Metric);
        Assert.Equal(cv.Folds.Average(f => f.PinballLoss), cv.Mean, 12);
        Assert.All(cv.Folds, f => Assert.InRange(f.Coverage, 0.75, 1));
        Assert.Matches(@"5-fold cross-validation: pinball loss \d+\.\d{4} ± \d+\.\d{4}   coverage 0\.\d{3} \(quantile 0\.9\)$", cv.ToString());
    }

    [Fact]
    public void Svr_trains_from_a_spec_round_trips_and_refuses_damaged_parameters()
    {
        var (spec, data, rows) = Diabetes("svr", ("kernel", "rbf"), ("c", "100"), ("epsilon", "0.1"), ("gamma", "0"), ("tol", "0.001"), ("max_iter", "-1"));
        var model = TrainedRegressor.Train(spec, data);
        Assert.InRange(model.TestReport!.R2, 0.3, 0.7);
        var svr = Assert.IsType<SupportVectorRegressionModel>(model.Algorithm);
        Assert.Equal(0.1, svr.Gamma, 12); // standardised features: variance 1, 10 features
        RoundTrip(model, spec, rows);
        var first = rows[0];
        _ = model.Predict(first.AsSpan(0, 10), default);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) _ = model.Predict(first.AsSpan(0, 10), default);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        using var file = new MemoryStream();
        model.Save(file);
        var bytes = file.ToArray();
        // Rewrite the kernel id (a valid checksum, an invalid value) and expect the typed error.
        var marker = new byte[] { (byte)"svr.kernel".Length }.Concat(System.Text.Encoding.UTF8.GetBytes("svr.kernel")).Append((byte)2).ToArray();
        int at = bytes.AsSpan().IndexOf(marker) + marker.Length + 4;
        BitConverter.TryWriteBytes(bytes.AsSpan(at, 4), 7);
        System.Security.Cryptography.SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).CopyTo(bytes, bytes.Length - 32);
        Assert.Throws<ModelFileCorruptedException>(() => TrainedRegressor.Load(spec, new MemoryStream(bytes)));
    }
}
