using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelDsl.Generator;

namespace ModelDsl.Tests.Infrastructure;

/// <summary>An in-memory .mlmodel file given to the generator as an AdditionalText.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, string? text)
    {
        Path = path;
        _text = text is null ? null : SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Global build properties as the compiler passes them to generators.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestOptions _global;

    public TestOptionsProvider(IDictionary<string, string> global) => _global = new TestOptions(global);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());
        private readonly IDictionary<string, string> _values;

        public TestOptions(IDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            var found = _values.TryGetValue(key, out var v);
            value = v ?? "";
            return found;
        }
    }
}

/// <summary>The outcome of running the generator over some files: generated sources, all diagnostics, the compiled result.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Diagnostics the generator reported (MDSL…) plus generator failures (CS8784/CS8785).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => GeneratorDiagnostics.Concat(Result.Diagnostics).Distinct().ToList();

    public IReadOnlyList<Diagnostic> Mdsl => Diagnostics.Where(d => d.Id.StartsWith("MDSL", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    /// <summary>C# diagnostics of the compilation with the generated code (warnings included).</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}

public static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator);
        var runtime = typeof(ModelDsl.Runtime.Rules.RuleExplanation).Assembly.Location;
        return trusted.Where(p => System.IO.Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || System.IO.Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(runtime)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    /// <summary>The references plus ModelDsl.Runtime.Torch and TorchSharp, as a project with networks has.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_torchReferences = new(() =>
        s_references.Value
            .Add(MetadataReference.CreateFromFile(typeof(ModelDsl.Runtime.Torch.TrainedNetwork).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(TorchSharp.torch).Assembly.Location)));

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static CSharpCompilation CreateCompilation(params string[] csharpSources) => CreateCompilation(true, csharpSources);

    /// <param name="withTorch">Whether the project references ModelDsl.Runtime.Torch (networks compile only then).</param>
    public static CSharpCompilation CreateCompilation(bool withTorch, params string[] csharpSources) =>
        CSharpCompilation.Create(
            "ModelDslTestAssembly",
            csharpSources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/project/Code{i}.cs")),
            withTorch ? s_torchReferences.Value : s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, string rootNamespace = "Test.Models", bool track = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new ModelDslGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new TestOptionsProvider(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = rootNamespace,
                ["build_property.ProjectDir"] = ProjectDir,
            }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs the generator over .mlmodel texts given as (file name, text).</summary>
    public static GeneratorRun Run(params (string Name, string Text)[] files) => Run(files, Array.Empty<string>());

    public static GeneratorRun Run(IEnumerable<(string Name, string Text)> files, IEnumerable<string> csharpSources, bool withTorch = true)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDir + f.Name, f.Text)).ToList();
        return RunDriver(CreateDriver(texts), CreateCompilation(withTorch, csharpSources.ToArray()));
    }

    public static GeneratorRun RunDriver(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Runs the generator on one file and returns its diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> DiagnosticsOf(string text, string name = "Test.mlmodel") => Run((name, text)).Diagnostics;

    /// <summary>The one diagnostic with <paramref name="id"/> that <paramref name="source"/> gets (fails listing all of them otherwise).</summary>
    public static Diagnostic SingleDiagnostic(string source, string id)
    {
        var diagnostics = DiagnosticsOf(source);
        var found = diagnostics.Where(d => d.Id == id).ToList();
        Xunit.Assert.True(found.Count == 1, $"expected one {id}; got:\n{string.Join("\n", diagnostics)}");
        return found[0];
    }

    /// <summary>The text of <paramref name="source"/> a diagnostic is located on.</summary>
    public static string SpanOf(string source, Diagnostic d) => source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length);

    /// <summary>Runs a program to its end (see <see cref="TestRepository.RunProcess"/>).</summary>
    public static (int ExitCode, string Output) RunProcess(string file, string arguments, string workingDirectory, TimeSpan timeout) =>
        TestRepository.RunProcess(file, arguments, workingDirectory, timeout);

    /// <summary>The repository root (the folder holding ModelDsl.sln).</summary>
    public static string RepositoryRoot => TestRepository.Root;
}
