using System;

namespace ModelDsl.Runtime.RunLogs;

/// <summary>The files a run log writes.</summary>
[Flags]
public enum RunLogFormats
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>TensorBoard event files (<c>events.out.tfevents.*</c>): <c>tensorboard --logdir runs</c> opens them.</summary>
    TensorBoard = 1,

    /// <summary><c>log.csv</c>: one line per scalar, <c>wall_time,step,tag,value</c>, the columns TensorBoard's own CSV export has.</summary>
    Csv = 2,

    /// <summary>Both.</summary>
    All = TensorBoard | Csv,
}

/// <summary>
/// Where and how a training run logs its scalars (losses, metrics, learning rate). Each run gets a folder of its own,
/// <c>&lt;Directory&gt;/&lt;model&gt;-&lt;yyyyMMdd-HHmmss&gt;</c> (UTC), as TensorBoard users keep runs side by side.
/// </summary>
/// <param name="Directory">The folder runs go in (created if need be), e.g. <c>runs/</c>.</param>
/// <param name="Formats">The files to write.</param>
public sealed record RunLogOptions(string Directory, RunLogFormats Formats = RunLogFormats.All)
{
    /// <summary>
    /// Networks: the training loss of every N-th batch is logged too (tag <c>train/batch_loss</c>, the step counting
    /// batches), beside the per-epoch scalars; 0 logs epochs only. PyTorch Lightning's <c>log_every_n_steps</c> is 50 as well.
    /// </summary>
    public int EveryBatches { get; init; } = 50;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The directory is empty, no format is chosen, or <see cref="EveryBatches"/> is negative.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory)) throw new ArgumentException("The run-log directory is empty.", nameof(Directory));
        if ((Formats & RunLogFormats.All) == 0) throw new ArgumentException("A run log needs a format: TensorBoard, Csv or both.", nameof(Formats));
        if (EveryBatches < 0) throw new ArgumentOutOfRangeException(nameof(EveryBatches), EveryBatches, "EveryBatches must be 0 or more.");
    }
}
