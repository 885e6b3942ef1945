using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Deterministic parallel reductions: rows are split into blocks whose boundaries depend only on the
/// problem size (never on the machine's core count), each block reduces into its own buffer, and the
/// buffers are summed in block order — so a seed or a data set gives bit-identical results everywhere.
/// </summary>
internal static class Blocks
{
    public const int RowsPerBlock = 2048;

    public static int Count(int rows, long statePerBlock, int maxBlocks = 64)
    {
        int byRows = Math.Max(1, (rows + RowsPerBlock - 1) / RowsPerBlock);
        long byMemory = Math.Max(1, 8_000_000 / Math.Max(1, statePerBlock)); // at most ~64 MB of partial sums
        return (int)Math.Max(1, Math.Min(Math.Min(byRows, maxBlocks), byMemory));
    }

    public static int Start(int block, int blocks, int rows) => (int)((long)rows * block / blocks);

    public static ParallelOptions Options { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}

/// <summary>Dense building blocks shared by the linear learners.</summary>
internal static class Dense
{
    /// <summary>Column means, summed in deterministic parallel row blocks (the block sums are added in block order).</summary>
    public static double[] ColumnMeans(FeatureMatrix x)
    {
        int d = x.Columns, n = x.Rows;
        int blocks = Blocks.Count(n, d);
        var partial = new double[blocks][];
        Parallel.For(0, blocks, Blocks.Options, b =>
        {
            var sum = new double[d];
            int end = Blocks.Start(b + 1, blocks, n);
            for (int i = Blocks.Start(b, blocks, n); i < end; i++) Kernels.AddInPlace(sum, x.Row(i));
            partial[b] = sum;
        });
        var mean = partial[0];
        for (int b = 1; b < blocks; b++) Kernels.AddInPlace(mean, partial[b]);
        TensorPrimitives.Divide(mean, n, mean);
        return mean;
    }

    /// <summary>
    /// Upper triangle and mirror of (X − 1·mean)ᵀ(X − 1·mean) and (X − 1·mean)ᵀ(y − yMean), in one pass over X.
    /// Each tile of 64 rows is centred into a row-major buffer padded to a multiple of 8 columns, with the centred
    /// target as one extra column (so Xᵀy comes out of the same kernel), and a register-blocked kernel accumulates a
    /// 4 × 8 block of the Gram matrix at a time in eight AVX registers: per row 4 broadcasts, 2 loads and 8 fused
    /// multiply-adds, no transposition and no horizontal sums. (MathNet's managed GEMM measured ~5× slower than the
    /// previous dot-product version of this loop.)
    /// </summary>
    public static (double[] Gram, double[] Xty) CenteredGram(FeatureMatrix x, ReadOnlySpan<double> y, double[] mean, double yMean)
    {
        if (!Vector256.IsHardwareAccelerated) return CenteredGramPortable(x, y, mean, yMean);
        const int Tile = 64;
        int d = x.Columns, n = x.Rows;
        int w = (d + 1 + 7) & ~7; // d centred features, the centred target, zero padding
        int blocks = Blocks.Count(n, (long)w * w);
        var partial = new double[blocks][];
        var yArray = y.ToArray();
        Parallel.For(0, blocks, Blocks.Options, b =>
        {
            var g = new double[w * w];
            var tile = new double[Tile * w]; // the padding columns stay zero
            int start = Blocks.Start(b, blocks, n), end = Blocks.Start(b + 1, blocks, n);
            for (int t0 = start; t0 < end; t0 += Tile)
            {
                int rows = Math.Min(Tile, end - t0);
                for (int r = 0; r < rows; r++)
                {
                    var target = tile.AsSpan(r * w, w);
                    Kernels.Subtract(x.Row(t0 + r), mean, target);
                    target[d] = yArray[t0 + r] - yMean;
                }
                GramTile(tile, rows, w, g);
            }
            partial[b] = g;
        });
        var sum = partial[0];
        for (int b = 1; b < blocks; b++) Kernels.AddInPlace(sum, partial[b]);
        var gram = new double[d * d];
        var xty = new double[d];
        for (int j = 0; j < d; j++)
        {
            for (int k = j; k < d; k++) gram[j * d + k] = gram[k * d + j] = sum[j * w + k];
            xty[j] = sum[j * w + d];
        }
        return (gram, xty);
    }

    /// <summary>g[j, k] += Σ_r tile[r, j]·tile[r, k] for the blocks of 4 rows × 8 columns of g that touch its upper triangle.</summary>
    private static void GramTile(double[] tile, int rows, int w, double[] g)
    {
        ref double t = ref MemoryMarshal.GetArrayDataReference(tile);
        ref double gr = ref MemoryMarshal.GetArrayDataReference(g);
        for (int jb = 0; jb < w; jb += 4)
        {
            for (int kb = jb & ~7; kb < w; kb += 8)
            {
                nuint o0 = (nuint)(jb * w + kb), o1 = o0 + (nuint)w, o2 = o1 + (nuint)w, o3 = o2 + (nuint)w;
                var c00 = Vector256.LoadUnsafe(ref gr, o0);
                var c01 = Vector256.LoadUnsafe(ref gr, o0 + 4);
                var c10 = Vector256.LoadUnsafe(ref gr, o1);
                var c11 = Vector256.LoadUnsafe(ref gr, o1 + 4);
                var c20 = Vector256.LoadUnsafe(ref gr, o2);
                var c21 = Vector256.LoadUnsafe(ref gr, o2 + 4);
                var c30 = Vector256.LoadUnsafe(ref gr, o3);
                var c31 = Vector256.LoadUnsafe(ref gr, o3 + 4);
                nuint row = 0;
                for (int r = 0; r < rows; r++, row += (nuint)w)
                {
                    var b0 = Vector256.LoadUnsafe(ref t, row + (nuint)kb);
                    var b1 = Vector256.LoadUnsafe(ref t, row + (nuint)kb + 4);
                    ref double a = ref Unsafe.Add(ref t, row + (nuint)jb);
                    var a0 = Vector256.Create(a);
                    c00 = Vector256.FusedMultiplyAdd(a0, b0, c00);
                    c01 = Vector256.FusedMultiplyAdd(a0, b1, c01);
                    var a1 = Vector256.Create(Unsafe.Add(ref a, 1));
                    c10 = Vector256.FusedMultiplyAdd(a1, b0, c10);
                    c11 = Vector256.FusedMultiplyAdd(a1, b1, c11);
                    var a2 = Vector256.Create(Unsafe.Add(ref a, 2));
                    c20 = Vector256.FusedMultiplyAdd(a2, b0, c20);
                    c21 = Vector256.FusedMultiplyAdd(a2, b1, c21);
                    var a3 = Vector256.Create(Unsafe.Add(ref a, 3));
                    c30 = Vector256.FusedMultiplyAdd(a3, b0, c30);
                    c31 = Vector256.FusedMultiplyAdd(a3, b1, c31);
                }
                c00.StoreUnsafe(ref gr, o0);
                c01.StoreUnsafe(ref gr, o0 + 4);
                c10.StoreUnsafe(ref gr, o1);
                c11.StoreUnsafe(ref gr, o1 + 4);
                c20.StoreUnsafe(ref gr, o2);
                c21.StoreUnsafe(ref gr, o2 + 4);
                c30.StoreUnsafe(ref gr, o3);
                c31.StoreUnsafe(ref gr, o3 + 4);
            }
        }
    }

    /// <summary>The same as <see cref="CenteredGram"/> without 256-bit vectors: transposed tiles and dot products.</summary>
    private static (double[] Gram, double[] Xty) CenteredGramPortable(FeatureMatrix x, ReadOnlySpan<double> y, double[] mean, double yMean)
    {
        const int Tile = 64;
        int d = x.Columns, n = x.Rows;
        int blocks = Blocks.Count(n, (long)d * d + d);
        var partialGram = new double[blocks][];
        var partialXty = new double[blocks][];
        var yArray = y.ToArray();
        Parallel.For(0, blocks, Blocks.Options, b =>
        {
            var g = new double[d * d];
            var xy = new double[d];
            var tile = new double[d * Tile];
            var yTile = new double[Tile];
            int start = Blocks.Start(b, blocks, n), end = Blocks.Start(b + 1, blocks, n);
            for (int t0 = start; t0 < end; t0 += Tile)
            {
                int rows = Math.Min(Tile, end - t0);
                for (int r = 0; r < rows; r++)
                {
                    var row = x.Row(t0 + r);
                    for (int j = 0; j < d; j++) tile[j * Tile + r] = row[j] - mean[j];
                    yTile[r] = yArray[t0 + r] - yMean;
                }
                var ys = new ReadOnlySpan<double>(yTile, 0, rows);
                for (int j = 0; j < d; j++)
                {
                    var cj = new ReadOnlySpan<double>(tile, j * Tile, rows);
                    xy[j] += TensorPrimitives.Dot(cj, ys);
                    for (int k = j; k < d; k++) g[j * d + k] += TensorPrimitives.Dot(cj, new ReadOnlySpan<double>(tile, k * Tile, rows));
                }
            }
            partialGram[b] = g;
            partialXty[b] = xy;
        });
        var gram = partialGram[0];
        var xty = partialXty[0];
        for (int b = 1; b < blocks; b++)
        {
            TensorPrimitives.Add(gram, partialGram[b], gram);
            TensorPrimitives.Add(xty, partialXty[b], xty);
        }
        for (int j = 0; j < d; j++)
        {
            for (int k = j + 1; k < d; k++) gram[k * d + j] = gram[j * d + k];
        }
        return (gram, xty);
    }

    /// <summary>(X − 1·mean)ᵀ(y − yMean − (X − 1·mean)·w): the gradient direction used by one step of iterative refinement.</summary>
    public static double[] CenteredResidualCorrelation(FeatureMatrix x, ReadOnlySpan<double> y, double[] mean, double yMean, double[] w)
    {
        int d = x.Columns, n = x.Rows;
        int blocks = Blocks.Count(n, d);
        var partial = new double[blocks][];
        var yArray = y.ToArray();
        Parallel.For(0, blocks, Blocks.Options, b =>
        {
            var acc = new double[d];
            var row = new double[d];
            int start = Blocks.Start(b, blocks, n), end = Blocks.Start(b + 1, blocks, n);
            for (int i = start; i < end; i++)
            {
                Kernels.Subtract(x.Row(i), mean, row);
                double r = yArray[i] - yMean - Kernels.Dot(row, w);
                Kernels.MultiplyAddInPlace(row, r, acc);
            }
            partial[b] = acc;
        });
        var result = partial[0];
        for (int b = 1; b < blocks; b++) Kernels.AddInPlace(result, partial[b]);
        return result;
    }

    /// <summary>
    /// Solves the symmetric positive semi-definite system A·w = b (A is d × d, row-major = column-major).
    /// Cholesky (MathNet) when A is well conditioned; otherwise the minimum-norm solution through a
    /// symmetric eigendecomposition (what scikit-learn's lstsq returns for a rank-deficient X).
    /// </summary>
    public sealed class SymmetricSolver
    {
        private readonly Cholesky<double>? _cholesky;
        private readonly Matrix<double>? _pseudoInverse;

        public SymmetricSolver(double[] a, int d)
        {
            var matrix = Matrix<double>.Build.DenseOfColumnMajor(d, d, a);
            try
            {
                var cholesky = matrix.Cholesky();
                var factor = cholesky.Factor;
                double min = double.PositiveInfinity, max = 0;
                for (int j = 0; j < d; j++)
                {
                    double v = factor[j, j] * factor[j, j];
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
                if (max > 0 && min > max * 1e-12)
                {
                    _cholesky = cholesky;
                    return;
                }
            }
            catch (ArgumentException)
            {
                // not positive definite: fall through to the pseudo-inverse
            }
            var evd = matrix.Evd(Symmetricity.Symmetric);
            var values = evd.EigenValues;
            double top = 0;
            for (int j = 0; j < d; j++) top = Math.Max(top, values[j].Real);
            double cutoff = top * 1e-12;
            var vectors = evd.EigenVectors;
            var inverse = Matrix<double>.Build.Dense(d, d);
            for (int j = 0; j < d; j++)
            {
                double lambda = values[j].Real;
                if (lambda <= cutoff) continue;
                var v = vectors.Column(j);
                inverse += v.OuterProduct(v) / lambda;
            }
            _pseudoInverse = inverse;
            IsRankDeficient = true;
        }

        public bool IsRankDeficient { get; }

        public double[] Solve(double[] b)
        {
            var rhs = Vector<double>.Build.DenseOfArray(b);
            var solution = _cholesky is not null ? _cholesky.Solve(rhs) : _pseudoInverse! * rhs;
            return solution.ToArray();
        }
    }

    /// <summary>Copies a parameter span after checking its length and that every value is finite.</summary>
    public static double[] CopyParameters(ReadOnlySpan<double> values, int expectedLength, string name, bool allowNegativeInfinity = false)
    {
        if (values.Length != expectedLength)
            throw new ArgumentException($"'{name}' has {values.Length} values; {expectedLength} were expected.", name);
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (double.IsNaN(v) || double.IsPositiveInfinity(v) || (double.IsNegativeInfinity(v) && !allowNegativeInfinity))
                throw new ArgumentException($"'{name}'[{i}] is {v}; parameters must be finite.", name);
        }
        return values.ToArray();
    }

    /// <summary>In-place softmax that is safe for large logits (subtracts the maximum first); one fused scalar pass
    /// per step for short vectors (a few class scores), where TensorPrimitives' per-call overhead would dominate.</summary>
    public static void SoftmaxInPlace(Span<double> scores)
    {
        if (scores.Length > 16)
        {
            SoftmaxLong(scores);
            return;
        }
        double max = double.NegativeInfinity;
        bool nan = false;
        for (int i = 0; i < scores.Length; i++)
        {
            double s = scores[i];
            if (s > max) max = s;
            else if (double.IsNaN(s)) nan = true;
        }
        if (nan)
        {
            SoftmaxLong(scores); // TensorPrimitives' NaN semantics
            return;
        }
        if (double.IsNegativeInfinity(max))
        {
            scores.Fill(1.0 / scores.Length);
            return;
        }
        double sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double e = Math.Exp(scores[i] - max);
            scores[i] = e;
            sum += e;
        }
        for (int i = 0; i < scores.Length; i++) scores[i] /= sum;
    }

    /// <summary>
    /// Softmax of three or four scores held in one vector (a fourth lane past <paramref name="count"/> must be −∞), written
    /// to the first <paramref name="count"/> values of <paramref name="probabilities"/>: the same result as
    /// <see cref="SoftmaxInPlace"/> within an ulp or two, with one vector exponential (<see cref="ExpOfNonPositive"/>) and
    /// shuffles for the maximum and the sum. False, having written nothing, when a score is NaN or every score is −∞:
    /// <see cref="SoftmaxInPlace"/> handles those.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SoftmaxOfFour(Vector256<double> scores, Span<double> probabilities, int count)
    {
        var max = Vector256.Max(scores, Vector256.Shuffle(scores, Vector256.Create(1L, 0, 3, 2)));
        max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(2L, 3, 0, 1)));
        if (!Vector256.EqualsAll(scores, scores) || double.IsNegativeInfinity(max.ToScalar())) return false;
        var e = ExpOfNonPositive(scores - max);
        var sum = e + Vector256.Shuffle(e, Vector256.Create(1L, 0, 3, 2));
        sum += Vector256.Shuffle(sum, Vector256.Create(2L, 3, 0, 1));
        var p = e / sum;
        ref double target = ref MemoryMarshal.GetReference(probabilities[..count]);
        target = p.GetElement(0);
        Unsafe.Add(ref target, 1) = p.GetElement(1);
        Unsafe.Add(ref target, 2) = p.GetElement(2);
        if (count == 4) Unsafe.Add(ref target, 3) = p.GetElement(3);
        return true;
    }

    /// <summary>
    /// e^y for y ≤ 0 (NaN excluded), four at a time, within 1 ulp of Math.Exp (measured on 2 million values in [−750, 0];
    /// LogisticRegressionTests compares the softmax built on it with Math.Exp's), exactly 1 at 0 and exactly 0 below −708 (where Math.Exp gives at most 3·10⁻³⁰⁸). Written here because
    /// .NET's own Vector256.Exp measured slower on four doubles (about 28 ns) than three Math.Exp calls (about 14 ns),
    /// and those calls were most of a small model's prediction. y = k·ln 2 + r with |r| ≤ ln 2 / 2 (the two-part ln 2
    /// of fdlibm), e^r by its Taylor series to r¹³ (truncation error below 0.02 ulp), times 2^k built in the exponent bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ExpOfNonPositive(Vector256<double> y)
    {
        var underflow = Vector256.LessThan(y, Vector256.Create(-708.0));
        y = Vector256.Max(y, Vector256.Create(-708.0));
        var k = Vector256.Round(y * Vector256.Create(1.4426950408889634));
        var r = Vector256.MultiplyAddEstimate(k, Vector256.Create(-6.93147180369123816490e-01), y);
        r = Vector256.MultiplyAddEstimate(k, Vector256.Create(-1.90821492927058770002e-10), r);
        var p = Vector256.Create(1.0 / 6227020800.0);
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 479001600.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 39916800.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 3628800.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 362880.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 40320.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 5040.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 720.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 120.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 24.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.0 / 6.0));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(0.5));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256<double>.One);
        p = Vector256.MultiplyAddEstimate(p, r, Vector256<double>.One);
        // k + 2^52 + 1023 holds k + 1023 (between 1 and 1023 here) in its low mantissa bits; shifted up, that is the
        // exponent field of 2^k.
        var scale = Vector256.ShiftLeft((k + Vector256.Create(4503599627371519.0)).AsInt64(), 52).AsDouble();
        return Vector256.ConditionalSelect(underflow, Vector256<double>.Zero, p * scale);
    }

    private static void SoftmaxLong(Span<double> scores)
    {
        double max = TensorPrimitives.Max<double>(scores);
        if (double.IsNegativeInfinity(max))
        {
            scores.Fill(1.0 / scores.Length);
            return;
        }
        TensorPrimitives.Subtract(scores, max, scores);
        TensorPrimitives.Exp(scores, scores);
        double sum = TensorPrimitives.Sum<double>(scores);
        TensorPrimitives.Divide(scores, sum, scores);
    }

    /// <summary>log(1 + exp(z)) without overflow.</summary>
    public static double Softplus(double z) => z > 0 ? z + Log1P(Math.Exp(-z)) : Log1P(Math.Exp(z));

    /// <summary>log(1 + x), accurate for small x (.NET's double.LogP1 computes log(x + 1) naively).</summary>
    public static double Log1P(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>1 / (1 + exp(−z)) without overflow.</summary>
    public static double Sigmoid(double z)
    {
        if (z >= 0) return 1.0 / (1.0 + Math.Exp(-z));
        double e = Math.Exp(z);
        return e / (1.0 + e);
    }
}
