using System;
using TorchSharp;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// Where an objective's batches come from. The rows stay where the source keeps them (host memory, a file, a generator
/// of samples); only one batch at a time is put on the training device, so a text corpus or an image set is never
/// copied whole to a GPU.
/// </summary>
/// <remarks>
/// Not TorchSharp's <c>DataLoader</c>: it asks its <c>Dataset</c> for one dictionary of tensors per row and stacks
/// them (60,000 small tensors and a collation per epoch for Fashion-MNIST), where a source gathers a batch with one
/// <c>index_select</c>, as a hand-written TorchSharp loop does. A source that cannot hold its rows (a corpus read
/// from disk, samples generated per step) implements the same two members.
/// </remarks>
public interface IBatchSource
{
    /// <summary>Rows in one pass over the source.</summary>
    int Rows { get; }

    /// <summary>
    /// Opens one pass: batches of <paramref name="batchSize"/> rows (the last may be shorter) in the order
    /// <paramref name="order"/> gives (row indices; null: the stored order), on <paramref name="device"/>. The training
    /// loop computes the order from (seed, epoch), which is what makes a resumed run exact.
    /// </summary>
    IBatchReader Open(long[]? order, int batchSize, torch.Device device);
}

/// <summary>One pass over a <see cref="IBatchSource"/>; disposing it frees what the pass holds (an index tensor, buffers).</summary>
public interface IBatchReader : IDisposable
{
    /// <summary>
    /// The next batch, or null after the last. Its tensors are created in the caller's current dispose scope, so a
    /// scope around each call (as the training loop opens one per batch) frees them after the step.
    /// </summary>
    Batch? Next();
}
