using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Emit;

/// <summary>
/// A large first-match rule set compiled into bitsets, so a decision does not test the rules one by one.
/// </summary>
/// <remarks>
/// <para>Each variable the conditions compare with a constant (a field, a <c>let</c> value or a fact; numbers, enums,
/// bools) splits its values into segments: for a number with sorted thresholds t0 &lt; t1 &lt; … the segments are
/// x &lt; t0, x = t0, t0 &lt; x &lt; t1, …, x &gt; tm, and NaN; for an enum its members and "any other value"; for a bool false
/// and true. Within a segment every such comparison has one truth value, including NaN and out-of-range enum values,
/// so the tables reproduce C#'s comparisons exactly.</para>
/// <para>A condition becomes a disjunction of boxes (one allowed set of segments per variable). Each box is a bit; the
/// table of a variable holds, per segment, the bits of the boxes that allow it. A decision looks up one row per
/// variable, ANDs the rows, and the lowest set bit is the first matching rule (boxes are numbered in evaluation order).
/// A part of a condition that is not a comparison with a constant (arithmetic between fields, a string test) cannot be
/// indexed: it counts as "maybe", and such a rule — inexact — is tested with its own code when its bit comes first.</para>
/// <para>Why: 1000 rules as straight-line code are about 300 KB of machine code run through per decision (measured
/// 5.9 µs, bound by instruction fetch); the tables are read one row per variable.</para>
/// </remarks>
internal sealed class RuleIndex
{
    /// <summary>Rule sets with at least this many outcome rules are indexed (below it, straight-line code is as fast).</summary>
    public const int MinRules = 100;

    /// <summary>A condition whose disjunctive form has more boxes is not indexed but tested with its own code.</summary>
    private const int MaxBoxesPerRule = 32;

    public enum VariableKind
    {
        Number,
        Enum,
        Bool,
    }

    /// <summary>A tested variable: <see cref="Code"/> reads it ("input.Age", a derived local).</summary>
    public sealed class Variable
    {
        public Variable(string code, VariableKind kind, DslType type)
        {
            Code = code;
            Kind = kind;
            Type = type;
        }

        public string Code { get; }

        public VariableKind Kind { get; }

        public DslType Type { get; }

        /// <summary>For numbers: the distinct constants, sorted.</summary>
        public List<double> Thresholds { get; } = new();

        /// <summary>The same constants as a set, to add each once without a scan.</summary>
        public HashSet<double> Constants { get; } = new();

        public int Segments => Kind switch
        {
            VariableKind.Number => 2 * Thresholds.Count + 2,
            VariableKind.Enum => Type.Members.Count + 1,
            _ => 2,
        };

        /// <summary>
        /// The table of this variable (segments × words: the boxes that allow each segment) by its boundaries: going up
        /// the segments from an all-ones row, the bit of <c>Box</c> flips at <c>Segment</c>. Sorted by segment, then box.
        /// A box that does not test the variable never flips; one that allows a run of segments flips at its two ends.
        /// So the data is linear in the conditions, while the table (boxes × segments) is quadratic in the rules:
        /// the runtime rebuilds the table from this once (RuleIndexing.BuildBits).
        /// </summary>
        public List<(int Segment, int Box)> Flips { get; } = new();

        /// <summary>
        /// For an int variable whose thresholds span at most <see cref="MaxDirectRange"/> values: the segment of every
        /// integer from <see cref="DirectStart"/> on (values beyond the ends clamp to them), so the segment is one load
        /// instead of a binary search. Null otherwise.
        /// </summary>
        public int[]? DirectSegments { get; set; }

        public long DirectStart { get; set; }
    }

    /// <summary>Largest span of an int variable's thresholds that gets a direct segment table.</summary>
    public const int MaxDirectRange = 4096;

    private RuleIndex(List<Variable> variables, int[] boxRules, bool[] exact, int words)
    {
        // words = max(1, ⌈boxes / 64⌉), as RuleIndexing.BuildBits computes it.
        Variables = variables;
        BoxRules = boxRules;
        Exact = exact;
        Words = words;
    }

    public List<Variable> Variables { get; }

    /// <summary>The rule (position in evaluation order) of each box bit.</summary>
    public int[] BoxRules { get; }

    /// <summary>Per rule: its boxes say exactly when it matches (otherwise its own code decides).</summary>
    public bool[] Exact { get; }

    /// <summary>64-bit words per table row.</summary>
    public int Words { get; }

    /// <summary>The index of a first-match or priority rule set, or null when it is not worth one.</summary>
    public static RuleIndex? TryBuild(RuleSetModel model)
    {
        if (model.Policy == HitPolicy.Collect || model.Rules.Count < MinRules) return null;
        var builder = new Builder();
        foreach (var rule in model.Rules) builder.Collect(rule.Condition);
        if (builder.Variables.Count == 0) return null;
        foreach (var v in builder.Variables.Values.Where(v => v.Kind == VariableKind.Number)) v.Thresholds.Sort();

        var boxes = new List<(int Rule, Dictionary<Variable, int[]> Allowed)>();
        var exact = new bool[model.Rules.Count];
        for (var r = 0; r < model.Rules.Count; r++)
        {
            var dnf = builder.Dnf(model.Rules[r].Condition, negated: false);
            if (dnf is null)
            {
                boxes.Add((r, new Dictionary<Variable, int[]>()));
                continue;
            }
            exact[r] = dnf.All(b => b.Exact);
            foreach (var box in dnf) boxes.Add((r, box.Allowed));
        }

        var variables = builder.Variables.Values.ToList();
        foreach (var v in variables.Where(v => v.Kind == VariableKind.Number && v.Type.Kind == ValueKind.Int && v.Thresholds.Count > 0))
        {
            // Integers just below the first threshold and just above the last one stand for everything beyond.
            var start = (long)Math.Floor(v.Thresholds[0]) - 1;
            var end = (long)Math.Ceiling(v.Thresholds[v.Thresholds.Count - 1]) + 1;
            if (end - start + 1 > MaxDirectRange) continue;
            var direct = new int[end - start + 1];
            for (var k = 0; k < direct.Length; k++) direct[k] = SegmentOf(start + k, v.Thresholds);
            v.DirectSegments = direct;
            v.DirectStart = start;
        }
        var words = Math.Max(1, (boxes.Count + 63) / 64);
        foreach (var v in variables)
        {
            for (var b = 0; b < boxes.Count; b++)
            {
                if (!boxes[b].Allowed.TryGetValue(v, out var allowed)) continue;
                // From a row where the box is allowed: its bit flips where it leaves a run of allowed segments or enters one.
                if (allowed.Length == 0 || allowed[0] != 0) v.Flips.Add((0, b));
                for (var k = allowed.Length > 0 && allowed[0] == 0 ? 1 : 0; k < allowed.Length; k++)
                {
                    if (allowed[k] < v.Segments) v.Flips.Add((allowed[k], b));
                }
            }
            v.Flips.Sort((x, y) => x.Segment != y.Segment ? x.Segment.CompareTo(y.Segment) : x.Box.CompareTo(y.Box));
        }
        return new RuleIndex(variables, boxes.Select(b => b.Rule).ToArray(), exact, words);
    }

    /// <summary>The segment of <paramref name="x"/>, as the runtime's RuleIndexing.Segment computes it.</summary>
    private static int SegmentOf(double x, List<double> thresholds)
    {
        var below = 0;
        while (below < thresholds.Count && thresholds[below] < x) below++;
        return 2 * below + (below < thresholds.Count && thresholds[below] == x ? 1 : 0);
    }

    /// <summary>
    /// A set of segments as the ascending boundaries of its runs: [a, b, c, d] is [a, b) ∪ [c, d). Conditions are
    /// intervals, so a set is a few numbers whatever the number of segments (a bool per segment would make building the
    /// index rules × segments, quadratic in the rules).
    /// </summary>
    private static class Runs
    {
        public static int[] Of(bool[] members)
        {
            var runs = new List<int>();
            for (var s = 0; s <= members.Length; s++)
            {
                var inside = s < members.Length && members[s];
                var before = s > 0 && members[s - 1];
                if (inside != before) runs.Add(s);
            }
            return runs.ToArray();
        }

        public static int[] Complement(int[] runs, int segments)
        {
            var result = new List<int>(runs.Length + 2);
            if (runs.Length == 0 || runs[0] != 0) result.Add(0);
            for (var k = runs.Length > 0 && runs[0] == 0 ? 1 : 0; k < runs.Length; k++) result.Add(runs[k]);
            if (result.Count > 0 && result[result.Count - 1] == segments) result.RemoveAt(result.Count - 1);
            else result.Add(segments);
            return result.ToArray();
        }

        public static int[] Intersect(int[] a, int[] b)
        {
            var result = new List<int>();
            int i = 0, j = 0;
            while (i + 1 < a.Length && j + 1 < b.Length)
            {
                var low = Math.Max(a[i], b[j]);
                var high = Math.Min(a[i + 1], b[j + 1]);
                if (low < high)
                {
                    if (result.Count > 0 && result[result.Count - 1] == low) result[result.Count - 1] = high;
                    else
                    {
                        result.Add(low);
                        result.Add(high);
                    }
                }
                if (a[i + 1] < b[j + 1]) i += 2;
                else j += 2;
            }
            return result.ToArray();
        }
    }

    private sealed class Box
    {
        public Box(Dictionary<Variable, int[]> allowed, bool exact)
        {
            Allowed = allowed;
            Exact = exact;
        }

        public Dictionary<Variable, int[]> Allowed { get; }

        public bool Exact { get; }
    }

    private sealed class Builder
    {
        public Dictionary<string, Variable> Variables { get; } = new(StringComparer.Ordinal);

        /// <summary>The variable an expression reads, if it is a field or derived value of an indexable type.</summary>
        private Variable? VariableOf(BoundExpression e, bool create)
        {
            string code;
            switch (e)
            {
                case BoundField field:
                    code = "input." + field.Property;
                    break;
                case BoundDerived derived:
                    code = derived.Local;
                    break;
                default:
                    return null;
            }
            if (e.Type.IsTensor) return null;
            VariableKind kind;
            switch (e.Type.Kind)
            {
                // long is left out: C# compares a long with an integer constant exactly, a double conversion would not.
                case ValueKind.Int or ValueKind.Float or ValueKind.Double:
                    kind = VariableKind.Number;
                    break;
                case ValueKind.Enum:
                    kind = VariableKind.Enum;
                    break;
                case ValueKind.Bool:
                    kind = VariableKind.Bool;
                    break;
                default:
                    return null;
            }
            if (Variables.TryGetValue(code, out var found)) return found;
            if (!create) return null;
            var variable = new Variable(code, kind, e.Type);
            Variables.Add(code, variable);
            return variable;
        }

        /// <summary>A comparison of a number variable with a numeric constant, the variable on the left.</summary>
        private (BoundExpression Variable, BinaryOperator Op, double Constant)? NumberComparison(BoundBinary b)
        {
            if (!OperatorText.IsComparison(b.Operator)) return null;
            if (b.Right is BoundLiteral { Type.IsNumeric: true } right && b.Left is BoundField or BoundDerived && b.Left.Type.IsNumeric)
                return (b.Left, b.Operator, right.Number);
            if (b.Left is BoundLiteral { Type.IsNumeric: true } left && b.Right is BoundField or BoundDerived && b.Right.Type.IsNumeric)
                return (b.Right, OperatorText.Flip(b.Operator), left.Number);
            return null;
        }

        /// <summary>Pass 1: the variables and the constants each number is compared with.</summary>
        public void Collect(BoundExpression e)
        {
            switch (e)
            {
                case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                    Collect(logical.Left);
                    Collect(logical.Right);
                    return;
                case BoundUnary { Operator: UnaryOperator.Not } not:
                    Collect(not.Operand);
                    return;
                case BoundBinary b when NumberComparison(b) is { } c:
                    if (VariableOf(c.Variable, create: true) is { Kind: VariableKind.Number } number && !double.IsNaN(c.Constant) && number.Constants.Add(c.Constant))
                        number.Thresholds.Add(c.Constant);
                    return;
                case BoundBinary { Operator: BinaryOperator.Equal or BinaryOperator.NotEqual } b when EnumComparison(b) is { } c:
                    VariableOf(c.Variable, create: true);
                    return;
                case BoundIn { Value: BoundField or BoundDerived } membership:
                    VariableOf(membership.Value, create: true);
                    return;
                case BoundField or BoundDerived when e.Type.Kind == ValueKind.Bool:
                    VariableOf(e, create: true);
                    return;
                case BoundBinary { Operator: BinaryOperator.Equal or BinaryOperator.NotEqual } b when BoolComparison(b) is { } c:
                    VariableOf(c.Variable, create: true);
                    return;
            }
        }

        private static (BoundExpression Variable, string Member)? EnumComparison(BoundBinary b)
        {
            if (b.Left is BoundField or BoundDerived && b.Left.Type.Kind == ValueKind.Enum && b.Right is BoundEnumMember right) return (b.Left, right.Member);
            if (b.Right is BoundField or BoundDerived && b.Right.Type.Kind == ValueKind.Enum && b.Left is BoundEnumMember left) return (b.Right, left.Member);
            return null;
        }

        private static (BoundExpression Variable, bool Value)? BoolComparison(BoundBinary b)
        {
            if (b.Left is BoundField or BoundDerived && b.Left.Type.Kind == ValueKind.Bool && b.Right is BoundLiteral { Type.Kind: ValueKind.Bool } right) return (b.Left, right.Number != 0);
            if (b.Right is BoundField or BoundDerived && b.Right.Type.Kind == ValueKind.Bool && b.Left is BoundLiteral { Type.Kind: ValueKind.Bool } left) return (b.Right, left.Number != 0);
            return null;
        }

        /// <summary>Pass 2: the condition as boxes; null when it has too many.</summary>
        public List<Box>? Dnf(BoundExpression e, bool negated)
        {
            switch (e)
            {
                case BoundUnary { Operator: UnaryOperator.Not } not:
                    return Dnf(not.Operand, !negated);
                case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                {
                    var left = Dnf(logical.Left, negated);
                    var right = Dnf(logical.Right, negated);
                    if (left is null || right is null) return null;
                    // and, or a negated or (De Morgan): every pair of boxes; or, or a negated and: either side's boxes.
                    if ((logical.Operator == BinaryOperator.And) != negated) return Cross(left, right);
                    if (left.Count + right.Count > MaxBoxesPerRule) return null;
                    return left.Concat(right).ToList();
                }
                case BoundLiteral { Type.Kind: ValueKind.Bool } literal:
                    return (literal.Number != 0) != negated ? new List<Box> { new(new Dictionary<Variable, int[]>(), true) } : new List<Box>();
            }
            var atom = Atom(e);
            if (atom is null) return new List<Box> { new(new Dictionary<Variable, int[]>(), false) }; // "maybe", either way round
            var (variable, allowed) = atom.Value;
            if (negated) allowed = Runs.Complement(allowed, variable.Segments);
            return allowed.Length > 0
                ? new List<Box> { new(new Dictionary<Variable, int[]> { [variable] = allowed }, true) }
                : new List<Box>();
        }

        private static List<Box>? Cross(List<Box> left, List<Box> right)
        {
            if ((long)left.Count * right.Count > MaxBoxesPerRule) return null;
            var result = new List<Box>();
            foreach (var a in left)
            {
                foreach (var b in right)
                {
                    var allowed = new Dictionary<Variable, int[]>(a.Allowed);
                    var empty = false;
                    foreach (var pair in b.Allowed)
                    {
                        if (allowed.TryGetValue(pair.Key, out var other))
                        {
                            var both = Runs.Intersect(other, pair.Value);
                            empty |= both.Length == 0;
                            allowed[pair.Key] = both;
                        }
                        else allowed[pair.Key] = pair.Value;
                    }
                    if (!empty) result.Add(new Box(allowed, a.Exact && b.Exact));
                }
            }
            return result;
        }

        /// <summary>A test of one variable against constants: the segments where it holds.</summary>
        private (Variable, int[])? Atom(BoundExpression e)
        {
            switch (e)
            {
                case BoundBinary b when NumberComparison(b) is { } c && VariableOf(c.Variable, create: false) is { Kind: VariableKind.Number } v:
                {
                    if (double.IsNaN(c.Constant)) return null;
                    var j = v.Thresholds.BinarySearch(c.Constant);
                    return (v, NumberRuns(c.Op, j, v.Thresholds.Count));
                }
                case BoundBinary { Operator: BinaryOperator.Equal or BinaryOperator.NotEqual } b when EnumComparison(b) is { } c && VariableOf(c.Variable, create: false) is { } v:
                {
                    var allowed = new bool[v.Segments];
                    var member = IndexOf(v.Type.Members, c.Member);
                    if (member < 0) return null;
                    for (var s = 0; s < allowed.Length; s++) allowed[s] = (s == member) == (b.Operator == BinaryOperator.Equal);
                    return (v, Runs.Of(allowed));
                }
                case BoundIn { Value: BoundField or BoundDerived } membership when VariableOf(membership.Value, create: false) is { } v:
                {
                    var allowed = new bool[v.Segments];
                    foreach (var m in membership.Members)
                    {
                        var member = IndexOf(v.Type.Members, m);
                        if (member < 0) return null;
                        allowed[member] = true;
                    }
                    if (membership.Negated) allowed = allowed.Select(a => !a).ToArray();
                    return (v, Runs.Of(allowed));
                }
                case BoundField or BoundDerived when e.Type.Kind == ValueKind.Bool && VariableOf(e, create: false) is { } v:
                    return (v, Runs.Of(new[] { false, true }));
                case BoundBinary { Operator: BinaryOperator.Equal or BinaryOperator.NotEqual } b when BoolComparison(b) is { } c && VariableOf(c.Variable, create: false) is { } v:
                {
                    var wanted = c.Value == (b.Operator == BinaryOperator.Equal);
                    return (v, Runs.Of(new[] { !wanted, wanted }));
                }
                default:
                    return null;
            }
        }

        private static int IndexOf(Infrastructure.EquatableArray<string> members, string member)
        {
            for (var i = 0; i < members.Count; i++)
            {
                if (members[i] == member) return i;
            }
            return -1;
        }

        /// <summary>
        /// The segments where <c>x op t[j]</c> holds, of 2m + 2 (segment 2k: between t[k−1] and t[k]; 2k + 1: x = t[k];
        /// 2m: above the last; 2m + 1: NaN, where every comparison is false except !=).
        /// </summary>
        private static int[] NumberRuns(BinaryOperator op, int j, int thresholds)
        {
            var nan = 2 * thresholds + 1;
            return op switch
            {
                BinaryOperator.Less => new[] { 0, 2 * j + 1 },
                BinaryOperator.LessOrEqual => new[] { 0, 2 * j + 2 },
                BinaryOperator.Greater => new[] { 2 * j + 2, nan },
                BinaryOperator.GreaterOrEqual => new[] { 2 * j + 1, nan },
                BinaryOperator.Equal => new[] { 2 * j + 1, 2 * j + 2 },
                _ => new[] { 0, 2 * j + 1, 2 * j + 2, nan + 1 },
            };
        }
    }
}
