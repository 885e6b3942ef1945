using System;
using System.Collections.Generic;
using System.Numerics.Tensors;

namespace ModelDsl.Runtime.Learning;

/// <summary>The kernel of a support vector machine.</summary>
public enum SvmKernel
{
    /// <summary>k(a, b) = a·b.</summary>
    Linear,

    /// <summary>k(a, b) = exp(−γ‖a − b‖²).</summary>
    Rbf,
}

/// <summary>Options of <see cref="SupportVectorRegressionTrainer"/>; names and defaults as scikit-learn 1.2.1's <c>SVR</c>.</summary>
public sealed record SupportVectorRegressionOptions
{
    /// <summary>The kernel (default RBF).</summary>
    public SvmKernel Kernel { get; init; } = SvmKernel.Rbf;

    /// <summary>The penalty C on errors beyond the tube (default 1.0).</summary>
    public double C { get; init; } = 1.0;

    /// <summary>Half-width ε of the tube within which errors cost nothing (default 0.1).</summary>
    public double Epsilon { get; init; } = 0.1;

    /// <summary>The RBF γ; 0 (the default) means scikit-learn's "scale": 1 / (features · variance of all training values).</summary>
    public double Gamma { get; init; }

    /// <summary>Stopping tolerance on the maximal KKT violation (default 1e-3).</summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>Maximum SMO iterations; 0 or less means libsvm's cap, max(10⁷, 100·rows).</summary>
    public int MaxIterations { get; init; }

    internal void Validate()
    {
        if (!Enum.IsDefined(Kernel)) throw new ArgumentException($"Unknown kernel {Kernel}.", nameof(Kernel));
        if (!(C > 0) || double.IsInfinity(C)) throw new ArgumentOutOfRangeException(nameof(C), C, "C must be positive and finite.");
        if (!(Epsilon >= 0) || double.IsInfinity(Epsilon)) throw new ArgumentOutOfRangeException(nameof(Epsilon), Epsilon, "Epsilon must be finite and non-negative.");
        if (!(Gamma >= 0) || double.IsInfinity(Gamma)) throw new ArgumentOutOfRangeException(nameof(Gamma), Gamma, "Gamma must be finite and non-negative.");
        if (!(Tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be positive.");
    }
}

/// <summary>A trained support vector regressor: ŷ = Σₖ cₖ·k(svₖ, x) + b. Immutable and thread-safe; prediction allocates nothing.</summary>
public sealed class SupportVectorRegressionModel : IRegressionModel
{
    private readonly double[] _supportVectors;
    private readonly double[] _coefficients;
    private readonly double[]? _weights; // linear kernel: Σₖ cₖ·svₖ, so prediction is one dot product

    private SupportVectorRegressionModel(int featureCount, SvmKernel kernel, double gamma, double[] supportVectors, double[] coefficients, double intercept,
        int iterations, bool converged)
    {
        FeatureCount = featureCount;
        Kernel = kernel;
        Gamma = gamma;
        _supportVectors = supportVectors;
        _coefficients = coefficients;
        Intercept = intercept;
        Iterations = iterations;
        Converged = converged;
        if (kernel == SvmKernel.Linear)
        {
            _weights = new double[featureCount];
            for (int k = 0; k < coefficients.Length; k++)
                TensorPrimitives.MultiplyAdd(supportVectors.AsSpan(k * featureCount, featureCount), coefficients[k], _weights, _weights);
        }
    }

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <summary>The kernel.</summary>
    public SvmKernel Kernel { get; }

    /// <summary>The RBF γ actually used ("scale" resolved); 0 for the linear kernel.</summary>
    public double Gamma { get; }

    /// <summary>The support vectors, row-major (<see cref="SupportVectorCount"/> × <see cref="FeatureCount"/>).</summary>
    public ReadOnlySpan<double> SupportVectors => _supportVectors;

    /// <summary>The dual coefficients αᵢ − αᵢ* of the support vectors (scikit-learn's <c>dual_coef_</c>).</summary>
    public ReadOnlySpan<double> DualCoefficients => _coefficients;

    /// <summary>The number of support vectors.</summary>
    public int SupportVectorCount => _coefficients.Length;

    /// <summary>The intercept b (scikit-learn's <c>intercept_</c>, libsvm's −ρ).</summary>
    public double Intercept { get; }

    /// <summary>SMO iterations used in training (0 for rebuilt models).</summary>
    public int Iterations { get; }

    /// <summary>False when SMO stopped at the iteration cap before the tolerance.</summary>
    public bool Converged { get; }

    /// <inheritdoc />
    public double Predict(ReadOnlySpan<double> features)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        if (_weights is not null) return TensorPrimitives.Dot(features, _weights) + Intercept;
        double sum = Intercept;
        int d = FeatureCount;
        for (int k = 0; k < _coefficients.Length; k++)
        {
            var sv = _supportVectors.AsSpan(k * d, d);
            double squared = 0;
            for (int j = 0; j < d; j++)
            {
                double diff = features[j] - sv[j];
                squared += diff * diff;
            }
            sum += _coefficients[k] * Math.Exp(-Gamma * squared);
        }
        return sum;
    }

    /// <summary>Rebuilds a model from its parameters (as saved from the properties).</summary>
    public static SupportVectorRegressionModel FromParameters(int featureCount, SvmKernel kernel, double gamma, ReadOnlySpan<double> supportVectors,
        ReadOnlySpan<double> dualCoefficients, double intercept)
    {
        if (featureCount < 1) throw new ArgumentException("An SVR needs at least one feature.", nameof(featureCount));
        if (!Enum.IsDefined(kernel)) throw new ArgumentException($"Unknown kernel {kernel}.", nameof(kernel));
        if (!(gamma >= 0) || double.IsInfinity(gamma)) throw new ArgumentException("Gamma must be finite and non-negative.", nameof(gamma));
        if (!double.IsFinite(intercept)) throw new ArgumentException("The intercept must be finite.", nameof(intercept));
        if ((long)dualCoefficients.Length * featureCount != supportVectors.Length)
            throw new ArgumentException($"{dualCoefficients.Length} support vectors of {featureCount} features need {(long)dualCoefficients.Length * featureCount} values, not {supportVectors.Length}.");
        var sv = Dense.CopyParameters(supportVectors, supportVectors.Length, nameof(supportVectors));
        var coefficients = Dense.CopyParameters(dualCoefficients, dualCoefficients.Length, nameof(dualCoefficients));
        return new SupportVectorRegressionModel(featureCount, kernel, gamma, sv, coefficients, intercept, 0, true);
    }

    internal static SupportVectorRegressionModel Create(int featureCount, SvmKernel kernel, double gamma, double[] supportVectors, double[] coefficients,
        double intercept, int iterations, bool converged) => new(featureCount, kernel, gamma, supportVectors, coefficients, intercept, iterations, converged);
}

/// <summary>
/// ε-support vector regression as libsvm (which scikit-learn's <c>SVR</c> wraps): the dual over 2n variables
/// (αᵢ and αᵢ*, each in [0, C]) solved by SMO with libsvm's second-order working-set selection (WSS3, Fan,
/// Chen and Lin 2005), its two-variable update and its ρ. Kernel rows are computed on demand and cached.
/// Written here because no managed NuGet package offers an SMO solver; shrinking is left out (it changes
/// only speed).
/// </summary>
public static class SupportVectorRegressionTrainer
{
    private const double Tau = 1e-12;

    /// <summary>Fits an SVR to <paramref name="x"/> and <paramref name="y"/>.</summary>
    /// <exception cref="DataValidationException">A feature or target value is NaN or infinite.</exception>
    /// <param name="x">The rows.</param>
    /// <param name="y">The target.</param>
    /// <param name="options">The options (default: scikit-learn's).</param>
    /// <param name="progress">Told every <see cref="ReportEvery"/> SMO iterations and at the end: the dual objective and the KKT violation.</param>
    public static SupportVectorRegressionModel Fit(FeatureMatrix x, ReadOnlySpan<double> y, SupportVectorRegressionOptions? options = null,
        IProgress<FitProgress>? progress = null)
    {
        options ??= new SupportVectorRegressionOptions();
        options.Validate();
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureTarget(y, x.Rows);
        int n = x.Rows, d = x.Columns, l = 2 * n;
        double gamma = options.Kernel == SvmKernel.Linear ? 0 : options.Gamma > 0 ? options.Gamma : ScaleGamma(x);
        var kernel = new KernelRows(x, options.Kernel, gamma);
        double c = options.C;

        // Variables t < n are αₜ (sign +1), t ≥ n are αₜ₋ₙ* (sign −1); gradient of ½αᵀQα + pᵀα at α = 0 is p.
        var alpha = new double[l];
        var sign = new sbyte[l];
        var gradient = new double[l];
        for (int i = 0; i < n; i++)
        {
            sign[i] = 1;
            sign[i + n] = -1;
            gradient[i] = options.Epsilon - y[i];
            gradient[i + n] = options.Epsilon + y[i];
        }
        long cap = options.MaxIterations > 0 ? options.MaxIterations : Math.Max(10_000_000L, 100L * n);
        int iterations = 0, reported = 0;
        bool converged = false;
        double violation = double.NaN;
        var linear = progress is null ? null : (double[])gradient.Clone(); // p, for the dual objective
        while (iterations < cap)
        {
            if (!SelectWorkingSet(alpha, sign, gradient, kernel, n, c, options.Tolerance, out int i, out int j, out violation))
            {
                converged = true;
                break;
            }
            iterations++;
            Update(alpha, sign, gradient, kernel, n, c, i, j);
            if (linear is not null && iterations % ReportEvery == 0)
            {
                Report(progress!, alpha, gradient, linear, iterations, options.MaxIterations, violation);
                reported = iterations;
            }
        }
        if (linear is not null && reported != iterations) Report(progress!, alpha, gradient, linear, iterations, options.MaxIterations, violation);

        double rho = Rho(alpha, sign, gradient, c);
        var supportVectors = new List<double>();
        var coefficients = new List<double>();
        for (int i = 0; i < n; i++)
        {
            double coefficient = alpha[i] - alpha[i + n];
            if (coefficient == 0) continue;
            coefficients.Add(coefficient);
            supportVectors.AddRange(x.Row(i));
        }
        return SupportVectorRegressionModel.Create(d, options.Kernel, gamma, supportVectors.ToArray(), coefficients.ToArray(), -rho, iterations, converged);
    }

    /// <summary>SMO iterations between two progress reports (each costs one pass over the variables, as an iteration does).</summary>
    public const int ReportEvery = 100;

    /// <summary>The dual objective ½αᵀQα + pᵀα = ½Σₜ αₜ(Gₜ + pₜ), and the KKT violation of the last working-set selection.</summary>
    private static void Report(IProgress<FitProgress> progress, double[] alpha, double[] gradient, double[] linear, int iterations, int maxIterations, double violation)
    {
        double objective = 0;
        for (int t = 0; t < alpha.Length; t++) objective += alpha[t] * (gradient[t] + linear[t]);
        progress.Report(new FitProgress("smo", iterations, 0.5 * objective)
        {
            MaxIterations = maxIterations > 0 ? maxIterations : null,
            ObjectiveName = "dual objective",
            Metric = violation,
            MetricName = "KKT violation",
        });
    }

    /// <summary>scikit-learn's gamma="scale": 1 / (features · variance of every value of X).</summary>
    private static double ScaleGamma(FeatureMatrix x)
    {
        var values = x.Values.AsSpan(0, x.Rows * x.Columns);
        double mean = TensorPrimitives.Sum<double>(values) / values.Length, variance = 0;
        foreach (double v in values) variance += (v - mean) * (v - mean);
        variance /= values.Length;
        return variance > 0 ? 1.0 / (x.Columns * variance) : 1.0;
    }

    private static bool IsUpper(double a, double c) => a >= c;

    private static bool IsLower(double a) => a <= 0;

    /// <summary>libsvm's WSS3: i maximises the violation, j the second-order decrease; false when the violation is below tolerance.</summary>
    private static bool SelectWorkingSet(double[] alpha, sbyte[] sign, double[] gradient, KernelRows kernel, int n, double c, double tolerance, out int outI, out int outJ,
        out double violation)
    {
        double gMax = double.NegativeInfinity, gMax2 = double.NegativeInfinity, best = double.PositiveInfinity;
        int i = -1, j = -1, l = alpha.Length;
        for (int t = 0; t < l; t++)
        {
            if (sign[t] == 1)
            {
                if (!IsUpper(alpha[t], c) && -gradient[t] >= gMax) { gMax = -gradient[t]; i = t; }
            }
            else if (!IsLower(alpha[t]) && gradient[t] >= gMax) { gMax = gradient[t]; i = t; }
        }
        outI = i;
        outJ = -1;
        violation = 0;
        if (i < 0) return false;
        var ki = kernel.Row(i % n);
        double kii = ki[i % n];
        for (int t = 0; t < l; t++)
        {
            int r = t % n;
            double qit = sign[i] * sign[t] * ki[r];
            double qtt = kernel.Diagonal(r);
            if (sign[t] == 1)
            {
                if (IsLower(alpha[t])) continue;
                double diff = gMax + gradient[t];
                if (gradient[t] >= gMax2) gMax2 = gradient[t];
                if (diff > 0)
                {
                    double quad = kii + qtt - 2.0 * sign[i] * qit; // Q_ii + Q_tt − 2·yᵢ·Q_it, with Q_it = yᵢ·yₜ·K_it
                    double decrease = -(diff * diff) / (quad > 0 ? quad : Tau);
                    if (decrease <= best) { best = decrease; j = t; }
                }
            }
            else
            {
                if (IsUpper(alpha[t], c)) continue;
                double diff = gMax - gradient[t];
                if (-gradient[t] >= gMax2) gMax2 = -gradient[t];
                if (diff > 0)
                {
                    double quad = kii + qtt + 2.0 * sign[i] * qit;
                    double decrease = -(diff * diff) / (quad > 0 ? quad : Tau);
                    if (decrease <= best) { best = decrease; j = t; }
                }
            }
        }
        outJ = j;
        violation = gMax + gMax2;
        return violation >= tolerance && j >= 0;
    }

    /// <summary>libsvm's analytic update of the pair (i, j), clipped to the box, then the gradient.</summary>
    private static void Update(double[] alpha, sbyte[] sign, double[] gradient, KernelRows kernel, int n, double c, int i, int j)
    {
        var ki = kernel.Row(i % n);
        var kj = kernel.Row(j % n);
        double qij = sign[i] * sign[j] * ki[j % n];
        double qii = ki[i % n], qjj = kj[j % n];
        double oldI = alpha[i], oldJ = alpha[j];
        if (sign[i] != sign[j])
        {
            double quad = qii + qjj + 2 * qij;
            if (quad <= 0) quad = Tau;
            double delta = (-gradient[i] - gradient[j]) / quad;
            double diff = alpha[i] - alpha[j];
            alpha[i] += delta;
            alpha[j] += delta;
            if (diff > 0) { if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = diff; } }
            else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = -diff; }
            if (diff > 0) { if (alpha[i] > c) { alpha[i] = c; alpha[j] = c - diff; } }
            else if (alpha[j] > c) { alpha[j] = c; alpha[i] = c + diff; }
        }
        else
        {
            double quad = qii + qjj - 2 * qij;
            if (quad <= 0) quad = Tau;
            double delta = (gradient[i] - gradient[j]) / quad;
            double sum = alpha[i] + alpha[j];
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > c) { if (alpha[i] > c) { alpha[i] = c; alpha[j] = sum - c; } }
            else if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = sum; }
            if (sum > c) { if (alpha[j] > c) { alpha[j] = c; alpha[i] = sum - c; } }
            else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = sum; }
        }
        double deltaI = alpha[i] - oldI, deltaJ = alpha[j] - oldJ;
        for (int t = 0; t < alpha.Length; t++)
        {
            int r = t % n;
            gradient[t] += sign[t] * (sign[i] * ki[r] * deltaI + sign[j] * kj[r] * deltaJ);
        }
    }

    /// <summary>libsvm's ρ: the mean of yₜ·Gₜ over free variables, else the middle of its feasible interval.</summary>
    private static double Rho(double[] alpha, sbyte[] sign, double[] gradient, double c)
    {
        double upper = double.PositiveInfinity, lower = double.NegativeInfinity, sumFree = 0;
        int free = 0;
        for (int t = 0; t < alpha.Length; t++)
        {
            double yg = sign[t] * gradient[t];
            if (IsUpper(alpha[t], c))
            {
                if (sign[t] == -1) upper = Math.Min(upper, yg);
                else lower = Math.Max(lower, yg);
            }
            else if (IsLower(alpha[t]))
            {
                if (sign[t] == 1) upper = Math.Min(upper, yg);
                else lower = Math.Max(lower, yg);
            }
            else
            {
                free++;
                sumFree += yg;
            }
        }
        return free > 0 ? sumFree / free : (upper + lower) / 2;
    }

    /// <summary>Kernel rows k(xᵢ, ·), computed when first needed and kept while they fit in a memory budget.</summary>
    private sealed class KernelRows
    {
        private const long BudgetBytes = 256L << 20;
        private readonly FeatureMatrix _x;
        private readonly SvmKernel _kernel;
        private readonly double _gamma;
        private readonly double[] _norms;
        private readonly double[]?[] _rows;
        private readonly Queue<int> _order = new();
        private readonly int _capacity;

        public KernelRows(FeatureMatrix x, SvmKernel kernel, double gamma)
        {
            _x = x;
            _kernel = kernel;
            _gamma = gamma;
            _norms = new double[x.Rows];
            for (int i = 0; i < x.Rows; i++) _norms[i] = TensorPrimitives.Dot(x.Row(i), x.Row(i));
            _rows = new double[x.Rows][];
            _capacity = (int)Math.Max(2, Math.Min(x.Rows, BudgetBytes / (8L * x.Rows)));
        }

        public double Diagonal(int i) => _kernel == SvmKernel.Linear ? _norms[i] : 1.0;

        public double[] Row(int i)
        {
            if (_rows[i] is { } cached) return cached;
            if (_order.Count >= _capacity) _rows[_order.Dequeue()] = null;
            var row = new double[_x.Rows];
            var xi = _x.Row(i);
            for (int t = 0; t < row.Length; t++)
            {
                double dot = TensorPrimitives.Dot(xi, _x.Row(t));
                row[t] = _kernel == SvmKernel.Linear ? dot : Math.Exp(-_gamma * Math.Max(0, _norms[i] + _norms[t] - 2 * dot));
            }
            _rows[i] = row;
            _order.Enqueue(i);
            return row;
        }
    }
}
