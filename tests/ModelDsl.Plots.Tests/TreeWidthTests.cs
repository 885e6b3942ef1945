using System.Collections.Generic;
using System.Linq;
using ModelDsl.Plots;
using ModelDsl.Runtime.Learning;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>A deep tree is cut to a readable width, with a warning, rather than drawn tens of thousands of pixels wide.</summary>
public sealed class TreeWidthTests
{
    /// <summary>A full binary regression tree: every split has two children down to <paramref name="depth"/>.</summary>
    private static TreeEnsemble FullTree(int depth)
    {
        var features = new List<int>();
        var thresholds = new List<double>();
        var left = new List<int>();
        var right = new List<int>();
        var values = new List<double>();
        int Add(int level)
        {
            var node = features.Count;
            features.Add(level == depth ? -1 : level % 2);
            thresholds.Add(0.5);
            left.Add(-1);
            right.Add(-1);
            values.Add(node);
            if (level < depth)
            {
                left[node] = Add(level + 1); // depth-first: the left child right after its parent
                right[node] = Add(level + 1);
            }
            return node;
        }
        Add(0);
        return TreeEnsemble.FromArrays(2, 1, new[] { 0, features.Count }, features.ToArray(), thresholds.ToArray(), left.ToArray(), right.ToArray(),
            values.ToArray(), new[] { 0.5, 0.5 });
    }

    [Fact]
    public void A_deep_tree_is_cut_to_fit_the_widest_picture_with_a_warning()
    {
        var trees = FullTree(12);
        var diagram = TreeDiagram.Build(trees, 0, new[] { "a", "b" }, null, maxDepth: 12, name: "Deep");
        Assert.True(diagram.Width <= TreeDiagram.MaxWidth, $"{diagram.Width} pixels wide");
        Assert.Contains(diagram.Boxes, b => b.Kind == DiagramBoxKind.Elided);
        var drawn = diagram.Boxes.Select(b => b.Y).Distinct().Count() - 1;
        Assert.InRange(drawn, 1, 11);
        Assert.Contains($"(drawn to depth {drawn})", diagram.Title);
        Assert.Equal($"Deep's tree 0 is drawn to depth {drawn}, not 12: 12 levels would be wider than 4,000 pixels; deeper subtrees are '…' boxes.", diagram.Warning);

        // A tree that fits is drawn as asked, without a warning.
        var small = TreeDiagram.Build(FullTree(3), 0, new[] { "a", "b" }, null, maxDepth: 4, name: "Small");
        Assert.Null(small.Warning);
        Assert.Equal(15, small.Boxes.Count);
    }
}
