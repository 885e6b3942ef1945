using System;
using System.Numerics.Tensors;
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
    public static double[] ColumnMeans(FeatureMatrix x)
    {
        var mean = new double[x.Columns];
        for (int i = 0; i < x.Rows; i++) TensorPrimitives.Add(mean, x.Row(i), mean);
        TensorPrimitives.Divide(mean, x.Rows, mean);
        return mean;
    }

    /// <summary>
    /// Upper triangle and mirror of (X − 1·mean)ᵀ(X − 1·mean) and (X − 1·mean)ᵀ(y − yMean), in one pass over X.
    /// Hand-written because MathNet's managed GEMM needs a column-major copy of X and measured ~5× slower
    /// (0.7 s for 100,000 × 50); here each tile of 64 centred rows is transposed once and every Gram entry is a
    /// SIMD dot product over the tile, so the partial sums stay in registers.
    /// </summary>
    public static (double[] Gram, double[] Xty) CenteredGram(FeatureMatrix x, ReadOnlySpan<double> y, double[] mean, double yMean)
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
                TensorPrimitives.Subtract(x.Row(i), mean, row);
                double r = yArray[i] - yMean - TensorPrimitives.Dot<double>(row, w);
                TensorPrimitives.MultiplyAdd(row, r, acc, acc);
            }
            partial[b] = acc;
        });
        var result = partial[0];
        for (int b = 1; b < blocks; b++) TensorPrimitives.Add(result, partial[b], result);
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

    /// <summary>In-place softmax that is safe for large logits (subtracts the maximum first).</summary>
    public static void SoftmaxInPlace(Span<double> scores)
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
