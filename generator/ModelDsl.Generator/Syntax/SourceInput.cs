using System;
using System.Collections.Generic;
using Sprache;

namespace ModelDsl.Generator.Syntax;

/// <summary>
/// Sprache's own <c>Input</c> can only start at offset 0; the parser needs to restart after a syntax
/// error (error recovery), so it drives Sprache through this equivalent input that can start anywhere.
/// </summary>
internal sealed class SourceInput : IInput
{
    private readonly string _source;

    public SourceInput(string source, int position = 0, int line = 1, int column = 1)
    {
        _source = source;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>An input positioned at <paramref name="offset"/>, with line and column computed.</summary>
    public static SourceInput At(string source, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < source.Length; i++)
        {
            if (LineBreaks.EndsLineAt(source, i)) { line++; column = 1; }
            else column++;
        }
        return new SourceInput(source, Math.Min(offset, source.Length), line, column);
    }

    public string Source => _source;

    public char Current => _source[Position];

    public bool AtEnd => Position >= _source.Length;

    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    // Created on first use: Sprache's own Input allocates a dictionary per character advanced, which
    // dominated parse time; only Memoize() (not used by this grammar) ever touches it.
    private Dictionary<object, object>? _memos;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    /// <summary>The trivia skipped from here, once computed: every alternative tried at this position skips the same trivia.</summary>
    internal IResult<string>? Trivia { get; set; }

    /// <summary><paramref name="count"/> characters further on, in one step.</summary>
    public SourceInput AdvanceBy(int count)
    {
        int line = Line, column = Column;
        var end = Math.Min(Position + count, _source.Length);
        for (var i = Position; i < end; i++)
        {
            if (LineBreaks.EndsLineAt(_source, i)) { line++; column = 1; }
            else column++;
        }
        return new SourceInput(_source, end, line, column);
    }

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at the end of the source.");
        return LineBreaks.EndsLineAt(_source, Position)
            ? new SourceInput(_source, Position + 1, Line + 1, 1)
            : new SourceInput(_source, Position + 1, Line, Column + 1);
    }

    public bool Equals(IInput? other) => other is not null && ReferenceEquals(_source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => Position;
}
