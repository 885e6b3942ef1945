using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using TorchSharp;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Torch.Tests;

public sealed class TrainingTests(ITestOutputHelper output)
{
    [Fact]
    public void IrisMlpReachesTheAccuracyFloor()
    {
        var spec = TestData.IrisSpec();
        var recorder = new Recorder();
        using var model = TrainedNetwork.Train(spec, TestData.IrisNetwork(epochs: 80), () => NetworkModule.Of(new IrisMlp()), TestData.Iris(spec), progress: recorder);
        var report = model.ClassificationTestReport!;
        output.WriteLine(report.ToString());
        Assert.Equal(30, report.Rows);
        Assert.True(report.Accuracy >= 0.93, $"test accuracy {report.Accuracy:P1} < 93%");
        Assert.Equal(80, recorder.Epochs.Count);
        Assert.All(recorder.Epochs, e => Assert.NotNull(e.ValidationAccuracy));
        Assert.Equal(120, model.Summary.TrainingRows);
        Assert.Equal(30, model.Summary.TestRows);
        Assert.Equal(4, model.Summary.FeatureCount);
        Assert.Null(model.RegressionTestReport);
    }

    [Fact]
    public void DiabetesRegressorReachesTheR2Floor()
    {
        var spec = TestData.DiabetesSpec();
        using var model = TrainedNetwork.Train(spec, TestData.DiabetesNetwork(), () => NetworkModule.Of(new DiabetesMlp()), TestData.Diabetes(spec));
        var report = model.RegressionTestReport!;
        output.WriteLine(report + $"   epochs {model.History.Epochs.Count}, best {model.History.BestEpoch}");
        Assert.True(report.R2 >= 0.40, $"test R² {report.R2:0.000} < 0.40");
        // The target is standardized internally and predictions come back in its units.
        Assert.InRange(model.TargetScaling.Mean, 100, 200);
        var data = TestData.Diabetes(spec);
        var values = new double[data.Rows];
        model.PredictValues(data, values);
        Assert.All(values, v => Assert.InRange(v, 0, 400));
        Assert.InRange(values.Average(), 120, 180);
    }

    [Fact]
    public void SameSeedGivesIdenticalWeights()
    {
        var spec = TestData.IrisSpec();
        var data = TestData.Iris(spec);
        var network = TestData.IrisNetwork(epochs: 10, schedule: ScheduleKind.Step);
        using var first = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.2)), data);
        using var second = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.2)), data);
        TestData.AssertSameWeights(first.Module, second.Module);
        Assert.Equal(first.History.Epochs.Select(e => e.TrainLoss), second.History.Epochs.Select(e => e.TrainLoss));

        using var other = TrainedNetwork.Train(spec, TestData.IrisNetwork(epochs: 10, seed: 8), () => NetworkModule.Of(new IrisMlp(dropout: 0.2)), data);
        Assert.False(TestData.Same(first.Module.state_dict()["dense1.weight"], other.Module.state_dict()["dense1.weight"]));
    }

    [Theory]
    [InlineData(OptimizerKind.Adam, ScheduleKind.Cosine)]
    [InlineData(OptimizerKind.Sgd, ScheduleKind.Step)]
    [InlineData(OptimizerKind.AdamW, ScheduleKind.None)]
    public void ResumeFromACheckpointReachesTheSameWeights(OptimizerKind optimizer, ScheduleKind schedule)
    {
        var spec = TestData.IrisSpec();
        var data = TestData.Iris(spec);
        var network = TestData.IrisNetwork(epochs: 14, schedule: schedule, optimizer: optimizer, learningRate: optimizer == OptimizerKind.Sgd ? 0.05 : 0.01,
            patience: 50, restoreBest: true, clip: 1.0, checkpointEvery: 3);
        var directory = TestData.TempDirectory();
        try
        {
            using var uninterrupted = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), data);

            var path = Path.Combine(directory, "iris.ckpt");
            using var stopped = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), data,
                new NetworkTrainingOptions { CheckpointPath = path, StopAfterEpoch = 5 });
            Assert.True(stopped.History.Interrupted);
            Assert.Equal(5, stopped.History.Epochs.Count);

            var recorder = new Recorder();
            using var resumed = TrainedNetwork.Resume(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), data, path, progress: recorder);
            Assert.Equal(Enumerable.Range(6, 9), recorder.Epochs.Select(e => e.Epoch));
            TestData.AssertSameWeights(uninterrupted.Module, resumed.Module);
            Assert.Equal(uninterrupted.History.Epochs.Select(e => (e.TrainLoss, e.ValidationLoss, e.LearningRate, e.IsBest)),
                resumed.History.Epochs.Select(e => (e.TrainLoss, e.ValidationLoss, e.LearningRate, e.IsBest)));
            Assert.Equal(uninterrupted.History.BestEpoch, resumed.History.BestEpoch);
            Assert.Equal(uninterrupted.ClassificationTestReport!.Accuracy, resumed.ClassificationTestReport!.Accuracy);
            // The resumed run went on checkpointing to the same file (every 3 epochs: the last at 12).
            Assert.Equal(12, ModelFile.Read(path, spec.Name, spec.DeclarationHash).Ints("checkpoint.state")[0]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ResumingRemovesTheTemporaryCheckpointsAKilledRunLeft()
    {
        var spec = TestData.IrisSpec();
        var data = TestData.Iris(spec);
        var network = TestData.IrisNetwork(epochs: 3, checkpointEvery: 1);
        var directory = TestData.TempDirectory();
        try
        {
            var path = Path.Combine(directory, "iris.ckpt");
            using (TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp()), data, new NetworkTrainingOptions { CheckpointPath = path, StopAfterEpoch = 1 })) { }
            // What a kill during a checkpoint write leaves: a half-written temporary file beside the checkpoint.
            var stale = path + ".tmp-0badf00d";
            File.WriteAllBytes(stale, new byte[100]);
            File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddMinutes(-5));
            // Later checkpoints go elsewhere, so it is the resume, not the next write beside it, that removes the file.
            var later = Path.Combine(directory, "later.ckpt");
            using (TrainedNetwork.Resume(spec, network, () => NetworkModule.Of(new IrisMlp()), data, path, new NetworkTrainingOptions { CheckpointPath = later })) { }
            Assert.False(File.Exists(stale));
            Assert.Equal([path, later], Directory.GetFiles(directory).Order());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void CheckpointsAreWrittenAtomicallyEveryNEpochs()
    {
        var spec = TestData.IrisSpec();
        var directory = TestData.TempDirectory();
        try
        {
            var path = Path.Combine(directory, "iris.ckpt");
            var seen = 0;
            // Called after epoch e's metrics and before its checkpoint: the file holds the last multiple of 2 before e.
            var recorder = new Recorder(e =>
            {
                var last = (e.Epoch - 1) / 2 * 2;
                Assert.Equal(last > 0, File.Exists(path));
                if (last > 0)
                {
                    var content = ModelFile.Read(path, spec.Name, spec.DeclarationHash);
                    Assert.Equal(TrainedNetwork.CheckpointAlgorithmName, content.Header.Algorithm);
                    Assert.Equal(last, content.Ints("checkpoint.state")[0]);
                    seen++;
                }
                Assert.Equal(new[] { "iris.ckpt" }.Take(last > 0 ? 1 : 0), Directory.GetFiles(directory).Select(Path.GetFileName));
            });
            using var model = TrainedNetwork.Train(spec, TestData.IrisNetwork(epochs: 7, checkpointEvery: 2), () => NetworkModule.Of(new IrisMlp()), TestData.Iris(spec),
                new NetworkTrainingOptions { CheckpointPath = path }, recorder);
            Assert.Equal(5, seen);
            Assert.Equal(6, ModelFile.Read(path, spec.Name, spec.DeclarationHash).Ints("checkpoint.state")[0]);
            Assert.Equal(["iris.ckpt"], Directory.GetFiles(directory).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void EarlyStoppingStopsAndRestoresTheBestWeights()
    {
        var spec = TestData.IrisSpec();
        var data = TestData.Iris(spec);
        var network = TestData.IrisNetwork(epochs: 300, patience: 4, restoreBest: true, learningRate: 0.05);
        using var model = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp()), data);
        var history = model.History;
        output.WriteLine($"stopped after {history.Epochs.Count} epochs, best {history.BestEpoch}");
        Assert.True(history.StoppedEarly);
        Assert.True(history.Epochs.Count < 300);
        Assert.Equal(history.Epochs.Count - 4, history.BestEpoch);
        Assert.True(history.Epochs[history.BestEpoch - 1].IsBest);
        var bestLoss = history.Epochs.Min(e => e.ValidationLoss!.Value);
        Assert.Equal(bestLoss, history.Epochs[history.BestEpoch - 1].ValidationLoss);

        // The same run cut at the best epoch ends with the weights the early-stopped run restored.
        using var cut = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp()), data, new NetworkTrainingOptions { Epochs = history.BestEpoch });
        Assert.False(cut.History.StoppedEarly);
        TestData.AssertSameWeights(cut.Module, model.Module);
    }

    [Fact]
    public void LiveTensorsDoNotGrowFromEpochToEpoch()
    {
        var spec = TestData.IrisSpec();
        var counts = new System.Collections.Generic.List<long>();
        var recorder = new Recorder(_ => counts.Add(torch.Tensor.TotalCount));
        using (var model = TrainedNetwork.Train(spec, TestData.IrisNetwork(epochs: 8, restoreBest: true, clip: 1.0), () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), TestData.Iris(spec), progress: recorder))
        {
            output.WriteLine("live tensors after each epoch: " + string.Join(" ", counts));
            Assert.All(counts.Skip(2), c => Assert.True(c <= counts[1], $"live tensors grew: {string.Join(" ", counts)}"));
        }
    }

    [Fact]
    public void CancellationStopsTraining()
    {
        var spec = TestData.IrisSpec();
        using var source = new System.Threading.CancellationTokenSource();
        var recorder = new Recorder(e => { if (e.Epoch == 2) source.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            TrainedNetwork.Train(spec, TestData.IrisNetwork(epochs: 20), () => NetworkModule.Of(new IrisMlp()), TestData.Iris(spec),
                new NetworkTrainingOptions { CancellationToken = source.Token }, recorder));
        Assert.Equal(2, recorder.Epochs.Count);
    }

    [Fact]
    public void ANetworkThatDoesNotFitTheLabelIsRejected()
    {
        var spec = TestData.IrisSpec();
        var network = new NetworkSpec([4], 2, LossKind.CrossEntropy, OptimizerKind.Adam, 0.01, 0, 0, ScheduleKind.None, 0, 1, 5, 16, 0, "val_loss", 0, false, 0, 1, "cpu", 0, []);
        var e = Assert.Throws<ArgumentException>(() => TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(outputs: 2)), TestData.Iris(spec)));
        Assert.Contains("3 classes", e.Message);
    }
}

public sealed class LossTests(ITestOutputHelper output)
{
    [Fact]
    public void BinaryCrossEntropyGivesSigmoidProbabilities()
    {
        // Iris as virginica against the rest: 2 classes, one logit.
        var iris = TestData.IrisSpec();
        var spec = new ModelSpec("VirginicaNet", LearningTask.Classifier, "network", [], iris.Features, 1, false, true, 1, ["other", "virginica"],
            0.2, true, 42, 0, ["accuracy"], "virginica-test-hash", "species");
        var source = TestData.Iris(iris);
        var labels = source.Labels.Select(l => l == 2 ? 1.0 : 0.0).ToArray();
        var rows = Enumerable.Range(0, source.Rows).ToArray();
        var data = TrainingData.Collect(spec, rows, new RowReader<int>(
            (in int r, Span<double> numeric, Span<string?> text) => source.NumericRow(r).CopyTo(numeric),
            (in int r) => labels[r]));
        var network = new NetworkSpec([4], 1, LossKind.BinaryCrossEntropy, OptimizerKind.Adam, 0.02, 0, 0, ScheduleKind.None, 0, 1, 60, 16, 0.2,
            "val_accuracy", 0, false, 0, 5, "cpu", 0, []);
        using var model = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(outputs: 1)), data);
        output.WriteLine(model.ClassificationTestReport!.ToString());
        Assert.True(model.ClassificationTestReport!.Accuracy >= 0.9);
        Assert.All(model.History.Epochs, e => Assert.NotNull(e.ValidationAccuracy));
        Span<double> p = stackalloc double[2];
        var best = model.PredictProbabilities(data.NumericRow(140), data.TextRow(140), p); // a virginica
        Assert.Equal(1, best);
        Assert.Equal(1, p[0] + p[1], 6);
    }

    [Theory]
    [InlineData(LossKind.MeanAbsoluteError)]
    [InlineData(LossKind.Huber)]
    public void RegressionLossesTrain(LossKind loss)
    {
        var spec = TestData.DiabetesSpec();
        var d = TestData.DiabetesNetwork();
        var network = new NetworkSpec([10], 1, loss, OptimizerKind.Adam, 0.003, 0, 0, ScheduleKind.Cosine, 0, 1, 60, 32, 0.2, "val_loss", 15, true, 5, d.Seed, "cpu", 0, []);
        using var model = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new DiabetesMlp()), TestData.Diabetes(spec));
        output.WriteLine(model.RegressionTestReport!.ToString());
        Assert.True(model.RegressionTestReport!.R2 >= 0.35, $"R² {model.RegressionTestReport.R2:0.000}");
    }

    [Fact]
    public void ConcurrentPredictionsAgreeWithSequentialOnes()
    {
        var spec = TestData.IrisSpec();
        var data = TestData.Iris(spec);
        using var model = TrainedNetwork.Train(spec, TestData.IrisNetwork(epochs: 10), () => NetworkModule.Of(new IrisMlp()), data);
        var expected = new int[data.Rows];
        model.PredictProbabilities(data, new double[data.Rows * 3], expected);
        var actual = new int[data.Rows];
        System.Threading.Tasks.Parallel.For(0, data.Rows, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, r =>
        {
            Span<double> p = stackalloc double[3];
            actual[r] = model.PredictProbabilities(data.NumericRow(r), data.TextRow(r), p);
        });
        Assert.Equal(expected, actual);
    }
}
