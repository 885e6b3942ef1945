using System;
using ModelDsl.Runtime.Models;
using TorchSharp;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// A supervised batch source that keeps no copy of the features: each batch is read from the caller's rows where they
/// are, through the fitted preprocessing, into one reused float buffer, and becomes the batch tensor. The data set is
/// then held once (the caller's rows), as a PyTorch loop over <c>torch.from_numpy</c> holds it, instead of twice.
/// </summary>
/// <remarks>
/// The batches are those of <see cref="FeatureRows"/> bit for bit (same rows, same transform, same float conversion,
/// same order), so which of the two a run uses changes its memory, never its weights. The cost is the preprocessing of
/// every row once per epoch instead of once per run: for Fashion-MNIST (784 values a row, no preprocessing) a few
/// percent of an MLP epoch; <see cref="NetworkTrainingOptions.InMemoryFeatureBytes"/> says when it is chosen.
/// </remarks>
internal sealed class StreamedRows : IOwnedBatchSource
{
    private readonly NetworkSpec _network;
    private readonly FeaturePipeline _pipeline;
    private readonly NetworkRows _rows;
    private readonly int[] _indices;
    private readonly Tensor _y;

    private StreamedRows(NetworkSpec network, FeaturePipeline pipeline, NetworkRows rows, int[] indices, Tensor y)
    {
        _network = network;
        _pipeline = pipeline;
        _rows = rows;
        _indices = indices;
        _y = y;
    }

    public int Rows => _indices.Length;

    /// <summary>The rows at <paramref name="indices"/>, read per batch; targets as <see cref="FeatureRows.Create"/> makes them.</summary>
    public static StreamedRows Create(NetworkSpec network, FeaturePipeline pipeline, NetworkRows rows, int[] indices, LossKind loss, double mean, double scale) =>
        new(network, pipeline, rows, indices, FeatureRows.Targets(rows.Labels, indices, loss, mean, scale));

    public IBatchReader Open(long[]? order, int batchSize, torch.Device device)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (order is not null && order.Length != Rows) throw new ArgumentException($"The order holds {order.Length} rows; the source has {Rows}.", nameof(order));
        return new Reader(this, order, batchSize, device);
    }

    public void Dispose() => _y.Dispose();

    private sealed class Reader : IBatchReader
    {
        private readonly StreamedRows _source;
        private readonly long[]? _order;
        private readonly Tensor? _orderTensor;
        private readonly int _batchSize;
        private readonly torch.Device _device;
        private readonly bool _move;
        private readonly double[] _numeric;
        private readonly string?[] _text;
        private readonly double[] _row;
        private float[]? _buffer;
        private int _at;

        public Reader(StreamedRows source, long[]? order, int batchSize, torch.Device device)
        {
            _source = source;
            _order = order;
            _orderTensor = order is null ? null : torch.tensor(order);
            _batchSize = batchSize;
            _device = device;
            _move = device.type != DeviceType.CPU;
            _numeric = new double[source._rows.Spec.NumericFeatures.Count];
            _text = new string?[source._rows.Spec.TextFeatures.Count];
            _row = new double[source._pipeline.OutputCount];
        }

        public Batch? Next()
        {
            var source = _source;
            if (_at >= source.Rows) return null;
            var length = Math.Min(_batchSize, source.Rows - _at);
            var count = source._pipeline.OutputCount;
            // one buffer per batch length (the full one, and the last batch's if it is shorter)
            if (_buffer is null || _buffer.Length != length * count) _buffer = new float[length * count];
            for (var r = 0; r < length; r++)
            {
                var position = _order is null ? _at + r : (int)_order[_at + r];
                source._rows.Read(source._indices[position], _numeric, _text);
                source._pipeline.Transform(_numeric, _text, _row);
                var target = _buffer.AsSpan(r * count, count);
                for (var j = 0; j < count; j++) target[j] = (float)_row[j];
            }
            var x = HostTensors.Float32(_buffer, new long[] { length, count });
            var y = _orderTensor is null ? source._y.narrow(0, _at, length) : source._y.index_select(0, _orderTensor.narrow(0, _at, length));
            if (_move)
            {
                x = x.to(_device);
                y = y.to(_device);
            }
            _at += length;
            return NetworkInputs.Batch(source._network, length, x, y);
        }

        public void Dispose() => _orderTensor?.Dispose();
    }
}

/// <summary>A batch source that owns what it holds (tensors, buffers): the run disposes it after training.</summary>
internal interface IOwnedBatchSource : IBatchSource, IDisposable;

/// <summary>Chooses how a run holds its rows' features: a float32 copy (<see cref="FeatureRows"/>) or none (<see cref="StreamedRows"/>).</summary>
internal static class TrainingRows
{
    /// <summary>The source for the rows at <paramref name="indices"/>: copied up to <paramref name="inMemoryLimitBytes"/> of float32 features, streamed above.</summary>
    public static IOwnedBatchSource Create(NetworkSpec network, FeaturePipeline pipeline, NetworkRows rows, int[] indices, double mean, double scale, long inMemoryLimitBytes) =>
        (long)indices.Length * pipeline.OutputCount * sizeof(float) > inMemoryLimitBytes
            ? StreamedRows.Create(network, pipeline, rows, indices, network.Loss, mean, scale)
            : FeatureRows.Create(network, pipeline, rows, indices, network.Loss, mean, scale);
}
