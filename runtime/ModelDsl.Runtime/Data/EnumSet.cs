using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ModelDsl.Runtime.Data;

/// <summary>
/// A set of values of an enum (a <c>set of Department</c> field): a 256-bit mask in the struct itself, so reading,
/// testing and enumerating a set allocates nothing. Generated enums number their members 0, 1, 2, … in declaration
/// order (ints); the generator refuses a set over an enum with more than <see cref="MaxMembers"/> members.
/// Immutable: <see cref="Add"/> and <see cref="Remove"/> return a new set.
/// </summary>
/// <typeparam name="T">A generated enum (int-backed, members 0 … n − 1).</typeparam>
public readonly struct EnumSet<T> : IEquatable<EnumSet<T>>
    where T : struct, Enum
{
    /// <summary>The most members an enum of a set may have (the bits of the mask).</summary>
    public const int MaxMembers = 256;

    private readonly ulong _b0, _b1, _b2, _b3;

    private EnumSet(ulong b0, ulong b1, ulong b2, ulong b3) => (_b0, _b1, _b2, _b3) = (b0, b1, b2, b3);

    /// <summary>The empty set (also <c>default</c>).</summary>
    public static EnumSet<T> Empty => default;

    /// <summary>The set of <paramref name="values"/> (a repeated value counts once); for callers before C# 13.</summary>
    public static EnumSet<T> Of(params T[] values) => Of(new ReadOnlySpan<T>(values));

    /// <summary>The set of <paramref name="values"/> (a repeated value counts once).</summary>
    public static EnumSet<T> Of(params ReadOnlySpan<T> values)
    {
        var set = default(EnumSet<T>);
        foreach (var v in values) set = set.Add(v);
        return set;
    }

    private static int IndexOf(T value)
    {
        if (Unsafe.SizeOf<T>() != sizeof(int)) throw new NotSupportedException($"EnumSet needs an int-backed enum; {typeof(T).Name} is not.");
        return Unsafe.As<T, int>(ref value);
    }

    private static int Checked(int index) =>
        (uint)index < MaxMembers ? index : throw new ArgumentOutOfRangeException(nameof(index), index, $"A set holds enum members 0 … {MaxMembers - 1}.");

    private ulong Word(int w) => w switch { 0 => _b0, 1 => _b1, 2 => _b2, _ => _b3 };

    /// <summary>Whether the set holds <paramref name="value"/>.</summary>
    public bool Contains(T value) => ContainsIndex(IndexOf(value));

    /// <summary>Whether the set holds the member numbered <paramref name="index"/> (its position in the enum).</summary>
    public bool ContainsIndex(int index) => (uint)index < MaxMembers && ((Word(index >> 6) >> (index & 63)) & 1) != 0;

    /// <summary>The set with <paramref name="value"/> added.</summary>
    public EnumSet<T> Add(T value) => WithIndex(IndexOf(value), true);

    /// <summary>The set without <paramref name="value"/>.</summary>
    public EnumSet<T> Remove(T value) => WithIndex(IndexOf(value), false);

    /// <summary>The set with the member numbered <paramref name="index"/> added or removed.</summary>
    public EnumSet<T> WithIndex(int index, bool present)
    {
        Checked(index);
        var bit = 1UL << (index & 63);
        ulong b0 = _b0, b1 = _b1, b2 = _b2, b3 = _b3;
        ref var word = ref b0;
        switch (index >> 6)
        {
            case 1: word = ref b1; break;
            case 2: word = ref b2; break;
            case 3: word = ref b3; break;
        }
        word = present ? word | bit : word & ~bit;
        return new EnumSet<T>(b0, b1, b2, b3);
    }

    /// <summary>How many values the set holds.</summary>
    public int Count => BitOperations.PopCount(_b0) + BitOperations.PopCount(_b1) + BitOperations.PopCount(_b2) + BitOperations.PopCount(_b3);

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => (_b0 | _b1 | _b2 | _b3) == 0;

    /// <summary>The union of two sets.</summary>
    public EnumSet<T> Union(EnumSet<T> other) => new(_b0 | other._b0, _b1 | other._b1, _b2 | other._b2, _b3 | other._b3);

    /// <summary>The values both sets hold.</summary>
    public EnumSet<T> Intersect(EnumSet<T> other) => new(_b0 & other._b0, _b1 & other._b1, _b2 & other._b2, _b3 & other._b3);

    /// <summary>Whether every value of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(EnumSet<T> other) =>
        (_b0 & ~other._b0) == 0 && (_b1 & ~other._b1) == 0 && (_b2 & ~other._b2) == 0 && (_b3 & ~other._b3) == 0;

    /// <summary>
    /// The set as one 0/1 value per member (multi-hot), for the first <paramref name="output"/>.Length members:
    /// how a classical model sees a set field.
    /// </summary>
    public void WriteMultiHot(Span<double> output)
    {
        for (var i = 0; i < output.Length; i++) output[i] = ContainsIndex(i) ? 1d : 0d;
    }

    /// <summary>
    /// The set a multi-hot vector stands for: member <c>i</c> is in the set when <c>values[i]</c> is at least
    /// <paramref name="threshold"/> (a reconstructed or generated vector need not hold exact 0s and 1s).
    /// </summary>
    public static EnumSet<T> FromMultiHot(ReadOnlySpan<double> values, double threshold = 0.5)
    {
        if (values.Length > MaxMembers) throw new ArgumentException($"A set holds at most {MaxMembers} members; the vector has {values.Length} values.", nameof(values));
        var set = default(EnumSet<T>);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] >= threshold) set = set.WithIndex(i, true);
        }
        return set;
    }

    /// <summary>Enumerates the values in enum order, without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>The values in enum order, without allocating.</summary>
    public struct Enumerator
    {
        private readonly EnumSet<T> _set;
        private int _index;

        internal Enumerator(EnumSet<T> set)
        {
            _set = set;
            _index = -1;
        }

        /// <summary>The current value.</summary>
        public readonly T Current
        {
            get
            {
                var index = _index;
                return Unsafe.As<int, T>(ref index);
            }
        }

        /// <summary>Moves to the next value in the set.</summary>
        public bool MoveNext()
        {
            while (++_index < MaxMembers)
            {
                var word = _set.Word(_index >> 6) >> (_index & 63);
                if (word == 0)
                {
                    _index |= 63; // the rest of this word is empty
                    continue;
                }
                _index += BitOperations.TrailingZeroCount(word);
                return true;
            }
            return false;
        }
    }

    /// <inheritdoc />
    public bool Equals(EnumSet<T> other) => _b0 == other._b0 && _b1 == other._b1 && _b2 == other._b2 && _b3 == other._b3;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EnumSet<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_b0, _b1, _b2, _b3);

    /// <summary>Equality of the values held.</summary>
    public static bool operator ==(EnumSet<T> left, EnumSet<T> right) => left.Equals(right);

    /// <summary>Inequality of the values held.</summary>
    public static bool operator !=(EnumSet<T> left, EnumSet<T> right) => !left.Equals(right);

    /// <summary>The values as a list (allocates; for display and tests).</summary>
    public List<T> ToList()
    {
        var list = new List<T>(Count);
        foreach (var v in this) list.Add(v);
        return list;
    }

    /// <summary>The C# names of the values separated by ';' (the generated <c>…Names.Format</c> writes the DSL names).</summary>
    public override string ToString() => string.Join(";", ToList());
}
