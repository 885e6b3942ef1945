using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Plots.Rendering;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Plots;

/// <summary>
/// Lays out one tree of a <see cref="TreeEnsemble"/> top-down: each split shows its test (<c>feature ≤ threshold</c>,
/// in preprocessed units) and what most of its rows are; each leaf its class and probability, or its value. Below
/// <c>maxDepth</c> a subtree is one "…" box with its node count, so a deep tree stays readable.
/// </summary>
public static class TreeDiagram
{
    private const int MaxChars = 30;
    private const double HorizontalGap = 16;
    private const double VerticalGap = 44;

    /// <summary>The widest tree picture drawn, in pixels; a deeper <c>maxDepth</c> is cut to fit, with a warning.</summary>
    public const int MaxWidth = 4000;

    /// <summary>The diagram of tree <paramref name="tree"/> of <paramref name="trees"/>.</summary>
    /// <param name="trees">The fitted trees (a decision tree is an ensemble of one).</param>
    /// <param name="tree">Which tree (0 for a decision tree).</param>
    /// <param name="featureNames">The name of each feature column (e.g. <c>FeaturePipeline.OutputNames</c>).</param>
    /// <param name="classNames">The classes of a classifier; null for a regressor.</param>
    /// <param name="maxDepth">Splits drawn below the root before subtrees are cut (at least 1).</param>
    /// <param name="name">The model's name, for the title.</param>
    public static Diagram Build(TreeEnsemble trees, int tree, IReadOnlyList<string> featureNames, IReadOnlyList<string>? classNames,
        int maxDepth = 4, string name = "tree")
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(featureNames);
        if ((uint)tree >= (uint)trees.TreeCount)
            throw new ArgumentOutOfRangeException(nameof(tree), tree, $"There {(trees.TreeCount == 1 ? "is 1 tree" : $"are {trees.TreeCount} trees")}: pick 0 to {trees.TreeCount - 1}.");
        if (maxDepth < 1) throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "Draw at least one level of splits.");
        if (featureNames.Count < trees.FeatureCount) throw new ArgumentException($"The trees test {trees.FeatureCount} features, but {featureNames.Count} names were given.", nameof(featureNames));
        if (classNames is not null && classNames.Count != trees.OutputWidth)
            throw new ArgumentException($"The trees have {trees.OutputWidth} classes, but {classNames.Count} names were given.", nameof(classNames));

        // First the tree of what is drawn (a node, a leaf or a cut subtree), then positions: terminals take the next
        // slot from the left, a split sits centred over its children.
        // A level more doubles the width a full tree needs: levels are cut until the picture fits MaxWidth.
        var drawnDepth = maxDepth;
        Drawn root;
        List<Drawn> all;
        double width, height;
        while (true)
        {
            root = Shape(trees, trees.TreeOffsets[tree], 0, drawnDepth, featureNames, classNames);
            all = Flatten(root).ToList();
            width = all.Max(n => TextMetrics.Box(n.Lines).Width);
            height = all.Max(n => TextMetrics.Box(n.Lines).Height);
            var terminals = all.Count(n => n.Children.Count == 0);
            if (terminals * (width + HorizontalGap) + 2 * Diagram.Margin <= MaxWidth || drawnDepth == 1) break;
            drawnDepth--;
        }
        var slot = 0;
        Place(root, ref slot, width);

        var boxes = new List<DiagramBox>();
        var arrows = new List<DiagramArrow>();
        var byNode = new Dictionary<Drawn, DiagramBox>();
        foreach (var node in all)
        {
            var box = new DiagramBox(node.Kind, Diagram.Margin + node.Center - width / 2, Diagram.Top + node.Depth * (height + VerticalGap), width, height, node.Lines);
            byNode[node] = box;
            boxes.Add(box);
        }
        foreach (var node in all.Where(n => n.Children.Count == 2))
        {
            arrows.Add(new DiagramArrow(new[] { byNode[node].Bottom, byNode[node.Children[0]].Top }, "yes"));
            arrows.Add(new DiagramArrow(new[] { byNode[node].Bottom, byNode[node.Children[1]].Top }, "no"));
        }

        var start = trees.TreeOffsets[tree];
        var nodes = trees.TreeOffsets[tree + 1] - start;
        var depth = Depth(trees, start);
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{name}: {(trees.TreeCount == 1 ? "decision tree" : $"tree {tree} of {trees.TreeCount}")}, {nodes} nodes, depth {depth}{(depth > drawnDepth ? $" (drawn to depth {drawnDepth})" : "")}");
        var warning = drawnDepth < maxDepth && depth > drawnDepth
            ? string.Create(CultureInfo.InvariantCulture,
                $"{name}'s tree {tree} is drawn to depth {drawnDepth}, not {maxDepth}: {Math.Min(depth, maxDepth)} levels would be wider than {MaxWidth:N0} pixels; deeper subtrees are '…' boxes.")
            : null;
        return new Diagram(title, boxes, arrows, warning);
    }

    private sealed class Drawn(DiagramBoxKind kind, string[] lines, int depth, List<Drawn> children)
    {
        public DiagramBoxKind Kind { get; } = kind;

        public string[] Lines { get; } = lines;

        public int Depth { get; } = depth;

        public List<Drawn> Children { get; } = children;

        public double Center { get; set; }
    }

    private static Drawn Shape(TreeEnsemble trees, int node, int depth, int maxDepth, IReadOnlyList<string> features, IReadOnlyList<string>? classes)
    {
        var feature = trees.Features[node];
        if (feature < 0) return new Drawn(DiagramBoxKind.Outcome, Leaf(trees, node, classes), depth, new List<Drawn>());
        if (depth == maxDepth)
            return new Drawn(DiagramBoxKind.Elided, new[] { "…", $"{Count(trees, node)} more nodes" }, depth, new List<Drawn>());
        var test = string.Create(CultureInfo.InvariantCulture, $"{features[feature]} ≤ {trees.Thresholds[node]:G4}");
        var lines = new[] { TextMetrics.Clip(test, MaxChars), Summary(trees, node, classes) };
        var children = new List<Drawn>
        {
            Shape(trees, trees.LeftChildren[node], depth + 1, maxDepth, features, classes),
            Shape(trees, trees.RightChildren[node], depth + 1, maxDepth, features, classes),
        };
        return new Drawn(DiagramBoxKind.Decision, lines, depth, children);
    }

    private static string[] Leaf(TreeEnsemble trees, int node, IReadOnlyList<string>? classes)
    {
        var values = trees.Values.Slice(node * trees.OutputWidth, trees.OutputWidth);
        if (classes is null) return new[] { string.Create(CultureInfo.InvariantCulture, $"{values[0]:G5}"), "leaf" };
        var best = Best(values);
        return new[] { TextMetrics.Clip(classes[best], MaxChars), string.Create(CultureInfo.InvariantCulture, $"p {values[best]:0.00}") };
    }

    /// <summary>What a split's rows mostly are: the majority class and its share, or the mean value.</summary>
    private static string Summary(TreeEnsemble trees, int node, IReadOnlyList<string>? classes)
    {
        var values = trees.Values.Slice(node * trees.OutputWidth, trees.OutputWidth);
        if (classes is null) return string.Create(CultureInfo.InvariantCulture, $"mean {values[0]:G5}");
        var best = Best(values);
        return TextMetrics.Clip(string.Create(CultureInfo.InvariantCulture, $"mostly {classes[best]} ({values[best]:0.00})"), MaxChars);
    }

    private static int Best(ReadOnlySpan<double> values)
    {
        var best = 0;
        for (var c = 1; c < values.Length; c++)
        {
            if (values[c] > values[best]) best = c;
        }
        return best;
    }

    private static int Count(TreeEnsemble trees, int node) =>
        trees.Features[node] < 0 ? 1 : 1 + Count(trees, trees.LeftChildren[node]) + Count(trees, trees.RightChildren[node]);

    private static int Depth(TreeEnsemble trees, int node) =>
        trees.Features[node] < 0 ? 0 : 1 + Math.Max(Depth(trees, trees.LeftChildren[node]), Depth(trees, trees.RightChildren[node]));

    private static IEnumerable<Drawn> Flatten(Drawn node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));

    private static void Place(Drawn node, ref int slot, double width)
    {
        if (node.Children.Count == 0)
        {
            node.Center = slot++ * (width + HorizontalGap) + width / 2;
            return;
        }
        foreach (var child in node.Children) Place(child, ref slot, width);
        node.Center = (node.Children[0].Center + node.Children[^1].Center) / 2;
    }
}
