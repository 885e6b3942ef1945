using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ModelDsl.Generator.Infrastructure;

/// <summary>
/// A span in a .mlmodel file as plain numbers (0-based line and column), so it can live in cached
/// pipeline models; a Roslyn <see cref="Location"/> is built from it only when a diagnostic is reported.
/// </summary>
internal readonly record struct TextLocation(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static readonly TextLocation None = new(0, 0, 0, 0, 0, 0);

    public static TextLocation Between(TextLocation first, TextLocation last) =>
        new(first.Start, last.Start + last.Length - first.Start, first.Line, first.Column, last.EndLine, last.EndColumn);

    public Location ToLocation(string path) =>
        Location.Create(
            path,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));

    public override string ToString() => $"({Line + 1},{Column + 1})";
}
