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
        // Branch-free lower bound (the first threshold ≥ x): the data decides each step, so a branch would be
        // mispredicted about half the time.
        ref double t = ref MemoryMarshal.GetReference(thresholds);
        int first = 0, length = thresholds.Length;
        while (length > 0)
        {
            int half = length >> 1;
            bool below = Unsafe.Add(ref t, first + half) < x;
            first = below ? first + half + 1 : first;
            length = below ? length - half - 1 : half;
        }
        return first < thresholds.Length && Unsafe.Add(ref t, first) == x ? 2 * first + 1 : 2 * first;
    }

    /// <summary>The segment of an enum value: its member index, or <paramref name="members"/> for any other value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Segment(int value, int members) => (uint)value < (uint)members ? value : members;
}
