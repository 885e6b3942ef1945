using System.Collections.Generic;
using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Emit;

/// <summary>
/// A rule set as straight-line decision code: derived values in dependency order, then one 'if' per
/// rule in evaluation order. <c>Evaluate</c> allocates nothing; <c>Explain</c> re-evaluates with a trace.
/// </summary>
internal static class RuleSetEmitter
{
    private const string Runtime = "global::ModelDsl.Runtime.Rules";

    public static void Write(SourceWriter w, RuleSetModel model)
    {
        var input = model.InputFullName;
        var outcome = model.OutcomeFullName;
        var collect = model.Policy == HitPolicy.Collect;
        var policyName = model.Policy.ToString().ToLowerInvariant();
        var iface = collect
            ? $"{Runtime}.ICollectingRuleSet<{input}, {outcome}>"
            : $"{Runtime}.IRuleSet<{input}, {outcome}>";
        var decision = $"{Runtime}.RuleDecision<{outcome}>";
        var hit = $"{Runtime}.RuleHit<{outcome}>";
        var byDeclaration = model.Rules.OrderBy(r => r.Id).ToList();

        w.Line($"/// <summary>Rule set '{EnumEmitter.Xml(model.DslName)}' (policy {policyName}).</summary>");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.Line($"public sealed partial class {model.Name} : {iface}").OpenBrace();
        w.Line("/// <summary>The rule set as an object, for code that works with any rule set.</summary>");
        w.Line($"public static {model.Name} Instance {{ get; }} = new {model.Name}();").Line();
        w.Line($"private {model.Name}()").OpenBrace().CloseBrace().Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public string Name => {Naming.Quote(model.DslName)};").Line();
        w.Line("/// <summary>The number of outcome rules.</summary>");
        w.Line($"public const int RuleCount = {model.Rules.Count};").Line();
        w.Line("/// <summary>Outcome rule names in declaration order; a decision's RuleIndex indexes this list.</summary>");
        var index = collect ? null : RuleIndex.TryBuild(model);
        var names = string.Join(", ", byDeclaration.Select(r => Naming.Quote(r.DslName)));
        if (index is null) w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> RuleNames {{ get; }} = new string[] {{ {names} }};").Line();
        else
        {
            // The decisions of the index read the names from the array itself (no interface call per decision); packed
            // into one literal, not an array initializer of as many elements as rules (see WritePacked).
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> RuleNames => s_ruleNames;").Line();
            WritePacked(w, "string[]", "s_ruleNames", "UnpackAll", byDeclaration.Select(r => (string?)r.DslName).ToList());
        }

        if (collect) WriteCollectEvaluate(w, model, hit);
        else if (index is not null) WriteIndexedEvaluate(w, model, decision, index);
        else WriteDecideEvaluate(w, model, decision);

        if (index is null) WriteExplain(w, model, decision, hit);
        else WriteIndexedExplain(w, model, decision);
        WriteCommands(w, model, collect);
        w.CloseBrace();
    }

    /// <summary>The nested <c>Commands</c> class: decisions on a CSV file for tools (see IRuleSetCommands).</summary>
    private static void WriteCommands(SourceWriter w, RuleSetModel model, bool collect)
    {
        var commands = model.Name == "Commands" ? "RuleSetCommands" : "Commands";
        w.Line();
        w.Line("/// <summary>Decisions on CSV files, for tools such as <c>modeldsl decide</c>.</summary>");
        w.Line($"public sealed class {commands} : {Runtime}.IRuleSetCommands").OpenBrace();
        w.Line("/// <summary>The one instance.</summary>");
        w.Line($"public static {commands} Instance {{ get; }} = new {commands}();").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public string RuleSetName => {Naming.Quote(model.DslName)};").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public int Decide(string csvPath, global::System.IO.TextWriter output, bool explain) =>");
        w.Indent().Line($"{Runtime}.RuleSetCsv.{(collect ? "DecideAll" : "Decide")}({model.Name}.Instance, {model.InputFullName}.ReadCsv(csvPath), static o => {EnumEmitter.NamesClass(model.OutcomeFullName)}.ToDslName(o), output, explain);").Unindent();
        w.CloseBrace();
    }

    private static string OutcomeCode(RuleSetModel model, string member) => $"{model.OutcomeFullName}.{member}";

    /// <summary>
    /// Rules per generated method. One method for 1000 rules is past the JIT's size limit for optimisation
    /// (it stays at MinOpts: measured 4.5× slower than the same rules in 100-rule methods, benchmarks/RESULTS.md).
    /// </summary>
    internal const int ChunkSize = 100;

    /// <summary>The rules in evaluation order, split into methods of at most <see cref="ChunkSize"/> when there are more.</summary>
    private static List<List<RuleModel>> Chunks(RuleSetModel model)
    {
        var rules = model.Rules.ToList();
        if (rules.Count <= ChunkSize) return new List<List<RuleModel>> { rules };
        return Enumerable.Range(0, (rules.Count + ChunkSize - 1) / ChunkSize).Select(i => rules.Skip(i * ChunkSize).Take(ChunkSize).ToList()).ToList();
    }

    /// <summary>Parameters that pass the derived values a chunk's conditions may read (same names as the locals).</summary>
    private static (string Parameters, string Arguments) DerivedParameters(RuleSetModel model)
    {
        var used = UsedDerived(model);
        var derived = model.Derived.Where(d => used.Contains(d.Local)).ToList();
        return (string.Concat(derived.Select(d => $", {d.Type.CSharpName} {d.Local}")), string.Concat(derived.Select(d => $", {d.Local}")));
    }

    private static void WriteDecideEvaluate(SourceWriter w, RuleSetModel model, string decision)
    {
        var input = model.InputFullName;
        var chunks = Chunks(model);
        var (parameters, arguments) = DerivedParameters(model);
        var otherwise = model.Otherwise is { } o
            ? $"return new {decision}({OutcomeCode(model, o.OutcomeMember)}, {decision}.OtherwiseIndex, \"otherwise\", {Naming.Quote(o.Reason)});"
            : $"return {decision}.NoMatch;";
        w.Line("/// <summary>Decides for one input. Allocates nothing.</summary>");
        w.Line($"public static {decision} Evaluate(in {input} input)").OpenBrace();
        WriteDerived(w, model, trace: false);
        if (chunks.Count == 1)
        {
            WriteDecideRules(w, model, decision, chunks[0]);
            w.Line(otherwise);
            w.CloseBrace().Line();
        }
        else
        {
            w.Line($"{decision} _decision;");
            for (var i = 0; i < chunks.Count; i++)
            {
                w.Line($"_decision = EvaluateChunk{i}(in input{arguments});");
                w.Line("if (_decision.HasOutcome) return _decision;");
            }
            w.Line(otherwise);
            w.CloseBrace().Line();
            for (var i = 0; i < chunks.Count; i++)
            {
                w.Line($"private static {decision} EvaluateChunk{i}(in {input} input{parameters})").OpenBrace();
                WriteDecideRules(w, model, decision, chunks[i]);
                w.Line($"return {decision}.NoMatch;");
                w.CloseBrace().Line();
            }
        }
        w.Line($"{decision} {Runtime}.IRuleSet<{input}, {model.OutcomeFullName}>.Evaluate(in {input} input) => Evaluate(in input);").Line();
    }

    /// <summary>
    /// <c>Evaluate</c> through the rule index (see <see cref="RuleIndex"/>): one table row per tested variable, ANDed;
    /// the lowest set bit is the first matching rule. Everything that grows with the rules is data, not code: spans over
    /// constants in the assembly, and the bit tables rebuilt from their boundaries when the class is initialised.
    /// </summary>
    private static void WriteIndexedEvaluate(SourceWriter w, RuleSetModel model, string decision, RuleIndex index)
    {
        var input = model.InputFullName;
        var (parameters, arguments) = DerivedParameters(model);
        var words = index.Words;
        var inexact = Enumerable.Range(0, model.Rules.Count).Where(r => !index.Exact[r]).ToList();
        w.Line("/// <summary>Decides for one input. Allocates nothing.</summary>");
        w.Line($"/// <remarks>Indexed: {model.Rules.Count} rules as {index.BoxRules.Length} boxes over {index.Variables.Count} variables; the rules whose bits survive are the matching ones, the lowest bit the first{(inexact.Count > 0 ? $" ({inexact.Count} rules with conditions the index cannot express are tested with their own code)" : "")}.</remarks>");
        w.Line($"public static {decision} Evaluate(in {input} input)").OpenBrace();
        WriteDerived(w, model, trace: false);
        // One table of each element type, every variable's part at a fixed offset: a property getter is a method of its
        // own, and before tiering has inlined it each one is JIT-compiled on the first decision (one per table adds up).
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        long bitsAt = 0;
        int thresholdsAt = 0, directAt = 0;
        var bitsOffsets = new long[index.Variables.Count];
        var thresholdOffsets = new int[index.Variables.Count];
        var directOffsets = new int[index.Variables.Count];
        for (var i = 0; i < index.Variables.Count; i++)
        {
            var v = index.Variables[i];
            bitsOffsets[i] = bitsAt;
            bitsAt += (long)v.Segments * words;
            thresholdOffsets[i] = thresholdsAt;
            directOffsets[i] = directAt;
            if (v.DirectSegments is { } d) directAt += d.Length;
            else if (v.Kind == RuleIndex.VariableKind.Number) thresholdsAt += v.Thresholds.Count;
        }
        w.Line("global::System.ReadOnlySpan<ulong> _bitsTable = s_indexBits;");
        if (thresholdsAt > 0) w.Line("var _thresholds = IndexThresholds;");
        if (directAt > 0) w.Line("var _direct = IndexSegments;");
        for (var i = 0; i < index.Variables.Count; i++)
        {
            var v = index.Variables[i];
            var segment = v.Kind switch
            {
                RuleIndex.VariableKind.Number when v.DirectSegments is { } direct =>
                    $"_direct[{directOffsets[i].ToString(inv)} + (int)global::System.Math.Clamp((long){v.Code} - ({v.DirectStart.ToString(inv)}L), 0L, {(direct.Length - 1).ToString(inv)}L)]",
                RuleIndex.VariableKind.Number => $"{Runtime}.RuleIndexing.Segment((double){v.Code}, _thresholds.Slice({thresholdOffsets[i].ToString(inv)}, {v.Thresholds.Count.ToString(inv)}))",
                RuleIndex.VariableKind.Enum => $"{Runtime}.RuleIndexing.Segment((int){v.Code}, {v.Type.Members.Count})",
                _ => $"({v.Code} ? 1 : 0)",
            };
            w.Line($"var _row{i} = _bitsTable.Slice({bitsOffsets[i].ToString(inv)} + {segment} * {words}, {words});");
        }
        w.Line($"for (var _w = 0; _w < {words}; _w++)").OpenBrace();
        w.Line($"var _bits = {string.Join(" & ", Enumerable.Range(0, index.Variables.Count).Select(i => $"_row{i}[_w]"))};");
        w.Line("while (_bits != 0)").OpenBrace();
        w.Line("var _rule = IndexBoxRules[(_w << 6) + global::System.Numerics.BitOperations.TrailingZeroCount(_bits)];");
        w.Line("_bits &= _bits - 1;");
        if (inexact.Count > 0) w.Line($"if (_rule < 0 && !IndexHolds(_rule = ~_rule, in input{arguments})) continue;");
        w.Line("return IndexDecide(_rule);");
        w.CloseBrace();
        w.CloseBrace();
        w.Line(model.Otherwise is { } o
            ? $"return new {decision}({OutcomeCode(model, o.OutcomeMember)}, {decision}.OtherwiseIndex, \"otherwise\", {Naming.Quote(o.Reason)});"
            : $"return {decision}.NoMatch;");
        w.CloseBrace().Line();
        w.Line($"{decision} {Runtime}.IRuleSet<{input}, {model.OutcomeFullName}>.Evaluate(in {input} input) => Evaluate(in input);").Line();

        // The decision of the rule at a position in evaluation order.
        var rules = model.Rules;
        w.Line($"private static {decision} IndexDecide(int rule) => new {decision}(({model.OutcomeFullName})IndexOutcomes[rule], IndexRuleIds[rule], s_ruleNames[IndexRuleIds[rule]], s_indexReasons[rule]);").Line();
        WritePacked(w, "string?[]", "s_indexReasons", "Unpack", rules.Select(r => r.Reason).ToList());
        WriteSpan(w, "int", "IndexOutcomes", rules.Select(r => $"(int){OutcomeCode(model, r.OutcomeMember)}").ToList(), "the outcome of each rule, in evaluation order");
        WriteSpan(w, "int", "IndexRuleIds", rules.Select(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), "each rule's index in declaration order");
        WriteSpan(w, "int", "IndexBoxRules", Enumerable.Range(0, index.BoxRules.Length)
            .Select(b => (index.Exact[index.BoxRules[b]] ? index.BoxRules[b] : ~index.BoxRules[b]).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            "the rule of each box bit (complemented: a rule tested with its own code)");
        var variables = index.Variables;
        // The bit tables are boxes × segments, quadratic in the rules: the assembly holds their boundaries, and the
        // runtime rebuilds them once, when the class is initialised (about a millisecond per megabyte of table).
        w.Line($"/// <summary>Rule index: per variable ({EnumEmitter.Xml(string.Join(", ", variables.Select(v => v.Code)))}), per segment of its values, the boxes that allow it ({words} words per segment).</summary>");
        w.Line($"private static readonly ulong[] s_indexBits = {Runtime}.RuleIndexing.BuildBits({index.BoxRules.Length.ToString(inv)}, IndexSegmentCounts, IndexFlips);").Line();
        WriteSpan(w, "int", "IndexSegmentCounts", variables.Select(v => v.Segments.ToString(inv)).ToList(), "per variable: the number of segments of its values");
        WriteSpan(w, "int", "IndexFlips", variables.SelectMany(v => new[] { v.Flips.Count.ToString(inv) }.Concat(v.Flips.SelectMany(f => new[] { f.Segment.ToString(inv), f.Box.ToString(inv) }))).ToList(),
            "per variable: how many boundaries its table has, then each as (segment, box): going up the segments from a row of all boxes, that box's bit flips there");
        if (thresholdsAt > 0)
            WriteSpan(w, "double", "IndexThresholds", variables.Where(v => v.DirectSegments is null && v.Kind == RuleIndex.VariableKind.Number)
                .SelectMany(v => v.Thresholds.Select(t => t.ToString("R", inv) + "d")).ToList(), "per number variable: the constants it is compared with, sorted");
        if (directAt > 0)
            WriteSpan(w, "ushort", "IndexSegments", variables.Where(v => v.DirectSegments is not null)
                .SelectMany(v => v.DirectSegments!.Select(x => x.ToString(inv))).ToList(), "per int variable with a small range: the segment of each integer value (clamped at both ends)");
        if (inexact.Count > 0)
        {
            w.Line("/// <summary>The full condition of a rule the index cannot express exactly.</summary>");
            w.Line($"private static bool IndexHolds(int rule, in {input} input{parameters}) => rule switch").OpenBrace();
            foreach (var r in inexact) w.Line($"{r} => {Strip(ExpressionWriter.Render(rules[r].Condition))},");
            w.Line("_ => true,");
            w.CloseBrace(";").Line();
        }
    }

    /// <summary>
    /// Strings as one literal and a span of lengths (−1: null), cut apart once when the class is initialised: an array
    /// initializer of thousands of string literals is as many statements for the compiler to bind and emit.
    /// </summary>
    private static void WritePacked(SourceWriter w, string type, string name, string unpack, List<string?> values)
    {
        var text = string.Concat(values.Where(v => v is not null));
        w.Line($"private static readonly {type} {name} = {Runtime}.RuleIndexing.{unpack}({Naming.Quote(text)}, {name.Substring(2, 1).ToUpperInvariant()}{name.Substring(3)}Lengths);").Line();
        WriteSpan(w, "int", $"{name.Substring(2, 1).ToUpperInvariant()}{name.Substring(3)}Lengths", values.Select(v => (v?.Length ?? -1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), $"the lengths of the strings packed into {name} (−1: null)");
    }

    /// <summary>A constant table: a span over data in the assembly (no allocation, no static constructor).</summary>
    private static void WriteSpan(SourceWriter w, string type, string name, List<string> values, string summary)
    {
        w.Line($"/// <summary>{(summary.StartsWith("the lengths", System.StringComparison.Ordinal) || summary.StartsWith("per rule in", System.StringComparison.Ordinal) ? "" : "Rule index: ")}{EnumEmitter.Xml(summary)}.</summary>");
        w.Line($"private static global::System.ReadOnlySpan<{type}> {name} => new {type}[]").OpenBrace();
        for (var i = 0; i < values.Count; i += 16) w.Line(string.Join(", ", values.GetRange(i, System.Math.Min(16, values.Count - i))) + ",");
        w.CloseBrace(";").Line();
    }

    private static void WriteDecideRules(SourceWriter w, RuleSetModel model, string decision, List<RuleModel> rules)
    {
        foreach (var rule in rules)
        {
            w.Line($"// rule {rule.DslName}{(rule.Priority is double p ? " (priority " + p.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : "")}");
            w.Line($"if ({Strip(ExpressionWriter.Render(rule.Condition))})").OpenBrace();
            w.Line($"return new {decision}({OutcomeCode(model, rule.OutcomeMember)}, {rule.Id}, {Naming.Quote(rule.DslName)}, {Naming.Quote(rule.Reason)});");
            w.CloseBrace();
        }
    }

    private static void WriteCollectEvaluate(SourceWriter w, RuleSetModel model, string hit)
    {
        var input = model.InputFullName;
        var chunks = Chunks(model);
        var (parameters, arguments) = DerivedParameters(model);
        w.Line("/// <summary>The most hits one input can have: the size <see cref=\"EvaluateAll\"/> needs.</summary>");
        w.Line($"public const int MaxHits = {System.Math.Max(1, model.Rules.Count)};").Line();
        w.Line("/// <summary>Writes every matching rule into <paramref name=\"hits\"/> (at least <see cref=\"MaxHits\"/> long) and returns how many. Allocates nothing.</summary>");
        w.Line($"public static int EvaluateAll(in {input} input, global::System.Span<{hit}> hits)").OpenBrace();
        w.Line("if (hits.Length < MaxHits)").OpenBrace()
            .Line($"throw new global::System.ArgumentException(\"The span must hold at least \" + MaxHits + \" hits.\", nameof(hits));").CloseBrace();
        WriteDerived(w, model, trace: false);
        w.Line("var count = 0;");
        if (chunks.Count == 1) WriteCollectRules(w, model, hit, chunks[0]);
        else
        {
            for (var i = 0; i < chunks.Count; i++) w.Line($"count = EvaluateChunk{i}(in input, hits, count{arguments});");
        }
        if (model.Otherwise is { } o)
        {
            w.Line("if (count == 0)").OpenBrace();
            w.Line($"hits[count++] = new {hit}({OutcomeCode(model, o.OutcomeMember)}, -1, \"otherwise\", {Naming.Quote(o.Reason)});");
            w.CloseBrace();
        }
        w.Line("return count;");
        w.CloseBrace().Line();
        if (chunks.Count > 1)
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                w.Line($"private static int EvaluateChunk{i}(in {input} input, global::System.Span<{hit}> hits, int count{parameters})").OpenBrace();
                WriteCollectRules(w, model, hit, chunks[i]);
                w.Line("return count;");
                w.CloseBrace().Line();
            }
        }
        w.Line("/// <summary>Every matching rule, as a new array (use <see cref=\"EvaluateAll\"/> to avoid the allocation).</summary>");
        w.Line($"public static {hit}[] Evaluate(in {input} input)").OpenBrace();
        w.Line($"global::System.Span<{hit}> hits = new {hit}[MaxHits];");
        w.Line("return hits.Slice(0, EvaluateAll(in input, hits)).ToArray();");
        w.CloseBrace().Line();
        w.Line($"int {Runtime}.ICollectingRuleSet<{input}, {model.OutcomeFullName}>.RuleCount => MaxHits;").Line();
        w.Line($"int {Runtime}.ICollectingRuleSet<{input}, {model.OutcomeFullName}>.EvaluateAll(in {input} input, global::System.Span<{hit}> hits) => EvaluateAll(in input, hits);").Line();
    }

    private static void WriteCollectRules(SourceWriter w, RuleSetModel model, string hit, List<RuleModel> rules)
    {
        foreach (var rule in rules)
        {
            w.Line($"// rule {rule.DslName}");
            w.Line($"if ({Strip(ExpressionWriter.Render(rule.Condition))})").OpenBrace();
            w.Line($"hits[count++] = new {hit}({OutcomeCode(model, rule.OutcomeMember)}, {rule.Id}, {Naming.Quote(rule.DslName)}, {Naming.Quote(rule.Reason)});");
            w.CloseBrace();
        }
    }

    /// <summary>Computes 'let' values and facts, in dependency order (forward chaining resolved at build time).</summary>
    private static void WriteDerived(SourceWriter w, RuleSetModel model, bool trace)
    {
        // Evaluate computes only what the rules read (directly or through other derived values);
        // Explain computes everything, to show it.
        var used = trace ? null : UsedDerived(model);
        foreach (var d in model.Derived)
        {
            if (used is not null && !used.Contains(d.Local)) continue;
            if (d.Kind == DerivedKind.Let)
            {
                w.Line($"{d.Type.CSharpName} {d.Local} = {Strip(ExpressionWriter.Render(d.Value))};");
                if (trace) w.Line($"_derived.Add(new {Runtime}.DerivedTrace({Naming.Quote(d.DslName)}, false, {ExpressionWriter.FormatCall(d.Type, d.Local)}, null));");
                continue;
            }

            w.Line($"{d.Type.CSharpName} {d.Local};");
            if (trace) w.Line($"string? {SetBy(d)} = null;");
            if (!trace)
            {
                var keyword = "if";
                foreach (var rule in d.SetRules)
                {
                    w.Line($"{keyword} ({Strip(ExpressionWriter.Render(rule.Condition))}) // rule {rule.DslName}").OpenBrace();
                    w.Line($"{d.Local} = {Assign(d.Type, rule.Value)};");
                    w.CloseBrace();
                    keyword = "else if";
                }
                if (d.SetRules.IsEmpty) w.Line($"{d.Local} = {Assign(d.Type, d.Value)};");
                else w.Line("else").OpenBrace().Line($"{d.Local} = {Assign(d.Type, d.Value)};").CloseBrace();
                continue;
            }

            // Explain: every rule that may set the fact is tested and traced; the first that holds sets it.
            w.Line($"{d.Local} = {Assign(d.Type, d.Value)};");
            foreach (var rule in d.SetRules)
            {
                w.OpenBrace();
                var fired = WriteAtoms(w, rule.Condition);
                w.Line($"var _selected = _fired && {SetBy(d)} is null;");
                w.Line("if (_selected)").OpenBrace()
                    .Line($"{d.Local} = {Assign(d.Type, rule.Value)};")
                    .Line($"{SetBy(d)} = {Naming.Quote(rule.DslName)};")
                    .CloseBrace();
                w.Line($"_rules.Add(new {Runtime}.RuleTrace({Naming.Quote(rule.DslName)}, _fired, _selected, {Naming.Quote($"=> set {d.DslName} = {rule.Value.Text}")}, {Naming.Quote(rule.Reason)}, _conditions));");
                w.CloseBrace();
            }
            w.Line($"_derived.Add(new {Runtime}.DerivedTrace({Naming.Quote(d.DslName)}, true, {ExpressionWriter.FormatCall(d.Type, d.Local)}, {SetBy(d)}));");
        }
    }

    private static HashSet<string> UsedDerived(RuleSetModel model)
    {
        var used = new HashSet<string>(model.Rules.SelectMany(r => r.Condition.ReferencedLocals()));
        foreach (var d in model.Derived.Reverse())
        {
            if (!used.Contains(d.Local)) continue;
            foreach (var local in d.Value.ReferencedLocals()) used.Add(local);
            foreach (var rule in d.SetRules)
            {
                foreach (var local in rule.Condition.ReferencedLocals().Concat(rule.Value.ReferencedLocals())) used.Add(local);
            }
        }
        return used;
    }

    /// <summary>Evaluates each atom of a condition into a local and declares 'fired' and 'conditions'.</summary>
    private static string WriteAtoms(SourceWriter w, BoundExpression condition)
    {
        var atoms = ExpressionWriter.Atoms(condition);
        var locals = new Dictionary<BoundExpression, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < atoms.Count; i++)
        {
            var local = "_c" + i;
            locals[atoms[i]] = local;
            w.Line($"var {local} = {Strip(ExpressionWriter.Render(atoms[i]))};");
        }
        w.Line($"var _fired = {Strip(ExpressionWriter.RenderOverAtoms(condition, locals))};");
        var traces = atoms.Select((a, i) => $"new {Runtime}.ConditionTrace({Naming.Quote(a.Text)}, _c{i}, {ExpressionWriter.Observed(a)})");
        w.Line($"var _conditions = new {Runtime}.ConditionTrace[] {{ {string.Join(", ", traces)} }};");
        return "_fired";
    }

    private static void WriteExplain(SourceWriter w, RuleSetModel model, string decision, string hit)
    {
        var collect = model.Policy == HitPolicy.Collect;
        w.Line("/// <summary>Decides and records why: each derived value, every rule tested and each condition's value.</summary>");
        w.Line($"public static {Runtime}.RuleExplanation Explain(in {model.InputFullName} input)").OpenBrace();
        w.Line($"var _derived = new global::System.Collections.Generic.List<{Runtime}.DerivedTrace>();");
        w.Line($"var _rules = new global::System.Collections.Generic.List<{Runtime}.RuleTrace>();");
        WriteDerived(w, model, trace: true);
        if (collect) w.Line($"var _hits = new global::System.Collections.Generic.List<{hit}>();");
        else w.Line($"var _decision = {decision}.NoMatch;");
        foreach (var rule in model.Rules)
        {
            w.OpenBrace();
            w.Line($"// rule {rule.DslName}");
            WriteAtoms(w, rule.Condition);
            w.Line(collect ? "var _selected = _fired;" : "var _selected = _fired && !_decision.HasOutcome;");
            w.Line("if (_selected)").OpenBrace();
            w.Line(collect
                ? $"_hits.Add(new {hit}({OutcomeCode(model, rule.OutcomeMember)}, {rule.Id}, {Naming.Quote(rule.DslName)}, {Naming.Quote(rule.Reason)}));"
                : $"_decision = new {decision}({OutcomeCode(model, rule.OutcomeMember)}, {rule.Id}, {Naming.Quote(rule.DslName)}, {Naming.Quote(rule.Reason)});");
            w.CloseBrace();
            w.Line($"_rules.Add(new {Runtime}.RuleTrace({Naming.Quote(rule.DslName)}, _fired, _selected, {Naming.Quote("=> " + rule.OutcomeText)}, {Naming.Quote(rule.Reason)}, _conditions));");
            w.CloseBrace();
        }
        string summary;
        if (collect)
        {
            if (model.Otherwise is { } o)
            {
                w.Line("if (_hits.Count == 0)").OpenBrace()
                    .Line($"_hits.Add(new {hit}({OutcomeCode(model, o.OutcomeMember)}, -1, \"otherwise\", {Naming.Quote(o.Reason)}));").CloseBrace();
            }
            summary = $"_hits.Count == 0 ? \"no rule matched\" : string.Join(\"; \", _hits.ConvertAll(h => h.Describe({EnumEmitter.NamesClass(model.OutcomeFullName)}.ToDslName(h.Outcome))))";
        }
        else
        {
            if (model.Otherwise is { } o)
            {
                w.Line("if (!_decision.HasOutcome)").OpenBrace()
                    .Line($"_decision = new {decision}({OutcomeCode(model, o.OutcomeMember)}, {decision}.OtherwiseIndex, \"otherwise\", {Naming.Quote(o.Reason)});").CloseBrace();
            }
            summary = $"_decision.HasOutcome ? _decision.Describe({EnumEmitter.NamesClass(model.OutcomeFullName)}.ToDslName(_decision.Outcome)) : _decision.ToString()";
        }
        w.Line($"return new {Runtime}.RuleExplanation({Naming.Quote(model.DslName)}, {Naming.Quote(model.Policy.ToString().ToLowerInvariant())}, {summary}, _derived, _rules);");
        w.CloseBrace().Line();
        var iface = collect ? $"{Runtime}.ICollectingRuleSet<{model.InputFullName}, {model.OutcomeFullName}>" : $"{Runtime}.IRuleSet<{model.InputFullName}, {model.OutcomeFullName}>";
        w.Line($"{Runtime}.RuleExplanation {iface}.Explain(in {model.InputFullName} input) => Explain(in input);");
    }

    /// <summary>
    /// <c>Explain</c> of an indexed rule set: the same explanation as <see cref="WriteExplain"/> writes rule by rule, from
    /// data. Each distinct condition part is evaluated once and each distinct observed value formatted once (rules
    /// share them); a <see cref="Runtime"/>.RuleTraceTable holds per rule its texts, its parts and how they combine,
    /// and traces every rule in evaluation order. Code grows with the distinct parts, not with rules × parts.
    /// </summary>
    private static void WriteIndexedExplain(SourceWriter w, RuleSetModel model, string decision)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var input = model.InputFullName;
        var values = new List<string>();
        var valueIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var observed = new List<string>();
        var observedIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var texts = new List<string>();
        var textIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var data = new List<int>();
        static int Intern(List<string> list, Dictionary<string, int> index, string item)
        {
            if (index.TryGetValue(item, out var found)) return found;
            index.Add(item, list.Count);
            list.Add(item);
            return list.Count - 1;
        }
        foreach (var rule in model.Rules)
        {
            data.Add(Intern(texts, textIndex, rule.DslName));
            data.Add(Intern(texts, textIndex, "=> " + rule.OutcomeText));
            data.Add(rule.Reason is null ? -1 : Intern(texts, textIndex, rule.Reason));
            var atoms = ExpressionWriter.Atoms(rule.Condition);
            data.Add(atoms.Count);
            foreach (var atom in atoms)
            {
                data.Add(Intern(texts, textIndex, atom.Text));
                data.Add(Intern(values, valueIndex, Strip(ExpressionWriter.Render(atom))));
                data.Add(Intern(observed, observedIndex, ExpressionWriter.Observed(atom)));
            }
            var program = new List<int>();
            var position = 0;
            void Postfix(BoundExpression e)
            {
                switch (e)
                {
                    case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                        Postfix(logical.Left);
                        Postfix(logical.Right);
                        program.Add(logical.Operator == BinaryOperator.And ? -1 : -2);
                        break;
                    case BoundUnary { Operator: UnaryOperator.Not } not:
                        Postfix(not.Operand);
                        program.Add(-3);
                        break;
                    default:
                        program.Add(position++); // the atoms in the order ExpressionWriter.Atoms lists them
                        break;
                }
            }
            Postfix(rule.Condition);
            data.Add(program.Count);
            data.AddRange(program);
        }

        w.Line("/// <summary>Decides and records why: each derived value, every rule tested and each condition's value.</summary>");
        w.Line($"/// <remarks>The rules' traces come from data ({Runtime}.RuleTraceTable): {values.Count} distinct condition parts, each evaluated once.</remarks>");
        w.Line($"public static {Runtime}.RuleExplanation Explain(in {input} input)").OpenBrace();
        w.Line($"var _derived = new global::System.Collections.Generic.List<{Runtime}.DerivedTrace>();");
        w.Line($"var _rules = new global::System.Collections.Generic.List<{Runtime}.RuleTrace>();");
        WriteDerived(w, model, trace: true);
        w.Line("var _values = new bool[]").OpenBrace();
        foreach (var v in values) w.Line(v + ",");
        w.CloseBrace(";");
        w.Line("var _observed = new string[]").OpenBrace();
        foreach (var o in observed) w.Line(o + ",");
        w.CloseBrace(";");
        w.Line("var _rule = IndexExplainData.Table.Trace(_rules, _values, _observed);");
        w.Line($"var _decision = _rule < 0 ? {decision}.NoMatch : IndexDecide(_rule);");
        if (model.Otherwise is { } o2)
        {
            w.Line("if (!_decision.HasOutcome)").OpenBrace()
                .Line($"_decision = new {decision}({OutcomeCode(model, o2.OutcomeMember)}, {decision}.OtherwiseIndex, \"otherwise\", {Naming.Quote(o2.Reason)});").CloseBrace();
        }
        var summary = $"_decision.HasOutcome ? _decision.Describe({EnumEmitter.NamesClass(model.OutcomeFullName)}.ToDslName(_decision.Outcome)) : _decision.ToString()";
        w.Line($"return new {Runtime}.RuleExplanation({Naming.Quote(model.DslName)}, {Naming.Quote(model.Policy.ToString().ToLowerInvariant())}, {summary}, _derived, _rules);");
        w.CloseBrace().Line();
        w.Line($"{Runtime}.RuleExplanation {Runtime}.IRuleSet<{input}, {model.OutcomeFullName}>.Explain(in {input} input) => Explain(in input);").Line();

        w.Line("/// <summary>The outcome rules as data for <see cref=\"Explain\"/>, built on its first call.</summary>");
        w.Line("private static class IndexExplainData").OpenBrace();
        w.Line($"public static readonly {Runtime}.RuleTraceTable Table = new {Runtime}.RuleTraceTable({Runtime}.RuleIndexing.UnpackAll({Naming.Quote(string.Concat(texts))}, TextLengths), Rules.ToArray());").Line();
        WriteSpan(w, "int", "TextLengths", texts.Select(t => t.Length.ToString(inv)).ToList(), "the lengths of the texts packed into Table's texts");
        WriteSpan(w, "int", "Rules", data.Select(d => d.ToString(inv)).ToList(),
            "per rule in evaluation order: name, action, reason (−1: none) as texts; the number of parts, then per part its text, value and observed text; the length of its postfix program, then the program (k ≥ 0: part k, −1 and, −2 or, −3 not)");
        w.CloseBrace();
    }

    /// <summary>A value for a fact; arithmetic is done in double, so a float fact needs a narrowing cast.</summary>
    private static string Assign(DslType target, BoundExpression value) =>
        target.Kind == ValueKind.Float && value.Type.Kind == ValueKind.Double
            ? $"(float){ExpressionWriter.Render(value)}"
            : Strip(ExpressionWriter.Render(value));

    // Locals the generated code declares for itself start with '_': DSL names never become such a local
    // (Naming.Local drops underscores), so a 'let' or fact can have any name.
    private static string SetBy(DerivedModel d) => "_" + d.Local.TrimStart('@') + "SetBy";

    /// <summary>Drops one pair of redundant outer parentheses for readability.</summary>
    private static string Strip(string code)
    {
        if (code.Length < 2 || code[0] != '(' || code[code.Length - 1] != ')') return code;
        var depth = 0;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '(') depth++;
            else if (code[i] == ')') depth--;
            if (depth == 0 && i < code.Length - 1) return code; // the first '(' closes before the end
        }
        return code.Substring(1, code.Length - 2);
    }
}

/// <summary>netstandard2.0 has no ReferenceEqualityComparer.</summary>
internal sealed class ReferenceEqualityComparer : IEqualityComparer<BoundExpression>
{
    public static readonly ReferenceEqualityComparer Instance = new();

    public bool Equals(BoundExpression? x, BoundExpression? y) => ReferenceEquals(x, y);

    public int GetHashCode(BoundExpression obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
