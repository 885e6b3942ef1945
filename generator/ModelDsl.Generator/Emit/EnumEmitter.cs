using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;

namespace ModelDsl.Generator.Emit;

/// <summary>An enum and its text helpers: the DSL spelling of each value and a reflection-free parser.</summary>
internal static class EnumEmitter
{
    /// <summary>The helper class of an enum: <c>global::Ns.Decision</c> → <c>global::Ns.DecisionNames</c>.</summary>
    public static string NamesClass(string enumFullName) => enumFullName + "Names";

    public static void Write(SourceWriter w, EnumModel model)
    {
        w.Line($"/// <summary>The values of {Xml(model.Origin)}.</summary>");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.Line($"public enum {model.Name}").OpenBrace();
        foreach (var member in model.Members) w.Line($"/// <summary><c>{Xml(member.DslName)}</c></summary>").Line(member.Name + ",");
        w.CloseBrace().Line();

        w.Line($"/// <summary>Text of <see cref=\"{model.Name}\"/> values as the .mlmodel file spells them.</summary>");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.Line($"public static class {model.Name}Names").OpenBrace();
        w.Line("/// <summary>Every value's name as written in the .mlmodel file, in declaration order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> All {{ get; }} = new string[] {{ {string.Join(", ", System.Linq.Enumerable.Select(model.Members, m => Naming.Quote(m.DslName)))} }};").Line();
        w.Line("/// <summary>The value's name as written in the .mlmodel file.</summary>");
        w.Line($"public static string ToDslName(this {model.Name} value) => value switch").OpenBrace();
        foreach (var member in model.Members) w.Line($"{model.Name}.{member.Name} => {Naming.Quote(member.DslName)},");
        w.Line("_ => ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),");
        w.CloseBrace(";").Line();
        w.Line("/// <summary>Parses a value written as in the .mlmodel file (or as its C# name), ignoring case.</summary>");
        w.Line($"public static bool TryParse(global::System.ReadOnlySpan<char> text, out {model.Name} value)").OpenBrace();
        foreach (var member in model.Members)
        {
            var condition = $"global::System.MemoryExtensions.Equals(text, {Naming.Quote(member.DslName)}, global::System.StringComparison.OrdinalIgnoreCase)";
            if (member.Name != member.DslName)
                condition += $" || global::System.MemoryExtensions.Equals(text, {Naming.Quote(member.Name)}, global::System.StringComparison.OrdinalIgnoreCase)";
            w.Line($"if ({condition})").OpenBrace().Line($"value = {model.Name}.{member.Name};").Line("return true;").CloseBrace();
        }
        w.Line("value = default;").Line("return false;");
        w.CloseBrace();
        w.CloseBrace();
    }

    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
