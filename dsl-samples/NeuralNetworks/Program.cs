using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Torch;
using Samples.Networks;

// Four networks declared in .mlmodel files, trained on the CPU (or CUDA with `device auto` and a CUDA
// backend), each printing its held-out metrics: a CNN on 8×8 digits, an MLP on irises, an MLP regressor on
// diabetes progression, and one with a second input. Progress is printed every few epochs.
var data = Path.Combine(AppContext.BaseDirectory, "data");

var digits = DigitBitmap.ReadCsv(Path.Combine(data, "digit-images.csv")).ToList();
using (var cnn = DigitsCnn.Train(digits, progress: new SyncProgress()))
{
    Console.WriteLine($"DigitsCnn: {string.Join(" → ", DigitsCnn.Network.LayerSummary.Select(l => l[(l.IndexOf("-> ", StringComparison.Ordinal) + 3)..]))}");
    Console.WriteLine($"  {cnn.History.Epochs.Count} epochs{(cnn.History.StoppedEarly ? $" (stopped early, best epoch {cnn.History.BestEpoch})" : "")}, on {cnn.Trained.Device.type}; held-out test set:");
    Console.WriteLine(Indent(cnn.TestReport!.ToString()));
    var first = digits[0];
    var p = cnn.Predict(first);
    Console.WriteLine($"  the first image is a {first.Digit}; predicted {p.Digit} ({p.Confidence:P1})");
}

var flowers = IrisFlower.ReadCsv(Path.Combine(data, "iris.csv")).ToList();
using (var mlp = IrisMlp.Train(flowers, progress: new SyncProgress()))
{
    Console.WriteLine($"IrisMlp: {mlp.History.Epochs.Count} epochs; held-out test set:");
    Console.WriteLine(Indent(mlp.TestReport!.ToString()));
    var path = Path.Combine(Path.GetTempPath(), "iris-mlp.mdsl");
    mlp.Save(path);
    using var loaded = IrisMlp.Load(path);
    var flower = mlp.Predict(sepalLength: 6.1f, sepalWidth: 2.8f, petalLength: 4.7f, petalWidth: 1.2f);
    Console.WriteLine($"  a flower 6.1 × 2.8, petals 4.7 × 1.2: {flower.Species.ToDslName()} ({flower.Confidence:P1}); saved {new FileInfo(path).Length:N0} bytes and loaded back: same prediction = {loaded.Predict(flowers[0]) == mlp.Predict(flowers[0])}");
}

var patients = DiabetesPatient.ReadCsv(Path.Combine(data, "diabetes.csv")).ToList();
using (var regressor = DiabetesMlp.Train(patients, progress: new SyncProgress()))
{
    Console.WriteLine($"DiabetesMlp: {regressor.History.Epochs.Count} epochs{(regressor.History.StoppedEarly ? $" (stopped early, best epoch {regressor.History.BestEpoch})" : "")}; held-out test set:");
    Console.WriteLine(Indent(regressor.TestReport!.ToString()));
}

// The same patients through a network of two inputs: age and sex feed their own branch (`input patient from age, sex`).
using (var conditioned = DiabetesConditioned.Train(patients))
{
    Console.WriteLine($"DiabetesConditioned: inputs {string.Join(", ", DiabetesConditioned.Network.Inputs.Select(i => $"{i.Name} [{string.Join(", ", i.Shape)}]"))}; {conditioned.History.Epochs.Count} epochs; held-out test set:");
    Console.WriteLine(Indent(conditioned.TestReport!.ToString()));
}

static string Indent(string text) => string.Join(Environment.NewLine, text.Split('\n').Select(l => "  " + l.TrimEnd('\r')));


/// <summary>Prints every tenth epoch as it finishes (synchronously: Progress&lt;T&gt; would post to the thread pool).</summary>
sealed class SyncProgress : IProgress<EpochProgress>
{
    public void Report(EpochProgress e)
    {
        if (e.Epoch % 10 != 0 && e.Epoch != 1) return;
        var validation = e.ValidationLoss is { } v ? $", validation loss {v:F4}" + (e.ValidationAccuracy is { } a ? $", accuracy {a:P1}" : "") : "";
        Console.WriteLine($"  epoch {e.Epoch,3}/{e.Epochs}: training loss {e.TrainLoss:F4}{validation}, lr {e.LearningRate:G3}, {e.Elapsed.TotalSeconds:F1} s{(e.IsBest ? " *" : "")}");
    }
}
