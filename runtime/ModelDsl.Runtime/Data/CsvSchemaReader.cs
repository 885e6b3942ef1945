using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;

namespace ModelDsl.Runtime.Data;

/// <summary>Parses one cell into an enum value without reflection (generated per enum).</summary>
public delegate bool SpanParser<T>(ReadOnlySpan<char> text, out T value);

/// <summary>
/// Reads CSV rows for generated schema types: binds columns by header name and converts cells with
/// errors that name the line and the column. Sep does the CSV parsing (fast, allocation-free per cell).
/// </summary>
public sealed class CsvSchemaReader : IDisposable
{
    private readonly SepReader _reader;
    private readonly string _source;
    private readonly bool _missingAsNaN;
    private readonly string[] _names; // header names, trimmed and without a byte-order mark, as data cells are trimmed
    private readonly Dictionary<string, int> _columns;
    private int _line = 1;
    private int _nextLine = 2; // where the next row starts: a failure inside Sep names this line
    private bool _blank; // the current row is a blank line of a one-column file: its cell is empty
    private int _pendingBlanks, _blankLine, _pendingLine; // blank rows still to give (from _blankLine on), then Sep's current row

    /// <summary>The most characters of a cell or row an error message quotes.</summary>
    private const int QuoteLimit = 80;

    private CsvSchemaReader(SepReader reader, string source, bool missingAsNaN)
    {
        _reader = reader;
        _source = source;
        _missingAsNaN = missingAsNaN;
        _names = new string[reader.Header.ColNames.Count];
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            var name = reader.Header.ColNames[i].AsSpan();
            if (i == 0 && name.StartsWith('\uFEFF')) name = name[1..]; // a BOM a TextReader kept
            _names[i] = name.Trim().ToString();
            if (!_columns.TryAdd(_names[i], i))
                throw new CsvDataException(source, 1, _names[i], $"the header names the column '{Excerpt(_names[i])}' twice (columns {_columns[_names[i]] + 1} and {i + 1})");
        }
    }

    /// <summary>
    /// Opens CSV text with a header row; <paramref name="sourceName"/> appears in error messages. With
    /// <paramref name="missingAsNaN"/>, an empty, <c>NA</c> or <c>NaN</c> cell of a float or double column
    /// reads as NaN (a missing value a model may impute); otherwise it is an error naming line and column.
    /// </summary>
    public static CsvSchemaReader Open(TextReader text, string? sourceName = null, bool missingAsNaN = false)
    {
        var name = sourceName ?? "CSV data";
        try
        {
            // The column count is checked here, not by Sep: its message quotes the whole row, which after an
            // unterminated quote is the rest of the file; and trailing blank lines are allowed.
            var reader = Sep.Reader(o => o with
            {
                HasHeader = true, Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture,
            }).From(text);
            return new CsvSchemaReader(reader, name, missingAsNaN);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new CsvDataException(name, 1, null, "cannot read the header row: " + Excerpt(e.Message, 2 * QuoteLimit));
        }
    }

    /// <summary>At most <paramref name="limit"/> characters of <paramref name="text"/>, on one line, with how much was left out.</summary>
    internal static string Excerpt(ReadOnlySpan<char> text, int limit = QuoteLimit)
    {
        var cut = text.Length > limit ? text[..limit] : text;
        var line = cut.ToString().ReplaceLineEndings("\\n");
        return text.Length > limit ? string.Create(CultureInfo.InvariantCulture, $"{line}… ({text.Length:N0} characters)") : line;
    }

    /// <summary>The index of the column named <paramref name="name"/>; a clear error if the header lacks it.</summary>
    public int RequireColumn(string name)
    {
        if (_columns.TryGetValue(name, out var index)) return index;
        if (_names.Length <= 1 && _names.All(string.IsNullOrEmpty))
            throw new CsvDataException(_source, 1, name, "the data is empty: there is no header row");
        throw new CsvDataException(_source, 1, name, $"the header has no column '{name}' (it has: {Excerpt(string.Join(", ", _names), 4 * QuoteLimit)})");
    }

    /// <summary>Moves to the next data row.</summary>
    public bool MoveNext()
    {
        if (_pendingBlanks > 0)
        {
            // One column: the blank lines between rows are rows with an empty cell, before the row read after them.
            _pendingBlanks--;
            _line = _blankLine++;
            _blank = true;
            return true;
        }
        _blank = false;
        if (_pendingLine > 0)
        {
            _line = _pendingLine;
            _pendingLine = 0;
            return CheckRow();
        }
        if (!Advance()) return false;
        if (!IsBlank()) return CheckRow();
        // Blank lines (or spaces) at the end of the file are not rows. Between rows one is an error when the header has
        // several columns, and a row with an empty cell when it has one.
        var first = _line;
        var count = 1;
        while (Advance())
        {
            if (IsBlank())
            {
                count++;
                continue;
            }
            if (_names.Length > 1)
                throw new CsvDataException(_source, first, null, $"the line is blank; blank lines are allowed only at the end of the file (the data goes on at line {_line})");
            (_pendingLine, _blankLine, _pendingBlanks) = (_line, first, count);
            return MoveNext();
        }
        return false;
    }

    private bool CheckRow()
    {
        var row = _reader.Current;
        if (row.Span.Count('"') % 2 != 0)
            throw new CsvDataException(_source, _line, row.ColCount <= _names.Length ? _names[row.ColCount - 1] : null,
                $"a quote opened on this line is never closed, so the cell runs to the end of the file ({Excerpt(row[row.ColCount - 1].Span)})");
        if (row.ColCount != _names.Length)
            throw new CsvDataException(_source, _line, null, $"the row has {row.ColCount} columns; the header has {_names.Length} ({Excerpt(row.Span)})");
        return true;
    }

    private bool IsBlank() => _reader.Current.Span.IsWhiteSpace();

    private bool Advance()
    {
        try
        {
            if (!_reader.MoveNext()) return false;
            _line = _reader.Current.LineNumberFrom;
            _nextLine = _reader.Current.LineNumberToExcl;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            // NotSupportedException: Sep's 16 MB limit on a row, reached in practice only by an unterminated quote.
            var problem = e is NotSupportedException
                ? "the row is longer than 16 MB; a quote opened on or after this line is probably never closed"
                : Excerpt(e.Message, 2 * QuoteLimit);
            throw new CsvDataException(_source, _nextLine, null, problem);
        }
    }

    private ReadOnlySpan<char> Cell(int column, string name)
    {
        if (_blank) return default;
        var row = _reader.Current;
        if (column >= row.ColCount) throw new CsvDataException(_source, _line, name, $"the row has {row.ColCount} columns, fewer than the header");
        return row[column].Span.Trim();
    }

    private CsvDataException Bad(string name, ReadOnlySpan<char> cell, string expected) =>
        new(_source, _line, name, cell.IsEmpty ? $"the value is missing; expected {expected}" : $"'{Excerpt(cell)}' is not {expected}");

    /// <summary>An integer cell.</summary>
    public int GetInt32(int column, string name)
    {
        var cell = Cell(column, name);
        return int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Bad(name, cell, "an integer (int)");
    }

    /// <summary>A long integer cell.</summary>
    public long GetInt64(int column, string name)
    {
        var cell = Cell(column, name);
        return long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Bad(name, cell, "an integer (long)");
    }

    private bool IsMissing(ReadOnlySpan<char> cell) =>
        _missingAsNaN && (cell.IsEmpty || cell.Equals("NA", StringComparison.OrdinalIgnoreCase) || cell.Equals("NaN", StringComparison.OrdinalIgnoreCase));

    /// <summary>A number cell; infinities are rejected, and NaN unless missing values are allowed.</summary>
    public double GetDouble(int column, string name)
    {
        var cell = Cell(column, name);
        if (IsMissing(cell)) return double.NaN;
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) throw Bad(name, cell, "a number");
        if (!double.IsFinite(value)) throw Bad(name, cell, "a finite number");
        return value;
    }

    /// <summary>A single-precision number cell; infinities are rejected, and NaN unless missing values are allowed.</summary>
    public float GetSingle(int column, string name)
    {
        var cell = Cell(column, name);
        if (IsMissing(cell)) return float.NaN;
        if (!float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) throw Bad(name, cell, "a number");
        if (!float.IsFinite(value)) throw Bad(name, cell, "a finite number");
        return value;
    }

    /// <summary>A true/false cell (also 1/0, yes/no).</summary>
    public bool GetBoolean(int column, string name)
    {
        var cell = Cell(column, name);
        if (cell.Equals("true", StringComparison.OrdinalIgnoreCase) || cell.SequenceEqual("1") || cell.Equals("yes", StringComparison.OrdinalIgnoreCase)) return true;
        if (cell.Equals("false", StringComparison.OrdinalIgnoreCase) || cell.SequenceEqual("0") || cell.Equals("no", StringComparison.OrdinalIgnoreCase)) return false;
        throw Bad(name, cell, "true or false");
    }

    /// <summary>A text cell, as is.</summary>
    public string GetString(int column, string name)
    {
        if (_blank) return "";
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
        foreach (var range in cell.Split(';'))
        {
            var item = cell[range].Trim();
            if (item.IsEmpty)
            {
                if (cell.IsEmpty) break;
                throw new CsvDataException(_source, _line, name, $"'{Excerpt(cell)}' has an empty member; write the members separated by ';' (an empty cell is the empty set)");
            }
            if (!parse(item, out var value))
                throw new CsvDataException(_source, _line, name, $"'{Excerpt(item)}' is not one of {string.Join(", ", allowed)}");
            if (set.Contains(value))
                throw new CsvDataException(_source, _line, name, $"'{Excerpt(item)}' appears twice in '{Excerpt(cell)}'");
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
                : $"value {index} ('{Excerpt(text)}') is not {(expected == "a number" ? "a finite number" : expected)}");
        return value;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
