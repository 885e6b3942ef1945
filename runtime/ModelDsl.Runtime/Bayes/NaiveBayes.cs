using System;
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// A trained Gaussian naive Bayes classifier (scikit-learn 1.2.1's <c>GaussianNB</c>): per class, a prior and
/// an independent normal distribution per feature. Immutable and thread-safe; prediction allocates nothing.
/// </summary>
public sealed class GaussianNaiveBayesModel : IClassificationModel
{
    private const int StackFeatureLimit = 1024;
    private const int ScalarFeatureLimit = 16;
    private readonly double[] _means;
    private readonly double[] _variances;
    private readonly double[] _priors;
    private readonly double[] _inverseVariances;
    private readonly double[] _constants;

    private GaussianNaiveBayesModel(int featureCount, int classCount, double[] means, double[] variances, double[] priors)
    {
        FeatureCount = featureCount;
        ClassCount = classCount;
        _means = means;
        _variances = variances;
        _priors = priors;
        _inverseVariances = new double[variances.Length];
        TensorPrimitives.Reciprocal(variances, _inverseVariances);
        _constants = new double[classCount];
        for (int k = 0; k < classCount; k++)
        {
            double logDet = 0;
            for (int j = 0; j < featureCount; j++) logDet += Math.Log(2.0 * Math.PI * variances[k * featureCount + j]);
            _constants[k] = Math.Log(priors[k]) - 0.5 * logDet;
        }
        if (classCount is 3 or 4 && featureCount < ScalarFeatureLimit && Vector256.IsHardwareAccelerated)
        {
            // Three or four classes over a few features (iris and the like): the parameters transposed as well, one vector
            // of the classes' means and inverse variances per feature, so a prediction is one vector loop and the vector
            // softmax (as logistic regression's). A missing fourth class has mean 0, inverse variance 0, constant −∞.
            int d = featureCount;
            _classMeans = new Vector256<double>[d];
            _classInverses = new Vector256<double>[d];
            for (int j = 0; j < d; j++)
            {
                _classMeans[j] = Vector256.Create(means[j], means[d + j], means[2 * d + j], classCount == 4 ? means[3 * d + j] : 0);
                _classInverses[j] = Vector256.Create(_inverseVariances[j], _inverseVariances[d + j], _inverseVariances[2 * d + j],
                    classCount == 4 ? _inverseVariances[3 * d + j] : 0);
            }
            _constantVector = Vector256.Create(_constants[0], _constants[1], _constants[2], classCount == 4 ? _constants[3] : double.NegativeInfinity);
        }
    }

    private readonly Vector256<double>[]? _classMeans;    // per feature, the classes' means (null: the scalar path only)
    private readonly Vector256<double>[]? _classInverses; // per feature, the classes' inverse variances
    private readonly Vector256<double> _constantVector;

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Per-class feature means, row-major <see cref="ClassCount"/> × <see cref="FeatureCount"/> (scikit-learn's <c>theta_</c>).</summary>
    public ReadOnlySpan<double> Means => _means;

    /// <summary>Per-class feature variances including the smoothing epsilon, row-major (scikit-learn's <c>var_</c>).</summary>
    public ReadOnlySpan<double> Variances => _variances;

    /// <summary>Class priors (scikit-learn's <c>class_prior_</c>).</summary>
    public ReadOnlySpan<double> ClassPriors => _priors;

    /// <summary>The joint log-likelihood log P(k) + Σⱼ log N(xⱼ; θₖⱼ, σ²ₖⱼ) of each class.</summary>
    public void JointLogLikelihood(ReadOnlySpan<double> features, Span<double> output)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        DataValidation.EnsureOutput(output.Length, ClassCount, nameof(output));
        int d = FeatureCount;
        Span<double> diff = d >= ScalarFeatureLimit && d <= StackFeatureLimit ? stackalloc double[d] : default;
        for (int k = 0; k < ClassCount; k++)
        {
            var mean = new ReadOnlySpan<double>(_means, k * d, d);
            var inverse = new ReadOnlySpan<double>(_inverseVariances, k * d, d);
            double q;
            if (d < ScalarFeatureLimit)
            {
                // A few features (a declared pipeline's output, just written value by value): scalar loads, since a
                // vector load over those stores cannot be forwarded from them and waits for the cache.
                q = 0;
                for (int j = 0; j < d; j++)
                {
                    double t = features[j] - mean[j];
                    q += t * t * inverse[j];
                }
            }
            else if (d <= StackFeatureLimit)
            {
                TensorPrimitives.Subtract(features, mean, diff);
                TensorPrimitives.Multiply(diff, diff, diff);
                q = TensorPrimitives.Dot<double>(diff, inverse);
            }
            else
            {
                q = 0;
                for (int j = 0; j < d; j++)
                {
                    double t = features[j] - mean[j];
                    q += t * t * inverse[j];
                }
            }
            output[k] = _constants[k] - 0.5 * q;
        }
    }

    /// <inheritdoc />
    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        if (_classMeans is { } classMeans && probabilities.Length >= ClassCount)
        {
            DataValidation.EnsureFeatures(features, FeatureCount);
            // Per class the same operations in the same order as JointLogLikelihood's scalar loop (no fused multiply-add),
            // so the scores are bit for bit the same; the vector softmax is within an ulp or two of the scalar one.
            var inverses = _classInverses!;
            var q = Vector256<double>.Zero;
            for (int j = 0; j < classMeans.Length; j++)
            {
                var t = Vector256.Create(features[j]) - classMeans[j];
                q += t * t * inverses[j];
            }
            if (Dense.SoftmaxOfFour(_constantVector - Vector256.Create(0.5) * q, probabilities, ClassCount)) return;
        }
        var scores = probabilities.Slice(0, Math.Min(probabilities.Length, ClassCount));
        JointLogLikelihood(features, scores);
        Dense.SoftmaxInPlace(scores);
    }

    /// <summary>Rebuilds a model from <see cref="Means"/>, <see cref="Variances"/> and <see cref="ClassPriors"/>.</summary>
    public static GaussianNaiveBayesModel FromParameters(int featureCount, int classCount, ReadOnlySpan<double> means,
        ReadOnlySpan<double> variances, ReadOnlySpan<double> classPriors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        var v = Dense.CopyParameters(variances, classCount * featureCount, nameof(variances));
        foreach (double value in v)
        {
            if (!(value > 0)) throw new ArgumentException("Variances must be positive.", nameof(variances));
        }
        var p = Dense.CopyParameters(classPriors, classCount, nameof(classPriors));
        foreach (double value in p)
        {
            if (!(value >= 0)) throw new ArgumentException("Class priors must be non-negative.", nameof(classPriors));
        }
        return new GaussianNaiveBayesModel(featureCount, classCount, Dense.CopyParameters(means, classCount * featureCount, nameof(means)), v, p);
    }

    internal static GaussianNaiveBayesModel Create(int featureCount, int classCount, double[] means, double[] variances, double[] priors) =>
        new(featureCount, classCount, means, variances, priors);
}

/// <summary>Trains <see cref="GaussianNaiveBayesModel"/> as scikit-learn 1.2.1's <c>GaussianNB</c>.</summary>
public static class GaussianNaiveBayesTrainer
{
    /// <summary>Fits per-class means, variances (+ varSmoothing × the largest feature variance) and priors (class frequencies).</summary>
    /// <exception cref="DataValidationException">A feature is NaN or infinite, or a label is missing or out of range.</exception>
    public static GaussianNaiveBayesModel Fit(FeatureMatrix x, ReadOnlySpan<int> labels, int classCount, double varSmoothing = 1e-9)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        if (!(varSmoothing >= 0) || double.IsInfinity(varSmoothing)) throw new ArgumentOutOfRangeException(nameof(varSmoothing));
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureLabels(labels, x.Rows, classCount);
        int n = x.Rows, d = x.Columns;

        // epsilon = varSmoothing × max over features of the variance of the whole column
        var overallMean = Dense.ColumnMeans(x);
        var overallVar = new double[d];
        var diff = new double[d];
        for (int i = 0; i < n; i++)
        {
            TensorPrimitives.Subtract(x.Row(i), overallMean, diff);
            TensorPrimitives.MultiplyAdd(diff, diff, overallVar, overallVar);
        }
        double epsilon = varSmoothing * TensorPrimitives.Max<double>(overallVar) / n;

        var counts = new int[classCount];
        var means = new double[classCount * d];
        for (int i = 0; i < n; i++)
        {
            int k = labels[i];
            counts[k]++;
            var m = means.AsSpan(k * d, d);
            TensorPrimitives.Add(m, x.Row(i), m);
        }
        for (int k = 0; k < classCount; k++)
        {
            if (counts[k] > 0)
            {
                var m = means.AsSpan(k * d, d);
                TensorPrimitives.Divide(m, counts[k], m);
            }
        }
        var variances = new double[classCount * d];
        for (int i = 0; i < n; i++)
        {
            int k = labels[i];
            TensorPrimitives.Subtract(x.Row(i), means.AsSpan(k * d, d), diff);
            var v = variances.AsSpan(k * d, d);
            TensorPrimitives.MultiplyAdd(diff, diff, v, v);
        }
        var priors = new double[classCount];
        for (int k = 0; k < classCount; k++)
        {
            var v = variances.AsSpan(k * d, d);
            if (counts[k] > 0) TensorPrimitives.Divide(v, counts[k], v);
            TensorPrimitives.Add(v, Math.Max(epsilon, 1e-300), v); // a floor only matters when every feature is constant
            priors[k] = (double)counts[k] / n;
        }
        return GaussianNaiveBayesModel.Create(d, classCount, means, variances, priors);
    }
}

/// <summary>
/// A trained multinomial naive Bayes classifier over counts, e.g. a bag of words (scikit-learn 1.2.1's
/// <c>MultinomialNB</c>). Immutable and thread-safe; prediction allocates nothing.
/// </summary>
public sealed class MultinomialNaiveBayesModel : IClassificationModel
{
    private readonly double[] _featureLogProbabilities;
    private readonly double[] _classLogPriors;

    private MultinomialNaiveBayesModel(int featureCount, int classCount, double[] featureLogProbabilities, double[] classLogPriors)
    {
        FeatureCount = featureCount;
        ClassCount = classCount;
        _featureLogProbabilities = featureLogProbabilities;
        _classLogPriors = classLogPriors;
    }

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>log P(feature j | class k), row-major <see cref="ClassCount"/> × <see cref="FeatureCount"/> (scikit-learn's <c>feature_log_prob_</c>).</summary>
    public ReadOnlySpan<double> FeatureLogProbabilities => _featureLogProbabilities;

    /// <summary>log P(class k) (scikit-learn's <c>class_log_prior_</c>; −∞ for a class without training rows).</summary>
    public ReadOnlySpan<double> ClassLogPriors => _classLogPriors;

    /// <summary>The joint log-likelihood log P(k) + Σⱼ xⱼ·log P(j | k) of each class.</summary>
    public void JointLogLikelihood(ReadOnlySpan<double> features, Span<double> output)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        DataValidation.EnsureOutput(output.Length, ClassCount, nameof(output));
        int d = FeatureCount;
        if (d < ScalarFeatureLimit)
        {
            // A few features (a declared pipeline's output, or a raw row just written value by value): scalar loads, as in
            // Gaussian naive Bayes, since a vector load over those stores waits for the cache.
            var logProbabilities = _featureLogProbabilities;
            for (int k = 0, at = 0; k < ClassCount; k++, at += d)
            {
                double sum = 0;
                for (int j = 0; j < d; j++) sum += features[j] * logProbabilities[at + j];
                output[k] = _classLogPriors[k] + sum;
            }
            return;
        }
        for (int k = 0; k < ClassCount; k++)
        {
            output[k] = _classLogPriors[k] + TensorPrimitives.Dot(features, new ReadOnlySpan<double>(_featureLogProbabilities, k * d, d));
        }
    }

    private const int ScalarFeatureLimit = 16;

    /// <inheritdoc />
    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        var scores = probabilities.Slice(0, Math.Min(probabilities.Length, ClassCount));
        JointLogLikelihood(features, scores);
        Dense.SoftmaxInPlace(scores);
    }

    /// <summary>Rebuilds a model from <see cref="FeatureLogProbabilities"/> and <see cref="ClassLogPriors"/>.</summary>
    public static MultinomialNaiveBayesModel FromParameters(int featureCount, int classCount, ReadOnlySpan<double> featureLogProbabilities,
        ReadOnlySpan<double> classLogPriors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        return new MultinomialNaiveBayesModel(featureCount, classCount,
            Dense.CopyParameters(featureLogProbabilities, classCount * featureCount, nameof(featureLogProbabilities)),
            Dense.CopyParameters(classLogPriors, classCount, nameof(classLogPriors), allowNegativeInfinity: true));
    }

    internal static MultinomialNaiveBayesModel Create(int featureCount, int classCount, double[] featureLogProbabilities, double[] classLogPriors) =>
        new(featureCount, classCount, featureLogProbabilities, classLogPriors);
}

/// <summary>Trains <see cref="MultinomialNaiveBayesModel"/> as scikit-learn 1.2.1's <c>MultinomialNB</c> (fit_prior = true).</summary>
public static class MultinomialNaiveBayesTrainer
{
    /// <summary>Fits smoothed per-class feature frequencies (additive smoothing <paramref name="alpha"/>) and class priors.</summary>
    /// <param name="x">Non-negative counts (or frequencies), e.g. from <see cref="BagOfWords"/>.</param>
    /// <param name="labels">Class of each row, 0..classCount-1.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="alpha">Additive (Laplace/Lidstone) smoothing; values below 1e-10 become 1e-10, as in scikit-learn.</param>
    /// <exception cref="DataValidationException">A count is negative, NaN or infinite, or a label is missing or out of range.</exception>
    public static MultinomialNaiveBayesModel Fit(FeatureMatrix x, ReadOnlySpan<int> labels, int classCount, double alpha = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        if (!(alpha >= 0) || double.IsInfinity(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha));
        alpha = Math.Max(alpha, 1e-10);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureLabels(labels, x.Rows, classCount);
        int n = x.Rows, d = x.Columns;
        var counts = new double[classCount * d];
        var classCounts = new int[classCount];
        for (int i = 0; i < n; i++)
        {
            var row = x.Row(i);
            if (TensorPrimitives.IsNegativeAny(row))
            {
                for (int j = 0; j < d; j++)
                {
                    if (row[j] < 0) throw new DataValidationException(i, j, $"the count {row[j]} is negative; multinomial naive Bayes needs non-negative counts");
                }
            }
            int k = labels[i];
            classCounts[k]++;
            var c = counts.AsSpan(k * d, d);
            TensorPrimitives.Add(c, row, c);
        }
        var logPriors = new double[classCount];
        for (int k = 0; k < classCount; k++)
        {
            var c = counts.AsSpan(k * d, d);
            TensorPrimitives.Add(c, alpha, c);
            double logTotal = Math.Log(TensorPrimitives.Sum<double>(c));
            TensorPrimitives.Log(c, c);
            TensorPrimitives.Subtract(c, logTotal, c);
            logPriors[k] = Math.Log(classCounts[k]) - Math.Log(n);
        }
        return MultinomialNaiveBayesModel.Create(d, classCount, counts, logPriors);
    }
}
