using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelDsl.Generator;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Cli;

/// <summary>
/// The steps the commands share: find the <c>.mlmodel</c> files, run the generator over them as one project (so a
/// schema in one file is found from another), print its diagnostics in the compiler's format, and compile the
/// generated code in memory to reach each model's generated <c>Commands</c> class.
/// </summary>
internal static class InMemoryDeclarations
{
    /// <summary>The files named, and the <c>.mlmodel</c> files under the folders named; null (with a message) when none.</summary>
    public static List<string>? Files(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*.mlmodel", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else
            {
                Console.Error.WriteLine($"'{path}' is not a file or a folder.");
                return null;
            }
        }
        if (files.Count == 0) Console.Error.WriteLine("No .mlmodel files found.");
        return files.Count == 0 ? null : files;
    }

    /// <summary>Runs the generator over the files as one project; its diagnostics in file and position order.</summary>
    public static (Compilation Output, IReadOnlyList<Diagnostic> Diagnostics) Generate(IReadOnlyList<string> files, Compilation compilation)
    {
        var texts = files.Select(f => (AdditionalText)new FileText(Path.GetFullPath(f))).ToImmutableArray();
        var options = new BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "ModelDsl.Tool" });
        var driver = CSharpGeneratorDriver.Create(new[] { new ModelDslGenerator().AsSourceGenerator() }, texts, CSharpParseOptions.Default, options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var found = diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToList();
        return (output, found);
    }

    /// <summary>
    /// Prints diagnostics in the compiler's format (<c>file(line,column): error MDSL0101: …</c>); returns the number of
    /// errors. MDSL0134 (a network without ModelDsl.Runtime.Torch) is left out: it is never a mistake in the file, and
    /// the tool carries the Torch runtime.
    /// </summary>
    public static int Print(IEnumerable<Diagnostic> diagnostics, TextWriter to)
    {
        var errors = 0;
        foreach (var d in diagnostics.Where(d => d.Id != "MDSL0134"))
        {
            var span = d.Location.GetLineSpan();
            var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            if (d.Severity == DiagnosticSeverity.Error) errors++;
            to.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetRelativePath(Environment.CurrentDirectory, span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}"));
        }
        return errors;
    }

    /// <summary>An empty compilation referencing what generated models call: ModelDsl.Runtime, ModelDsl.Runtime.Torch and TorchSharp.</summary>
    public static CSharpCompilation ModelCompilation(string name)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(ModelSpec).Assembly.Location)
            .Append(typeof(ModelDsl.Runtime.Torch.TrainedNetwork).Assembly.Location)
            .Append(typeof(TorchSharp.torch).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create(name, references: references,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The generated code compiled into an assembly image; null (the compiler's errors printed) if it does not compile.</summary>
    public static byte[]? Emit(Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (emitted.Success) return image.ToArray();
        foreach (var d in emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) Console.Error.WriteLine(d);
        return null;
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }

    private sealed class BuildProperties(IDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var v);
                value = v ?? "";
                return found;
            }
        }
    }
}
