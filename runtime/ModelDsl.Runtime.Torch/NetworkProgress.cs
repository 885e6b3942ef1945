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

    private sealed class Forwarder(IProgress<TrainingProgress> target) : IProgress<EpochProgress>
    {
        public void Report(EpochProgress value) => target.Report(value.ToTrainingProgress());
    }
}
