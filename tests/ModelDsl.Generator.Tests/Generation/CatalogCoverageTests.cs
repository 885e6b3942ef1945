using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ModelDsl.Generator.Semantics.Models;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// The documentation and the editor keep up with the code: every name the catalogs accept (algorithms, transforms,
/// imputation strategies, metrics, layers, losses, optimizers, train settings) is written in docs/language.md and
/// coloured by the VS Code grammar, and every section a model file can hold is described in docs/model-files.md.
/// </summary>
public sealed class CatalogCoverageTests
{
    private static string Root => GeneratorHarness.RepositoryRoot;

    public static TheoryData<string, string> CatalogNames()
    {
        var data = new TheoryData<string, string>();
        void Add(string kind, IEnumerable<string> names)
        {
            foreach (var name in names.Distinct()) data.Add(kind, name);
        }
        Add("algorithm", LearningCatalog.Algorithms.Select(a => a.Name));
        Add("transform", LearningCatalog.Transforms.Select(t => t.Name));
        Add("imputation strategy", LearningCatalog.ImputeStrategies.Select(s => s.Name));
        Add("metric", LearningCatalog.Metrics.Values.SelectMany(m => m));
        Add("layer", ModelDsl.Generator.Semantics.Networks.LayerRegistry.All.Select(l => l.Name));
        Add("loss", NetworkCatalog.Losses);
        Add("optimizer", NetworkCatalog.Optimizers);
        Add("train setting", NetworkCatalog.TrainSettings);
        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void Every_catalog_name_is_documented_and_highlighted(string kind, string name)
    {
        var language = File.ReadAllText(Path.Combine(Root, "docs", "language.md"));
        Assert.True(language.Contains($"`{name}`") || Regex.IsMatch(language, $@"`[^`\n]*\b{Regex.Escape(name)}\b[^`\n]*`"),
            $"the {kind} '{name}' is not in docs/language.md");
        // The grammar lists names as regex alternatives: \b(a|b|c)\b.
        var grammar = File.ReadAllText(GrammarPath());
        Assert.True(Regex.IsMatch(grammar, $@"[(|]{Regex.Escape(name)}[|)]"), $"the {kind} '{name}' is not in the VS Code grammar");
    }

    /// <summary>The VS Code extension's TextMate grammar, wherever the extension lives.</summary>
    private static string GrammarPath() =>
        Directory.GetFiles(Root, "mlmodel.tmLanguage.json", SearchOption.AllDirectories)
            .Single(f => !f.Contains("node_modules") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    /// <summary>Section names the runtime writes: literal names passed to ModelFileSections.Add, and section-name constants.</summary>
    private static IReadOnlyList<string> WrittenSections() =>
        Directory.GetFiles(Path.Combine(Root, "runtime"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\.Add\(""([a-z0-9_.]+)""|const string \w*Section\w* = ""([a-z0-9_.]+)""")
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_model_file_section_is_documented()
    {
        var sections = WrittenSections();
        Assert.True(sections.Count >= 45, $"found only {sections.Count} sections");
        // Each algorithm family writes its own prefix; the ones the docs once lacked are among them.
        foreach (var prefix in new[] { "trees.", "svr.", "ar.", "network.", "checkpoint." })
            Assert.Contains(sections, s => s.StartsWith(prefix, StringComparison.Ordinal));
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "model-files.md"));
        var missing = sections.Where(s => !docs.Contains($"`{s}`")).ToList();
        Assert.True(missing.Count == 0, "not in docs/model-files.md: " + string.Join(", ", missing));
    }
}
