using System;

namespace ModelDsl.Runtime.Learning;

/// <summary>A trained regressor: immutable, thread-safe; <see cref="Predict"/> allocates nothing.</summary>
public interface IRegressionModel
{
    /// <summary>The number of features <see cref="Predict"/> takes.</summary>
    int FeatureCount { get; }

    /// <summary>The predicted value for one row of (preprocessed) features.</summary>
    double Predict(ReadOnlySpan<double> features);
}

/// <summary>
/// A regressor whose prediction is non-finite whenever a feature is (a linear form with finite weights: w·NaN, w·∞ and
/// 0·∞ are all non-finite, and so is any sum with them), so a caller may check the prediction instead of the row first.
/// </summary>
internal interface IPropagatesNonFinite;

/// <summary>A trained classifier: immutable, thread-safe; prediction allocates nothing.</summary>
public interface IClassificationModel
{
    /// <summary>The number of features the model takes.</summary>
    int FeatureCount { get; }

    /// <summary>The number of classes (labels are 0..ClassCount-1).</summary>
    int ClassCount { get; }

    /// <summary>Writes the probability of each class into the first <see cref="ClassCount"/> values of
    /// <paramref name="probabilities"/>; the predicted class is the index of the largest.</summary>
    void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities);
}

/// <summary>A trained clusterer: immutable, thread-safe; <see cref="Predict"/> allocates nothing.</summary>
public interface IClusteringModel
{
    /// <summary>The number of features the model takes.</summary>
    int FeatureCount { get; }

    /// <summary>The number of clusters.</summary>
    int ClusterCount { get; }

    /// <summary>The cluster (0..ClusterCount-1) one row belongs to.</summary>
    int Predict(ReadOnlySpan<double> features);
}

/// <summary>
/// Where an iterative trainer is: reported through <see cref="IProgress{T}"/> once per iteration, sweep, tree or
/// restart (the SVR's SMO every <c>100</c> iterations), synchronously on the training thread (a forest's trees
/// from several threads, one at a time). Trainers given no progress do no work for it.
/// </summary>
/// <param name="Stage">What is running, e.g. "lbfgs", "coordinate descent", "k-means run 3".</param>
/// <param name="Iteration">1-based iteration within the stage (for "lbfgs": the evaluations that improved the objective, about its
/// iterations, which MathNet does not report).</param>
/// <param name="Objective">The value being minimised (loss, duality gap or inertia, as the stage says); NaN when there is none (trees).</param>
public readonly record struct FitProgress(string Stage, int Iteration, double Objective)
{
    /// <summary>The iteration limit of the stage (max_iter, the number of trees), or null when there is none.</summary>
    public int? MaxIterations { get; init; }

    /// <summary>What an iteration is: "iteration", "evaluation", "sweep", "tree"; null means "iteration".</summary>
    public string? StepName { get; init; }

    /// <summary>What <see cref="Objective"/> is ("loss", "objective", "inertia"); null means "objective".</summary>
    public string? ObjectiveName { get; init; }

    /// <summary>A second measure of the iteration (e.g. the largest coefficient change), or NaN.</summary>
    public double Metric { get; init; } = double.NaN;

    /// <summary>What <see cref="Metric"/> is, or null without one.</summary>
    public string? MetricName { get; init; }

    /// <summary>For trainers with restarts (k-means): the restart, 1-based; 0 otherwise.</summary>
    public int Run { get; init; }

    /// <summary>For trainers with restarts: how many there are; 0 otherwise.</summary>
    public int Runs { get; init; }
}
