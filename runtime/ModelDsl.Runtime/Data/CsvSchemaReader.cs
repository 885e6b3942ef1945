using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;

namespace ModelDsl.Runtime.Data;

/// <summary>Parses one cell into an enum value without reflection (generated per enum).</summary>
public delegate bool SpanParser<T>(ReadOnlySpan<char> text, out T value);

/// <summary>How a generated schema's <c>ReadCsv</c> reads: missing values, and columns the caller can do without.</summary>
public sealed record CsvReadOptions
{
    /// <summary>
    /// Read an empty, <c>NA</c> or <c>NaN</c> cell of a float or double column as NaN (a missing value a model may impute)
    /// instead of failing.
    /// </summary>
    public bool MissingAsNaN { get; init; }

    /// <summary>
    /// Columns that may be absent from the header, or empty in a row: such a field reads as its type's default. A tool
    /// predicting on new data lists the label here, which prediction never reads.
    /// </summary>
    public IReadOnlyCollection<string> OptionalColumns { get; init; } = Array.Empty<string>();
}

/// <summary>
/// Reads CSV rows for generated schema types: binds columns by header name and converts cells with
/// errors that name the line and the column. Sep does the CSV parsing (fast, allocation-free per cell).
/// </summary>
public sealed class CsvSchemaReader : IDisposable
{
    private readonly SepReader _reader;
    private readonly string _source;
    private readonly bool _missingAsNaN;
    private readonly IReadOnlyCollection<string> _optional;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();
    private int _line = 1;

    private CsvSchemaReader(SepReader reader, string source, CsvReadOptions options)
    {
        _reader = reader;
        _source = source;
        _missingAsNaN = options.MissingAsNaN;
        _optional = options.OptionalColumns;
        // Header names as written, less spaces around them and a byte-order mark a TextReader kept: data cells are
        // trimmed too, and neither shows in a "no column" message.
        var names = reader.Header.ColNames;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].TrimStart('\uFEFF').Trim();
            _names.Add(name);
            if (!_columns.TryAdd(name, i))
                throw new CsvDataException(source, 1, name, $"the header names the column '{Quote(name).Trim('\'')}' twice (columns {_columns[name] + 1} and {i + 1})");
        }
    }

    /// <summary>
    /// Opens CSV text with a header row; <paramref name="sourceName"/> appears in error messages. With
    /// <paramref name="missingAsNaN"/>, an empty, <c>NA</c> or <c>NaN</c> cell of a float or double column
    /// reads as NaN (a missing value a model may impute); otherwise it is an error naming line and column.
    /// </summary>
    public static CsvSchemaReader Open(TextReader text, string? sourceName = null, bool missingAsNaN = false) =>
        Open(text, sourceName, new CsvReadOptions { MissingAsNaN = missingAsNaN });

    /// <summary>Opens CSV text with a header row, reading as <paramref name="options"/> say.</summary>
    public static CsvSchemaReader Open(TextReader text, string? sourceName, CsvReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = sourceName ?? "CSV data";
        try
        {
            // The column count is checked here (a blank line is skipped, a short row names its line and column).
            var reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, CultureInfo = CultureInfo.InvariantCulture, DisableColCountCheck = true }).From(text);
            return new CsvSchemaReader(reader, name, options);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new CsvDataException(name, 1, null, "cannot read the header row: " + e.Message);
        }
    }

    /// <summary>
    /// The index of the column named <paramref name="name"/>; a clear error if the header lacks it, unless the column is
    /// optional (then -1: every row reads the field's default).
    /// </summary>
    public int RequireColumn(string name)
    {
        if (_columns.TryGetValue(name, out var index)) return index;
        if (IsOptional(name)) return -1;
        throw new CsvDataException(_source, 1, name, $"the header has no column '{name}' (it has: {string.Join(", ", _names)})");
    }

    /// <summary>The longest cell text an error message quotes; a longer one (an unclosed quote swallowing the file) is cut.</summary>
    private const int QuotedCellLength = 60;

    /// <summary>Moves to the next data row; blank lines (empty or spaces only) are skipped, wherever they are.</summary>
    public bool MoveNext()
    {
        try
        {
            while (true)
            {
                if (!_reader.MoveNext()) return false;
                var row = _reader.Current;
                _line = row.LineNumberFrom;
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace()) continue;
                // Sep ends an unclosed quote at the end of the file: the row's text then holds an odd number of quotes
                if (System.MemoryExtensions.Count(row.Span, '"') % 2 != 0)
                    throw new CsvDataException(_source, _line, row.ColCount <= _names.Count ? _names[row.ColCount - 1] : null,
                        $"a quote opened on this line is never closed, so the cell runs to the end of the file ({Quote(row[row.ColCount - 1].Span)})");
                if (row.ColCount > _names.Count)
                    throw new CsvDataException(_source, _line, null, $"the row has {row.ColCount} columns, more than the header's {_names.Count}");
                return true;
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException)
        {
            // Sep's own failures (a row longer than its 16 MB buffer, usually a quote that is never closed) get a line too.
            throw new CsvDataException(_source, _line + 1, null, e is NotSupportedException
                ? "a row is too long to read (over 16 MB): is a quote never closed?"
                : Cut(e.Message));
        }
    }

    private static string Cut(string text) => text.Length <= 4 * QuotedCellLength ? text : text[..(4 * QuotedCellLength)] + "…";

    private bool IsOptional(string name) => _optional.Count > 0 && System.Linq.Enumerable.Contains(_optional, name, StringComparer.Ordinal);

    /// <summary>An optional column absent from the header, or empty in this row: the field reads as its default.</summary>
    private bool Absent(int column, ReadOnlySpan<char> cell, string name) => column < 0 || (cell.IsEmpty && IsOptional(name));

    private ReadOnlySpan<char> Cell(int column, string name)
    {
        if (column < 0) return default;
        var row = _reader.Current;
        if (column >= row.ColCount) throw new CsvDataException(_source, _line, name, $"the row has {row.ColCount} columns, fewer than the header");
        return row[column].Span.Trim();
    }

    private CsvDataException Bad(string name, ReadOnlySpan<char> cell, string expected) =>
        new(_source, _line, name, cell.IsEmpty ? $"the value is missing; expected {expected}" : $"{Quote(cell)} is not {expected}");

    /// <summary>A cell as an error message quotes it: cut after <see cref="QuotedCellLength"/> characters, with a hint when it spans lines.</summary>
    private static string Quote(ReadOnlySpan<char> cell)
    {
        var lines = cell.IndexOfAny('\r', '\n') >= 0;
        var text = cell.Length <= QuotedCellLength ? cell.ToString() : cell[..QuotedCellLength].ToString() + string.Create(CultureInfo.InvariantCulture, $"… ({cell.Length:N0} characters)");
        return $"'{text}'{(lines ? $" ({cell.Length:N0} characters over several lines: is a quote never closed?)" : "")}";
    }

    /// <summary>An integer cell.</summary>
    public int GetInt32(int column, string name)
    {
        var cell = Cell(column, name);
        if (Absent(column, cell, name)) return 0;
        return int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Bad(name, cell, "an integer (int)");
    }

    /// <summary>A long integer cell.</summary>
    public long GetInt64(int column, string name)
    {
        var cell = Cell(column, name);
        if (Absent(column, cell, name)) return 0;
        return long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Bad(name, cell, "an integer (long)");
    }

    private bool IsMissing(ReadOnlySpan<char> cell) =>
        _missingAsNaN && (cell.IsEmpty || cell.Equals("NA", StringComparison.OrdinalIgnoreCase) || cell.Equals("NaN", StringComparison.OrdinalIgnoreCase));

    /// <summary>A number cell; infinities are rejected, and NaN unless missing values are allowed.</summary>
    public double GetDouble(int column, string name)
    {
        var cell = Cell(column, name);
        if (Absent(column, cell, name)) return 0;
        if (IsMissing(cell)) return double.NaN;
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) throw Bad(name, cell, "a number");
        if (!double.IsFinite(value)) throw Bad(name, cell, "a finite number");
        return value;
    }

    /// <summary>A single-precision number cell; infinities are rejected, and NaN unless missing values are allowed.</summary>
    public float GetSingle(int column, string name)
    {
        var cell = Cell(column, name);
        if (Absent(column, cell, name)) return 0;
        if (IsMissing(cell)) return float.NaN;
        if (!float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) throw Bad(name, cell, "a number");
        if (!float.IsFinite(value)) throw Bad(name, cell, "a finite number");
        return value;
    }

    /// <summary>A true/false cell (also 1/0, yes/no).</summary>
    public bool GetBoolean(int column, string name)
    {
        var cell = Cell(column, name);
        if (Absent(column, cell, name)) return false;
        if (cell.Equals("true", StringComparison.OrdinalIgnoreCase) || cell.SequenceEqual("1") || cell.Equals("yes", StringComparison.OrdinalIgnoreCase)) return true;
        if (cell.Equals("false", StringComparison.OrdinalIgnoreCase) || cell.SequenceEqual("0") || cell.Equals("no", StringComparison.OrdinalIgnoreCase)) return false;
        throw Bad(name, cell, "true or false");
    }

    /// <summary>A text cell, as is.</summary>
    public string GetString(int column, string name)
    {
        if (column < 0) return "";
        var row = _reader.Current;
        if (column >= row.ColCount) throw new CsvDataException(_source, _line, name, $"the row has {row.ColCount} columns, fewer than the header");
        return row[column].ToString();
    }

    /// <summary>
    /// A text cell of a tokens field, as is; a value with more tokens than the field allows is an error naming the line
    /// and the column, unless the field truncates.
    /// </summary>
    public string GetTokenText(int column, string name, ModelDsl.Runtime.Text.TokenField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var text = GetString(column, name);
        if (!field.Truncate)
        {
            var count = field.CountTokens(text);
            if (count > field.MaxLength) throw new CsvDataException(_source, _line, name, field.TooLong(count));
        }
        return text;
    }

    /// <summary>An enum cell, parsed by the generated parser; the error lists the allowed values.</summary>
    public T GetEnum<T>(int column, string name, SpanParser<T> parse, IReadOnlyList<string> allowed)
    {
        var cell = Cell(column, name);
        if (Absent(column, cell, name)) return default!;
        return parse(cell, out var value) ? value : throw Bad(name, cell, "one of " + string.Join(", ", allowed));
    }

    /// <summary>
    /// A set cell (<c>fruit;biscuits</c>): members separated by ';', each parsed by the generated parser; an empty cell
    /// is the empty set. An unknown member or one written twice is an error naming the line, the column and the member.
    /// </summary>
    public EnumSet<T> GetEnumSet<T>(int column, string name, SpanParser<T> parse, IReadOnlyList<string> allowed)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(parse);
        var cell = Cell(column, name);
        var set = EnumSet<T>.Empty;
        if (column < 0) return set;
        foreach (var range in cell.Split(';'))
        {
            var item = cell[range].Trim();
            if (item.IsEmpty)
            {
                if (cell.IsEmpty) break;
                throw new CsvDataException(_source, _line, name, $"{Quote(cell)} has an empty member; write the members separated by ';' (an empty cell is the empty set)");
            }
            if (!parse(item, out var value))
                throw new CsvDataException(_source, _line, name, $"'{item.ToString()}' is not one of {string.Join(", ", allowed)}");
            if (set.Contains(value))
                throw new CsvDataException(_source, _line, name, $"'{item.ToString()}' appears twice in {Quote(cell)}");
            set = set.Add(value);
        }
        return set;
    }

    /// <summary>
    /// The columns of a tensor field of <paramref name="count"/> values: either one column named <paramref name="name"/>
    /// whose cells hold the values separated by spaces (or semicolons), or one column per element named
    /// <c>name[0]</c> … <c>name[count − 1]</c>. A clear error when the header has neither.
    /// </summary>
    public int[] RequireTensorColumns(string name, int count)
    {
        if (_columns.TryGetValue(name, out var single)) return new[] { single };
        if (IsOptional(name) && !_columns.ContainsKey(string.Create(CultureInfo.InvariantCulture, $"{name}[0]"))) return Array.Empty<int>();
        var columns = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (_columns.TryGetValue(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]"), out columns[i])) continue;
            throw new CsvDataException(_source, 1, name, i == 0
                ? $"the header has no column '{name}' (its {count} values separated by spaces) and no columns '{name}[0]' … '{name}[{count - 1}]'"
                : $"the header has columns '{name}[0]' … '{name}[{i - 1}]' but not '{name}[{i}]'; the field has {count} values");
        }
        return columns;
    }

    /// <summary>A tensor field's values as <see cref="float"/> (see <see cref="RequireTensorColumns"/>).</summary>
    public float[] GetSingles(int[] columns, string name, int count) => GetTensor<float>(columns, name, count, "a number");

    /// <summary>A tensor field's values as <see cref="double"/>.</summary>
    public double[] GetDoubles(int[] columns, string name, int count) => GetTensor<double>(columns, name, count, "a number");

    /// <summary>A tensor field's values as <see cref="int"/>.</summary>
    public int[] GetInt32s(int[] columns, string name, int count) => GetTensor<int>(columns, name, count, "an integer (int)");

    /// <summary>A tensor field's values as <see cref="long"/>.</summary>
    public long[] GetInt64s(int[] columns, string name, int count) => GetTensor<long>(columns, name, count, "an integer (long)");

    private T[] GetTensor<T>(int[] columns, string name, int count, string expected) where T : System.Numerics.INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(columns);
        var values = new T[count];
        if (columns.Length == 0) return values; // an optional tensor column the header lacks
        if (columns.Length > 1)
        {
            for (var i = 0; i < count; i++) values[i] = Element<T>(Cell(columns[i], name), name, i, expected);
            return values;
        }
        // One cell holding every value.
        var cell = Cell(columns[0], name);
        var at = 0;
        foreach (var range in cell.SplitAny(" \t;"))
        {
            var item = cell[range];
            if (item.IsEmpty) continue;
            if (at == count) throw new CsvDataException(_source, _line, name, $"the cell holds more than the {count} values the field declares");
            values[at] = Element<T>(item, name, at, expected);
            at++;
        }
        if (at != count) throw new CsvDataException(_source, _line, name, $"the cell holds {at} values; the field declares {count}");
        return values;
    }

    private T Element<T>(ReadOnlySpan<char> text, string name, int index, string expected) where T : System.Numerics.INumberBase<T>
    {
        var floating = typeof(T) == typeof(float) || typeof(T) == typeof(double);
        if (floating && IsMissing(text)) return T.CreateSaturating(double.NaN);
        var styles = floating ? NumberStyles.Float : NumberStyles.Integer;
        if (!T.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) || !T.IsFinite(value))
            throw new CsvDataException(_source, _line, name, text.IsEmpty
                ? $"value {index} is missing; expected {expected}"
                : $"value {index} ('{text.ToString()}') is not {(expected == "a number" ? "a finite number" : expected)}");
        return value;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
