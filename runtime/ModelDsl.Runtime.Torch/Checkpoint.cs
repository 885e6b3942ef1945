using System;
using System.Collections.Generic;
using System.IO;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using TorchSharp.Modules;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// Everything a training run needs to continue exactly: weights, optimiser state, the epoch (the learning-rate
/// schedule is a closed form of it), early-stopping state with the best weights, the history, the fitted
/// preprocessing and target scaling. Stored in the model-file container (MDSLMODL + SHA-256) with header algorithm
/// <c>network-checkpoint</c> and the declaration hash, so a checkpoint of another declaration is a
/// <see cref="ModelFileMismatchException"/> and a damaged one a <see cref="ModelFileCorruptedException"/>.
/// </summary>
internal sealed class Checkpoint(string source)
{
    private const int HistoryWidth = 8;

    public string Source { get; } = source;

    public int Epoch { get; init; }

    public byte[] Weights { get; init; } = [];

    public byte[] Optimizer { get; init; } = [];

    public byte[]? BestWeights { get; init; }

    public double BestMetric { get; init; }

    public int BestEpoch { get; init; }

    public int BadEpochs { get; init; }

    public EpochProgress[] History { get; init; } = [];

    public FeaturePipeline Pipeline { get; init; } = null!;

    public double TargetMean { get; init; }

    public double TargetScale { get; init; }

    public double ElapsedSeconds { get; init; }

    /// <summary>Writes atomically: a temporary file beside <paramref name="path"/>, then renamed over it.</summary>
    public void Write(ModelSpec spec, string path)
    {
        var sections = new ModelFileSections();
        Pipeline.WriteTo(sections);
        sections.Add("checkpoint.state", new[] { Epoch, BestEpoch, BadEpochs, BestWeights is null ? 0 : 1 })
            .Add("checkpoint.values", new[] { BestMetric, TargetMean, TargetScale, ElapsedSeconds })
            .Add("network.history", EncodeHistory(History))
            .Add("network.weights", Weights)
            .Add("checkpoint.optimizer", Optimizer)
            .Add("checkpoint.best_weights", BestWeights ?? []);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        ModelFile.Write(path, new ModelFileHeader(spec.Name, TrainedNetwork.CheckpointAlgorithmName, spec.DeclarationHash), sections);
    }

    public static Checkpoint Read(ModelSpec spec, string path)
    {
        ModelFileContent content;
        using (var stream = File.OpenRead(path)) content = ModelFile.Read(stream, spec.Name, spec.DeclarationHash, path);
        if (content.Header.Algorithm != TrainedNetwork.CheckpointAlgorithmName)
            throw new ModelFileMismatchException($"{path} is not a training checkpoint (it holds a '{content.Header.Algorithm}' model).");
        var state = content.Ints("checkpoint.state", 4);
        var values = content.Doubles("checkpoint.values", 4);
        var history = DecodeHistory(content.Doubles("network.history"), path);
        if (state[0] < 1 || history.Length != state[0] || state[1] < 0 || state[1] > state[0] || state[2] < 0)
            throw new ModelFileCorruptedException($"{path}: its training state is inconsistent (epoch {state[0]}, {history.Length} epochs of history).");
        return new Checkpoint(path)
        {
            Epoch = state[0],
            BestEpoch = state[1],
            BadEpochs = state[2],
            BestWeights = state[3] == 1 ? content.Bytes("checkpoint.best_weights") : null,
            BestMetric = values[0],
            TargetMean = values[1],
            TargetScale = values[2],
            ElapsedSeconds = values[3],
            History = history,
            Weights = content.Bytes("network.weights"),
            Optimizer = content.Bytes("checkpoint.optimizer"),
            Pipeline = FeaturePipeline.ReadFrom(spec, content),
        };
    }

    /// <summary>The optimiser's state (moments, step counts, options) in TorchSharp's own state-dictionary format.</summary>
    public static byte[] SaveOptimizer(OptimizerHelper optimizer)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) optimizer.save_state_dict(writer);
        return buffer.ToArray();
    }

    public void LoadOptimizer(OptimizerHelper optimizer)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(Optimizer, writable: false));
            optimizer.load_state_dict(reader);
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new InvalidDataException("bytes left over");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ModelFileException)
        {
            throw new ModelFileMismatchException($"{Source}: its optimiser state does not fit this network's optimiser ({e.Message}).");
        }
    }

    /// <summary>8 values per epoch: epoch, epochs, train loss, validation loss, validation accuracy (NaN when absent), learning rate, elapsed seconds, is-best (1/0).</summary>
    public static double[] EncodeHistory(IReadOnlyList<EpochProgress> history)
    {
        var values = new double[history.Count * HistoryWidth];
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            var row = values.AsSpan(i * HistoryWidth, HistoryWidth);
            row[0] = e.Epoch;
            row[1] = e.Epochs;
            row[2] = e.TrainLoss;
            row[3] = e.ValidationLoss ?? double.NaN;
            row[4] = e.ValidationAccuracy ?? double.NaN;
            row[5] = e.LearningRate;
            row[6] = e.Elapsed.TotalSeconds;
            row[7] = e.IsBest ? 1 : 0;
        }
        return values;
    }

    public static EpochProgress[] DecodeHistory(double[] values, string source)
    {
        if (values.Length % HistoryWidth != 0)
            throw new ModelFileCorruptedException($"{source}: its training history has {values.Length} values, not a multiple of {HistoryWidth}.");
        var history = new EpochProgress[values.Length / HistoryWidth];
        for (var i = 0; i < history.Length; i++)
        {
            var row = values.AsSpan(i * HistoryWidth, HistoryWidth);
            if (!double.IsFinite(row[6]) || row[6] < 0 || row[0] != i + 1)
                throw new ModelFileCorruptedException($"{source}: its training history is malformed at entry {i}.");
            history[i] = new EpochProgress((int)row[0], (int)row[1], row[2], double.IsNaN(row[3]) ? null : row[3], double.IsNaN(row[4]) ? null : row[4],
                row[5], TimeSpan.FromSeconds(row[6]), row[7] == 1);
        }
        return history;
    }
}
