using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Data;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>Blank lines in a one-column CSV (the sunspot series' activity column): rows with an empty cell between rows,
/// nothing at the end. (Files of several columns are tested through a generated reader in the generator tests.)</summary>
public sealed class CsvSchemaReaderTests
{
    private static readonly string[] Activity = TestData.Csv("sunspots.csv").Rows.Select(r => r[1]).ToArray();

    private static List<(int Line, string Text)> Read(string csv)
    {
        using var reader = CsvSchemaReader.Open(new StringReader(csv), "activity.csv");
        var column = reader.RequireColumn("activity");
        var rows = new List<(int, string)>();
        while (reader.MoveNext())
        {
            var text = reader.GetString(column, "activity");
            var e = text.Length == 0 ? Assert.Throws<CsvDataException>(() => reader.GetDouble(column, "activity")) : null;
            rows.Add((e?.Line ?? 0, text));
        }
        return rows;
    }

    [Fact]
    public void Trailing_blank_lines_of_a_one_column_file_are_not_rows()
    {
        var rows = Read("activity\n" + string.Join("\n", Activity) + "\n\n  \n\n");
        Assert.Equal(Activity, rows.Select(r => r.Text));
    }

    [Fact]
    public void Blank_lines_between_rows_of_a_one_column_file_are_skipped_as_elsewhere()
    {
        // as pandas reads them (skip_blank_lines): a blank line is never a row, so a one-column text file cannot hold an
        // empty cell on a line of its own
        var lines = Activity.Take(6).ToList();
        lines.InsertRange(3, ["", " "]); // file lines 5 and 6
        var rows = Read("activity\n" + string.Join("\n", lines) + "\n\n");
        Assert.Equal(Activity.Take(6), rows.Select(r => r.Text));
    }
}
