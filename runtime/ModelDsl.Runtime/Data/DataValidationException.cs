using System;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Training (or fitting a preprocessing step) met a value it cannot use — NaN, infinity, a negative count,
/// a missing or out-of-range label — and names where: the row and the column of the matrix it was given.
/// </summary>
public sealed class DataValidationException : Exception
{
    /// <summary>The <see cref="Column"/> given when the problem is in the label or target, not in a feature.</summary>
    public const int LabelColumn = -1;

    /// <summary>Creates the exception.</summary>
    /// <param name="row">0-based row index in the data given to the trainer.</param>
    /// <param name="column">0-based column index, or <see cref="LabelColumn"/> for the label or target.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    public DataValidationException(int row, int column, string problem)
        : base(column == LabelColumn ? $"Row {row}, label/target: {problem}" : $"Row {row}, column {column}: {problem}")
    {
        Row = row;
        Column = column;
        Problem = problem;
    }

    /// <summary>0-based row index in the data given to the trainer.</summary>
    public int Row { get; }

    /// <summary>0-based column index in the feature matrix, or <see cref="LabelColumn"/> (-1) for the label or target.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
