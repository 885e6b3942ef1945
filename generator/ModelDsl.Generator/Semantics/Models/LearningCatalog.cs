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
        new("decision_tree", ModelTask.Classifier, Tree(classifier: true, forest: false), "a CART decision tree"),
        new("decision_tree", ModelTask.Regressor, Tree(classifier: false, forest: false), "a CART regression tree"),
        new("random_forest", ModelTask.Classifier, Tree(classifier: true, forest: true), "a random forest of CART trees"),
        new("random_forest", ModelTask.Regressor, Tree(classifier: false, forest: true), "a random forest of regression trees"),
        new("quantile_regression", ModelTask.Regressor, new[]
        {
            new ParameterSpec("quantile", ParameterKind.Number, "0.5", Min: 0, MinInclusive: false, Max: 1, MaxInclusive: false),
            new ParameterSpec("alpha", ParameterKind.Number, "1.0", Min: 0),
            FitIntercept,
        }, "linear regression of a quantile (pinball loss, exact linear programme)"),
        new("autoregression", ModelTask.Forecaster, new[]
        {
            new ParameterSpec("lags", ParameterKind.Integer, "1", Min: 1, Max: 1000),
            new ParameterSpec("difference", ParameterKind.Integer, "0", Min: 0, Max: 2),
            new ParameterSpec("seasonal_lag", ParameterKind.Integer, "0", Min: 0, Max: 1000),
            FitIntercept,
        }, "autoregression AR(p) by least squares, with optional differencing and a seasonal lag"),
        new("svr", ModelTask.Regressor, new[]
        {
            new ParameterSpec("kernel", ParameterKind.Choice, "rbf", Choices: new[] { "rbf", "linear" }),
            new ParameterSpec("c", ParameterKind.Number, "1.0", Min: 0, MinInclusive: false),
            new ParameterSpec("epsilon", ParameterKind.Number, "0.1", Min: 0),
            new ParameterSpec("gamma", ParameterKind.Number, "0", Min: 0), // 0: scikit-learn's 'scale'
            new ParameterSpec("tol", ParameterKind.Number, "0.001", Min: 0, MinInclusive: false),
            MaxIter(100000),
        }, "support vector regression (epsilon-insensitive, SMO)"),
    };

    /// <summary>Parameters of a tree or a forest, as scikit-learn's (max_depth 0 = unlimited).</summary>
    private static ParameterSpec[] Tree(bool classifier, bool forest)
    {
        var list = new List<ParameterSpec>();
        if (forest)
        {
            list.Add(new ParameterSpec("n_estimators", ParameterKind.Integer, "100", Min: 1, Max: 100_000));
            list.Add(new ParameterSpec("bootstrap", ParameterKind.Bool, "true"));
            list.Add(new ParameterSpec("oob_score", ParameterKind.Bool, "false"));
        }
        list.Add(classifier
            ? new ParameterSpec("criterion", ParameterKind.Choice, "gini", Choices: new[] { "gini", "entropy" })
            : new ParameterSpec("criterion", ParameterKind.Choice, "squared_error", Choices: new[] { "squared_error" }));
        list.Add(new ParameterSpec("max_depth", ParameterKind.Integer, "0", Min: 0, Max: 1000));
        list.Add(new ParameterSpec("min_samples_split", ParameterKind.Integer, "2", Min: 2));
        list.Add(new ParameterSpec("min_samples_leaf", ParameterKind.Integer, "1", Min: 1));
        list.Add(new ParameterSpec("max_features", ParameterKind.Choice, forest && classifier ? "sqrt" : "all", Choices: new[] { "all", "sqrt", "log2" }));
        if (classifier) list.Add(new ParameterSpec("class_weight", ParameterKind.Choice, "none", Choices: new[] { "none", "balanced" }));
        list.Add(new ParameterSpec("seed", ParameterKind.Integer, "0", Min: 0));
        return list.ToArray();
    }

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

    public static readonly Dictionary<ModelTask, string[]> Metrics = new()
    {
        [ModelTask.Classifier] = new[] { "accuracy", "precision", "recall", "f1", "log_loss", "confusion_matrix" },
        [ModelTask.Regressor] = new[] { "r2", "mae", "rmse" },
        [ModelTask.Clusterer] = new[] { "inertia", "silhouette" },
        [ModelTask.Forecaster] = new[] { "r2", "mae", "rmse" },
    };

    /// <summary>The algorithm of that name for <paramref name="task"/>, else any of that name (to say which task it is for).</summary>
    public static OperationSpec? Algorithm(string name, ModelTask task) =>
        Algorithms.FirstOrDefault(a => a.Name == name && a.Task == task) ?? Algorithms.FirstOrDefault(a => a.Name == name);

    public static OperationSpec? Transform(string name) => Transforms.FirstOrDefault(a => a.Name == name);

    public static OperationSpec? Impute(string name) => ImputeStrategies.FirstOrDefault(a => a.Name == name);

    public static string TaskName(ModelTask task) => task.ToString().ToLowerInvariant();
}
