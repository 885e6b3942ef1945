using ModelDslApp;

var rows = Flower.ReadCsv(Path.Combine(AppContext.BaseDirectory, "iris.csv")).ToList();
var model = IrisClassifier.Train(rows);
Console.WriteLine(model.TestReport);
var p = model.Predict(sepalLength: 6.1f, sepalWidth: 2.8f, petalLength: 4.7f, petalWidth: 1.2f);
Console.WriteLine($"{p.Species.ToDslName()} ({p.Confidence:P1})");
model.Save("iris.mdsl");
