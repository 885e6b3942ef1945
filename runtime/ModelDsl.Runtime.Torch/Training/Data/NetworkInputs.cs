using TorchSharp;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// Turns rows of preprocessed features into the batch a network's forward reads: one tensor per input of
/// <see cref="NetworkSpec.Inputs"/> (a slice of its columns, or a gather when they are not one run), and the target.
/// One-input networks get the features tensor itself, as before.
/// </summary>
internal static class NetworkInputs
{
    /// <param name="network">The inputs and their columns.</param>
    /// <param name="rows">Rows in the batch.</param>
    /// <param name="features">[rows, every column of the feature vector].</param>
    /// <param name="target">The target, or null (prediction).</param>
    public static Batch Batch(NetworkSpec network, int rows, Tensor features, Tensor? target)
    {
        var inputs = network.Inputs;
        if (inputs.Count == 1)
            return target is null ? new Batch(rows, (Torch.Batch.Features, features)) : new Batch(rows, (Torch.Batch.Features, features), (Torch.Batch.Target, target));
        var tensors = new (string Name, Tensor Tensor)[inputs.Count + (target is null ? 0 : 1)];
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            tensors[i] = (input.Name, input.Contiguous
                ? features.narrow(1, input.Columns[0], input.Columns.Count)
                : features.index_select(1, torch.tensor(input.ColumnIndices, device: features.device)));
        }
        if (target is not null) tensors[^1] = (Torch.Batch.Target, target);
        return new Batch(rows, tensors);
    }
}
