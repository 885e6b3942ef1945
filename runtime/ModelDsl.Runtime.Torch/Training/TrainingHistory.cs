using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelDsl.Runtime.Torch;

/// <summary>What happened in one epoch.</summary>
/// <param name="Epoch">The epoch, 1-based.</param>
/// <param name="Epochs">Epochs planned.</param>
/// <param name="TrainLoss">Mean training loss over the epoch's batches (on the standardized target for regressors).</param>
/// <param name="ValidationLoss">Loss on the validation rows; null without a validation split.</param>
/// <param name="ValidationAccuracy">Accuracy on the validation rows (classifiers with a validation split).</param>
/// <param name="LearningRate">The learning rate used in this epoch.</param>
/// <param name="Elapsed">Training time so far (including the time before a resume).</param>
/// <param name="IsBest">The monitored metric improved in this epoch.</param>
public sealed record EpochProgress(int Epoch, int Epochs, double TrainLoss, double? ValidationLoss, double? ValidationAccuracy, double LearningRate, TimeSpan Elapsed, bool IsBest)
{
    /// <summary>
    /// This epoch's own time, its batches and its validation, without the setup before the first epoch (split,
    /// preprocessing, building the batch source) that <see cref="Elapsed"/> includes; null in a history read from a file.
    /// </summary>
    public TimeSpan? EpochTime { get; init; }

    private readonly IReadOnlyList<NamedLoss>? _losses;

    /// <summary>
    /// Every loss of the objective, its mean over the epoch's rows, in the objective's order (a GAN: "generator",
    /// "discriminator"); the first is <see cref="TrainLoss"/>. An objective with one loss has just ("loss", TrainLoss).
    /// </summary>
    public IReadOnlyList<NamedLoss> Losses
    {
        get => _losses ?? [new NamedLoss("loss", TrainLoss)];
        // kept only when there is more than one, so one-loss epochs stay equal as records (a resumed run's history equals an uninterrupted one's)
        init => _losses = value is { Count: > 1 } ? value : null;
    }
}

/// <summary>One named loss of an epoch.</summary>
/// <param name="Name">As the objective names it (<see cref="ITrainingObjective.LossNames"/>).</param>
/// <param name="Value">Its mean over the epoch's training rows.</param>
public sealed record NamedLoss(string Name, double Value);

/// <summary>The epochs of a training run.</summary>
public sealed class TrainingHistory
{
    /// <summary>Creates the history.</summary>
    public TrainingHistory(IReadOnlyList<EpochProgress> epochs, int bestEpoch, bool stoppedEarly, bool interrupted = false)
    {
        Epochs = epochs;
        BestEpoch = bestEpoch;
        StoppedEarly = stoppedEarly;
        Interrupted = interrupted;
    }

    /// <summary>Every epoch run, in order.</summary>
    public IReadOnlyList<EpochProgress> Epochs { get; }

    /// <summary>The epoch with the best monitored metric (validation loss or accuracy; training loss without validation).</summary>
    public int BestEpoch { get; }

    /// <summary>Early stopping ended training before the planned epochs.</summary>
    public bool StoppedEarly { get; }

    /// <summary>Training was stopped by <see cref="NetworkTrainingOptions.StopAfterEpoch"/>; resume it from its checkpoint.</summary>
    public bool Interrupted { get; }

    /// <summary>
    /// The epochs as <see cref="ModelDsl.Runtime.Models.TrainingCurves"/> (step "epoch"): "train loss", and
    /// "validation loss" and "validation accuracy" where they were measured, so networks get the same pictures and
    /// model-file section as classical models.
    /// </summary>
    public ModelDsl.Runtime.Models.TrainingCurves ToCurves()
    {
        var series = new List<ModelDsl.Runtime.Models.TrainingSeries>();
        void Add(string name, Func<EpochProgress, double?> value)
        {
            var measured = Epochs.Where(e => value(e).HasValue).ToList();
            if (measured.Count > 0)
                series.Add(new ModelDsl.Runtime.Models.TrainingSeries(name, measured.Select(e => (double)e.Epoch).ToArray(), measured.Select(e => value(e)!.Value).ToArray()));
        }
        Add("train loss", e => e.TrainLoss);
        // the objective's other losses (a GAN's discriminator, a VAE's KL term), each a curve of its own
        var names = Epochs.SelectMany(e => e.Losses.Skip(1).Select(x => x.Name)).Distinct().ToList();
        foreach (var name in names) Add("train " + name, e => e.Losses.FirstOrDefault(x => x.Name == name)?.Value);
        Add("validation loss", e => e.ValidationLoss);
        Add("validation accuracy", e => e.ValidationAccuracy);
        return new ModelDsl.Runtime.Models.TrainingCurves("epoch", series);
    }
}
