using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Models;
using ModelDsl.Runtime.Torch;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)] // torch's global seed and tensor counters

namespace ModelDsl.Runtime.Torch.Tests;

/// <summary>Shaped like the module the generator emits: one field per layer, in forward order, RegisterComponents() last.</summary>
public sealed class IrisMlp : Module<Tensor, Tensor>
{
    private readonly Linear dense1;
    private readonly ReLU relu1;
    private readonly Dropout dropout1;
    private readonly Linear dense2;

    public IrisMlp(int hidden = 16, double dropout = 0, int outputs = 3) : base(nameof(IrisMlp))
    {
        dense1 = Linear(4, hidden);
        relu1 = ReLU();
        dropout1 = Dropout(dropout);
        dense2 = Linear(hidden, outputs);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = input.reshape(-1, 4);
        x = dense1.forward(x);
        x = relu1.forward(x);
        x = dropout1.forward(x);
        x = dense2.forward(x);
        return x.MoveToOuterDisposeScope();
    }
}

public sealed class DiabetesMlp : Module<Tensor, Tensor>
{
    private readonly Linear dense1;
    private readonly ReLU relu1;
    private readonly Linear dense2;

    public DiabetesMlp() : base(nameof(DiabetesMlp))
    {
        dense1 = Linear(10, 16);
        relu1 = ReLU();
        dense2 = Linear(16, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = input.reshape(-1, 10);
        x = relu1.forward(dense1.forward(x));
        x = dense2.forward(x);
        return x.MoveToOuterDisposeScope();
    }
}

internal static class TestData
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Data");

    private static readonly string[] IrisFeatures = ["sepal_length", "sepal_width", "petal_length", "petal_width"];
    private static readonly string[] IrisClasses = ["setosa", "versicolor", "virginica"];

    public static ModelSpec IrisSpec(string hash = "iris-test-hash") => new(
        name: "IrisNet", task: LearningTask.Classifier, algorithm: "network", parameters: [],
        features: IrisFeatures.Select(f => new FeatureSpec(f, FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0)).ToArray(),
        polynomialDegree: 1, polynomialInteractionOnly: false, lowercase: true, minCount: 1, classNames: IrisClasses,
        testFraction: 0.2, stratified: true, seed: 42, folds: 0, metrics: ["accuracy"], declarationHash: hash, labelName: "species");

    public static NetworkSpec IrisNetwork(
        int epochs = 60, double validation = 0.2, int patience = 0, bool restoreBest = false, ScheduleKind schedule = ScheduleKind.None,
        OptimizerKind optimizer = OptimizerKind.Adam, double learningRate = 0.01, int seed = 7, int checkpointEvery = 0, double clip = 0,
        string monitor = "val_loss") => new(
        inputShape: [4], outputSize: 3, loss: LossKind.CrossEntropy, optimizer: optimizer, learningRate: learningRate, momentum: 0.9, weightDecay: 0,
        schedule: schedule, stepSize: 10, gamma: 0.5, epochs: epochs, batchSize: 16, validationFraction: validation, monitor: monitor,
        patience: patience, restoreBestWeights: restoreBest, gradientClipNorm: clip, seed: seed, device: "cpu", checkpointEvery: checkpointEvery,
        layerSummary: ["dense1: dense(16) -> [16]", "relu1: relu -> [16]", "dropout1: dropout -> [16]", "dense2: dense(3) -> [3]"]);

    public static TrainingData Iris(ModelSpec spec)
    {
        var (header, rows) = Csv("iris.csv");
        var label = Array.IndexOf(header, "species");
        var columns = IrisFeatures.Select(f => Array.IndexOf(header, f)).ToArray();
        var reader = new RowReader<string[]>(
            (in string[] row, Span<double> numeric, Span<string?> text) =>
            {
                for (var j = 0; j < columns.Length; j++) numeric[j] = double.Parse(row[columns[j]], CultureInfo.InvariantCulture);
            },
            (in string[] row) => Array.IndexOf(IrisClasses, row[label]));
        return TrainingData.Collect(spec, rows, reader);
    }

    private static readonly string[] DiabetesFeatures = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"];

    public static ModelSpec DiabetesSpec() => new(
        name: "DiabetesNet", task: LearningTask.Regressor, algorithm: "network", parameters: [],
        features: DiabetesFeatures.Select(f => new FeatureSpec(f, FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0)).ToArray(),
        polynomialDegree: 1, polynomialInteractionOnly: false, lowercase: true, minCount: 1, classNames: [],
        testFraction: 0.2, stratified: false, seed: 42, folds: 0, metrics: ["r2"], declarationHash: "diabetes-test-hash", labelName: "progression");

    public static NetworkSpec DiabetesNetwork() => new(
        inputShape: [10], outputSize: 1, loss: LossKind.MeanSquaredError, optimizer: OptimizerKind.Adam, learningRate: 0.003, momentum: 0, weightDecay: 1e-4,
        schedule: ScheduleKind.None, stepSize: 0, gamma: 1, epochs: 150, batchSize: 32, validationFraction: 0.2, monitor: "val_loss",
        patience: 15, restoreBestWeights: true, gradientClipNorm: 0, seed: 3, device: "auto", checkpointEvery: 0,
        layerSummary: ["dense1: dense(16) -> [16]", "relu1: relu -> [16]", "dense2: dense(1) -> [1]"]);

    public static TrainingData Diabetes(ModelSpec spec)
    {
        var (header, rows) = Csv("diabetes.csv");
        var label = Array.IndexOf(header, "progression");
        var columns = DiabetesFeatures.Select(f => Array.IndexOf(header, f)).ToArray();
        var reader = new RowReader<string[]>(
            (in string[] row, Span<double> numeric, Span<string?> text) =>
            {
                for (var j = 0; j < columns.Length; j++) numeric[j] = double.Parse(row[columns[j]], CultureInfo.InvariantCulture);
            },
            (in string[] row) => double.Parse(row[label], CultureInfo.InvariantCulture));
        return TrainingData.Collect(spec, rows, reader);
    }

    private static (string[] Header, string[][] Rows) Csv(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, name)).Where(l => l.Length > 0).ToArray();
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }

    /// <summary>Every parameter and buffer bit-identical (torch.equal), named on failure.</summary>
    public static void AssertSameWeights(nn.Module expected, nn.Module actual)
    {
        var a = expected.state_dict();
        var b = actual.state_dict();
        Xunit.Assert.Equal(a.Keys.ToArray(), b.Keys.ToArray());
        foreach (var (name, tensor) in a)
            Xunit.Assert.True(Same(tensor, b[name]), $"parameter '{name}' differs");
    }

    /// <summary>What PyTorch's torch.equal answers: same shape and type, every element equal.</summary>
    public static bool Same(Tensor a, Tensor b)
    {
        if (!a.shape.SequenceEqual(b.shape) || a.dtype != b.dtype) return false;
        using var scope = NewDisposeScope();
        return torch.equal(a, b).all().item<bool>(); // TorchSharp's torch.equal is element-wise
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "modeldsl-torch-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}

/// <summary>Reports synchronously on the training thread (System.Progress posts to the thread pool).</summary>
internal sealed class Recorder(Action<EpochProgress>? onEpoch = null) : IProgress<EpochProgress>
{
    public List<EpochProgress> Epochs { get; } = new();

    public void Report(EpochProgress value)
    {
        Epochs.Add(value);
        onEpoch?.Invoke(value);
    }
}
