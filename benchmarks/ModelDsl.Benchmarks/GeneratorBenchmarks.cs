using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelDsl.Generator;

namespace ModelDsl.Benchmarks;

/// <summary>
/// The ModelDsl generator under Roslyn's CSharpGeneratorDriver over the 100 files of GeneratorCorpus/:
/// a cold run (a new driver each operation: parse, bind, analyse and emit every file, parse the output)
/// and a no-op rerun (a driver that has run once, run again on the same compilation and texts).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _texts;
    private GeneratorDriver _ranOnce = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = GeneratorHarness.Corpus();
        _compilation = GeneratorHarness.EmptyCompilation();
        _ranOnce = GeneratorHarness.NewDriver(_texts).RunGenerators(_compilation);
        var result = _ranOnce.GetRunResult();
        GeneratorHarness.Check(result, _texts.Length);
    }

    [Benchmark(Description = "Cold run, 100 files")]
    public GeneratorDriver ColdRun() => GeneratorHarness.NewDriver(_texts).RunGenerators(_compilation);

    [Benchmark(Description = "No-op rerun, 100 files")]
    public GeneratorDriver NoOpRerun() => _ranOnce.RunGenerators(_compilation);
}

/// <summary>What the generator benchmarks and the scaling probe share.</summary>
public static class GeneratorHarness
{
    public const string ProjectDirectory = "/bench/corpus/";

    /// <summary>The 100 corpus files, as a build passes them (AdditionalFiles with full paths).</summary>
    public static ImmutableArray<AdditionalText> Corpus() => Resources("corpus/");

    /// <summary>Applicant.mlmodel and the rule set of the given size (the files the RuleSets library compiles).</summary>
    public static ImmutableArray<AdditionalText> RuleSet(int size) =>
        Resources("rulesets/").Where(t => Path.GetFileName(t.Path) is var name && (name == "Applicant.mlmodel" || name == $"Rules{size}.mlmodel")).ToImmutableArray();

    private static ImmutableArray<AdditionalText> Resources(string prefix)
    {
        var assembly = typeof(GeneratorHarness).Assembly;
        var texts = new List<AdditionalText>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            texts.Add(new MemoryText(ProjectDirectory + name.Substring(prefix.Length), reader.ReadToEnd()));
        }
        if (texts.Count == 0) throw new InvalidOperationException($"no embedded resources under '{prefix}'");
        return texts.ToImmutableArray();
    }

    /// <summary>An in-memory .mlmodel file under the project directory.</summary>
    public static AdditionalText Text(string fileName, string text) => new MemoryText(ProjectDirectory + fileName, text);

    /// <summary>The generator reads only AdditionalTexts and options, so the compilation is an empty one.</summary>
    public static CSharpCompilation EmptyCompilation() => CSharpCompilation.Create(
        "Corpus",
        Array.Empty<SyntaxTree>(),
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver NewDriver(ImmutableArray<AdditionalText> texts) => CSharpGeneratorDriver.Create(
        new[] { new ModelDslGenerator().AsSourceGenerator() },
        texts,
        new CSharpParseOptions(LanguageVersion.Latest),
        new Options());

    /// <summary>Every file yields one source and no diagnostic (the corpus is warning-free).</summary>
    public static void Check(GeneratorDriverRunResult result, int files)
    {
        var generator = result.Results.Single();
        if (generator.Exception is not null) throw new InvalidOperationException("the generator threw", generator.Exception);
        if (!result.Diagnostics.IsEmpty) throw new InvalidOperationException("the generator reported: " + string.Join("; ", result.Diagnostics.Take(5)));
        if (generator.GeneratedSources.Length != files) throw new InvalidOperationException($"{generator.GeneratedSources.Length} sources for {files} files");
    }

    private sealed class MemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The build properties a project passes (CompilerVisibleProperty in ModelDsl.props).</summary>
    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions s_global = new(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Corpus",
            ["build_property.ProjectDir"] = ProjectDirectory,
        });

        private static readonly DictionaryOptions s_empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => s_global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
