using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Plots.Rendering;

namespace ModelDsl.Plots;

/// <summary>What a box in a diagram stands for; it chooses the box's colours.</summary>
public enum DiagramBoxKind
{
    /// <summary>The input of a network.</summary>
    Input,

    /// <summary>A layer with learnable parameters (dense, conv, norm, embedding).</summary>
    Layer,

    /// <summary>A layer without parameters (activation, pooling, dropout, flatten).</summary>
    Operation,

    /// <summary>The start or end (the addition) of a residual block.</summary>
    Residual,

    /// <summary>A test: a rule's condition or a tree node's split.</summary>
    Decision,

    /// <summary>A result: a rule's outcome or a tree's leaf.</summary>
    Outcome,

    /// <summary>A fact or a <c>let</c> value computed before the rules.</summary>
    Fact,

    /// <summary>A part left out of the picture ("…").</summary>
    Elided,
}

/// <summary>A point in diagram pixels (x to the right, y down).</summary>
/// <param name="X">Pixels from the left edge.</param>
/// <param name="Y">Pixels from the top edge.</param>
public readonly record struct DiagramPoint(double X, double Y);

/// <summary>A box with lines of text, in pixels from the picture's top-left corner.</summary>
/// <param name="Kind">What it stands for.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Lines">The text, one entry per line; the first line is drawn bold.</param>
public sealed record DiagramBox(DiagramBoxKind Kind, double X, double Y, double Width, double Height, IReadOnlyList<string> Lines)
{
    /// <summary>The middle of the top edge (where arrows arrive from above).</summary>
    public DiagramPoint Top => new(X + Width / 2, Y);

    /// <summary>The middle of the bottom edge.</summary>
    public DiagramPoint Bottom => new(X + Width / 2, Y + Height);

    /// <summary>The middle of the left edge.</summary>
    public DiagramPoint Left => new(X, Y + Height / 2);

    /// <summary>The middle of the right edge.</summary>
    public DiagramPoint Right => new(X + Width, Y + Height / 2);
}

/// <summary>An arrow along a polyline, its head at the last point, with an optional label near its first segment.</summary>
/// <param name="Points">At least two points.</param>
/// <param name="Label">E.g. "yes", "no", "≤"; null for none.</param>
public sealed record DiagramArrow(IReadOnlyList<DiagramPoint> Points, string? Label = null);

/// <summary>
/// A laid-out diagram: boxes and arrows at pixel positions, and the picture's size. The builders
/// (<see cref="ArchitectureDiagram"/>, <see cref="FlowDiagram"/>, <see cref="TreeDiagram"/>) do the layout, so what a
/// picture shows can be checked without decoding it; <see cref="SavePng"/> draws it.
/// </summary>
public sealed class Diagram
{
    /// <summary>Creates a diagram; its size is the boxes' extent plus a margin.</summary>
    public Diagram(string title, IReadOnlyList<DiagramBox> boxes, IReadOnlyList<DiagramArrow> arrows, string? warning = null)
    {
        Title = title;
        Warning = warning;
        Boxes = boxes;
        Arrows = arrows;
        var right = boxes.Count == 0 ? 0 : boxes.Max(b => b.X + b.Width);
        var bottom = boxes.Count == 0 ? 0 : boxes.Max(b => b.Y + b.Height);
        var arrowRight = arrows.SelectMany(a => a.Points).Select(p => p.X).DefaultIfEmpty(0).Max();
        var titleWidth = TextMetrics.Width(title, DiagramRenderer.TitleSize) + 2 * Margin;
        Width = (int)Math.Ceiling(Math.Max(titleWidth, Math.Max(right, arrowRight) + Margin));
        Height = (int)Math.Ceiling(bottom + Margin);
    }

    /// <summary>Space around the drawing, in pixels.</summary>
    public const double Margin = 24;

    /// <summary>Where the first row of boxes starts (below the title).</summary>
    public const double Top = 56;

    /// <summary>The title drawn at the top.</summary>
    public string Title { get; }

    /// <summary>What the picture leaves out that was asked for (e.g. tree levels cut to keep it readable); null if nothing.</summary>
    public string? Warning { get; }

    /// <summary>The boxes.</summary>
    public IReadOnlyList<DiagramBox> Boxes { get; }

    /// <summary>The arrows.</summary>
    public IReadOnlyList<DiagramArrow> Arrows { get; }

    /// <summary>The picture's width in pixels.</summary>
    public int Width { get; }

    /// <summary>The picture's height in pixels.</summary>
    public int Height { get; }

    /// <summary>Draws the diagram as a PNG file of <see cref="Width"/> × <see cref="Height"/> pixels.</summary>
    public void SavePng(string path) => PictureFile.Write(path, DiagramRenderer.Render(this));

    /// <summary>Draws the diagram in the format of the file's extension (<see cref="Pictures.FormatOf"/>).</summary>
    /// <exception cref="ArgumentException">The extension is not .png, .svg, .jpg or .jpeg.</exception>
    public void Save(string path) => PictureFile.Write(path, DiagramRenderer.Render(this, Pictures.FormatOf(path)));

    /// <summary>Draws the diagram as PNG bytes.</summary>
    public byte[] ToPng() => DiagramRenderer.Render(this);
}
