using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// A checkpoint file: the loop's <see cref="TrainingState"/> plus what the model around it needs to continue (the fitted
/// preprocessing, the target scaling, the time spent). Stored in the model-file container (MDSLMODL + SHA-256) with
/// header algorithm <c>network-checkpoint</c> and the declaration hash, so a checkpoint of another declaration is a
/// <see cref="ModelFileMismatchException"/> and a damaged one a <see cref="ModelFileCorruptedException"/>. Written
/// atomically by <see cref="ModelFile.Write(string, ModelFileHeader, ModelFileSections)"/> (a temporary file in the same folder, renamed over the target).
/// </summary>
internal sealed class Checkpoint(string source)
{
    private const int HistoryWidth = 8;

    public string Source { get; } = source;

    public TrainingState State { get; init; } = new();

    public FeaturePipeline Pipeline { get; init; } = null!;

    public double TargetMean { get; init; }

    public double TargetScale { get; init; }

    public double ElapsedSeconds { get; init; }

    public void Write(ModelSpec spec, string path)
    {
        var s = State;
        var sections = new ModelFileSections();
        Pipeline.WriteTo(sections);
        sections.Add("checkpoint.state", new[] { s.Epoch, s.BestEpoch, s.BadEpochs, s.BestWeights is null ? 0 : 1 })
            .Add("checkpoint.values", new[] { s.BestMetric, TargetMean, TargetScale, ElapsedSeconds })
            .Add("network.history", EncodeHistory(s.History))
            .Add("checkpoint.modules", s.ModuleNames)
            .Add("checkpoint.optimizers", s.OptimizerNames);
        for (var i = 0; i < s.ModuleNames.Length; i++)
        {
            sections.Add(TrainingState.Section("network.weights", i, s.ModuleNames), s.Weights[i]);
            sections.Add(TrainingState.Section("checkpoint.best_weights", i, s.ModuleNames), s.BestWeights?[i] ?? []);
        }
        for (var i = 0; i < s.OptimizerNames.Length; i++) sections.Add(TrainingState.Section("checkpoint.optimizer", i, s.OptimizerNames), s.Optimizers[i]);
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
        // Checkpoints from before objectives had one module and one optimiser under the first names.
        var modules = content.Has("checkpoint.modules") ? content.Strings("checkpoint.modules") : [SupervisedObjective.ModuleName];
        var optimizers = content.Has("checkpoint.optimizers") ? content.Strings("checkpoint.optimizers") : [SupervisedObjective.OptimizerName];
        if (modules.Length == 0 || optimizers.Length == 0)
            throw new ModelFileCorruptedException($"{path}: its training state names no module or no optimiser.");
        return new Checkpoint(path)
        {
            State = new TrainingState
            {
                Epoch = state[0],
                BestEpoch = state[1],
                BadEpochs = state[2],
                BestMetric = values[0],
                History = history,
                ModuleNames = modules,
                OptimizerNames = optimizers,
                Weights = modules.Select((_, i) => content.Bytes(TrainingState.Section("network.weights", i, modules))).ToArray(),
                BestWeights = state[3] == 1 ? modules.Select((_, i) => content.Bytes(TrainingState.Section("checkpoint.best_weights", i, modules))).ToArray() : null,
                Optimizers = optimizers.Select((_, i) => content.Bytes(TrainingState.Section("checkpoint.optimizer", i, optimizers))).ToArray(),
            },
            TargetMean = values[1],
            TargetScale = values[2],
            ElapsedSeconds = values[3],
            Pipeline = FeaturePipeline.ReadFrom(spec, content),
        };
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
