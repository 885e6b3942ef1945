using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelDsl.Benchmarks;

/// <summary>
/// <c>rule-scaling [sizes…]</c>: how the cost of one large first-match rule set grows with its size (issue 12 §10):
/// per size, in a fresh child process, one cold generator run (the driver, as a build runs it), the characters of C#
/// it emits, then the C# compile of that output (Roslyn in process, Release, as a project compiles it) and the peak
/// resident memory of that compile (Linux: VmHWM, reset through /proc/self/clear_refs just before it).
/// The rule sets are written here from a fixed seed, over the benchmark schema: 2 to 4 tests per rule on the
/// benchmark fields' grids, two <c>let</c> ratios, a <c>because</c> on every tenth rule, an arithmetic test the rule
/// index cannot express on every fiftieth, <c>otherwise review</c>.
/// </summary>
public static class RuleScaling
{
    public static readonly int[] DefaultSizes = { 100, 1000, 2000, 5000, 9000 }; // 10,000 of these rules are over the 1 MB input limit

    public static int Run(string[] args)
    {
        var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : DefaultSizes;
        Console.WriteLine($"load average {string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        Console.WriteLine("| rules | input | generator (cold run; wall, CPU) | emitted C# | C# compile (wall, CPU) | peak memory of the process during the compile |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var n in sizes)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!, new[] { "rule-scaling-one", n.ToString(CultureInfo.InvariantCulture) })
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var child = Process.Start(start)!;
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            Console.WriteLine(child.ExitCode == 0 ? line : $"| {n} | child failed (exit {child.ExitCode}): {line} |");
        }
        Console.WriteLine($"load average {string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        return 0;
    }

    /// <summary>One size, in this (fresh) process: prints one table row.</summary>
    public static int One(int n)
    {
        var texts = ImmutableArray.Create<AdditionalText>(
            GeneratorHarness.Text("Applicant.mlmodel", SchemaText),
            GeneratorHarness.Text($"Scale{n}.mlmodel", RuleSetText(n)));
        var inputChars = texts.Sum(t => t.GetText()!.Length);

        // A warm-up on a small set, generated and compiled, so the figures are the run's own work and not the JIT of the
        // generator and the compiler (a build's compiler server is warm too).
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(ModelDsl.Runtime.Rules.RuleIndexing).Assembly.Location))
            .ToList();
        var warm = GeneratorHarness.NewDriver(ImmutableArray.Create<AdditionalText>(
            GeneratorHarness.Text("Applicant.mlmodel", SchemaText), GeneratorHarness.Text("Warm.mlmodel", RuleSetText(150)))).RunGenerators(GeneratorHarness.EmptyCompilation());
        Compile("Warm", warm.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText).ToList(), references);

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var driver = GeneratorHarness.NewDriver(texts).RunGenerators(GeneratorHarness.EmptyCompilation());
        var generatorMs = watch.Elapsed.TotalMilliseconds;
        var generatorCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var result = driver.GetRunResult();
        var generated = result.Results.Single();
        if (generated.Exception is not null) throw new InvalidOperationException("the generator threw", generated.Exception);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("the generator reported: " + string.Join("; ", errors.Take(5)));
        var warnings = result.Diagnostics.Length;
        var stages = Environment.GetEnvironmentVariable("RULE_SCALING_STAGES") is null ? "" : "; " + Program.Stages(texts);
        var trees = generated.GeneratedSources.Select(s => s.SyntaxTree).ToList();
        var emittedChars = generated.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        var dump = Environment.GetEnvironmentVariable("RULE_SCALING_DUMP");
        if (dump is not null)
        {
            foreach (var s in generated.GeneratedSources) File.WriteAllText(Path.Combine(dump, s.HintName), s.SourceText.ToString());
        }

        if (Environment.GetEnvironmentVariable("RULE_SCALING_NO_COMPILE") is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n:N0} | {inputChars / 1024.0:N0} KiB | {generatorMs / 1000:0.00} s ({generatorCpu:0.00} s CPU) | {emittedChars / 1e6:0.00} M chars | (not compiled) | {stages} |"));
            return 0;
        }

        // The compile: fresh syntax trees from the text (a build parses the generator's output itself).
        var sources = generated.GeneratedSources.Select(s => s.SourceText).ToList();
        driver = null!;
        warm = null!;
        result = null!;
        generated = default;
        trees.Clear();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = ResidentKiB("VmRSS");
        ResetPeak();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        var (emit, peLength) = Compile("Scale" + n, sources, references);
        var compileMs = watch.Elapsed.TotalMilliseconds;
        var compileCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peak = ResidentKiB("VmHWM");
        if (!emit.Success) throw new InvalidOperationException("the generated C# does not compile: " + string.Join("; ", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        var compilerWarnings = emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n:N0} | {inputChars / 1024.0:N0} KiB | {generatorMs / 1000:0.00} s ({generatorCpu:0.00} s CPU) | {emittedChars / 1e6:0.00} M chars | {compileMs / 1000:0.0} s ({compileCpu:0.0} s CPU) | {peak / 1024.0:N0} MiB ({(peak - baseline) / 1024.0:N0} MiB above the {baseline / 1024.0:N0} MiB before it); assembly {peLength / 1024.0:N0} KiB; {warnings} generator / {compilerWarnings} compiler warnings{stages} |"));
        return 0;
    }

    private static (Microsoft.CodeAnalysis.Emit.EmitResult Result, long Length) Compile(string name, List<Microsoft.CodeAnalysis.Text.SourceText> sources, List<PortableExecutableReference> references)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            name,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, "g" + i + ".cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var peStream = new MemoryStream();
        var emit = compilation.Emit(peStream);
        return (emit, peStream.Length);
    }

    private static long ResidentKiB(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(field.Length + 1).Trim().ToString().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        return -1;
    }

    /// <summary>Resets VmHWM to the current resident size (Linux 4.0+), so it measures the compile alone.</summary>
    private static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private const string SchemaText = """
        namespace Scale.Rules

        enum Decision { approve, approve_with_conditions, review, reject }

        enum EmploymentType { salaried, self_employed, contractor, unemployed, retired }

        enum LoanPurpose { home, car, education, business, personal }

        schema Applicant {
            age: int
            income: float
            debt: float
            loan_amount: float
            credit_score: int
            late_payments: int
            employment: EmploymentType
            purpose: LoanPurpose
            has_collateral: bool
        }

        """;

    /// <summary>A seeded first-match rule set of <paramref name="n"/> rules (deterministic: the same text every time).</summary>
    public static string RuleSetText(int n)
    {
        var rng = new Random(20_261_202 + n);
        var text = new StringBuilder();
        text.Append("namespace Scale.Rules\n\n");
        text.Append($"rules Scale{n}(Applicant) -> Decision {{\n    policy first\n\n");
        text.Append("    let debt_ratio = debt / income\n    let loan_to_income = loan_amount / income\n\n");
        string[] outcomes = { "approve", "approve_with_conditions", "review", "reject" };
        (string Name, double Low, double High, double Step)[] numbers =
        {
            ("age", 18, 80, 1), ("income", 12_000, 250_000, 250), ("debt", 0, 200_000, 250), ("loan_amount", 1_000, 500_000, 250),
            ("credit_score", 300, 850, 1), ("late_payments", 0, 9, 1), ("debt_ratio", 0, 0.9, 0.01), ("loan_to_income", 0, 12, 0.05),
        };
        string[] employment = { "salaried", "self_employed", "contractor", "unemployed", "retired" };
        string[] purposes = { "home", "car", "education", "business", "personal" };
        string[] ops = { "<", "<=", ">", ">=" };
        for (var k = 1; k <= n; k++)
        {
            var tests = new List<string>();
            var count = 2 + rng.Next(3);
            var fields = Enumerable.Range(0, 11).OrderBy(_ => rng.Next()).Take(count).OrderBy(f => f).ToList();
            foreach (var f in fields)
            {
                if (f < 8)
                {
                    var (name, low, high, step) = numbers[f];
                    var steps = (int)Math.Round((high - low) / step);
                    var t = Math.Round(low + step * rng.Next(steps + 1), 2);
                    tests.Add($"{name} {ops[rng.Next(4)]} {t.ToString(CultureInfo.InvariantCulture)}");
                }
                else if (f == 10) tests.Add(rng.Next(2) == 0 ? "has_collateral" : "not has_collateral");
                else
                {
                    var (name, members) = f == 8 ? ("employment", employment) : ("purpose", purposes);
                    var picked = members.Where(_ => rng.Next(3) == 0).ToList();
                    if (picked.Count == 0) picked.Add(members[rng.Next(members.Length)]);
                    if (picked.Count == members.Length) picked.RemoveAt(0);
                    tests.Add(picked.Count == 1 ? $"{name} == {picked[0]}" : rng.Next(2) == 0 ? $"{name} in {{ {string.Join(", ", picked)} }}" : $"{name} not in {{ {string.Join(", ", picked)} }}");
                }
            }
            if (k % 50 == 0) tests.Add($"debt + loan_amount > {(100_000 + 250 * rng.Next(1600)).ToString(CultureInfo.InvariantCulture)}");
            text.Append($"  rule r{k:D5} when {string.Join(" and ", tests)} => {outcomes[rng.Next(4)]}");
            if (k % 10 == 0) text.Append($" because \"reason {k}\"");
            text.Append('\n');
        }
        text.Append("\n    otherwise review because \"no rule matched\"\n}\n");
        return text.ToString();
    }
}
