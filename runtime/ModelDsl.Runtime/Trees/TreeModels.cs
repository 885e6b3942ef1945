using System;
using System.Collections.Generic;
using System.Globalization;
using ModelDsl.Runtime.Learning;
using ModelDsl.Catalog;
using ModelDsl.Catalog.Algorithms;
using ModelDsl.Runtime.ModelFiles;
using TreeCatalog = ModelDsl.Catalog.Algorithms.Trees;

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
public sealed record DecisionPath(int Tree, IReadOnlyList<DecisionTest> Tests, int Leaf, IReadOnlyList<double> LeafValue)
{
    /// <summary>
    /// One test a line, from the root down, then the leaf, e.g.
    /// <code>
    /// tree 0:
    ///   petal_length = 4.7 > 2.45 → right
    ///   petal_width = 1.4 ≤ 1.75 → left
    ///   leaf 7: 0, 0.907407, 0.0925926
    /// </code>
    /// </summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"tree {Tree}:");
        foreach (var test in Tests) text.Append("\n  ").Append(test);
        text.Append(CultureInfo.InvariantCulture, $"\n  leaf {Leaf}: ");
        for (int i = 0; i < LeafValue.Count; i++)
            text.Append(i == 0 ? "" : ", ").Append(LeafValue[i].ToString("G6", CultureInfo.InvariantCulture));
        return text.ToString();
    }
}

/// <summary>The importance of one preprocessed feature column.</summary>
/// <param name="Feature">The column's name.</param>
/// <param name="Importance">Its share of the impurity decrease (all columns sum to 1).</param>
public sealed record FeatureImportance(string Feature, double Importance);

/// <summary>What trained classifiers and regressors share for tree algorithms: options from the declaration,
/// model-file sections, names on paths and importances.</summary>
internal static class TreeModels
{
    public static DecisionTreeOptions TreeOptions(ModelSpec spec, bool classifier, bool forest = false) => new()
    {
        Criterion = spec.ValueOrDefault(classifier ? TreeCatalog.ClassificationCriterion : TreeCatalog.RegressionCriterion) switch
        {
            "gini" => SplitCriterion.Gini,
            "entropy" => SplitCriterion.Entropy,
            "squared_error" => SplitCriterion.SquaredError,
            var other => throw new NotSupportedException($"Split criterion '{other}' is not known to this runtime."),
        },
        MaxDepth = Int(spec, TreeCatalog.MaxDepth),
        MinSamplesSplit = Int(spec, TreeCatalog.MinSamplesSplit),
        MinSamplesLeaf = Int(spec, TreeCatalog.MinSamplesLeaf),
        MaxFeatures = spec.ValueOrDefault(forest && classifier ? TreeCatalog.ForestClassifierMaxFeatures : TreeCatalog.MaxFeatures) switch
        {
            "all" => MaxFeaturesMode.All,
            "sqrt" => MaxFeaturesMode.Sqrt,
            "log2" => MaxFeaturesMode.Log2,
            var other => throw new NotSupportedException($"max_features '{other}' is not known to this runtime."),
        },
        ClassWeight = classifier && spec.ValueOrDefault(CommonParameters.ClassWeight) == "balanced" ? ClassWeightMode.Balanced : ClassWeightMode.None,
        Seed = spec.Parameters.ContainsKey(CommonParameters.Seed.Name) ? spec.Integer(CommonParameters.Seed) : spec.Seed,
    };

    public static RandomForestOptions ForestOptions(ModelSpec spec, bool classifier) => new()
    {
        Tree = TreeOptions(spec, classifier, forest: true),
        Estimators = Int(spec, TreeCatalog.NEstimators),
        Bootstrap = spec.ValueOrDefault(TreeCatalog.Bootstrap) == "true",
        OobScore = spec.ValueOrDefault(TreeCatalog.OobScore) == "true",
    };

    // The generator writes every parameter with its default; the catalog's defaults (scikit-learn's) serve hand-written specs.
    private static int Int(ModelSpec spec, ParameterSpec parameter) => int.Parse(spec.ValueOrDefault(parameter), CultureInfo.InvariantCulture);

    public static void Write(ModelFileSections sections, TreeEnsemble trees, double oobScore) =>
        sections.Add(TreeCatalog.OffsetsSection, trees.TreeOffsets.ToArray())
            .Add(TreeCatalog.FeaturesSection, trees.Features.ToArray())
            .Add(TreeCatalog.ThresholdsSection, trees.Thresholds.ToArray())
            .Add(TreeCatalog.LeftSection, trees.LeftChildren.ToArray())
            .Add(TreeCatalog.RightSection, trees.RightChildren.ToArray())
            .Add(TreeCatalog.ValuesSection, trees.Values.ToArray())
            .Add(TreeCatalog.ImportancesSection, trees.FeatureImportances.ToArray())
            .Add(TreeCatalog.OobScoreSection, new[] { oobScore });

    /// <summary>Reads what <see cref="Write"/> wrote; arrays that do not form trees throw <see cref="ArgumentException"/>.</summary>
    public static (TreeEnsemble Trees, double OobScore) Read(ModelFileContent content, int featureCount, int outputWidth) =>
        (TreeEnsemble.FromArrays(featureCount, outputWidth, content.Ints(TreeCatalog.OffsetsSection), content.Ints(TreeCatalog.FeaturesSection), content.Doubles(TreeCatalog.ThresholdsSection),
            content.Ints(TreeCatalog.LeftSection), content.Ints(TreeCatalog.RightSection), content.Doubles(TreeCatalog.ValuesSection), content.Doubles(TreeCatalog.ImportancesSection, featureCount)),
         content.Doubles(TreeCatalog.OobScoreSection, 1)[0]);
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
