using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using TorchSharp.Modules;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// What the generic training loop needs to continue exactly after an epoch, whatever the objective: the weights of every
/// module and the state of every optimiser (by name), the early-stopping state with the best epoch's weights, and the
/// history. The learning-rate schedule needs no state: it is a closed form of the epoch.
/// </summary>
internal sealed class TrainingState
{
    public int Epoch { get; init; }

    public string[] ModuleNames { get; init; } = [];

    public byte[][] Weights { get; init; } = [];

    public string[] OptimizerNames { get; init; } = [];

    public byte[][] Optimizers { get; init; } = [];

    /// <summary>The best epoch's weights of every module, or null when not kept.</summary>
    public byte[][]? BestWeights { get; init; }

    public double BestMetric { get; init; }

    public int BestEpoch { get; init; }

    public int BadEpochs { get; init; }

    public EpochProgress[] History { get; init; } = [];

    public static byte[][] CaptureWeights(ITrainingObjective objective) => objective.Modules.Select(m => NetworkWeights.ToBytes(m.Module)).ToArray();

    /// <summary>Puts the weights and optimiser states into <paramref name="objective"/>, checking that its modules and optimisers are the ones saved.</summary>
    /// <exception cref="ModelFileMismatchException">The objective's modules, optimisers or their shapes differ from the saved ones.</exception>
    public void Restore(ITrainingObjective objective, string source)
    {
        var modules = objective.Modules.Select(m => m.Name).ToArray();
        var optimizers = objective.Optimizers.Select(o => o.Name).ToArray();
        if (!modules.SequenceEqual(ModuleNames, StringComparer.Ordinal) || !optimizers.SequenceEqual(OptimizerNames, StringComparer.Ordinal))
            throw new ModelFileMismatchException($"{source} holds modules {string.Join(", ", ModuleNames)} and optimisers {string.Join(", ", OptimizerNames)}; this training has {string.Join(", ", modules)} and {string.Join(", ", optimizers)}.");
        for (var i = 0; i < modules.Length; i++) NetworkWeights.Load(objective.Modules[i].Module, Weights[i], source);
        for (var i = 0; i < optimizers.Length; i++) LoadOptimizer(objective.Optimizers[i].Optimizer, Optimizers[i], source);
    }

    /// <summary>The optimiser's state (moments, step counts, options) in TorchSharp's own state-dictionary format.</summary>
    public static byte[] SaveOptimizer(OptimizerHelper optimizer)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) optimizer.save_state_dict(writer);
        return buffer.ToArray();
    }

    private static void LoadOptimizer(OptimizerHelper optimizer, byte[] state, string source)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(state, writable: false));
            optimizer.load_state_dict(reader);
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new InvalidDataException("bytes left over");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ModelFileException)
        {
            throw new ModelFileMismatchException($"{source}: its optimiser state does not fit this network's optimiser ({e.Message}).");
        }
    }

    /// <summary>The section of module or optimiser <paramref name="index"/>: the first keeps the name checkpoints always had, later ones add their name.</summary>
    public static string Section(string prefix, int index, IReadOnlyList<string> names) => index == 0 ? prefix : prefix + "." + names[index];
}
