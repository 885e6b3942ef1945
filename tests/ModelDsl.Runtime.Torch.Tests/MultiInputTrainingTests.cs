using System;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace ModelDsl.Runtime.Torch.Tests;

/// <summary>
/// A module of two inputs, as generated for <c>input widths from sepal_width, petal_width</c>: each batch tensor holds its
/// columns of the preprocessed feature vector (here interleaved: a gather), in training, validation and prediction, from
/// rows held in memory or streamed.
/// </summary>
public sealed class MultiInputTrainingTests(ITestOutputHelper output)
{
    /// <summary>Lengths and widths through their own layers, joined; keeps the tensors of its last forward.</summary>
    private sealed class TwoInputIris : Module<Tensor, Tensor, Tensor>
    {
        private readonly Linear lengths;
        private readonly Linear widths;
        private readonly Linear head;

        public TwoInputIris() : base("TwoInputIris")
        {
            lengths = Linear(2, 8);
            widths = Linear(2, 8);
            head = Linear(16, 3);
            RegisterComponents();
        }

        public float[]? LastFeatures { get; private set; }

        public float[]? LastWidths { get; private set; }

        public override Tensor forward(Tensor features, Tensor widthsInput)
        {
            Assert.Equal(2, features.shape[1]);
            Assert.Equal(2, widthsInput.shape[1]);
            LastFeatures = features.contiguous().data<float>().ToArray();
            LastWidths = widthsInput.contiguous().data<float>().ToArray();
            var x = torch.cat(new[] { functional.relu(lengths.forward(features)), functional.relu(widths.forward(widthsInput)) }, 1);
            return head.forward(x);
        }
    }

    // Iris features: sepal_length, sepal_width, petal_length, petal_width: the lengths are columns 0 and 2, the widths 1 and 3.
    private static NetworkSpec Network(int epochs = 60) => new(
        inputShape: [2], outputSize: 3, loss: LossKind.CrossEntropy, optimizer: OptimizerKind.Adam, learningRate: 0.01, momentum: 0, weightDecay: 0,
        schedule: ScheduleKind.None, stepSize: 10, gamma: 0.5, epochs: epochs, batchSize: 16, validationFraction: 0.2, monitor: "val_loss",
        patience: 0, restoreBestWeights: false, gradientClipNorm: 0, seed: 7, device: "cpu", checkpointEvery: 0, layerSummary: [],
        inputs: [new NetworkInput(Batch.Features, [2], [0, 2]), new NetworkInput("widths", [2], [1, 3])]);

    [Fact]
    public void EachInputGetsItsColumnsAndTheNetworkLearns()
    {
        var spec = TestData.IrisSpec();
        var data = TestData.Iris(spec);
        TwoInputIris? module = null;
        using var model = TrainedNetwork.Train(spec, Network(), () => NetworkModule.Of(module = new TwoInputIris(), Batch.Features, "widths"), data);
        output.WriteLine(model.ClassificationTestReport!.ToString());
        Assert.True(model.ClassificationTestReport!.Accuracy >= 0.9, $"accuracy {model.ClassificationTestReport.Accuracy:P1}");
        Assert.Equal(4, model.Summary.FeatureCount);

        // One prediction: the module sees the preprocessed row cut into its two inputs.
        Span<double> p = stackalloc double[3];
        model.PredictProbabilities(data.NumericRow(100), data.TextRow(100), p);
        var row = new double[4];
        model.Pipeline.Transform(data.NumericRow(100), data.TextRow(100), row);
        Assert.Equal(new[] { (float)row[0], (float)row[2] }, module!.LastFeatures);
        Assert.Equal(new[] { (float)row[1], (float)row[3] }, module.LastWidths);
    }

    [Fact]
    public void StreamedRowsGiveTheSameWeightsAsRowsHeldInMemory()
    {
        var spec = TestData.IrisSpec();
        var data = TestData.Iris(spec);
        using var held = TrainedNetwork.Train(spec, Network(epochs: 5), () => NetworkModule.Of(new TwoInputIris(), Batch.Features, "widths"), data);
        using var streamed = TrainedNetwork.Train(spec, Network(epochs: 5), () => NetworkModule.Of(new TwoInputIris(), Batch.Features, "widths"), data,
            new NetworkTrainingOptions { InMemoryFeatureBytes = 0 });
        TestData.AssertSameWeights(held.Module, streamed.Module);
    }

    [Fact]
    public void InputsMustCoverTheFeatureVectorOnce()
    {
        NetworkSpec With(params NetworkInput[] inputs) => new([2], 3, LossKind.CrossEntropy, OptimizerKind.Adam, 0.01, 0, 0, ScheduleKind.None, 0, 1, 5, 16, 0,
            "val_loss", 0, false, 0, 1, "cpu", 0, [], inputs);
        Assert.Contains("each column once", Assert.Throws<ArgumentException>(() => With(new NetworkInput(Batch.Features, [2], [0, 2]), new NetworkInput("widths", [2], [2, 3]))).Message);
        Assert.Contains("each column once", Assert.Throws<ArgumentException>(() => With(new NetworkInput(Batch.Features, [2], [0, 1]), new NetworkInput("widths", [1], [3]))).Message);
        Assert.Contains("the main one", Assert.Throws<ArgumentException>(() => With(new NetworkInput("widths", [2], [0, 1]), new NetworkInput(Batch.Features, [2], [2, 3]))).Message);
        Assert.Contains("needs 2 columns", Assert.Throws<ArgumentException>(() => new NetworkInput("widths", [2], [1])).Message);
        var spec = With(new NetworkInput(Batch.Features, [2], [0, 2]), new NetworkInput("widths", [2], [1, 3]));
        Assert.Equal(4, spec.InputSize);
        Assert.Equal(new[] { "features", "widths" }, spec.Inputs.Select(i => i.Name));
    }
}
