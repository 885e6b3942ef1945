using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelDsl.Plots.Rendering;

/// <summary>
/// Text sizes for layout. Box text is drawn in a monospace font, so a line's width is its length times a fixed
/// advance: layouts are the same on every machine (whatever fonts it has) and can be checked in tests.
/// </summary>
internal static class TextMetrics
{
    /// <summary>Advance of one monospace character, as a fraction of the font size (DejaVu Sans Mono: 0.602).</summary>
    public const double Advance = 0.61;

    public const double BoxFontSize = 13;
    public const double LineHeight = 17;
    public const double PaddingX = 10;
    public const double PaddingY = 8;

    public static double Width(string text, double fontSize) => text.Length * fontSize * Advance;

    /// <summary>The size of a box holding <paramref name="lines"/>, at least <paramref name="minWidth"/> wide.</summary>
    public static (double Width, double Height) Box(IReadOnlyList<string> lines, double minWidth = 0) =>
        (Math.Max(minWidth, lines.Select(l => Width(l, BoxFontSize)).DefaultIfEmpty(0).Max() + 2 * PaddingX),
         lines.Count * LineHeight + 2 * PaddingY);

    /// <summary>Cuts a long line to <paramref name="max"/> characters with "…", so one long condition cannot make a huge picture.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Breaks a long text at spaces into lines of at most <paramref name="max"/> characters (a word longer than that is clipped).</summary>
    public static IEnumerable<string> Wrap(string text, int max)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > max)
            {
                yield return line;
                line = "";
            }
            line = line.Length == 0 ? Clip(word, max) : line + " " + word;
        }
        if (line.Length > 0) yield return line;
    }
}
