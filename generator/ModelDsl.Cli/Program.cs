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
using ModelDsl.Runtime.ModelFiles;
using Spectre.Console;

namespace ModelDsl.Cli;

/// <summary><c>modeldsl check</c> and <c>modeldsl inspect</c>.</summary>
public static class Program
{
    private const string Usage = """
        modeldsl check <file.mlmodel | folder>...   check declarations with the build's diagnostics (exit 1 on errors)
        modeldsl inspect <model file>               show what a saved model file holds
        """;

    public static int Main(string[] args)
    {
        if (args.Length < 2) return Fail(Usage);
        try
        {
            return args[0] switch
            {
                "check" => Check(args.Skip(1).ToArray()),
                "inspect" => Inspect(args[1]),
                _ => Fail($"Unknown command '{args[0]}'.\n{Usage}"),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ModelFileException)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    /// <summary>Runs the generator over the files (as one project, so cross-file names resolve) and prints its diagnostics in the compiler's format.</summary>
    private static int Check(string[] paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*.mlmodel", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else return Fail($"'{path}' is not a file or a folder.");
        }
        if (files.Count == 0) return Fail("No .mlmodel files found.");

        var texts = files.Select(f => (AdditionalText)new FileText(Path.GetFullPath(f))).ToImmutableArray();
        var options = new BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "ModelDsl.Check" });
        var driver = CSharpGeneratorDriver.Create(new[] { new ModelDslGenerator().AsSourceGenerator() }, texts, CSharpParseOptions.Default, options);
        var compilation = CSharpCompilation.Create("check", references: Array.Empty<MetadataReference>());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        // Without the runtime assemblies a network declaration always reports MDSL0134: not a mistake in the file.
        var found = diagnostics.Where(d => d.Id != "MDSL0134").OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start).ToList();
        foreach (var d in found)
        {
            var span = d.Location.GetLineSpan();
            var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetRelativePath(Environment.CurrentDirectory, span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}"));
        }
        var errors = found.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = found.Count - errors;
        Console.WriteLine($"{files.Count} file{(files.Count == 1 ? "" : "s")} checked: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.");
        return errors > 0 ? 1 : 0;
    }

    private static int Inspect(string path)
    {
        ModelFileContent content;
        using (var stream = File.OpenRead(path)) content = ModelFile.Inspect(stream, path);
        var header = content.Header;
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]file[/]", Markup.Escape(path));
        grid.AddRow("[bold]size[/]", $"{new FileInfo(path).Length:N0} bytes, format version {ModelFile.FormatVersion}, checksum verified");
        grid.AddRow("[bold]model[/]", Markup.Escape(header.ModelName));
        grid.AddRow("[bold]algorithm[/]", Markup.Escape(header.Algorithm));
        grid.AddRow("[bold]declaration hash[/]", Markup.Escape(header.DeclarationHash));
        var sections = content.Sections;
        if (sections.Any(s => s.Name == "summary"))
        {
            var summary = content.Ints("summary");
            if (summary.Length >= 3) grid.AddRow("[bold]trained[/]", $"{summary[0]:N0} rows, {summary[1]:N0} held out, {summary[2]:N0} features");
        }
        AnsiConsole.Write(grid);
        var table = new Table().AddColumn("section").AddColumn("holds").AddColumn(new TableColumn("values").RightAligned());
        foreach (var (name, kind, length) in sections) table.AddRow(Markup.Escape(name), kind, length.ToString("N0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        return 0;
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
