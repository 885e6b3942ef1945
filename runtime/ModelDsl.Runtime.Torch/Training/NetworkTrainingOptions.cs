using System;
using System.Threading;

namespace ModelDsl.Runtime.Torch;

/// <summary>Settings of one training run that are not part of the declaration.</summary>
public sealed class NetworkTrainingOptions
{
    /// <summary>
    /// Where checkpoints go. Each is written atomically (a temporary file in the same folder, then renamed over
    /// the target). Without a path no checkpoint is written.
    /// </summary>
    public string? CheckpointPath { get; init; }

    /// <summary>Overrides the declared number of epochs (and with it the cosine schedule's length).</summary>
    public int? Epochs { get; init; }

    /// <summary>
    /// A run log (TensorBoard event file and/or CSV: losses, validation metrics, learning rate and epoch time per epoch,
    /// the batch loss every <see cref="ModelDsl.Runtime.RunLogs.RunLogOptions.EveryBatches"/> batches), in place of the
    /// declared <c>log</c> settings; null keeps the declared ones.
    /// </summary>
    public ModelDsl.Runtime.RunLogs.RunLogOptions? Log { get; init; }

    /// <summary>Overrides the declared device.</summary>
    public string? Device { get; init; }

    /// <summary>Cancels training between batches (<see cref="OperationCanceledException"/>); the last checkpoint stays.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// The default of <see cref="InMemoryFeatureBytes"/>: 512 MB. Below it the copy's speed wins (Fashion-MNIST: the
    /// copy keeps epochs at the hand-written loop's pace and the process at 743 MB against PyTorch's 501 MB); above it
    /// holding the data twice costs more than preprocessing each batch again.
    /// </summary>
    public const long DefaultInMemoryFeatureBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Up to this many bytes of preprocessed features (float32: rows × features × 4) the training rows are copied once
    /// into a tensor that batches are gathered from; above it no copy is made and each batch is read from the rows and
    /// preprocessed when it is needed, so the data set is held once, not twice (Fashion-MNIST's 60,000 × 784 values are
    /// 188 MB as float32). The batches, and so the trained weights, are the same either way; streaming costs the
    /// preprocessing of every row once per epoch. 0 always streams; <see cref="long.MaxValue"/> always copies.
    /// </summary>
    public long InMemoryFeatureBytes { get; init; } = DefaultInMemoryFeatureBytes;

    /// <summary>
    /// Stops as if the process were killed right after this epoch and its checkpoint (written then whatever the
    /// checkpoint interval); the returned network has the weights of that epoch, not the best ones. For tests and tools.
    /// </summary>
    public int? StopAfterEpoch { get; init; }
}
