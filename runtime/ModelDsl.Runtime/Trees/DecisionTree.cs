using System;
using System.Collections.Generic;

namespace ModelDsl.Runtime.Learning;

/// <summary>What a split minimises.</summary>
public enum SplitCriterion
{
    /// <summary>Gini impurity 1 − Σ pₖ² (classification).</summary>
    Gini,

    /// <summary>Shannon entropy −Σ pₖ log₂ pₖ (classification).</summary>
    Entropy,

    /// <summary>Weighted variance of the target (regression).</summary>
    SquaredError,
}

/// <summary>How many features a split looks at.</summary>
public enum MaxFeaturesMode
{
    /// <summary>All features.</summary>
    All,

    /// <summary>max(1, ⌊√d⌋) features drawn at random per split.</summary>
    Sqrt,

    /// <summary>max(1, ⌊log₂ d⌋) features drawn at random per split.</summary>
    Log2,
}

/// <summary>Options of a CART tree; names and meanings as scikit-learn 1.2.1's <c>DecisionTreeClassifier</c> / <c>Regressor</c>.</summary>
public sealed record DecisionTreeOptions
{
    /// <summary>The split criterion (default Gini; regression needs <see cref="SplitCriterion.SquaredError"/>).</summary>
    public SplitCriterion Criterion { get; init; } = SplitCriterion.Gini;

    /// <summary>Maximum depth of the tree (the root is depth 0); 0 = unlimited.</summary>
    public int MaxDepth { get; init; }

    /// <summary>A node with fewer rows is a leaf (at least 2).</summary>
    public int MinSamplesSplit { get; init; } = 2;

    /// <summary>Each child of a split keeps at least this many rows (at least 1).</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Features examined per split (constant features do not count, as in scikit-learn).</summary>
    public MaxFeaturesMode MaxFeatures { get; init; } = MaxFeaturesMode.All;

    /// <summary>Class weighting of a classifier: none or balanced (n / (classes · nₖ)).</summary>
    public ClassWeightMode ClassWeight { get; init; } = ClassWeightMode.None;

    /// <summary>Seed of the feature draws (and of a forest's bootstrap samples).</summary>
    public int Seed { get; init; }

    internal void Validate(bool classification)
    {
        if (classification ? Criterion == SplitCriterion.SquaredError : Criterion != SplitCriterion.SquaredError)
            throw new ArgumentException($"Criterion {Criterion} does not fit a {(classification ? "classifier" : "regressor")}.", nameof(Criterion));
        if (!Enum.IsDefined(Criterion)) throw new ArgumentException($"Unknown criterion {Criterion}.", nameof(Criterion));
        if (!Enum.IsDefined(MaxFeatures)) throw new ArgumentException($"Unknown max-features mode {MaxFeatures}.", nameof(MaxFeatures));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDepth, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinSamplesSplit, 2, nameof(MinSamplesSplit));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinSamplesLeaf, 1, nameof(MinSamplesLeaf));
        if (ClassWeight is not (ClassWeightMode.None or ClassWeightMode.Balanced))
            throw new ArgumentException("Trees weight classes as none or balanced.", nameof(ClassWeight));
        if (!classification && ClassWeight != ClassWeightMode.None) throw new ArgumentException("A regressor has no classes to weight.", nameof(ClassWeight));
    }

    internal int FeaturesPerSplit(int d) => MaxFeatures switch
    {
        MaxFeaturesMode.Sqrt => Math.Max(1, (int)Math.Sqrt(d)),
        MaxFeaturesMode.Log2 => Math.Max(1, (int)Math.Log2(d)),
        _ => d,
    };
}

/// <summary>Fits single CART trees (scikit-learn 1.2.1's <c>DecisionTreeClassifier</c> / <c>DecisionTreeRegressor</c>, best splitter).</summary>
public static class DecisionTreeTrainer
{
    /// <summary>Fits a classification tree to <paramref name="x"/> and class indices <paramref name="labels"/> (0..classCount-1).</summary>
    /// <exception cref="DataValidationException">A feature is NaN or infinite, or a label is out of range.</exception>
    public static TreeClassifierModel FitClassifier(FeatureMatrix x, ReadOnlySpan<int> labels, int classCount, DecisionTreeOptions? options = null)
    {
        options ??= new DecisionTreeOptions();
        options.Validate(classification: true);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureLabels(labels, x.Rows, classCount);
        var y = labels.ToArray();
        var bins = FeatureBins.Build(x, Environment.ProcessorCount);
        var weights = CartBuilder.ClassWeights(y, classCount, options.ClassWeight);
        var tree = new CartBuilder(bins, y, null, classCount, options).Grow(AllRows(x.Rows), weights, SplitMix64.Derive(options.Seed, 0));
        return new TreeClassifierModel(TreeEnsemble.Create(x.Columns, classCount, [tree]), double.NaN);
    }

    /// <summary>Fits a regression tree (squared error) to <paramref name="x"/> and the target <paramref name="y"/>.</summary>
    /// <exception cref="DataValidationException">A feature or target value is NaN or infinite.</exception>
    public static TreeRegressorModel FitRegressor(FeatureMatrix x, ReadOnlySpan<double> y, DecisionTreeOptions? options = null)
    {
        options ??= new DecisionTreeOptions { Criterion = SplitCriterion.SquaredError };
        options.Validate(classification: false);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureTarget(y, x.Rows);
        var bins = FeatureBins.Build(x, Environment.ProcessorCount);
        var weights = new double[x.Rows];
        Array.Fill(weights, 1.0);
        var tree = new CartBuilder(bins, null, y.ToArray(), 1, options).Grow(AllRows(x.Rows), weights, SplitMix64.Derive(options.Seed, 0));
        return new TreeRegressorModel(TreeEnsemble.Create(x.Columns, 1, [tree]), double.NaN);
    }

    private static int[] AllRows(int n)
    {
        var rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        return rows;
    }
}

/// <summary>One grown tree in node order (depth first, left child first, as scikit-learn numbers nodes).</summary>
internal sealed class GrownTree
{
    public List<int> Features { get; } = [];

    public List<double> Thresholds { get; } = [];

    public List<int> Left { get; } = [];

    public List<int> Right { get; } = [];

    public double[] Values { get; set; } = [];

    /// <summary>Impurity decrease per feature, normalised to sum 1 (or all 0 without a split).</summary>
    public double[] Importances { get; set; } = [];
}

/// <summary>
/// Grows one CART tree over binned features. A node finds its best split per candidate feature from a
/// histogram of its rows (one pass, then a scan over at most 256 bins), so growing costs O(rows · features
/// tried) per level instead of scikit-learn's sort per node and feature. Splits, stopping rules, tie-breaking
/// (first best in the random feature order), thresholds and importances follow scikit-learn's
/// <c>BestSplitter</c> and <c>DepthFirstTreeBuilder</c>. Rows carry weights: class weights times bootstrap counts.
/// One builder serves one thread.
/// </summary>
internal sealed class CartBuilder
{
    private const double Epsilon = 2.220446049250313e-16; // scikit-learn's EPSILON: a node this pure is a leaf

    private readonly FeatureBins _bins;
    private readonly int[]? _labels;
    private readonly double[]? _target;
    private readonly int _classes;
    private readonly DecisionTreeOptions _options;
    private readonly int _stride;            // histogram entries per bin: count then class weights, or count, Σw, Σwy
    private readonly double[] _histogram;
    private readonly double[] _left;         // running left-side sums of a scan
    private readonly double[] _total;        // node sums in the histogram layout
    private readonly int[] _featureOrder;

    public CartBuilder(FeatureBins bins, int[]? labels, double[]? target, int classes, DecisionTreeOptions options)
    {
        _bins = bins;
        _labels = labels;
        _target = target;
        _classes = classes;
        _options = options;
        _stride = labels is not null ? classes + 1 : 3;
        _histogram = new double[FeatureBins.MaxBins * _stride];
        _left = new double[_stride];
        _total = new double[_stride];
        _featureOrder = new int[bins.Features];
    }

    private bool Classification => _labels is not null;

    /// <summary>scikit-learn's <c>compute_class_weight("balanced")</c> per row, over the classes present.</summary>
    public static double[] ClassWeights(int[] labels, int classes, ClassWeightMode mode)
    {
        var perClass = new double[classes];
        Array.Fill(perClass, 1.0);
        if (mode == ClassWeightMode.Balanced)
        {
            var counts = new int[classes];
            foreach (int label in labels) counts[label]++;
            int present = 0;
            foreach (int c in counts) present += c > 0 ? 1 : 0;
            for (int k = 0; k < classes; k++) perClass[k] = counts[k] == 0 ? 0.0 : (double)labels.Length / (present * counts[k]);
        }
        var weights = new double[labels.Length];
        for (int i = 0; i < labels.Length; i++) weights[i] = perClass[labels[i]];
        return weights;
    }

    private readonly record struct Frame(int Start, int End, int Depth, int Parent, bool IsLeft);

    /// <summary>Grows a tree on <paramref name="rows"/> (reordered in place) with per-row <paramref name="weights"/>.</summary>
    public GrownTree Grow(int[] rows, double[] weights, ulong seed)
    {
        var random = new SplitMix64(seed);
        for (int f = 0; f < _featureOrder.Length; f++) _featureOrder[f] = f;
        var tree = new GrownTree();
        var values = new List<double>();
        var importances = new double[_bins.Features];
        int width = Classification ? _classes : 1;
        double rootWeight = 0;
        var stack = new Stack<Frame>();
        stack.Push(new Frame(0, rows.Length, 0, -1, false));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            int id = tree.Features.Count;
            double weight = NodeTotals(rows, weights, frame.Start, frame.End);
            double impurity = Impurity(_total, weight);
            if (frame.Parent < 0) rootWeight = weight;
            else
            {
                (frame.IsLeft ? tree.Left : tree.Right)[frame.Parent] = id;
                importances[tree.Features[frame.Parent]] -= weight * impurity;
            }
            tree.Features.Add(-1);
            tree.Thresholds.Add(0);
            tree.Left.Add(-1);
            tree.Right.Add(-1);
            AddNodeValue(values, weight, width);

            int count = frame.End - frame.Start;
            bool leaf = (_options.MaxDepth > 0 && frame.Depth >= _options.MaxDepth)
                || count < _options.MinSamplesSplit
                || count < 2 * _options.MinSamplesLeaf
                || impurity <= Epsilon;
            if (leaf) continue;
            var split = FindSplit(rows, weights, frame.Start, frame.End, ref random);
            if (split.Feature < 0) continue;

            int middle = Partition(rows, frame.Start, frame.End, split.Feature, split.Bin);
            tree.Features[id] = split.Feature;
            tree.Thresholds[id] = split.Threshold;
            importances[split.Feature] += weight * impurity;
            stack.Push(new Frame(middle, frame.End, frame.Depth + 1, id, false));
            stack.Push(new Frame(frame.Start, middle, frame.Depth + 1, id, true));
        }

        // scikit-learn divides by the root's weight, then normalises to sum 1.
        double sum = 0;
        for (int f = 0; f < importances.Length; f++) sum += importances[f] /= rootWeight;
        if (sum > 0) for (int f = 0; f < importances.Length; f++) importances[f] /= sum;
        tree.Values = values.ToArray();
        tree.Importances = importances;
        return tree;
    }

    /// <summary>Fills <see cref="_total"/> with the node's sums; returns its total weight.</summary>
    private double NodeTotals(int[] rows, double[] weights, int start, int end)
    {
        Array.Clear(_total);
        double weight = 0;
        if (Classification)
        {
            var labels = _labels!;
            for (int i = start; i < end; i++)
            {
                int r = rows[i];
                _total[1 + labels[r]] += weights[r];
            }
            for (int k = 0; k < _classes; k++) weight += _total[1 + k];
        }
        else
        {
            var y = _target!;
            double sy = 0, syy = 0;
            for (int i = start; i < end; i++)
            {
                int r = rows[i];
                double w = weights[r];
                weight += w;
                sy += w * y[r];
                syy += w * y[r] * y[r];
            }
            _total[1] = weight;
            _total[2] = sy;
            _total[0] = syy; // only NodeTotals' caller reads slot 0 (Σwy² for the impurity)
        }
        return weight;
    }

    private double Impurity(double[] sums, double weight)
    {
        if (weight <= 0) return 0;
        if (!Classification)
        {
            double mean = sums[2] / weight;
            return Math.Max(0, sums[0] / weight - mean * mean);
        }
        double impurity = _options.Criterion == SplitCriterion.Entropy ? 0 : 1;
        for (int k = 0; k < _classes; k++)
        {
            double p = sums[1 + k] / weight;
            if (_options.Criterion == SplitCriterion.Entropy) { if (p > 0) impurity -= p * Math.Log2(p); }
            else impurity -= p * p;
        }
        return impurity;
    }

    private void AddNodeValue(List<double> values, double weight, int width)
    {
        if (!Classification)
        {
            values.Add(weight > 0 ? _total[2] / weight : 0);
            return;
        }
        for (int k = 0; k < width; k++) values.Add(weight > 0 ? _total[1 + k] / weight : 1.0 / width);
    }

    private readonly record struct Split(int Feature, int Bin, double Threshold);

    /// <summary>The best split over features drawn at random until <c>max_features</c> non-constant ones were tried.</summary>
    private Split FindSplit(int[] rows, double[] weights, int start, int end, ref SplitMix64 random)
    {
        int d = _bins.Features, wanted = _options.FeaturesPerSplit(d), tried = 0;
        var best = new Split(-1, 0, 0);
        double bestProxy = double.NegativeInfinity;
        int count = end - start;
        for (int drawn = 0; drawn < d && tried < wanted; drawn++)
        {
            int j = drawn + random.Next(d - drawn);
            (_featureOrder[drawn], _featureOrder[j]) = (_featureOrder[j], _featureOrder[drawn]);
            int f = _featureOrder[drawn];
            var (low, high) = FillHistogram(rows, weights, start, end, f);
            if (low == high)
            {
                ClearHistogram(low, high);
                continue; // constant in this node: does not count towards max_features
            }
            tried++;
            int bin = ScanHistogram(low, high, count, ref bestProxy);
            if (bin >= 0)
            {
                int above = bin + 1;
                while (_histogram[above * _stride] == 0) above++;
                best = new Split(f, bin, _bins.Threshold(f, bin, above));
            }
            ClearHistogram(low, high);
        }
        return best;
    }

    private (int Low, int High) FillHistogram(int[] rows, double[] weights, int start, int end, int feature)
    {
        var codes = _bins.Codes.AsSpan(feature * _bins.Rows, _bins.Rows);
        var h = _histogram;
        int s = _stride, low = FeatureBins.MaxBins, high = -1;
        if (Classification)
        {
            var labels = _labels!;
            for (int i = start; i < end; i++)
            {
                int r = rows[i];
                int b = codes[r];
                int at = b * s;
                h[at] += 1;
                h[at + 1 + labels[r]] += weights[r];
                if (b < low) low = b;
                if (b > high) high = b;
            }
        }
        else
        {
            var y = _target!;
            for (int i = start; i < end; i++)
            {
                int r = rows[i];
                int b = codes[r];
                int at = b * s;
                double w = weights[r];
                h[at] += 1;
                h[at + 1] += w;
                h[at + 2] += w * y[r];
                if (b < low) low = b;
                if (b > high) high = b;
            }
        }
        return (low, high);
    }

    private void ClearHistogram(int low, int high) => Array.Clear(_histogram, low * _stride, (high - low + 1) * _stride);

    /// <summary>Scans split positions "bin ≤ b goes left"; returns the bin of a split better than <paramref name="bestProxy"/> (updated), or −1.</summary>
    private int ScanHistogram(int low, int high, int count, ref double bestProxy)
    {
        var h = _histogram;
        int s = _stride, minLeaf = _options.MinSamplesLeaf, leftCount = 0, found = -1;
        var left = _left;
        Array.Clear(left);
        for (int b = low; b < high; b++)
        {
            int at = b * s;
            if (h[at] == 0) continue;
            leftCount += (int)h[at];
            for (int k = 1; k < s; k++) left[k] += h[at + k];
            if (leftCount < minLeaf) continue;
            if (count - leftCount < minLeaf) break;
            double proxy = Proxy(left);
            if (proxy > bestProxy)
            {
                bestProxy = proxy;
                found = b;
            }
        }
        return found;
    }

    /// <summary>scikit-learn's proxy impurity improvement: larger is better, differs from the weighted child
    /// impurity decrease by a per-node constant.</summary>
    private double Proxy(double[] left)
    {
        var total = _total;
        if (!Classification)
        {
            double wl = left[1], wr = total[1] - wl, sl = left[2], sr = total[2] - sl;
            return sl * sl / wl + sr * sr / wr;
        }
        double leftWeight = 0, rightWeight = 0;
        for (int k = 1; k <= _classes; k++)
        {
            leftWeight += left[k];
            rightWeight += total[k] - left[k];
        }
        if (_options.Criterion == SplitCriterion.Entropy)
        {
            // −(wₗ·Hₗ + wᵣ·Hᵣ) with w·H = w·log w − Σ wₖ·log wₖ
            double proxy = -leftWeight * Math.Log(leftWeight) - rightWeight * Math.Log(rightWeight);
            for (int k = 1; k <= _classes; k++)
            {
                double l = left[k], r = total[k] - l;
                if (l > 0) proxy += l * Math.Log(l);
                if (r > 0) proxy += r * Math.Log(r);
            }
            return proxy;
        }
        // Gini: −(wₗ·Gₗ + wᵣ·Gᵣ) = Σ lₖ²/wₗ + Σ rₖ²/wᵣ − w
        double sumLeft = 0, sumRight = 0;
        for (int k = 1; k <= _classes; k++)
        {
            double l = left[k], r = total[k] - l;
            sumLeft += l * l;
            sumRight += r * r;
        }
        return sumLeft / leftWeight + sumRight / rightWeight;
    }

    /// <summary>Moves rows whose bin is ≤ <paramref name="bin"/> to the front; returns where the right part starts.</summary>
    private int Partition(int[] rows, int start, int end, int feature, int bin)
    {
        var codes = _bins.Codes.AsSpan(feature * _bins.Rows, _bins.Rows);
        int i = start, j = end - 1;
        while (i <= j)
        {
            if (codes[rows[i]] <= bin) i++;
            else
            {
                (rows[i], rows[j]) = (rows[j], rows[i]);
                j--;
            }
        }
        return i;
    }
}
