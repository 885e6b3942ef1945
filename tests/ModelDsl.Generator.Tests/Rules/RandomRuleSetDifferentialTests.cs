using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Rules;

/// <summary>
/// Random rule sets (all three policies, 'let' values, chained facts, nested conditions) are written as
/// .mlmodel text, compiled with the generator and Roslyn, and evaluated on random inputs; an interpreter
/// of the same random specification, written here without the generator's parser or binder, must agree.
/// </summary>
public class RandomRuleSetDifferentialTests
{
    private const int RuleSets = 36;
    private const int InputsPerRuleSet = 1500;

    // ---- the random specification and its interpreter ----

    private sealed record Input(int X, double Y, int C, bool F);

    private abstract record Cond
    {
        public abstract bool Eval(Input i, Env env);
        public abstract string Dsl();
    }

    private sealed record Env(double T, int Level);

    private sealed record Compare(string Left, string Op, double Constant) : Cond
    {
        public override bool Eval(Input i, Env env)
        {
            var l = Left switch
            {
                "x" => i.X,
                "y" => i.Y,
                "x + y" => i.X + i.Y,
                "y * 2 - x" => i.Y * 2 - i.X,
                "x / 4" => i.X / 4.0,
                "t" => env.T,
                _ => throw new InvalidOperationException(Left),
            };
            return Op switch
            {
                "<" => l < Constant,
                "<=" => l <= Constant,
                ">" => l > Constant,
                ">=" => l >= Constant,
                "==" => l == Constant,
                _ => l != Constant,
            };
        }

        public override string Dsl() => $"{Left} {Op} {Constant.ToString(CultureInfo.InvariantCulture)}";
    }

    private sealed record Member(int[] Set, bool Negated) : Cond
    {
        public override bool Eval(Input i, Env env) => Set.Contains(i.C) != Negated;

        public override string Dsl() => $"c {(Negated ? "not in" : "in")} {{ {string.Join(", ", Set.Select(s => "k" + s))} }}";
    }

    private sealed record IsEnum(int Value, bool Equal) : Cond
    {
        public override bool Eval(Input i, Env env) => (i.C == Value) == Equal;

        public override string Dsl() => $"c {(Equal ? "==" : "!=")} k{Value}";
    }

    private sealed record Flag : Cond
    {
        public override bool Eval(Input i, Env env) => i.F;

        public override string Dsl() => "f";
    }

    private sealed record LevelIs(int Value) : Cond
    {
        public override bool Eval(Input i, Env env) => env.Level == Value;

        public override string Dsl() => $"level == l{Value}";
    }

    private sealed record Not(Cond Inner) : Cond
    {
        public override bool Eval(Input i, Env env) => !Inner.Eval(i, env);

        public override string Dsl() => $"not ({Inner.Dsl()})";
    }

    private sealed record Both(Cond Left, Cond Right, bool IsAnd) : Cond
    {
        public override bool Eval(Input i, Env env) => IsAnd ? Left.Eval(i, env) && Right.Eval(i, env) : Left.Eval(i, env) || Right.Eval(i, env);

        public override string Dsl() => $"({Left.Dsl()} {(IsAnd ? "and" : "or")} {Right.Dsl()})";
    }

    private sealed record Rule(string Name, int Priority, Cond When, int Outcome);

    private sealed record Spec(string Name, string Policy, List<(Cond When, int Level)> LevelRules, List<Rule> Rules, int? Otherwise)
    {
        public Env Derive(Input i)
        {
            var t = i.X + i.Y * 2;
            var level = 0;
            foreach (var (when, value) in LevelRules)
            {
                if (when.Eval(i, new Env(t, 0)))
                {
                    level = value;
                    break;
                }
            }
            return new Env(t, level);
        }

        /// <summary>(rule index or -1 for otherwise, outcome) for every selected rule, in order.</summary>
        public List<(int Rule, int Outcome)> Evaluate(Input i)
        {
            var env = Derive(i);
            var matching = Rules.Select((r, index) => (r, index)).Where(p => p.r.When.Eval(i, env)).ToList();
            var result = Policy switch
            {
                "collect" => matching.Select(p => (p.index, p.r.Outcome)).ToList(),
                "priority" => matching.OrderByDescending(p => p.r.Priority).Take(1).Select(p => (p.index, p.r.Outcome)).ToList(),
                _ => matching.Take(1).Select(p => (p.index, p.r.Outcome)).ToList(),
            };
            if (result.Count == 0 && Otherwise is int o) result.Add((-1, o));
            return result;
        }

        public string Dsl()
        {
            var text = new StringBuilder();
            text.Append($"rules {Name}(In) -> Out {{\n    policy {Policy}\n    let t = x + y * 2\n    fact level: enum {{ l0, l1, l2 }} = l0\n");
            for (var k = 0; k < LevelRules.Count; k++) text.Append($"    rule set{k} when {LevelRules[k].When.Dsl()} => set level = l{LevelRules[k].Level}\n");
            foreach (var r in Rules)
                text.Append($"    rule {r.Name}{(Policy == "priority" ? " priority " + r.Priority : "")} when {r.When.Dsl()} => o{r.Outcome} because \"{r.Name} fired\"\n");
            if (Otherwise is int o) text.Append($"    otherwise o{o}\n");
            return text.Append("}\n").ToString();
        }
    }

    private static Cond RandomCond(Random random, int depth, bool allowDerived)
    {
        var pick = random.Next(depth >= 3 ? 6 : 9);
        switch (pick)
        {
            case 0:
            case 1:
            {
                var lefts = allowDerived ? new[] { "x", "y", "x + y", "y * 2 - x", "x / 4", "t" } : new[] { "x", "y", "x + y", "y * 2 - x", "x / 4" };
                var ops = new[] { "<", "<=", ">", ">=", "==", "!=" };
                var constant = random.Next(2) == 0 ? random.Next(-5, 25) : Math.Round(random.NextDouble() * 30 - 5, 1);
                return new Compare(lefts[random.Next(lefts.Length)], ops[random.Next(ops.Length)], constant);
            }
            case 2:
                return new Member(Enumerable.Range(0, 4).Where(_ => random.Next(2) == 0).DefaultIfEmpty(random.Next(4)).ToArray(), random.Next(3) == 0);
            case 3:
                return new IsEnum(random.Next(4), random.Next(3) != 0);
            case 4:
                return new Flag();
            case 5:
                return allowDerived ? new LevelIs(random.Next(3)) : new Flag();
            case 6:
                return new Not(RandomCond(random, depth + 1, allowDerived));
            default:
                return new Both(RandomCond(random, depth + 1, allowDerived), RandomCond(random, depth + 1, allowDerived), random.Next(2) == 0);
        }
    }

    private static Spec RandomSpec(Random random, int n)
    {
        var policy = new[] { "first", "priority", "collect" }[n % 3];
        var levelRules = Enumerable.Range(0, random.Next(0, 3)).Select(_ => (RandomCond(random, 1, allowDerived: false), random.Next(1, 3))).ToList();
        // The last three (one per policy) are large enough for the generator to split them into 100-rule methods.
        var count = n >= RuleSets - 3 ? random.Next(150, 350) : random.Next(1, 9);
        var rules = Enumerable.Range(0, count)
            .Select(k => new Rule($"r{k}", random.Next(-2, 4), RandomCond(random, 0, allowDerived: true), random.Next(4)))
            .ToList();
        return new Spec($"R{n}", policy, levelRules, rules, random.Next(2) == 0 ? random.Next(4) : null);
    }

    private const string Header = """
        enum Out { o0, o1, o2, o3 }
        schema In { x: int  y: double  c: enum { k0, k1, k2, k3 }  f: bool }

        """;

    private static string Probe(IEnumerable<Spec> specs)
    {
        var text = new StringBuilder("""
            namespace Probe
            {
                public static class P
                {
                    public static int[] Run(int set, int x, double y, int c, bool f)
                    {
                        var input = new global::Test.Models.In { X = x, Y = y, C = (global::Test.Models.InC)c, F = f };
                        switch (set)
                        {

            """);
        foreach (var s in specs)
        {
            text.Append($"            case {s.Name[1..]}:\n            {{\n");
            text.Append(s.Policy == "collect"
                ? $"                var hits = global::Test.Models.{s.Name}.Evaluate(in input);\n                var explained = global::Test.Models.{s.Name}.Explain(in input);\n                return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.SelectMany(hits, h => new[] {{ h.RuleIndex, (int)h.Outcome }}));\n"
                : $"                var d = global::Test.Models.{s.Name}.Evaluate(in input);\n                var e = global::Test.Models.{s.Name}.Explain(in input);\n                if (e.Summary != (d.HasOutcome ? d.Describe(global::Test.Models.OutNames.ToDslName(d.Outcome)) : d.ToString())) throw new System.Exception(\"Explain disagrees: \" + e.Summary);\n                global::Probe.P.CheckTraces(e, d.HasOutcome && !d.IsDefault ? d.RuleName : null, global::Test.Models.{s.Name}.RuleCount);\n                return d.HasOutcome ? new[] {{ d.RuleIndex, (int)d.Outcome }} : new int[0];\n");
            text.Append("            }\n");
        }
        text.Append("            default: throw new System.ArgumentOutOfRangeException(nameof(set));\n        }\n    }\n");
        // Explain's traces of the outcome rules (the last RuleCount, after the fact rules') say the same as Evaluate:
        // no rule fired before the deciding one, which fired and alone is selected (none if nothing or otherwise decided).
        text.Append("""
                    public static void CheckTraces(global::ModelDsl.Runtime.Rules.RuleExplanation e, string? decidedBy, int ruleCount)
                    {
                        var traces = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Skip(e.Rules, e.Rules.Count - ruleCount));
                        var selected = traces.FindIndex(t => t.Selected);
                        var firstFired = traces.FindIndex(t => t.Fired);
                        if (traces.Count != ruleCount || selected != firstFired || (decidedBy is null ? selected >= 0 : selected < 0 || traces[selected].RuleName != decidedBy)
                            || traces.FindLastIndex(t => t.Selected) != selected)
                            throw new System.Exception("Explain's traces disagree with Evaluate (decided by " + (decidedBy ?? "none") + ")");
                    }
                }
            }

            """);
        return text.ToString();
    }

    [Fact]
    public void Generated_rule_sets_agree_with_an_independent_interpreter()
    {
        var random = new Random(20261125);
        var specs = Enumerable.Range(0, RuleSets).Select(n => RandomSpec(random, n)).ToList();
        var source = Header + string.Join("\n", specs.Select(s => s.Dsl()));

        var run = GeneratorHarness.Run(new[] { ("Random.mlmodel", source) }, new[] { Probe(specs) });
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        // The large first-match and priority sets are evaluated through the rule index, the rest as straight-line code.
        var code = string.Concat(run.Sources.Select(s => s.Text));
        foreach (var spec in specs)
        {
            var indexed = spec.Policy != "collect" && spec.Rules.Count >= 100;
            var start = code.IndexOf($"class {spec.Name} ", StringComparison.Ordinal);
            var end = code.IndexOf("public static global::ModelDsl.Runtime.Rules.RuleExplanation Explain", start, StringComparison.Ordinal);
            Assert.Equal(indexed, code.Substring(start, end - start).Contains("RuleIndexing.BuildBits", StringComparison.Ordinal));
        }
        using var stream = new MemoryStream();
        var emit = run.OutputCompilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("random-rule-sets", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var probe = assembly.GetType("Probe.P")!.GetMethod("Run")!.CreateDelegate<Func<int, int, double, int, bool, int[]>>();
            var checkedInputs = 0;
            foreach (var spec in specs)
            {
                for (var k = 0; k < InputsPerRuleSet; k++)
                {
                    // Now and then a NaN and an enum value outside the declared ones: C#'s comparisons decide those too.
                    var y = random.Next(40) == 0 ? double.NaN : random.Next(3) == 0 ? random.Next(-5, 25) : Math.Round(random.NextDouble() * 30 - 5, 1);
                    var input = new Input(random.Next(-5, 25), y, random.Next(40) == 0 ? 7 : random.Next(4), random.Next(2) == 0);
                    var expected = spec.Evaluate(input).SelectMany(p => new[] { p.Rule, p.Outcome }).ToArray();
                    var actual = probe(int.Parse(spec.Name[1..], CultureInfo.InvariantCulture), input.X, input.Y, input.C, input.F);
                    Assert.True(expected.SequenceEqual(actual), $"{spec.Name} on {input}: expected [{string.Join(",", expected)}], got [{string.Join(",", actual)}]\n{spec.Dsl()}");
                    checkedInputs++;
                }
            }
            Assert.Equal(RuleSets * InputsPerRuleSet, checkedInputs);
        }
        finally
        {
            context.Unload();
        }
    }
}
