using System;

namespace ModelDsl.Runtime.Learning;

/// <summary>Options of <see cref="QuantileRegressionTrainer"/>; names and defaults as scikit-learn 1.2.1's <c>QuantileRegressor</c>.</summary>
public sealed record QuantileRegressionOptions
{
    /// <summary>The quantile τ to predict, in (0, 1) (default 0.5: the median).</summary>
    public double Quantile { get; init; } = 0.5;

    /// <summary>L1 penalty α (default 1.0). The objective is (1/n)·Σ ρ_τ(yᵢ − xᵢ·w − b) + α‖w‖₁ with the
    /// pinball loss ρ_τ(r) = max(τr, (τ − 1)r); the intercept is not penalised.</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>Fit an intercept (default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>Maximum interior-point iterations (each one solves a features × features system; 30–60 is typical).</summary>
    public int MaxIterations { get; init; } = 500;

    /// <summary>Stop when the duality gap is below this fraction of the objective (default 1e-12).</summary>
    public double Tolerance { get; init; } = 1e-12;

    internal void Validate()
    {
        if (!(Quantile > 0 && Quantile < 1)) throw new ArgumentOutOfRangeException(nameof(Quantile), Quantile, "The quantile must be in (0, 1).");
        if (!(Alpha >= 0) || double.IsInfinity(Alpha)) throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must be finite and non-negative.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
        if (!(Tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be positive.");
    }
}

/// <summary>
/// Linear quantile regression solved exactly as a linear program, by the Frisch–Newton primal-dual
/// interior-point method (Koenker and Portnoy 1997, R's <c>quantreg::rq.fit.fnb</c>) with Mehrotra's
/// predictor-corrector. It works on the dual, max yᵀa subject to X̃ᵀa = (1 − τ)X̃ᵀ1 and 0 ≤ a ≤ 1, whose
/// equality multipliers are the coefficients; each step solves one (features + 1)² system, so a fit costs
/// O(rows · features²) per iteration. The L1 penalty enters as 2 pseudo-rows per feature, (±nα·eⱼ, 0), whose
/// pinball losses add up to nα|wⱼ|. Written here because no managed NuGet package solves LPs (Google OR-Tools,
/// the one served, is native, and the runtime has no native dependency); the solution matches scikit-learn's
/// HiGHS simplex wherever the optimum is unique.
/// </summary>
public static class QuantileRegressionTrainer
{
    /// <summary>Fits the τ-quantile of <paramref name="y"/> given <paramref name="x"/>.</summary>
    /// <exception cref="DataValidationException">A feature or target value is NaN or infinite.</exception>
    /// <param name="x">The rows.</param>
    /// <param name="y">The target.</param>
    /// <param name="options">The options (default: scikit-learn's).</param>
    /// <param name="progress">Told at each interior-point iteration: the duality gap (which falls to 0) and the relative gap.</param>
    public static LinearRegressionModel Fit(FeatureMatrix x, ReadOnlySpan<double> y, QuantileRegressionOptions? options = null,
        IProgress<FitProgress>? progress = null)
    {
        options ??= new QuantileRegressionOptions();
        options.Validate();
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureTarget(y, x.Rows);

        // X̃: the rows (with a leading 1 for the intercept), then the penalty's pseudo-rows.
        int d = x.Columns, p = d + (options.FitIntercept ? 1 : 0), offset = options.FitIntercept ? 1 : 0;
        int pseudo = options.Alpha > 0 ? 2 * d : 0, n = x.Rows + pseudo;
        var a = new double[n * p];
        var target = new double[n];
        for (int i = 0; i < x.Rows; i++)
        {
            if (options.FitIntercept) a[i * p] = 1;
            x.Row(i).CopyTo(a.AsSpan(i * p + offset, d));
            target[i] = y[i];
        }
        double penalty = x.Rows * options.Alpha;
        for (int j = 0; j < pseudo; j++) a[(x.Rows + j) * p + offset + j / 2] = j % 2 == 0 ? penalty : -penalty;

        var (beta, iterations, converged) = FrischNewton(a, target, n, p, options.Quantile, options.MaxIterations, options.Tolerance, progress);
        var coefficients = beta.AsSpan(offset, d).ToArray();
        return LinearRegressionModel.Create(coefficients, options.FitIntercept ? beta[0] : 0.0, iterations, converged);
    }

    /// <summary>min cᵀa s.t. Aa = b, 0 ≤ a ≤ 1 with A = X̃ᵀ, c = −y, b = (1 − τ)X̃ᵀ1; returns the equality multipliers (the coefficients).</summary>
    private static (double[] Beta, int Iterations, bool Converged) FrischNewton(double[] xt, double[] y, int n, int p, double tau, int maxIterations, double tolerance,
        IProgress<FitProgress>? progress)
    {
        const double StepScale = 0.99995;
        // Start: a = 1 − τ is feasible; the multipliers from least squares; z − w = the reduced costs, both kept positive.
        var x = new double[n];
        var s = new double[n];
        Array.Fill(x, 1 - tau);
        Array.Fill(s, tau);
        var c = new double[n];
        for (int i = 0; i < n; i++) c[i] = -y[i];
        var b = MultiplyTransposed(xt, n, p, x);
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        var multipliers = SolveWeighted(xt, n, p, ones, MultiplyTransposed(xt, n, p, c));
        var z = new double[n];
        var w = new double[n];
        var reduced = Residual(xt, n, p, c, multipliers);
        double scale = 0;
        foreach (double r in reduced) scale = Math.Max(scale, Math.Abs(r));
        double floor = Math.Max(scale, 1) * 1e-2;
        for (int i = 0; i < n; i++)
        {
            z[i] = Math.Max(reduced[i], 0) + floor;
            w[i] = Math.Max(-reduced[i], 0) + floor;
        }

        var theta = new double[n];
        var rho = new double[n];
        var dx = new double[n];
        var dz = new double[n];
        var dw = new double[n];
        var rxz = new double[n];
        var rsw = new double[n];
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            double gap = 0, objective = 0;
            for (int i = 0; i < n; i++)
            {
                gap += x[i] * z[i] + s[i] * w[i];
                objective += c[i] * x[i];
            }
            if (iteration > 1)
            {
                // The gap after iteration − 1 (the start's gap is not an iteration's).
                progress?.Report(new FitProgress("interior point", iteration - 1, gap)
                {
                    MaxIterations = maxIterations,
                    ObjectiveName = "duality gap",
                    Metric = gap / (1 + Math.Abs(objective)),
                    MetricName = "relative gap",
                });
            }
            if (gap <= tolerance * (1 + Math.Abs(objective))) return (Negate(multipliers), iteration - 1, true);

            // Residuals of Aa = b and Aᵀλ + z − w = c.
            var ax = MultiplyTransposed(xt, n, p, x);
            var rp = new double[p];
            for (int k = 0; k < p; k++) rp[k] = b[k] - ax[k];
            var rd = Residual(xt, n, p, c, multipliers);
            for (int i = 0; i < n; i++)
            {
                rd[i] += -z[i] + w[i];
                theta[i] = 1.0 / (z[i] / x[i] + w[i] / s[i]);
            }

            // Predictor (affine scaling): complementarity targets 0.
            for (int i = 0; i < n; i++)
            {
                rxz[i] = -x[i] * z[i];
                rsw[i] = -s[i] * w[i];
            }
            var dl = Direction(xt, n, p, theta, rp, rd, rxz, rsw, x, s, z, w, rho, dx, dz, dw);
            double alphaP = Math.Min(1, PrimalStep(x, s, dx)), alphaD = Math.Min(1, DualStep(z, w, dz, dw));
            double mu = gap / (2 * n), affine = 0;
            for (int i = 0; i < n; i++)
                affine += (x[i] + alphaP * dx[i]) * (z[i] + alphaD * dz[i]) + (s[i] - alphaP * dx[i]) * (w[i] + alphaD * dw[i]);
            double sigma = Math.Pow(affine / gap, 3);

            // Corrector: centring plus the second-order term of the predictor.
            for (int i = 0; i < n; i++)
            {
                rxz[i] = -x[i] * z[i] + sigma * mu - dx[i] * dz[i];
                rsw[i] = -s[i] * w[i] + sigma * mu + dx[i] * dw[i];
            }
            dl = Direction(xt, n, p, theta, rp, rd, rxz, rsw, x, s, z, w, rho, dx, dz, dw);
            alphaP = Math.Min(1, StepScale * PrimalStep(x, s, dx));
            alphaD = Math.Min(1, StepScale * DualStep(z, w, dz, dw));
            for (int i = 0; i < n; i++)
            {
                x[i] += alphaP * dx[i];
                s[i] -= alphaP * dx[i];
                z[i] += alphaD * dz[i];
                w[i] += alphaD * dw[i];
            }
            for (int k = 0; k < p; k++) multipliers[k] += alphaD * dl[k];
        }
        return (Negate(multipliers), maxIterations, false);
    }

    /// <summary>One Newton direction: (AΘAᵀ)Δλ = r_p + AΘρ, then Δa, Δz, Δw from it (Δs = −Δa).</summary>
    private static double[] Direction(double[] xt, int n, int p, double[] theta, double[] rp, double[] rd, double[] rxz, double[] rsw,
        double[] x, double[] s, double[] z, double[] w, double[] rho, double[] dx, double[] dz, double[] dw)
    {
        for (int i = 0; i < n; i++) rho[i] = rd[i] - rxz[i] / x[i] + rsw[i] / s[i];
        var rhs = new double[p];
        for (int i = 0; i < n; i++)
        {
            double t = theta[i] * rho[i];
            for (int k = 0; k < p; k++) rhs[k] += xt[i * p + k] * t;
        }
        for (int k = 0; k < p; k++) rhs[k] += rp[k];
        var dl = SolveWeighted(xt, n, p, theta, rhs);
        for (int i = 0; i < n; i++)
        {
            double atl = 0;
            for (int k = 0; k < p; k++) atl += xt[i * p + k] * dl[k];
            dx[i] = theta[i] * (atl - rho[i]);
            dz[i] = (rxz[i] - z[i] * dx[i]) / x[i];
            dw[i] = (rsw[i] + w[i] * dx[i]) / s[i];
        }
        return dl;
    }

    /// <summary>Solves (Σᵢ θᵢ x̃ᵢx̃ᵢᵀ) v = rhs.</summary>
    private static double[] SolveWeighted(double[] xt, int n, int p, double[] theta, double[] rhs)
    {
        var gram = new double[p * p];
        for (int i = 0; i < n; i++)
        {
            var row = xt.AsSpan(i * p, p);
            double t = theta[i];
            for (int j = 0; j < p; j++)
            {
                double v = t * row[j];
                for (int k = 0; k <= j; k++) gram[j * p + k] += v * row[k];
            }
        }
        for (int j = 0; j < p; j++) for (int k = 0; k < j; k++) gram[k * p + j] = gram[j * p + k];
        return new Dense.SymmetricSolver(gram, p).Solve(rhs);
    }

    private static double[] MultiplyTransposed(double[] xt, int n, int p, double[] v)
    {
        var result = new double[p];
        for (int i = 0; i < n; i++) for (int k = 0; k < p; k++) result[k] += xt[i * p + k] * v[i];
        return result;
    }

    /// <summary>c − Aᵀλ per row.</summary>
    private static double[] Residual(double[] xt, int n, int p, double[] c, double[] lambda)
    {
        var r = new double[n];
        for (int i = 0; i < n; i++)
        {
            double v = c[i];
            for (int k = 0; k < p; k++) v -= xt[i * p + k] * lambda[k];
            r[i] = v;
        }
        return r;
    }

    private static double PrimalStep(double[] x, double[] s, double[] dx)
    {
        double step = double.PositiveInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            if (dx[i] < 0) step = Math.Min(step, -x[i] / dx[i]);
            else if (dx[i] > 0) step = Math.Min(step, s[i] / dx[i]);
        }
        return Math.Min(step, 1e300);
    }

    private static double DualStep(double[] z, double[] w, double[] dz, double[] dw)
    {
        double step = double.PositiveInfinity;
        for (int i = 0; i < z.Length; i++)
        {
            if (dz[i] < 0) step = Math.Min(step, -z[i] / dz[i]);
            if (dw[i] < 0) step = Math.Min(step, -w[i] / dw[i]);
        }
        return Math.Min(step, 1e300);
    }

    // With c = −y the multipliers of Aa = b are the negated coefficients.
    private static double[] Negate(double[] v)
    {
        var r = new double[v.Length];
        for (int i = 0; i < v.Length; i++) r[i] = -v[i];
        return r;
    }
}
