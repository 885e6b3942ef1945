using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using ModelDsl.Runtime.RunLogs;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>
/// Autoregression against an independent least-squares fit on the lagged values (numpy; statsmodels'
/// AutoReg for AR(9)), on the yearly sunspot series: coefficients within 1e-6, forecasts that follow.
/// </summary>
public sealed class AutoregressionTests
{
    private static readonly double[] s_sunspots = TestData.Csv("sunspots.csv").Rows.Select(r => double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static TheoryData<int> Cases => new() { 0, 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coefficients_equal_an_ols_fit_on_lagged_values(int index)
    {
        var c = TestData.Fixture("autoregression_sunspots.json").GetProperty("cases")[index];
        var model = AutoregressionTrainer.Fit(s_sunspots, new AutoregressionOptions((int)c.Double("lags"), (int)c.Double("difference"), (int)c.Double("seasonal_lag")));
        var expected = c.Doubles("coefficients");
        Assert.Equal(expected.Length, model.Coefficients.Length);
        for (var i = 0; i < expected.Length; i++) Assert.True(Math.Abs(model.Coefficients[i] - expected[i]) <= 1e-6, $"φ{i + 1}: {model.Coefficients[i]} vs {expected[i]}");
        Assert.True(Math.Abs(model.Intercept - c.Double("intercept")) <= 1e-6 * Math.Max(1, Math.Abs(c.Double("intercept"))), $"c: {model.Intercept} vs {c.Double("intercept")}");

        var forecast = new double[8];
        model.Forecast(s_sunspots, forecast);
        var reference = c.Doubles("forecast_8");
        for (var i = 0; i < 8; i++) Assert.True(Math.Abs(forecast[i] - reference[i]) <= 1e-6 * Math.Max(1, Math.Abs(reference[i])), $"step {i + 1}: {forecast[i]} vs {reference[i]}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_one_step_forecast_is_the_first_step_of_a_longer_one_and_refuses_a_missing_value(int index)
    {
        // The one-step path (no buffers, the finite check on the sum) must give what the general path's first step gives,
        // bit for bit, for plain, differenced and seasonal models, and refuse a NaN or an infinity in the history it reads.
        var c = TestData.Fixture("autoregression_sunspots.json").GetProperty("cases")[index];
        var model = AutoregressionTrainer.Fit(s_sunspots, new AutoregressionOptions((int)c.Double("lags"), (int)c.Double("difference"), (int)c.Double("seasonal_lag")));
        var two = new double[2];
        var one = new double[1];
        for (var end = model.HistoryNeeded; end <= s_sunspots.Length; end += 7)
        {
            var history = s_sunspots.AsSpan(0, end);
            model.Forecast(history, two);
            model.Forecast(history, one);
            Assert.Equal(two[0], model.ForecastNext(history));
            Assert.Equal(two[0], one[0]);
        }
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var history = s_sunspots.ToArray();
            history[^1] = bad;
            Assert.Throws<ArgumentException>(() => model.ForecastNext(history));
            Assert.Throws<ArgumentException>(() => model.Forecast(history, one));
        }
    }

    [Fact]
    public void Ar9_agrees_with_statsmodels_autoreg()
    {
        var sm = TestData.Fixture("autoregression_sunspots.json").Doubles("statsmodels_ar9");
        var model = AutoregressionTrainer.Fit(s_sunspots, new AutoregressionOptions(9));
        Assert.Equal(sm[0], model.Intercept, 6);
        for (var i = 0; i < 9; i++) Assert.Equal(sm[i + 1], model.Coefficients[i], 6);
    }

    [Fact]
    public void A_series_too_short_for_the_lags_is_a_clear_error()
    {
        var e = Assert.Throws<ArgumentException>(() => AutoregressionTrainer.Fit(s_sunspots.AsSpan(0, 10), new AutoregressionOptions(9)));
        Assert.Contains("needs at least", e.Message);
        var model = AutoregressionTrainer.Fit(s_sunspots, new AutoregressionOptions(3, 1));
        Assert.Throws<ArgumentException>(() => model.Forecast(s_sunspots.AsSpan(0, 3), new double[2]));
        Assert.Throws<DataValidationException>(() => AutoregressionTrainer.Fit(s_sunspots.Select((v, i) => i == 40 ? double.NaN : v).ToArray(), new AutoregressionOptions(2)));
    }

    private static ModelSpec Spec(double testFraction, int lags = 9, string hash = "h1") => new(
        name: "Sunspots", task: LearningTask.Forecaster, algorithm: "autoregression",
        parameters: new[] { KeyValuePair("lags", lags.ToString(System.Globalization.CultureInfo.InvariantCulture)), KeyValuePair("difference", "0"), KeyValuePair("seasonal_lag", "0"), KeyValuePair("fit_intercept", "true") },
        features: Array.Empty<FeatureSpec>(), polynomialDegree: 1, polynomialInteractionOnly: false, lowercase: true, minCount: 1,
        classNames: Array.Empty<string>(), testFraction: testFraction, stratified: false, seed: 0, folds: 0, metrics: Array.Empty<string>(),
        declarationHash: hash, labelName: "activity");

    private static System.Collections.Generic.KeyValuePair<string, string> KeyValuePair(string k, string v) => new(k, v);

    private static TrainingData Series() =>
        TrainingData.Collect(Spec(0), s_sunspots, new RowReader<double>(static (in double _, Span<double> n, Span<string?> t) => { }, static (in double v) => v));

    [Fact]
    public void A_run_log_of_a_forecaster_holds_its_held_out_metrics()
    {
        var folder = Path.Combine(Path.GetTempPath(), "modeldsl-arlog-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var model = TrainedForecaster.Train(Spec(0.2), Series(), new TrainingOptions { Log = new RunLogOptions(folder, RunLogFormats.Csv) });
            var csv = File.ReadAllLines(Path.Combine(Assert.Single(Directory.GetDirectories(folder, "Sunspots-*")), "log.csv"));
            // a least-squares fit has no iterations: the metrics alone, at step 0
            Assert.Equal(new[] { "test/r2", "test/mae", "test/rmse" }, csv.Skip(1).Select(l => l.Split(',')[2]));
            Assert.Equal(model.TestReport!.R2, double.Parse(csv[1].Split(',')[3], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("0", csv[1].Split(',')[1]);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_split_holds_out_the_end_of_the_series_and_scores_one_step_ahead()
    {
        var model = TrainedForecaster.Train(Spec(0.2), Series());
        Assert.Equal(247, model.Summary.TrainingRows);
        Assert.Equal(62, model.TestReport!.Rows);
        Assert.True(model.TestReport.R2 > 0.8, $"R² {model.TestReport.R2}");
        // Fitted on the first 247 values only.
        var direct = AutoregressionTrainer.Fit(s_sunspots.AsSpan(0, 247), new AutoregressionOptions(9));
        Assert.Equal(direct.Coefficients.ToArray(), model.Algorithm.Coefficients.ToArray());
        // The forecast continues the whole series.
        var next = new double[3];
        model.Forecast(next);
        var expected = new double[3];
        direct.Forecast(s_sunspots, expected);
        Assert.Equal(expected, next);
    }

    [Fact]
    public void A_saved_forecaster_loads_back_and_refuses_another_declaration_or_damage()
    {
        var model = TrainedForecaster.Train(Spec(0.2), Series());
        using var stream = new MemoryStream();
        model.Save(stream);
        var bytes = stream.ToArray();
        var loaded = TrainedForecaster.Load(Spec(0.2), new MemoryStream(bytes));
        var a = new double[5];
        var b = new double[5];
        model.Forecast(a);
        loaded.Forecast(b);
        Assert.Equal(a, b);
        Assert.Throws<ModelFileMismatchException>(() => TrainedForecaster.Load(Spec(0.2, hash: "other"), new MemoryStream(bytes)));
        var damaged = (byte[])bytes.Clone();
        damaged[damaged.Length - 20] ^= 1;
        Assert.ThrowsAny<ModelFileException>(() => TrainedForecaster.Load(Spec(0.2), new MemoryStream(damaged)));
    }
}
