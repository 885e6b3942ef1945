using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics;

/// <summary>
/// Static analysis of rule conditions over numeric intervals and enum sets. A condition becomes a
/// union of boxes (one interval or value set per variable); anything else — string tests, comparisons
/// between two variables — becomes an independent true/false variable. That abstraction contains
/// every real input, so "covered" and "always false" findings are sound; the example input of a gap
/// is given in terms of the variables the rules test.
/// </summary>
internal sealed class RuleAnalyzer
{
    private const int MaxBoxes = 4096;

    private readonly Binder _binder;
    private readonly string _ruleSetName;
    private readonly HitPolicy _policy;
    private readonly Dictionary<string, Variable> _variables = new(StringComparer.Ordinal);

    private readonly Infrastructure.TextLocation _ruleSetLocation;

    public RuleAnalyzer(Binder binder, string ruleSetName, Infrastructure.TextLocation ruleSetLocation, HitPolicy policy)
    {
        _binder = binder;
        _ruleSetLocation = ruleSetLocation;
        _ruleSetName = ruleSetName;
        _policy = policy;
    }

    public void Analyze(IReadOnlyList<(RuleDeclaration Syntax, RuleModel Model)> outcomeRules, IReadOnlyList<(RuleDeclaration Syntax, FactRuleModel Model)> factRules, bool hasOtherwise)
    {
        foreach (var (syntax, model) in factRules)
        {
            var boxes = ToBoxes(model.Condition, negated: false);
            if (boxes is { Count: 0 }) _binder.ReportAnalysis(DiagnosticDescriptors.AlwaysFalse, syntax.Name.Location, model.DslName, Contradiction(model.Condition));
        }

        var earlier = new List<(string Name, List<Box> Boxes)>();
        var analyzable = true;
        foreach (var (syntax, model) in outcomeRules)
        {
            var boxes = ToBoxes(model.Condition, negated: false);
            if (boxes is null)
            {
                analyzable = false;
                continue;
            }
            if (boxes.Count == 0)
            {
                _binder.ReportAnalysis(DiagnosticDescriptors.AlwaysFalse, syntax.Name.Location, model.DslName, Contradiction(model.Condition));
                continue;
            }
            // Once the coverage budget is spent no rule can be found covered, so the scan is skipped (same findings).
            if (_policy != HitPolicy.Collect && analyzable && _budget > 0 && _scans > 0)
            {
                var overlapping = earlier.Where(e => e.Boxes.Any(a => boxes.Any(b => Overlaps(a, b)))).ToList();
                if (overlapping.Count > 0 && _scans > 0 && IsCovered(boxes, overlapping.SelectMany(e => e.Boxes).ToList()))
                {
                    var names = Shadowing(boxes, overlapping).Select(e => $"'{e.Name}'").ToList();
                    var who = names.Count == 1 ? "rule " + names[0] : "rules " + string.Join(", ", names);
                    _binder.ReportAnalysis(DiagnosticDescriptors.UnreachableRule, syntax.Name.Location, model.DslName, who + (_policy == HitPolicy.Priority ? " (of higher priority)" : " (earlier)"));
                }
            }
            earlier.Add((model.DslName, boxes));
        }

        // Under 'collect' an input that matches nothing is an ordinary result, not a gap.
        if (!hasOtherwise && analyzable && outcomeRules.Count > 0 && _policy != HitPolicy.Collect)
        {
            var budget = _budget;
            var gap = FindUncovered(Box.Universe, earlier.SelectMany(e => e.Boxes).ToList(), 0, ref budget);
            _budget = budget;
            if (gap is not null && _scans > 0) _binder.ReportAnalysis(DiagnosticDescriptors.UncoveredInputs, _ruleSetLocation, _ruleSetName, Witness(gap));
        }
    }

    /// <summary>
    /// Work left for the coverage searches of this rule set. When it runs out the analysis stops
    /// reporting: a finding it cannot complete is not a finding (so no false warnings), and a huge
    /// rule set cannot make the build slow.
    /// </summary>
    private int _budget = 50_000;

    /// <summary>
    /// Box-against-box overlap tests left for this rule set. Finding the earlier rules a rule overlaps, and the next cut a
    /// piece overlaps, is a scan over earlier boxes: quadratic in the rules. A set of up to about 2,000 single-box rules
    /// is analysed in full; in a larger one the analysis stops where this runs out (no later MDSL0201; no MDSL0203), so
    /// its cost stays bounded (docs/language.md, "Static rule analysis").
    /// </summary>
    private long _scans = MaxScans;

    internal const long MaxScans = 2_000_000;

    private bool Overlaps(Box a, Box b)
    {
        if (--_scans <= 0) return false;
        return a.Overlaps(b);
    }

    /// <summary>
    /// The rules the warning names: of the earlier rules that overlap and together cover the rule, those it needs, so an
    /// earlier rule that merely overlaps ('young' before 'rich' when 'earners' covers 'rich') is not blamed. Each
    /// earlier rule is dropped in turn if the rest still cover; the search runs on its own budget, so it changes no
    /// other finding, and keeps every rule when that budget runs out.
    /// </summary>
    private List<(string Name, List<Box> Boxes)> Shadowing(List<Box> boxes, List<(string Name, List<Box> Boxes)> overlapping)
    {
        if (overlapping.Count == 1 || overlapping.Count > MaxShadowingCandidates) return overlapping;
        var (budget, scans) = (_budget, _scans);
        var needed = new List<(string Name, List<Box> Boxes)>(overlapping);
        for (var i = 0; i < needed.Count && needed.Count > 1;)
        {
            var without = needed.Where((_, j) => j != i).ToList();
            if (IsCovered(boxes, without.SelectMany(e => e.Boxes).ToList())) needed = without;
            else if (_budget <= 0 || _scans <= 0) { needed = overlapping; break; }
            else i++;
        }
        (_budget, _scans) = (budget, scans);
        return needed;
    }

    private const int MaxShadowingCandidates = 16;

    /// <summary>Whether every box is inside the union of <paramref name="cuts"/> (false when undecided).</summary>
    private bool IsCovered(List<Box> boxes, List<Box> cuts)
    {
        foreach (var box in boxes)
        {
            var budget = _budget;
            var uncovered = FindUncovered(box, cuts, 0, ref budget);
            _budget = budget;
            if (uncovered is not null || _budget <= 0) return false;
        }
        return true;
    }

    /// <summary>
    /// A part of <paramref name="box"/> outside every cut from <paramref name="index"/> on, or null if there
    /// is none (or the budget ran out, which callers check). Depth-first: a reachable rule usually shows
    /// an uncovered part after a few splits, without computing the whole difference.
    /// </summary>
    private Box? FindUncovered(Box box, List<Box> cuts, int index, ref int budget)
    {
        while (index < cuts.Count && !Overlaps(box, cuts[index])) index++;
        if (_scans <= 0)
        {
            budget = 0; // undecided: callers report nothing
            return null;
        }
        if (index == cuts.Count) return box;
        foreach (var piece in Minus(box, cuts[index]))
        {
            if (--budget <= 0) return null;
            var found = FindUncovered(piece, cuts, index + 1, ref budget);
            if (found is not null || budget <= 0) return found;
        }
        return null; // box lies inside the cut, apart from pieces that are all covered later
    }

    private static string Contradiction(BoundExpression condition) => condition is BoundLiteral ? "" : $": no input satisfies '{condition.Text}'";

    // ---------- variables and domains ----------

    private enum VariableKind
    {
        Number,
        Integer,
        Set,
    }

    private sealed record Variable(string Key, string Display, VariableKind Kind, IReadOnlyList<string> Members)
    {
        /// <summary>Every value of the variable (domains are immutable, so one instance serves every box).</summary>
        public Domain Full { get; } = Kind == VariableKind.Set
            ? new ValueSet(Members.Count >= 64 ? ulong.MaxValue : (1UL << Members.Count) - 1)
            : Interval.All(Kind == VariableKind.Integer);
    }

    /// <summary>Enums of 64 values or more do not fit the value-set bit mask; their tests stay opaque.</summary>
    private static bool IsTooWide(BoundExpression expression) => expression.Type.Kind == ValueKind.Enum && expression.Type.Members.Count >= 64;

    private Variable VariableFor(BoundExpression expression)
    {
        var key = expression switch
        {
            BoundField f => "f:" + f.Property,
            BoundDerived d => "d:" + d.Local,
            _ => "x:" + expression.Text,
        };
        if (_variables.TryGetValue(key, out var existing)) return existing;
        var kind = expression.Type.Kind switch
        {
            ValueKind.Int or ValueKind.Long => VariableKind.Integer,
            ValueKind.Enum or ValueKind.Bool => VariableKind.Set,
            _ => VariableKind.Number,
        };
        IReadOnlyList<string> members = expression.Type.Kind switch
        {
            ValueKind.Enum => expression.Type.DslMembers.ToList(),
            ValueKind.Bool => new[] { "false", "true" },
            _ => Array.Empty<string>(),
        };
        return _variables[key] = new Variable(key, expression.Text, kind, members);
    }

    /// <summary>A condition that is not intervals or sets becomes its own true/false variable.</summary>
    private Variable OpaqueFor(BoundExpression expression)
    {
        var key = "b:" + expression.Text;
        if (_variables.TryGetValue(key, out var existing)) return existing;
        return _variables[key] = new Variable(key, $"({expression.Text})", VariableKind.Set, new[] { "false", "true" });
    }

    private Variable MembershipFor(BoundContains contains)
    {
        var member = contains.Set.Type.DslMember(contains.Member);
        var key = "c:" + contains.Set.Text + " contains " + contains.Member;
        if (_variables.TryGetValue(key, out var existing)) return existing;
        return _variables[key] = new Variable(key, $"({contains.Set.Text} contains {member})", VariableKind.Set, new[] { "false", "true" });
    }

    private abstract record Domain;

    /// <summary>An interval of reals, or of integers when <see cref="Integer"/> (then finite bounds are kept closed).</summary>
    private sealed record Interval(double Low, bool LowClosed, double High, bool HighClosed, bool Integer) : Domain
    {
        public static Interval All(bool integer) => new(double.NegativeInfinity, false, double.PositiveInfinity, false, integer);

        public static Interval? Make(double low, bool lowClosed, double high, bool highClosed, bool integer) =>
            Normalize(ref low, ref lowClosed, ref high, ref highClosed, integer) ? new Interval(low, lowClosed, high, highClosed, integer) : null;

        /// <summary>Integer bounds made closed; false when the interval is empty.</summary>
        private static bool Normalize(ref double low, ref bool lowClosed, ref double high, ref bool highClosed, bool integer)
        {
            if (integer)
            {
                if (!double.IsInfinity(low)) (low, lowClosed) = (lowClosed ? Math.Ceiling(low) : Math.Floor(low) + 1, true);
                if (!double.IsInfinity(high)) (high, highClosed) = (highClosed ? Math.Floor(high) : Math.Ceiling(high) - 1, true);
            }
            var empty = low > high || (low == high && !(lowClosed && highClosed));
            return !empty;
        }

        public Interval? Intersect(Interval other)
        {
            var (low, lowClosed) = Low > other.Low ? (Low, LowClosed) : other.Low > Low ? (other.Low, other.LowClosed) : (Low, LowClosed && other.LowClosed);
            var (high, highClosed) = High < other.High ? (High, HighClosed) : other.High < High ? (other.High, other.HighClosed) : (High, HighClosed && other.HighClosed);
            return Make(low, lowClosed, high, highClosed, Integer);
        }

        /// <summary><c>Intersect(other) is not null</c>, without building the intersection.</summary>
        public bool Overlaps(Interval other)
        {
            var (low, lowClosed) = Low > other.Low ? (Low, LowClosed) : other.Low > Low ? (other.Low, other.LowClosed) : (Low, LowClosed && other.LowClosed);
            var (high, highClosed) = High < other.High ? (High, HighClosed) : other.High < High ? (other.High, other.HighClosed) : (High, HighClosed && other.HighClosed);
            return Normalize(ref low, ref lowClosed, ref high, ref highClosed, Integer);
        }

        /// <summary>This minus <paramref name="other"/>: at most two intervals.</summary>
        public IEnumerable<Interval> Minus(Interval other)
        {
            if (!double.IsNegativeInfinity(other.Low) && Make(Low, LowClosed, other.Low, !other.LowClosed, Integer)?.Intersect(this) is { } below) yield return below;
            if (!double.IsPositiveInfinity(other.High) && Make(other.High, !other.HighClosed, High, HighClosed, Integer)?.Intersect(this) is { } above) yield return above;
        }

        public bool IsAll => double.IsNegativeInfinity(Low) && double.IsPositiveInfinity(High);
    }

    private sealed record ValueSet(ulong Mask) : Domain;

    private static Domain Full(Variable variable) => variable.Full;

    /// <summary>
    /// A conjunction: each variable's allowed values; a variable not present is unconstrained. The domains are kept
    /// in the order their variables were added (as a dictionary without removals enumerates them): a box has a few
    /// variables, so a small array is cheaper to copy and search than a dictionary.
    /// </summary>
    private sealed class Box
    {
        public static readonly Box Universe = new(Array.Empty<KeyValuePair<Variable, Domain>>());

        private readonly KeyValuePair<Variable, Domain>[] _domains;

        private Box(KeyValuePair<Variable, Domain>[] domains) => _domains = domains;

        /// <summary>The variables' domains, in the order they were added.</summary>
        public KeyValuePair<Variable, Domain>[] Domains => _domains;

        public int Count => _domains.Length;

        public bool TryGetValue(Variable key, out Domain domain)
        {
            var i = IndexOf(_domains, _domains.Length, key);
            domain = i >= 0 ? _domains[i].Value : null!;
            return i >= 0;
        }

        private static int IndexOf(KeyValuePair<Variable, Domain>[] domains, int count, Variable key)
        {
            for (var i = 0; i < count; i++)
            {
                if (ReferenceEquals(domains[i].Key, key)) return i; // one Variable per key in an analyzer
            }
            return -1;
        }

        public Box With(Variable key, Domain domain)
        {
            var i = IndexOf(_domains, _domains.Length, key);
            var copy = new KeyValuePair<Variable, Domain>[i >= 0 ? _domains.Length : _domains.Length + 1];
            Array.Copy(_domains, copy, _domains.Length);
            copy[i >= 0 ? i : _domains.Length] = new KeyValuePair<Variable, Domain>(key, domain);
            return new Box(copy);
        }

        /// <summary>Whether the boxes share a point, without building the intersection.</summary>
        public bool Overlaps(Box other)
        {
            foreach (var pair in other._domains)
            {
                var i = IndexOf(_domains, _domains.Length, pair.Key);
                if (i < 0) continue;
                var mine = _domains[i].Value;
                var disjoint = (mine, pair.Value) switch
                {
                    (Interval a, Interval b) => !a.Overlaps(b),
                    (ValueSet a, ValueSet b) => (a.Mask & b.Mask) == 0,
                    _ => false,
                };
                if (disjoint) return false;
            }
            return true;
        }

        public Box? Intersect(Box other)
        {
            var result = new KeyValuePair<Variable, Domain>[_domains.Length + other._domains.Length];
            Array.Copy(_domains, result, _domains.Length);
            var count = _domains.Length;
            foreach (var pair in other._domains)
            {
                var i = IndexOf(result, count, pair.Key);
                if (i < 0)
                {
                    result[count++] = pair;
                    continue;
                }
                var mine = result[i].Value;
                Domain? both = (mine, pair.Value) switch
                {
                    (Interval a, Interval b) => a.Intersect(b),
                    (ValueSet a, ValueSet b) => (a.Mask & b.Mask) == 0 ? null : new ValueSet(a.Mask & b.Mask),
                    _ => null,
                };
                if (both is null) return null;
                result[i] = new KeyValuePair<Variable, Domain>(pair.Key, both);
            }
            if (count < result.Length) Array.Resize(ref result, count);
            return new Box(result);
        }
    }

    // ---------- conditions to boxes ----------

    /// <summary>The condition as a union of boxes (empty: never true), or null when too large to analyse.</summary>
    private List<Box>? ToBoxes(BoundExpression expression, bool negated)
    {
        switch (expression)
        {
            case BoundLiteral { Type.Kind: ValueKind.Bool } literal:
                return (literal.Number != 0) != negated ? new List<Box> { Box.Universe } : new List<Box>();
            case BoundUnary { Operator: UnaryOperator.Not } not:
                return ToBoxes(not.Operand, !negated);
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
            {
                var left = ToBoxes(logical.Left, negated);
                var right = ToBoxes(logical.Right, negated);
                if (left is null || right is null) return null;
                var isAnd = (logical.Operator == BinaryOperator.And) != negated;
                if (!isAnd) return Limit(left.Concat(right).ToList());
                var product = new List<Box>();
                foreach (var a in left)
                {
                    foreach (var b in right)
                    {
                        if (a.Intersect(b) is { } both) product.Add(both);
                        if (product.Count > MaxBoxes) return null;
                    }
                }
                return product;
            }
            case BoundBinary comparison when OperatorText.IsComparison(comparison.Operator):
                return ComparisonBoxes(comparison, negated);
            case BoundIn membership when IsTooWide(membership.Value):
                return SetBoxes(OpaqueFor(expression), 1UL << 1, negated);
            case BoundIn membership:
            {
                var variable = VariableFor(membership.Value);
                var mask = MaskOf(variable, membership.Members.Select(membership.Value.Type.DslMember));
                return SetBoxes(variable, mask, membership.Negated != negated);
            }
            case BoundField or BoundDerived when expression.Type.Kind == ValueKind.Bool:
                return SetBoxes(VariableFor(expression), 1UL << 1, negated);
            case BoundContains contains:
                // Each member's presence in a set is a truth value of its own, independent of the others: exact.
                return SetBoxes(MembershipFor(contains), 1UL << 1, negated);
            default:
                return SetBoxes(OpaqueFor(expression), 1UL << 1, negated);
        }
    }

    private static List<Box>? Limit(List<Box> boxes) => boxes.Count > MaxBoxes ? null : boxes;

    private List<Box> SetBoxes(Variable variable, ulong mask, bool complement)
    {
        var full = ((ValueSet)Full(variable)).Mask;
        var m = complement ? full & ~mask : mask & full;
        return m == 0 ? new List<Box>() : new List<Box> { Box.Universe.With(variable, new ValueSet(m)) };
    }

    private static ulong MaskOf(Variable variable, IEnumerable<string> members)
    {
        ulong mask = 0;
        foreach (var member in members)
        {
            var index = -1;
            for (var i = 0; i < variable.Members.Count; i++)
            {
                if (string.Equals(variable.Members[i], member)) { index = i; break; }
            }
            if (index is >= 0 and < 64) mask |= 1UL << index;
        }
        return mask;
    }

    private List<Box>? ComparisonBoxes(BoundBinary comparison, bool negated)
    {
        var op = comparison.Operator;
        if (negated) op = Invert(op);
        var left = comparison.Left;
        var right = comparison.Right;
        if (left is BoundEnumMember && right is not BoundEnumMember) (left, right) = (right, left);
        if (right is BoundEnumMember && IsTooWide(left)) return SetBoxes(OpaqueFor(comparison), 1UL << 1, negated);
        if (right is BoundEnumMember member && left is not BoundEnumMember && op is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var enumVariable = VariableFor(left);
            return SetBoxes(enumVariable, MaskOf(enumVariable, new[] { member.Type.DslMember(member.Member) }), op == BinaryOperator.NotEqual);
        }
        if (left is BoundLiteral && right is not BoundLiteral)
        {
            (left, right) = (right, left);
            op = OperatorText.Flip(op);
        }
        if (left is BoundLiteral l && right is BoundLiteral r && l.Type.IsNumeric && r.Type.IsNumeric)
        {
            var holds = op switch
            {
                BinaryOperator.Equal => l.Number == r.Number,
                BinaryOperator.NotEqual => l.Number != r.Number,
                BinaryOperator.Less => l.Number < r.Number,
                BinaryOperator.LessOrEqual => l.Number <= r.Number,
                BinaryOperator.Greater => l.Number > r.Number,
                _ => l.Number >= r.Number,
            };
            return holds ? new List<Box> { Box.Universe } : new List<Box>();
        }
        if (right is not BoundLiteral constant || left is BoundLiteral)
            return SetBoxes(OpaqueFor(comparison), 1UL << 1, negated);

        switch (left.Type.Kind)
        {
            case ValueKind.Enum:
                return SetBoxes(OpaqueFor(comparison), 1UL << 1, negated);
            case ValueKind.Bool:
            {
                var variable = VariableFor(left);
                var isTrue = constant.Number != 0;
                return op switch
                {
                    BinaryOperator.Equal => SetBoxes(variable, isTrue ? 2UL : 1UL, false),
                    BinaryOperator.NotEqual => SetBoxes(variable, isTrue ? 2UL : 1UL, true),
                    _ => null,
                };
            }
            case ValueKind.String:
                return SetBoxes(OpaqueFor(comparison), 1UL << 1, negated);
        }

        var numeric = VariableFor(left);
        var c = constant.Number;
        var integer = numeric.Kind == VariableKind.Integer;
        if (op == BinaryOperator.NotEqual)
        {
            return new[] { BinaryOperator.Less, BinaryOperator.Greater }
                .Select(o => IntervalFor(o, c, integer))
                .Where(i => i is not null)
                .Select(i => Box.Universe.With(numeric, i!))
                .ToList();
        }
        var interval = IntervalFor(op, c, integer);
        return interval is null ? new List<Box>() : new List<Box> { Box.Universe.With(numeric, interval) };
    }

    private static Interval? IntervalFor(BinaryOperator op, double c, bool integer)
    {
        // Integer variables normalise strict bounds, so '> 3' and '>= 4' are the same set.
        var inf = double.PositiveInfinity;
        return op switch
        {
            BinaryOperator.Less => Interval.Make(-inf, false, c, false, integer),
            BinaryOperator.LessOrEqual => Interval.Make(-inf, false, c, true, integer),
            BinaryOperator.Greater => Interval.Make(c, false, inf, false, integer),
            BinaryOperator.GreaterOrEqual => Interval.Make(c, true, inf, false, integer),
            _ => Interval.Make(c, true, c, true, integer),
        };
    }

    private static BinaryOperator Invert(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => BinaryOperator.NotEqual,
        BinaryOperator.NotEqual => BinaryOperator.Equal,
        BinaryOperator.Less => BinaryOperator.GreaterOrEqual,
        BinaryOperator.LessOrEqual => BinaryOperator.Greater,
        BinaryOperator.Greater => BinaryOperator.LessOrEqual,
        BinaryOperator.GreaterOrEqual => BinaryOperator.Less,
        _ => op,
    };

    // ---------- set difference ----------

    private IEnumerable<Box> Minus(Box box, Box cut)
    {
        if (!box.Overlaps(cut))
        {
            yield return box;
            yield break;
        }
        var rest = box;
        foreach (var pair in cut.Domains)
        {
            var variable = pair.Key;
            var mine = rest.TryGetValue(variable, out var d) ? d : Full(variable);
            switch (mine, pair.Value)
            {
                case (Interval a, Interval b):
                    foreach (var piece in a.Minus(b)) yield return rest.With(pair.Key, piece);
                    var inside = a.Intersect(b);
                    if (inside is null) yield break;
                    rest = rest.With(pair.Key, inside);
                    break;
                case (ValueSet a, ValueSet b):
                    if ((a.Mask & ~b.Mask) != 0) yield return rest.With(pair.Key, new ValueSet(a.Mask & ~b.Mask));
                    if ((a.Mask & b.Mask) == 0) yield break;
                    rest = rest.With(pair.Key, new ValueSet(a.Mask & b.Mask));
                    break;
            }
        }
        // What is left lies inside the cut.
    }

    private string Witness(Box box)
    {
        if (box.Count == 0) return "any input";
        var parts = new List<string>();
        foreach (var pair in box.Domains.OrderBy(p => p.Key.Display, StringComparer.Ordinal))
        {
            var variable = pair.Key;
            switch (pair.Value)
            {
                case ValueSet set:
                    var full = ((ValueSet)Full(variable)).Mask;
                    if (set.Mask == full) continue;
                    var index = 0;
                    while (((set.Mask >> index) & 1) == 0) index++;
                    var value = index < variable.Members.Count ? variable.Members[index] : "?";
                    if (variable.Key.StartsWith("b:", StringComparison.Ordinal)) parts.Add($"{variable.Display} is {value}");
                    else parts.Add($"{variable.Display} = {value}");
                    break;
                case Interval interval:
                    if (interval.IsAll) continue;
                    parts.Add($"{variable.Display} = {Pick(interval, variable.Kind == VariableKind.Integer).ToString("0.####", CultureInfo.InvariantCulture)}");
                    break;
            }
        }
        return parts.Count == 0 ? "any input" : string.Join(", ", parts);
    }

    private static double Pick(Interval interval, bool integer)
    {
        if (!double.IsInfinity(interval.Low) && !double.IsInfinity(interval.High))
        {
            if (interval.LowClosed) return interval.Low;
            if (interval.HighClosed && !integer) return interval.High;
            var mid = (interval.Low + interval.High) / 2;
            return integer ? Math.Floor(interval.Low) + 1 : mid;
        }
        if (!double.IsInfinity(interval.Low)) return interval.LowClosed ? interval.Low : interval.Low + 1;
        if (!double.IsInfinity(interval.High)) return interval.HighClosed ? interval.High : interval.High - 1;
        return 0;
    }
}
