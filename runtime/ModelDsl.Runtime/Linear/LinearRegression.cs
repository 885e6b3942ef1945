using System;
using System.Numerics.Tensors;
using System.Threading;

namespace ModelDsl.Runtime.Learning;

/// <summary>The regularisation of a linear model.</summary>
public enum Penalty
{
    /// <summary>No penalty: ordinary least squares / unpenalised logistic regression.</summary>
    None,

    /// <summary>Squared L2 norm of the coefficients (ridge).</summary>
    L2,

    /// <summary>L1 norm of the coefficients (lasso): sparse coefficients.</summary>
    L1,

    /// <summary>A mix of L1 and squared L2, weighted by <c>L1Ratio</c>.</summary>
    ElasticNet,
}

/// <summary>Options of <see cref="LinearRegressionTrainer"/>; names and defaults as scikit-learn 1.2.1's
/// <c>LinearRegression</c>, <c>Ridge</c>, <c>Lasso</c> and <c>ElasticNet</c>.</summary>
public sealed record LinearRegressionOptions
{
    /// <summary>The penalty: <see cref="Penalty.None"/> (OLS), <see cref="Penalty.L2"/> (ridge),
    /// <see cref="Penalty.L1"/> (lasso) or <see cref="Penalty.ElasticNet"/>.</summary>
    public Penalty Penalty { get; init; } = Penalty.None;

    /// <summary>Regularisation strength (scikit-learn's <c>alpha</c>, default 1.0). Ridge minimises
    /// ‖y − Xw‖² + α‖w‖²; lasso and elastic net minimise (1/2n)‖y − Xw‖² + α·ρ‖w‖₁ + ½α(1 − ρ)‖w‖²
    /// (the two scales differ exactly as in scikit-learn). Ignored for <see cref="Penalty.None"/>.</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>The L1 share ρ of the elastic-net penalty (scikit-learn's <c>l1_ratio</c>, default 0.5); lasso is ρ = 1.</summary>
    public double L1Ratio { get; init; } = 0.5;

    /// <summary>Fit an unpenalised intercept (scikit-learn's <c>fit_intercept</c>, default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>Maximum coordinate-descent passes for lasso / elastic net (scikit-learn's <c>max_iter</c>, default 1000).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Coordinate-descent tolerance (scikit-learn's <c>tol</c>, default 1e-4): a pass whose largest
    /// coefficient change is below tol × the largest coefficient triggers the duality-gap check, which stops
    /// when the gap is below tol × ‖y‖².</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>The defaults (ordinary least squares with an intercept).</summary>
    public static LinearRegressionOptions Default { get; } = new();

    internal void Validate()
    {
        if (!Enum.IsDefined(Penalty)) throw new ArgumentException($"Unknown penalty {Penalty}.", nameof(Penalty));
        if (!(Alpha >= 0) || double.IsInfinity(Alpha)) throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must be finite and non-negative.");
        if (!(L1Ratio >= 0 && L1Ratio <= 1)) throw new ArgumentOutOfRangeException(nameof(L1Ratio), L1Ratio, "L1Ratio must be in [0, 1].");
        if (MaxIterations < 1) throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "MaxIterations must be at least 1.");
        if (!(Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be non-negative.");
    }
}

/// <summary>A trained linear regressor: ŷ = w·x + b. Immutable and thread-safe; prediction allocates nothing.</summary>
public sealed class LinearRegressionModel : IRegressionModel, IPropagatesNonFinite
{
    private readonly double[] _coefficients;

    private LinearRegressionModel(double[] coefficients, double intercept, int iterations, bool converged)
    {
        _coefficients = coefficients;
        Intercept = intercept;
        Iterations = iterations;
        Converged = converged;
    }

    /// <inheritdoc />
    public int FeatureCount => _coefficients.Length;

    /// <summary>The coefficients w, one per feature.</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>The intercept b (0 when the intercept was not fitted).</summary>
    public double Intercept { get; }

    /// <summary>Coordinate-descent passes used in training (0 for closed-form solutions and rebuilt models).</summary>
    public int Iterations { get; }

    /// <summary>False when coordinate descent stopped at <see cref="LinearRegressionOptions.MaxIterations"/>
    /// without reaching the duality-gap tolerance (scikit-learn's ConvergenceWarning).</summary>
    public bool Converged { get; }

    /// <inheritdoc />
    public double Predict(ReadOnlySpan<double> features)
    {
        DataValidation.EnsureFeatures(features, _coefficients.Length);
        return Kernels.Dot(features, _coefficients) + Intercept;
    }

    /// <summary>Rebuilds a model from its parameters (as saved from <see cref="Coefficients"/> and <see cref="Intercept"/>).</summary>
    public static LinearRegressionModel FromParameters(ReadOnlySpan<double> coefficients, double intercept)
    {
        if (coefficients.IsEmpty) throw new ArgumentException("A linear model needs at least one coefficient.", nameof(coefficients));
        if (!double.IsFinite(intercept)) throw new ArgumentException("The intercept must be finite.", nameof(intercept));
        return new LinearRegressionModel(Dense.CopyParameters(coefficients, coefficients.Length, nameof(coefficients)), intercept, 0, true);
    }

    internal static LinearRegressionModel Create(double[] coefficients, double intercept, int iterations, bool converged) =>
        new(coefficients, intercept, iterations, converged);
}

/// <summary>
/// Trains linear regressors with scikit-learn 1.2.1's objectives: OLS and ridge in closed form (normal
/// equations, Cholesky from MathNet, pseudo-inverse when rank deficient, one step of iterative refinement);
/// lasso and elastic net by cyclic coordinate descent with scikit-learn's duality-gap stopping rule.
/// </summary>
public static class LinearRegressionTrainer
{
    /// <summary>Fits a linear model to <paramref name="x"/> (rows × features) and the target <paramref name="y"/>.</summary>
    /// <exception cref="DataValidationException">A feature or target value is NaN or infinite.</exception>
    public static LinearRegressionModel Fit(FeatureMatrix x, ReadOnlySpan<double> y, LinearRegressionOptions? options = null,
        IProgress<FitProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= LinearRegressionOptions.Default;
        options.Validate();
        DataValidation.EnsureRows(x);
        int d = x.Columns;
        double[] mean;
        if (options.FitIntercept)
        {
            x.EnsureValid();
            // A NaN or an infinity makes its column's sum non-finite (and a non-finite sum stays so), so finite means
            // prove every value finite without a separate pass; otherwise the full check finds and reports the value.
            mean = Dense.ColumnMeans(x);
            if (!TensorPrimitives.IsFiniteAll<double>(mean)) DataValidation.EnsureFinite(x);
        }
        else
        {
            DataValidation.EnsureFinite(x);
            mean = new double[d];
        }
        DataValidation.EnsureTarget(y, x.Rows);

        double yMean = options.FitIntercept ? TensorPrimitives.Sum(y) / y.Length : 0.0;

        bool sparse = options.Penalty is Penalty.L1 or Penalty.ElasticNet && options.Alpha > 0;
        if (!sparse)
        {
            double ridge = options.Penalty == Penalty.L2 ? options.Alpha : 0.0;
            var w = SolveRidge(x, y, mean, yMean, ridge);
            return LinearRegressionModel.Create(w, yMean - TensorPrimitives.Dot<double>(mean, w), 0, true);
        }

        double l1Ratio = options.Penalty == Penalty.L1 ? 1.0 : options.L1Ratio;
        var result = CoordinateDescent.ElasticNet(x, y, mean, yMean, options.Alpha, l1Ratio, options.MaxIterations, options.Tolerance,
            progress, cancellationToken);
        return LinearRegressionModel.Create(result.Coefficients, yMean - TensorPrimitives.Dot<double>(mean, result.Coefficients),
            result.Iterations, result.Converged);
    }

    /// <summary>argmin ‖yc − Xc·w‖² + α‖w‖² through the normal equations (scikit-learn's "cholesky" solver).</summary>
    private static double[] SolveRidge(FeatureMatrix x, ReadOnlySpan<double> y, double[] mean, double yMean, double alpha)
    {
        int d = x.Columns;
        var (gram, xty) = Dense.CenteredGram(x, y, mean, yMean);
        for (int j = 0; j < d; j++) gram[j * d + j] += alpha;
        var solver = new Dense.SymmetricSolver(gram, d);
        var w = solver.Solve(xty);
        if (solver.IsRankDeficient) return w; // minimum-norm solution; refinement would leave the null space
        // One step of iterative refinement: the residual of the normal equations computed from X itself
        // recovers most of the accuracy lost by squaring the condition number in XᵀX.
        var correction = Dense.CenteredResidualCorrelation(x, y, mean, yMean, w);
        TensorPrimitives.MultiplyAdd(w, -alpha, correction, correction);
        var delta = solver.Solve(correction);
        TensorPrimitives.Add(w, delta, w);
        return w;
    }
}
