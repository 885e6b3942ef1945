using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// A network's epochs in the terms every model uses: <see cref="TrainingProgress"/> for tools that drive any model
/// (the <c>modeldsl</c> tool), and <see cref="TrainingCurves"/> for pictures and model files.
/// </summary>
public static class NetworkProgress
{
    /// <summary>One epoch as a <see cref="TrainingProgress"/>: step = epoch, loss = training loss, metric = validation accuracy (classifiers) or validation loss.</summary>
    public static TrainingProgress ToTrainingProgress(this EpochProgress epoch)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        var (metric, metricName) = epoch.ValidationAccuracy is { } accuracy ? (accuracy, "validation accuracy")
            : epoch.ValidationLoss is { } loss ? (loss, "validation loss") : ((double?)null, (string?)null);
        return new TrainingProgress("training", Math.Clamp(epoch.Epoch / (double)Math.Max(1, epoch.Epochs), 0, 1), epoch.Elapsed)
        {
            Step = epoch.Epoch,
            Steps = epoch.Epochs,
            StepName = "epoch",
            Loss = epoch.TrainLoss,
            LossName = "train loss",
            Metric = metric,
            MetricName = metricName,
        };
    }

    /// <summary>An epoch progress that passes each epoch on to <paramref name="progress"/> as a <see cref="TrainingProgress"/>, synchronously.</summary>
    public static IProgress<EpochProgress> Forward(IProgress<TrainingProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new Forwarder(progress);
    }

    /// <summary>The curves of a run: train loss, and validation loss and accuracy where measured, per epoch.</summary>
    public static TrainingCurves Curves(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var epochs = history.Epochs;
        if (epochs.Count == 0) return TrainingCurves.Empty;
        var series = new List<TrainingSeries> { Series("train loss", epochs, e => e.TrainLoss) };
        if (epochs.Any(e => e.ValidationLoss is not null)) series.Add(Series("validation loss", epochs, e => e.ValidationLoss));
        if (epochs.Any(e => e.ValidationAccuracy is not null)) series.Add(Series("validation accuracy", epochs, e => e.ValidationAccuracy));
        return new TrainingCurves("epoch", series);
    }

    private static TrainingSeries Series(string name, IReadOnlyList<EpochProgress> epochs, Func<EpochProgress, double?> value)
    {
        var measured = epochs.Where(e => value(e) is not null).ToList();
        return new TrainingSeries(name, measured.Select(e => (double)e.Epoch).ToArray(), measured.Select(e => value(e)!.Value).ToArray());
    }

    private sealed class Forwarder(IProgress<TrainingProgress> target) : IProgress<EpochProgress>
    {
        public void Report(EpochProgress value) => target.Report(value.ToTrainingProgress());
    }
}
