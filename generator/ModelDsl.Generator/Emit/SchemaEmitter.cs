using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;

namespace ModelDsl.Generator.Emit;

/// <summary>A schema: a record struct with C#-cased properties and a typed CSV reader binding columns by DSL name.</summary>
internal static class SchemaEmitter
{
    public static void Write(SourceWriter w, SchemaModel model)
    {
        w.Line($"/// <summary>A row of schema '{EnumEmitter.Xml(model.DslName)}'.</summary>");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.Line($"public readonly partial record struct {model.Name}").OpenBrace();
        foreach (var field in model.Fields)
        {
            if (field.Type.IsSet)
            {
                w.Line($"/// <summary>Set field <c>{EnumEmitter.Xml(field.DslName)}</c>: values of {EnumEmitter.Xml(field.Type.Describe().Substring("a set of ".Length))} (CSV column <c>{EnumEmitter.Xml(field.DslName)}</c>, the values separated by ';', an empty cell for the empty set).</summary>");
                w.Line($"public {field.Type.CSharpName} {field.Property} {{ get; init; }}").Line();
                continue;
            }
            if (field.Type.Tokens is { } tokens)
            {
                w.Line($"/// <summary>Text field <c>{EnumEmitter.Xml(field.DslName)}</c>, read as at most {tokens.MaxLength} tokens of the {tokens.Tokenizer} tokenizer (see <see cref=\"{field.Property}Tokens\"/>; CSV column <c>{EnumEmitter.Xml(field.DslName)}</c>).</summary>");
                w.Line($"public string {field.Property} {{ get; init; }}").Line();
                w.Line($"/// <summary>How field <c>{EnumEmitter.Xml(field.DslName)}</c> becomes token ids, and back.</summary>");
                w.Line($"public static global::ModelDsl.Runtime.Text.TokenField {field.Property}Tokens {{ get; }} = new({Naming.Quote(field.DslName)}, global::ModelDsl.Runtime.Text.TokenizerKind.{Naming.Pascal(tokens.Tokenizer)}, {tokens.MaxLength}, truncate: {(tokens.Truncate ? "true" : "false")});").Line();
                continue;
            }
            w.Line(field.Type.IsTensor
                ? $"/// <summary>Tensor field <c>{EnumEmitter.Xml(field.DslName)}</c>: {field.Type.ElementCount} values of shape {field.Type.ShapeText}, row-major (CSV column <c>{EnumEmitter.Xml(field.DslName)}</c> with the values separated by spaces, or columns <c>{EnumEmitter.Xml(field.DslName)}[0]</c>, <c>{EnumEmitter.Xml(field.DslName)}[1]</c>, …).</summary>"
                : $"/// <summary>Field <c>{EnumEmitter.Xml(field.DslName)}</c> (CSV column <c>{EnumEmitter.Xml(field.DslName)}</c>).</summary>");
            w.Line($"public {field.Type.CSharpName} {field.Property} {{ get; init; }}").Line();
        }

        w.Line("/// <summary>The CSV column names, in schema order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> ColumnNames {{ get; }} = new string[] {{ {string.Join(", ", model.Fields.Select(f => Naming.Quote(f.DslName)))} }};").Line();

        w.Line("/// <summary>Reads rows from a CSV file with a header row; columns are matched by name, extra columns are ignored.</summary>");
        w.Line("/// <param name=\"path\">The CSV file.</param>");
        w.Line("/// <param name=\"missingAsNaN\">Read empty, NA or NaN cells of float and double columns as NaN (missing values a model may impute) instead of failing.</param>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.Data.CsvDataException\">A column is missing or a value is bad; the message names line and column.</exception>");
        w.Line($"public static global::System.Collections.Generic.IEnumerable<{model.Name}> ReadCsv(string path, bool missingAsNaN = false)").OpenBrace();
        w.Line("using var reader = new global::System.IO.StreamReader(path);");
        w.Line("foreach (var row in ReadCsv(reader, path, missingAsNaN))").OpenBrace().Line("yield return row;").CloseBrace();
        w.CloseBrace().Line();

        w.Line("/// <summary>Reads rows from a CSV file with a header row as <paramref name=\"options\"/> say (missing values, optional columns).</summary>");
        w.Line("/// <param name=\"path\">The CSV file.</param>");
        w.Line("/// <param name=\"options\">How to read missing values, and which columns may be absent.</param>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.Data.CsvDataException\">A column is missing or a value is bad; the message names line and column.</exception>");
        w.Line($"public static global::System.Collections.Generic.IEnumerable<{model.Name}> ReadCsv(string path, global::ModelDsl.Runtime.Data.CsvReadOptions options)").OpenBrace();
        w.Line("using var reader = new global::System.IO.StreamReader(path);");
        w.Line("foreach (var row in ReadCsv(reader, path, options))").OpenBrace().Line("yield return row;").CloseBrace();
        w.CloseBrace().Line();

        w.Line("/// <summary>Reads rows from CSV text with a header row; <paramref name=\"sourceName\"/> appears in error messages.</summary>");
        w.Line("/// <param name=\"reader\">The CSV text.</param>");
        w.Line("/// <param name=\"sourceName\">Names the data in error messages.</param>");
        w.Line("/// <param name=\"missingAsNaN\">Read empty, NA or NaN cells of float and double columns as NaN instead of failing.</param>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.Data.CsvDataException\">A column is missing or a value is bad; the message names line and column.</exception>");
        w.Line($"public static global::System.Collections.Generic.IEnumerable<{model.Name}> ReadCsv(global::System.IO.TextReader reader, string? sourceName = null, bool missingAsNaN = false) =>");
        w.Indent().Line("ReadCsv(reader, sourceName, new global::ModelDsl.Runtime.Data.CsvReadOptions { MissingAsNaN = missingAsNaN });").Unindent().Line();

        w.Line("/// <summary>Reads rows from CSV text with a header row as <paramref name=\"options\"/> say; <paramref name=\"sourceName\"/> appears in error messages.</summary>");
        w.Line("/// <param name=\"reader\">The CSV text.</param>");
        w.Line("/// <param name=\"sourceName\">Names the data in error messages.</param>");
        w.Line("/// <param name=\"options\">How to read missing values, and which columns may be absent.</param>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.Data.CsvDataException\">A column is missing or a value is bad; the message names line and column.</exception>");
        w.Line($"public static global::System.Collections.Generic.IEnumerable<{model.Name}> ReadCsv(global::System.IO.TextReader reader, string? sourceName, global::ModelDsl.Runtime.Data.CsvReadOptions options)").OpenBrace();
        w.Line("using var csv = global::ModelDsl.Runtime.Data.CsvSchemaReader.Open(reader, sourceName, options);");
        foreach (var field in model.Fields)
        {
            w.Line(field.Type.IsTensor
                ? $"var {ColumnLocal(field)} = csv.RequireTensorColumns({Naming.Quote(field.DslName)}, {field.Type.ElementCount});"
                : $"var {ColumnLocal(field)} = csv.RequireColumn({Naming.Quote(field.DslName)});");
        }
        w.Line("while (csv.MoveNext())").OpenBrace();
        w.Line($"yield return new {model.Name}").OpenBrace();
        foreach (var field in model.Fields) w.Line($"{field.Property} = {ReadCell(field)},");
        w.CloseBrace(";");
        w.CloseBrace();
        w.CloseBrace();
        w.CloseBrace();
    }

    private static string ColumnLocal(FieldModel field) => "column" + field.Property;

    private static string ReadCell(FieldModel field)
    {
        var args = $"{ColumnLocal(field)}, {Naming.Quote(field.DslName)}";
        if (field.Type.IsTensor)
        {
            var method = field.Type.Kind switch
            {
                ValueKind.Int => "GetInt32s",
                ValueKind.Long => "GetInt64s",
                ValueKind.Float => "GetSingles",
                _ => "GetDoubles",
            };
            return $"csv.{method}({args}, {field.Type.ElementCount})";
        }
        if (field.Type.Tokens is not null) return $"csv.GetTokenText({args}, {field.Property}Tokens)";
        return field.Type.Kind switch
        {
            ValueKind.Set => $"csv.GetEnumSet<{field.Type.EnumFullName}>({args}, {EnumEmitter.NamesClass(field.Type.EnumFullName!)}.TryParse, {EnumEmitter.NamesClass(field.Type.EnumFullName!)}.All)",
            ValueKind.Int => $"csv.GetInt32({args})",
            ValueKind.Long => $"csv.GetInt64({args})",
            ValueKind.Float => $"csv.GetSingle({args})",
            ValueKind.Double => $"csv.GetDouble({args})",
            ValueKind.Bool => $"csv.GetBoolean({args})",
            ValueKind.String => $"csv.GetString({args})",
            ValueKind.Enum => $"csv.GetEnum<{field.Type.EnumFullName}>({args}, {EnumEmitter.NamesClass(field.Type.EnumFullName!)}.TryParse, {EnumEmitter.NamesClass(field.Type.EnumFullName!)}.All)",
            _ => "default",
        };
    }
}
