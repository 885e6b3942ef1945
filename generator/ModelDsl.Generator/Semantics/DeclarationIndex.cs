using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics;

/// <summary>Build properties the generator reads (project root namespace and directory).</summary>
/// <param name="NamespaceNote">Why <paramref name="RootNamespace"/> is not the project's (MDSL0005), or null.</param>
internal sealed record GeneratorOptions(string RootNamespace, string ProjectDirectory, string? NamespaceNote = null)
{
    public static readonly GeneratorOptions Default = new("ModelDsl.Generated", "");
}

/// <summary>A parsed file: its syntax, the namespace its code goes to, and its syntax diagnostics.</summary>
internal sealed record ParsedFile(string Path, string HintName, string Namespace, string Text, FileSyntax Syntax, EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics);

internal sealed record IndexedField(string DslName, TypeKeyword Keyword, string? TypeName, EquatableArray<string> InlineMembers, EquatableArray<int> Shape = default,
    TokensModel? Tokens = null);

internal enum IndexedKind
{
    Enum,
    Schema,
    RuleSet,
    Model,
}

/// <summary>
/// One declaration as other files see it. No source locations: moving text inside a file must not
/// change the index, or every other file would be bound and emitted again.
/// </summary>
/// <remarks>A rule set has its input schema in <see cref="Input"/> and its outcome type in <see cref="Output"/>; a model its
/// family (<c>classifier</c>, …), input schema and output field (the label or target; null for a clusterer), so a rule set in
/// another file can read what a model predicts.</remarks>
internal sealed record IndexedDeclaration(
    IndexedKind Kind,
    string DslName,
    string Namespace,
    string Path,
    EquatableArray<string> Members,
    EquatableArray<IndexedField> Fields,
    string? Family = null,
    string? Input = null,
    string? Output = null)
{
    public string FullName => $"global::{Namespace}.{Naming.Pascal(DslName)}";
}

/// <summary>The small collected index of every file's declarations, used to resolve names across files.</summary>
internal sealed record DeclarationIndex(EquatableArray<IndexedDeclaration> Declarations)
{
    public static DeclarationIndex Build(ImmutableArray<EquatableArray<IndexedDeclaration>> perFile) =>
        new(perFile.SelectMany(f => f).OrderBy(d => d.Path, StringComparer.Ordinal).ToEquatableArray());

    public static EquatableArray<IndexedDeclaration> Of(ParsedFile file) =>
        file.Syntax.Declarations.Select(d => d switch
        {
            EnumDeclaration e => new IndexedDeclaration(IndexedKind.Enum, e.Name.Text, file.Namespace, file.Path,
                e.Members.Select(m => m.Text).ToEquatableArray(), EquatableArray<IndexedField>.Empty),
            SchemaDeclaration s => new IndexedDeclaration(IndexedKind.Schema, s.Name.Text, file.Namespace, file.Path,
                EquatableArray<string>.Empty,
                s.Fields.Select(f => new IndexedField(f.Name.Text, f.Type.Keyword, f.Type.Name?.Text, f.Type.InlineMembers.Select(m => m.Text).ToEquatableArray(), Binder.IndexedShape(f.Type), Binder.IndexedTokens(f.Type))).ToEquatableArray()),
            ModelDeclaration m => new IndexedDeclaration(IndexedKind.Model, m.Name.Text, file.Namespace, file.Path, EquatableArray<string>.Empty,
                EquatableArray<IndexedField>.Empty, Models.LearningCatalog.TaskName(m.Task), m.InputSchema.Text, m.Label?.Text),
            RuleSetDeclaration r => new IndexedDeclaration(IndexedKind.RuleSet, r.Name.Text, file.Namespace, file.Path, EquatableArray<string>.Empty,
                EquatableArray<IndexedField>.Empty, null, r.InputSchema.Text, r.OutcomeType.Text),
            _ => new IndexedDeclaration(IndexedKind.RuleSet, d.Name.Text, file.Namespace, file.Path, EquatableArray<string>.Empty, EquatableArray<IndexedField>.Empty),
        }).ToEquatableArray();

    public IEnumerable<IndexedDeclaration> Named(string dslName) => Declarations.Where(d => d.DslName == dslName);

    public IndexedDeclaration? Find(IndexedKind kind, string dslName) => Declarations.FirstOrDefault(d => d.Kind == kind && d.DslName == dslName);

    public IEnumerable<string> NamesOf(IndexedKind kind) => Declarations.Where(d => d.Kind == kind).Select(d => d.DslName);
}
