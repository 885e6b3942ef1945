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
        AddHistory(sections, s.History);
        sections.Add("checkpoint.state", new[] { s.Epoch, s.BestEpoch, s.BadEpochs, s.BestWeights is null ? 0 : 1 })
            .Add("checkpoint.values", new[] { s.BestMetric, TargetMean, TargetScale, ElapsedSeconds })
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
        // A resumed run follows a stopped one, often a killed one: its half-written checkpoints go now.
        ModelFile.RemoveStaleTemporaryFiles(path);
        ModelFileContent content;
        using (var stream = File.OpenRead(path)) content = ModelFile.Read(stream, spec.Name, spec.DeclarationHash, path);
        if (content.Header.Algorithm != TrainedNetwork.CheckpointAlgorithmName)
            throw new ModelFileMismatchException($"{path} is not a training checkpoint (it holds a '{content.Header.Algorithm}' model).");
        var state = content.Ints("checkpoint.state", 4);
        var values = content.Doubles("checkpoint.values", 4);
        var history = ReadHistory(content, path);
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

    /// <summary>
    /// Writes the history: <c>network.history</c> (<see cref="EncodeHistory"/>) and, for an objective with more than one
    /// loss, <c>network.losses.names</c> and <c>network.losses</c> (every loss of every epoch, epoch after epoch).
    /// </summary>
    public static void AddHistory(ModelFileSections sections, IReadOnlyList<EpochProgress> history)
    {
        sections.Add("network.history", EncodeHistory(history));
        if (history.Count == 0 || history[0].Losses.Count < 2) return;
        var names = history[0].Losses.Select(x => x.Name).ToArray();
        var values = new double[history.Count * names.Length];
        for (var i = 0; i < history.Count; i++)
        {
            var losses = history[i].Losses;
            if (losses.Count != names.Length) throw new InvalidOperationException($"Epoch {history[i].Epoch} has {losses.Count} losses; epoch 1 has {names.Length}.");
            for (var k = 0; k < names.Length; k++) values[i * names.Length + k] = losses[k].Value;
        }
        sections.Add("network.losses.names", names).Add("network.losses", values);
    }

    /// <summary>Reads what <see cref="AddHistory"/> wrote; a file without <c>network.losses</c> has one loss per epoch.</summary>
    public static EpochProgress[] ReadHistory(ModelFileContent content, string source)
    {
        var history = DecodeHistory(content.Doubles("network.history"), source);
        if (!content.Has("network.losses.names")) return history;
        var names = content.Strings("network.losses.names");
        var values = content.Doubles("network.losses");
        if (names.Length < 2 || values.Length != history.Length * names.Length)
            throw new ModelFileCorruptedException($"{source}: its losses hold {values.Length} values for {names.Length} losses over {history.Length} epochs.");
        for (var i = 0; i < history.Length; i++)
        {
            var losses = names.Select((name, k) => new NamedLoss(name, values[i * names.Length + k])).ToArray();
            if (losses[0].Value.CompareTo(history[i].TrainLoss) != 0)
                throw new ModelFileCorruptedException($"{source}: epoch {i + 1}'s first loss is not its training loss.");
            history[i] = history[i] with { Losses = losses };
        }
        return history;
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
