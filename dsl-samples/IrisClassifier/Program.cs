using System;
using System.IO;
using System.Linq;
using Samples.Iris;

// Train the declared classifier on iris.csv (the declaration holds 20% out, stratified), report the
// held-out metrics, predict one flower, and round-trip the model through a file.
var rows = Flower.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "iris.csv")).ToList();
var model = IrisClassifier.Train(rows);
Console.WriteLine($"IrisClassifier ({IrisClassifier.Spec.Algorithm}) trained on {rows.Count} rows; held-out test set:");
Console.WriteLine(model.TestReport);

var prediction = model.Predict(sepalLength: 6.1f, sepalWidth: 2.8f, petalLength: 4.7f, petalWidth: 1.2f);
Console.WriteLine($"A flower 6.1 × 2.8, petals 4.7 × 1.2: {prediction.Species.ToDslName()} " +
                  $"(setosa {prediction.ProbabilitySetosa:P1}, versicolor {prediction.ProbabilityVersicolor:P1}, virginica {prediction.ProbabilityVirginica:P1})");

var path = Path.Combine(Path.GetTempPath(), "iris-classifier.mdsl");
model.Save(path);
var loaded = IrisClassifier.Load(path);
Console.WriteLine($"Saved to {path} ({new FileInfo(path).Length} bytes) and loaded back: same prediction = {loaded.Predict(rows[0]) == model.Predict(rows[0])}");
