using System;
using System.Numerics.Tensors;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Standardisation as scikit-learn 1.2.1's <c>StandardScaler</c>: (x − mean) / std with the population standard
/// deviation; a constant column gets scale 1. NaN values are ignored when fitting and kept when transforming.
/// Immutable and thread-safe; span transforms allocate nothing and may work in place.
/// </summary>
public sealed class StandardScaler
{
    private readonly double[] _means;
    private readonly double[] _scales;

    private StandardScaler(double[] means, double[] scales)
    {
        _means = means;
        _scales = scales;
        IsIdentity = true;
        for (int j = 0; j < means.Length; j++) IsIdentity &= means[j] == 0.0 && scales[j] == 1.0;
    }

    /// <summary>True when every mean is 0 and every scale 1: the transform returns its input.</summary>
    internal bool IsIdentity { get; }

    internal double[] MeanArray => _means;

    internal double[] ScaleArray => _scales;

    /// <summary>Number of columns.</summary>
    public int FeatureCount => _means.Length;

    /// <summary>The value subtracted from each column (0 where the column is not centred).</summary>
    public ReadOnlySpan<double> Means => _means;

    /// <summary>The divisor of each column (1 where the column is not scaled or is constant).</summary>
    public ReadOnlySpan<double> Scales => _scales;

    /// <summary>Learns the mean and standard deviation of each column.</summary>
    /// <param name="x">Training rows.</param>
    /// <param name="withMean">Subtract the mean (default true).</param>
    /// <param name="withStd">Divide by the standard deviation (default true).</param>
    /// <param name="columns">Which columns to standardise (empty: all); the others pass through unchanged.</param>
    /// <exception cref="DataValidationException">A value is infinite.</exception>
    public static StandardScaler Fit(FeatureMatrix x, bool withMean = true, bool withStd = true, ReadOnlySpan<bool> columns = default)
    {
        DataValidation.EnsureNoInfinity(x);
        int d = x.Columns;
        if (!columns.IsEmpty && columns.Length != d) throw new ArgumentException($"The column mask has {columns.Length} entries for {d} columns.", nameof(columns));
        var means = new double[d];
        var scales = new double[d];
        for (int j = 0; j < d; j++)
        {
            scales[j] = 1.0;
            if (!columns.IsEmpty && !columns[j]) continue;
            double sum = 0;
            int count = 0;
            for (int i = 0; i < x.Rows; i++)
            {
                double v = x.Values[i * d + j];
                if (double.IsNaN(v)) continue;
                sum += v;
                count++;
            }
            if (count == 0) continue;
            double mean = sum / count;
            double squares = 0;
            for (int i = 0; i < x.Rows; i++)
            {
                double v = x.Values[i * d + j];
                if (double.IsNaN(v)) continue;
                squares += (v - mean) * (v - mean);
            }
            double variance = squares / count;
            means[j] = withMean ? mean : 0.0;
            // scikit-learn's _is_constant_feature: variance within rounding of zero counts as constant (scale 1).
            const double eps = 2.220446049250313e-16;
            bool constant = variance <= count * eps * variance + (count * mean * eps) * (count * mean * eps);
            scales[j] = withStd && !constant ? Math.Sqrt(variance) : 1.0;
        }
        return new StandardScaler(means, scales);
    }

    /// <summary>Rebuilds a scaler from <see cref="Means"/> and <see cref="Scales"/>.</summary>
    public static StandardScaler FromParameters(ReadOnlySpan<double> means, ReadOnlySpan<double> scales)
    {
        var s = Dense.CopyParameters(scales, means.Length, nameof(scales));
        foreach (double v in s)
        {
            if (v == 0) throw new ArgumentException("Scales must be non-zero.", nameof(scales));
        }
        return new StandardScaler(Dense.CopyParameters(means, means.Length, nameof(means)), s);
    }

    /// <summary>Writes (x − mean) / scale; <paramref name="output"/> may be <paramref name="input"/>.</summary>
    public void Transform(ReadOnlySpan<double> input, Span<double> output)
    {
        DataValidation.EnsureFeatures(input, FeatureCount);
        DataValidation.EnsureOutput(output.Length, FeatureCount, nameof(output));
        var result = output.Slice(0, FeatureCount);
        TensorPrimitives.Subtract(input, _means, result);
        TensorPrimitives.Divide(result, _scales, result);
    }

    /// <summary>Writes x·scale + mean; <paramref name="output"/> may be <paramref name="input"/>.</summary>
    public void InverseTransform(ReadOnlySpan<double> input, Span<double> output)
    {
        DataValidation.EnsureFeatures(input, FeatureCount);
        DataValidation.EnsureOutput(output.Length, FeatureCount, nameof(output));
        TensorPrimitives.FusedMultiplyAdd(input, _scales, _means, output.Slice(0, FeatureCount));
    }

    /// <summary>Transforms every row into a new matrix.</summary>
    public FeatureMatrix Transform(FeatureMatrix x) => Preprocessing.MapRows(x, FeatureCount, Transform);
}

/// <summary>
/// Scaling to a range as scikit-learn 1.2.1's <c>MinMaxScaler</c>: x·scale + offset with
/// scale = (high − low) / (max − min) (a constant column: range taken as 1) and offset = low − min·scale.
/// NaN values are ignored when fitting and kept when transforming. Immutable; span transforms allocate nothing.
/// </summary>
public sealed class MinMaxScaler
{
    private readonly double[] _dataMin;
    private readonly double[] _dataMax;
    private readonly double[] _scales;
    private readonly double[] _offsets;

    private MinMaxScaler(double[] dataMin, double[] dataMax, double low, double high)
    {
        _dataMin = dataMin;
        _dataMax = dataMax;
        Low = low;
        High = high;
        int d = dataMin.Length;
        _scales = new double[d];
        _offsets = new double[d];
        for (int j = 0; j < d; j++)
        {
            double range = dataMax[j] - dataMin[j];
            // scikit-learn's _handle_zeros_in_scale: a range below 10·eps counts as constant
            _scales[j] = (high - low) / (range < 10 * 2.220446049250313e-16 || double.IsNaN(range) ? 1.0 : range);
            _offsets[j] = double.IsNaN(dataMin[j]) ? 0.0 : low - dataMin[j] * _scales[j];
            if (double.IsNaN(range)) _scales[j] = 1.0;
        }
        IsIdentity = true;
        for (int j = 0; j < d; j++) IsIdentity &= _scales[j] == 1.0 && _offsets[j] == 0.0;
    }

    /// <summary>True when every scale is 1 and every offset 0 (no column is scaled): the transform returns its input.</summary>
    internal bool IsIdentity { get; }

    internal double[] ScaleArray => _scales;

    internal double[] OffsetArray => _offsets;

    /// <summary>Number of columns.</summary>
    public int FeatureCount => _dataMin.Length;

    /// <summary>Lower end of the target range.</summary>
    public double Low { get; }

    /// <summary>Upper end of the target range.</summary>
    public double High { get; }

    /// <summary>Per-column minimum seen in training (NaN: the column is passed through).</summary>
    public ReadOnlySpan<double> DataMin => _dataMin;

    /// <summary>Per-column maximum seen in training (NaN: the column is passed through).</summary>
    public ReadOnlySpan<double> DataMax => _dataMax;

    /// <summary>Learns each column's minimum and maximum.</summary>
    /// <param name="x">Training rows.</param>
    /// <param name="low">Lower end of the target range (default 0).</param>
    /// <param name="high">Upper end of the target range (default 1).</param>
    /// <param name="columns">Which columns to scale (empty: all); the others pass through unchanged.</param>
    /// <exception cref="DataValidationException">A value is infinite.</exception>
    public static MinMaxScaler Fit(FeatureMatrix x, double low = 0.0, double high = 1.0, ReadOnlySpan<bool> columns = default)
    {
        if (!(low < high) || !double.IsFinite(low) || !double.IsFinite(high)) throw new ArgumentException("The range must be finite with low < high.");
        DataValidation.EnsureNoInfinity(x);
        int d = x.Columns;
        if (!columns.IsEmpty && columns.Length != d) throw new ArgumentException($"The column mask has {columns.Length} entries for {d} columns.", nameof(columns));
        var min = new double[d];
        var max = new double[d];
        for (int j = 0; j < d; j++)
        {
            min[j] = double.NaN;
            max[j] = double.NaN;
            if (!columns.IsEmpty && !columns[j]) continue;
            for (int i = 0; i < x.Rows; i++)
            {
                double v = x.Values[i * d + j];
                if (double.IsNaN(v)) continue;
                if (!(v >= min[j])) min[j] = v;
                if (!(v <= max[j])) max[j] = v;
            }
        }
        return new MinMaxScaler(min, max, low, high);
    }

    /// <summary>Rebuilds a scaler from <see cref="DataMin"/>, <see cref="DataMax"/>, <see cref="Low"/> and <see cref="High"/>.</summary>
    public static MinMaxScaler FromParameters(ReadOnlySpan<double> dataMin, ReadOnlySpan<double> dataMax, double low = 0.0, double high = 1.0)
    {
        if (dataMax.Length != dataMin.Length) throw new ArgumentException("dataMin and dataMax differ in length.", nameof(dataMax));
        if (!(low < high)) throw new ArgumentException("The range must have low < high.");
        return new MinMaxScaler(dataMin.ToArray(), dataMax.ToArray(), low, high);
    }

    /// <summary>Writes x·scale + offset; <paramref name="output"/> may be <paramref name="input"/>.</summary>
    public void Transform(ReadOnlySpan<double> input, Span<double> output)
    {
        DataValidation.EnsureFeatures(input, FeatureCount);
        DataValidation.EnsureOutput(output.Length, FeatureCount, nameof(output));
        // multiply, then add (not fused), as scikit-learn: the column minimum maps to exactly `low`
        var result = output.Slice(0, FeatureCount);
        TensorPrimitives.Multiply(input, _scales, result);
        TensorPrimitives.Add(result, _offsets, result);
    }

    /// <summary>Transforms every row into a new matrix.</summary>
    public FeatureMatrix Transform(FeatureMatrix x) => Preprocessing.MapRows(x, FeatureCount, Transform);
}

/// <summary>Helpers shared by the preprocessing steps.</summary>
internal static class Preprocessing
{
    public delegate void RowTransform(ReadOnlySpan<double> input, Span<double> output);

    public static FeatureMatrix MapRows(FeatureMatrix x, int outputColumns, RowTransform transform)
    {
        x.EnsureValid();
        var result = new double[checked(x.Rows * outputColumns)];
        for (int i = 0; i < x.Rows; i++) transform(x.Row(i), result.AsSpan(i * outputColumns, outputColumns));
        return new FeatureMatrix(result, x.Rows, outputColumns);
    }
}
