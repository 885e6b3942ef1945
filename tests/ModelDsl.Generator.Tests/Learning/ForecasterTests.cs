using System;
using System.IO;
using System.Linq;
using ModelDsl.Tests.Infrastructure;
using Samples.Sunspots;
using Xunit;

namespace ModelDsl.Tests.Learning;

/// <summary>The forecaster declaration: checks that keep the future out of training, and the generated sample end to end.</summary>
public sealed class ForecasterTests
{
    private const string Schema = "schema Annual { year: int  activity: float  label: enum { low, high } }\n";

    [Fact]
    public void Cross_validation_of_a_series_is_refused_and_split_last_belongs_to_forecasters()
    {
        Assert.Contains("k-fold cross-validation of a time series leaks the future", GeneratorHarness.SingleDiagnostic(Schema + "model S : forecaster(Annual -> activity) { algorithm autoregression cross_validate 5 }", "MDSL0126").GetMessage());
        Assert.Contains("use 'split test 0.2'", GeneratorHarness.SingleDiagnostic(Schema + "model R : regressor(Annual -> activity) { algorithm ridge split last 0.2 }", "MDSL0197").GetMessage());
        Assert.Empty(GeneratorHarness.DiagnosticsOf(Schema + "model S : forecaster(Annual -> activity) { algorithm autoregression(lags: 3, difference: 1, seasonal_lag: 12) split last 0.2 }"));
    }

    [Fact]
    public void A_forecaster_reads_only_its_numeric_target_series()
    {
        Assert.Contains("reads only its target series", GeneratorHarness.SingleDiagnostic(Schema + "model S : forecaster(Annual -> activity) { features year algorithm autoregression }", "MDSL0195").GetMessage());
        Assert.Contains("must be a number", GeneratorHarness.SingleDiagnostic(Schema + "model S : forecaster(Annual -> label) { algorithm autoregression }", "MDSL0129").GetMessage());
        Assert.Contains("did you mean 'lags'", GeneratorHarness.SingleDiagnostic(Schema + "model S : forecaster(Annual -> activity) { algorithm autoregression(lag: 3) }", "MDSL0122").GetMessage());
        Assert.Contains("'ridge' is a regressor algorithm", GeneratorHarness.SingleDiagnostic(Schema + "model S : forecaster(Annual -> activity) { algorithm ridge }", "MDSL0121").GetMessage());
    }

    [Fact]
    public void The_sunspot_sample_forecasts_the_held_out_cycle_and_round_trips()
    {
        var years = SunspotYear.ReadCsv(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "SunspotForecast", "data", "sunspots.csv")).ToList();
        var model = SunspotForecast.Train(years);
        Assert.Equal(62, model.TestReport!.Rows);
        Assert.True(model.TestReport.R2 >= 0.8, $"R² {model.TestReport.R2}");
        var forecast = model.Forecast(horizon: 4);
        Assert.Equal(new[] { 1, 2, 3, 4 }, forecast.Select(f => f.Step));
        // Forecasting from an explicit history equals continuing the training series.
        Assert.Equal(forecast, model.Forecast(years, 4));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        Assert.Equal(forecast, SunspotForecast.Load(stream).Forecast(4));
    }
}
