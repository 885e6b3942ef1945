using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelDsl.Generator.Syntax;
using ModelDsl.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Tests.Parsing;

/// <summary>
/// The <see cref="FastParser"/> is a shortcut in front of the Sprache grammar: with it, every file must parse to
/// exactly the tree (values and locations) and the diagnostics the grammar alone gives. Compared on every
/// .mlmodel file in the repository, on thousands of mutations of them, and on random expressions.
/// </summary>
public class FastParserTests
{
    private readonly ITestOutputHelper _output;

    public FastParserTests(ITestOutputHelper output) => _output = output;

    private static (string Name, string Text)[] RepositoryFiles() =>
        Directory.GetFiles(GeneratorHarness.RepositoryRoot, "*.mlmodel", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(GeneratorHarness.RepositoryRoot, f), File.ReadAllText(f)))
            .ToArray();

    /// <summary>Compares both parsers; true when the text parsed without syntax errors.</summary>
    private static bool AssertSame(string name, string text)
    {
        // Structural equality of the trees (records, EquatableArray) and of the diagnostics.
        var reference = Run(text, fastPath: false);
        var fast = Run(text, fastPath: true);
        if (reference.Error is not null || fast.Error is not null)
        {
            Assert.True(reference.Error == fast.Error, $"{name}: grammar {reference.Error ?? "ok"}, fast path {fast.Error ?? "ok"}\n{text}");
            return false;
        }
        Assert.True(reference.Result!.Value.Equals(fast.Result!.Value), $"{name}: the trees differ\n{text}");
        Assert.True(reference.Result.Diagnostics.Equals(fast.Result.Diagnostics),
            $"{name}: diagnostics differ\ngrammar: {string.Join("; ", reference.Result.Diagnostics)}\nfast path: {string.Join("; ", fast.Result.Diagnostics)}\n{text}");
        return reference.Result.Diagnostics.Count == 0;

        static (ModelDsl.Generator.Infrastructure.Result<FileSyntax>? Result, string? Error) Run(string text, bool fastPath)
        {
            try
            {
                return (MlModelParser.Parse("/p/Test.mlmodel", text, fastPath), null);
            }
            catch (Exception e)
            {
                return (null, e.GetType().Name + ": " + e.Message);
            }
        }
    }

    [Fact]
    public void Gives_the_grammars_tree_for_every_repository_file()
    {
        var files = RepositoryFiles();
        Assert.True(files.Length >= 140, $"{files.Length} files");
        foreach (var (name, text) in files) AssertSame(name, text);
    }

    [Fact]
    public void Gives_the_grammars_tree_for_every_line_ending()
    {
        // CR, CRLF, U+0085, U+2028 and U+2029 end lines (and comments) as LF does, in both parsers, at the same positions.
        foreach (var (name, text) in RepositoryFiles())
        {
            foreach (var ending in LineEndingTests.Endings)
                AssertSame($"{name} (line ending U+{(int)ending[^1]:X4}, {ending.Length} chars)", text.Replace("\r\n", "\n").Replace("\n", ending));
        }
    }

    [Fact]
    public void Handles_every_rules_schema_and_enum_declaration_of_the_valid_samples()
    {
        // The shortcut must actually be taken: each such declaration of a file without syntax errors parses fast.
        var taken = 0;
        foreach (var (name, text) in RepositoryFiles().Where(f => !f.Name.Contains("Fuzz") && !f.Name.Contains("grammar")))
        {
            var result = MlModelParser.Parse("/p/Test.mlmodel", text, fastPath: false);
            if (result.Diagnostics.Count > 0) continue;
            var parser = new FastParser(text);
            foreach (var declaration in result.Value.Declarations.Where(d => d is RuleSetDeclaration or SchemaDeclaration or EnumDeclaration))
            {
                // From the end of the previous declaration is how the top-level loop calls it; from its start is enough here.
                Assert.True(parser.TryDeclaration(declaration.Location.Start, out var fast, out var end), $"{name}: '{declaration.Name.Text}' not parsed by the fast path");
                Assert.Equal(declaration, fast);
                Assert.Equal(declaration.Location.Start + declaration.Location.Length, end);
                taken++;
            }
        }
        _output.WriteLine($"{taken} declarations");
        Assert.True(taken >= 120, $"{taken} declarations");
    }

    private static readonly string[] s_tokens =
    {
        "(", ")", "{", "}", "[", "]", ",", ":", "-", "+", "*", "/", "%", "->", "=>", "=", "==", "!=", "<", "<=", ">", ">=", "!",
        "not", "in", "and", "or", "true", "false", "rule", "rules", "let", "fact", "set", "policy", "first", "priority",
        "collect", "otherwise", "because", "when", "schema", "enum", "model", "float", "int", "x", "_y2", "é",
        "0", "1.5", "2e3", "3E-2", "4.", "5abc", "\"s\"", "\"a\\\"b\"", "\"a\\qb\"", "\"", "/*", "*/", "// c\n", "\n", " ", "\t", "\r\n",
        "\r", "\u0085", "\u2028", "\u2029", "// c\r", "// c\u2028", "\"s\r\"",
    };

    [Fact]
    public void Gives_the_grammars_result_on_mutated_files()
    {
        var random = new Random(20261129);
        var files = RepositoryFiles().Where(f => f.Text.Length < 20_000).ToArray();
        int count = 0, clean = 0;
        for (var round = 0; round < 12; round++)
        {
            foreach (var (name, text) in files)
            {
                var mutated = new StringBuilder(text);
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var at = random.Next(mutated.Length + 1);
                    switch (random.Next(5))
                    {
                        case 0: // insert a grammar token
                            mutated.Insert(at, s_tokens[random.Next(s_tokens.Length)]);
                            break;
                        case 1: // delete a few characters
                            mutated.Remove(Math.Min(at, mutated.Length), Math.Min(random.Next(1, 6), mutated.Length - Math.Min(at, mutated.Length)));
                            break;
                        case 2: // replace a character
                            if (at < mutated.Length) mutated[at] = (char)random.Next(32, 127);
                            break;
                        case 3: // cut the file
                            mutated.Length = at;
                            break;
                        default: // a token with spaces around it
                            mutated.Insert(at, " " + s_tokens[random.Next(s_tokens.Length)] + " ");
                            break;
                    }
                }
                if (AssertSame($"{name} #{round}", mutated.ToString())) clean++;
                count++;
            }
        }
        _output.WriteLine($"{count} mutated files, {clean} of them without syntax errors");
    }

    /// <summary>Set and tokens types go to the grammar; 'contains' is parsed by both, and is still a name elsewhere.</summary>
    [Theory]
    [InlineData("schema S { items: set of Department  y: int }")]
    [InlineData("schema S { items: set of enum { a, b, } }")]
    [InlineData("schema S { items: set Department }")]
    [InlineData("schema S { items: set of }")]
    [InlineData("schema S { text: tokens(chars, 32) }")]
    [InlineData("schema S { text: tokens(chars, 32, truncate: true)  tokens: int }")]
    [InlineData("schema S { text: tokens  y: int }")]
    [InlineData("schema S { text: tokens(chars) }")]
    [InlineData("rules R(S) -> D { rule r when items contains fruit and not (items contains dairy) => a\n otherwise b }")]
    [InlineData("rules R(S) -> D { rule r when contains contains contains => a }")]
    [InlineData("rules R(S) -> D { let contains = 3\n rule r when contains > 2 => a }")]
    [InlineData("rules R(S) -> D { rule r when items contains => a }")]
    [InlineData("rules R(S) -> D { rule r when items contains 3 => a }")]
    [InlineData("rules R(S) -> D { rule r when items contains fruit == true => a }")]
    public void Gives_the_grammars_result_on_collection_types_and_contains(string text) => AssertSame("collections", text);

    [Fact]
    public void Gives_the_grammars_result_on_random_expressions()
    {
        var random = new Random(7);
        string[] names = { "a", "b", "ratio", "not_x", "in_y", "nothing", "inside", "or_z", "and2", "truex", "priority" };
        string Space() => random.Next(6) switch { 0 => "", 1 => "  ", 2 => "/* c */", 3 => "\n  ", 4 => " // c\n", _ => " " };
        string Primary(int depth) => random.Next(depth > 3 ? 3 : 6) switch
        {
            0 => names[random.Next(names.Length)],
            1 => random.Next(3) switch { 0 => "12", 1 => "0.25", _ => "1e3" },
            2 => random.Next(2) == 0 ? "true" : "false",
            3 => "(" + Space() + Expr(depth + 1) + Space() + ")",
            4 => "-" + Space() + Primary(depth + 1),
            _ => "\"t" + (random.Next(2) == 0 ? "\\n" : "") + "\"",
        };
        string Expr(int depth)
        {
            var e = Primary(depth);
            for (var k = random.Next(depth > 3 ? 1 : 4); k > 0; k--)
            {
                e = random.Next(10) switch
                {
                    0 => e + Space() + "in" + Space() + "{ x, y }",
                    1 => e + Space() + "not" + Space() + "in" + Space() + "{x}",
                    2 => "not" + Space() + " " + e,
                    _ => e + Space() + new[] { "+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "and", "or", "->", "=", "=>" }[random.Next(16)] + Space() + Primary(depth + 1),
                };
            }
            return e;
        }
        var clean = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = $"rules R(S) -> D {{\n    let v ={Space()}{Expr(0)}\n    rule r{n} {(random.Next(4) == 0 ? "priority -" + n : "")} when {Expr(0)} =>{Space()}{(random.Next(3) == 0 ? "set f = " + Expr(0) : "ok")} {(random.Next(2) == 0 ? "because \"why\"" : "")}\n    otherwise no\n}}\n";
            if (AssertSame($"expression #{n}", text)) clean++;
        }
        _output.WriteLine($"3000 rule sets, {clean} of them without syntax errors");
        Assert.True(clean > 300, $"{clean} valid");
    }
}
