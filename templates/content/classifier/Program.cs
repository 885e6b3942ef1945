// The generated types live in this project's namespace; code inside it finds them whatever the project is called
// (a project named after a type, 'Flower', would otherwise read 'Flower' as the namespace).
namespace ModelDslApp;

internal static class Program
{
    private static void Main()
    {
        var rows = Flower.ReadCsv(Path.Combine(AppContext.BaseDirectory, "iris.csv")).ToList();
        var model = IrisClassifier.Train(rows);
        Console.WriteLine(model.TestReport);
        var p = model.Predict(sepalLength: 6.1f, sepalWidth: 2.8f, petalLength: 4.7f, petalWidth: 1.2f);
        Console.WriteLine($"{p.Species.ToDslName()} ({p.Confidence:P1})");
        model.Save("iris.mdsl");
    }
}
