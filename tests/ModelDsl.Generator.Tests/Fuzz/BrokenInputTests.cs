using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ModelDsl.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Tests.Fuzz;

/// <summary>
/// The generator never throws. A corpus of hand-written broken files plus several hundred seeded mutations
/// of the samples, each made broken by construction, must each end as located MDSL errors — never a
/// generator failure (CS8784/CS8785). Purely random mutations must not crash it either.
/// </summary>
public class BrokenInputTests
{
    private readonly ITestOutputHelper _output;

    public BrokenInputTests(ITestOutputHelper output) => _output = output;

    private sealed record Case(string Name, (string File, string Text)[] Files, string Mutated);

    private static (string File, string Text)[] SampleFiles() =>
        Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples"), "*.mlmodel", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();

    /// <summary>Offsets outside comments and string literals (where any character is legal).</summary>
    private static List<int> CodePositions(string text)
    {
        var positions = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/') { while (i < text.Length && text[i] != '\n') i++; continue; }
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*') { var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal); i = end < 0 ? text.Length : end + 1; continue; }
            if (text[i] == '"') { i++; while (i < text.Length && text[i] != '"') i++; continue; }
            positions.Add(i);
        }
        return positions;
    }

    private static IEnumerable<Case> Mutations()
    {
        var random = new Random(4242);
        var samples = SampleFiles();
        for (var round = 0; round < 30; round++)
        {
            foreach (var (file, text) in samples)
            {
                var code = CodePositions(text);
                Case Mutate(string strategy, string mutated) =>
                    new($"{strategy}#{round}:{file}", samples.Select(s => s.Item1 == file ? (file, mutated) : s).ToArray(), file);

                // 1. Cut inside the last declaration: it is left unclosed.
                var lastDecl = Regex.Matches(text, @"^(schema|enum|rules|model)\b", RegexOptions.Multiline).Last().Index;
                var lastBrace = text.LastIndexOf('}');
                yield return Mutate("truncate", text[..random.Next(lastDecl + 1, lastBrace)]);

                // 2. A character that is legal only in comments and strings.
                var at = code[random.Next(code.Count)];
                yield return Mutate("stray-char", text.Insert(at, new[] { "@", "#", "$", "`", "?" }[random.Next(5)]));

                // 3. Remove one bracket: they no longer balance.
                var brackets = code.Where(i => text[i] is '{' or '}' or '(' or ')').ToList();
                var removed = brackets[random.Next(brackets.Count)];
                yield return Mutate("drop-bracket", text.Remove(removed, 1));

                // 4. A keyword misspelt.
                var keywords = Regex.Matches(text, @"\b(schema|enum|rules|rule|when|policy|otherwise|let|fact)\b").Where(m => code.Contains(m.Index)).ToList();
                if (keywords.Count > 0) // a file of one model has none of them (its schema is in another file)
                {
                    var keyword = keywords[random.Next(keywords.Count)];
                    yield return Mutate("misspell-keyword", text.Remove(keyword.Index, keyword.Length).Insert(keyword.Index, keyword.Value[..^1] + "x" + keyword.Value[^1]));
                }

                // 5. A declaration repeated: its name is declared twice.
                var firstDecl = Regex.Match(text, @"^(schema|enum)\s+\w+[^}]*\}", RegexOptions.Multiline);
                if (firstDecl.Success) yield return Mutate("duplicate-declaration", text + "\n" + firstDecl.Value + "\n");

                // 6. A name used in a condition misspelt: unknown name.
                var whens = Regex.Matches(text, @"when\s+([a-z_]+)").Where(m => code.Contains(m.Index)).ToList();
                if (whens.Count > 0)
                {
                    var use = whens[random.Next(whens.Count)].Groups[1];
                    yield return Mutate("unknown-name", text.Remove(use.Index, use.Length).Insert(use.Index, use.Value + "zz"));
                }

                // 7. A condition nested far too deep.
                if (whens.Count > 0)
                {
                    var use = whens[random.Next(whens.Count)].Groups[1];
                    var depth = random.Next(65, 300);
                    yield return Mutate("deep-nesting", text.Insert(use.Index, new string('(', depth)));
                }
            }
        }
    }

    private static void AssertLocatedErrors(GeneratorRun run, Case c)
    {
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8784" or "CS8785");
        var errors = run.Mdsl.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count > 0, $"{c.Name}: no MDSL error for:\n{c.Files.Single(f => f.File == c.Mutated).Text}");
        foreach (var d in run.Mdsl)
        {
            var span = d.Location.GetLineSpan();
            var file = c.Files.SingleOrDefault(f => GeneratorHarness.ProjectDir + f.File == span.Path);
            Assert.True(file.Text is not null, $"{c.Name}: {d.Id} is not located in a .mlmodel file ({span.Path})");
            Assert.InRange(d.Location.SourceSpan.End, 0, file.Text!.Length);
            Assert.InRange(span.StartLinePosition.Line, 0, file.Text.Count(ch => ch == '\n'));
        }
    }

    [Fact]
    public void Hand_written_broken_files_give_located_errors()
    {
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz", "Corpus"), "*.mlmodel").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(corpus.Count >= 25, $"corpus has {corpus.Count} files");
        foreach (var path in corpus)
        {
            var c = new Case(Path.GetFileName(path), new[] { (Path.GetFileName(path), File.ReadAllText(path)) }, Path.GetFileName(path));
            var run = GeneratorHarness.Run(c.Files);
            AssertLocatedErrors(run, c);
            _output.WriteLine($"{c.Name}: {string.Join("; ", run.Mdsl.Select(d => d.Id + " " + d.GetMessage()))}");
        }
    }

    [Fact]
    public void Mutated_samples_give_located_errors_never_a_crash()
    {
        var cases = Mutations().ToList();
        Assert.True(cases.Count >= 200, $"only {cases.Count} mutations");
        foreach (var c in cases) AssertLocatedErrors(GeneratorHarness.Run(c.Files), c);
        _output.WriteLine($"{cases.Count} broken files checked");
    }

    [Fact]
    public void Random_byte_mutations_never_crash_the_generator()
    {
        var random = new Random(77);
        var samples = SampleFiles();
        for (var n = 0; n < 300; n++)
        {
            var (file, text) = samples[random.Next(samples.Length)];
            var chars = text.ToList();
            for (var k = random.Next(1, 8); k > 0 && chars.Count > 0; k--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, (char)random.Next(32, 127)); break;
                    default: chars[at] = (char)random.Next(0, 0x3000); break;
                }
            }
            var mutated = new string(chars.ToArray());
            var run = GeneratorHarness.Run(samples.Select(s => s.Item1 == file ? (file, mutated) : s).ToArray());
            Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8784" or "CS8785" or "MDSL0004");
            Assert.All(run.Mdsl, d => Assert.Equal(LocationKind.ExternalFile, d.Location.Kind));
        }
    }
}
