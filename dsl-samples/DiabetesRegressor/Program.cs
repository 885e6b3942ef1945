using System;
using System.IO;
using System.Linq;
using Samples.Diabetes;

// Ridge regression of disease progression; metrics on the declared 20% hold-out.
var rows = Patient.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "diabetes.csv")).ToList();
var model = ProgressionModel.Train(rows);
Console.WriteLine($"ProgressionModel ({ProgressionModel.Spec.Algorithm}) trained on {rows.Count} patients; held-out test set:");
Console.WriteLine(model.TestReport);
var first = rows[0];
Console.WriteLine($"Patient 1: predicted progression {model.Predict(first).Progression:0.0}, observed {first.Progression:0.0}");
