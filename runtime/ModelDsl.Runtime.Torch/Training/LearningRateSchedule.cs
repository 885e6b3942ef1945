using System;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// The learning rate of an epoch as a closed form of (initial rate, epoch, epochs), the same values PyTorch's StepLR and
/// CosineAnnealingLR give when stepped once per epoch. TorchSharp's <c>LRScheduler</c> computes them recursively from the
/// previous epoch and keeps that in the scheduler, not in the optimiser's state dictionary; a closed form needs no
/// state at all, which keeps a resumed run exact and checkpoints small.
/// </summary>
public static class LearningRateSchedule
{
    /// <summary>The rate of epoch <paramref name="epoch"/> (1-based) of <paramref name="epochs"/>.</summary>
    public static double At(ScheduleKind schedule, double initial, int stepSize, double gamma, int epoch, int epochs)
    {
        var completed = epoch - 1;
        return schedule switch
        {
            ScheduleKind.Step => initial * Math.Pow(gamma, completed / stepSize),
            ScheduleKind.Cosine => initial * (1 + Math.Cos(Math.PI * completed / epochs)) / 2,
            _ => initial,
        };
    }
}
