using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Infrastructure;
using Sprache;

namespace ModelDsl.Generator.Syntax;

/// <summary>
/// Turns the text of one .mlmodel file into a <see cref="FileSyntax"/> and syntax diagnostics.
/// Never throws (but for cancellation): limits on size and nesting are checked before Sprache runs,
/// and after a syntax error parsing resumes at the next top-level declaration so one typo does not
/// hide every other error in the file.
/// </summary>
internal static class MlModelParser
{
    public const int MaxFileLength = 1_000_000;
    public const int MaxNestingDepth = 64;

    // Anchored at a line start that NextDeclarationStart finds (Regex's Multiline '^' knows only '\n').
    private static readonly Regex s_declarationStart = new(@"\G[ \t]*(schema|enum|rules|model)\b", RegexOptions.CultureInvariant);

    public static Result<FileSyntax> Parse(string path, string text, CancellationToken cancellationToken = default) =>
        Parse(path, text, fastPath: true, cancellationToken);

    /// <summary>
    /// With <paramref name="fastPath"/>, each declaration is first tried with the <see cref="FastParser"/>, which
    /// gives the grammar's result or gives up; without it, only the grammar runs (the reference the tests compare with).
    /// </summary>
    internal static Result<FileSyntax> Parse(string path, string text, bool fastPath, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var empty = new FileSyntax(null, EquatableArray<Declaration>.Empty);

        if (text.Length > MaxFileLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileTooLarge, path, new TextLocation(0, 0, 0, 0, 0, 0),
                text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MaxFileLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return new Result<FileSyntax>(empty, diagnostics.ToEquatableArray());
        }

        var tooDeep = FindExcessiveNesting(text);
        if (tooDeep is int offset)
        {
            var at = SourceInput.At(text, offset);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NestingTooDeep, path, Grammar.LocationOf(at, at.Advance()),
                MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return new Result<FileSyntax>(empty, diagnostics.ToEquatableArray());
        }

        IInput input = new SourceInput(text);
        Identifier? ns = null;
        var nsResult = Grammar.NamespaceDirective(input);
        if (nsResult.WasSuccessful)
        {
            ns = nsResult.Value;
            input = nsResult.Remainder;
        }

        var fast = fastPath ? new FastParser(text) : null;
        var declarations = new List<Declaration>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Grammar.EndOfInput(input).WasSuccessful) break;

            if (fast is not null && fast.TryDeclaration(input.Position, out var declaration, out var end))
            {
                declarations.Add(declaration!);
                input = fast.InputAt(end);
                continue;
            }

            var result = Grammar.Declaration(input);
            if (result.WasSuccessful)
            {
                declarations.Add(result.Value);
                input = result.Remainder;
                continue;
            }

            diagnostics.Add(SyntaxError(path, result));
            var resumeAt = NextDeclarationStart(text, result.Remainder.Position);
            if (resumeAt < 0) break;
            input = SourceInput.At(text, resumeAt);
        }

        return new Result<FileSyntax>(new FileSyntax(ns, declarations.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    private static int NextDeclarationStart(string text, int failedAt)
    {
        // Resume on the first line after the failing one that starts a declaration.
        for (var line = LineBreaks.NextLineStart(text, Math.Min(failedAt, text.Length)); line >= 0; line = LineBreaks.NextLineStart(text, line))
        {
            var match = s_declarationStart.Match(text, line);
            if (match.Success) return match.Index;
        }
        return -1;
    }

    private static DiagnosticInfo SyntaxError<T>(string path, IResult<T> failure)
    {
        // Point at the offending token, not at the trivia before it.
        IInput at = failure.Remainder;
        var trivia = Grammar.Trivia(at);
        if (trivia.WasSuccessful) at = trivia.Remainder;
        else if (UnclosedComment(at) is { } comment) return comment(path);
        if (!at.AtEnd && at.Current == '"' && UnclosedString(at) is { } text) return text(path);

        var tokenEnd = at;
        if (LogicOperator(at) is { } logic)
        {
            // '&&' makes Sprache expect '=>' after a whole condition: the useful part is the DSL's own word.
            for (var i = 0; i < logic.Symbol.Length; i++) tokenEnd = tokenEnd.Advance();
            return DiagnosticInfo.Create(DiagnosticDescriptors.SyntaxError, path, Grammar.LocationOf(at, tokenEnd),
                $"unexpected '{logic.Symbol}'; write '{logic.Word}' instead of '{logic.Symbol}' (conditions combine with 'and', 'or', 'not')");
        }
        var found = DescribeToken(at, ref tokenEnd);
        var expected = failure.Expectations.Distinct().ToList();
        var message = $"unexpected {found}";
        if (expected.Count > 0) message += "; expected " + JoinAlternatives(expected);
        var suggestion = KeywordSuggestion(found, expected);
        if (suggestion is not null) message += $" (did you mean '{suggestion}'?)";
        return DiagnosticInfo.Create(DiagnosticDescriptors.SyntaxError, path, Grammar.LocationOf(at, tokenEnd), message);
    }

    /// <summary>Trivia fails only on a '/*' without '*/': report it where it opens.</summary>
    private static System.Func<string, DiagnosticInfo>? UnclosedComment(IInput at)
    {
        var open = at.Source.IndexOf("/*", at.Position, StringComparison.Ordinal);
        if (open < 0) return null;
        var start = SourceInput.At(at.Source, open);
        var location = Grammar.LocationOf(start, start.Advance().Advance());
        return path => DiagnosticInfo.Create(DiagnosticDescriptors.SyntaxError, path, location, "the comment '/*' is never closed with '*/'");
    }

    private static System.Func<string, DiagnosticInfo>? UnclosedString(IInput at)
    {
        var lineEnd = LineBreaks.IndexOf(at.Source, at.Position);
        var line = at.Source.Substring(at.Position + 1, (lineEnd < 0 ? at.Source.Length : lineEnd) - at.Position - 1);
        if (line.Replace("\\\\", "").Replace("\\\"", "").Contains("\"")) return null;
        var location = Grammar.LocationOf(at, at.Advance());
        return path => DiagnosticInfo.Create(DiagnosticDescriptors.SyntaxError, path, location, "the string is not closed with '\"' on the same line");
    }

    /// <summary>C-style logic operators, which the DSL spells as words: '&&' and '&', '||' and '|', '!' (but not '!=').</summary>
    private static (string Symbol, string Word)? LogicOperator(IInput at)
    {
        if (at.AtEnd) return null;
        var text = at.Source;
        var next = at.Position + 1 < text.Length ? text[at.Position + 1] : '\0';
        return at.Current switch
        {
            '&' => (next == '&' ? "&&" : "&", "and"),
            '|' => (next == '|' ? "||" : "|", "or"),
            '!' when next != '=' => ("!", "not"),
            _ => null,
        };
    }

    private static string DescribeToken(IInput at, ref IInput end)
    {
        if (at.AtEnd) return "end of file";
        if (char.IsLetter(at.Current) || at.Current == '_')
        {
            var start = at.Position;
            while (!end.AtEnd && (char.IsLetterOrDigit(end.Current) || end.Current == '_')) end = end.Advance();
            return $"'{at.Source.Substring(start, end.Position - start)}'";
        }
        if (char.IsDigit(at.Current))
        {
            var start = at.Position;
            while (!end.AtEnd && (char.IsLetterOrDigit(end.Current) || end.Current == '.')) end = end.Advance();
            return $"'{at.Source.Substring(start, end.Position - start)}'";
        }
        end = end.Advance();
        return at.Current switch
        {
            _ when LineBreaks.IsLineBreak(at.Current) => "end of line",
            _ => $"'{at.Current}'",
        };
    }

    private static string JoinAlternatives(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[items.Count - 1];

    private static string? KeywordSuggestion(string found, IEnumerable<string> expected)
    {
        if (found.Length < 3 || found[0] != '\'') return null;
        var word = found.Substring(1, found.Length - 2);
        var keywords = expected
            .SelectMany(e => Regex.Matches(e, "'([a-z]+)'").Cast<Match>().Select(m => m.Groups[1].Value))
            .Distinct();
        return NameSuggester.Closest(word, keywords);
    }

    /// <summary>The offset where parenthesis/brace nesting first exceeds the limit, ignoring strings and comments.</summary>
    private static int? FindExcessiveNesting(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && !LineBreaks.IsLineBreak(text[i])) i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 1;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"' && !LineBreaks.IsLineBreak(text[i]))
                {
                    if (text[i] == '\\') i++;
                    i++;
                }
            }
            else if (c is '(' or '{' or '[')
            {
                if (++depth > MaxNestingDepth) return i;
            }
            else if (c is ')' or '}' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
        }
        return null;
    }
}
