using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ModelDsl.Runtime.Learning;

public sealed partial class TreeEnsemble
{
    /// <summary>
    /// A second prediction layout for the top levels of every group of eight trees: the first D levels of each tree
    /// (D = the deepest tree's depth, at most <see cref="MaxDepth"/>) are padded to a complete binary tree in level order
    /// (node i's children are 2i + 1 and 2i + 2, so no child links), and the eight trees are interleaved value by value
    /// (node i of lane l at i × 8 + l). The walk takes D steps and hands over the node each tree has reached: its leaf,
    /// or, in a deeper tree, the node where the depth-first walk goes on.
    /// Why: a 100-tree, depth-5 forest walked node by node in the depth-first layout waits on L2 for most steps — its
    /// 16-byte nodes, leaves included, are 100 KB — whereas here the internal nodes alone (12 bytes each) are about a
    /// third of that, and the eight lanes of a group read neighbouring cache lines at every level. In deep trees the
    /// top levels, which every row passes through, get the same treatment.
    /// A leaf above level D is padded with tests that always go left (threshold +∞; NaN goes right) down to copies of
    /// itself, so every walk reaches the same node as in the original tree; the sums then add the very same leaf values
    /// in the same order.
    /// </summary>
    private sealed class CompleteGroups
    {
        public const int Lanes = 8;
        public const int MaxDepth = 8;

        private readonly int _depth;         // D: steps from a root to the bottom level
        private readonly int _internal;      // N = 2^D − 1 internal (or padding) nodes per tree
        private readonly double[] _thresholds; // [group][node][lane]
        private readonly int[] _features;      // [group][node][lane]
        private readonly int[] _reached;       // [group][bottom slot][lane]: the original node at level D (or a leaf above it)

        private CompleteGroups(int groups, int depth)
        {
            Groups = groups;
            _depth = depth;
            _internal = (1 << depth) - 1;
            _thresholds = new double[groups * _internal * Lanes];
            _features = new int[groups * _internal * Lanes];
            _reached = new int[groups * (_internal + 1) * Lanes];
        }

        /// <summary>The number of groups of eight trees: trees 0 .. Groups × 8 − 1 are walked here.</summary>
        public int Groups { get; }

        /// <summary>The levels walked here: every tree of the groups is at least this deep, or ends in a leaf above.</summary>
        public int Depth => _depth;

        /// <summary>The layout for an ensemble's groups of eight trees, or null when there is no full group, or when
        /// the trees are so unbalanced that padding their top levels would more than quadruple the nodes.</summary>
        public static CompleteGroups? TryBuild(int[] roots, int[] depths, int[] features, double[] thresholds, int[] left, int[] right)
        {
            int groups = (roots.Length - 1) / Lanes;
            if (groups == 0) return null;
            int depth = 0;
            for (int t = 0; t < groups * Lanes; t++) depth = Math.Max(depth, depths[t]);
            depth = Math.Min(depth, MaxDepth);
            if (depth < 1) return null;
            long padded = (long)groups * Lanes * ((2L << depth) - 1);
            if (padded > 4L * (roots[groups * Lanes] - roots[0])) return null;
            var layout = new CompleteGroups(groups, depth);
            for (int t = 0; t < groups * Lanes; t++) layout.Fill(t / Lanes, t % Lanes, roots[t], 0, 0, features, thresholds, left, right);
            return layout;
        }

        private void Fill(int group, int lane, int node, int position, int level, int[] features, double[] thresholds, int[] left, int[] right)
        {
            if (level == _depth)
            {
                _reached[(group * (_internal + 1) + position - _internal) * Lanes + lane] = node;
                return;
            }
            int at = (group * _internal + position) * Lanes + lane;
            bool leaf = features[node] < 0;
            _thresholds[at] = leaf ? double.PositiveInfinity : thresholds[node];
            _features[at] = leaf ? 0 : features[node];
            Fill(group, lane, leaf ? node : left[node], 2 * position + 1, level + 1, features, thresholds, left, right);
            Fill(group, lane, leaf ? node : right[node], 2 * position + 2, level + 1, features, thresholds, left, right);
        }

        /// <summary>The nodes that group <paramref name="group"/>'s eight trees send row <paramref name="x"/> to in
        /// <see cref="Depth"/> levels. Unchecked: the row's length was validated by the caller, the layout's indices when it
        /// was built.</summary>
        public Reached Walk(int group, ref double x)
        {
            ref double thresholds = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_thresholds), (nint)group * _internal * Lanes);
            ref int features = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_features), (nint)group * _internal * Lanes);
            // Lane l's position j = i × 8 + l for level-order node i; eight independent chains of loads.
            nint a = 0, b = 1, c = 2, d = 3, e = 4, f = 5, g = 6, h = 7;
            for (int s = 0; s < _depth; s++)
            {
                a = Step(ref thresholds, ref features, ref x, a, 0);
                b = Step(ref thresholds, ref features, ref x, b, 1);
                c = Step(ref thresholds, ref features, ref x, c, 2);
                d = Step(ref thresholds, ref features, ref x, d, 3);
                e = Step(ref thresholds, ref features, ref x, e, 4);
                f = Step(ref thresholds, ref features, ref x, f, 5);
                g = Step(ref thresholds, ref features, ref x, g, 6);
                h = Step(ref thresholds, ref features, ref x, h, 7);
            }
            // Bottom node i = N + k is slot k of the group's nodes reached: j − N × 8 = k × 8 + l.
            ref int leaves = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_reached), ((nint)group * (_internal + 1) - _internal) * Lanes);
            var result = default(Reached);
            result[0] = Unsafe.Add(ref leaves, a);
            result[1] = Unsafe.Add(ref leaves, b);
            result[2] = Unsafe.Add(ref leaves, c);
            result[3] = Unsafe.Add(ref leaves, d);
            result[4] = Unsafe.Add(ref leaves, e);
            result[5] = Unsafe.Add(ref leaves, f);
            result[6] = Unsafe.Add(ref leaves, g);
            result[7] = Unsafe.Add(ref leaves, h);
            return result;
        }

        /// <summary>One level down in lane <paramref name="lane"/>: from node i (at j = i × 8 + lane) to 2i + 1 when
        /// x ≤ threshold, else 2i + 2 (also for NaN), i.e. j' = 2j + 16 − lane + 8 × mask with mask −1 or 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static nint Step(ref double thresholds, ref int features, ref double x, nint j, int lane)
        {
            double value = Unsafe.Add(ref x, (nint)(uint)Unsafe.Add(ref features, j));
            // The vector compare gives the mask without a branch on the data (see Step in TreeEnsemble.cs).
            var goesLeft = Vector128.LessThanOrEqual(Vector128.CreateScalarUnsafe(value), Vector128.CreateScalarUnsafe(Unsafe.Add(ref thresholds, j)));
            nint mask = (nint)goesLeft.AsInt64().ToScalar();
            return 2 * j + (16 - lane) + 8 * mask;
        }
    }

    /// <summary>The node each tree of a group of eight reaches.</summary>
    [InlineArray(CompleteGroups.Lanes)]
    private struct Reached
    {
        private int _node;
    }
}
