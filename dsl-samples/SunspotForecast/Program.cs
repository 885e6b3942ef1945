using System;
using System.IO;
using System.Linq;
using Samples.Sunspots;

// Fit the declared AR(9) on 1700–1946, score one-step-ahead forecasts of 1947–2008 (the held-out end of
// the series), then forecast the years after 2008.
var years = SunspotYear.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "sunspots.csv")).ToList();
var model = SunspotForecast.Train(years);
var ar = model.Trained.Algorithm;
Console.WriteLine($"SunspotForecast: AR({ar.Lags}) fitted on {model.Trained.Summary.TrainingRows} years ({years[0].Year}–{years[model.Trained.Summary.TrainingRows - 1].Year}).");
Console.WriteLine($"  coefficients {string.Join(", ", ar.Coefficients.ToArray().Select(c => c.ToString("F3")))}, intercept {ar.Intercept:F3}");
Console.WriteLine($"  one-step-ahead forecasts of the held-out {model.TestReport!.Rows} years: {model.TestReport}");
Console.WriteLine("  the years after " + years[^1].Year + ": " + string.Join(", ", model.Forecast(horizon: 6).Select(f => $"{years[^1].Year + f.Step}: {f.Activity:F1}")));
var path = Path.Combine(Path.GetTempPath(), "sunspots.mdsl");
model.Save(path);
Console.WriteLine($"  saved to {path} ({new FileInfo(path).Length} bytes); loaded back, same forecast = {SunspotForecast.Load(path).Forecast(6).SequenceEqual(model.Forecast(6))}");
