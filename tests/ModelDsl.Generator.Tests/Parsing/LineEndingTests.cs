using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Parsing;

/// <summary>
/// Lines end where Roslyn's <see cref="SourceText"/> says they do — CR, LF, CRLF, U+0085, U+2028, U+2029 — in
/// comments, strings and error recovery, and every reported line and column is the one <c>SourceText.Lines</c>
/// gives. A file saved with any of these line endings is the same file as with LF.
/// </summary>
public sealed class LineEndingTests
{
    public static readonly string[] Endings = { "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029" };

    private static string Name(string ending) => string.Concat(ending.Select(c => $"U+{(int)c:X4}"));

    private static string WithEnding(string text, string ending) => text.Replace("\r\n", "\n").Replace("\n", ending);

    /// <summary>The broken corpus (one file each) and every sample directory (its files together).</summary>
    private static IEnumerable<(string Name, (string File, string Text)[] Files)> Cases()
    {
        var root = GeneratorHarness.RepositoryRoot;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "tests", "ModelDsl.Generator.Tests", "Fuzz", "Corpus"), "*.mlmodel").OrderBy(f => f, StringComparer.Ordinal))
            yield return (Path.GetFileName(file), new[] { (Path.GetFileName(file), File.ReadAllText(file)) });
        foreach (var dir in Directory.GetDirectories(Path.Combine(root, "dsl-samples")).OrderBy(d => d, StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(dir, "*.mlmodel").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
            if (files.Length > 0) yield return (Path.GetFileName(dir), files);
        }
    }

    [Fact]
    public void Every_diagnostic_position_agrees_with_SourceText_for_every_line_ending()
    {
        var checkedDiagnostics = 0;
        foreach (var (name, files) in Cases())
        {
            string? reference = null;
            IReadOnlyList<(string HintName, string Text)>? referenceSources = null;
            foreach (var ending in Endings)
            {
                var variant = files.Select(f => (f.File, Text: WithEnding(f.Text, ending))).ToArray();
                var run = GeneratorHarness.Run(variant);
                var texts = variant.ToDictionary(f => GeneratorHarness.ProjectDir + f.File, f => SourceText.From(f.Text));
                foreach (var d in run.Mdsl.Where(d => d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile))
                {
                    var span = d.Location.GetLineSpan();
                    var lines = texts[span.Path].Lines;
                    Assert.True(lines.GetLinePositionSpan(d.Location.SourceSpan) == span.Span,
                        $"{name} with {Name(ending)} line endings: {d.Id} at {span.Span}, but SourceText says {lines.GetLinePositionSpan(d.Location.SourceSpan)}: {d.GetMessage()}");
                    checkedDiagnostics++;
                }
                // The same file with other line endings: the same diagnostics on the same lines and columns, the same C#.
                var summary = string.Join("\n", run.Mdsl.Select(d => $"{Path.GetFileName(d.Location.GetLineSpan().Path)}{d.Location.GetLineSpan().Span} {d.Id} {d.GetMessage()}"));
                reference ??= summary;
                Assert.True(reference == summary, $"{name} with {Name(ending)} line endings reports\n{summary}\nbut with LF\n{reference}");
                referenceSources ??= run.Sources;
                Assert.Equal(referenceSources, run.Sources);
            }
        }
        Assert.True(checkedDiagnostics > 100, $"only {checkedDiagnostics} diagnostics checked");
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void A_first_line_comment_ends_at_any_line_break(string ending)
    {
        var lf = "// Decisions\nenum Decision { approve, reject }\n// the schema\nschema S {\n    age: int // years\n}\n";
        var run = GeneratorHarness.Run(("Test.mlmodel", WithEnding(lf, ending)));
        Assert.Empty(run.Diagnostics);
        Assert.Equal(GeneratorHarness.Run(("Test.mlmodel", lf)).Sources, run.Sources);
        Assert.Contains("enum Decision", run.Sources.Single().Text);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\r\n")]
    public void A_string_ends_at_any_line_break(string ending)
    {
        var source = Snippets.RuleSet("rule r when age < 18 => reject because \"open" + ending + "otherwise review");
        var d = Assert.Single(GeneratorHarness.DiagnosticsOf(source), x => x.Id == "MDSL0001");
        Assert.Contains("not closed", d.GetMessage());
        Assert.Equal(SourceText.From(source).Lines.GetLinePositionSpan(d.Location.SourceSpan), d.Location.GetLineSpan().Span);
    }
}
