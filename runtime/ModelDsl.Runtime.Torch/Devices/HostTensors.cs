using System;
using TorchSharp;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch;

/// <summary>Float32 tensors filled from a managed buffer without the managed copy <c>torch.tensor(float[])</c> makes.</summary>
/// <remarks>
/// <c>torch.tensor(array, shape)</c> clones the array and pins the clone for the tensor's lifetime: for a training batch
/// (64 × 784 floats, 200 KB) that is a large-object-heap allocation per batch, 188 MB of garbage an epoch on
/// Fashion-MNIST that only a full collection returns, and it showed in the process's resident memory. Here the
/// tensor's storage is allocated by libtorch and the buffer copied into it, so the buffer can be reused batch after batch.
/// </remarks>
internal static class HostTensors
{
    /// <summary>A new CPU float32 tensor of <paramref name="shape"/> holding the first elements of <paramref name="values"/>.</summary>
    public static Tensor Float32(float[] values, long[] shape)
    {
        var tensor = torch.empty(shape, torch.ScalarType.Float32);
        try
        {
            if (tensor.numel() > values.Length) throw new ArgumentException($"{values.Length} values cannot fill a tensor of {tensor.numel()}.", nameof(values));
            using var storage = tensor.data<float>();
            storage.CopyFrom(values);
            return tensor;
        }
        catch
        {
            tensor.Dispose();
            throw;
        }
    }
}
