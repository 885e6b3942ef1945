using System;
using System.Threading.Tasks;

namespace ModelDsl.Runtime.Learning;

/// <summary>Options of a random forest; names and meanings as scikit-learn 1.2.1's <c>RandomForestClassifier</c> / <c>Regressor</c>.</summary>
public sealed record RandomForestOptions
{
    /// <summary>Options of each tree (default: Gini, unlimited depth, √d features per split). For a regressor set
    /// <see cref="DecisionTreeOptions.Criterion"/> to <see cref="SplitCriterion.SquaredError"/>.</summary>
    public DecisionTreeOptions Tree { get; init; } = new() { MaxFeatures = MaxFeaturesMode.Sqrt };

    /// <summary>The number of trees (scikit-learn's <c>n_estimators</c>, default 100).</summary>
    public int Estimators { get; init; } = 100;

    /// <summary>Grow each tree on a bootstrap sample (n rows drawn with replacement; default true); otherwise on every row.</summary>
    public bool Bootstrap { get; init; } = true;

    /// <summary>Score each row with the trees that did not see it (accuracy or R²); needs <see cref="Bootstrap"/>.</summary>
    public bool OobScore { get; init; }

    /// <summary>Threads growing trees (-1: all cores). The forest is the same whatever the value: tree t draws
    /// from a random stream fixed by (seed, t).</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    internal void Validate(bool classification)
    {
        ArgumentNullException.ThrowIfNull(Tree, nameof(Tree));
        Tree.Validate(classification);
        ArgumentOutOfRangeException.ThrowIfLessThan(Estimators, 1, nameof(Estimators));
        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Use -1 (all cores) or a positive count.");
    }
}

/// <summary>
/// Fits random forests: trees grown in parallel on bootstrap samples with a random subset of features per
/// split, over features binned once for the whole forest (see <see cref="FeatureBins"/>). A bootstrap sample
/// is a weight per row (how often it was drawn), as scikit-learn does.
/// </summary>
public static class RandomForestTrainer
{
    /// <summary>Fits a classification forest to <paramref name="x"/> and class indices <paramref name="labels"/>.</summary>
    /// <exception cref="DataValidationException">A feature is NaN or infinite, or a label is out of range.</exception>
    /// <param name="x">The rows.</param>
    /// <param name="labels">Class indices.</param>
    /// <param name="classCount">The number of classes.</param>
    /// <param name="options">The options (default: scikit-learn's).</param>
    /// <param name="progress">Told after each tree, with the number of trees grown so far (in increasing order, one report at a time).</param>
    public static TreeClassifierModel FitClassifier(FeatureMatrix x, ReadOnlySpan<int> labels, int classCount, RandomForestOptions? options = null,
        IProgress<FitProgress>? progress = null)
    {
        options ??= new RandomForestOptions();
        options.Validate(classification: true);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureLabels(labels, x.Rows, classCount);
        var y = labels.ToArray();
        // Balanced weights come from the whole training set, not each bootstrap sample (scikit-learn's "balanced").
        var classWeights = CartBuilder.ClassWeights(y, classCount, options.Tree.ClassWeight);
        var (trees, inBag) = Grow(x, options, classWeights, bins => new CartBuilder(bins, y, null, classCount, options.Tree), progress);
        var ensemble = TreeEnsemble.Create(x.Columns, classCount, trees);
        double oob = double.NaN;
        if (options.OobScore && options.Bootstrap)
        {
            var votes = OutOfBagSums(x, ensemble, inBag, options.MaxDegreeOfParallelism);
            int scored = 0, correct = 0;
            for (int r = 0; r < x.Rows; r++)
            {
                var v = votes.AsSpan(r * (classCount + 1), classCount + 1);
                if (v[classCount] == 0) continue; // in every tree's sample
                scored++;
                if (System.Numerics.Tensors.TensorPrimitives.IndexOfMax<double>(v[..classCount]) == y[r]) correct++;
            }
            oob = scored == 0 ? double.NaN : (double)correct / scored;
        }
        return new TreeClassifierModel(ensemble, oob);
    }

    /// <summary>Fits a regression forest (squared error) to <paramref name="x"/> and the target <paramref name="y"/>.</summary>
    /// <exception cref="DataValidationException">A feature or target value is NaN or infinite.</exception>
    /// <param name="x">The rows.</param>
    /// <param name="y">The target.</param>
    /// <param name="options">The options (default: scikit-learn's, with the squared error).</param>
    /// <param name="progress">Told after each tree, with the number of trees grown so far (in increasing order, one report at a time).</param>
    public static TreeRegressorModel FitRegressor(FeatureMatrix x, ReadOnlySpan<double> y, RandomForestOptions? options = null,
        IProgress<FitProgress>? progress = null)
    {
        options ??= new RandomForestOptions { Tree = new DecisionTreeOptions { Criterion = SplitCriterion.SquaredError } };
        options.Validate(classification: false);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureTarget(y, x.Rows);
        var target = y.ToArray();
        var ones = new double[x.Rows];
        Array.Fill(ones, 1.0);
        var (trees, inBag) = Grow(x, options, ones, bins => new CartBuilder(bins, null, target, 1, options.Tree), progress);
        var ensemble = TreeEnsemble.Create(x.Columns, 1, trees);
        double oob = double.NaN;
        if (options.OobScore && options.Bootstrap)
        {
            var sums = OutOfBagSums(x, ensemble, inBag, options.MaxDegreeOfParallelism);
            var truth = new System.Collections.Generic.List<double>();
            var predicted = new System.Collections.Generic.List<double>();
            for (int r = 0; r < x.Rows; r++)
            {
                if (sums[r * 2 + 1] == 0) continue;
                truth.Add(target[r]);
                predicted.Add(sums[r * 2] / sums[r * 2 + 1]);
            }
            oob = truth.Count < 2 ? double.NaN : RegressionMetrics.Compute(truth.ToArray(), predicted.ToArray()).R2;
        }
        return new TreeRegressorModel(ensemble, oob);
    }

    private sealed class Scratch(int rows)
    {
        public int[] Counts { get; } = new int[rows];

        public int[] Rows { get; } = new int[rows];

        public double[] Weights { get; } = new double[rows];
    }

    /// <summary>Grows the trees in parallel; returns them in tree order with each tree's in-bag rows as a bit set.</summary>
    private static (GrownTree[] Trees, ulong[][] InBag) Grow(FeatureMatrix x, RandomForestOptions options, double[] rowWeights,
        Func<FeatureBins, CartBuilder> builder, IProgress<FitProgress>? progress)
    {
        int n = x.Rows, count = options.Estimators;
        int threads = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        var bins = FeatureBins.Build(x, threads);
        var trees = new GrownTree[count];
        var inBag = new ulong[count][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var gate = new object();
        int grown = 0;
        Parallel.For(0, count, parallel, () => (Scratch: new Scratch(n), Builder: builder(bins)), (t, _, local) =>
        {
            var (scratch, cart) = local;
            var random = new SplitMix64(SplitMix64.Derive(options.Tree.Seed, t));
            var counts = scratch.Counts;
            if (options.Bootstrap)
            {
                Array.Clear(counts);
                for (int i = 0; i < n; i++) counts[random.Next(n)]++;
            }
            else Array.Fill(counts, 1);
            var bag = new ulong[(n + 63) / 64];
            int used = 0;
            for (int r = 0; r < n; r++)
            {
                if (counts[r] == 0) continue;
                bag[r >> 6] |= 1UL << (r & 63);
                scratch.Rows[used++] = r;
                scratch.Weights[r] = counts[r] * rowWeights[r];
            }
            // The builder reorders the rows it is given; a fresh array per tree keeps trees independent of scratch history.
            trees[t] = cart.Grow(scratch.Rows.AsSpan(0, used).ToArray(), scratch.Weights, random.Next());
            inBag[t] = bag;
            if (progress is not null)
            {
                // Counted and reported under one lock, so reports arrive one at a time with the count increasing.
                lock (gate)
                {
                    grown++;
                    progress.Report(new FitProgress("forest", grown, double.NaN) { MaxIterations = count, StepName = "tree" });
                }
            }
            return local;
        }, _ => { });
        return (trees, inBag);
    }

    /// <summary>Per row: the sum of leaf values of the trees that did not see it, then how many trees that was.
    /// Rows are split between threads; each row sums its trees in tree order, so the result does not depend on threads.</summary>
    private static double[] OutOfBagSums(FeatureMatrix x, TreeEnsemble ensemble, ulong[][] inBag, int threads)
    {
        int width = ensemble.OutputWidth, stride = width + 1;
        var sums = new double[x.Rows * stride];
        Parallel.For(0, x.Rows, new ParallelOptions { MaxDegreeOfParallelism = threads }, r =>
        {
            var row = x.Row(r);
            var sum = sums.AsSpan(r * stride, stride);
            for (int t = 0; t < ensemble.TreeCount; t++)
            {
                if ((inBag[t][r >> 6] & (1UL << (r & 63))) != 0) continue;
                int leaf = ensemble.Leaf(t, row);
                var values = ensemble.Values.Slice(leaf * width, width);
                for (int k = 0; k < width; k++) sum[k] += values[k];
                sum[width] += 1;
            }
        });
        return sums;
    }
}
