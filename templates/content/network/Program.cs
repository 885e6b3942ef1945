using ModelDsl.Runtime.Torch;
using ModelDslApp;

var rows = Flower.ReadCsv(Path.Combine(AppContext.BaseDirectory, "iris.csv")).ToList();
using var model = IrisNet.Train(rows, progress: new Progress<EpochProgress>(e =>
{
    if (e.Epoch % 25 == 0) Console.WriteLine($"epoch {e.Epoch}: loss {e.TrainLoss:F4}");
}));
Console.WriteLine(model.TestReport);
var p = model.Predict(sepalLength: 6.1f, sepalWidth: 2.8f, petalLength: 4.7f, petalWidth: 1.2f);
Console.WriteLine($"{p.Species.ToDslName()} ({p.Confidence:P1})");
