using System;
using System.Linq;
using ModelDsl.Plots;
using ModelDsl.Runtime.Learning;
using Xunit;

namespace ModelDsl.Runtime.Tests.Plots;

/// <summary>The diagrams' layouts (which boxes, which arrows) and that they draw as pictures of the laid-out size.</summary>
public sealed class DiagramTests
{
    [Fact]
    public void An_architecture_has_a_box_per_step_and_a_skip_arrow_per_residual_block_nested_ones_inside()
    {
        var network = new NetworkDescription("Net", new long[] { 8 }, new NetworkLayer[]
        {
            new("dense1", "dense", "dense(16)", new long[] { 16 }, 8 * 16 + 16),
            new("relu1", "relu", "relu", new long[] { 16 }),
            new("residual1", "residual", "keep", new long[] { 16 }, Role: NetworkLayerRole.ResidualStart),
            new("dense2", "dense", "dense(16)", new long[] { 16 }, 16 * 16 + 16),
            new("residual2", "residual", "keep", new long[] { 16 }, Role: NetworkLayerRole.ResidualStart),
            new("dense3", "dense", "dense(16)", new long[] { 16 }, 16 * 16 + 16),
            new("residual2", "residual", "add", new long[] { 16 }, Role: NetworkLayerRole.ResidualEnd),
            new("residual1", "residual", "add", new long[] { 16 }, Role: NetworkLayerRole.ResidualEnd),
            new("dense4", "dense", "dense(3)", new long[] { 3 }, 16 * 3 + 3),
        });
        var diagram = network.Draw();

        Assert.Equal(10, diagram.Boxes.Count); // the input and nine steps
        Assert.Equal(new[] { "input", "out [8]" }, diagram.Boxes[0].Lines);
        Assert.Equal(new[] { "dense(16)", "out [16]", "144 parameters" }, diagram.Boxes[1].Lines);
        Assert.Equal(DiagramBoxKind.Operation, diagram.Boxes[2].Kind);
        Assert.Equal(4, diagram.Boxes.Count(b => b.Kind == DiagramBoxKind.Residual));
        Assert.Equal("Net: 5 layers, 739 parameters", diagram.Title); // four dense and a relu; residual steps are not layers
        // The boxes go down the page in order.
        Assert.True(diagram.Boxes.Zip(diagram.Boxes.Skip(1)).All(p => p.First.Y + p.First.Height < p.Second.Y));

        var skips = diagram.Arrows.Where(a => a.Label == "skip").ToList();
        Assert.Equal(2, skips.Count);
        var right = diagram.Boxes.Max(b => b.X + b.Width);
        var inner = skips.Single(a => a.Points[0].Y == diagram.Boxes[5].Right.Y);
        var outer = skips.Single(a => a.Points[0].Y == diagram.Boxes[3].Right.Y);
        Assert.True(inner.Points[1].X > right);
        Assert.True(outer.Points[1].X > inner.Points[1].X, "the enclosing block's skip runs outside the inner one's");
        Assert.Equal(diagram.Boxes[7].Right, inner.Points[^1]);
        Assert.Equal(diagram.Boxes[8].Right, outer.Points[^1]);
        Assert.True(diagram.Width >= outer.Points[1].X);

        Png.AssertPicture(diagram.ToPng(), diagram.Width, diagram.Height);
    }

    [Fact]
    public void An_unbalanced_residual_block_is_refused()
    {
        var network = new NetworkDescription("Net", new long[] { 4 }, new NetworkLayer[]
        {
            new("residual1", "residual", "keep", new long[] { 4 }, Role: NetworkLayerRole.ResidualStart),
            new("dense1", "dense", "dense(4)", new long[] { 4 }, 20),
        });
        Assert.Throws<ArgumentException>(() => network.Draw());
    }

    [Fact]
    public void A_merge_gets_an_arrow_from_the_step_that_keeps_its_tensor_outside_the_skips_it_encloses()
    {
        var network = new NetworkDescription("Net", new long[] { 1, 4, 4 }, new NetworkLayer[]
        {
            new("image", "keep", "as image", new long[] { 1, 4, 4 }, Role: NetworkLayerRole.Keep),
            new("conv2d1", "conv2d", "conv2d(4, kernel 1)", new long[] { 4, 4, 4 }, 8),
            new("features", "keep", "as features", new long[] { 4, 4, 4 }, Role: NetworkLayerRole.Keep),
            new("relu1", "relu", "relu", new long[] { 4, 4, 4 }),
            new("add1", "add", "add(features)", new long[] { 4, 4, 4 }, Role: NetworkLayerRole.Merge, Reads: "features"),
            new("concat1", "concat", "concat(image)", new long[] { 5, 4, 4 }, Role: NetworkLayerRole.Merge, Reads: "image"),
        });
        var diagram = network.Draw();
        Assert.Equal("Net: 2 layers, 8 parameters", diagram.Title);
        var add = diagram.Arrows.Single(a => a.Label == "add");
        var concat = diagram.Arrows.Single(a => a.Label == "concat");
        Assert.Equal(diagram.Boxes[3].Right, add.Points[0]);
        Assert.Equal(diagram.Boxes[5].Right, add.Points[^1]);
        Assert.Equal(diagram.Boxes[1].Right, concat.Points[0]);
        Assert.Equal(diagram.Boxes[6].Right, concat.Points[^1]);
        Assert.True(concat.Points[1].X > add.Points[1].X, "the longer arrow runs outside the one it encloses");

        var unknown = network with { Layers = network.Layers.Take(4).Append(new("add1", "add", "add(skip)", new long[] { 4, 4, 4 }, Role: NetworkLayerRole.Merge, Reads: "skip")).ToList() };
        Assert.Contains("reads 'skip'", Assert.Throws<ArgumentException>(() => unknown.Draw()).Message);
    }

    private static RuleSetDescription Loans(string policy, bool otherwise = true) => new(
        "Loans", policy,
        new FactDescription[]
        {
            new("debt_ratio", false, "debt / income", Array.Empty<RuleDescription>()),
            new("risk", true, "low", new RuleDescription[]
            {
                new("severe_risk", "late_payments >= 4", "set risk = severe", "repeated late payments", Array.Empty<string>()),
                new("high_risk", "debt_ratio > 0.5", "set risk = high", null, new[] { "debt_ratio" }),
            }),
        },
        new RuleDescription[]
        {
            new("minor", "age < 18", "reject", "applicants must be adults", Array.Empty<string>()),
            new("severe", "risk == severe", "reject", "severe credit risk", new[] { "risk" }),
            new("prime", "credit_score >= 740 and risk == low and age >= 21 and income > 100000 and years_employed > 3", "approve", null, new[] { "risk" }),
        },
        otherwise ? "review" : null, otherwise ? "no rule decided" : null);

    [Fact]
    public void A_flow_has_the_facts_first_then_each_rule_with_yes_to_its_outcome_and_no_to_the_next()
    {
        var diagram = Loans("first").Draw();

        var left = diagram.Boxes.Where(b => b.X == Diagram.Margin).ToList();
        Assert.Equal(new[] { "let debt_ratio", "fact risk", "rule severe_risk", "rule high_risk", "rule minor", "rule severe", "rule prime", "otherwise review" },
            left.Select(b => b.Lines[0]));
        Assert.Equal(5, diagram.Boxes.Count(b => b.Kind == DiagramBoxKind.Decision));
        Assert.Equal(4, diagram.Boxes.Count(b => b.Kind == DiagramBoxKind.Outcome)); // three outcomes and otherwise
        Assert.Equal(new[] { "set risk = severe", "set risk = high" },
            diagram.Boxes.Where(b => b.Kind == DiagramBoxKind.Fact && b.X > Diagram.Margin).Select(b => b.Lines[0]));

        // Chained facts show: the rules reading 'risk' say so.
        Assert.Contains("reads risk", left.Single(b => b.Lines[0] == "rule severe").Lines);
        Assert.Contains("reads debt_ratio", left.Single(b => b.Lines[0] == "rule high_risk").Lines);
        // A long condition is wrapped, not one huge line.
        Assert.True(left.Single(b => b.Lines[0] == "rule prime").Lines.Count >= 3);
        Assert.Contains("\"applicants must be adults\"", diagram.Boxes.Single(b => b.Lines[0] == "reject" && b.Lines.Count > 1 && b.Lines[1].Contains("adults", StringComparison.Ordinal)).Lines);

        Assert.Equal(5, diagram.Arrows.Count(a => a.Label == "yes"));
        Assert.Equal(5, diagram.Arrows.Count(a => a.Label == "no")); // out of every rule down to the next row
        var yes = diagram.Arrows.First(a => a.Label == "yes");
        Assert.Equal(yes.Points[0].Y, yes.Points[1].Y); // straight across to the outcome

        Png.AssertPicture(diagram.ToPng(), diagram.Width, diagram.Height);
    }

    [Fact]
    public void A_collecting_flow_goes_on_after_every_rule_and_ends_with_what_was_collected()
    {
        var diagram = Loans("collect", otherwise: false).Draw();
        Assert.Equal(3, diagram.Arrows.Count(a => a.Label == "next"));
        Assert.Equal("end", diagram.Boxes[^1].Lines[0]);
        Assert.Equal(DiagramBoxKind.Elided, diagram.Boxes[^1].Kind);
    }

    private static (TreeEnsemble Trees, string[] Features) Tree(int depth)
    {
        // Labels from thresholds on two features: a tree needs several levels to separate them.
        var rows = 200;
        var x = new double[rows * 2];
        var y = new int[rows];
        var random = new Random(3);
        for (var i = 0; i < rows; i++)
        {
            x[2 * i] = random.NextDouble();
            x[2 * i + 1] = random.NextDouble();
            y[i] = (x[2 * i] > 0.5 ? 1 : 0) + (x[2 * i + 1] > 0.3 ? 1 : 0);
        }
        var model = DecisionTreeTrainer.FitClassifier(new FeatureMatrix(x, rows, 2), y, 3, new DecisionTreeOptions { MaxDepth = depth });
        return (model.Trees, new[] { "width", "height" });
    }

    [Fact]
    public void A_tree_shows_tests_and_leaves_and_cuts_levels_below_the_depth_limit()
    {
        var (trees, features) = Tree(depth: 0);
        var classes = new[] { "small", "medium", "large" };
        var full = TreeDiagram.Build(trees, 0, features, classes, maxDepth: 20, name: "Sizes");
        Assert.Equal(trees.NodeCount, full.Boxes.Count);
        Assert.DoesNotContain(full.Boxes, b => b.Kind == DiagramBoxKind.Elided);
        var root = full.Boxes[0];
        Assert.Matches(@"^(width|height) ≤ 0\.\d+$", root.Lines[0]);
        Assert.StartsWith("mostly ", root.Lines[1]);
        Assert.All(full.Boxes.Where(b => b.Kind == DiagramBoxKind.Outcome), b => Assert.Contains(b.Lines[0], classes));
        Assert.Equal(2 * full.Boxes.Count(b => b.Kind == DiagramBoxKind.Decision), full.Arrows.Count);
        Assert.Equal(full.Arrows.Count / 2, full.Arrows.Count(a => a.Label == "yes"));
        // Children sit below their parent, the "yes" (≤) child on the left.
        var first = full.Arrows.Where(a => a.Points[0] == root.Bottom).ToList();
        Assert.True(first.Single(a => a.Label == "yes").Points[1].X < first.Single(a => a.Label == "no").Points[1].X);

        var cut = TreeDiagram.Build(trees, 0, features, classes, maxDepth: 1, name: "Sizes");
        Assert.Equal(3, cut.Boxes.Count);
        Assert.Contains(cut.Boxes, b => b.Kind == DiagramBoxKind.Elided && b.Lines[0] == "…" && b.Lines[1].EndsWith(" more nodes", StringComparison.Ordinal));
        Assert.Contains("(drawn to depth 1)", cut.Title);
        Assert.True(cut.Width < full.Width);

        Png.AssertPicture(full.ToPng(), full.Width, full.Height);
    }

    [Fact]
    public void A_regression_tree_shows_means_at_splits_and_values_at_leaves()
    {
        var x = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var y = x.Select(v => v < 20 ? 1.5 : 7.25).ToArray();
        var model = DecisionTreeTrainer.FitRegressor(new FeatureMatrix(x, 40, 1), y, new DecisionTreeOptions { MaxDepth = 1, Criterion = SplitCriterion.SquaredError });
        var diagram = TreeDiagram.Build(model.Trees, 0, new[] { "dose" }, null, name: "Effect");
        Assert.Equal(new[] { "dose ≤ 19.5", "mean 4.375" }, diagram.Boxes[0].Lines);
        Assert.Equal(new[] { "1.5", "leaf" }, diagram.Boxes[1].Lines);
        Assert.Equal(new[] { "7.25", "leaf" }, diagram.Boxes[2].Lines);
        Assert.Equal("Effect: decision tree, 3 nodes, depth 1", diagram.Title);
    }

    [Fact]
    public void A_tree_drawing_checks_its_arguments()
    {
        var (trees, features) = Tree(depth: 2);
        var tooFar = Assert.Throws<ArgumentOutOfRangeException>(() => TreeDiagram.Build(trees, 1, features, new[] { "a", "b", "c" }));
        Assert.Contains("There is 1 tree", tooFar.Message);
        Assert.Throws<ArgumentException>(() => TreeDiagram.Build(trees, 0, features, new[] { "a", "b" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TreeDiagram.Build(trees, 0, features, null, maxDepth: 0));
    }
}
