using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// An algorithm behind a per-feature scaling, rewritten to take the raw row (the catalog's FoldsStandardisation and
/// FoldsScalingExactly say which). Trees: each threshold becomes the raw value it stands for, chosen so every decision is
/// bit for bit the same (<see cref="FoldThresholds"/>). Gaussian naive Bayes behind a standardisation, and multinomial
/// naive Bayes behind a min-max scaling: their parameters in raw units, rounding-level differences. A linear algorithm
/// behind a standardisation: w·((x − μ)/σ) + b = (w/σ)·x + (b − Σ w μ/σ),
/// so a prediction skips the pipeline (only the finite check remains). Built once with the trained or loaded model; the
/// model keeps the unfolded algorithm for everything else (saving, parameters, LDA's projection), so the model file
/// is unchanged. The folded scores differ from the two-step ones by rounding only (ScalingFoldTests: below 1e-13 in
/// probability on all iris rows; 2.7e-15 relative on the diabetes rows for ridge against a hand-written two-step form).
/// Measured on iris (issue 12 §9, interleaved, shared machine): TrainedClassifier.PredictProbabilities of the standardised
/// logistic model on extracted rows went from 74.7 ns (fastest round 72.1) to 57.5 ns (34.9); linear regression on
/// diabetes from 2.5× to 1.25× a hand-written pipeline, because the transform and the wait of the algorithm's loads on
/// its stores are gone.
/// </summary>
internal static class ScalingFold
{
    /// <summary>The folded classifier, or null when the pipeline is not a standardisation alone or the algorithm is not linear.</summary>
    public static IClassificationModel? Classifier(ModelSpec spec, FeaturePipeline pipeline, IClassificationModel algorithm)
    {
        if (algorithm is TreeClassifierModel trees && FoldsExactly(spec, ModelDsl.Catalog.FamilyNames.Classifier))
            return FoldThresholds(pipeline, trees.Trees) is { } folded ? TreeClassifierModel.FromTrees(folded, trees.OobScore) : null;
        if (!Folds(spec, ModelDsl.Catalog.FamilyNames.Classifier)) return null;
        if (algorithm is MultinomialNaiveBayesModel multinomial)
            return pipeline.MinMaxScaling is { } minMax ? MinMaxBayes(multinomial, minMax.Scales, minMax.Offsets) : null;
        if (pipeline.Standardisation is not { } standard) return null;
        var (means, scales) = standard;
        switch (algorithm)
        {
            case LogisticRegressionModel logistic:
            {
                var (w, b) = Fold(logistic.Coefficients, logistic.Intercepts, means, scales);
                return LogisticRegressionModel.FromParameters(logistic.FeatureCount, logistic.ClassCount, w, b);
            }
            case LinearDiscriminantModel lda when lda.Coefficients.Length == (lda.ClassCount == 2 ? 1 : lda.ClassCount) * lda.FeatureCount:
            {
                // LDA's probabilities are logistic ones of its linear scores (sigmoid for two classes, softmax otherwise).
                var (w, b) = Fold(lda.Coefficients, lda.Intercepts, means, scales);
                return LogisticRegressionModel.FromParameters(lda.FeatureCount, lda.ClassCount, w, b);
            }
            case GaussianNaiveBayesModel bayes:
            {
                // z = (x − μ)/σ: (z − m)²/v = (x − (μ + σm))²/(σ²v); the Jacobian Σ log σ is the same for every class and
                // cancels in the softmax.
                int d = bayes.FeatureCount, classes = bayes.ClassCount;
                var classMeans = bayes.Means.ToArray();
                var variances = bayes.Variances.ToArray();
                for (var k = 0; k < classes; k++)
                {
                    for (var j = 0; j < d; j++)
                    {
                        classMeans[k * d + j] = means[j] + scales[j] * classMeans[k * d + j];
                        variances[k * d + j] *= scales[j] * scales[j];
                    }
                }
                return GaussianNaiveBayesModel.FromParameters(d, classes, classMeans, variances, bayes.ClassPriors);
            }
            default:
                return null;
        }
    }

    /// <summary>The folded regressor, or null (see <see cref="Classifier"/>).</summary>
    public static IRegressionModel? Regressor(ModelSpec spec, FeaturePipeline pipeline, IRegressionModel algorithm)
    {
        if (algorithm is TreeRegressorModel trees && FoldsExactly(spec, ModelDsl.Catalog.FamilyNames.Regressor))
            return FoldThresholds(pipeline, trees.Trees) is { } folded ? TreeRegressorModel.FromTrees(folded, trees.OobScore) : null;
        if (pipeline.Standardisation is not { } standard || algorithm is not LinearRegressionModel linear) return null;
        var (means, scales) = standard;
        // Quantile regression: no fold (see the catalog flag), but the same arithmetic as the pipeline and the model, fused.
        if (!Folds(spec, ModelDsl.Catalog.FamilyNames.Regressor))
            return means.Length < Kernels.SmallDotLimit ? new StandardisedLinear(means, scales, linear.Coefficients.ToArray(), linear.Intercept) : null;
        var (w, b) = Fold(linear.Coefficients, [linear.Intercept], means, scales);
        return new RawLinear(w, b[0]);
    }

    /// <summary>
    /// A linear regressor with the standardisation folded in, for raw rows: its dot product is <see cref="Kernels.SmallDot"/>
    /// (scalar loads below 16 values: the row was just written value by value, and a vector load over those stores waits
    /// for the cache). The fold already moves the prediction by rounding; this sum order adds to that at the last bits.
    /// </summary>
    private sealed class RawLinear(double[] coefficients, double intercept) : IRegressionModel, IPropagatesNonFinite
    {
        private readonly double[] _coefficients = coefficients;
        private readonly double _intercept = intercept;

        public int FeatureCount => _coefficients.Length;

        public double Predict(ReadOnlySpan<double> features) => Kernels.SmallDot(features, _coefficients) + _intercept;
    }

    /// <summary>k-means behind a standardisation, fused (see <see cref="StandardisedKMeans"/>); null otherwise.</summary>
    public static IClusteringModel? Clusterer(FeaturePipeline pipeline, IClusteringModel algorithm) =>
        pipeline.Standardisation is { } standard && algorithm is KMeansModel kmeans && kmeans.FeatureCount < KMeansModel.ScalarFeatureLimit
            && standard.Means.Length == kmeans.FeatureCount
            ? new StandardisedKMeans(standard.Means, standard.Scales, kmeans.Centers.ToArray(), kmeans.ClusterCount)
            : null;

    /// <summary>
    /// A linear model behind a standardisation (quantile regression, which must not be folded), computed as the pipeline
    /// then the model compute it: each (x − μ)/σ four lanes at a time (the vector division is per lane the scalar one),
    /// into a buffer in this frame, then the model's own <see cref="Kernels.Dot"/> and intercept, so the prediction is
    /// bit for bit the two-step one, without the pipeline's generality and the second call.
    /// </summary>
    private sealed class StandardisedLinear(double[] means, double[] scales, double[] coefficients, double intercept) : IRegressionModel, IPropagatesNonFinite
    {
        private readonly double[] _means = means, _scales = scales, _coefficients = coefficients;
        private readonly double _intercept = intercept;

        public int FeatureCount => _means.Length;

        public double Predict(ReadOnlySpan<double> x)
        {
            ReadOnlySpan<double> means = _means, scales = _scales;
            int n = means.Length;
            if (x.Length != n || scales.Length != n || n > Kernels.SmallDotLimit) ThrowLength(x.Length, n);
            if (n > 4 && Vector256.IsHardwareAccelerated) return FusedDot(x, means, scales);
            Unsafe.SkipInit(out Row buffer);
            Span<double> z = ((Span<double>)buffer)[..n];
            int i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // The row's values read one by one (they were just written so; a vector load of them would wait).
                for (; i + 4 <= n; i += 4)
                {
                    var v = Vector256.Create(x[i], x[i + 1], x[i + 2], x[i + 3]);
                    Vector256.CopyTo((v - Vector256.Create(means.Slice(i, 4))) / Vector256.Create(scales.Slice(i, 4)), z.Slice(i, 4));
                }
            }
            for (; i < n; i++) z[i] = (x[i] - means[i]) / scales[i];
            return Kernels.Dot(z, _coefficients) + _intercept;
        }

        /// <summary>
        /// <see cref="Kernels.Dot"/>'s vector path (more than four values) step for step, on scaled values computed in
        /// registers: the same fused multiply-adds on the same lanes, the same <see cref="Vector256.Sum{T}"/>, the same
        /// scalar tail, so the same bits as scaling into a buffer and calling it.
        /// </summary>
        private double FusedDot(ReadOnlySpan<double> x, ReadOnlySpan<double> means, ReadOnlySpan<double> scales)
        {
            int n = means.Length;
            ReadOnlySpan<double> w = _coefficients;
            if (w.Length != n) ThrowLength(w.Length, n);
            var acc0 = Vector256<double>.Zero;
            var acc1 = Vector256<double>.Zero;
            int i = 0;
            for (; i <= n - 8; i += 8)
            {
                acc0 = Vector256.FusedMultiplyAdd(Scaled(x, means, scales, i), Vector256.Create(w.Slice(i, 4)), acc0);
                acc1 = Vector256.FusedMultiplyAdd(Scaled(x, means, scales, i + 4), Vector256.Create(w.Slice(i + 4, 4)), acc1);
            }
            if (i <= n - 4)
            {
                acc0 = Vector256.FusedMultiplyAdd(Scaled(x, means, scales, i), Vector256.Create(w.Slice(i, 4)), acc0);
                i += 4;
            }
            double sum = Vector256.Sum(acc0 + acc1);
            for (; i < n; i++) sum += (x[i] - means[i]) / scales[i] * w[i];
            return sum + _intercept;
        }

        /// <summary>(x − μ)/σ of four values, the row read value by value (it was just written so).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> Scaled(ReadOnlySpan<double> x, ReadOnlySpan<double> means, ReadOnlySpan<double> scales, int i) =>
            (Vector256.Create(x[i], x[i + 1], x[i + 2], x[i + 3]) - Vector256.Create(means.Slice(i, 4))) / Vector256.Create(scales.Slice(i, 4));

        [InlineArray(Kernels.SmallDotLimit)]
        private struct Row
        {
            private double _element;
        }
    }

    /// <summary>
    /// k-means behind a standardisation, in one pass: Σ ((x − μ)/σ − c)² with each scaled value as the pipeline computes
    /// it and the sum in KMeansModel's own order (its scalar path for a few features), so the nearest centre is the same.
    /// </summary>
    private sealed class StandardisedKMeans(double[] means, double[] scales, double[] centers, int clusters) : IClusteringModel
    {
        public int FeatureCount => means.Length;

        public int ClusterCount => clusters;

        // Up to four centres: per feature one vector of the centres' coordinates, so the distances to all of them are one
        // vector loop. Per lane the operations are NearestScalar's in its order, so the sums and the nearest are the same.
        private readonly Vector256<double>[]? _byFeature = clusters <= 4 && Vector256.IsHardwareAccelerated
            ? Enumerable.Range(0, means.Length).Select(j => Vector256.Create(Enumerable.Range(0, 4).Select(c => c < clusters ? centers[c * means.Length + j] : 0).ToArray())).ToArray()
            : null;

        private readonly Vector256<double> _unused = Vector256.Create(Enumerable.Range(0, 4).Select(c => c < clusters ? 0 : double.PositiveInfinity).ToArray());

        public int Predict(ReadOnlySpan<double> x)
        {
            int d = means.Length;
            if (x.Length != d || scales.Length != d) ThrowLength(x.Length, d);
            if (_byFeature is { } byFeature)
            {
                var distances = _unused; // +∞ in the lanes past the last centre: never the nearest
                int j = 0;
                for (; j + 4 <= byFeature.Length; j += 4)
                {
                    // Four scaled values by one vector division (per lane the scalar one), then one feature at a time.
                    var z = (Vector256.Create(x[j], x[j + 1], x[j + 2], x[j + 3]) - Vector256.Create(new ReadOnlySpan<double>(means, j, 4)))
                        / Vector256.Create(new ReadOnlySpan<double>(scales, j, 4));
                    var t = Vector256.Create(z.GetElement(0)) - byFeature[j];
                    distances += t * t;
                    t = Vector256.Create(z.GetElement(1)) - byFeature[j + 1];
                    distances += t * t;
                    t = Vector256.Create(z.GetElement(2)) - byFeature[j + 2];
                    distances += t * t;
                    t = Vector256.Create(z.GetElement(3)) - byFeature[j + 3];
                    distances += t * t;
                }
                for (; j < byFeature.Length; j++)
                {
                    var t = Vector256.Create((x[j] - means[j]) / scales[j]) - byFeature[j];
                    distances += t * t;
                }
                int best = 0;
                double bestDistance = double.PositiveInfinity;
                for (int c = 0; c < clusters; c++)
                {
                    if (distances.GetElement(c) < bestDistance)
                    {
                        bestDistance = distances.GetElement(c);
                        best = c;
                    }
                }
                return best;
            }
            return NearestOfMany(x);
        }

        private int NearestOfMany(ReadOnlySpan<double> x)
        {
            // The scaled row once, in this frame (d < 16), then every centre.
            int d = means.Length;
            Span<double> z = stackalloc double[KMeansModel.ScalarFeatureLimit];
            for (int j = 0; j < d; j++) z[j] = (x[j] - means[j]) / scales[j];
            return KMeansModel.NearestScalar(z[..d], centers, clusters);
        }
    }

    private static void ThrowLength(int length, int needed) => throw new ArgumentException($"The row has {length} values; {needed} are needed.");

    /// <summary>Multinomial naive Bayes behind a min-max scaling: Σ (s x + o) log θ = Σ x (s log θ) + Σ o log θ. Its
    /// probabilities are the softmax of those linear scores, i.e. a multinomial logistic model's: with three or four
    /// classes and every class present it becomes one (whose prediction is one vector loop and the vector softmax).</summary>
    private static IClassificationModel MinMaxBayes(MultinomialNaiveBayesModel bayes, double[] scales, double[] offsets)
    {
        int d = bayes.FeatureCount, classes = bayes.ClassCount;
        var logTheta = bayes.FeatureLogProbabilities.ToArray();
        var priors = bayes.ClassLogPriors.ToArray();
        for (var k = 0; k < classes; k++)
        {
            for (var j = 0; j < d; j++)
            {
                priors[k] += offsets[j] * logTheta[k * d + j];
                logTheta[k * d + j] *= scales[j];
            }
        }
        if (classes is 3 or 4 && priors.All(double.IsFinite)) return LogisticRegressionModel.FromParameters(d, classes, logTheta, priors);
        return MultinomialNaiveBayesModel.FromParameters(d, classes, logTheta, priors);
    }

    /// <summary>
    /// The trees with each threshold t on feature k replaced by the largest double x whose preprocessed value is ≤ t,
    /// so <c>x ≤ t′ ⇔ pipeline(x) ≤ t</c> for every finite x: the preprocessing of a feature is non-decreasing
    /// (<see cref="FeaturePipeline.IsMonotoneElementwise"/>), so the raw values that go left are exactly those up to one
    /// double, found by bisection over the doubles in order. Null when the pipeline is not monotone per feature, or when
    /// a test sends every raw value the same way and no finite threshold expresses it (the model keeps the pipeline).
    /// </summary>
    internal static TreeEnsemble? FoldThresholds(FeaturePipeline pipeline, TreeEnsemble trees)
    {
        if (pipeline.IsIdentity || !pipeline.IsMonotoneElementwise || pipeline.OutputCount != trees.FeatureCount) return null;
        var features = trees.Features;
        var thresholds = trees.Thresholds.ToArray();
        for (var i = 0; i < thresholds.Length; i++)
        {
            if (features[i] < 0) continue;
            var folded = RawThreshold(pipeline, features[i], thresholds[i]);
            if (!double.IsFinite(folded)) return null;
            thresholds[i] = folded;
        }
        return TreeEnsemble.FromArrays(trees.FeatureCount, trees.OutputWidth, trees.TreeOffsets, features, thresholds, trees.LeftChildren,
            trees.RightChildren, trees.Values, trees.FeatureImportances);
    }

    /// <summary>The largest finite double x with <c>pipeline.ScaleValue(k, x) ≤ t</c>; −∞ when there is none.</summary>
    internal static double RawThreshold(FeaturePipeline pipeline, int k, double t)
    {
        // Doubles in order are longs in order after this map (negative ones reversed); bisect on them.
        static long Key(double v)
        {
            var bits = BitConverter.DoubleToInt64Bits(v);
            return bits >= 0 ? bits : long.MinValue - bits;
        }
        static double Value(long key) => BitConverter.Int64BitsToDouble(key >= 0 ? key : long.MinValue - key);
        long lo = Key(double.MinValue), hi = Key(double.MaxValue);
        if (!(pipeline.ScaleValue(k, Value(lo)) <= t)) return double.NegativeInfinity;
        if (pipeline.ScaleValue(k, Value(hi)) <= t) return double.MaxValue;
        // Invariant: value(lo) goes left, value(hi) goes right.
        // (hi − lo can exceed long.MaxValue: the distance is taken unsigned.)
        while (unchecked((ulong)hi - (ulong)lo) > 1)
        {
            var mid = unchecked(lo + (long)(((ulong)hi - (ulong)lo) / 2));
            if (pipeline.ScaleValue(k, Value(mid)) <= t) lo = mid;
            else hi = mid;
        }
        return Value(lo);
    }

    /// <summary>Whether the catalog lets this algorithm absorb the scaling (quantile regression does not: see the flag).</summary>
    private static bool Folds(ModelSpec spec, string family) =>
        ModelDsl.Catalog.AlgorithmCatalog.Find(spec.Algorithm, family)?.Has(ModelDsl.Catalog.AlgorithmCapabilities.FoldsStandardisation) == true;

    /// <summary>Whether the catalog says the algorithm's tests absorb any monotone scaling exactly (trees).</summary>
    private static bool FoldsExactly(ModelSpec spec, string family) =>
        ModelDsl.Catalog.AlgorithmCatalog.Find(spec.Algorithm, family)?.Has(ModelDsl.Catalog.AlgorithmCapabilities.FoldsScalingExactly) == true;

    private static (double[] Coefficients, double[] Intercepts) Fold(ReadOnlySpan<double> coefficients, ReadOnlySpan<double> intercepts,
        ReadOnlySpan<double> means, ReadOnlySpan<double> scales)
    {
        var d = means.Length;
        if (coefficients.Length != intercepts.Length * d) throw new ArgumentException("The coefficients do not fit the scaler.");
        var w = new double[coefficients.Length];
        var b = intercepts.ToArray();
        for (var k = 0; k < b.Length; k++)
        {
            for (var j = 0; j < d; j++)
            {
                w[k * d + j] = coefficients[k * d + j] / scales[j];
                b[k] -= w[k * d + j] * means[j];
            }
        }
        return (w, b);
    }
}
