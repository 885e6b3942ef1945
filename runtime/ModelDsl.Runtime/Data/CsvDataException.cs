using System;

namespace ModelDsl.Runtime.Data;

/// <summary>Bad data in a CSV file: names the source, the row (1-based line in the file) and the column.</summary>
public sealed class CsvDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CsvDataException(string source, int line, string? column, string problem)
        : base($"{source}: line {line}{(column is null ? "" : $", column '{column}'")}: {problem}")
    {
        Source = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file name or other description of the data source.</summary>
    public new string Source { get; }

    /// <summary>1-based line number in the file (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The column name, when the problem is in one column.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
