using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ModelDsl.Generator.Semantics;

/// <summary>How DSL names (snake_case or any case) become C# names.</summary>
internal static class Naming
{
    private static readonly HashSet<string> s_csharpKeywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary><c>credit_score</c> → <c>CreditScore</c>; <c>HTTPCode</c> stays.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upperNext = true;
                continue;
            }
            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }
        if (builder.Length == 0) return "_";
        if (char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    /// <summary><c>debt_ratio</c> → <c>debtRatio</c>, escaped if it is a C# keyword or clashes with generated locals.</summary>
    public static string Local(string name)
    {
        var pascal = Pascal(name);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        if (camel is "input" or "trace" or "hits" or "result" or "count") return camel + "Value";
        return s_csharpKeywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>A C# string literal.</summary>
    public static string Quote(string? text)
    {
        if (text is null) return "null";
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    // U+2028 and U+2029 end a line in C# too (control characters include U+0085).
                    if (char.IsControl(c) || c is '\u2028' or '\u2029') builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Dotted C# identifiers (Unicode letters as C# allows them: 'Ünïcode'), none a keyword.</summary>
    public static bool IsValidNamespace(string ns) =>
        ns.Split('.').All(part => part.Length > 0
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsIdentifierStartCharacter(part[0])
            && part.All(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsIdentifierPartCharacter)
            && !s_csharpKeywords.Contains(part));

    private static readonly System.Text.RegularExpressions.Regex s_unsafeNamespaceCharacters =
        new(@"(((?<=\.)|^)((?=\d)|\.)|[^\w\.])|(\.$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A project name made a namespace as <c>dotnet new</c> writes it in a template's code (the template engine's
    /// safe_namespace form): every character but letters, digits, '_' and '.' becomes '_', and a part that starts with a
    /// digit or is empty gets one ('my-rules' → 'my_rules', '123app' → '_123app'). The SDK's own RootNamespace only
    /// replaces spaces, so a project named 'my-rules' has RootNamespace 'my-rules' while its Program.cs says
    /// 'using my_rules;'. A part that is a C# keyword gets a leading '_' too ('class' → '_class').
    /// </summary>
    public static string SafeNamespace(string name)
    {
        var safe = s_unsafeNamespaceCharacters.Replace(name.Trim(), "_");
        return string.Join(".", safe.Split('.').Select(part => s_csharpKeywords.Contains(part) ? "_" + part : part));
    }
}
