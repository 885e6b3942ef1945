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

    /// <summary>
    /// The bit tables of a rule index, rebuilt from their boundaries (the generator emits those, not the tables:
    /// a table is boxes × segments, quadratic in the rules, its boundaries are linear). The result holds, per variable
    /// in order, per segment of its values, <c>max(1, ⌈boxes / 64⌉)</c> words: the boxes that allow that segment.
    /// </summary>
    /// <param name="boxes">The number of boxes (bits).</param>
    /// <param name="segments">Per variable: its number of segments.</param>
    /// <param name="flips">Per variable: a count k, then k pairs (segment, box), sorted by segment: going up the segments
    /// from a row of all boxes, the box's bit flips at that segment.</param>
    public static ulong[] BuildBits(int boxes, ReadOnlySpan<int> segments, ReadOnlySpan<int> flips)
    {
        int words = Math.Max(1, (boxes + 63) / 64);
        long total = 0;
        foreach (var s in segments) total += s;
        var table = new ulong[total * words];
        Span<ulong> row = words <= 256 ? stackalloc ulong[words] : new ulong[words];
        int at = 0;
        long offset = 0;
        foreach (var count in segments)
        {
            row.Fill(ulong.MaxValue);
            if (boxes % 64 != 0) row[words - 1] = (1UL << (boxes % 64)) - 1;
            if (boxes == 0) row.Clear();
            int end = at + 1 + 2 * flips[at];
            at++;
            for (int s = 0; s < count; s++)
            {
                while (at < end && flips[at] == s)
                {
                    int box = flips[at + 1];
                    row[box >> 6] ^= 1UL << (box & 63);
                    at += 2;
                }
                row.CopyTo(table.AsSpan((int)(offset + (long)s * words), words));
            }
            if (at != end) throw new ArgumentException("a flip lies beyond its variable's segments", nameof(flips));
            offset += (long)count * words;
        }
        return table;
    }

    /// <summary>
    /// Strings packed into one: <paramref name="lengths"/> cuts <paramref name="text"/> into consecutive pieces
    /// (a length of −1 is a null). Generated code keeps a large rule set's names and reasons this way: one literal
    /// instead of an array initializer of thousands of elements.
    /// </summary>
    public static string?[] Unpack(string text, ReadOnlySpan<int> lengths) => Unpack<string?>(text, lengths);

    /// <summary><see cref="Unpack(string, ReadOnlySpan{int})"/> for pieces none of which is null.</summary>
    public static string[] UnpackAll(string text, ReadOnlySpan<int> lengths)
    {
        foreach (var length in lengths)
        {
            if (length < 0) throw new ArgumentException("a null among strings that have none", nameof(lengths));
        }
        return Unpack<string>(text, lengths);
    }

    private static T[] Unpack<T>(string text, ReadOnlySpan<int> lengths)
        where T : class?
    {
        var result = new T[lengths.Length];
        int at = 0;
        for (int i = 0; i < lengths.Length; i++)
        {
            if (lengths[i] < 0) continue;
            result[i] = (T)(object)text.Substring(at, lengths[i]);
            at += lengths[i];
        }
        if (at != text.Length) throw new ArgumentException("the lengths do not add up to the text", nameof(lengths));
        return result;
    }
}
