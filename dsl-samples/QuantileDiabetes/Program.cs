using System;
using System.IO;
using System.Linq;
using Samples.Quantiles;

// The median and the 90th percentile of progression given the baseline measurements, fitted exactly
// (a linear programme) on 80% of the patients; on the held-out 20%, about half the patients should lie
// below the median line and about nine in ten below the 90th-percentile line.
var visits = Visit.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "diabetes.csv")).ToList();
// A quantile line is judged by its pinball loss (what it minimises) and its coverage (the share of targets at or below
// it), which TestReport prints on its second line; R² measures the mean, and a 0.9 line's R² is negative on purpose.
var median = MedianProgression.Train(visits);
var high = HighProgression.Train(visits);
Console.WriteLine($"MedianProgression (q = 0.5) on the held-out patients: {median.TestReport}");
Console.WriteLine($"HighProgression  (q = 0.9) on the held-out patients: {high.TestReport}");

var below = (Func<Func<Visit, double>, double>)(predict => visits.Count(v => v.Progression <= predict(v)) / (double)visits.Count);
Console.WriteLine($"Share of all patients at or below the median line: {below(v => median.Predict(v).Progression):P1}; below the 90th-percentile line: {below(v => high.Predict(v).Progression):P1}");

var patient = visits[0];
Console.WriteLine($"Patient 0 (bmi {patient.Bmi}, bp {patient.Bp}): progression {patient.Progression}; median forecast {median.Predict(patient).Progression:F0}, 90th percentile {high.Predict(patient).Progression:F0}");
var coefficients = median.Trained.Algorithm is ModelDsl.Runtime.Learning.LinearRegressionModel linear ? linear.Coefficients.ToArray() : Array.Empty<double>();
Console.WriteLine("Median line, per standard deviation of each measurement: " + string.Join(", ", MedianProgression.Spec.Features.Select((f, i) => $"{f.Name} {coefficients[i]:+0.0;-0.0}")));
