using ModelDsl.Runtime.Torch;

// The generated types live in this project's namespace; code inside it finds them whatever the project is called
// (in a project named 'IrisNet', code outside the namespace would read 'IrisNet' as the namespace).
namespace ModelDslApp;

internal static class Program
{
    private static void Main()
    {
        var rows = Flower.ReadCsv(Path.Combine(AppContext.BaseDirectory, "iris.csv")).ToList();
        using var model = IrisNet.Train(rows, progress: new Progress<EpochProgress>(e =>
        {
            if (e.Epoch % 25 == 0) Console.WriteLine($"epoch {e.Epoch}: loss {e.TrainLoss:F4}");
        }));
        Console.WriteLine(model.TestReport);
        var p = model.Predict(sepalLength: 6.1f, sepalWidth: 2.8f, petalLength: 4.7f, petalWidth: 1.2f);
        Console.WriteLine($"{p.Species.ToDslName()} ({p.Confidence:P1})");
    }
}
