using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using TorchSharp.PyBridge;
using Xunit;

namespace ModelDsl.Runtime.Torch.Tests;

public sealed class ModelFileTests : IDisposable
{
    private readonly string _directory = TestData.TempDirectory();
    private readonly ModelSpec _spec = TestData.IrisSpec();
    private readonly NetworkSpec _network = TestData.IrisNetwork(epochs: 15);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private TrainedNetwork TrainIris(NetworkTrainingOptions? options = null) =>
        TrainedNetwork.Train(_spec, _network, () => NetworkModule.Of(new IrisMlp()), TestData.Iris(_spec), options);

    [Fact]
    public void SaveThenLoadGivesIdenticalPredictions()
    {
        using var model = TrainIris();
        var path = Path.Combine(_directory, "iris.mdsl");
        model.Save(path);
        Assert.Equal(["iris.mdsl"], Directory.GetFiles(_directory).Select(Path.GetFileName));
        using var loaded = TrainedNetwork.Load(_spec, _network, () => NetworkModule.Of(new IrisMlp()), path);

        var data = TestData.Iris(_spec);
        var expected = new double[data.Rows * 3];
        var actual = new double[data.Rows * 3];
        var expectedClasses = new int[data.Rows];
        var actualClasses = new int[data.Rows];
        model.PredictProbabilities(data, expected, expectedClasses);
        loaded.PredictProbabilities(data, actual, actualClasses);
        Assert.Equal(expected, actual);
        Assert.Equal(expectedClasses, actualClasses);
        TestData.AssertSameWeights(model.Module, loaded.Module);
        Assert.Equal(model.Summary with { Elapsed = TimeSpan.Zero }, loaded.Summary with { Elapsed = TimeSpan.Zero });
        Assert.Equal(model.History.Epochs.Count, loaded.History.Epochs.Count);

        // One row at a time agrees with the batch.
        Span<double> probabilities = stackalloc double[3];
        var best = loaded.PredictProbabilities(data.NumericRow(7), data.TextRow(7), probabilities);
        Assert.Equal(actualClasses[7], best);
        Assert.Equal(actual.AsSpan(21, 3).ToArray(), probabilities.ToArray());
        Assert.Equal(1, probabilities.ToArray().Sum(), 5);

        // Through a stream, and ITrainedModelCore.
        ITrainedModelCore core = loaded;
        using var stream = new MemoryStream();
        core.Save(stream);
        stream.Position = 0;
        using var again = TrainedNetwork.Load(_spec, _network, () => NetworkModule.Of(new IrisMlp()), stream);
        TestData.AssertSameWeights(model.Module, again.Module);

        // The curves: train loss per epoch (validation ones where declared), also as the file's "history" section.
        Assert.Equal("epoch", model.Curves.StepName);
        Assert.Equal("train loss", model.Curves.Series[0].Name);
        Assert.Equal(Enumerable.Range(1, model.History.Epochs.Count).Select(e => (double)e), model.Curves.Series[0].Steps);
        Assert.Equal(model.History.Epochs.Select(e => e.TrainLoss), model.Curves.Series[0].Values);
        Assert.True(model.Curves.Series[0].Values[^1] < model.Curves.Series[0].Values[0]);
        Assert.Same(loaded.Curves, core.Curves);
        Assert.Equal(model.Curves.Series.Select(s => s.Values), loaded.Curves.Series.Select(s => s.Values));
        ModelFileContent content;
        using (var file = File.OpenRead(path)) content = ModelFile.Inspect(file);
        var fromFile = TrainingCurves.ReadFrom(content);
        Assert.Equal(model.Curves.Series.Select(s => s.Name), fromFile.Series.Select(s => s.Name));
        Assert.Equal(model.Curves.Series[0].Values, fromFile.Series[0].Values);
    }

    [Fact]
    public void Epochs_reach_a_training_progress_as_steps_with_their_loss()
    {
        var reports = new System.Collections.Generic.List<TrainingProgress>();
        var forward = NetworkProgress.Forward(new SyncProgress(reports.Add));
        using var model = TrainedNetwork.Train(_spec, _network, () => NetworkModule.Of(new IrisMlp()), TestData.Iris(_spec), progress: forward);
        Assert.Equal(Enumerable.Range(1, 15), reports.Select(r => r.Step!.Value));
        Assert.All(reports, r => Assert.Equal(15, r.Steps));
        Assert.All(reports, r => Assert.Equal("epoch", r.StepName));
        Assert.Equal(model.History.Epochs.Select(e => e.TrainLoss), reports.Select(r => r.Loss!.Value));
        Assert.Equal(1.0, reports[^1].Fraction);
    }

    private sealed class SyncProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }

    [Fact]
    public void RegressorPredictionsSurviveSaveAndLoad()
    {
        var spec = TestData.DiabetesSpec();
        var network = TestData.DiabetesNetwork();
        using var model = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new DiabetesMlp()), TestData.Diabetes(spec), new NetworkTrainingOptions { Epochs = 5 });
        var path = Path.Combine(_directory, "diabetes.mdsl");
        model.Save(path);
        using var loaded = TrainedNetwork.Load(spec, network, () => NetworkModule.Of(new DiabetesMlp()), path, device: "cpu");
        var data = TestData.Diabetes(spec);
        var expected = new double[data.Rows];
        var actual = new double[data.Rows];
        model.PredictValues(data, expected);
        loaded.PredictValues(data, actual);
        Assert.Equal(expected, actual);
        Assert.Equal(expected[3], loaded.PredictValue(data.NumericRow(3), data.TextRow(3)));
        Assert.Equal(model.TargetScaling, loaded.TargetScaling);
    }

    [Fact]
    public void LoadingIntoAnotherArchitectureNamesTheParameter()
    {
        using var model = TrainIris();
        var path = Path.Combine(_directory, "iris.mdsl");
        model.Save(path);
        var e = Assert.Throws<ModelFileMismatchException>(() => TrainedNetwork.Load(_spec, _network, () => NetworkModule.Of(new IrisMlp(hidden: 8)), path));
        Assert.Contains("'dense1.weight'", e.Message);
        Assert.Contains("[16, 4]", e.Message);
        Assert.Contains("[8, 4]", e.Message);
    }

    [Fact]
    public void DamagedOrTruncatedFilesAreTypedErrors()
    {
        using var model = TrainIris();
        var path = Path.Combine(_directory, "iris.mdsl");
        model.Save(path);
        var bytes = File.ReadAllBytes(path);

        var flipped = bytes.ToArray();
        flipped[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(path, flipped);
        Assert.Throws<ModelFileCorruptedException>(() => TrainedNetwork.Load(_spec, _network, () => NetworkModule.Of(new IrisMlp()), path));

        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);
        Assert.Throws<ModelFileCorruptedException>(() => TrainedNetwork.Load(_spec, _network, () => NetworkModule.Of(new IrisMlp()), path));

        File.WriteAllBytes(path, bytes);
        Assert.Throws<ModelFileMismatchException>(() => TrainedNetwork.Load(TestData.IrisSpec(hash: "another-declaration"), _network, () => NetworkModule.Of(new IrisMlp()), path));
    }

    [Fact]
    public void CheckpointsOfAnotherDeclarationOrDamagedAreTypedErrors()
    {
        var path = Path.Combine(_directory, "iris.ckpt");
        using (TrainIris(new NetworkTrainingOptions { CheckpointPath = path, StopAfterEpoch = 2 }))
        {
        }
        var data = TestData.Iris(_spec);
        var other = TestData.IrisSpec(hash: "another-declaration");
        Assert.Throws<ModelFileMismatchException>(() => TrainedNetwork.Resume(other, _network, () => NetworkModule.Of(new IrisMlp()), data, path));
        var e = Assert.Throws<ModelFileMismatchException>(() => TrainedNetwork.Resume(_spec, _network, () => NetworkModule.Of(new IrisMlp(hidden: 8)), data, path));
        Assert.Contains("dense1.weight", e.Message);

        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 3] ^= 1;
        File.WriteAllBytes(path, bytes);
        Assert.Throws<ModelFileCorruptedException>(() => TrainedNetwork.Resume(_spec, _network, () => NetworkModule.Of(new IrisMlp()), data, path));

        // A model file is not a checkpoint.
        using var model = TrainIris();
        model.Save(path);
        Assert.Throws<ModelFileMismatchException>(() => TrainedNetwork.Resume(_spec, _network, () => NetworkModule.Of(new IrisMlp()), data, path));
    }

    [Fact]
    public void ExportedSafetensorsHoldTheModuleWeights()
    {
        using var model = TrainIris();
        var path = Path.Combine(_directory, "iris.safetensors");
        model.ExportSafetensors(path);
        var weights = Safetensors.LoadStateDict(path);
        try
        {
            Assert.Equal(["dense1.bias", "dense1.weight", "dense2.bias", "dense2.weight"], weights.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, tensor) in model.Module.state_dict()) Assert.True(TestData.Same(tensor, weights[name]), name);
        }
        finally
        {
            foreach (var t in weights.Values) t.Dispose();
        }
    }

    [Fact]
    public void ByteSectionsRoundTripAndOldSectionTypesStillRead()
    {
        var sections = new ModelFileSections().Add("d", new[] { 1.5 }).Add("i", new[] { 2 }).Add("s", new[] { "x" }).Add("b", new byte[] { 0, 255, 7 });
        using var stream = new MemoryStream();
        ModelFile.Write(stream, new ModelFileHeader("M", "network", "h"), sections);
        stream.Position = 0;
        var content = ModelFile.Read(stream, "M", "h");
        Assert.Equal(new byte[] { 0, 255, 7 }, content.Bytes("b", 3));
        Assert.Equal([1.5], content.Doubles("d"));
        Assert.Throws<ModelFileCorruptedException>(() => content.Bytes("d"));
    }
}
