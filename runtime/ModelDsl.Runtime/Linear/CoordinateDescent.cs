using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading;
using System.Threading.Tasks;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Cyclic coordinate descent for the elastic net, step for step as scikit-learn 1.2.1's
/// <c>enet_coordinate_descent</c> (same update order, same duality-gap test): written by hand because
/// MathNet has no L1-penalised solver, and matching the reference iterate for iterate is the point.
/// </summary>
internal static class CoordinateDescent
{
    public readonly record struct Result(double[] Coefficients, int Iterations, bool Converged, double Gap);

    /// <summary>Minimises (1/2n)‖yc − Xc·w‖² + α·ρ‖w‖₁ + ½α(1 − ρ)‖w‖² on centred data.</summary>
    public static Result ElasticNet(FeatureMatrix x, ReadOnlySpan<double> y, double[] mean, double yMean, double alpha, double l1Ratio,
        int maxIterations, double tolerance, IProgress<FitProgress>? progress, CancellationToken cancellationToken)
    {
        int n = x.Rows, d = x.Columns;
        // Column-major centred copy: every coordinate step reads one column. Copied in tiles of rows (each tile's rows
        // stay in L1 while every column gets a contiguous run), in parallel blocks of rows.
        var columns = new double[(long)n * d];
        int copyBlocks = Blocks.Count(n, 0);
        Parallel.For(0, copyBlocks, Blocks.Options, b =>
        {
            const int Tile = 64;
            int start = Blocks.Start(b, copyBlocks, n), end = Blocks.Start(b + 1, copyBlocks, n);
            var values = x.Values;
            for (int t0 = start; t0 < end; t0 += Tile)
            {
                int rows = Math.Min(Tile, end - t0);
                for (int j = 0; j < d; j++)
                {
                    double m = mean[j];
                    var target = columns.AsSpan((int)((long)j * n + t0), rows);
                    int at = t0 * d + j;
                    for (int r = 0; r < rows; r++, at += d) target[r] = values[at] - m;
                }
            }
        });
        var yc = new double[n];
        TensorPrimitives.Subtract(y, yMean, yc);

        // scikit-learn scales the penalties by n instead of dividing the loss by n.
        double l1 = alpha * l1Ratio * n;
        double l2 = alpha * (1.0 - l1Ratio) * n;

        var w = new double[d];
        var normCols = new double[d];
        for (int j = 0; j < d; j++) normCols[j] = TensorPrimitives.SumOfSquares<double>(Column(columns, j, n));
        var residual = (double[])yc.Clone(); // w = 0
        var xta = new double[d];
        double gapTolerance = tolerance * TensorPrimitives.SumOfSquares<double>(yc);
        double dwTolerance = tolerance;
        double gap = gapTolerance + 1.0;

        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double wMax = 0.0, dwMax = 0.0;
            // Each step adds the previous update's correction to the residual and this column's old coefficient back in one
            // pass, computing ρ = column·residual on the way (as scikit-learn's axpy, dot, axpy, but one sweep over memory).
            int pending = -1;      // column whose update −w·column is still to be applied to the residual
            double pendingW = 0.0;
            for (int j = 0; j < d; j++)
            {
                if (normCols[j] == 0.0) continue;
                double old = w[j];
                double rho = StepPass(columns, n, pending, -pendingW, j, old, residual);
                double updated = Math.Sign(rho) * Math.Max(Math.Abs(rho) - l1, 0.0) / (normCols[j] + l2);
                w[j] = updated;
                pending = updated != 0.0 ? j : -1;
                pendingW = updated;
                dwMax = Math.Max(dwMax, Math.Abs(updated - old));
                wMax = Math.Max(wMax, Math.Abs(updated));
            }
            if (pending >= 0) TensorPrimitives.MultiplyAdd(Column(columns, pending, n), -pendingW, residual, residual);
            if (progress is not null)
            {
                // The primal objective, (1/2n)‖r‖² + α·ρ‖w‖₁ + ½α(1 − ρ)‖w‖²: O(n + d), against the sweep's O(n·d).
                double objective = (0.5 * TensorPrimitives.SumOfSquares<double>(residual) + l1 * TensorPrimitives.SumOfMagnitudes<double>(w)
                    + 0.5 * l2 * TensorPrimitives.SumOfSquares<double>(w)) / n;
                progress.Report(new FitProgress("coordinate descent", iteration + 1, objective)
                {
                    MaxIterations = maxIterations,
                    StepName = "sweep",
                    ObjectiveName = "objective",
                    Metric = wMax == 0.0 ? 0.0 : dwMax / wMax,
                    MetricName = "max change",
                });
            }

            if (wMax == 0.0 || dwMax / wMax < dwTolerance || iteration == maxIterations - 1)
            {
                gap = DualityGap(columns, n, d, w, residual, yc, l1, l2, xta);
                if (gap < gapTolerance) return new Result(w, iteration + 1, true, gap);
            }
        }
        return new Result(w, maxIterations, false, gap);
    }

    /// <summary>
    /// residual += previous·a (when previous ≥ 0), then residual += column·b (when b ≠ 0), element by element with
    /// multiply-then-add rounding; returns column·residual (the updated residual).
    /// </summary>
    private static double StepPass(double[] columns, int n, int previous, double a, int column, double b, double[] residual)
    {
        ref double c = ref MemoryMarshal.GetArrayDataReference(columns);
        ref double res = ref MemoryMarshal.GetArrayDataReference(residual);
        ref double cj = ref Unsafe.Add(ref c, (nint)column * n);
        bool hasPrevious = previous >= 0, hasOld = b != 0.0;
        ref double cp = ref hasPrevious ? ref Unsafe.Add(ref c, (nint)previous * n) : ref cj;
        if (!hasPrevious) a = 0.0;
        int i = 0;
        double rho = 0.0;
        if (Vector256.IsHardwareAccelerated)
        {
            var va = Vector256.Create(a);
            var vb = Vector256.Create(b);
            var acc0 = Vector256<double>.Zero;
            var acc1 = Vector256<double>.Zero;
            if (hasPrevious && hasOld)
            {
                for (; i <= n - 8; i += 8)
                {
                    var x0 = Vector256.LoadUnsafe(ref cj, (nuint)i);
                    var x1 = Vector256.LoadUnsafe(ref cj, (nuint)(i + 4));
                    var r0 = Vector256.LoadUnsafe(ref cp, (nuint)i) * va + Vector256.LoadUnsafe(ref res, (nuint)i);
                    var r1 = Vector256.LoadUnsafe(ref cp, (nuint)(i + 4)) * va + Vector256.LoadUnsafe(ref res, (nuint)(i + 4));
                    r0 = x0 * vb + r0;
                    r1 = x1 * vb + r1;
                    r0.StoreUnsafe(ref res, (nuint)i);
                    r1.StoreUnsafe(ref res, (nuint)(i + 4));
                    acc0 = Vector256.FusedMultiplyAdd(x0, r0, acc0);
                    acc1 = Vector256.FusedMultiplyAdd(x1, r1, acc1);
                }
            }
            else if (hasPrevious || hasOld)
            {
                ref double cu = ref hasPrevious ? ref cp : ref cj;
                var vu = hasPrevious ? va : vb;
                for (; i <= n - 8; i += 8)
                {
                    var x0 = Vector256.LoadUnsafe(ref cj, (nuint)i);
                    var x1 = Vector256.LoadUnsafe(ref cj, (nuint)(i + 4));
                    var r0 = Vector256.LoadUnsafe(ref cu, (nuint)i) * vu + Vector256.LoadUnsafe(ref res, (nuint)i);
                    var r1 = Vector256.LoadUnsafe(ref cu, (nuint)(i + 4)) * vu + Vector256.LoadUnsafe(ref res, (nuint)(i + 4));
                    r0.StoreUnsafe(ref res, (nuint)i);
                    r1.StoreUnsafe(ref res, (nuint)(i + 4));
                    acc0 = Vector256.FusedMultiplyAdd(x0, r0, acc0);
                    acc1 = Vector256.FusedMultiplyAdd(x1, r1, acc1);
                }
            }
            else
            {
                for (; i <= n - 8; i += 8)
                {
                    acc0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref cj, (nuint)i), Vector256.LoadUnsafe(ref res, (nuint)i), acc0);
                    acc1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref cj, (nuint)(i + 4)), Vector256.LoadUnsafe(ref res, (nuint)(i + 4)), acc1);
                }
            }
            rho = Vector256.Sum(acc0 + acc1);
        }
        for (; i < n; i++)
        {
            double r = Unsafe.Add(ref res, i);
            if (hasPrevious) r = Unsafe.Add(ref cp, i) * a + r;
            if (hasOld) r = Unsafe.Add(ref cj, i) * b + r;
            Unsafe.Add(ref res, i) = r;
            rho += Unsafe.Add(ref cj, i) * r;
        }
        return rho;
    }

    private static ReadOnlySpan<double> Column(double[] columns, int j, int n) => new(columns, j * n, n);

    private static double DualityGap(double[] columns, int n, int d, double[] w, double[] residual, double[] y, double l1, double l2, double[] xta)
    {
        for (int j = 0; j < d; j++) xta[j] = TensorPrimitives.Dot(Column(columns, j, n), residual) - l2 * w[j];
        double dualNorm = TensorPrimitives.MaxMagnitude<double>(xta);
        dualNorm = Math.Abs(dualNorm);
        double rNorm2 = TensorPrimitives.SumOfSquares<double>(residual);
        double wNorm2 = TensorPrimitives.SumOfSquares<double>(w);
        double scale, gap;
        if (dualNorm > l1)
        {
            scale = l1 / dualNorm;
            gap = 0.5 * (rNorm2 + rNorm2 * scale * scale);
        }
        else
        {
            scale = 1.0;
            gap = rNorm2;
        }
        gap += l1 * TensorPrimitives.SumOfMagnitudes<double>(w) - scale * TensorPrimitives.Dot<double>(residual, y)
            + 0.5 * l2 * (1 + scale * scale) * wNorm2;
        return gap;
    }
}
