using System;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// A dense, row-major matrix of features: row <c>i</c> is <c>Values[i * Columns .. (i + 1) * Columns)</c>.
/// A view over the caller's array: nothing is copied, so the array must not change while a trainer reads it.
/// </summary>
/// <param name="Values">The values, row after row; its length is at least <paramref name="Rows"/> × <paramref name="Columns"/>.</param>
/// <param name="Rows">The number of rows (samples).</param>
/// <param name="Columns">The number of columns (features).</param>
public readonly record struct FeatureMatrix(double[] Values, int Rows, int Columns)
{
    /// <summary>One row of features.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is outside the matrix.</exception>
    public ReadOnlySpan<double> Row(int i)
    {
        if ((uint)i >= (uint)Rows) throw new ArgumentOutOfRangeException(nameof(i), i, $"Row {i} is outside a matrix of {Rows} rows.");
        return new ReadOnlySpan<double>(Values, i * Columns, Columns);
    }

    /// <summary>The value in one row and column.</summary>
    public double this[int row, int column]
    {
        get
        {
            if ((uint)column >= (uint)Columns) throw new ArgumentOutOfRangeException(nameof(column), column, $"Column {column} is outside a matrix of {Columns} columns.");
            return Row(row)[column];
        }
    }

    /// <summary>An empty matrix with the given shape, filled with zeros.</summary>
    public static FeatureMatrix Zeros(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        return new FeatureMatrix(new double[checked(rows * columns)], rows, columns);
    }

    /// <summary>A new matrix holding copies of the given rows, in the given order (for train/test splits and folds).</summary>
    public FeatureMatrix SelectRows(ReadOnlySpan<int> rows)
    {
        EnsureValid();
        var values = new double[checked(rows.Length * Columns)];
        for (int i = 0; i < rows.Length; i++)
        {
            Row(rows[i]).CopyTo(values.AsSpan(i * Columns, Columns));
        }
        return new FeatureMatrix(values, rows.Length, Columns);
    }

    /// <summary>Throws <see cref="ArgumentException"/> when the shape does not fit the array.</summary>
    public void EnsureValid()
    {
        if (Values is null) throw new ArgumentException("The feature matrix has no values array.");
        if (Rows < 0 || Columns < 0) throw new ArgumentException($"The feature matrix has a negative shape ({Rows} × {Columns}).");
        if ((long)Rows * Columns > Values.Length)
            throw new ArgumentException($"The feature matrix claims {Rows} × {Columns} values but its array holds {Values.Length}.");
    }
}
