using System;
using System.Collections.Generic;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Polynomial expansion as scikit-learn 1.2.1's <c>PolynomialFeatures</c>, in its output order: the bias (if
/// included), then every monomial of degree 1, 2, …, <see cref="Degree"/> with feature indices in
/// non-decreasing (interaction only: increasing) lexicographic order, e.g. 1, a, b, a², ab, b².
/// Each term is an earlier term times one feature, so <see cref="Transform(ReadOnlySpan{double}, Span{double})"/>
/// costs one multiplication per output and allocates nothing.
/// </summary>
public sealed class PolynomialFeatures
{
    private readonly int[] _parents;  // index of the earlier output this term extends, or −1 for the constant 1
    private readonly int[] _factors;  // feature multiplied in, or −1 for the bias term
    private readonly int[] _powers;

    /// <summary>Builds the expansion of <paramref name="inputCount"/> features.</summary>
    /// <param name="inputCount">Number of input features.</param>
    /// <param name="degree">Maximum total degree (default 2).</param>
    /// <param name="interactionOnly">Only products of distinct features (no powers), default false.</param>
    /// <param name="includeBias">Start with a constant 1 column (default true, as scikit-learn).</param>
    public PolynomialFeatures(int inputCount, int degree = 2, bool interactionOnly = false, bool includeBias = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        InputCount = inputCount;
        Degree = degree;
        InteractionOnly = interactionOnly;
        IncludeBias = includeBias;

        var parents = new List<int>();
        var factors = new List<int>();
        var combos = new List<int[]>();
        if (includeBias)
        {
            parents.Add(-1);
            factors.Add(-1);
            combos.Add([]);
        }
        // previous degree's terms: (output index, combination)
        var previous = new List<(int Index, int[] Combo)> { (-1, []) };
        for (int deg = 1; deg <= degree; deg++)
        {
            var current = new List<(int Index, int[] Combo)>();
            // Lexicographic order of combinations = for each parent in order, append features ≥ (>) its last.
            foreach (var (index, combo) in previous)
            {
                int first = combo.Length == 0 ? 0 : combo[^1] + (interactionOnly ? 1 : 0);
                for (int f = first; f < inputCount; f++)
                {
                    var next = new int[combo.Length + 1];
                    combo.CopyTo(next, 0);
                    next[^1] = f;
                    current.Add((parents.Count, next));
                    parents.Add(index);
                    factors.Add(f);
                    combos.Add(next);
                    if (parents.Count > 1_000_000) throw new ArgumentException("The polynomial expansion would exceed a million features.");
                }
            }
            if (current.Count == 0) break;
            previous = current;
        }
        _parents = parents.ToArray();
        _factors = factors.ToArray();
        _powers = new int[_parents.Length * inputCount];
        for (int t = 0; t < combos.Count; t++)
        {
            foreach (int f in combos[t]) _powers[t * inputCount + f]++;
        }
    }

    /// <summary>Number of input features.</summary>
    public int InputCount { get; }

    /// <summary>Number of output features.</summary>
    public int OutputCount => _parents.Length;

    /// <summary>Maximum total degree.</summary>
    public int Degree { get; }

    /// <summary>Whether only products of distinct features are produced.</summary>
    public bool InteractionOnly { get; }

    /// <summary>Whether the first output is the constant 1.</summary>
    public bool IncludeBias { get; }

    /// <summary>Exponent of each input in each output, row-major <see cref="OutputCount"/> × <see cref="InputCount"/> (scikit-learn's <c>powers_</c>).</summary>
    public ReadOnlySpan<int> Powers => _powers;

    /// <summary>Writes the <see cref="OutputCount"/> terms of one row; <paramref name="output"/> must not overlap <paramref name="input"/>.</summary>
    public void Transform(ReadOnlySpan<double> input, Span<double> output)
    {
        DataValidation.EnsureFeatures(input, InputCount);
        DataValidation.EnsureOutput(output.Length, OutputCount, nameof(output));
        for (int t = 0; t < _parents.Length; t++)
        {
            int factor = _factors[t];
            if (factor < 0)
            {
                output[t] = 1.0;
                continue;
            }
            int parent = _parents[t];
            output[t] = parent < 0 ? input[factor] : output[parent] * input[factor];
        }
    }

    /// <summary>Expands every row into a new matrix.</summary>
    public FeatureMatrix Transform(FeatureMatrix x) => Preprocessing.MapRows(x, OutputCount, Transform);
}

/// <summary>One-hot encoding of a category (an enum value's ordinal) into <c>categoryCount</c> indicator columns.</summary>
public static class OneHotEncoding
{
    /// <summary>Writes 1 at <paramref name="category"/> and 0 elsewhere in the first <paramref name="categoryCount"/> values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The category is outside 0..categoryCount-1.</exception>
    public static void Encode(int category, int categoryCount, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(categoryCount, 1);
        DataValidation.EnsureOutput(output.Length, categoryCount, nameof(output));
        if ((uint)category >= (uint)categoryCount)
            throw new ArgumentOutOfRangeException(nameof(category), category, $"The category must be in 0..{categoryCount - 1}.");
        var target = output.Slice(0, categoryCount);
        target.Clear();
        target[category] = 1.0;
    }

    /// <summary>Like <see cref="Encode"/>, but an unknown or missing category (outside the range, e.g. −1) writes all zeros
    /// (scikit-learn's handle_unknown="ignore").</summary>
    public static void EncodeOrZero(int category, int categoryCount, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(categoryCount, 1);
        DataValidation.EnsureOutput(output.Length, categoryCount, nameof(output));
        var target = output.Slice(0, categoryCount);
        target.Clear();
        if ((uint)category < (uint)categoryCount) target[category] = 1.0;
    }

    /// <summary>The category of a one-hot (or score) block: the index of its largest value.</summary>
    public static int Decode(ReadOnlySpan<double> block) => System.Numerics.Tensors.TensorPrimitives.IndexOfMax(block);
}
