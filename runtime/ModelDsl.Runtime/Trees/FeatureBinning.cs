using System;
using System.Threading.Tasks;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Features coded once as small bin numbers for tree growing (as LightGBM and scikit-learn's histogram
/// boosting do): each node then finds its best split from a histogram built in one pass over its rows,
/// instead of sorting its rows per feature. A feature with at most 256 distinct training values gets one
/// bin per value, so its candidate thresholds are exactly scikit-learn's (midpoints between consecutive
/// values); a feature with more gets 256 bins of about equal counts, and thresholds between them.
/// </summary>
internal sealed class FeatureBins
{
    public const int MaxBins = 256;

    private FeatureBins(int rows, int features)
    {
        Rows = rows;
        Features = features;
        Codes = new byte[checked(rows * features)];
        Lower = new double[features * MaxBins];
        Upper = new double[features * MaxBins];
    }

    public int Rows { get; }

    public int Features { get; }

    /// <summary>Bin of each value, column-major: feature f of row r is <c>Codes[f * Rows + r]</c> (a node's pass reads one column).</summary>
    public byte[] Codes { get; }

    /// <summary>Smallest training value in bin b of feature f, at <c>f * MaxBins + b</c>.</summary>
    public double[] Lower { get; }

    /// <summary>Largest training value in bin b of feature f.</summary>
    public double[] Upper { get; }

    /// <summary>The threshold between bin <paramref name="below"/> and the next non-empty bin <paramref name="above"/>
    /// of a node: their midpoint, or the lower value when rounding makes the midpoint the upper (as scikit-learn).</summary>
    public double Threshold(int feature, int below, int above)
    {
        double a = Upper[feature * MaxBins + below], b = Lower[feature * MaxBins + above];
        double t = a / 2.0 + b / 2.0;
        return t >= b || double.IsInfinity(t) ? a : t;
    }

    public static FeatureBins Build(FeatureMatrix x, int maxParallelism)
    {
        var bins = new FeatureBins(x.Rows, x.Columns);
        Parallel.For(0, x.Columns, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, f => bins.BuildFeature(x, f));
        return bins;
    }

    private void BuildFeature(FeatureMatrix x, int f)
    {
        int n = Rows, d = Features;
        var column = new double[n];
        for (int r = 0; r < n; r++) column[r] = x.Values[r * d + f];
        var sorted = (double[])column.Clone();
        Array.Sort(sorted);
        int distinct = 1;
        for (int i = 1; i < n; i++) if (sorted[i] != sorted[i - 1]) distinct++;

        // Bin upper/lower bounds over the sorted values: one bin per distinct value, or groups of about n / 256 rows.
        var lower = Lower.AsSpan(f * MaxBins, MaxBins);
        var upper = Upper.AsSpan(f * MaxBins, MaxBins);
        int bin = 0;
        lower[0] = sorted[0];
        for (int i = 0; i < n; i++)
        {
            upper[bin] = sorted[i];
            bool lastOfValue = i == n - 1 || sorted[i + 1] != sorted[i];
            if (!lastOfValue || i == n - 1) continue;
            bool close = distinct <= MaxBins || (i + 1) >= (long)(bin + 1) * n / MaxBins;
            if (close && bin < MaxBins - 1)
            {
                bin++;
                lower[bin] = sorted[i + 1];
            }
        }
        int count = bin + 1;
        var bounds = upper[..count];
        for (int r = 0; r < n; r++)
        {
            int b = bounds.BinarySearch(column[r]);
            Codes[f * n + r] = (byte)(b >= 0 ? b : ~b);
        }
    }
}

/// <summary>SplitMix64: a tiny, fast generator whose streams are fixed by their seed on every platform and runtime.</summary>
internal struct SplitMix64(ulong state)
{
    private ulong _state = state;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, bound) by multiply-shift (bias below 2⁻³² for any int bound).</summary>
    public int Next(int bound) => (int)(((Next() >> 32) * (ulong)bound) >> 32);

    /// <summary>The seed of stream <paramref name="index"/> of a seed: trees of a forest draw from independent
    /// streams fixed by (seed, tree index), so the forest does not depend on which thread built which tree.</summary>
    public static ulong Derive(int seed, int index)
    {
        var mix = new SplitMix64(((ulong)(uint)seed << 32) ^ (uint)index);
        mix.Next();
        return mix.Next();
    }
}
