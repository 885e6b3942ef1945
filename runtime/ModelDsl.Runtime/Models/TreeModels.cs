using System;
using System.Collections.Generic;
using System.Globalization;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Models;

/// <summary>One test of a decision path, with the feature's name.</summary>
/// <param name="Feature">The feature column's name (see <see cref="FeaturePipeline.OutputNames"/>).</param>
/// <param name="FeatureIndex">The column's index in the preprocessed feature vector.</param>
/// <param name="Threshold">The row goes left when its value is ≤ this (in preprocessed units: after imputation and scaling).</param>
/// <param name="Value">The row's preprocessed value of the feature.</param>
/// <param name="WentLeft">True when <paramref name="Value"/> ≤ <paramref name="Threshold"/>.</param>
public sealed record DecisionTest(string Feature, int FeatureIndex, double Threshold, double Value, bool WentLeft)
{
    /// <summary>E.g. <c>petal_width = 0.8 ≤ 1.75 → left</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Feature} = {Value:G6} {(WentLeft ? "≤" : ">")} {Threshold:G6} → {(WentLeft ? "left" : "right")}");
}

/// <summary>The tests one row passes through in one tree, and where it ends.</summary>
/// <param name="Tree">The tree (0 for a decision tree).</param>
/// <param name="Tests">The tests from the root down.</param>
/// <param name="Leaf">The leaf's node index in the tree arrays.</param>
/// <param name="LeafValue">The leaf's class probabilities (in class order), or its predicted number.</param>
public sealed record DecisionPath(int Tree, IReadOnlyList<DecisionTest> Tests, int Leaf, IReadOnlyList<double> LeafValue);

/// <summary>The importance of one preprocessed feature column.</summary>
/// <param name="Feature">The column's name.</param>
/// <param name="Importance">Its share of the impurity decrease (all columns sum to 1).</param>
public sealed record FeatureImportance(string Feature, double Importance);

/// <summary>What trained classifiers and regressors share for tree algorithms: options from the declaration,
/// model-file sections, names on paths and importances.</summary>
internal static class TreeModels
{
    public static DecisionTreeOptions TreeOptions(ModelSpec spec, bool classifier) => new()
    {
        Criterion = Text(spec, "criterion", classifier ? "gini" : "squared_error") switch
        {
            "gini" => SplitCriterion.Gini,
            "entropy" => SplitCriterion.Entropy,
            "squared_error" => SplitCriterion.SquaredError,
            var other => throw new NotSupportedException($"Split criterion '{other}' is not known to this runtime."),
        },
        MaxDepth = Int(spec, "max_depth", 0),
        MinSamplesSplit = Int(spec, "min_samples_split", 2),
        MinSamplesLeaf = Int(spec, "min_samples_leaf", 1),
        MaxFeatures = Text(spec, "max_features", spec.Algorithm == "random_forest" && classifier ? "sqrt" : "all") switch
        {
            "all" => MaxFeaturesMode.All,
            "sqrt" => MaxFeaturesMode.Sqrt,
            "log2" => MaxFeaturesMode.Log2,
            var other => throw new NotSupportedException($"max_features '{other}' is not known to this runtime."),
        },
        ClassWeight = classifier && Text(spec, "class_weight", "none") == "balanced" ? ClassWeightMode.Balanced : ClassWeightMode.None,
        Seed = Int(spec, "seed", spec.Seed),
    };

    public static RandomForestOptions ForestOptions(ModelSpec spec, bool classifier) => new()
    {
        Tree = TreeOptions(spec, classifier),
        Estimators = Int(spec, "n_estimators", 100),
        Bootstrap = Text(spec, "bootstrap", "true") == "true",
        OobScore = Text(spec, "oob_score", "false") == "true",
    };

    // The generator writes every parameter with its default; these fallbacks (scikit-learn's) serve hand-written specs.
    private static string Text(ModelSpec spec, string name, string fallback) => spec.Parameters.TryGetValue(name, out var v) ? v : fallback;

    private static int Int(ModelSpec spec, string name, int fallback) => spec.Parameters.ContainsKey(name) ? spec.Integer(name) : fallback;

    public static void Write(ModelFileSections sections, TreeEnsemble trees, double oobScore) =>
        sections.Add("trees.offsets", trees.TreeOffsets.ToArray())
            .Add("trees.features", trees.Features.ToArray())
            .Add("trees.thresholds", trees.Thresholds.ToArray())
            .Add("trees.left", trees.LeftChildren.ToArray())
            .Add("trees.right", trees.RightChildren.ToArray())
            .Add("trees.values", trees.Values.ToArray())
            .Add("trees.importances", trees.FeatureImportances.ToArray())
            .Add("trees.oob_score", new[] { oobScore });

    /// <summary>Reads what <see cref="Write"/> wrote; arrays that do not form trees throw <see cref="ArgumentException"/>.</summary>
    public static (TreeEnsemble Trees, double OobScore) Read(ModelFileContent content, int featureCount, int outputWidth) =>
        (TreeEnsemble.FromArrays(featureCount, outputWidth, content.Ints("trees.offsets"), content.Ints("trees.features"), content.Doubles("trees.thresholds"),
            content.Ints("trees.left"), content.Ints("trees.right"), content.Doubles("trees.values"), content.Doubles("trees.importances", featureCount)),
         content.Doubles("trees.oob_score", 1)[0]);

    public static DecisionPath Named(TreePath path, IReadOnlyList<string> names)
    {
        var tests = new DecisionTest[path.Tests.Count];
        for (int i = 0; i < tests.Length; i++)
        {
            var t = path.Tests[i];
            tests[i] = new DecisionTest(names[t.Feature], t.Feature, t.Threshold, t.Value, t.WentLeft);
        }
        return new DecisionPath(path.Tree, tests, path.Leaf, path.LeafValue);
    }

    public static IReadOnlyList<FeatureImportance> Importances(ReadOnlySpan<double> importances, IReadOnlyList<string> names)
    {
        var list = new FeatureImportance[importances.Length];
        for (int i = 0; i < list.Length; i++) list[i] = new FeatureImportance(names[i], importances[i]);
        return list;
    }

    public static NotSupportedException NotATree(string algorithm) =>
        new($"Only 'decision_tree' and 'random_forest' models have decision paths and importances; this model uses '{algorithm}'.");
}
