using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using TorchSharp;

namespace ModelDsl.Runtime.Torch;

/// <summary>Settings of the generic loop: epochs, batches, seed, schedule, early stopping, checkpoints.</summary>
internal sealed class TrainingLoopSettings
{
    public required int Epochs { get; init; }

    public required int BatchSize { get; init; }

    public required int Seed { get; init; }

    public required torch.Device Device { get; init; }

    /// <summary>(initial rate, epoch, epochs) → the epoch's rate, applied to every parameter group of every optimiser.</summary>
    public required Func<double, int, int, double> LearningRate { get; init; }

    /// <summary>The validation metric early stopping and the best weights follow ("loss", "accuracy"); without validation, the first training loss.</summary>
    public string Monitor { get; init; } = "loss";

    /// <summary>Whether a larger monitored value is better (accuracy).</summary>
    public bool Maximize { get; init; }

    /// <summary>Epochs without improvement before stopping (0: never).</summary>
    public int Patience { get; init; }

    public bool RestoreBestWeights { get; init; }

    /// <summary>Epochs between checkpoints (at least 1).</summary>
    public int CheckpointEvery { get; init; } = 1;

    /// <summary>Where the run's scalars go (TensorBoard, CSV); null: nowhere.</summary>
    public ModelDsl.Runtime.RunLogs.RunLog? Log { get; init; }

    /// <summary>With <see cref="Log"/>: the first loss of every N-th batch is logged too; 0: epochs only.</summary>
    public int LogEveryBatches { get; init; }

    /// <summary>Writes a checkpoint (atomically); null: none.</summary>
    public Action<TrainingState>? WriteCheckpoint { get; init; }

    /// <summary>Stop as if killed after this epoch (and its checkpoint).</summary>
    public int? StopAfterEpoch { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Training time so far, including the time before a resume.</summary>
    public required Func<TimeSpan> Elapsed { get; init; }
}

/// <summary>How the loop ended.</summary>
internal sealed record TrainingLoopResult(IReadOnlyList<EpochProgress> History, int BestEpoch, bool StoppedEarly, bool Interrupted);

/// <summary>
/// The one training loop, around any <see cref="ITrainingObjective"/>: epochs of shuffled batches from an
/// <see cref="IBatchSource"/>, the learning-rate schedule, validation, early stopping with the best weights, atomic
/// checkpoints and exact resume.
/// </summary>
/// <remarks>
/// Determinism: at the start of every epoch torch is reseeded from (seed, epoch) and the batch order is a permutation
/// seeded from (seed, epoch), so an epoch depends only on the weights and optimiser states it starts from; that is what
/// makes a resume from a checkpoint reach the weights of an uninterrupted run.
/// </remarks>
internal static class TrainingLoop
{
    public static TrainingLoopResult Run(ITrainingObjective objective, IBatchSource train, IBatchSource? validation, TrainingLoopSettings s,
        TrainingState? resume, string? resumeSource, IProgress<EpochProgress>? progress)
    {
        var history = new List<EpochProgress>();
        var bestMetric = double.NaN;
        var bestEpoch = 0;
        var badEpochs = 0;
        byte[][]? bestWeights = null;
        var first = 1;
        if (resume is not null)
        {
            resume.Restore(objective, resumeSource ?? "the checkpoint");
            history.AddRange(resume.History);
            bestMetric = resume.BestMetric;
            bestEpoch = resume.BestEpoch;
            badEpochs = resume.BadEpochs;
            bestWeights = resume.BestWeights;
            first = resume.Epoch + 1;
        }

        var stoppedEarly = false;
        var interrupted = false;
        var totals = new double[objective.LossNames.Count];
        for (var epoch = first; epoch <= s.Epochs; epoch++)
        {
            if (s.Patience > 0 && badEpochs >= s.Patience)
            {
                stoppedEarly = true;
                break;
            }
            s.CancellationToken.ThrowIfCancellationRequested();
            var learningRate = double.NaN;
            foreach (var optimizer in objective.Optimizers)
            {
                var rate = s.LearningRate(optimizer.InitialLearningRate, epoch, s.Epochs);
                foreach (var group in optimizer.Optimizer.ParamGroups) group.LearningRate = rate;
                if (double.IsNaN(learningRate)) learningRate = rate;
            }
            SeedTorch(EpochSeed(s.Seed, epoch), s.Device);
            var epochStart = Stopwatch.GetTimestamp();

            objective.BeginEpoch(epoch, s.Epochs);
            TrainEpoch(objective, train, s, epoch, totals);
            var trainLoss = totals[0];
            IReadOnlyDictionary<string, double>? metrics = validation is null ? null : objective.Validate(validation, s.Device);
            double? validationLoss = metrics is not null && metrics.TryGetValue("loss", out var l) ? l : null;
            double? validationAccuracy = metrics is not null && metrics.TryGetValue("accuracy", out var a) ? a : null;

            var monitored = metrics is not null && metrics.TryGetValue(s.Monitor, out var m);
            var metric = monitored ? metrics![s.Monitor] : validationLoss ?? trainLoss;
            var maximize = s.Maximize && monitored;
            var isBest = !double.IsNaN(metric) && (double.IsNaN(bestMetric) || (maximize ? metric > bestMetric : metric < bestMetric));
            if (isBest)
            {
                bestMetric = metric;
                bestEpoch = epoch;
                badEpochs = 0;
                if (s.RestoreBestWeights) bestWeights = TrainingState.CaptureWeights(objective);
            }
            else
            {
                badEpochs++;
            }

            var entry = new EpochProgress(epoch, s.Epochs, trainLoss, validationLoss, validationAccuracy, learningRate, s.Elapsed(), isBest)
            {
                EpochTime = Stopwatch.GetElapsedTime(epochStart),
                Losses = objective.LossNames.Select((name, k) => new NamedLoss(name, totals[k])).ToArray(),
            };
            history.Add(entry);
            progress?.Report(entry);
            if (s.Log is { } log) LogEpoch(log, objective, entry, metrics);

            var stopHere = s.StopAfterEpoch == epoch;
            if (s.WriteCheckpoint is not null && (epoch % s.CheckpointEvery == 0 || stopHere))
            {
                s.WriteCheckpoint(new TrainingState
                {
                    Epoch = epoch,
                    ModuleNames = objective.Modules.Select(x => x.Name).ToArray(),
                    Weights = TrainingState.CaptureWeights(objective),
                    OptimizerNames = objective.Optimizers.Select(x => x.Name).ToArray(),
                    Optimizers = objective.Optimizers.Select(x => TrainingState.SaveOptimizer(x.Optimizer)).ToArray(),
                    BestWeights = bestWeights,
                    BestMetric = bestMetric,
                    BestEpoch = bestEpoch,
                    BadEpochs = badEpochs,
                    History = history.ToArray(),
                });
            }
            if (stopHere)
            {
                interrupted = true;
                break;
            }
        }

        if (!interrupted && s.RestoreBestWeights && bestWeights is not null && bestEpoch != history[^1].Epoch)
        {
            for (var i = 0; i < objective.Modules.Count; i++) NetworkWeights.Load(objective.Modules[i].Module, bestWeights[i], "the best epoch's weights");
        }
        return new TrainingLoopResult(history, bestEpoch, stoppedEarly, interrupted);
    }

    /// <summary>
    /// Batches between young-generation collections. TorchSharp 0.107 leaves some native objects it creates inside a
    /// step to the finalizer (the <c>Scalar</c>s it converts implicitly in its optimisers' <c>step</c>); a training step
    /// makes so little managed garbage that collections, and so those frees, are rare, and the small native blocks
    /// left between them fragment the native heap. On the Fashion-MNIST MLP of benchmarks/Networks that held a
    /// hand-written TorchSharp loop at 3.6 GB resident after two epochs (the live tensors constant); with a gen-0
    /// collection every 64 batches the same training stays at 0.7 GB, and the epoch takes the same time (a
    /// collection of a young generation holding a few kilobytes costs microseconds).
    /// </summary>
    internal const int BatchesPerCollection = 64;

    /// <summary>
    /// An epoch's scalars, the step being the epoch: each loss (<c>train/loss</c>, a GAN's <c>train/discriminator</c>),
    /// every validation metric (<c>validation/loss</c>, <c>validation/accuracy</c>), the learning rate and the epoch's time.
    /// </summary>
    private static void LogEpoch(ModelDsl.Runtime.RunLogs.RunLog log, ITrainingObjective objective, EpochProgress entry, IReadOnlyDictionary<string, double>? metrics)
    {
        foreach (var loss in entry.Losses) log.Scalar(objective.LossNames.Count == 1 ? "train/loss" : "train/" + loss.Name, entry.Epoch, loss.Value);
        if (metrics is not null)
            foreach (var (name, value) in metrics.OrderBy(m => m.Key, StringComparer.Ordinal)) log.Scalar("validation/" + name, entry.Epoch, value);
        if (!double.IsNaN(entry.LearningRate)) log.Scalar("learning_rate", entry.Epoch, entry.LearningRate);
        if (entry.EpochTime is { } time) log.Scalar("time/epoch_seconds", entry.Epoch, time.TotalSeconds);
        log.Flush();
    }

    /// <summary>One pass over the shuffled rows; <paramref name="totals"/> gets each loss's mean over rows.</summary>
    private static void TrainEpoch(ITrainingObjective objective, IBatchSource train, TrainingLoopSettings s, int epoch, double[] totals)
    {
        var rows = train.Rows;
        var order = BatchOrder(s.Seed, epoch, rows);
        Array.Clear(totals);
        using var reader = train.Open(order, s.BatchSize, s.Device);
        var batches = 0;
        var stepsBefore = (long)(epoch - 1) * BatchesPerEpoch(rows, s.BatchSize);
        while (true)
        {
            s.CancellationToken.ThrowIfCancellationRequested();
            using var scope = torch.NewDisposeScope();
            var batch = reader.Next();
            if (batch is null) break;
            var losses = objective.Step(batch).Values;
            for (var k = 0; k < totals.Length; k++) totals[k] += losses[k] * (double)batch.Rows;
            // the step counts batches over the whole run, so an epoch's batches follow the one before on TensorBoard's axis,
            // and every N-th of them is logged even when an epoch has fewer than N
            var step = stepsBefore + batches + 1;
            if (s.Log is { } log && s.LogEveryBatches > 0 && step % s.LogEveryBatches == 0) log.Scalar("train/batch_loss", step, losses[0]);
            if (++batches % BatchesPerCollection == 0) GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        }
        for (var k = 0; k < totals.Length; k++) totals[k] /= rows;
    }

    private static long BatchesPerEpoch(int rows, int batchSize) => (rows + batchSize - 1) / batchSize;

    /// <summary>The rows of an epoch in training order: 0..rows-1 shuffled by a System.Random seeded from (seed, epoch).</summary>
    public static long[] BatchOrder(int seed, int epoch, int rows)
    {
        var order = new long[rows];
        for (var i = 0; i < rows; i++) order[i] = i;
        new Random(unchecked((int)EpochSeed(seed, epoch))).Shuffle(order);
        return order;
    }

    /// <summary>The torch seed of an epoch; resume depends on it being a function of (seed, epoch) only.</summary>
    public static long EpochSeed(int seed, int epoch) => seed * 1_000_003L + epoch;

    public static void SeedTorch(long seed, torch.Device device)
    {
        torch.manual_seed(seed);
        if (device.type == DeviceType.CUDA) torch.cuda.manual_seed_all(seed);
    }
}
