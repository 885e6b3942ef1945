namespace ModelDsl.Generator.Syntax;

/// <summary>
/// Where lines end, as Roslyn's <c>SourceText.Lines</c> says: at CR, LF, CRLF (one break), U+0085, U+2028 and
/// U+2029. Comments, strings, error recovery and every reported line and column follow this one definition, so a
/// file saved with CR or U+2028 line endings parses as the same file with LF, and its diagnostics land where the IDE
/// shows them.
/// </summary>
internal static class LineBreaks
{
    /// <summary>The line-break characters, for <see cref="string.IndexOfAny(char[], int)"/> (vectorized for up to five).</summary>
    private static readonly char[] s_breaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// Whether the position after <c>text[i]</c> starts a new line: <c>text[i]</c> is a line break and not the CR of
    /// a CRLF (the position between CR and LF still belongs to the line, as in Roslyn).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool EndsLineAt(string text, int i)
    {
        // Called for every character a token advances over: printable ASCII leaves after one comparison.
        var c = text[i];
        if (c > '\r') return c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
        if (c == '\n') return true;
        return c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n');
    }

    /// <summary>The offset of the first line-break character at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(string text, int start) => start >= text.Length ? -1 : text.IndexOfAny(s_breaks, start);

    /// <summary>The offset where the line after the one holding <paramref name="position"/> starts, or -1 on the last line.</summary>
    public static int NextLineStart(string text, int position)
    {
        var i = IndexOf(text, position);
        if (i < 0) return -1;
        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }
}
