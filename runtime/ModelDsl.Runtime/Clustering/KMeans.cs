using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading;
using System.Threading.Tasks;

namespace ModelDsl.Runtime.Learning;

/// <summary>Options of <see cref="KMeansTrainer"/>; names and defaults as scikit-learn 1.2.1's <c>KMeans</c> (lloyd).</summary>
public sealed record KMeansOptions
{
    /// <summary>Number of clusters (scikit-learn's <c>n_clusters</c>, default 8).</summary>
    public int ClusterCount { get; init; } = 8;

    /// <summary>Number of k-means++ restarts; the run with the lowest inertia wins (scikit-learn's <c>n_init</c>, default 10).
    /// Ignored (one run) when <see cref="InitialCenters"/> is given.</summary>
    public int NInit { get; init; } = 10;

    /// <summary>Maximum Lloyd iterations per run (default 300).</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Relative tolerance (default 1e-4): a run stops when the squared centre shift summed over clusters is at most
    /// tol × the mean feature variance of the data, or when no label changes.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Seed of the k-means++ initialisation: the same seed and data give the same model.</summary>
    public int Seed { get; init; }

    /// <summary>Starting centres, row-major <see cref="ClusterCount"/> × features, instead of k-means++ (for reproducing another run).</summary>
    public double[]? InitialCenters { get; init; }

    /// <summary>The defaults.</summary>
    public static KMeansOptions Default { get; } = new();
}

/// <summary>A trained k-means clusterer: the centres; <see cref="Predict"/> returns the nearest. Immutable and thread-safe;
/// prediction allocates nothing.</summary>
public sealed class KMeansModel : IClusteringModel
{
    private readonly double[] _centers;

    private KMeansModel(int featureCount, double[] centers, double inertia, int iterations, int bestRun)
    {
        FeatureCount = featureCount;
        ClusterCount = centers.Length / featureCount;
        _centers = centers;
        Inertia = inertia;
        Iterations = iterations;
        BestRun = bestRun;
    }

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <inheritdoc />
    public int ClusterCount { get; }

    /// <summary>The centres, row-major <see cref="ClusterCount"/> × <see cref="FeatureCount"/> (scikit-learn's <c>cluster_centers_</c>).</summary>
    public ReadOnlySpan<double> Centers => _centers;

    /// <summary>Sum of squared distances of the training rows to their centres (scikit-learn's <c>inertia_</c>).</summary>
    public double Inertia { get; }

    /// <summary>Lloyd iterations of the winning run (0 for rebuilt models).</summary>
    public int Iterations { get; }

    /// <summary>The winning restart, 1-based as <see cref="FitProgress.Run"/> reports it (0 for rebuilt models).</summary>
    public int BestRun { get; }

    /// <summary>One centre.</summary>
    public ReadOnlySpan<double> Center(int cluster) => new(_centers, cluster * FeatureCount, FeatureCount);

    /// <inheritdoc />
    public int Predict(ReadOnlySpan<double> features)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        return FeatureCount < ScalarFeatureLimit ? NearestScalar(features, _centers, ClusterCount) : KMeansTrainer.Nearest(features, _centers, FeatureCount, out _);
    }

    internal const int ScalarFeatureLimit = 16;

    /// <summary>
    /// The nearest centre by plain squared distances: for a few features (a declared pipeline's output, written value by
    /// value) scalar loads beat a vector distance call per centre, which waits for those stores to reach the cache and
    /// takes a square root. Compares Σ(x − c)² instead of ‖x − c‖'s square, so a centre can differ from
    /// <see cref="KMeansTrainer.Nearest"/> only where two centres are equally near to rounding.
    /// </summary>
    internal static int NearestScalar(ReadOnlySpan<double> features, double[] centers, int clusters)
    {
        int d = features.Length, best = 0;
        if (centers.Length != clusters * d) throw new ArgumentException("The centres do not fit the row.", nameof(centers));
        double bestDistance = double.PositiveInfinity;
        for (int c = 0, at = 0; c < clusters; c++, at += d)
        {
            double distance = 0;
            for (int j = 0; j < d; j++)
            {
                double t = features[j] - centers[at + j];
                distance += t * t;
            }
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    /// <summary>Euclidean distance from one row to every centre (scikit-learn's <c>transform</c>).</summary>
    public void Transform(ReadOnlySpan<double> features, Span<double> distances)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        DataValidation.EnsureOutput(distances.Length, ClusterCount, nameof(distances));
        for (int c = 0; c < ClusterCount; c++) distances[c] = TensorPrimitives.Distance(features, Center(c));
    }

    /// <summary>Rebuilds a model from <see cref="Centers"/> (<paramref name="clusterCount"/> × <paramref name="featureCount"/>, row-major) and <see cref="Inertia"/>.</summary>
    public static KMeansModel FromParameters(ReadOnlySpan<double> centers, int clusterCount, int featureCount, double inertia)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clusterCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        if (!(inertia >= 0) || double.IsInfinity(inertia)) throw new ArgumentOutOfRangeException(nameof(inertia), inertia, "The inertia must be finite and non-negative.");
        return new KMeansModel(featureCount, Dense.CopyParameters(centers, checked(clusterCount * featureCount), nameof(centers)), inertia, 0, 0);
    }

    internal static KMeansModel Create(int featureCount, double[] centers, double inertia, int iterations, int bestRun) =>
        new(featureCount, centers, inertia, iterations, bestRun);
}

/// <summary>
/// k-means as scikit-learn 1.2.1 (algorithm "lloyd"): greedy k-means++ initialisation (2 + ⌊ln k⌋ candidates per
/// centre), <see cref="KMeansOptions.NInit"/> restarts, Lloyd iterations, empty clusters re-seeded with the points
/// farthest from their centres, data centred during the fit for precision. Hand-written (no library offers it); the
/// distance loops use TensorPrimitives, and rows are processed in deterministic parallel blocks.
/// </summary>
public static class KMeansTrainer
{
    /// <summary>Clusters the rows of <paramref name="x"/>.</summary>
    /// <exception cref="DataValidationException">A feature is NaN or infinite.</exception>
    public static KMeansModel Fit(FeatureMatrix x, KMeansOptions? options = null, IProgress<FitProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= KMeansOptions.Default;
        int k = options.ClusterCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1, nameof(options.ClusterCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.NInit, 1, nameof(options.NInit));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1, nameof(options.MaxIterations));
        if (!(options.Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(options.Tolerance));
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        int n = x.Rows, d = x.Columns;
        if (n < k) throw new ArgumentException($"k-means needs at least as many rows ({n}) as clusters ({k}).", nameof(x));
        if (options.InitialCenters is { } given && (given.Length != k * d || !TensorPrimitives.IsFiniteAll<double>(given)))
            throw new ArgumentException($"InitialCenters must hold {k} × {d} finite values.", nameof(options));

        // Centre the data (a copy), as scikit-learn does, so distances are computed on small numbers.
        var mean = Dense.ColumnMeans(x);
        var data = new double[(long)n * d];
        var variance = new double[d];
        for (int i = 0; i < n; i++)
        {
            var target = data.AsSpan(i * d, d);
            TensorPrimitives.Subtract(x.Row(i), mean, target);
            TensorPrimitives.MultiplyAdd(target, target, variance, variance);
        }
        var centred = new FeatureMatrix(data, n, d);
        var rowNorms = new double[n];
        for (int i = 0; i < n; i++) rowNorms[i] = TensorPrimitives.SumOfSquares(centred.Row(i));
        double tolerance = TensorPrimitives.Sum<double>(variance) / n / d * options.Tolerance;

        var random = new Random(options.Seed);
        int runs = options.InitialCenters is null ? options.NInit : 1;
        double[]? bestCenters = null;
        double bestInertia = double.PositiveInfinity;
        int bestIterations = 0, bestRun = 0;
        var labels = new int[n];
        for (int run = 0; run < runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double[] centers;
            if (options.InitialCenters is { } init)
            {
                centers = new double[k * d];
                for (int c = 0; c < k; c++) TensorPrimitives.Subtract(init.AsSpan(c * d, d), mean, centers.AsSpan(c * d, d));
            }
            else
            {
                centers = KMeansPlusPlus(centred, rowNorms, k, random);
            }
            var (inertia, iterations) = Lloyd(centred, rowNorms, centers, labels, options.MaxIterations, tolerance, progress, run, runs, cancellationToken);
            if (inertia < bestInertia)
            {
                bestInertia = inertia;
                bestCenters = centers;
                bestIterations = iterations;
                bestRun = run + 1;
            }
        }
        for (int c = 0; c < k; c++)
        {
            var center = bestCenters.AsSpan(c * d, d);
            TensorPrimitives.Add(center, mean, center);
        }
        return KMeansModel.Create(d, bestCenters!, bestInertia, bestIterations, bestRun);
    }

    /// <summary>Index of the nearest centre and the squared distance to it.</summary>
    internal static int Nearest(ReadOnlySpan<double> row, double[] centers, int d, out double squaredDistance)
    {
        int k = centers.Length / d, best = 0;
        double bestDistance = double.PositiveInfinity;
        for (int c = 0; c < k; c++)
        {
            double distance = SquaredDistance(row, new ReadOnlySpan<double>(centers, c * d, d));
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = c;
            }
        }
        squaredDistance = bestDistance;
        return best;
    }

    /// <summary>
    /// Nearest centre by ‖c‖² − 2·x·c (the row's own ‖x‖² is the same for every centre), as scikit-learn's
    /// chunked GEMM: one SIMD dot product per centre instead of a difference and a norm.
    /// </summary>
    private static int NearestByDot(ReadOnlySpan<double> row, double rowNorm, double[] centers, double[] centerNorms, int d, out double squaredDistance)
    {
        int best = 0;
        double bestScore = double.PositiveInfinity;
        for (int c = 0; c < centerNorms.Length; c++)
        {
            double score = centerNorms[c] - 2.0 * TensorPrimitives.Dot(row, new ReadOnlySpan<double>(centers, c * d, d));
            if (score < bestScore)
            {
                bestScore = score;
                best = c;
            }
        }
        squaredDistance = Math.Max(rowNorm + bestScore, 0.0);
        return best;
    }

    /// <summary>Centres transposed to d × kp (kp = k rounded up to 4; padding centres are zero) and their norms (padding: +∞).</summary>
    private readonly record struct CenterBlock(double[] Transposed, double[] Norms, int Padded, int Count);

    private static CenterBlock BlockedCenters(double[] centers, double[] centerNorms, int k, int d)
    {
        int kp = (k + 3) & ~3;
        var transposed = new double[d * kp];
        var norms = new double[kp];
        for (int c = 0; c < kp; c++)
        {
            norms[c] = c < k ? centerNorms[c] : double.PositiveInfinity;
            if (c >= k) continue;
            for (int f = 0; f < d; f++) transposed[f * kp + c] = centers[c * d + f];
        }
        return new CenterBlock(transposed, norms, kp, k);
    }

    /// <summary>
    /// <see cref="NearestByDot"/> for rows i … i+3 at once: for each group of 4 centres, 4 accumulators (one per row)
    /// gather x·c over the features with one broadcast per row and one load of 4 centre values per feature.
    /// </summary>
    private static void NearestFour(double[] values, int i, int d, double[] rowNorms, CenterBlock centers, Span<int> label, Span<double> distance)
    {
        ref double x0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), (nint)i * d);
        ref double x1 = ref Unsafe.Add(ref x0, d);
        ref double x2 = ref Unsafe.Add(ref x1, d);
        ref double x3 = ref Unsafe.Add(ref x2, d);
        ref double ct = ref MemoryMarshal.GetArrayDataReference(centers.Transposed);
        int kp = centers.Padded;
        double best0 = double.PositiveInfinity, best1 = double.PositiveInfinity, best2 = double.PositiveInfinity, best3 = double.PositiveInfinity;
        int label0 = 0, label1 = 0, label2 = 0, label3 = 0;
        var two = Vector256.Create(2.0);
        int g = 0;
        // 8 centres at a time: 8 independent accumulator chains keep both FMA pipes busy despite the FMA latency.
        for (; g <= kp - 8; g += 8)
        {
            var a0 = Vector256<double>.Zero;
            var a1 = Vector256<double>.Zero;
            var a2 = Vector256<double>.Zero;
            var a3 = Vector256<double>.Zero;
            var b0 = Vector256<double>.Zero;
            var b1 = Vector256<double>.Zero;
            var b2 = Vector256<double>.Zero;
            var b3 = Vector256<double>.Zero;
            nuint at = (nuint)g;
            for (int f = 0; f < d; f++, at += (nuint)kp)
            {
                var c = Vector256.LoadUnsafe(ref ct, at);
                var e = Vector256.LoadUnsafe(ref ct, at + 4);
                var v0 = Vector256.Create(Unsafe.Add(ref x0, f));
                a0 = Vector256.FusedMultiplyAdd(v0, c, a0);
                b0 = Vector256.FusedMultiplyAdd(v0, e, b0);
                var v1 = Vector256.Create(Unsafe.Add(ref x1, f));
                a1 = Vector256.FusedMultiplyAdd(v1, c, a1);
                b1 = Vector256.FusedMultiplyAdd(v1, e, b1);
                var v2 = Vector256.Create(Unsafe.Add(ref x2, f));
                a2 = Vector256.FusedMultiplyAdd(v2, c, a2);
                b2 = Vector256.FusedMultiplyAdd(v2, e, b2);
                var v3 = Vector256.Create(Unsafe.Add(ref x3, f));
                a3 = Vector256.FusedMultiplyAdd(v3, c, a3);
                b3 = Vector256.FusedMultiplyAdd(v3, e, b3);
            }
            ref double normRef = ref MemoryMarshal.GetArrayDataReference(centers.Norms);
            var n0 = Vector256.LoadUnsafe(ref normRef, (nuint)g);
            var n1 = Vector256.LoadUnsafe(ref normRef, (nuint)g + 4);
            Pick(n0 - two * a0, g, ref best0, ref label0);
            Pick(n1 - two * b0, g + 4, ref best0, ref label0);
            Pick(n0 - two * a1, g, ref best1, ref label1);
            Pick(n1 - two * b1, g + 4, ref best1, ref label1);
            Pick(n0 - two * a2, g, ref best2, ref label2);
            Pick(n1 - two * b2, g + 4, ref best2, ref label2);
            Pick(n0 - two * a3, g, ref best3, ref label3);
            Pick(n1 - two * b3, g + 4, ref best3, ref label3);
        }
        for (; g < kp; g += 4)
        {
            var a0 = Vector256<double>.Zero;
            var a1 = Vector256<double>.Zero;
            var a2 = Vector256<double>.Zero;
            var a3 = Vector256<double>.Zero;
            nuint at = (nuint)g;
            for (int f = 0; f < d; f++, at += (nuint)kp)
            {
                var c = Vector256.LoadUnsafe(ref ct, at);
                a0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x0, f)), c, a0);
                a1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x1, f)), c, a1);
                a2 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x2, f)), c, a2);
                a3 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref x3, f)), c, a3);
            }
            var norms = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(centers.Norms), (nuint)g);
            // score = ‖c‖² − 2·x·c, as NearestByDot (the first of equal scores wins)
            Pick(norms - two * a0, g, ref best0, ref label0);
            Pick(norms - two * a1, g, ref best1, ref label1);
            Pick(norms - two * a2, g, ref best2, ref label2);
            Pick(norms - two * a3, g, ref best3, ref label3);
        }
        label[0] = label0;
        label[1] = label1;
        label[2] = label2;
        label[3] = label3;
        distance[0] = Math.Max(rowNorms[i] + best0, 0.0);
        distance[1] = Math.Max(rowNorms[i + 1] + best1, 0.0);
        distance[2] = Math.Max(rowNorms[i + 2] + best2, 0.0);
        distance[3] = Math.Max(rowNorms[i + 3] + best3, 0.0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pick(Vector256<double> scores, int g, ref double best, ref int label)
    {
        for (int q = 0; q < 4; q++)
        {
            double score = scores.GetElement(q);
            if (score < best)
            {
                best = score;
                label = g + q;
            }
        }
    }

    internal static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double distance = TensorPrimitives.Distance(a, b);
        return distance * distance;
    }

    private static double[] KMeansPlusPlus(FeatureMatrix x, double[] rowNorms, int k, Random random)
    {
        int n = x.Rows, d = x.Columns;
        int trials = 2 + (int)Math.Log(k);
        var centers = new double[k * d];
        int first = random.Next(n);
        x.Row(first).CopyTo(centers.AsSpan(0, d));
        var closest = new double[n];
        RowDistances(x, rowNorms, first, closest, null);
        double potential = Sum(closest);
        var cumulative = new double[n];
        var candidates = new int[trials];
        var candidateDistances = new double[trials][];
        for (int t = 0; t < trials; t++) candidateDistances[t] = new double[n];

        for (int c = 1; c < k; c++)
        {
            double running = 0;
            for (int i = 0; i < n; i++)
            {
                running += closest[i];
                cumulative[i] = running;
            }
            for (int t = 0; t < trials; t++)
            {
                double target = random.NextDouble() * potential;
                int index = Array.BinarySearch(cumulative, target);
                if (index < 0) index = ~index;
                else while (index > 0 && cumulative[index - 1] == target) index--; // leftmost, as numpy's searchsorted
                candidates[t] = Math.Min(index, n - 1);
            }
            int bestTrial = 0;
            double bestPotential = double.PositiveInfinity;
            for (int t = 0; t < trials; t++)
            {
                RowDistances(x, rowNorms, candidates[t], candidateDistances[t], closest);
                double p = Sum(candidateDistances[t]);
                if (p < bestPotential)
                {
                    bestPotential = p;
                    bestTrial = t;
                }
            }
            potential = bestPotential;
            Array.Copy(candidateDistances[bestTrial], closest, n);
            x.Row(candidates[bestTrial]).CopyTo(centers.AsSpan(c * d, d));
        }
        return centers;
    }

    /// <summary>output[i] = ‖xᵢ − x_p‖² (by ‖xᵢ‖² − 2·xᵢ·x_p + ‖x_p‖², as scikit-learn), or its minimum with bound[i] when bound is given.</summary>
    private static void RowDistances(FeatureMatrix x, double[] rowNorms, int p, double[] output, double[]? bound)
    {
        int n = x.Rows;
        int blocks = Blocks.Count(n, 0);
        var point = x.Row(p).ToArray();
        double pointNorm = rowNorms[p];
        Parallel.For(0, blocks, Blocks.Options, b =>
        {
            int end = Blocks.Start(b + 1, blocks, n);
            for (int i = Blocks.Start(b, blocks, n); i < end; i++)
            {
                double distance = Math.Max(rowNorms[i] - 2.0 * Kernels.Dot(x.Row(i), point) + pointNorm, 0.0);
                output[i] = bound is null ? distance : Math.Min(distance, bound[i]);
            }
        });
    }

    private static double Sum(double[] values)
    {
        // sequential, for bit-identical results whatever the hardware
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum;
    }

    private static (double Inertia, int Iterations) Lloyd(FeatureMatrix x, double[] rowNorms, double[] centers, int[] labels, int maxIterations, double tolerance,
        IProgress<FitProgress>? progress, int run, int runs, CancellationToken cancellationToken)
    {
        int n = x.Rows, d = x.Columns, k = centers.Length / d;
        int blocks = Blocks.Count(n, (long)k * d + k);
        var partialSums = new double[blocks][];
        var partialCounts = new int[blocks][];
        var changed = new bool[blocks];
        for (int b = 0; b < blocks; b++)
        {
            partialSums[b] = new double[k * d];
            partialCounts[b] = new int[k];
        }
        Array.Fill(labels, -1);
        var sums = new double[k * d];
        var counts = new int[k];
        var distances = new double[n];
        var updated = new double[k * d];
        var centerNorms = new double[k];
        bool strict = false;
        int iteration = 0;
        string stage = $"k-means run {run + 1}";
        while (iteration < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iteration++;
            for (int c = 0; c < k; c++) centerNorms[c] = TensorPrimitives.SumOfSquares(new ReadOnlySpan<double>(centers, c * d, d));
            // E-step with the current centres, accumulating the M-step sums per block. The centres are transposed to
            // feature-major, padded to a multiple of 4 (padding: zero centres with norm +∞, never nearest), so a kernel
            // scores 4 rows against 4 centres per instruction without horizontal sums (scikit-learn uses GEMM).
            var blockedCenters = Vector256.IsHardwareAccelerated ? BlockedCenters(centers, centerNorms, k, d) : default;
            Parallel.For(0, blocks, Blocks.Options, b =>
            {
                var s = partialSums[b];
                var cnt = partialCounts[b];
                Array.Clear(s);
                Array.Clear(cnt);
                bool any = false;
                int start = Blocks.Start(b, blocks, n), end = Blocks.Start(b + 1, blocks, n);
                Span<int> found = stackalloc int[4];
                Span<double> foundDistance = stackalloc double[4];
                int i = start;
                if (blockedCenters.Transposed is not null)
                {
                    for (; i <= end - 4; i += 4)
                    {
                        NearestFour(x.Values, i, d, rowNorms, blockedCenters, found, foundDistance);
                        for (int q = 0; q < 4; q++)
                        {
                            int label = found[q];
                            distances[i + q] = foundDistance[q];
                            if (labels[i + q] != label)
                            {
                                labels[i + q] = label;
                                any = true;
                            }
                            cnt[label]++;
                            Kernels.AddInPlace(s.AsSpan(label * d, d), x.Row(i + q));
                        }
                    }
                }
                for (; i < end; i++)
                {
                    var row = x.Row(i);
                    int label = NearestByDot(row, rowNorms[i], centers, centerNorms, d, out double distance);
                    distances[i] = distance;
                    if (labels[i] != label)
                    {
                        labels[i] = label;
                        any = true;
                    }
                    cnt[label]++;
                    Kernels.AddInPlace(s.AsSpan(label * d, d), row);
                }
                changed[b] = any;
            });
            Array.Clear(sums);
            Array.Clear(counts);
            bool anyChanged = false;
            for (int b = 0; b < blocks; b++)
            {
                TensorPrimitives.Add(sums, partialSums[b], sums);
                for (int c = 0; c < k; c++) counts[c] += partialCounts[b][c];
                anyChanged |= changed[b];
            }
            RelocateEmptyClusters(x, labels, distances, sums, counts);
            for (int c = 0; c < k; c++)
            {
                var target = updated.AsSpan(c * d, d);
                if (counts[c] > 0) TensorPrimitives.Divide(sums.AsSpan(c * d, d), counts[c], target);
                else centers.AsSpan(c * d, d).CopyTo(target);
            }
            double shift = 0;
            for (int c = 0; c < k; c++) shift += SquaredDistance(centers.AsSpan(c * d, d), updated.AsSpan(c * d, d));
            updated.CopyTo(centers, 0);
            if (progress is not null)
            {
                // The inertia of this E-step (rows against the centres they were assigned to, before the update): O(n).
                double assigned = 0;
                for (int i = 0; i < n; i++) assigned += distances[i];
                progress.Report(new FitProgress(stage, iteration, assigned)
                {
                    MaxIterations = maxIterations,
                    ObjectiveName = "inertia",
                    Metric = shift,
                    MetricName = "centre shift",
                    Run = run + 1,
                    Runs = runs,
                });
            }
            if (!anyChanged && iteration > 1)
            {
                strict = true;
                break;
            }
            if (shift <= tolerance) break;
        }

        // Final E-step so that the labels and inertia match the final centres.
        double inertia = 0;
        if (strict)
        {
            // labels did not change, so the last centres are the means of the clusters they index
            for (int i = 0; i < n; i++) inertia += SquaredDistance(x.Row(i), centers.AsSpan(labels[i] * d, d));
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                labels[i] = Nearest(x.Row(i), centers, d, out double distance);
                inertia += distance;
            }
        }
        return (inertia, iteration);
    }

    /// <summary>scikit-learn's <c>_relocate_empty_clusters_dense</c>: each empty cluster takes the point farthest from its centre.</summary>
    private static void RelocateEmptyClusters(FeatureMatrix x, int[] labels, double[] distances, double[] sums, int[] counts)
    {
        int k = counts.Length, d = x.Columns, empty = 0;
        foreach (int c in counts) empty += c == 0 ? 1 : 0;
        if (empty == 0) return;
        var order = new int[x.Rows];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        var keys = (double[])distances.Clone();
        Array.Sort(keys, order);
        int taken = 0;
        for (int c = 0; c < k; c++)
        {
            if (counts[c] != 0) continue;
            int far = order[order.Length - 1 - taken++];
            int old = labels[far];
            var row = x.Row(far);
            var oldSum = sums.AsSpan(old * d, d);
            TensorPrimitives.Subtract(oldSum, row, oldSum);
            row.CopyTo(sums.AsSpan(c * d, d));
            counts[old]--;
            counts[c] = 1;
        }
    }
}
