using System;
using System.Numerics.Tensors;
using System.Threading;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ModelDsl.Runtime.Learning;

/// <summary>A smooth objective: returns f(x) and writes ∇f(x) into <paramref name="gradient"/>.</summary>
internal delegate double SmoothObjective(ReadOnlySpan<double> x, Span<double> gradient);

/// <summary>Where a minimiser stopped.</summary>
internal readonly record struct MinimizerResult(double[] Point, double Value, int Iterations, bool Converged);

/// <summary>
/// MathNet's <see cref="LimitedMemoryBfgsMinimizer"/> for smooth objectives (the L2 and unpenalised logistic
/// regression). Measured against scikit-learn's optimum (newton-cg, gradient ≤ 1e-8) it converges tightly enough:
/// with a relative-gradient tolerance of 1e-10, worst coefficient difference 1e-7 relative on raw iris and 4e-6 on
/// raw digits (C = 0.1), given the preconditioning of <see cref="LogisticObjective"/>. Two
/// behaviours are wrapped: it throws on reaching the iteration limit and when a line search cannot make
/// progress at machine precision, discarding the iterate; the wrapper keeps the best point it evaluated.
/// </summary>
internal static class MathNetLbfgs
{
    /// <summary>Minimises <paramref name="objective"/> from 0. Progress: each evaluation that improves on the best so far
    /// (about one per iteration: MathNet reports no iterations), its value times <paramref name="lossScale"/> as the loss.</summary>
    public static MinimizerResult Minimize(SmoothObjective objective, int parameterCount, int maxIterations, double tolerance,
        IProgress<FitProgress>? progress, CancellationToken cancellationToken, double lossScale = 1.0)
    {
        var best = new double[parameterCount];
        double bestValue = double.PositiveInfinity;
        int evaluations = 0, improvements = 0;
        var function = ObjectiveFunction.Gradient(point =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var x = point.AsArray() ?? point.ToArray();
            var gradient = new double[parameterCount];
            double value = objective(x, gradient);
            evaluations++;
            if (value < bestValue)
            {
                bestValue = value;
                x.CopyTo(best, 0);
                improvements++;
                progress?.Report(new FitProgress("lbfgs", Math.Min(improvements, maxIterations), value * lossScale)
                {
                    MaxIterations = maxIterations,
                    ObjectiveName = "loss",
                });
            }
            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });

        // parameterTolerance: a relative step below 1e-14 is lack of progress at double precision;
        // functionProgressTolerance 0: stop on the gradient only (MathNet applies it after 500 iterations anyway).
        var minimizer = new LimitedMemoryBfgsMinimizer(tolerance, 1e-14, 0.0, memory: 10, maximumIterations: Math.Max(2, maxIterations));
        try
        {
            var result = minimizer.FindMinimum(function, Vector<double>.Build.Dense(parameterCount));
            var point = result.MinimizingPoint.ToArray();
            var gradient = result.FunctionInfoAtMinimum.Gradient.ToArray();
            double value = result.FunctionInfoAtMinimum.Value;
            // MathNet 5.0 reports its iteration limit as one past it and an "AbsoluteGradient" exit whatever the
            // reason: judge convergence from the iteration count and the final gradient instead.
            bool converged = result.Iterations <= maxIterations || RelativeGradient(point, gradient, value) < tolerance;
            int iterations = Math.Min(result.Iterations, maxIterations);
            return value <= bestValue
                ? new MinimizerResult(point, value, iterations, converged)
                : new MinimizerResult(best, bestValue, iterations, converged);
        }
        catch (MaximumIterationsException)
        {
            return new MinimizerResult(best, bestValue, maxIterations, false);
        }
        catch (OptimizationException)
        {
            // The line search could not decrease f any further (at the optimum to machine precision, or stuck),
            // or an evaluation overflowed: keep the best point seen.
            var gradient = new double[parameterCount];
            double value = objective(best, gradient);
            return new MinimizerResult(best, value, maxIterations, RelativeGradient(best, gradient, value) < Math.Sqrt(tolerance));
        }
    }

    /// <summary>MathNet's convergence measure: maxᵢ |gᵢ|·max(|xᵢ|, 1) / max(|f|, 1).</summary>
    public static double RelativeGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, double value)
    {
        double normalizer = Math.Max(Math.Abs(value), 1.0), worst = 0;
        for (int i = 0; i < x.Length; i++) worst = Math.Max(worst, Math.Abs(gradient[i]) * Math.Max(Math.Abs(x[i]), 1.0) / normalizer);
        return worst;
    }
}

/// <summary>
/// OWL-QN (Andrew and Gao, 2007): L-BFGS for f(x) + Σᵢ λᵢ|xᵢ| with the pseudo-gradient, orthant-constrained
/// directions and a projected backtracking line search. Written by hand because MathNet has no L1-penalised
/// minimiser; it stops on the same relative (pseudo-)gradient measure as <see cref="MathNetLbfgs"/>.
/// </summary>
internal static class OwlQn
{
    public static MinimizerResult Minimize(SmoothObjective smooth, double[] l1, int maxIterations, double tolerance, int memory,
        IProgress<FitProgress>? progress, CancellationToken cancellationToken, double lossScale = 1.0)
    {
        int p = l1.Length;
        var x = new double[p];
        var g = new double[p];
        var pg = new double[p];
        var direction = new double[p];
        var xNew = new double[p];
        var gNew = new double[p];
        var sHistory = new double[memory][];
        var yHistory = new double[memory][];
        var rho = new double[memory];
        var alpha = new double[memory];
        for (int m = 0; m < memory; m++)
        {
            sHistory[m] = new double[p];
            yHistory[m] = new double[p];
        }
        int stored = 0, newest = -1;

        double f = smooth(x, g) + L1Norm(x, l1);
        PseudoGradient(x, g, l1, pg);
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (MathNetLbfgs.RelativeGradient(x, pg, f) < tolerance) return new MinimizerResult(x, f, iteration - 1, true);

            // direction = −H·pg by the two-loop recursion
            TensorPrimitives.Negate(pg, direction);
            for (int m = 0; m < stored; m++)
            {
                int idx = (newest - m + memory) % memory;
                alpha[idx] = rho[idx] * TensorPrimitives.Dot(sHistory[idx], direction);
                TensorPrimitives.MultiplyAdd(yHistory[idx], -alpha[idx], direction, direction);
            }
            if (stored > 0)
            {
                double yy = TensorPrimitives.SumOfSquares(yHistory[newest]);
                TensorPrimitives.Multiply(direction, 1.0 / (rho[newest] * yy), direction);
            }
            for (int m = stored - 1; m >= 0; m--)
            {
                int idx = (newest - m + memory) % memory;
                double beta = rho[idx] * TensorPrimitives.Dot(yHistory[idx], direction);
                TensorPrimitives.MultiplyAdd(sHistory[idx], alpha[idx] - beta, direction, direction);
            }
            // keep only components that descend along −pg
            for (int i = 0; i < p; i++)
            {
                if (direction[i] * pg[i] >= 0) direction[i] = 0;
            }

            double step = stored == 0 ? 1.0 / Math.Max(1.0, TensorPrimitives.Norm(pg)) : 1.0;
            double fNew = double.NaN;
            bool accepted = false;
            for (int trial = 0; trial < 60; trial++)
            {
                for (int i = 0; i < p; i++)
                {
                    double orthant = x[i] != 0 ? Math.Sign(x[i]) : -Math.Sign(pg[i]);
                    double v = x[i] + step * direction[i];
                    xNew[i] = Math.Sign(v) == orthant ? v : 0.0;
                }
                fNew = smooth(xNew, gNew) + L1Norm(xNew, l1);
                double decrease = 0;
                for (int i = 0; i < p; i++) decrease += pg[i] * (xNew[i] - x[i]);
                if (fNew <= f + 1e-4 * decrease)
                {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted)
            {
                // No decrease possible along the projected direction: at the optimum to machine precision, or stuck.
                return new MinimizerResult(x, f, iteration, MathNetLbfgs.RelativeGradient(x, pg, f) < Math.Sqrt(tolerance));
            }

            int slot = (newest + 1) % memory;
            TensorPrimitives.Subtract(xNew, x, sHistory[slot]);
            TensorPrimitives.Subtract(gNew, g, yHistory[slot]);
            double sy = TensorPrimitives.Dot(sHistory[slot], yHistory[slot]);
            if (sy > 1e-16 * TensorPrimitives.SumOfSquares(yHistory[slot]))
            {
                rho[slot] = 1.0 / sy;
                newest = slot;
                stored = Math.Min(stored + 1, memory);
            }

            bool stalled = Math.Abs(f - fNew) <= 1e-15 * Math.Max(Math.Max(Math.Abs(f), Math.Abs(fNew)), 1.0);
            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            f = fNew;
            PseudoGradient(x, g, l1, pg);
            progress?.Report(new FitProgress("owl-qn", iteration, f * lossScale) { MaxIterations = maxIterations, ObjectiveName = "loss" });
            if (stalled) return new MinimizerResult(x, f, iteration, MathNetLbfgs.RelativeGradient(x, pg, f) < Math.Sqrt(tolerance));
        }
        return new MinimizerResult(x, f, maxIterations, MathNetLbfgs.RelativeGradient(x, pg, f) < tolerance);
    }

    private static double L1Norm(ReadOnlySpan<double> x, double[] l1)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += l1[i] * Math.Abs(x[i]);
        return sum;
    }

    private static void PseudoGradient(double[] x, double[] g, double[] l1, double[] pg)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double lambda = l1[i];
            if (x[i] > 0) pg[i] = g[i] + lambda;
            else if (x[i] < 0) pg[i] = g[i] - lambda;
            else if (g[i] + lambda < 0) pg[i] = g[i] + lambda;
            else if (g[i] - lambda > 0) pg[i] = g[i] - lambda;
            else pg[i] = 0;
        }
    }
}
