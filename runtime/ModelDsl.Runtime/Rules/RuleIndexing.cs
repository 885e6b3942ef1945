using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ModelDsl.Runtime.Rules;

/// <summary>
/// Segment lookups for generated rule-set indexes (large first-match rule sets): which segment of a variable's values
/// an input falls in, so the generated code can read that segment's row of rule bits. See the generator's RuleIndex.
/// </summary>
public static class RuleIndexing
{
    /// <summary>
    /// The segment of <paramref name="x"/> among the sorted <paramref name="thresholds"/> t0 &lt; … &lt; tm−1:
    /// 2k for the open interval just below tk (2m above the last), 2k + 1 for x = tk, 2m + 1 for NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Segment(double x, ReadOnlySpan<double> thresholds)
    {
        if (double.IsNaN(x)) return 2 * thresholds.Length + 1;
        int n = thresholds.Length;
        if (n == 0) return 0;
        // Branch-free lower bound (the number of thresholds below x): the loop runs log2(n) times whatever the data,
        // and each step is a conditional move, so nothing is mispredicted (a data-dependent branch would be, half the time).
        ref double t = ref MemoryMarshal.GetReference(thresholds);
        int at = 0;
        while (n > 1)
        {
            int half = n >> 1;
            at = Unsafe.Add(ref t, at + half) < x ? at + half : at;
            n -= half;
        }
        int below = at + (Unsafe.Add(ref t, at) < x ? 1 : 0);
        // x = t[below] is the point segment 2·below + 1; otherwise the open interval 2·below.
        return 2 * below + (below < thresholds.Length && Unsafe.Add(ref t, below) == x ? 1 : 0);
    }

    /// <summary>The segment of an enum value: its member index, or <paramref name="members"/> for any other value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Segment(int value, int members) => (uint)value < (uint)members ? value : members;
}
