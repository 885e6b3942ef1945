using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading;

namespace ModelDsl.Runtime.Learning;

/// <summary>How training rows are weighted by their class.</summary>
public enum ClassWeightMode
{
    /// <summary>Every row weighs 1.</summary>
    None,

    /// <summary>Rows of class k weigh n / (classCount · nₖ) (scikit-learn's "balanced").</summary>
    Balanced,

    /// <summary>Rows of class k weigh <see cref="LogisticRegressionOptions.ClassWeights"/>[k].</summary>
    Explicit,
}

/// <summary>Options of <see cref="LogisticRegressionTrainer"/>; names and defaults as scikit-learn 1.2.1's <c>LogisticRegression</c>.</summary>
public sealed record LogisticRegressionOptions
{
    /// <summary>The penalty (default <see cref="Penalty.L2"/>).</summary>
    public Penalty Penalty { get; init; } = Penalty.L2;

    /// <summary>Inverse regularisation strength (scikit-learn's <c>C</c>, default 1.0). The objective is
    /// C·Σ loss + ½‖W‖² (L2), C·Σ loss + ‖W‖₁ (L1), or C·Σ loss + ρ‖W‖₁ + ½(1 − ρ)‖W‖² (elastic net);
    /// intercepts are never penalised.</summary>
    public double C { get; init; } = 1.0;

    /// <summary>The L1 share ρ of the elastic-net penalty (scikit-learn's <c>l1_ratio</c>).</summary>
    public double L1Ratio { get; init; } = 0.5;

    /// <summary>Fit unpenalised intercepts (default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>Maximum optimiser iterations (scikit-learn's <c>max_iter</c>, default 100).</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Stopping tolerance on the relative gradient maxᵢ |gᵢ|·max(|wᵢ|, 1) / max(|f|, 1) (default 1e-4,
    /// scikit-learn's <c>tol</c> value). Use 1e-8 or less to reach the optimum to many digits.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Class weighting (default none).</summary>
    public ClassWeightMode ClassWeight { get; init; } = ClassWeightMode.None;

    /// <summary>One weight per class, used when <see cref="ClassWeight"/> is <see cref="ClassWeightMode.Explicit"/>.</summary>
    public double[]? ClassWeights { get; init; }

    /// <summary>The defaults.</summary>
    public static LogisticRegressionOptions Default { get; } = new();

    internal void Validate(int classCount)
    {
        if (!Enum.IsDefined(Penalty)) throw new ArgumentException($"Unknown penalty {Penalty}.", nameof(Penalty));
        if (!(C > 0) || double.IsInfinity(C)) throw new ArgumentOutOfRangeException(nameof(C), C, "C must be positive and finite.");
        if (!(L1Ratio >= 0 && L1Ratio <= 1)) throw new ArgumentOutOfRangeException(nameof(L1Ratio), L1Ratio, "L1Ratio must be in [0, 1].");
        if (MaxIterations < 1) throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "MaxIterations must be at least 1.");
        if (!(Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be non-negative.");
        if (!Enum.IsDefined(ClassWeight)) throw new ArgumentException($"Unknown class weighting {ClassWeight}.", nameof(ClassWeight));
        if (ClassWeight == ClassWeightMode.Explicit)
        {
            if (ClassWeights is null || ClassWeights.Length != classCount)
                throw new ArgumentException($"Explicit class weights need one weight per class ({classCount}).", nameof(ClassWeights));
            foreach (var w in ClassWeights)
            {
                if (!(w >= 0) || double.IsInfinity(w)) throw new ArgumentException("Class weights must be finite and non-negative.", nameof(ClassWeights));
            }
        }
    }
}

/// <summary>
/// A trained logistic regression. With two classes it holds one coefficient vector for class 1 (as
/// scikit-learn): P(1) = σ(w·x + b). With more, one vector per class and softmax probabilities.
/// Immutable and thread-safe; prediction allocates nothing.
/// </summary>
public sealed class LogisticRegressionModel : IClassificationModel
{
    private readonly double[] _coefficients;
    private readonly double[] _intercepts;

    private LogisticRegressionModel(int featureCount, int classCount, double[] coefficients, double[] intercepts, int iterations, bool converged)
    {
        FeatureCount = featureCount;
        ClassCount = classCount;
        _coefficients = coefficients;
        _intercepts = intercepts;
        Iterations = iterations;
        Converged = converged;
        if (classCount is 3 or 4 && intercepts.Length == classCount && Vector256.IsHardwareAccelerated)
        {
            // A missing fourth class gets weight 0 and intercept −∞: its score is −∞ and its exponential 0.
            _classWeights = new Vector256<double>[featureCount];
            for (int j = 0; j < featureCount; j++)
            {
                _classWeights[j] = Vector256.Create(coefficients[j], coefficients[featureCount + j], coefficients[2 * featureCount + j],
                    classCount == 4 ? coefficients[3 * featureCount + j] : 0);
            }
            _interceptVector = Vector256.Create(intercepts[0], intercepts[1], intercepts[2], classCount == 4 ? intercepts[3] : double.NegativeInfinity);
        }
    }

    // Three or four classes (iris and the like): a prediction is short enough for loop and call overheads and three
    // Math.Exp calls to dominate it. The coefficients are kept transposed as well, one vector of class weights per
    // feature, so the scores are one vector of multiply-adds and the softmax runs on that vector (Dense.SoftmaxOfFour).
    // Null otherwise.
    private readonly Vector256<double>[]? _classWeights;
    private readonly Vector256<double> _interceptVector;

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>Rows of <see cref="Coefficients"/>: 1 for two classes, <see cref="ClassCount"/> otherwise.</summary>
    public int CoefficientRows => _intercepts.Length;

    /// <summary>Coefficients, row-major <see cref="CoefficientRows"/> × <see cref="FeatureCount"/> (scikit-learn's <c>coef_</c>).</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>Intercepts, one per coefficient row (scikit-learn's <c>intercept_</c>).</summary>
    public ReadOnlySpan<double> Intercepts => _intercepts;

    /// <summary>Optimiser iterations used in training (0 for rebuilt models).</summary>
    public int Iterations { get; }

    /// <summary>False when the optimiser stopped at <see cref="LogisticRegressionOptions.MaxIterations"/> before the tolerance.</summary>
    public bool Converged { get; }

    /// <summary>The linear scores: one value (class 1's log-odds) for two classes, one per class otherwise.</summary>
    public void DecisionFunction(ReadOnlySpan<double> features, Span<double> scores)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        int rows = _intercepts.Length;
        DataValidation.EnsureOutput(scores.Length, rows, nameof(scores));
        for (int k = 0; k < rows; k++)
        {
            scores[k] = Kernels.Dot(features, new ReadOnlySpan<double>(_coefficients, k * FeatureCount, FeatureCount)) + _intercepts[k];
        }
    }

    /// <inheritdoc />
    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        DataValidation.EnsureOutput(probabilities.Length, ClassCount, nameof(probabilities));
        if (ClassCount == 2)
        {
            DataValidation.EnsureFeatures(features, FeatureCount);
            double p = Dense.Sigmoid(Kernels.Dot(features, _coefficients) + _intercepts[0]);
            probabilities[0] = 1.0 - p;
            probabilities[1] = p;
            return;
        }
        if (_classWeights is { } classWeights)
        {
            DataValidation.EnsureFeatures(features, FeatureCount);
            var sums = _interceptVector;
            ref double x = ref MemoryMarshal.GetReference(features);
            ref Vector256<double> weights = ref MemoryMarshal.GetArrayDataReference(classWeights);
            for (int j = 0; j < classWeights.Length; j++)
                sums = Vector256.MultiplyAddEstimate(Vector256.Create(Unsafe.Add(ref x, j)), Unsafe.Add(ref weights, j), sums);
            if (Dense.SoftmaxOfFour(sums, probabilities, ClassCount)) return;
        }
        var scores = probabilities.Slice(0, ClassCount);
        DecisionFunction(features, scores);
        Dense.SoftmaxInPlace(scores);
    }

    /// <summary>The predicted class (argmax of the scores); allocates nothing.</summary>
    public int Predict(ReadOnlySpan<double> features)
    {
        if (ClassCount == 2)
        {
            DataValidation.EnsureFeatures(features, FeatureCount);
            return Kernels.Dot(features, _coefficients) + _intercepts[0] > 0 ? 1 : 0;
        }
        DataValidation.EnsureFeatures(features, FeatureCount);
        int best = 0;
        double bestScore = double.NegativeInfinity;
        for (int k = 0; k < ClassCount; k++)
        {
            double s = Kernels.Dot(features, new ReadOnlySpan<double>(_coefficients, k * FeatureCount, FeatureCount)) + _intercepts[k];
            if (s > bestScore)
            {
                bestScore = s;
                best = k;
            }
        }
        return best;
    }

    /// <summary>Rebuilds a model from <see cref="Coefficients"/> and <see cref="Intercepts"/>
    /// (1 row for two classes, <paramref name="classCount"/> rows otherwise).</summary>
    public static LogisticRegressionModel FromParameters(int featureCount, int classCount, ReadOnlySpan<double> coefficients, ReadOnlySpan<double> intercepts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        int rows = classCount == 2 ? 1 : classCount;
        return new LogisticRegressionModel(featureCount, classCount,
            Dense.CopyParameters(coefficients, rows * featureCount, nameof(coefficients)),
            Dense.CopyParameters(intercepts, rows, nameof(intercepts)), 0, true);
    }

    internal static LogisticRegressionModel Create(int featureCount, int classCount, double[] coefficients, double[] intercepts, int iterations, bool converged) =>
        new(featureCount, classCount, coefficients, intercepts, iterations, converged);
}

/// <summary>
/// Trains logistic regression with scikit-learn 1.2.1's objective (binary: one vector; three or more
/// classes: multinomial softmax). L2 and no penalty: MathNet's L-BFGS; L1 and elastic net: OWL-QN.
/// Both run in column-standardised coordinates (an exact reparametrisation; see the objective).
/// </summary>
public static class LogisticRegressionTrainer
{
    /// <summary>Fits a classifier to <paramref name="x"/> and <paramref name="labels"/> (0..classCount-1).</summary>
    /// <exception cref="DataValidationException">A feature is NaN or infinite, or a label is missing or out of range.</exception>
    public static LogisticRegressionModel Fit(FeatureMatrix x, ReadOnlySpan<int> labels, int classCount, LogisticRegressionOptions? options = null,
        IProgress<FitProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= LogisticRegressionOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        options.Validate(classCount);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureLabels(labels, x.Rows, classCount);

        var y = labels.ToArray();
        var weights = SampleWeights(y, classCount, options);
        double inverseC = 1.0 / options.C;
        double l2 = options.Penalty switch
        {
            Penalty.L2 => inverseC,
            Penalty.ElasticNet => inverseC * (1.0 - options.L1Ratio),
            _ => 0.0,
        };
        double l1 = options.Penalty switch
        {
            Penalty.L1 => inverseC,
            Penalty.ElasticNet => inverseC * options.L1Ratio,
            _ => 0.0,
        };

        var objective = new LogisticObjective(x, y, weights, classCount, options.FitIntercept, l2);
        // Progress reports the objective per unit of row weight: the mean log-loss plus the penalty's share.
        double weightSum = 0;
        foreach (double w in weights) weightSum += w;
        double lossScale = weightSum > 0 ? 1.0 / weightSum : 1.0;
        MinimizerResult result = l1 > 0
            ? OwlQn.Minimize(objective.Evaluate, objective.L1Weights(l1), options.MaxIterations, options.Tolerance, 10, progress, cancellationToken, lossScale)
            : MathNetLbfgs.Minimize(objective.Evaluate, objective.ParameterCount, options.MaxIterations, options.Tolerance, progress, cancellationToken, lossScale);

        var original = new double[objective.ParameterCount];
        objective.ToOriginal(result.Point, original);
        int d = x.Columns, rows = objective.Outputs, stride = objective.Stride;
        var coefficients = new double[rows * d];
        var intercepts = new double[rows];
        for (int k = 0; k < rows; k++)
        {
            Array.Copy(original, k * stride, coefficients, k * d, d);
            if (options.FitIntercept) intercepts[k] = original[k * stride + d];
        }
        return LogisticRegressionModel.Create(d, classCount, coefficients, intercepts, result.Iterations, result.Converged);
    }

    /// <summary>Per-row weights from the class weighting (scikit-learn's <c>compute_class_weight</c>).</summary>
    internal static double[] SampleWeights(int[] labels, int classCount, LogisticRegressionOptions options)
    {
        var weights = new double[labels.Length];
        double[] perClass = new double[classCount];
        switch (options.ClassWeight)
        {
            case ClassWeightMode.Balanced:
                var counts = new int[classCount];
                foreach (int label in labels) counts[label]++;
                int present = 0;
                foreach (int c in counts) present += c > 0 ? 1 : 0;
                // over the classes present, as scikit-learn (which only knows the classes it saw)
                for (int k = 0; k < classCount; k++) perClass[k] = counts[k] == 0 ? 0.0 : (double)labels.Length / (present * counts[k]);
                break;
            case ClassWeightMode.Explicit:
                options.ClassWeights!.CopyTo(perClass, 0);
                break;
            default:
                Array.Fill(perClass, 1.0);
                break;
        }
        for (int i = 0; i < labels.Length; i++) weights[i] = perClass[labels[i]];
        return weights;
    }
}
