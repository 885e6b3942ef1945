using System;
using ModelDsl.Runtime.Models;
using TorchSharp;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// A supervised batch source: the preprocessed features of its rows as one float32 tensor in host memory (4 bytes a
/// value, what a hand-written TorchSharp or PyTorch loop holds) and their targets. A batch is gathered on the host
/// (<c>index_select</c> of its rows) and only then moved to the training device, so a GPU holds one batch, not the set.
/// Built chunk by chunk from the rows through the fitted preprocessing: no array of every row's features in between.
/// </summary>
internal sealed class FeatureRows : IOwnedBatchSource
{
    /// <summary>Rows transformed per chunk while building (a float buffer of this many rows).</summary>
    private const int ChunkRows = 1024;

    private readonly NetworkSpec _network;
    private readonly Tensor _x;
    private readonly Tensor _y;

    private FeatureRows(NetworkSpec network, Tensor x, Tensor y, int rows)
    {
        _network = network;
        _x = x;
        _y = y;
        Rows = rows;
    }

    public int Rows { get; }

    /// <summary>The rows at <paramref name="indices"/> through <paramref name="pipeline"/>, with targets as the loss needs them.</summary>
    /// <param name="network">The network's inputs: which columns each batch tensor holds.</param>
    /// <param name="pipeline">The fitted preprocessing.</param>
    /// <param name="rows">Where the rows are.</param>
    /// <param name="indices">Which rows, in this order.</param>
    /// <param name="loss">Cross-entropy: int64 class indices; binary cross-entropy: float 0/1; regression: float (label − mean) / scale.</param>
    /// <param name="mean">Regressors: the target mean.</param>
    /// <param name="scale">Regressors: the target's standard deviation.</param>
    public static FeatureRows Create(NetworkSpec network, FeaturePipeline pipeline, NetworkRows rows, int[] indices, LossKind loss, double mean, double scale)
    {
        var count = pipeline.OutputCount;
        var n = indices.Length;
        var x = torch.empty(new long[] { n, count }, torch.ScalarType.Float32);
        try
        {
            var numeric = new double[rows.Spec.NumericFeatures.Count];
            var text = new string?[rows.Spec.TextFeatures.Count];
            var row = new double[count];
            float[]? buffer = null;
            for (var at = 0; at < n; at += ChunkRows)
            {
                var length = Math.Min(ChunkRows, n - at);
                if (buffer is null || buffer.Length != length * count) buffer = new float[length * count];
                for (var r = 0; r < length; r++)
                {
                    rows.Read(indices[at + r], numeric, text);
                    pipeline.Transform(numeric, text, row);
                    var target = buffer.AsSpan(r * count, count);
                    for (var j = 0; j < count; j++) target[j] = (float)row[j];
                }
                using var chunk = HostTensors.Float32(buffer, new long[] { length, count });
                using var rowsOfChunk = x.narrow(0, at, length);
                rowsOfChunk.copy_(chunk);
            }
            var y = Targets(rows.Labels, indices, loss, mean, scale);
            return new FeatureRows(network, x, y, n);
        }
        catch
        {
            x.Dispose();
            throw;
        }
    }

    /// <summary>The targets of the rows at <paramref name="indices"/> as the loss needs them (see <see cref="Create"/>).</summary>
    public static Tensor Targets(double[] labels, int[] indices, LossKind loss, double mean, double scale)
    {
        var n = indices.Length;
        if (loss == LossKind.CrossEntropy)
        {
            var classes = new long[n];
            for (var i = 0; i < n; i++) classes[i] = (long)labels[indices[i]];
            return torch.tensor(classes);
        }
        var targets = new float[n];
        for (var i = 0; i < n; i++)
            targets[i] = loss == LossKind.BinaryCrossEntropy ? (float)labels[indices[i]] : (float)((labels[indices[i]] - mean) / scale);
        return torch.tensor(targets, new long[] { n, 1 });
    }

    public IBatchReader Open(long[]? order, int batchSize, torch.Device device)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (order is not null && order.Length != Rows) throw new ArgumentException($"The order holds {order.Length} rows; the source has {Rows}.", nameof(order));
        return new Reader(this, order is null ? null : torch.tensor(order), batchSize, device);
    }

    public void Dispose()
    {
        _x.Dispose();
        _y.Dispose();
    }

    private sealed class Reader(FeatureRows source, Tensor? order, int batchSize, torch.Device device) : IBatchReader
    {
        private readonly bool _move = device.type != DeviceType.CPU;
        private int _at;

        public Batch? Next()
        {
            if (_at >= source.Rows) return null;
            var length = Math.Min(batchSize, source.Rows - _at);
            Tensor x, y;
            if (order is null)
            {
                x = source._x.narrow(0, _at, length);
                y = source._y.narrow(0, _at, length);
            }
            else
            {
                var rows = order.narrow(0, _at, length);
                x = source._x.index_select(0, rows);
                y = source._y.index_select(0, rows);
            }
            if (_move)
            {
                x = x.to(device);
                y = y.to(device);
            }
            _at += length;
            return NetworkInputs.Batch(source._network, length, x, y);
        }

        public void Dispose() => order?.Dispose();
    }
}
