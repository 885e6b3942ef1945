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

/// <summary>Where an iterative trainer is: reported through <see cref="IProgress{T}"/> once per iteration (or restart).</summary>
/// <param name="Stage">What is running, e.g. "lbfgs", "coordinate descent", "k-means run 3".</param>
/// <param name="Iteration">1-based iteration within the stage (for "lbfgs": objective evaluations).</param>
/// <param name="Objective">The value being minimised (loss, duality gap or inertia, as the stage says).</param>
public readonly record struct FitProgress(string Stage, int Iteration, double Objective);
