using System;

namespace ModelDsl.Runtime.Models;

/// <summary>Options for one training run.</summary>
public sealed record TrainingOptions
{
    /// <summary>Overrides the declared seed (splits and randomised algorithms).</summary>
    public int? Seed { get; init; }

    /// <summary>Train on all rows even if the declaration holds some out for testing.</summary>
    public bool IgnoreSplit { get; init; }

    /// <summary>
    /// Writes the run's curves (iterations, sweeps or trees, as the learner records them) and held-out metrics to a run
    /// log — TensorBoard event files and/or CSV — in a folder of its own under the log directory, in place of the
    /// declared <c>log</c> (<see cref="ModelSpec.Log"/>); null keeps the declared one.
    /// </summary>
    public RunLogs.RunLogOptions? Log { get; init; }

    /// <summary>Writes no run log, not even the declared one (the folds of a cross-validation).</summary>
    internal bool WithoutRunLog { get; init; }
}

/// <summary>
/// A training step, reported through <see cref="IProgress{T}"/>: the stage, and for iterative learners the step
/// (iteration, sweep, tree, epoch) with its loss and metric. Iterative learners report at most about every
/// 50 ms, and always their last step; a null progress costs nothing.
/// </summary>
/// <param name="Stage">What is happening (e.g. "preprocessing", "fitting logistic_regression", "evaluating").</param>
/// <param name="Fraction">How far training is, from 0 to 1.</param>
/// <param name="Elapsed">Time since training started.</param>
public readonly record struct TrainingProgress(string Stage, double Fraction, TimeSpan Elapsed)
{
    /// <summary>The step just finished (1-based), or null for a stage without steps.</summary>
    public int? Step { get; init; }

    /// <summary>The steps planned (the iteration limit: a learner that converges stops before it), or null when unknown.</summary>
    public int? Steps { get; init; }

    /// <summary>What a step is: "iteration", "evaluation", "sweep", "tree", "epoch"; null for a stage without steps.</summary>
    public string? StepName { get; init; }

    /// <summary>The value being minimised after the step (loss, objective, inertia), or null.</summary>
    public double? Loss { get; init; }

    /// <summary>What <see cref="Loss"/> is ("loss", "objective", "inertia", "train loss").</summary>
    public string? LossName { get; init; }

    /// <summary>A second measure of the step (a convergence measure or a validation metric), or null.</summary>
    public double? Metric { get; init; }

    /// <summary>What <see cref="Metric"/> is ("max change", "KKT violation", "duality gap", "validation accuracy").</summary>
    public string? MetricName { get; init; }
}
