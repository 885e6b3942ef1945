using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics.Models;

internal enum ParameterKind
{
    Number,
    Integer,
    Bool,
    Choice,
}

/// <summary>A hyper-parameter the build checks: its kind, default, range or choices.</summary>
internal sealed record ParameterSpec(
    string Name,
    ParameterKind Kind,
    string? Default,
    double Min = double.NegativeInfinity,
    bool MinInclusive = true,
    double Max = double.PositiveInfinity,
    bool MaxInclusive = true,
    string[]? Choices = null)
{
    public bool Required => Default is null;

    public string DescribeRange()
    {
        if (Kind == ParameterKind.Choice) return "one of " + string.Join(", ", Choices!);
        if (Kind == ParameterKind.Bool) return "true or false";
        var what = Kind == ParameterKind.Integer ? "an integer" : "a number";
        var low = double.IsNegativeInfinity(Min) ? null : (MinInclusive ? ">= " : "> ") + Min.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var high = double.IsPositiveInfinity(Max) ? null : (MaxInclusive ? "<= " : "< ") + Max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return low is null && high is null ? what : $"{what} {string.Join(" and ", new[] { low, high }.Where(x => x is not null))}";
    }
}

/// <summary>An algorithm or transform the language knows, with its task and parameters.</summary>
internal sealed record OperationSpec(string Name, ModelTask? Task, ParameterSpec[] Parameters, string Description);

/// <summary>
/// What the language offers for learned models: algorithms per task, preprocessing transforms,
/// imputation strategies and metrics. Names and defaults follow scikit-learn 1.2.1.
/// </summary>
internal static class LearningCatalog
{
    private static ParameterSpec FitIntercept => new("fit_intercept", ParameterKind.Bool, "true");

    private static ParameterSpec MaxIter(int value) => new("max_iter", ParameterKind.Integer, value.ToString(System.Globalization.CultureInfo.InvariantCulture), Min: 1);

    private static ParameterSpec Tol => new("tol", ParameterKind.Number, "0.0001", Min: 0, MinInclusive: false);

    public static readonly OperationSpec[] Algorithms =
    {
        new("linear_regression", ModelTask.Regressor, new[] { FitIntercept }, "ordinary least squares"),
        new("ridge", ModelTask.Regressor, new[] { new ParameterSpec("alpha", ParameterKind.Number, "1.0", Min: 0), FitIntercept }, "least squares with an L2 penalty"),
        new("lasso", ModelTask.Regressor, new[] { new ParameterSpec("alpha", ParameterKind.Number, "1.0", Min: 0, MinInclusive: false), MaxIter(1000), Tol, FitIntercept }, "least squares with an L1 penalty (coordinate descent)"),
        new("elastic_net", ModelTask.Regressor, new[]
        {
            new ParameterSpec("alpha", ParameterKind.Number, "1.0", Min: 0, MinInclusive: false),
            new ParameterSpec("l1_ratio", ParameterKind.Number, "0.5", Min: 0, Max: 1),
            MaxIter(1000), Tol, FitIntercept,
        }, "least squares with L1 and L2 penalties"),
        new("logistic_regression", ModelTask.Classifier, new[]
        {
            new ParameterSpec("c", ParameterKind.Number, "1.0", Min: 0, MinInclusive: false),
            new ParameterSpec("penalty", ParameterKind.Choice, "l2", Choices: new[] { "l2", "l1", "none" }),
            MaxIter(100), Tol, FitIntercept,
            new ParameterSpec("class_weight", ParameterKind.Choice, "none", Choices: new[] { "none", "balanced" }),
        }, "binary or multinomial logistic regression"),
        new("gaussian_nb", ModelTask.Classifier, new[] { new ParameterSpec("var_smoothing", ParameterKind.Number, "0.000000001", Min: 0) }, "Gaussian naive Bayes"),
        new("multinomial_nb", ModelTask.Classifier, new[] { new ParameterSpec("alpha", ParameterKind.Number, "1.0", Min: 0) }, "multinomial naive Bayes (counts, e.g. bag of words)"),
        new("lda", ModelTask.Classifier, Array.Empty<ParameterSpec>(), "linear discriminant analysis"),
        new("kmeans", ModelTask.Clusterer, new[]
        {
            new ParameterSpec("k", ParameterKind.Integer, null, Min: 1),
            new ParameterSpec("n_init", ParameterKind.Integer, "10", Min: 1),
            MaxIter(300),
            new ParameterSpec("tol", ParameterKind.Number, "0.0001", Min: 0),
            new ParameterSpec("seed", ParameterKind.Integer, "0", Min: 0),
        }, "k-means with k-means++ initialisation"),
    };

    public static readonly OperationSpec[] Transforms =
    {
        new("standardize", null, Array.Empty<ParameterSpec>(), "numeric features: subtract the mean, divide by the standard deviation"),
        new("min_max", null, Array.Empty<ParameterSpec>(), "numeric features: scale to [0, 1]"),
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

    public static readonly Dictionary<ModelTask, string[]> Metrics = new()
    {
        [ModelTask.Classifier] = new[] { "accuracy", "precision", "recall", "f1", "log_loss", "confusion_matrix" },
        [ModelTask.Regressor] = new[] { "r2", "mae", "rmse" },
        [ModelTask.Clusterer] = new[] { "inertia", "silhouette" },
    };

    public static OperationSpec? Algorithm(string name) => Algorithms.FirstOrDefault(a => a.Name == name);

    public static OperationSpec? Transform(string name) => Transforms.FirstOrDefault(a => a.Name == name);

    public static OperationSpec? Impute(string name) => ImputeStrategies.FirstOrDefault(a => a.Name == name);

    public static string TaskName(ModelTask task) => task.ToString().ToLowerInvariant();
}
