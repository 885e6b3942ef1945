using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Plots.Rendering;

namespace ModelDsl.Plots;

/// <summary>
/// Lays out a network: one box per step from the input down (kind and settings, output shape, parameters), arrows
/// between them, and for each residual block (and each merge of a kept tensor) a skip arrow on the right from where the
/// tensor is kept to where it is added or joined.
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
            case NetworkLayerRole.Keep:
                return (DiagramBoxKind.Residual, new[] { $"keep as {layer.Name}", Shape(layer.OutputShape) });
            case NetworkLayerRole.Merge:
                return (DiagramBoxKind.Residual, new[] { layer.Detail, shape });
            default:
                var lines = new List<string> { layer.Detail, shape };
                if (layer.Parameters > 0) lines.Add(string.Create(CultureInfo.InvariantCulture, $"{layer.Parameters:N0} parameters"));
                return (layer.Parameters > 0 ? DiagramBoxKind.Layer : DiagramBoxKind.Operation, lines.ToArray());
        }
    }

    /// <summary>One arrow per residual block, from its start box's right edge to its end box's, and one per merge, from the
    /// box that keeps the tensor it reads; an arrow with arrows inside runs further right, so nested skips do not overlap.</summary>
    private static IEnumerable<DiagramArrow> SkipArrows(IReadOnlyList<NetworkLayer> layers, IReadOnlyList<DiagramBox> boxes)
    {
        var open = new Stack<int>();
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        var spans = new List<(int Start, int End, string Label)>();
        for (var i = 0; i < layers.Count; i++)
        {
            var box = i + 1; // box 0 is the input
            var layer = layers[i];
            switch (layer.Role)
            {
                case NetworkLayerRole.ResidualStart:
                    open.Push(box);
                    break;
                case NetworkLayerRole.Keep:
                    kept[layer.Name] = box;
                    break;
                case NetworkLayerRole.ResidualEnd:
                    if (open.Count == 0) throw new ArgumentException($"'{layer.Name}' ends a residual block that was not started.", nameof(layers));
                    spans.Add((open.Pop(), box, "skip"));
                    break;
                case NetworkLayerRole.Merge:
                    if (layer.Reads is null || !kept.TryGetValue(layer.Reads, out var from))
                        throw new ArgumentException($"'{layer.Name}' reads '{layer.Reads}', which no earlier step keeps.", nameof(layers));
                    spans.Add((from, box, layer.Kind));
                    break;
            }
        }
        if (open.Count > 0) throw new ArgumentException("A residual block is started but not ended.", nameof(layers));

        // How far out each arrow runs: one step beyond the furthest arrow it encloses.
        var levels = new int[spans.Count];
        var order = Enumerable.Range(0, spans.Count).OrderBy(j => spans[j].End - spans[j].Start).ToList();
        foreach (var j in order)
        {
            foreach (var k in order)
            {
                if (k != j && spans[k].Start >= spans[j].Start && spans[k].End <= spans[j].End && spans[k].End - spans[k].Start < spans[j].End - spans[j].Start)
                    levels[j] = Math.Max(levels[j], levels[k] + 1);
            }
        }
        return spans.Select((span, j) =>
        {
            var x = boxes[span.Start].X + boxes[span.Start].Width + SkipOffset + SkipStep * levels[j];
            return new DiagramArrow(new[]
            {
                boxes[span.Start].Right, new DiagramPoint(x, boxes[span.Start].Right.Y), new DiagramPoint(x, boxes[span.End].Right.Y), boxes[span.End].Right,
            }, span.Label);
        }).ToList();
    }

    internal static string Shape(IEnumerable<long> shape) =>
        "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
}
