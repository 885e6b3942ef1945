using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ModelDsl.Benchmarks.Rules;

namespace ModelDsl.Benchmarks;

public static class Program
{
    /// <summary>
    /// BenchmarkDotNet's command line (e.g. <c>--filter '*' --job short</c>), plus two probes of our own:
    /// <c>verify</c> (do all evaluators agree on all inputs, and where do decisions fall) and
    /// <c>generator-scaling</c> (one cold generator run per rule-set size, and the first run in this process),
    /// <c>rule-scaling</c> (generator, emitted size and C# compile of one rule set from 100 to 10,000 rules; RuleScaling.cs).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "verify") return Verify();
        if (args.Length > 0 && args[0] == "generator-scaling") return GeneratorScaling();
        if (args.Length > 0 && args[0] == "rule-scaling") return RuleScaling.Run(args);
        if (args.Length > 0 && args[0] == "rule-scaling-one") return RuleScaling.One(int.Parse(args[1], CultureInfo.InvariantCulture));
        if (args.Length > 0 && args[0] == "generator-stages") return GeneratorStages(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
        if (args.Length > 0 && args[0] == "ab") return InterleavedRatio(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 31);

        // BenchmarkDotNet rebuilds the referenced projects into its own output folder; compiling Rules1000.mlmodel
        // alone takes the generator about a minute on a 2-core machine, more than the default 2-minute build timeout.
        var config = DefaultConfig.Instance
            .WithArtifactsPath(Path.Combine(ProjectDirectory(), "BenchmarkDotNet.Artifacts"))
            .WithBuildTimeout(TimeSpan.FromMinutes(20));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ModelDsl.Benchmarks.csproj"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }

    private static int Verify()
    {
        var inputs = BenchmarkRuleSets.CreateInputs();
        foreach (var size in BenchmarkRuleSets.Sizes)
        {
            var spec = BenchmarkRuleSets.LoadSpec(size);
            Console.WriteLine(BenchmarkRuleSets.Verify(size, inputs, RulesEngineEvaluator.Create(spec), NRulesEvaluator.Create(spec)));
        }
        return 0;
    }

    private static int GeneratorScaling()
    {
        var compilation = GeneratorHarness.EmptyCompilation();
        var corpus = GeneratorHarness.Corpus();
        var watch = Stopwatch.StartNew();
        var first = GeneratorHarness.NewDriver(corpus).RunGenerators(compilation);
        var firstMs = watch.Elapsed.TotalMilliseconds;
        GeneratorHarness.Check(first.GetRunResult(), corpus.Length);
        Console.WriteLine(Invariant($"First generator run in this process (JIT included), 100 corpus files: {firstMs:0.0} ms"));

        foreach (var size in BenchmarkRuleSets.Sizes)
        {
            var texts = GeneratorHarness.RuleSet(size);
            var times = Enumerable.Range(0, size >= 1000 ? 1 : 5).Select(_ =>
            {
                var w = Stopwatch.StartNew();
                var driver = GeneratorHarness.NewDriver(texts).RunGenerators(compilation);
                var ms = w.Elapsed.TotalMilliseconds;
                GeneratorHarness.Check(driver.GetRunResult(), texts.Length);
                return ms;
            }).OrderBy(t => t).ToList();
            Console.WriteLine(Invariant($"Cold generator run, Applicant.mlmodel + Rules{size}.mlmodel: {times[times.Count / 2]:0.0} ms (median of {times.Count}); {Stages(texts)}"));
        }
        return 0;
    }

    /// <summary>
    /// Where a cold run over the 100 corpus files goes, stage by stage (the generator's stages called directly,
    /// after warm-up): median milliseconds and bytes allocated per stage over <paramref name="rounds"/> rounds,
    /// and the whole driver run (new driver each round) beside them.
    /// </summary>
    private static int GeneratorStages(int rounds)
    {
        var compilation = GeneratorHarness.EmptyCompilation();
        var corpus = GeneratorHarness.Corpus();
        var texts = corpus.Select(t => (t.Path, Text: t.GetText()!.ToString())).ToArray();
        var options = new Generator.Semantics.GeneratorOptions("Corpus", GeneratorHarness.ProjectDirectory);
        string[] names = { "parse", "index", "bind + rule analysis", "emit", "driver cold run" };
        var ms = names.Select(_ => new double[rounds]).ToArray();
        var bytes = names.Select(_ => new long[rounds]).ToArray();
        for (var r = -3; r < rounds; r++)
        {
            var stage = 0;
            var w = Stopwatch.StartNew();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            void Lap()
            {
                if (r >= 0)
                {
                    ms[stage][r] = w.Elapsed.TotalMilliseconds;
                    bytes[stage][r] = GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
                stage++;
                allocated = GC.GetAllocatedBytesForCurrentThread();
                w.Restart();
            }
            var parsed = texts.Select(t => Generator.ModelDslGenerator.ParseFile(t.Path, t.Text, options, default)).ToList();
            Lap();
            var index = Generator.Semantics.DeclarationIndex.Build(parsed.Select(Generator.Semantics.DeclarationIndex.Of).ToImmutableArray());
            Lap();
            var bound = parsed.Select(p => Generator.ModelDslGenerator.BindFile(p, index, default)).ToList();
            Lap();
            var emitted = bound.Select(b => Generator.ModelDslGenerator.EmitFile(b.Value)).ToList();
            Lap();
            GeneratorHarness.NewDriver(corpus).RunGenerators(compilation);
            Lap();
        }
        Console.WriteLine(Invariant($"Generator stages over the 100 corpus files, median of {rounds} rounds after 3 warm-up rounds:"));
        for (var s = 0; s < names.Length; s++)
            Console.WriteLine(Invariant($"  {names[s],-22} {ms[s].OrderBy(v => v).ElementAt(rounds / 2),9:0.0} ms  {bytes[s].OrderBy(v => v).ElementAt(rounds / 2) / 1048576.0,8:0.0} MiB"));
        return 0;
    }

    /// <summary>
    /// Generated vs hand-written, interleaved in one process: each round times both (in alternating order) over
    /// the 1024 inputs, and the ratio is the median of the per-round ratios. On a shared, noisy machine this is
    /// steadier than comparing two BenchmarkDotNet processes that ran minutes apart.
    /// </summary>
    private static int InterleavedRatio(int rounds)
    {
        var inputs = BenchmarkRuleSets.CreateInputs();
        foreach (var size in BenchmarkRuleSets.Sizes)
        {
            var reps = size switch { 10 => 2000, 100 => 300, _ => 30 };
            var ratios = new double[rounds];
            var hand = new double[rounds];
            var generated = new double[rounds];
            var sink = 0;
            for (var warm = 0; warm < 3; warm++)
            {
                sink += Loop(size, inputs, reps, generatedCode: false);
                sink += Loop(size, inputs, reps, generatedCode: true);
            }
            for (var r = 0; r < rounds; r++)
            {
                var handFirst = r % 2 == 0;
                var a = Time(size, inputs, reps, generatedCode: !handFirst, ref sink);
                var b = Time(size, inputs, reps, generatedCode: handFirst, ref sink);
                (generated[r], hand[r]) = handFirst ? (b, a) : (a, b);
                ratios[r] = generated[r] / hand[r];
            }
            Console.WriteLine(Invariant($"Rules{size}: hand-written {Median(hand):0.00} ns, generated {Median(generated):0.00} ns per decision; generated/hand-written {Median(ratios):0.000} (median of {rounds} interleaved rounds; min {ratios.Min():0.000}, max {ratios.Max():0.000}) [{sink % 2}]"));
        }
        return 0;

        static double Time(int size, Applicant[] inputs, int reps, bool generatedCode, ref int sink)
        {
            var w = Stopwatch.StartNew();
            sink += Loop(size, inputs, reps, generatedCode);
            return w.Elapsed.TotalNanoseconds / ((double)reps * inputs.Length);
        }

        static double Median(double[] values) => values.OrderBy(v => v).ElementAt(values.Length / 2);
    }

    private static int Loop(int size, Applicant[] inputs, int reps, bool generatedCode)
    {
        var sum = 0;
        for (var r = 0; r < reps; r++)
        {
            switch (size, generatedCode)
            {
                case (10, true): for (var i = 0; i < inputs.Length; i++) sum += Rules10.Evaluate(in inputs[i]).RuleIndex; break;
                case (10, false): for (var i = 0; i < inputs.Length; i++) sum += HandWritten10.Evaluate(in inputs[i]).RuleIndex; break;
                case (100, true): for (var i = 0; i < inputs.Length; i++) sum += Rules100.Evaluate(in inputs[i]).RuleIndex; break;
                case (100, false): for (var i = 0; i < inputs.Length; i++) sum += HandWritten100.Evaluate(in inputs[i]).RuleIndex; break;
                case (_, true): for (var i = 0; i < inputs.Length; i++) sum += Rules1000.Evaluate(in inputs[i]).RuleIndex; break;
                default: for (var i = 0; i < inputs.Length; i++) sum += HandWritten1000.Evaluate(in inputs[i]).RuleIndex; break;
            }
        }
        return sum;
    }

    /// <summary>Where one run's time goes: the generator's own stages, called directly (internals visible to this assembly).</summary>
    internal static string Stages(ImmutableArray<Microsoft.CodeAnalysis.AdditionalText> texts)
    {
        var options = new Generator.Semantics.GeneratorOptions("Corpus", GeneratorHarness.ProjectDirectory);
        var w = Stopwatch.StartNew();
        var parsed = texts.Select(t => Generator.ModelDslGenerator.ParseFile(t.Path, t.GetText()!.ToString(), options, default)).ToList();
        var parse = w.Elapsed.TotalMilliseconds;
        w.Restart();
        var index = Generator.Semantics.DeclarationIndex.Build(parsed.Select(Generator.Semantics.DeclarationIndex.Of).ToImmutableArray());
        var bound = parsed.Select(p => Generator.ModelDslGenerator.BindFile(p, index, default)).ToList();
        var bind = w.Elapsed.TotalMilliseconds;
        w.Restart();
        var emitted = bound.Select(b => Generator.ModelDslGenerator.EmitFile(b.Value)).ToList();
        var emit = w.Elapsed.TotalMilliseconds;
        return Invariant($"stages: parse {parse:0.0} ms, bind and rule analysis {bind:0.0} ms, emit {emit:0.0} ms ({emitted.Sum(e => e.Text.Length) / 1024} KiB of C#)");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
