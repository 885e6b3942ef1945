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

    /// <summary>Overrides the declared device.</summary>
    public string? Device { get; init; }

    /// <summary>Cancels training between batches (<see cref="OperationCanceledException"/>); the last checkpoint stays.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Stops as if the process were killed right after this epoch and its checkpoint (written then whatever the
    /// checkpoint interval); the returned network has the weights of that epoch, not the best ones. For tests and tools.
    /// </summary>
    public int? StopAfterEpoch { get; init; }
}
