using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// What a network learns from a batch. The generic training loop (<see cref="TrainingLoop"/>) owns epochs, the batch
/// order, seeding, the learning-rate schedule, validation, early stopping, checkpoints and exact resume; an objective owns
/// the rest: its modules, its optimisers and their parameter groups, and one step. Supervised training
/// (<see cref="SupervisedObjective"/>) is one objective; an ELBO, an adversarial pair with two optimisers, a denoising
/// or a TD/PPO objective are others, not copies of the loop.
/// </summary>
public interface ITrainingObjective : IDisposable
{
    /// <summary>
    /// The names of the losses <see cref="Step"/> returns, in order (supervised: "loss"; a GAN: "generator",
    /// "discriminator"). The first is the epoch's <see cref="EpochProgress.TrainLoss"/> and what early stopping follows
    /// without a validation source.
    /// </summary>
    IReadOnlyList<string> LossNames { get; }

    /// <summary>The modules trained, by name; their weights go into checkpoints and the best-epoch snapshot, in this order.</summary>
    IReadOnlyList<NamedModule> Modules { get; }

    /// <summary>The optimisers, by name; the loop sets their learning rates from the schedule and saves and restores their state.</summary>
    IReadOnlyList<NamedOptimizer> Optimizers { get; }

    /// <summary>Called before each epoch's first step: training mode, and whatever depends on the epoch (a KL warm-up, a noise schedule).</summary>
    void BeginEpoch(int epoch, int epochs);

    /// <summary>One optimisation step on <paramref name="batch"/>; returns the batch's mean losses, in <see cref="LossNames"/> order.</summary>
    TrainingLosses Step(Batch batch);

    /// <summary>
    /// Metrics over a whole source without gradients, in evaluation mode: "loss" (what <c>val_loss</c> monitors), and
    /// for classifiers "accuracy" (<c>val_accuracy</c>).
    /// </summary>
    IReadOnlyDictionary<string, double> Validate(IBatchSource source, torch.Device device);
}

/// <summary>A module an objective trains, named for checkpoints.</summary>
/// <param name="Name">Unique within the objective (supervised: "network").</param>
/// <param name="Module">The module.</param>
public sealed record NamedModule(string Name, torch.nn.Module Module);

/// <summary>An optimiser an objective steps, named for checkpoints, with the learning rate the schedule starts from.</summary>
/// <param name="Name">Unique within the objective (supervised: "optimizer").</param>
/// <param name="Optimizer">The optimiser; every parameter group gets the scheduled rate.</param>
/// <param name="InitialLearningRate">The rate at epoch 1, which the schedule scales.</param>
public sealed record NamedOptimizer(string Name, OptimizerHelper Optimizer, double InitialLearningRate);

/// <summary>The losses of one step, in the order of <see cref="ITrainingObjective.LossNames"/>.</summary>
public readonly struct TrainingLosses
{
    private readonly double[] _values;

    /// <summary>Wraps <paramref name="values"/> (not copied).</summary>
    public TrainingLosses(params double[] values) => _values = values ?? throw new ArgumentNullException(nameof(values));

    /// <summary>One loss.</summary>
    public TrainingLosses(double loss) => _values = [loss];

    /// <summary>The values.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Number of losses.</summary>
    public int Count => _values?.Length ?? 0;
}
