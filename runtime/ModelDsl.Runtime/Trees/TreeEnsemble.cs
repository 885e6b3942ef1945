using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ModelDsl.Runtime.Learning;

/// <summary>One test on the way from the root to a leaf.</summary>
/// <param name="Node">The node's index in <see cref="TreeEnsemble"/>'s arrays.</param>
/// <param name="Feature">The feature tested.</param>
/// <param name="Threshold">The row goes left when its value is ≤ this.</param>
/// <param name="Value">The row's value of the feature.</param>
/// <param name="WentLeft">True when <paramref name="Value"/> ≤ <paramref name="Threshold"/>.</param>
public readonly record struct TreeTest(int Node, int Feature, double Threshold, double Value, bool WentLeft);

/// <summary>The tests one row passes through in one tree, and the leaf it ends in.</summary>
/// <param name="Tree">The tree (0 for a single decision tree).</param>
/// <param name="Tests">The tests from the root down.</param>
/// <param name="Leaf">The leaf's node index.</param>
/// <param name="LeafValue">The leaf's value: class probabilities, or the predicted number.</param>
public sealed record TreePath(int Tree, IReadOnlyList<TreeTest> Tests, int Leaf, IReadOnlyList<double> LeafValue);

/// <summary>
/// Trees as flat arrays (one entry per node, all trees one after the other), not objects per node: a
/// single decision tree is an ensemble of one. Internal node i tests <c>x[Features[i]] ≤ Thresholds[i]</c>
/// and continues at <c>LeftChildren[i]</c> or <c>RightChildren[i]</c>; a leaf has feature −1. Nodes are in
/// depth-first order, left child first (as scikit-learn numbers them), so a left child is always node i + 1. Every node
/// has <see cref="OutputWidth"/> values at <c>Values[i * OutputWidth ..]</c> (class probabilities or the
/// mean target). Immutable and thread-safe; walking a tree allocates nothing.
/// </summary>
public sealed partial class TreeEnsemble
{
    // Prediction walks a packed copy: 16 bytes per node (the left child is always the next node), so a test's
    // data sits in one cache line and a path down a tree mostly reads neighbouring lines.
    // In the copy a leaf is a fixed point: it tests feature 0 against NaN (never ≤), so it "goes right" to itself.
    // The right child is stored as an offset from the left one (the next node).
    // A step is then the same branch-free select at every node, and several trees are walked in lock step (see
    // AddLeafValues). The top levels of every group of eight trees are walked in a denser layout still
    // (TreeEnsemble.CompleteGroups.cs).
    private readonly Node[] _nodes;
    private readonly int[] _depths;   // per tree: the number of steps from its root to its deepest leaf
    private readonly int[] _roots;
    private readonly int[] _features;
    private readonly double[] _thresholds;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _values;
    private readonly double[] _importances;
    private readonly CompleteGroups? _complete; // the top levels of every group of eight trees in a denser layout

    private struct Node
    {
        public double Threshold;
        public int Feature;
        public int Skip;      // right child − (this node + 1): 0 steps past the left subtree; −1 at a leaf
    }

    private TreeEnsemble(int featureCount, int outputWidth, int[] roots, int[] features, double[] thresholds, int[] left, int[] right, double[] values, double[] importances)
    {
        FeatureCount = featureCount;
        OutputWidth = outputWidth;
        _roots = roots;
        _features = features;
        _thresholds = thresholds;
        _left = left;
        _right = right;
        _values = values;
        _importances = importances;
        _nodes = new Node[features.Length];
        for (int i = 0; i < _nodes.Length; i++)
        {
            _nodes[i] = features[i] < 0
                ? new Node { Threshold = double.NaN, Feature = 0, Skip = -1 }
                : new Node { Threshold = thresholds[i], Feature = features[i], Skip = right[i] - (i + 1) };
        }
        _depths = new int[roots.Length - 1];
        var depth = new int[features.Length];
        for (int t = 0; t < _depths.Length; t++)
        {
            for (int i = roots[t]; i < roots[t + 1]; i++)
            {
                if (features[i] >= 0) depth[left[i]] = depth[right[i]] = depth[i] + 1;
                _depths[t] = Math.Max(_depths[t], depth[i]);
            }
        }
        _complete = CompleteGroups.TryBuild(roots, _depths, features, thresholds, left, right);
    }

    /// <summary>The number of features a row has.</summary>
    public int FeatureCount { get; }

    /// <summary>Values per node: the number of classes, or 1 for regression.</summary>
    public int OutputWidth { get; }

    /// <summary>The number of trees.</summary>
    public int TreeCount => _roots.Length - 1;

    /// <summary>Nodes of all trees together.</summary>
    public int NodeCount => _features.Length;

    /// <summary>Where each tree starts: tree t is nodes <c>TreeOffsets[t] .. TreeOffsets[t + 1]</c>, its root first; <see cref="TreeCount"/> + 1 entries.</summary>
    public ReadOnlySpan<int> TreeOffsets => _roots;

    /// <summary>The feature each node tests; −1 for a leaf.</summary>
    public ReadOnlySpan<int> Features => _features;

    /// <summary>Each node's threshold (0 for a leaf).</summary>
    public ReadOnlySpan<double> Thresholds => _thresholds;

    /// <summary>Each node's left child (value ≤ threshold); −1 for a leaf.</summary>
    public ReadOnlySpan<int> LeftChildren => _left;

    /// <summary>Each node's right child; −1 for a leaf.</summary>
    public ReadOnlySpan<int> RightChildren => _right;

    /// <summary>Node values, <see cref="OutputWidth"/> per node.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Impurity-decrease importance of each feature, summing to 1 (all 0 when no tree splits),
    /// normalised like scikit-learn's <c>feature_importances_</c> (a forest: the mean over trees that split).</summary>
    public ReadOnlySpan<double> FeatureImportances => _importances;

    /// <summary>The maximum depth of any tree (0 for a single leaf).</summary>
    public int MaxDepth
    {
        get
        {
            var depth = new int[NodeCount];
            int max = 0;
            for (int i = 0; i < NodeCount; i++)
            {
                max = Math.Max(max, depth[i]);
                if (_features[i] >= 0) depth[_left[i]] = depth[_right[i]] = depth[i] + 1;
            }
            return max;
        }
    }

    /// <summary>The leaf of tree <paramref name="tree"/> that a row ends in. Allocates nothing.</summary>
    public int Leaf(int tree, ReadOnlySpan<double> features)
    {
        if ((uint)tree >= (uint)TreeCount) throw new ArgumentOutOfRangeException(nameof(tree), tree, $"The ensemble has {TreeCount} trees.");
        DataValidation.EnsureFeatures(features, FeatureCount);
        return Walk(tree, features);
    }

    private int Walk(int tree, ReadOnlySpan<double> features)
    {
        ref Node nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref double x = ref MemoryMarshal.GetReference(features);
        int i = _roots[tree];
        while (true)
        {
            int next = Step(ref nodes, ref x, i);
            if (next == i) return i;
            i = next;
        }
    }

    /// <summary>One step down: the next node, or <paramref name="i"/> itself at a leaf. Unchecked: node indices and
    /// features were validated when the ensemble was built, and the row's length by the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref Node nodes, ref double x, int i)
    {
        ref Node node = ref Unsafe.Add(ref nodes, (nint)(uint)i);
        // x ≤ threshold as a mask (all ones, or 0 also for NaN) from a vector compare: the JIT turns a floating-point
        // ?: into a branch, and a branch on the data is mispredicted about every other step. Left: i + 1; right:
        // i + 1 + Skip (a leaf's Skip of −1 keeps it in place).
        var left = Vector128.LessThanOrEqual(Vector128.CreateScalarUnsafe(Unsafe.Add(ref x, (nint)(uint)node.Feature)), Vector128.CreateScalarUnsafe(node.Threshold));
        int mask = (int)left.AsInt64().ToScalar();
        return i + 1 + (node.Skip & ~mask);
    }

    /// <summary>Adds the leaf values of every tree for one row into <paramref name="sum"/> (<see cref="OutputWidth"/> long). Allocates nothing.</summary>
    public void AddLeafValues(ReadOnlySpan<double> features, Span<double> sum)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        int width = OutputWidth;
        ref double total = ref MemoryMarshal.GetReference(sum[..width]);
        ref double values = ref MemoryMarshal.GetArrayDataReference(_values);
        ref Node nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref double x = ref MemoryMarshal.GetReference(features);
        var roots = _roots;
        var depths = _depths;
        int trees = TreeCount, t = 0;
        var sums = width <= LeafSums.MaxWidth ? LeafSums.Load(ref total, width) : default;
        // Eight trees in lock step, as many steps as the deepest of them needs (a finished walk stays on its leaf):
        // the eight chains of dependent loads overlap, and no step branches on the data.
        // The top levels of each group of eight come from the denser layout when there is one (CompleteGroups): it
        // hands over the node each tree has reached, a leaf or where the depth-first walk goes on.
        var complete = _complete;
        for (; t + 8 <= trees; t += 8)
        {
            int a, b, c, d, e, f, g, h;
            int steps = depths[t];
            for (int k = 1; k < 8; k++) steps = Math.Max(steps, depths[t + k]);
            if (complete is not null)
            {
                var reached = complete.Walk(t / 8, ref x);
                (a, b, c, d, e, f, g, h) = (reached[0], reached[1], reached[2], reached[3], reached[4], reached[5], reached[6], reached[7]);
                steps -= complete.Depth;
            }
            else
            {
                (a, b, c, d) = (roots[t], roots[t + 1], roots[t + 2], roots[t + 3]);
                (e, f, g, h) = (roots[t + 4], roots[t + 5], roots[t + 6], roots[t + 7]);
            }
            for (int s = 0; s < steps; s++)
            {
                a = Step(ref nodes, ref x, a);
                b = Step(ref nodes, ref x, b);
                c = Step(ref nodes, ref x, c);
                d = Step(ref nodes, ref x, d);
                e = Step(ref nodes, ref x, e);
                f = Step(ref nodes, ref x, f);
                g = Step(ref nodes, ref x, g);
                h = Step(ref nodes, ref x, h);
            }
            if (width <= LeafSums.MaxWidth)
            {
                sums = sums.Add(ref values, width, a);
                sums = sums.Add(ref values, width, b);
                sums = sums.Add(ref values, width, c);
                sums = sums.Add(ref values, width, d);
                sums = sums.Add(ref values, width, e);
                sums = sums.Add(ref values, width, f);
                sums = sums.Add(ref values, width, g);
                sums = sums.Add(ref values, width, h);
            }
            else
            {
                AddValues(ref total, ref values, width, a);
                AddValues(ref total, ref values, width, b);
                AddValues(ref total, ref values, width, c);
                AddValues(ref total, ref values, width, d);
                AddValues(ref total, ref values, width, e);
                AddValues(ref total, ref values, width, f);
                AddValues(ref total, ref values, width, g);
                AddValues(ref total, ref values, width, h);
            }
        }
        if (width <= LeafSums.MaxWidth) sums.Store(ref total, width);
        for (; t < trees; t++) AddValues(ref total, ref values, width, Walk(t, features));
    }

    /// <summary>
    /// Up to four running sums (one per output) in two vector registers. Summing in memory instead, each leaf's add waits
    /// for the previous one's store to be forwarded: a chain of about 8 cycles per tree, which cost about a fifth of a
    /// 100-tree binary prediction. Each output is still summed tree by tree in order, so the results are the same bits.
    /// </summary>
    private struct LeafSums
    {
        public const int MaxWidth = 4;
        private Vector128<double> _low;  // outputs 0 and 1
        private Vector128<double> _high; // outputs 2 and 3

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static LeafSums Load(ref double total, int width) => width switch
        {
            1 => new LeafSums { _low = Vector128.CreateScalar(total) },
            2 => new LeafSums { _low = Vector128.LoadUnsafe(ref total) },
            3 => new LeafSums { _low = Vector128.LoadUnsafe(ref total), _high = Vector128.CreateScalar(Unsafe.Add(ref total, 2)) },
            _ => new LeafSums { _low = Vector128.LoadUnsafe(ref total), _high = Vector128.LoadUnsafe(ref total, 2) },
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly LeafSums Add(ref double values, int width, int leaf)
        {
            ref double v = ref Unsafe.Add(ref values, (nint)(uint)leaf * width);
            return width switch
            {
                1 => new LeafSums { _low = _low + Vector128.CreateScalar(v), _high = _high },
                2 => new LeafSums { _low = _low + Vector128.LoadUnsafe(ref v), _high = _high },
                3 => new LeafSums { _low = _low + Vector128.LoadUnsafe(ref v), _high = _high + Vector128.CreateScalar(Unsafe.Add(ref v, 2)) },
                _ => new LeafSums { _low = _low + Vector128.LoadUnsafe(ref v), _high = _high + Vector128.LoadUnsafe(ref v, 2) },
            };
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Store(ref double total, int width)
        {
            if (width == 1) { total = _low.ToScalar(); return; }
            _low.StoreUnsafe(ref total);
            if (width == 3) Unsafe.Add(ref total, 2) = _high.ToScalar();
            else if (width == 4) _high.StoreUnsafe(ref total, 2);
        }
    }

    /// <summary>Adds leaf <paramref name="leaf"/>'s <paramref name="width"/> values (unchecked: a valid node's values exist).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddValues(ref double total, ref double values, int width, int leaf)
    {
        ref double source = ref Unsafe.Add(ref values, (nint)(uint)leaf * width);
        for (int k = 0; k < width; k++) Unsafe.Add(ref total, k) += Unsafe.Add(ref source, k);
    }

    /// <summary>The tests a row passes through in tree <paramref name="tree"/>, and its leaf.</summary>
    public TreePath DecisionPath(ReadOnlySpan<double> features, int tree = 0)
    {
        DataValidation.EnsureFeatures(features, FeatureCount);
        if ((uint)tree >= (uint)TreeCount) throw new ArgumentOutOfRangeException(nameof(tree), tree, $"The ensemble has {TreeCount} trees.");
        var tests = new List<TreeTest>();
        int i = _roots[tree];
        while (_features[i] >= 0)
        {
            double value = features[_features[i]];
            bool left = value <= _thresholds[i];
            tests.Add(new TreeTest(i, _features[i], _thresholds[i], value, left));
            i = left ? _left[i] : _right[i];
        }
        return new TreePath(tree, tests, i, _values.AsSpan(i * OutputWidth, OutputWidth).ToArray());
    }

    /// <summary>
    /// Rebuilds an ensemble from its arrays (as saved from the properties), checking that they form trees:
    /// children inside their own tree and after their parent (so every walk ends), features in range, finite
    /// values, nodes in depth-first order with each left child right after its parent. Anything else is an
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public static TreeEnsemble FromArrays(int featureCount, int outputWidth, ReadOnlySpan<int> treeOffsets, ReadOnlySpan<int> features,
        ReadOnlySpan<double> thresholds, ReadOnlySpan<int> leftChildren, ReadOnlySpan<int> rightChildren, ReadOnlySpan<double> values,
        ReadOnlySpan<double> importances)
    {
        if (featureCount < 1) throw new ArgumentException("A tree ensemble needs at least one feature.", nameof(featureCount));
        if (outputWidth < 1) throw new ArgumentException("A tree ensemble needs at least one output.", nameof(outputWidth));
        int n = features.Length;
        if (thresholds.Length != n || leftChildren.Length != n || rightChildren.Length != n)
            throw new ArgumentException($"The node arrays differ in length ({n}, {thresholds.Length}, {leftChildren.Length}, {rightChildren.Length}).");
        if ((long)n * outputWidth != values.Length) throw new ArgumentException($"{n} nodes need {(long)n * outputWidth} values, not {values.Length}.", nameof(values));
        if (importances.Length != featureCount) throw new ArgumentException($"{featureCount} features need as many importances, not {importances.Length}.", nameof(importances));
        if (treeOffsets.Length < 2 || treeOffsets[0] != 0 || treeOffsets[^1] != n)
            throw new ArgumentException("The tree offsets must start at 0 and end at the node count.", nameof(treeOffsets));
        for (int t = 0; t + 1 < treeOffsets.Length; t++)
        {
            int start = treeOffsets[t], end = treeOffsets[t + 1];
            if (end <= start) throw new ArgumentException($"Tree {t} has no nodes.", nameof(treeOffsets));
            for (int i = start; i < end; i++)
            {
                int f = features[i];
                if (f == -1)
                {
                    if (leftChildren[i] != -1 || rightChildren[i] != -1) throw new ArgumentException($"Leaf {i} has children.");
                    continue;
                }
                if ((uint)f >= (uint)featureCount) throw new ArgumentException($"Node {i} tests feature {f}, outside 0..{featureCount - 1}.");
                if (!double.IsFinite(thresholds[i])) throw new ArgumentException($"Node {i} has a threshold of {thresholds[i]}.");
                int l = leftChildren[i], r = rightChildren[i];
                if (l != i + 1 || r <= l || r >= end) throw new ArgumentException($"Node {i} has children ({l}, {r}): the left child must be the next node and the right one after it, inside the tree.");
            }
        }
        foreach (double v in values) if (!double.IsFinite(v)) throw new ArgumentException("A node value is not finite.", nameof(values));
        foreach (double v in importances) if (!(v >= 0 && v <= 1)) throw new ArgumentException("An importance is outside [0, 1].", nameof(importances));
        return new TreeEnsemble(featureCount, outputWidth, treeOffsets.ToArray(), features.ToArray(), thresholds.ToArray(), leftChildren.ToArray(),
            rightChildren.ToArray(), values.ToArray(), importances.ToArray());
    }

    internal static TreeEnsemble Create(int featureCount, int outputWidth, IReadOnlyList<GrownTree> trees)
    {
        int nodes = 0;
        foreach (var tree in trees) nodes += tree.Features.Count;
        var roots = new int[trees.Count + 1];
        var features = new int[nodes];
        var thresholds = new double[nodes];
        var left = new int[nodes];
        var right = new int[nodes];
        var values = new double[nodes * outputWidth];
        int at = 0;
        for (int t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            roots[t] = at;
            for (int i = 0; i < tree.Features.Count; i++)
            {
                features[at + i] = tree.Features[i];
                thresholds[at + i] = tree.Thresholds[i];
                left[at + i] = tree.Left[i] < 0 ? -1 : tree.Left[i] + at;
                right[at + i] = tree.Right[i] < 0 ? -1 : tree.Right[i] + at;
            }
            tree.Values.CopyTo(values, at * outputWidth);
            at += tree.Features.Count;
        }
        roots[^1] = at;

        // scikit-learn: the mean of the normalised importances of trees that split, normalised again.
        var importances = new double[featureCount];
        foreach (var tree in trees)
        {
            if (tree.Features.Count > 1) TensorPrimitives.Add(importances, tree.Importances, importances);
        }
        double total = TensorPrimitives.Sum<double>(importances);
        if (total > 0) TensorPrimitives.Divide(importances, total, importances);
        return new TreeEnsemble(featureCount, outputWidth, roots, features, thresholds, left, right, values, importances);
    }
}

/// <summary>A classifier made of trees (a decision tree or a random forest): the mean of the trees' leaf class
/// distributions, as scikit-learn's <c>predict_proba</c>. Immutable and thread-safe; prediction allocates nothing.</summary>
public sealed class TreeClassifierModel : IClassificationModel
{
    internal TreeClassifierModel(TreeEnsemble trees, double oobScore)
    {
        Trees = trees;
        OobScore = oobScore;
    }

    /// <summary>The trees.</summary>
    public TreeEnsemble Trees { get; }

    /// <inheritdoc />
    public int FeatureCount => Trees.FeatureCount;

    /// <inheritdoc />
    public int ClassCount => Trees.OutputWidth;

    /// <summary>Out-of-bag accuracy of a bootstrapped forest fitted with the out-of-bag score on; NaN otherwise.</summary>
    public double OobScore { get; }

    /// <summary>Impurity-decrease importance of each feature (sums to 1).</summary>
    public ReadOnlySpan<double> FeatureImportances => Trees.FeatureImportances;

    /// <inheritdoc />
    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        var p = probabilities[..ClassCount];
        p.Clear();
        Trees.AddLeafValues(features, p);
        if (Trees.TreeCount > 1)
        {
            double scale = 1.0 / Trees.TreeCount;
            for (int k = 0; k < p.Length; k++) p[k] *= scale; // a few classes: a loop beats a TensorPrimitives call
        }
    }

    /// <summary>The tests a row passes through in one tree, and its leaf (whose value is the class distribution).</summary>
    public TreePath DecisionPath(ReadOnlySpan<double> features, int tree = 0) => Trees.DecisionPath(features, tree);

    /// <summary>Rebuilds a model from its trees and out-of-bag score; leaf values must be class distributions.</summary>
    public static TreeClassifierModel FromTrees(TreeEnsemble trees, double oobScore)
    {
        ArgumentNullException.ThrowIfNull(trees);
        if (trees.OutputWidth < 2) throw new ArgumentException("A tree classifier needs at least two classes.", nameof(trees));
        foreach (double v in trees.Values) if (v < 0 || v > 1) throw new ArgumentException("A class probability is outside [0, 1].", nameof(trees));
        return new TreeClassifierModel(trees, oobScore);
    }
}

/// <summary>A regressor made of trees (a decision tree or a random forest): the mean of the trees' leaf means.
/// Immutable and thread-safe; prediction allocates nothing.</summary>
public sealed class TreeRegressorModel : IRegressionModel
{
    internal TreeRegressorModel(TreeEnsemble trees, double oobScore)
    {
        Trees = trees;
        OobScore = oobScore;
    }

    /// <summary>The trees.</summary>
    public TreeEnsemble Trees { get; }

    /// <inheritdoc />
    public int FeatureCount => Trees.FeatureCount;

    /// <summary>Out-of-bag R² of a bootstrapped forest fitted with the out-of-bag score on; NaN otherwise.</summary>
    public double OobScore { get; }

    /// <summary>Impurity-decrease importance of each feature (sums to 1).</summary>
    public ReadOnlySpan<double> FeatureImportances => Trees.FeatureImportances;

    /// <inheritdoc />
    public double Predict(ReadOnlySpan<double> features)
    {
        double sum = 0;
        Trees.AddLeafValues(features, new Span<double>(ref sum));
        return sum / Trees.TreeCount;
    }

    /// <summary>The tests a row passes through in one tree, and its leaf (whose value is the tree's prediction).</summary>
    public TreePath DecisionPath(ReadOnlySpan<double> features, int tree = 0) => Trees.DecisionPath(features, tree);

    /// <summary>Rebuilds a model from its trees and out-of-bag score.</summary>
    public static TreeRegressorModel FromTrees(TreeEnsemble trees, double oobScore)
    {
        ArgumentNullException.ThrowIfNull(trees);
        if (trees.OutputWidth != 1) throw new ArgumentException("A tree regressor has one value per node.", nameof(trees));
        return new TreeRegressorModel(trees, oobScore);
    }
}
