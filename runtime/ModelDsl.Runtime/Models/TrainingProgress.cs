using System;

namespace ModelDsl.Runtime.Models;

/// <summary>Options for one training run.</summary>
public sealed record TrainingOptions
{
    /// <summary>Overrides the declared seed (splits and randomised algorithms).</summary>
    public int? Seed { get; init; }

    /// <summary>Train on all rows even if the declaration holds some out for testing.</summary>
    public bool IgnoreSplit { get; init; }
}

/// <summary>A training step, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">What is happening (e.g. "preprocessing", "fitting", "evaluating").</param>
/// <param name="Fraction">How far training is, from 0 to 1.</param>
/// <param name="Elapsed">Time since training started.</param>
public readonly record struct TrainingProgress(string Stage, double Fraction, TimeSpan Elapsed);
