using System;
using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// A trained linear discriminant analysis (scikit-learn 1.2.1's <c>LinearDiscriminantAnalysis</c>, svd solver):
/// a classifier (linear scores, softmax probabilities; one score row for two classes) and a projection onto the
/// discriminant axes. Immutable and thread-safe; prediction and <see cref="Transform"/> allocate nothing.
/// </summary>
public sealed class LinearDiscriminantModel : IClassificationModel
{
    private readonly double[] _coefficients;
    private readonly double[] _intercepts;
    private readonly double[] _mean;
    private readonly double[] _scalings;
    private readonly double[] _explainedVarianceRatio;
    private readonly int _scalingColumns;

    private LinearDiscriminantModel(int featureCount, int classCount, double[] coefficients, double[] intercepts, double[] mean,
        double[] scalings, int scalingColumns, int componentCount, double[] explainedVarianceRatio)
    {
        FeatureCount = featureCount;
        ClassCount = classCount;
        _coefficients = coefficients;
        _intercepts = intercepts;
        _mean = mean;
        _scalings = scalings;
        _scalingColumns = scalingColumns;
        ComponentCount = componentCount;
        _explainedVarianceRatio = explainedVarianceRatio;
    }

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Number of discriminant axes <see cref="Transform"/> writes: at most min(ClassCount − 1, FeatureCount).</summary>
    public int ComponentCount { get; }

    /// <summary>Rows of <see cref="Coefficients"/>: 1 for two classes, <see cref="ClassCount"/> otherwise.</summary>
    public int CoefficientRows => _intercepts.Length;

    /// <summary>Coefficients, row-major <see cref="CoefficientRows"/> × <see cref="FeatureCount"/> (scikit-learn's <c>coef_</c>).</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>Intercepts, one per coefficient row (scikit-learn's <c>intercept_</c>).</summary>
    public ReadOnlySpan<double> Intercepts => _intercepts;

    /// <summary>The prior-weighted overall mean subtracted before projecting (scikit-learn's <c>xbar_</c>).</summary>
    public ReadOnlySpan<double> Mean => _mean;

    /// <summary>Number of columns of <see cref="Scalings"/> (the rank of the between-class scatter; ≥ <see cref="ComponentCount"/>).</summary>
    public int ScalingColumns => _scalingColumns;

    /// <summary>The projection, row-major <see cref="FeatureCount"/> × <see cref="ScalingColumns"/> (scikit-learn's <c>scalings_</c>;
    /// the sign of each column is arbitrary, as with any SVD).</summary>
    public ReadOnlySpan<double> Scalings => _scalings;

    /// <summary>Share of the between-class variance on each axis (scikit-learn's <c>explained_variance_ratio_</c>).</summary>
    public ReadOnlySpan<double> ExplainedVarianceRatio => _explainedVarianceRatio;

    /// <summary>Projects one row onto the first <see cref="ComponentCount"/> discriminant axes: (x − mean)·scalings.</summary>
    public void Transform(ReadOnlySpan<double> x, Span<double> output)
    {
        DataValidation.EnsureFeatures(x, FeatureCount);
        DataValidation.EnsureOutput(output.Length, ComponentCount, nameof(output));
        var result = output.Slice(0, ComponentCount);
        result.Clear();
        for (int j = 0; j < FeatureCount; j++)
        {
            double centred = x[j] - _mean[j];
            var row = new ReadOnlySpan<double>(_scalings, j * _scalingColumns, ComponentCount);
            TensorPrimitives.MultiplyAdd(row, centred, result, result);
        }
    }

    /// <summary>The linear scores: one value (class 1 against class 0) for two classes, one per class otherwise.</summary>
    public void DecisionFunction(ReadOnlySpan<double> features, Span<double> scores)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        DataValidation.EnsureOutput(scores.Length, _intercepts.Length, nameof(scores));
        for (int k = 0; k < _intercepts.Length; k++)
        {
            scores[k] = TensorPrimitives.Dot(features, new ReadOnlySpan<double>(_coefficients, k * FeatureCount, FeatureCount)) + _intercepts[k];
        }
    }

    /// <inheritdoc />
    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        DataValidation.EnsureOutput(probabilities.Length, ClassCount, nameof(probabilities));
        if (ClassCount == 2)
        {
            DataValidation.EnsureFeatures(features, FeatureCount);
            double p = Dense.Sigmoid(TensorPrimitives.Dot(features, _coefficients) + _intercepts[0]);
            probabilities[0] = 1.0 - p;
            probabilities[1] = p;
            return;
        }
        var scores = probabilities.Slice(0, ClassCount);
        DecisionFunction(features, scores);
        Dense.SoftmaxInPlace(scores);
    }

    /// <summary>Rebuilds a model from its parameters (as read from the properties of a trained one).</summary>
    public static LinearDiscriminantModel FromParameters(int featureCount, int classCount, ReadOnlySpan<double> coefficients,
        ReadOnlySpan<double> intercepts, ReadOnlySpan<double> mean, ReadOnlySpan<double> scalings, int scalingColumns, int componentCount,
        ReadOnlySpan<double> explainedVarianceRatio)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(scalingColumns);
        ArgumentOutOfRangeException.ThrowIfNegative(componentCount);
        if (componentCount > scalingColumns) throw new ArgumentOutOfRangeException(nameof(componentCount), "componentCount exceeds scalingColumns.");
        int rows = classCount == 2 ? 1 : classCount;
        return new LinearDiscriminantModel(featureCount, classCount,
            Dense.CopyParameters(coefficients, rows * featureCount, nameof(coefficients)),
            Dense.CopyParameters(intercepts, rows, nameof(intercepts), allowNegativeInfinity: true),
            Dense.CopyParameters(mean, featureCount, nameof(mean)),
            Dense.CopyParameters(scalings, featureCount * scalingColumns, nameof(scalings)), scalingColumns, componentCount,
            Dense.CopyParameters(explainedVarianceRatio, explainedVarianceRatio.Length, nameof(explainedVarianceRatio)));
    }

    internal static LinearDiscriminantModel Create(int featureCount, int classCount, double[] coefficients, double[] intercepts, double[] mean,
        double[] scalings, int scalingColumns, int componentCount, double[] explainedVarianceRatio) =>
        new(featureCount, classCount, coefficients, intercepts, mean, scalings, scalingColumns, componentCount, explainedVarianceRatio);
}

/// <summary>Trains <see cref="LinearDiscriminantModel"/> with scikit-learn 1.2.1's svd solver (priors = class frequencies, tol = 1e-4).</summary>
public static class LinearDiscriminantTrainer
{
    private const double Tolerance = 1e-4;

    /// <summary>Fits the discriminant to <paramref name="x"/> and <paramref name="labels"/>; every class needs at least one row.</summary>
    /// <exception cref="DataValidationException">A feature is NaN or infinite, or a label is missing or out of range.</exception>
    public static LinearDiscriminantModel Fit(FeatureMatrix x, ReadOnlySpan<int> labels, int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureLabels(labels, x.Rows, classCount);
        int n = x.Rows, d = x.Columns, k = classCount;
        if (n <= k) throw new ArgumentException($"Linear discriminant analysis needs more rows ({n}) than classes ({k}).", nameof(x));

        var counts = new int[k];
        var means = new double[k * d];
        for (int i = 0; i < n; i++)
        {
            counts[labels[i]]++;
            var m = means.AsSpan(labels[i] * d, d);
            TensorPrimitives.Add(m, x.Row(i), m);
        }
        var priors = new double[k];
        for (int c = 0; c < k; c++)
        {
            if (counts[c] == 0) throw new ArgumentException($"Class {c} has no training rows; linear discriminant analysis needs every class.", nameof(labels));
            var m = means.AsSpan(c * d, d);
            TensorPrimitives.Divide(m, counts[c], m);
            priors[c] = (double)counts[c] / n;
        }
        var xbar = new double[d];
        for (int c = 0; c < k; c++) TensorPrimitives.MultiplyAdd(means.AsSpan(c * d, d), priors[c], xbar, xbar);

        // Within-class centred data Xc; its column standard deviations.
        var within = new double[d];
        var withinSq = new double[d];
        var row = new double[d];
        for (int i = 0; i < n; i++)
        {
            TensorPrimitives.Subtract(x.Row(i), means.AsSpan(labels[i] * d, d), row);
            TensorPrimitives.Add(within, row, within);
        }
        TensorPrimitives.Divide(within, n, within);
        for (int i = 0; i < n; i++)
        {
            TensorPrimitives.Subtract(x.Row(i), means.AsSpan(labels[i] * d, d), row);
            TensorPrimitives.Subtract(row, within, row);
            TensorPrimitives.MultiplyAdd(row, row, withinSq, withinSq);
        }
        var std = new double[d];
        for (int j = 0; j < d; j++)
        {
            double s = Math.Sqrt(withinSq[j] / n);
            std[j] = s == 0 ? 1.0 : s;
        }

        // SVD of X = sqrt(1/(n−k))·Xc/std through the eigendecomposition of XᵀX (d × d): the singular values
        // and right vectors are all LDA needs, and an n × n left factor would not fit large n.
        var gram = new double[d * d];
        double fac = 1.0 / (n - k);
        for (int i = 0; i < n; i++)
        {
            TensorPrimitives.Subtract(x.Row(i), means.AsSpan(labels[i] * d, d), row);
            TensorPrimitives.Divide(row, std, row);
            for (int j = 0; j < d; j++)
            {
                var tail = gram.AsSpan(j * d + j, d - j);
                TensorPrimitives.MultiplyAdd(row.AsSpan(j), row[j] * fac, tail, tail);
            }
        }
        for (int j = 0; j < d; j++)
        {
            for (int l = j + 1; l < d; l++) gram[l * d + j] = gram[j * d + l];
        }
        var evd = Matrix<double>.Build.DenseOfColumnMajor(d, d, gram).Evd(Symmetricity.Symmetric);
        var order = new int[d];
        var singular = new double[d];
        for (int j = 0; j < d; j++)
        {
            order[j] = j;
            singular[j] = Math.Sqrt(Math.Max(evd.EigenValues[j].Real, 0.0));
        }
        Array.Sort(singular, order);
        Array.Reverse(singular);
        Array.Reverse(order);
        int rank = 0;
        while (rank < d && singular[rank] > Tolerance) rank++;
        if (rank == 0) throw new ArgumentException("The within-class scatter is zero: every class is a single point.", nameof(x));

        // scalings (d × rank) = V[:, :rank] / std / S
        var scalings = Matrix<double>.Build.Dense(d, rank);
        for (int r = 0; r < rank; r++)
        {
            for (int j = 0; j < d; j++) scalings[j, r] = evd.EigenVectors[j, order[r]] / std[j] / singular[r];
        }

        // Between-class: weighted centred class means projected, then its SVD.
        double fac2 = 1.0 / (k - 1);
        var centredMeans = Matrix<double>.Build.Dense(k, d);
        for (int c = 0; c < k; c++)
        {
            double weight = Math.Sqrt(n * priors[c] * fac2);
            for (int j = 0; j < d; j++) centredMeans[c, j] = weight * (means[c * d + j] - xbar[j]);
        }
        var between = centredMeans * scalings; // k × rank
        var svd = between.Svd(computeVectors: true);
        var s2 = svd.S;
        int maxComponents = Math.Min(k - 1, d);
        double totalSq = 0;
        for (int r = 0; r < s2.Count; r++) totalSq += s2[r] * s2[r];
        var explained = new double[Math.Min(maxComponents, s2.Count)];
        for (int r = 0; r < explained.Length; r++) explained[r] = s2[r] * s2[r] / totalSq;
        int rank2 = 0;
        while (rank2 < s2.Count && s2[rank2] > Tolerance * s2[0]) rank2++;

        var finalScalings = scalings * svd.VT.SubMatrix(0, rank2, 0, rank).Transpose(); // d × rank2
        var classMeans = Matrix<double>.Build.Dense(k, d);
        for (int c = 0; c < k; c++)
        {
            for (int j = 0; j < d; j++) classMeans[c, j] = means[c * d + j] - xbar[j];
        }
        var projectedMeans = classMeans * finalScalings; // k × rank2
        var coef = projectedMeans * finalScalings.Transpose(); // k × d
        var intercepts = new double[k];
        for (int c = 0; c < k; c++)
        {
            double sq = 0;
            for (int r = 0; r < rank2; r++) sq += projectedMeans[c, r] * projectedMeans[c, r];
            double shift = 0;
            for (int j = 0; j < d; j++) shift += xbar[j] * coef[c, j];
            intercepts[c] = -0.5 * sq + Math.Log(priors[c]) - shift;
        }

        double[] coefficients;
        double[] finalIntercepts;
        if (k == 2)
        {
            coefficients = new double[d];
            for (int j = 0; j < d; j++) coefficients[j] = coef[1, j] - coef[0, j];
            finalIntercepts = [intercepts[1] - intercepts[0]];
        }
        else
        {
            coefficients = new double[k * d];
            for (int c = 0; c < k; c++)
            {
                for (int j = 0; j < d; j++) coefficients[c * d + j] = coef[c, j];
            }
            finalIntercepts = intercepts;
        }
        var scalingValues = new double[d * rank2];
        for (int j = 0; j < d; j++)
        {
            for (int r = 0; r < rank2; r++) scalingValues[j * rank2 + r] = finalScalings[j, r];
        }
        return LinearDiscriminantModel.Create(d, k, coefficients, finalIntercepts, xbar, scalingValues, rank2,
            Math.Min(maxComponents, rank2), explained);
    }
}
