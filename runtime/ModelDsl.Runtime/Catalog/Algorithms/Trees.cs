using static ModelDsl.Catalog.Algorithms.CommonParameters;

namespace ModelDsl.Catalog.Algorithms;

/// <summary>CART decision trees and random forests, for classification and regression (scikit-learn's names; max_depth 0 = unlimited).</summary>
internal static class Trees
{
    public const string OffsetsSection = "trees.offsets";
    public const string FeaturesSection = "trees.features";
    public const string ThresholdsSection = "trees.thresholds";
    public const string LeftSection = "trees.left";
    public const string RightSection = "trees.right";
    public const string ValuesSection = "trees.values";
    public const string ImportancesSection = "trees.importances";
    public const string OobScoreSection = "trees.oob_score";

    public const string DecisionTreeName = "decision_tree";
    public const string RandomForestName = "random_forest";

    public static readonly ParameterSpec NEstimators = ParameterSpec.Integer("n_estimators", 100, min: 1, max: 100_000);
    public static readonly ParameterSpec Bootstrap = ParameterSpec.Flag("bootstrap", true);
    public static readonly ParameterSpec OobScore = ParameterSpec.Flag("oob_score", false);
    public static readonly ParameterSpec ClassificationCriterion = ParameterSpec.Choice("criterion", "gini", "gini", "entropy");
    public static readonly ParameterSpec RegressionCriterion = ParameterSpec.Choice("criterion", "squared_error", "squared_error");
    public static readonly ParameterSpec MaxDepth = ParameterSpec.Integer("max_depth", 0, min: 0, max: 1000);
    public static readonly ParameterSpec MinSamplesSplit = ParameterSpec.Integer("min_samples_split", 2, min: 2);
    public static readonly ParameterSpec MinSamplesLeaf = ParameterSpec.Integer("min_samples_leaf", 1, min: 1);
    /// <summary>max_features of a forest classifier: scikit-learn's default is sqrt there, all features elsewhere.</summary>
    public static readonly ParameterSpec ForestClassifierMaxFeatures = ParameterSpec.Choice("max_features", "sqrt", "all", "sqrt", "log2");
    public static readonly ParameterSpec MaxFeatures = ParameterSpec.Choice("max_features", "all", "all", "sqrt", "log2");

    private static readonly string[] Sections =
        { OffsetsSection, FeaturesSection, ThresholdsSection, LeftSection, RightSection, ValuesSection, ImportancesSection, OobScoreSection };

    private const AlgorithmCapabilities Explained = AlgorithmCapabilities.FeatureImportances | AlgorithmCapabilities.DecisionPaths | AlgorithmCapabilities.Randomized
        | AlgorithmCapabilities.FoldsScalingExactly;

    public static readonly AlgorithmSpec DecisionTreeClassifier = new(DecisionTreeName, FamilyNames.Classifier,
        new[] { ClassificationCriterion, MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxFeatures, ClassWeight, Seed },
        Explained | AlgorithmCapabilities.ClassWeights, Sections, "a CART decision tree");

    public static readonly AlgorithmSpec DecisionTreeRegressor = new(DecisionTreeName, FamilyNames.Regressor,
        new[] { RegressionCriterion, MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxFeatures, Seed },
        Explained, Sections, "a CART regression tree");

    public static readonly AlgorithmSpec RandomForestClassifier = new(RandomForestName, FamilyNames.Classifier,
        new[] { NEstimators, Bootstrap, OobScore, ClassificationCriterion, MaxDepth, MinSamplesSplit, MinSamplesLeaf, ForestClassifierMaxFeatures, ClassWeight, Seed },
        Explained | AlgorithmCapabilities.ClassWeights | AlgorithmCapabilities.ReportsProgress, Sections, "a random forest of CART trees");

    public static readonly AlgorithmSpec RandomForestRegressor = new(RandomForestName, FamilyNames.Regressor,
        new[] { NEstimators, Bootstrap, OobScore, RegressionCriterion, MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxFeatures, Seed },
        Explained | AlgorithmCapabilities.ReportsProgress, Sections, "a random forest of regression trees");
}
