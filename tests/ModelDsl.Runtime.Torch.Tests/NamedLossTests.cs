using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using TorchSharp;
using Xunit;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch.Tests;

/// <summary>
/// An objective with more than one loss (as a GAN's or a VAE's will be) gets every loss into the epoch's progress, the
/// curves and the model file, through the one training loop.
/// </summary>
public sealed class NamedLossTests
{
    [Fact]
    public void Every_loss_of_a_two_loss_objective_is_averaged_kept_and_plotted()
    {
        using var source = IrisTensors.Load();
        torch.manual_seed(5);
        var module = NetworkModule.Of(new IrisMlp());
        using var objective = new WithWeightNorm(new SupervisedObjective(module, TestData.IrisNetwork()), module.Module);
        var result = TrainingLoop.Run(objective, source, null, Settings(epochs: 4), null, null, null);

        Assert.Equal(4, result.History.Count);
        foreach (var epoch in result.History)
        {
            Assert.Equal(new[] { "loss", "weight_norm" }, epoch.Losses.Select(x => x.Name));
            Assert.Equal(epoch.TrainLoss, epoch.Losses[0].Value);
            Assert.True(epoch.Losses[1].Value > 0);
        }
        // the norm moves as Adam moves the weights: it is measured each step, not a constant
        Assert.NotEqual(result.History[0].Losses[1].Value, result.History[^1].Losses[1].Value);
        Assert.True(result.History[^1].TrainLoss < result.History[0].TrainLoss);

        var curves = new TrainingHistory(result.History, result.BestEpoch, false).ToCurves();
        Assert.Equal(new[] { "train loss", "train weight_norm" }, curves.Series.Select(s => s.Name));
        Assert.Equal(result.History.Select(e => e.Losses[1].Value), curves.Series[1].Values);

        // model file: written and read back loss by loss; a one-loss history writes no loss sections
        var read = RoundTrip(result.History, out var sectionsWritten);
        Assert.Contains("network.losses", sectionsWritten);
        Assert.Equal(result.History.SelectMany(e => e.Losses), read.SelectMany(e => e.Losses));
        RoundTrip(result.History.Select(e => new EpochProgress(e.Epoch, e.Epochs, e.TrainLoss, null, null, e.LearningRate, e.Elapsed, e.IsBest)).ToArray(), out var plain);
        Assert.DoesNotContain("network.losses", plain);
    }

    [Fact]
    public void Losses_that_disagree_with_the_history_are_a_corrupted_file()
    {
        var epochs = new[]
        {
            new EpochProgress(1, 2, 0.9, null, null, 0.01, TimeSpan.FromSeconds(1), true) { Losses = [new("generator", 0.9), new("discriminator", 0.4)] },
            new EpochProgress(2, 2, 0.7, null, null, 0.01, TimeSpan.FromSeconds(2), true) { Losses = [new("generator", 0.7), new("discriminator", 0.5)] },
        };
        // the first loss of epoch 2 is not its training loss; a value is missing; the right values read back
        Assert.Throws<ModelFileCorruptedException>(() => Read(epochs, losses: [0.9, 0.4, 0.6, 0.5]));
        Assert.Throws<ModelFileCorruptedException>(() => Read(epochs, losses: [0.9, 0.4, 0.7]));
        Assert.Equal(0.5, Read(epochs, losses: [0.9, 0.4, 0.7, 0.5])[1].Losses[1].Value);
    }

    private static EpochProgress[] Read(EpochProgress[] epochs, double[] losses)
    {
        var sections = new ModelFileSections()
            .Add("network.history", Checkpoint.EncodeHistory(epochs))
            .Add("network.losses.names", epochs[0].Losses.Select(x => x.Name).ToArray())
            .Add("network.losses", losses);
        return ReadBack(sections);
    }

    private static EpochProgress[] RoundTrip(IReadOnlyList<EpochProgress> epochs, out string[] sectionNames)
    {
        var sections = new ModelFileSections();
        Checkpoint.AddHistory(sections, epochs);
        return ReadBack(sections, out sectionNames);
    }

    private static EpochProgress[] ReadBack(ModelFileSections sections) => ReadBack(sections, out _);

    private static EpochProgress[] ReadBack(ModelFileSections sections, out string[] sectionNames)
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, new ModelFileHeader("IrisNet", "network", "hash"), sections);
        stream.Position = 0;
        var content = ModelFile.Read(stream, "IrisNet", "hash");
        sectionNames = content.Sections.Select(x => x.Name).ToArray();
        return Checkpoint.ReadHistory(content, "the test file");
    }

    private static TrainingLoopSettings Settings(int epochs) => new()
    {
        Epochs = epochs,
        BatchSize = 16,
        Seed = 3,
        Device = torch.CPU,
        LearningRate = (rate, _, _) => rate,
        Elapsed = () => TimeSpan.Zero,
    };

    /// <summary>Supervised training that also reports the weights' L2 norm after each step, as a second named loss.</summary>
    private sealed class WithWeightNorm(SupervisedObjective inner, torch.nn.Module module) : ITrainingObjective
    {
        public IReadOnlyList<string> LossNames { get; } = ["loss", "weight_norm"];
        public IReadOnlyList<NamedModule> Modules => inner.Modules;
        public IReadOnlyList<NamedOptimizer> Optimizers => inner.Optimizers;
        public void BeginEpoch(int epoch, int epochs) => inner.BeginEpoch(epoch, epochs);

        public TrainingLosses Step(Batch batch)
        {
            var loss = inner.Step(batch).Values[0];
            using var noGrad = torch.no_grad();
            var norm = Math.Sqrt(module.parameters().Sum(p => p.square().sum().item<float>()));
            return new TrainingLosses(loss, norm);
        }

        public IReadOnlyDictionary<string, double> Validate(IBatchSource source, torch.Device device) => inner.Validate(source, device);
        public void Dispose() => inner.Dispose();
    }

    /// <summary>Iris from the test data, standardized, as one tensor of features and one of class indices.</summary>
    private sealed class IrisTensors(Tensor x, Tensor y) : IBatchSource, IDisposable
    {
        public Tensor X { get; } = x;
        public Tensor Y { get; } = y;
        public int Rows => (int)X.shape[0];

        public static IrisTensors Load()
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "iris.csv")).Where(l => l.Length > 0).ToArray();
            var header = lines[0].Split(',');
            string[] features = ["sepal_length", "sepal_width", "petal_length", "petal_width"];
            string[] classes = ["setosa", "versicolor", "virginica"];
            var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
            var values = rows.SelectMany(r => features.Select(f => float.Parse(r[Array.IndexOf(header, f)], CultureInfo.InvariantCulture))).ToArray();
            var labels = rows.Select(r => (long)Array.IndexOf(classes, r[Array.IndexOf(header, "species")])).ToArray();
            var all = torch.tensor(values, new long[] { rows.Length, 4 });
            return new IrisTensors((all - all.mean([0])) / all.std([0]), torch.tensor(labels));
        }

        public IBatchReader Open(long[]? order, int batchSize, torch.Device device) => new Reader(this, order is null ? null : torch.tensor(order), batchSize);

        public void Dispose()
        {
            X.Dispose();
            Y.Dispose();
        }

        private sealed class Reader(IrisTensors source, Tensor? order, int batchSize) : IBatchReader
        {
            private long _at;

            public Batch? Next()
            {
                if (_at >= source.Rows) return null;
                var length = Math.Min(batchSize, source.Rows - _at);
                var rows = order is null ? torch.arange(_at, _at + length) : order.narrow(0, _at, length);
                _at += length;
                return new Batch((int)length, (Batch.Features, source.X.index_select(0, rows)), (Batch.Target, source.Y.index_select(0, rows)));
            }

            public void Dispose() => order?.Dispose();
        }
    }
}
