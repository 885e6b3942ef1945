using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// The rows a network trains on, read where they are: a <see cref="TrainingData"/>, or the caller's own rows through
/// the generated reader. The second never builds a <c>double[]</c> of every row's features (60,000 images × 784 pixels
/// are 376 MB as doubles): features are read row by row, when the preprocessing turns them into the float32 rows of
/// a <see cref="FeatureRows"/> source.
/// </summary>
internal abstract class NetworkRows
{
    /// <summary>
    /// Values per chunk when rows are checked chunk by chunk: a chunk's arrays stay under the large-object heap's 85 KB
    /// (8,192 doubles = 64 KB), so they are reclaimed by the next gen-0 collection instead of piling up until a full one.
    /// </summary>
    private const int ChunkValues = 8192;

    protected NetworkRows(ModelSpec spec) => Spec = spec;

    public ModelSpec Spec { get; }

    public abstract int Count { get; }

    /// <summary>Every row's label (class index or target), checked.</summary>
    public abstract double[] Labels { get; }

    /// <summary>Writes row <paramref name="row"/>'s raw features into the spans.</summary>
    public abstract void Read(int row, Span<double> numeric, Span<string?> text);

    /// <summary>The rows at <paramref name="indices"/> as arrays, in that order (to fit the preprocessing on, to evaluate).</summary>
    public abstract TrainingData Collect(int[] indices);

    public static NetworkRows From(ModelSpec spec, TrainingData data) => new Arrays(spec, data);

    /// <summary>
    /// Checks every row as <see cref="TrainingData.Collect{T}"/> does (same messages, same row numbers) and keeps only the
    /// labels; the rows are enumerated once here, so a sequence that is not a list is copied into one.
    /// </summary>
    /// <exception cref="TrainingDataException">A value or label is missing, infinite or out of range; names the row and the column.</exception>
    public static NetworkRows From<T>(ModelSpec spec, IEnumerable<T> rows, RowReader<T> reader)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Label is null) throw new ArgumentException("Training needs a reader with labels.", nameof(reader));
        var list = rows as IList<T> ?? rows.ToList();
        var labels = new double[list.Count];
        var chunk = Math.Max(1, ChunkValues / Math.Max(1, spec.NumericFeatures.Count));
        for (var at = 0; at < list.Count; at += chunk)
        {
            var length = Math.Min(chunk, list.Count - at);
            try
            {
                TrainingData.Collect(spec, list.Skip(at).Take(length), reader).Labels.CopyTo(labels, at);
            }
            catch (TrainingDataException e) when (e.Column is { } column)
            {
                throw new TrainingDataException(e.Row + at, column, e.Problem);
            }
        }
        return new Rows<T>(spec, list, reader, labels);
    }

    private sealed class Arrays(ModelSpec spec, TrainingData data) : NetworkRows(spec)
    {
        public override int Count => data.Rows;

        public override double[] Labels => data.Labels;

        public override void Read(int row, Span<double> numeric, Span<string?> text)
        {
            data.NumericRow(row).CopyTo(numeric);
            data.TextRow(row).CopyTo(text);
        }

        public override TrainingData Collect(int[] indices) => data.Subset(indices);
    }

    private sealed class Rows<T>(ModelSpec spec, IList<T> rows, RowReader<T> reader, double[] labels) : NetworkRows(spec)
    {
        public override int Count => rows.Count;

        public override double[] Labels => labels;

        public override void Read(int row, Span<double> numeric, Span<string?> text)
        {
            numeric.Clear();
            text.Clear();
            var value = rows[row];
            reader.Features(in value, numeric, text);
        }

        public override TrainingData Collect(int[] indices) => TrainingData.Collect(Spec, indices.Select(i => rows[i]), reader);
    }
}
