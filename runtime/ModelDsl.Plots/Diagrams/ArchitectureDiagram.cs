using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Plots.Rendering;

namespace ModelDsl.Plots;

/// <summary>
/// Lays out a network: one box per step from the input down (kind and settings, output shape, parameters), arrows
/// between them, and for each residual block a skip arrow on the right from where the input is kept to where it is added.
/// </summary>
public static class ArchitectureDiagram
{
    private const double Gap = 22;         // vertical space between boxes (the arrows)
    private const double SkipOffset = 22;  // how far right of the boxes the innermost skip arrow runs
    private const double SkipStep = 16;    // and each enclosing block's further out

    /// <summary>The diagram of <paramref name="network"/>.</summary>
    /// <exception cref="ArgumentException">The residual starts and ends do not pair up.</exception>
    public static Diagram Build(NetworkDescription network)
    {
        var contents = new List<(DiagramBoxKind Kind, string[] Lines)>
        {
            (DiagramBoxKind.Input, new[] { "input", "out " + Shape(network.InputShape) }),
        };
        foreach (var layer in network.Layers) contents.Add(Content(layer));

        var width = contents.Max(c => TextMetrics.Box(c.Lines).Width);
        var boxes = new List<DiagramBox>();
        var y = Diagram.Top;
        foreach (var (kind, lines) in contents)
        {
            var height = TextMetrics.Box(lines).Height;
            boxes.Add(new DiagramBox(kind, Diagram.Margin, y, width, height, lines));
            y += height + Gap;
        }

        var arrows = new List<DiagramArrow>();
        for (var i = 1; i < boxes.Count; i++) arrows.Add(new DiagramArrow(new[] { boxes[i - 1].Bottom, boxes[i].Top }));
        arrows.AddRange(SkipArrows(network.Layers, boxes));

        var total = network.Layers.Sum(l => l.Parameters);
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{network.Name}: {network.Layers.Count(l => l.Role == NetworkLayerRole.Layer)} layers, {total:N0} parameters");
        return new Diagram(title, boxes, arrows);
    }

    private static (DiagramBoxKind, string[]) Content(NetworkLayer layer)
    {
        var shape = "out " + Shape(layer.OutputShape);
        switch (layer.Role)
        {
            case NetworkLayerRole.ResidualStart:
                return (DiagramBoxKind.Residual, new[] { $"{layer.Name}: residual block", "keep the input " + Shape(layer.OutputShape) });
            case NetworkLayerRole.ResidualEnd:
                return (DiagramBoxKind.Residual, new[] { $"{layer.Name}: add the kept input", shape });
            default:
                var lines = new List<string> { layer.Detail, shape };
                if (layer.Parameters > 0) lines.Add(string.Create(CultureInfo.InvariantCulture, $"{layer.Parameters:N0} parameters"));
                return (layer.Parameters > 0 ? DiagramBoxKind.Layer : DiagramBoxKind.Operation, lines.ToArray());
        }
    }

    /// <summary>One arrow per residual block, from its start box's right edge to its end box's; a block with blocks
    /// inside runs further right, so nested skips do not overlap.</summary>
    private static IEnumerable<DiagramArrow> SkipArrows(IReadOnlyList<NetworkLayer> layers, IReadOnlyList<DiagramBox> boxes)
    {
        var open = new Stack<(int Box, int Inner)>();
        var arrows = new List<DiagramArrow>();
        for (var i = 0; i < layers.Count; i++)
        {
            var box = i + 1; // box 0 is the input
            if (layers[i].Role == NetworkLayerRole.ResidualStart) open.Push((box, 0));
            else if (layers[i].Role == NetworkLayerRole.ResidualEnd)
            {
                if (open.Count == 0) throw new ArgumentException($"'{layers[i].Name}' ends a residual block that was not started.", nameof(layers));
                var (start, inner) = open.Pop();
                var x = boxes[start].X + boxes[start].Width + SkipOffset + SkipStep * inner;
                arrows.Add(new DiagramArrow(new[]
                {
                    boxes[start].Right, new DiagramPoint(x, boxes[start].Right.Y), new DiagramPoint(x, boxes[box].Right.Y), boxes[box].Right,
                }, "skip"));
                if (open.Count > 0)
                {
                    var (outer, outerInner) = open.Pop();
                    open.Push((outer, Math.Max(outerInner, inner + 1)));
                }
            }
        }
        if (open.Count > 0) throw new ArgumentException("A residual block is started but not ended.", nameof(layers));
        return arrows;
    }

    internal static string Shape(IEnumerable<long> shape) =>
        "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
}
