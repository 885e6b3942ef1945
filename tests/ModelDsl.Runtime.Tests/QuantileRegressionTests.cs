using System;
using System.Linq;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>Quantile regression against scikit-learn 1.2.1's <c>QuantileRegressor(solver="highs")</c> on diabetes.</summary>
public sealed class QuantileRegressionTests(ITestOutputHelper output)
{
    private readonly Parity _parity = new(output);

    [Fact]
    public void Coefficients_match_scikit_learn_highs_within_1e3()
    {
        var fixture = TestData.Fixture("quantile_diabetes.json");
        var (rawTrain, yTrain, rawTest, _) = TestData.Diabetes(fixture);
        var xTrain = TestData.Standardize(rawTrain, fixture.Doubles("scaler_mean"), fixture.Doubles("scaler_scale"));
        var xTest = TestData.Standardize(rawTest, fixture.Doubles("scaler_mean"), fixture.Doubles("scaler_scale"));
        foreach (var c in fixture.GetProperty("cases").EnumerateArray())
        {
            bool standardized = c.GetProperty("standardized").GetBoolean();
            var options = new QuantileRegressionOptions
            {
                Quantile = c.Double("quantile"), Alpha = c.Double("alpha"), FitIntercept = c.GetProperty("fit_intercept").GetBoolean(),
            };
            var model = QuantileRegressionTrainer.Fit(standardized ? xTrain : rawTrain, yTrain, options);
            string what = FormattableString.Invariant($"τ = {options.Quantile}, α = {options.Alpha}, intercept {options.FitIntercept}, {(standardized ? "standardised" : "raw")}");
            Assert.True(model.Converged, what);
            var expected = c.Doubles("coef").Append(c.Double("intercept")).ToArray();
            var actual = model.Coefficients.ToArray().Append(model.Intercept).ToArray();
            _parity.Note($"{what}: {model.Iterations} interior-point iterations");
            _parity.Close(what + " coefficients", expected, actual, 1e-3, Math.Max(Parity.ScaleFloor(expected), 1e-6));
            var first = (standardized ? xTest : rawTest).SelectRows([0, 1, 2, 3, 4]);
            _parity.Close(what + " predictions", c.Doubles("first_test_predictions"), model.Predict(first), 1e-3, 1);
        }
    }

    [Fact]
    public void Quantiles_order_their_predictions()
    {
        var fixture = TestData.Fixture("quantile_diabetes.json");
        var (x, y, _, _) = TestData.Diabetes(fixture);
        var low = QuantileRegressionTrainer.Fit(x, y, new QuantileRegressionOptions { Quantile = 0.1, Alpha = 0 });
        var high = QuantileRegressionTrainer.Fit(x, y, new QuantileRegressionOptions { Quantile = 0.9, Alpha = 0 });
        var below = Enumerable.Range(0, x.Rows).Count(i => y[i] <= low.Predict(x.Row(i)));
        var above = Enumerable.Range(0, x.Rows).Count(i => y[i] <= high.Predict(x.Row(i)));
        // An exact fit puts about τ·n rows at or below its plane (up to the number of rows it interpolates).
        Assert.InRange(below / (double)x.Rows, 0.08, 0.14);
        Assert.InRange(above / (double)x.Rows, 0.88, 0.93);
        Assert.Throws<ArgumentOutOfRangeException>(() => QuantileRegressionTrainer.Fit(x, y, new QuantileRegressionOptions { Quantile = 1 }));
    }
}
