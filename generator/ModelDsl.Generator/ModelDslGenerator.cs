using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Emit;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator;

/// <summary>
/// Compiles .mlmodel files (AdditionalFiles) into C#: parse → index → bind/check → emit.
/// Initialize only wires the pipeline; every stage is a named, value-equatable step.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelDslGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var parsed = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".mlmodel", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, ct) => (Path: text.Path, Text: text.GetText(ct)?.ToString()))
            .Combine(options)
            .Select(static (input, ct) => ParseFile(input.Left.Path, input.Left.Text, input.Right, ct))
            .WithTrackingName(TrackingNames.Parse);

        var index = parsed
            .Select(static (file, _) => DeclarationIndex.Of(file))
            .WithTrackingName(TrackingNames.FileDeclarations)
            .Collect()
            .Select(static (all, _) => DeclarationIndex.Build(all))
            .WithTrackingName(TrackingNames.Index);

        var bound = parsed
            .Combine(index)
            .Select(static (input, ct) => BindFile(input.Left, input.Right, ct))
            .WithTrackingName(TrackingNames.Bind);

        // Whether the project can run networks: a bool, so an edit to C# code leaves everything after it cached.
        var torch = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetBestTypeByMetadataName(TorchRuntimeType) is not null)
            .WithTrackingName(TrackingNames.TorchReference);

        // What emit reads: the bound file alone, no diagnostics or locations, so an edit that changes neither
        // the declarations nor their meaning (a comment, a blank line above a model) stops here.
        var models = bound
            .Select(static (result, _) => result.Value)
            .WithTrackingName(TrackingNames.Model);

        var sources = models
            .Combine(torch)
            .Select(static (input, ct) => EmitFile(input.Right ? input.Left : WithoutNetworks(input.Left), ct))
            .WithTrackingName(TrackingNames.Emit);

        // Diagnostics have outputs of their own: a change that only moves a diagnostic re-emits no source.
        var parseDiagnostics = parsed.Select(static (file, _) => file.Diagnostics).WithTrackingName(TrackingNames.ParseDiagnostics);
        var bindDiagnostics = bound.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.BindDiagnostics);
        var torchDiagnostics = bound
            .Combine(torch)
            .Select(static (input, _) => input.Right ? EquatableArray<DiagnosticInfo>.Empty : input.Left.WithoutTorch)
            .WithTrackingName(TrackingNames.TorchDiagnostics);

        // Collected so that two files mapping to one hint name become a diagnostic instead of an exception.
        context.RegisterSourceOutput(sources.Collect(), static (spc, all) => AddSources(spc, all));
        context.RegisterSourceOutput(parseDiagnostics, static (spc, list) => Report(spc, list));
        context.RegisterSourceOutput(bindDiagnostics, static (spc, list) => Report(spc, list));
        context.RegisterSourceOutput(torchDiagnostics, static (spc, list) => Report(spc, list));
    }

    /// <summary>A type of ModelDsl.Runtime.Torch that generated networks use.</summary>
    internal const string TorchRuntimeType = "ModelDsl.Runtime.Torch.TrainedNetwork";

    /// <summary>Without ModelDsl.Runtime.Torch, network models are left out (MDSL0134 says why) instead of failing to compile.</summary>
    private static FileModel WithoutNetworks(FileModel file) =>
        file.Models.Any(m => m.Network is not null) ? file with { Models = file.Models.Where(m => m.Network is null).ToEquatableArray() } : file;

    private static void AddSources(SourceProductionContext context, System.Collections.Immutable.ImmutableArray<GeneratedSource> sources)
    {
        var used = new System.Collections.Generic.Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            if (source.Fault is not null)
            {
                context.ReportDiagnostic(source.Fault.ToDiagnostic());
                continue;
            }
            if (source.HintName.Length == 0) continue;
            if (used.TryGetValue(source.HintName, out var other))
            {
                // e.g. 'a/b.mlmodel' and 'a.b.mlmodel'
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratedNameClash, source.Path, TextLocation.None,
                    Path.GetFileName(other), Path.GetFileName(source.Path), source.HintName).ToDiagnostic());
                continue;
            }
            used.Add(source.HintName, source.Path);
            context.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics) context.ReportDiagnostic(diagnostic.ToDiagnostic());
    }

    internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.ModelDslNamespace", out var custom);
        options.TryGetValue("build_property.RootNamespace", out var root);
        options.TryGetValue("build_property.ProjectDir", out var projectDir);
        var (ns, note) = ChooseNamespace(custom?.Trim(), root?.Trim());
        return new GeneratorOptions(ns, projectDir ?? "", note);
    }

    /// <summary>
    /// ModelDslNamespace if set, else RootNamespace, made a namespace as <c>dotnet new</c> makes the project name one
    /// (so a template's 'using my_rules;' finds the code of project 'my-rules'); "ModelDsl.Generated" only when neither
    /// gives one. Anything but the project's own namespace comes with a reason, which MDSL0005 reports.
    /// </summary>
    internal static (string Namespace, string? Note) ChooseNamespace(string? custom, string? root)
    {
        if (!string.IsNullOrEmpty(custom))
        {
            if (Naming.IsValidNamespace(custom!)) return (custom!, null);
            var safe = Naming.SafeNamespace(custom!);
            if (Naming.IsValidNamespace(safe)) return (safe, $"ModelDslNamespace '{custom}' is not a C# namespace, so its invalid characters became '_'");
            return (GeneratorOptions.Default.RootNamespace, $"ModelDslNamespace '{custom}' cannot be made a C# namespace");
        }
        if (!string.IsNullOrEmpty(root))
        {
            var safe = Naming.SafeNamespace(root!);
            if (Naming.IsValidNamespace(safe)) return (safe, null);
            return (GeneratorOptions.Default.RootNamespace, $"RootNamespace '{root}' cannot be made a C# namespace");
        }
        return (GeneratorOptions.Default.RootNamespace, "the project sets neither RootNamespace nor ModelDslNamespace");
    }

    /// <summary>Parse stage: never throws but for cancellation; an internal fault becomes MDSL0004.</summary>
    internal static ParsedFile ParseFile(string path, string? text, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var hintName = HintNameFor(path, options.ProjectDirectory);
        var empty = new FileSyntax(null, EquatableArray<Declaration>.Empty);
        if (text is null)
            return new ParsedFile(path, hintName, options.RootNamespace, "", empty,
                new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, path, TextLocation.None, "the file could not be read") }.ToEquatableArray());
        try
        {
            var result = MlModelParser.Parse(path, text, cancellationToken);
            var ns = result.Value.Namespace?.Text ?? options.RootNamespace;
            var diagnostics = result.Diagnostics;
            // A file with its own 'namespace' directive is not affected by the project's namespace.
            if (result.Value.Namespace is null && options.NamespaceNote is { } note)
                diagnostics = diagnostics.Concat(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.NamespaceFallback, path, TextLocation.None, ns, note) }).ToEquatableArray();
            return new ParsedFile(path, hintName, ns, text, result.Value, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParsedFile(path, hintName, options.RootNamespace, text, empty, new[] { InternalError(path, e) }.ToEquatableArray());
        }
    }

    internal static Result<FileModel> BindFile(ParsedFile file, DeclarationIndex index, CancellationToken cancellationToken)
    {
        try
        {
            return Binder.Bind(file, index, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var empty = new FileModel(file.Path, file.HintName, file.Namespace, EquatableArray<EnumModel>.Empty, EquatableArray<SchemaModel>.Empty, EquatableArray<RuleSetModel>.Empty, EquatableArray<LearnedModel>.Empty);
            return new Result<FileModel>(empty, new[] { InternalError(file.Path, e) }.ToEquatableArray());
        }
    }

    internal static GeneratedSource EmitFile(FileModel model, CancellationToken cancellationToken = default)
    {
        if (model.IsEmpty) return new GeneratedSource(model.Path, "", "", null);
        try
        {
            return new GeneratedSource(model.Path, model.HintName, SourceFile.Write(model, Path.GetFileName(model.Path), cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A generator bug: report it on the file (MDSL0004) instead of crashing the compiler.
            return new GeneratedSource(model.Path, "", "", InternalError(model.Path, e));
        }
    }

    private static DiagnosticInfo InternalError(string path, Exception e) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, path, TextLocation.None, $"{e.GetType().Name}: {e.Message}");

    /// <summary>
    /// A unique, stable hint name from the project-relative path: <c>Rules/Loan.mlmodel</c> → <c>Rules.Loan.mlmodel.g.cs</c>.
    /// A file outside the project directory keeps its whole path (prefixed <c>_</c>), which keeps names unique.
    /// </summary>
    internal static string HintNameFor(string path, string projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        var project = projectDirectory.Replace('\\', '/');
        var inside = project.Length > 0 && normalized.StartsWith(project, StringComparison.Ordinal);
        var relative = inside ? normalized.Substring(project.Length) : normalized;
        var segments = relative.Split('/').Where(s => s.Length > 0 && s != "." && s != "..");
        var name = string.Join(".", segments.Select(s => new string(s.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray())));
        return (inside ? "" : "_.") + name + ".g.cs";
    }
}

/// <summary>The emitted C# of one file; an empty hint name means nothing to add; a fault is reported instead.</summary>
internal sealed record GeneratedSource(string Path, string HintName, string Text, DiagnosticInfo? Fault);
