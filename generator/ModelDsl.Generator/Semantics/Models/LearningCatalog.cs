using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics.Models;

/// <summary>An algorithm or transform the language knows, with its task and parameters.</summary>
internal sealed record OperationSpec(string Name, ModelTask? Task, ParameterSpec[] Parameters, string Description);

/// <summary>
/// What the language offers for learned models: algorithms per task, preprocessing transforms,
/// imputation strategies and metrics. Names and defaults follow scikit-learn 1.2.1.
/// </summary>
internal static class LearningCatalog
{
    /// <summary>The algorithms of the shared catalog (runtime/ModelDsl.Runtime/Catalog), as the binder's operations.</summary>
    public static readonly OperationSpec[] Algorithms = AlgorithmCatalog.All
        .Select(a => new OperationSpec(a.Name, Task(a.Family), a.Parameters.ToArray(), a.Description))
        .ToArray();

    private static ModelTask Task(string family) => family switch
    {
        FamilyNames.Classifier => ModelTask.Classifier,
        FamilyNames.Regressor => ModelTask.Regressor,
        FamilyNames.Clusterer => ModelTask.Clusterer,
        _ => ModelTask.Forecaster,
    };

    /// <summary>The catalog entry of a bound algorithm, or null (a network, or an error already reported).</summary>
    public static AlgorithmSpec? Spec(string name, ModelTask task) => AlgorithmCatalog.Find(name, TaskName(task));

    public static readonly OperationSpec[] Transforms =
    {
        new("standardize", null, Array.Empty<ParameterSpec>(), "numeric features: subtract the mean, divide by the standard deviation"),
        new("min_max", null, Array.Empty<ParameterSpec>(), "numeric features: scale to [0, 1]"),
        new("clamp", null, new[]
        {
            new ParameterSpec("min", ParameterKind.Number, "-1.7976931348623157E+308"),
            new ParameterSpec("max", ParameterKind.Number, "1.7976931348623157E+308"),
        }, "numeric features: limit to [min, max] before scaling; a reconstructed row (FromFeatures) is clamped too"),
        new("one_hot", null, Array.Empty<ParameterSpec>(), "enum features: one 0/1 column per value (the default for enums)"),
        new("polynomial", null, new[]
        {
            new ParameterSpec("degree", ParameterKind.Integer, "2", Min: 1, Max: 5),
            new ParameterSpec("interaction_only", ParameterKind.Bool, "false"),
        }, "all numeric features: products up to the degree"),
        new("bag_of_words", null, new[]
        {
            new ParameterSpec("lowercase", ParameterKind.Bool, "true"),
            new ParameterSpec("min_count", ParameterKind.Integer, "1", Min: 1),
        }, "string features: word counts"),
    };

    public static readonly OperationSpec[] ImputeStrategies =
    {
        new("reject", null, Array.Empty<ParameterSpec>(), "a missing value is an error naming row and column (the default)"),
        new("mean", null, Array.Empty<ParameterSpec>(), "the training mean"),
        new("median", null, Array.Empty<ParameterSpec>(), "the training median"),
        new("most_frequent", null, Array.Empty<ParameterSpec>(), "the most frequent training value"),
        new("constant", null, new[] { new ParameterSpec("value", ParameterKind.Number, "0") }, "a constant"),
    };

    // ---- numbers outside a parameter list, checked as parameters are (ParameterSpec.Accepts) ----

    /// <summary>The fraction of <c>split test 0.2</c> / <c>split last 0.2</c>.</summary>
    public static readonly ParameterSpec SplitFraction = new("test", ParameterKind.Number, "0.2", Min: 0, MinInclusive: false, Max: 1, MaxInclusive: false);

    /// <summary>The folds of <c>cross_validate 5</c>.</summary>
    public static readonly ParameterSpec Folds = new("folds", ParameterKind.Integer, "5", Min: 2, Max: 1000);

    /// <summary>The seed of a split or of cross-validation.</summary>
    public static readonly ParameterSpec Seed = new("seed", ParameterKind.Integer, "0", Min: 0);

    /// <summary>One dimension of a tensor field (the product is limited separately).</summary>
    public static readonly ParameterSpec TensorDimension = new("dimension", ParameterKind.Integer, null, Min: 1, Max: Binder.MaxTensorElements);

    /// <summary>The metrics of each family (its registry entry holds them).</summary>
    public static IReadOnlyDictionary<ModelTask, string[]> Metrics { get; } =
        Families.ModelFamilies.All.ToDictionary(f => f.Task, f => f.Metrics);

    /// <summary>The algorithm of that name for <paramref name="task"/>, else any of that name (to say which task it is for).</summary>
    public static OperationSpec? Algorithm(string name, ModelTask task) =>
        Algorithms.FirstOrDefault(a => a.Name == name && a.Task == task) ?? Algorithms.FirstOrDefault(a => a.Name == name);

    public static OperationSpec? Transform(string name) => Transforms.FirstOrDefault(a => a.Name == name);

    public static OperationSpec? Impute(string name) => ImputeStrategies.FirstOrDefault(a => a.Name == name);

    public static string TaskName(ModelTask task) => task.ToString().ToLowerInvariant();
}
