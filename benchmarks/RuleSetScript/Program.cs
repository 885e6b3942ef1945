using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ModelDsl.Benchmarks.Spec;

namespace ModelDsl.Benchmarks.Script;

/// <summary>
/// Writes, from fixed seeds, the rule sets the benchmarks evaluate: for N in {10, 100, 1000} a first-match
/// rule set over one applicant schema as (a) Rules{N}.mlmodel for the generator, (b) HandWritten{N}.cs, the
/// same rules as plain C# if-chains over the generated record struct, and (c) rules{N}.json, the
/// engine-neutral description the RulesEngine and NRules adapters turn into their own rules at start-up;
/// plus 100 .mlmodel files for the generator benchmark. Usage: dotnet run --project benchmarks/RuleSetScript [-- benchmarksDir]
/// </summary>
public static class Program
{
    public static readonly int[] Sizes = { 10, 100, 1000 };

    /// <summary>The seed of rule set N is <c>BaseSeed + N</c>; the corpus for the generator benchmark uses <c>BaseSeed</c>.</summary>
    public const int BaseSeed = 20_251_125;

    private const int CalibrationCount = 8192;

    /// <summary>Share of the calibration inputs the rules decide; the rest fall through to 'otherwise'.</summary>
    private const double DecidedShare = 0.85;

    private const string Namespace = "ModelDsl.Benchmarks.Rules";

    private const string CorpusNamespace = "Corpus.Lending";

    public static int Main(string[] args)
    {
        var benchmarks = args.Length > 0 ? Path.GetFullPath(args[0]) : FindBenchmarksDirectory();
        var ruleSetDir = Path.Combine(benchmarks, "ModelDsl.Benchmarks.RuleSets", "RuleSets");
        var corpusDir = Path.Combine(benchmarks, "ModelDsl.Benchmarks", "GeneratorCorpus");
        Directory.CreateDirectory(ruleSetDir);
        Directory.CreateDirectory(corpusDir);

        Write(Path.Combine(ruleSetDir, "Applicant.mlmodel"), SchemaDsl(Namespace, header: true));
        var inputs = InputSampler.Create(InputSampler.BenchmarkSeed, InputSampler.BenchmarkCount);
        foreach (var n in Sizes)
        {
            var spec = Build($"Rules{n}", n, BaseSeed + n);
            Write(Path.Combine(ruleSetDir, $"Rules{n}.mlmodel"), RuleSetDsl(spec, Namespace, header: true));
            Write(Path.Combine(ruleSetDir, $"HandWritten{n}.cs"), HandWritten(spec, n));
            if (n > ChunkSize) Write(Path.Combine(ruleSetDir, $"HandWrittenChunked{n}.cs"), HandWrittenChunked(spec, n));
            Write(Path.Combine(ruleSetDir, $"rules{n}.json"), Json(spec));
            Report(spec, inputs);
        }

        // The generator benchmark's corpus, laid out as a project would be: model_000.mlmodel holds the vocabulary
        // (enums and the Applicant schema), model_001 … model_099 hold one first-match rule set each (5 to 25 rules).
        foreach (var old in Directory.GetFiles(corpusDir, "model_*.mlmodel"))
        {
            if (!int.TryParse(Path.GetFileNameWithoutExtension(old).AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= 100) File.Delete(old);
        }
        Write(Path.Combine(corpusDir, "model_000.mlmodel"), SchemaDsl(CorpusNamespace, header: true));
        var rng = new Random(BaseSeed);
        var totalRules = 0;
        for (var i = 1; i < 100; i++)
        {
            var n = rng.Next(5, 26);
            totalRules += n;
            var spec = Build($"Policy{i:D3}", n, BaseSeed + 7919 * i);
            Write(Path.Combine(corpusDir, $"model_{i:D3}.mlmodel"), RuleSetDsl(spec, CorpusNamespace, header: true));
        }
        Console.WriteLine($"GeneratorCorpus: 100 files (one schema file, 99 rule sets), {totalRules} rules in all");
        return 0;
    }

    private static readonly JsonSerializerOptions s_json = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The spec as JSON with one rule per line: compact, yet diffable.</summary>
    private static string Json(RuleSetSpec spec)
    {
        var sb = new StringBuilder();
        sb.Append("{\n");
        sb.Append($"  \"Name\": {JsonSerializer.Serialize(spec.Name)},\n");
        sb.Append($"  \"Seed\": {spec.Seed.ToString(CultureInfo.InvariantCulture)},\n");
        sb.Append($"  \"Otherwise\": {JsonSerializer.Serialize(spec.Otherwise)},\n");
        sb.Append("  \"Rules\": [\n");
        for (var i = 0; i < spec.Rules.Count; i++)
        {
            sb.Append("    ").Append(JsonSerializer.Serialize(spec.Rules[i], s_json)).Append(i + 1 < spec.Rules.Count ? ",\n" : "\n");
        }
        sb.Append("  ]\n}\n");
        return sb.ToString();
    }

    private static string FindBenchmarksDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ModelDsl.sln"))) return Path.Combine(dir.FullName, "benchmarks");
        }
        throw new InvalidOperationException("ModelDsl.sln not found above " + AppContext.BaseDirectory + "; pass the benchmarks directory as the first argument.");
    }

    /// <summary>Writes the file unless it already has this content (so an unchanged rule set does not trigger a rebuild).</summary>
    private static void Write(string path, string text)
    {
        text = text.Replace("\r\n", "\n");
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    // ---------------------------------------------------------------- rule construction

    /// <summary>
    /// Builds N first-match rules that are all reachable: each rule is grown around a "witness", a calibration
    /// input no earlier rule decides, so the rule decides at least that input. Atoms are added (each chosen
    /// among a few random thresholds) until the rule decides about its share of the still-undecided
    /// calibration inputs, so decisions spread over the whole list instead of piling up on the first rules.
    /// </summary>
    public static RuleSetSpec Build(string name, int n, int seed)
    {
        var rng = new Random(seed);
        var calibration = InputSampler.Create(seed + 1, CalibrationCount);
        var undecided = Enumerable.Range(0, CalibrationCount).ToList();
        var target = Math.Max(1.0, DecidedShare * CalibrationCount / n);
        var spec = new RuleSetSpec { Name = name, Seed = seed, Otherwise = "review" };

        for (var k = 0; k < n; k++)
        {
            var witness = calibration[undecided[rng.Next(undecided.Count)]];
            var rule = new RuleSpec { Name = $"rule_{k + 1:D4}", Outcome = PickOutcome(rng) };
            var matching = undecided;
            var order = Enumerable.Range(0, ApplicantSchema.Fields.Length).OrderBy(_ => rng.Next()).ToList();
            foreach (var fieldIndex in order)
            {
                var field = ApplicantSchema.Fields[fieldIndex];
                AtomSpec? best = null;
                List<int>? bestMatching = null;
                var bestScore = double.MaxValue;
                for (var attempt = 0; attempt < 8; attempt++)
                {
                    var atom = MakeAtom(field, witness, rng);
                    if (!atom.Matches(witness)) throw new InvalidOperationException($"atom {field.DslName} {atom.Op} does not hold for its witness");
                    var kept = matching.Where(i => atom.Matches(calibration[i])).ToList();
                    var score = Math.Abs(Math.Log(kept.Count) - Math.Log(target));
                    if (score < bestScore)
                    {
                        (best, bestMatching, bestScore) = (atom, kept, score);
                    }
                }
                rule.When.Add(best!);
                matching = bestMatching!;
                if (rule.When.Count >= 2 && matching.Count <= target * 1.3) break;
            }

            // Written in schema order, as a person would write the conditions.
            rule.When = rule.When.OrderBy(a => Array.FindIndex(ApplicantSchema.Fields, f => f.DslName == a.Field)).ToList();
            spec.Rules.Add(rule);
            var decided = new HashSet<int>(matching);
            undecided = undecided.Where(i => !decided.Contains(i)).ToList();
            if (undecided.Count == 0) throw new InvalidOperationException("every calibration input is decided; lower DecidedShare");
        }
        return spec;
    }

    private static string PickOutcome(Random rng)
    {
        var x = rng.Next(10);
        return x < 3 ? "reject" : x < 5 ? "review" : x < 8 ? "approve" : "approve_with_conditions";
    }

    private static AtomSpec MakeAtom(FieldInfo field, in InputRow witness, Random rng)
    {
        switch (field.Kind)
        {
            case FieldKind.Bool:
                return new AtomSpec { Field = field.DslName, Op = "is", Value = witness.HasCollateral ? 1 : 0 };
            case FieldKind.Enum:
            {
                var own = witness.EnumOrdinal(field.DslName);
                var size = 1 + rng.Next(field.Members.Length - 1);     // 1 … members-1: never every member
                var set = new HashSet<int> { own };
                while (set.Count < size) set.Add(rng.Next(field.Members.Length));
                if (size >= 3)
                {
                    var complement = Enumerable.Range(0, field.Members.Length).Where(i => !set.Contains(i)).Select(i => field.Members[i]).ToList();
                    return new AtomSpec { Field = field.DslName, Op = "not_in", Values = complement };
                }
                return new AtomSpec { Field = field.DslName, Op = "in", Values = set.OrderBy(i => i).Select(i => field.Members[i]).ToList() };
            }
            default:
            {
                var v = witness.Number(field.DslName);
                var u = rng.NextDouble();
                u *= u; // mostly tight bounds
                var lower = v >= field.High || (v > field.Low && rng.Next(2) == 0);
                var strict = rng.Next(2) == 0;
                double t;
                if (lower)
                {
                    t = Snap(v - u * (v - field.Low), field.Step, down: true);
                    if (strict && t >= v) t = Snap(t - field.Step, field.Step, down: true);
                    if (t > v) t = Snap(v, field.Step, down: true);
                    var atom = new AtomSpec { Field = field.DslName, Op = strict ? ">" : ">=", Value = t };
                    return atom.Matches(witness) ? atom : new AtomSpec { Field = field.DslName, Op = ">", Value = Snap(v - field.Step, field.Step, down: true) };
                }
                else
                {
                    t = Snap(v + u * (Math.Max(field.High, v) - v), field.Step, down: false);
                    if (strict && t <= v) t = Snap(t + field.Step, field.Step, down: false);
                    if (t < v) t = Snap(v, field.Step, down: false);
                    var atom = new AtomSpec { Field = field.DslName, Op = strict ? "<" : "<=", Value = t };
                    return atom.Matches(witness) ? atom : new AtomSpec { Field = field.DslName, Op = "<", Value = Snap(v + field.Step, field.Step, down: false) };
                }
            }
        }
    }

    /// <summary>Rounds to the field's step, keeping two decimals at most so the DSL, C# and the engines read the same number.</summary>
    private static double Snap(double x, double step, bool down)
    {
        var k = x / step;
        var r = down ? Math.Floor(k + 1e-9) : Math.Ceiling(k - 1e-9);
        return Math.Round(r * step, 2);
    }

    private static void Report(RuleSetSpec spec, InputRow[] inputs)
    {
        var n = spec.Rules.Count;
        var decided = 0;
        double tested = 0;
        var hitCounts = new int[n];
        foreach (var row in inputs)
        {
            var i = InputSampler.FirstMatch(spec, row);
            if (i >= 0)
            {
                decided++;
                hitCounts[i]++;
                tested += i + 1;
            }
            else tested += n;
        }
        var atoms = spec.Rules.Average(r => r.When.Count);
        var distinctRules = hitCounts.Count(c => c > 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{spec.Name}: {n} rules, {atoms:0.0} conditions per rule; benchmark inputs: {100.0 * decided / inputs.Length:0.0}% decided by a rule ({distinctRules} distinct rules), {100.0 * (inputs.Length - decided) / inputs.Length:0.0}% by 'otherwise', {tested / inputs.Length:0.0} rules tested per decision on average"));
    }

    // ---------------------------------------------------------------- writers

    private static string SchemaDsl(string ns, bool header)
    {
        var sb = new StringBuilder();
        if (header) sb.Append("// Written by benchmarks/RuleSetScript: the schema every benchmark rule set reads. Do not edit; rerun the script.\n");
        sb.Append($"namespace {ns}\n\n");
        sb.Append($"enum Decision {{ {string.Join(", ", ApplicantSchema.Decisions)} }}\n\n");
        sb.Append($"enum EmploymentType {{ {string.Join(", ", ApplicantSchema.Employment)} }}\n\n");
        sb.Append($"enum LoanPurpose {{ {string.Join(", ", ApplicantSchema.Purposes)} }}\n\n");
        sb.Append("schema Applicant {\n");
        foreach (var f in ApplicantSchema.Fields.Where(f => f.Kind != FieldKind.Derived))
        {
            var type = f.Kind switch
            {
                FieldKind.Int => "int",
                FieldKind.Float => "float",
                FieldKind.Bool => "bool",
                _ => f.DslName == "employment" ? "EmploymentType" : "LoanPurpose",
            };
            sb.Append($"    {f.DslName}: {type}\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string RuleSetDsl(RuleSetSpec spec, string ns, bool header)
    {
        var sb = new StringBuilder();
        if (header)
        {
            sb.Append($"// Written by benchmarks/RuleSetScript from seed {spec.Seed}: {spec.Rules.Count} first-match rules. Do not edit; rerun the script.\n");
            sb.Append($"namespace {ns}\n\n");
        }
        sb.Append($"rules {spec.Name}(Applicant) -> Decision {{\n");
        sb.Append("    policy first\n\n");
        sb.Append("    let debt_ratio = debt / income\n");
        sb.Append("    let loan_to_income = loan_amount / income\n\n");
        foreach (var rule in spec.Rules)
        {
            sb.Append($"    rule {rule.Name} when {string.Join(" and ", rule.When.Select(DslAtom))} => {rule.Outcome}\n");
        }
        sb.Append($"    otherwise {spec.Otherwise} because \"no rule matched\"\n");
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string DslAtom(AtomSpec atom) => atom.Op switch
    {
        "is" => atom.Value != 0 ? atom.Field : "not " + atom.Field,
        "in" when atom.Values!.Count == 1 => $"{atom.Field} == {atom.Values[0]}",
        "in" => $"{atom.Field} in {{ {string.Join(", ", atom.Values!)} }}",
        "not_in" when atom.Values!.Count == 1 => $"{atom.Field} != {atom.Values[0]}",
        "not_in" => $"{atom.Field} not in {{ {string.Join(", ", atom.Values!)} }}",
        _ => $"{atom.Field} {atom.Op} {atom.FormatValue()}",
    };

    private static string HandWritten(RuleSetSpec spec, int n)
    {
        var sb = new StringBuilder();
        sb.Append($"// Written by benchmarks/RuleSetScript from seed {spec.Seed}. Do not edit; rerun the script.\n");
        sb.Append("using ModelDsl.Runtime.Rules;\n\n");
        sb.Append($"namespace {Namespace};\n\n");
        sb.Append($"/// <summary>Rule set {spec.Name} as a person would write it in C#: the floor the generated code is measured against.</summary>\n");
        sb.Append($"public static class HandWritten{n}\n{{\n");
        sb.Append("    /// <summary>The first matching rule decides; the same decision (outcome, rule index and name) as the generated Evaluate.</summary>\n");
        sb.Append("    public static RuleDecision<Decision> Evaluate(in Applicant input)\n    {\n");
        if (spec.Rules.Any(r => r.When.Any(a => a.Field == "debt_ratio"))) sb.Append("        var debtRatio = (double)input.Debt / input.Income;\n");
        if (spec.Rules.Any(r => r.When.Any(a => a.Field == "loan_to_income"))) sb.Append("        var loanToIncome = (double)input.LoanAmount / input.Income;\n");
        for (var i = 0; i < spec.Rules.Count; i++)
        {
            var rule = spec.Rules[i];
            sb.Append($"        if ({string.Join(" && ", rule.When.Select(CSharpAtom))})\n");
            sb.Append($"            return new(Decision.{ApplicantSchema.Pascal(rule.Outcome)}, {i}, \"{rule.Name}\", null);\n");
        }
        sb.Append($"        return new(Decision.{ApplicantSchema.Pascal(spec.Otherwise)}, RuleDecision<Decision>.OtherwiseIndex, \"otherwise\", \"no rule matched\");\n");
        sb.Append("    }\n}\n");
        return sb.ToString();
    }

    /// <summary>Rules per method in the chunked variant: small enough that the JIT optimizes every method.</summary>
    private const int ChunkSize = 100;

    /// <summary>
    /// The same rules split into methods of <see cref="ChunkSize"/> rules. A single method with 1000 rules is
    /// about 85 KB of IL, past the JIT's limit for optimizing (it runs as unoptimized "MinOpts" code forever);
    /// this variant shows what splitting would gain.
    /// </summary>
    private static string HandWrittenChunked(RuleSetSpec spec, int n)
    {
        var sb = new StringBuilder();
        sb.Append($"// Written by benchmarks/RuleSetScript from seed {spec.Seed}. Do not edit; rerun the script.\n");
        sb.Append("using ModelDsl.Runtime.Rules;\n\n");
        sb.Append($"namespace {Namespace};\n\n");
        sb.Append($"/// <summary>Rule set {spec.Name} by hand, split into methods of {ChunkSize} rules so that the JIT optimizes each of them.</summary>\n");
        sb.Append($"public static class HandWrittenChunked{n}\n{{\n");
        sb.Append("    /// <summary>The first matching rule decides; the same decision as <see cref=\"HandWritten" + n + ".Evaluate\"/>.</summary>\n");
        sb.Append("    public static RuleDecision<Decision> Evaluate(in Applicant input)\n    {\n");
        sb.Append("        var debtRatio = (double)input.Debt / input.Income;\n");
        sb.Append("        var loanToIncome = (double)input.LoanAmount / input.Income;\n");
        var chunks = (spec.Rules.Count + ChunkSize - 1) / ChunkSize;
        for (var c = 0; c < chunks; c++)
        {
            sb.Append($"        if (Chunk{c}(in input, debtRatio, loanToIncome, out var decision{c})) return decision{c};\n");
        }
        sb.Append($"        return new(Decision.{ApplicantSchema.Pascal(spec.Otherwise)}, RuleDecision<Decision>.OtherwiseIndex, \"otherwise\", \"no rule matched\");\n");
        sb.Append("    }\n");
        for (var c = 0; c < chunks; c++)
        {
            sb.Append($"\n    private static bool Chunk{c}(in Applicant input, double debtRatio, double loanToIncome, out RuleDecision<Decision> decision)\n    {{\n");
            for (var i = c * ChunkSize; i < System.Math.Min(spec.Rules.Count, (c + 1) * ChunkSize); i++)
            {
                var rule = spec.Rules[i];
                sb.Append($"        if ({string.Join(" && ", rule.When.Select(CSharpAtom))})\n");
                sb.Append($"        {{\n            decision = new(Decision.{ApplicantSchema.Pascal(rule.Outcome)}, {i}, \"{rule.Name}\", null);\n            return true;\n        }}\n");
            }
            sb.Append("        decision = default;\n        return false;\n    }\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string CSharpAtom(AtomSpec atom)
    {
        var field = ApplicantSchema.Field(atom.Field);
        var enumType = atom.Field == "employment" ? "EmploymentType" : "LoanPurpose";
        return atom.Op switch
        {
            "is" => atom.Value != 0 ? "input.HasCollateral" : "!input.HasCollateral",
            "in" when atom.Values!.Count == 1 => $"input.{field.Property} == {enumType}.{ApplicantSchema.Pascal(atom.Values[0])}",
            "in" => $"(input.{field.Property} is {string.Join(" or ", atom.Values!.Select(v => enumType + "." + ApplicantSchema.Pascal(v)))})",
            "not_in" when atom.Values!.Count == 1 => $"input.{field.Property} != {enumType}.{ApplicantSchema.Pascal(atom.Values[0])}",
            "not_in" => $"input.{field.Property} is not ({string.Join(" or ", atom.Values!.Select(v => enumType + "." + ApplicantSchema.Pascal(v)))})",
            _ => field.Kind switch
            {
                FieldKind.Derived => $"{field.Property} {atom.Op} {CSharpDouble(atom.Value)}",
                FieldKind.Float => $"input.{field.Property} {atom.Op} {atom.FormatValue()}f",
                _ => $"input.{field.Property} {atom.Op} {atom.FormatValue()}",
            },
        };
    }

    private static string CSharpDouble(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
