using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics.Models;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics;

/// <summary>
/// Resolves names (across files through the <see cref="DeclarationIndex"/>), checks types, orders
/// derived values for forward chaining and runs the static rule analysis. Produces the
/// <see cref="FileModel"/> the emitter writes, plus diagnostics.
/// </summary>
internal sealed partial class Binder
{
    private readonly ParsedFile _file;
    private readonly DeclarationIndex _index;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<DiagnosticInfo> _withoutTorch = new();

    private Binder(ParsedFile file, DeclarationIndex index, CancellationToken cancellationToken)
    {
        _file = file;
        _index = index;
        _cancellationToken = cancellationToken;
    }

    public static Result<FileModel> Bind(ParsedFile file, DeclarationIndex index, CancellationToken cancellationToken = default)
    {
        var binder = new Binder(file, index, cancellationToken);
        var model = binder.BindFile();
        return new Result<FileModel>(model, binder._diagnostics.ToEquatableArray()) { WithoutTorch = binder._withoutTorch.ToEquatableArray() };
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextLocation location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, _file.Path, location, arguments));

    private int ErrorCount => _diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    /// <summary>
    /// The text from <paramref name="start"/> with every run of white space as one space: what
    /// <c>Regex.Replace(text, @"\s+", " ")</c> gives (<c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>), without the regex.
    /// </summary>
    internal static string CollapseWhitespace(string text, int start, int length)
    {
        var end = start + length;
        var i = start;
        // Most expressions have single spaces only: then the text is the substring.
        for (; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < end && char.IsWhiteSpace(text[i + 1])))) break;
        }
        if (i == end) return text.Substring(start, length);
        var builder = new System.Text.StringBuilder(length);
        builder.Append(text, start, i - start);
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                builder.Append(' ');
                while (i < end && char.IsWhiteSpace(text[i])) i++;
            }
            else builder.Append(text[i++]);
        }
        return builder.ToString();
    }

    /// <summary>Findings of the <see cref="RuleAnalyzer"/>.</summary>
    internal void ReportAnalysis(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextLocation location, params string[] arguments) =>
        Report(descriptor, location, arguments);

    private FileModel BindFile()
    {
        var enums = new List<EnumModel>();
        var schemas = new List<SchemaModel>();
        var ruleSets = new List<RuleSetModel>();
        var models = new List<LearnedModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        if (_file.Syntax.Namespace is { } ns && !Naming.IsValidNamespace(ns.Text))
            Report(DiagnosticDescriptors.SyntaxError, ns.Location, $"'{ns.Text}' is not a valid C# namespace");

        foreach (var declaration in _file.Syntax.Declarations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!CheckUniqueTopLevel(declaration, seen)) continue;
            CheckNotNamedLikeNamespace(declaration);
            switch (declaration)
            {
                case EnumDeclaration e:
                    enums.Add(BindEnum(e.Name.Text, Naming.Pascal(e.Name.Text), e.Members, $"enum '{e.Name.Text}'"));
                    break;
                case SchemaDeclaration s:
                    schemas.Add(BindSchema(s, enums));
                    break;
                case RuleSetDeclaration r:
                    if (BindRuleSet(r, enums) is { } ruleSet) ruleSets.Add(ruleSet);
                    break;
                case ModelDeclaration m:
                    if (BindModel(m) is { } model)
                    {
                        models.Add(model);
                        // Reported only if the project turns out not to reference ModelDsl.Runtime.Torch.
                        if (model.Network is not null) _withoutTorch.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TorchRuntimeMissing, _file.Path, m.Name.Location, model.DslName));
                    }
                    break;
            }
        }

        return new FileModel(_file.Path, _file.HintName, _file.Namespace, enums.ToEquatableArray(), schemas.ToEquatableArray(), ruleSets.ToEquatableArray(), models.ToEquatableArray());
    }

    /// <summary>
    /// A type named like a part of its namespace (model 'IrisNet' in project 'IrisNet') compiles, but C# code outside
    /// the namespace that names the type gets the namespace instead (CS0234): MDSL0118 says so on the declaration.
    /// </summary>
    private void CheckNotNamedLikeNamespace(Declaration declaration)
    {
        var csName = Naming.Pascal(declaration.Name.Text);
        if (Array.IndexOf(_file.Namespace.Split('.'), csName) >= 0)
            Report(DiagnosticDescriptors.TypeNamedLikeNamespace, declaration.Name.Location, declaration.Name.Text, csName, _file.Namespace);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DeclarationIndex, string[]> s_pascalNames = new();

    /// <summary>The C# names of the index's declarations, computed once per index (every file's binding checks them).</summary>
    private static string[] PascalNames(DeclarationIndex index) =>
        s_pascalNames.GetValue(index, static i => i.Declarations.Select(d => Naming.Pascal(d.DslName)).ToArray());

    /// <summary>A top-level name must be unique in the project; the later declaration (by path, then position) gets the error.</summary>
    private bool CheckUniqueTopLevel(Declaration declaration, HashSet<string> seenInFile)
    {
        var name = declaration.Name.Text;
        var csName = Naming.Pascal(name);
        IndexedDeclaration? earlierFile = null;
        var pascalNames = PascalNames(_index);
        for (var i = 0; i < pascalNames.Length; i++)
        {
            if (pascalNames[i] == csName && string.CompareOrdinal(_index.Declarations[i].Path, _file.Path) < 0)
            {
                earlierFile = _index.Declarations[i];
                break;
            }
        }
        if (!seenInFile.Add(Naming.Pascal(name)) || earlierFile is not null)
        {
            var where = earlierFile is not null ? $" in {System.IO.Path.GetFileName(earlierFile.Path)}" : " in this file";
            Report(DiagnosticDescriptors.DuplicateName, declaration.Name.Location, "A declaration named", name, where);
            return false;
        }
        return true;
    }

    private EnumModel BindEnum(string dslName, string csName, EquatableArray<Identifier> members, string origin)
    {
        var result = new List<EnumMemberModel>();
        var byCsName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var cs = Naming.Pascal(member.Text);
            if (byCsName.TryGetValue(cs, out var other))
            {
                if (other == member.Text) Report(DiagnosticDescriptors.DuplicateName, member.Location, "Enum value", member.Text, $" in '{dslName}'");
                else Report(DiagnosticDescriptors.GeneratedNameClash, member.Location, other, member.Text, cs);
                continue;
            }
            byCsName.Add(cs, member.Text);
            result.Add(new EnumMemberModel(member.Text, cs));
        }
        return new EnumModel(dslName, csName, result.ToEquatableArray(), origin);
    }

    private static readonly HashSet<string> s_reservedMembers = new(StringComparer.Ordinal)
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType", "ReadCsv", "ColumnNames",
    };

    private SchemaModel BindSchema(SchemaDeclaration schema, List<EnumModel> enums)
    {
        var schemaName = Naming.Pascal(schema.Name.Text);
        var fields = new List<FieldModel>();
        var byProperty = new Dictionary<string, string>(StringComparer.Ordinal);
        if (schema.Fields.IsEmpty) Report(DiagnosticDescriptors.EmptyDeclaration, schema.Name.Location, "Schema", schema.Name.Text);
        foreach (var field in schema.Fields)
        {
            var property = Naming.Pascal(field.Name.Text);
            if (byProperty.TryGetValue(property, out var other))
            {
                if (other == field.Name.Text) Report(DiagnosticDescriptors.DuplicateName, field.Name.Location, "Field", field.Name.Text, $" in schema '{schema.Name.Text}'");
                else Report(DiagnosticDescriptors.GeneratedNameClash, field.Name.Location, other, field.Name.Text, property);
                continue;
            }
            if (property == schemaName || s_reservedMembers.Contains(property))
            {
                Report(DiagnosticDescriptors.GeneratedNameClash, field.Name.Location, field.Name.Text,
                    property == schemaName ? schema.Name.Text : "a generated member", property);
                continue;
            }
            byProperty.Add(property, field.Name.Text);

            DslType type;
            if (field.Type.Keyword == TypeKeyword.Set)
            {
                type = BindSetType(field.Type, () =>
                {
                    var enumModel = BindEnum($"{schema.Name.Text}.{field.Name.Text}", schemaName + property, field.Type.InlineMembers, $"field '{field.Name.Text}' of schema '{schema.Name.Text}'");
                    enums.Add(enumModel);
                    return EnumType(enumModel.Name, enumModel.DslName, enumModel.Members.Select(m => m.DslName));
                });
            }
            else if (field.Type.Keyword == TypeKeyword.Tokens)
            {
                type = BindTokensType(field.Type.Tokens!);
            }
            else if (field.Type.Keyword == TypeKeyword.InlineEnum)
            {
                var enumModel = BindEnum($"{schema.Name.Text}.{field.Name.Text}", schemaName + property, field.Type.InlineMembers, $"field '{field.Name.Text}' of schema '{schema.Name.Text}'");
                enums.Add(enumModel);
                type = EnumType(enumModel.Name, enumModel.DslName, enumModel.Members.Select(m => m.DslName));
            }
            else
            {
                type = ResolveType(field.Type);
            }
            if (!field.Type.Shape.IsEmpty && !type.IsError) type = TensorType(type, field.Type, $"field '{field.Name.Text}'");
            if (!type.IsError) fields.Add(new FieldModel(field.Name.Text, property, type));
        }
        // A tokens field also gets a static '{Property}Tokens'; a field of that name would clash with it.
        foreach (var field in fields)
        {
            if (field.Type.Tokens is not null && byProperty.TryGetValue(field.Property + "Tokens", out var clash))
                Report(DiagnosticDescriptors.GeneratedNameClash, schema.Fields.First(f => f.Name.Text == clash).Name.Location, clash, $"the tokenizer of '{field.DslName}'", field.Property + "Tokens");
        }
        return new SchemaModel(schema.Name.Text, schemaName, fields.ToEquatableArray());
    }

    /// <summary><c>set of Department</c> or <c>set of enum { … }</c> (<paramref name="inline"/> binds the inline enum).</summary>
    private DslType BindSetType(TypeSyntax type, Func<DslType> inline)
    {
        var element = type.Name is null ? inline() : ResolveType(type with { Keyword = TypeKeyword.Named, Location = type.Name.Location });
        if (element.IsError) return DslType.Error;
        if (element.Members.Count > FieldTypes.MaxMembers)
        {
            Report(DiagnosticDescriptors.SetEnumTooLarge, type.Location, FieldTypes.MaxMembers.ToString(CultureInfo.InvariantCulture), element.Describe(),
                element.Members.Count.ToString(CultureInfo.InvariantCulture));
            return DslType.Error;
        }
        return DslType.SetOf(element);
    }

    /// <summary><c>tokens(chars, 32, truncate: true)</c>, checked (reported here).</summary>
    private DslType BindTokensType(TokensSyntax tokens)
    {
        var ok = true;
        if (!FieldTypes.Tokenizers.Contains(tokens.Tokenizer.Text))
        {
            Report(DiagnosticDescriptors.UnknownTokenizer, tokens.Tokenizer.Location, tokens.Tokenizer.Text, NameSuggester.Hint(tokens.Tokenizer.Text, FieldTypes.Tokenizers));
            ok = false;
        }
        var length = tokens.MaxLength;
        if (!length.IsInteger || length.Value < 1 || length.Value > FieldTypes.MaxTokens)
        {
            Report(DiagnosticDescriptors.InvalidTokenLength, length.Location, FieldTypes.MaxTokens.ToString(CultureInfo.InvariantCulture), length.Text);
            ok = false;
        }
        var truncate = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in tokens.Options)
        {
            if (option.Name.Text != "truncate")
            {
                Report(DiagnosticDescriptors.UnknownTokensOption, option.Name.Location, option.Name.Text, NameSuggester.Hint(option.Name.Text, new[] { "truncate" }));
                ok = false;
            }
            else if (!seen.Add(option.Name.Text))
            {
                Report(DiagnosticDescriptors.DuplicateName, option.Name.Location, "Option", "truncate", " for this tokens field");
                ok = false;
            }
            else if (option.Value is BoolLiteral b) truncate = b.Value;
            else
            {
                Report(DiagnosticDescriptors.InvalidParameterValue, option.Value.Location, "truncate", "a tokens field", "true or false",
                    option.Value switch { NumberLiteral n => n.Text, StringLiteral text => "\"" + text.Value + "\"", NameExpression n => n.Name.Text, _ => "another value" });
                ok = false;
            }
        }
        return ok ? DslType.TokenText(new TokensModel(tokens.Tokenizer.Text, (int)length.Value, truncate)) : DslType.Error;
    }

    /// <summary>A tokens field's settings as other files see them (null if invalid: the declaring file reports it).</summary>
    internal static TokensModel? IndexedTokens(TypeSyntax type)
    {
        if (type.Tokens is not { } tokens || !FieldTypes.Tokenizers.Contains(tokens.Tokenizer.Text)) return null;
        if (!tokens.MaxLength.IsInteger || tokens.MaxLength.Value < 1 || tokens.MaxLength.Value > FieldTypes.MaxTokens) return null;
        var truncate = false;
        foreach (var option in tokens.Options)
        {
            if (option.Name.Text != "truncate" || option.Value is not BoolLiteral b) return null;
            truncate = b.Value;
        }
        return new TokensModel(tokens.Tokenizer.Text, (int)tokens.MaxLength.Value, truncate);
    }

    private DslType EnumType(string csName, string dslName, IEnumerable<string> dslMembers) =>
        DslType.Enum($"global::{_file.Namespace}.{csName}", dslName, dslMembers);

    private DslType ResolveType(TypeSyntax type)
    {
        switch (type.Keyword)
        {
            case TypeKeyword.Named:
                var name = type.Name!.Text;
                var found = _index.Find(IndexedKind.Enum, name);
                if (found is null)
                {
                    var isSchema = _index.Find(IndexedKind.Schema, name) is not null;
                    var alias = name.ToLowerInvariant() switch
                    {
                        "integer" or "int32" => "int",
                        "int64" => "long",
                        "number" or "real" or "decimal" => "double",
                        "boolean" => "bool",
                        "str" or "text" => "string",
                        _ => null,
                    };
                    // "type", not "enum type": a field's type is a keyword type or an enum, and a typo may be of either.
                    Report(DiagnosticDescriptors.UnknownType, type.Location, "type", name,
                        isSchema ? "; a schema cannot be a field type"
                        : alias is not null ? $"; did you mean '{alias}'?"
                        : NameSuggester.Hint(name, _index.NamesOf(IndexedKind.Enum).Concat(new[] { "float", "double", "int", "long", "bool", "string" })));
                    return DslType.Error;
                }
                return DslType.Enum(found.FullName, found.DslName, found.Members);
            default:
                return KeywordType(type.Keyword);
        }
    }

    /// <summary>Largest tensor field, in values per row: a row's features live on the stack while predicting.</summary>
    internal const int MaxTensorElements = 1 << 20;

    /// <summary>A tensor field's type: numeric elements and whole, positive dimensions (reported here otherwise).</summary>
    private DslType TensorType(DslType element, TypeSyntax syntax, string what)
    {
        if (!element.IsNumeric)
        {
            Report(DiagnosticDescriptors.TensorElementType, syntax.Location, what, element.Describe());
            return DslType.Error;
        }
        var shape = new List<int>();
        long total = 1;
        foreach (var d in syntax.Shape)
        {
            if (!CheckNumber(LearningCatalog.TensorDimension, d, $"the tensor {what}")) return DslType.Error;
            shape.Add((int)d.Value);
            total *= (long)d.Value;
        }
        if (total > MaxTensorElements)
        {
            Report(DiagnosticDescriptors.TensorTooLarge, syntax.Location,
                what, total.ToString("N0", CultureInfo.InvariantCulture), MaxTensorElements.ToString("N0", CultureInfo.InvariantCulture));
            return DslType.Error;
        }
        return DslType.Tensor(element, shape.ToEquatableArray());
    }

    /// <summary>The shape a tensor field's syntax declares, as other files see it (invalid dimensions drop the shape: the declaring file reports them).</summary>
    internal static EquatableArray<int> IndexedShape(TypeSyntax type) =>
        type.Shape.All(d => d.IsInteger && d.Value >= 1 && d.Value <= MaxTensorElements)
            ? type.Shape.Select(d => (int)d.Value).ToEquatableArray()
            : EquatableArray<int>.Empty;

    private static DslType KeywordType(TypeKeyword keyword) => keyword switch
    {
        TypeKeyword.Int => DslType.Int,
        TypeKeyword.Long => DslType.Long,
        TypeKeyword.Float => DslType.Float,
        TypeKeyword.Double => DslType.Double,
        TypeKeyword.Bool => DslType.Bool,
        TypeKeyword.String => DslType.String,
        _ => DslType.Error,
    };

    /// <summary>The type of a schema field as other files see it (through the index).</summary>
    private DslType IndexedFieldType(IndexedDeclaration schema, IndexedField field)
    {
        switch (field.Keyword)
        {
            case TypeKeyword.Set:
                var element = field.TypeName is null
                    ? IndexedFieldType(schema, field with { Keyword = TypeKeyword.InlineEnum })
                    : IndexedFieldType(schema, field with { Keyword = TypeKeyword.Named });
                return element.IsError || element.Members.Count > FieldTypes.MaxMembers ? DslType.Error : DslType.SetOf(element);
            case TypeKeyword.Tokens:
                return field.Tokens is null ? DslType.Error : DslType.TokenText(field.Tokens);
            case TypeKeyword.InlineEnum:
                return DslType.Enum($"global::{schema.Namespace}.{Naming.Pascal(schema.DslName)}{Naming.Pascal(field.DslName)}",
                    $"{schema.DslName}.{field.DslName}", field.InlineMembers);
            case TypeKeyword.Named:
                var found = _index.Find(IndexedKind.Enum, field.TypeName!);
                return found is null
                    ? DslType.Error
                    : DslType.Enum(found.FullName, found.DslName, found.Members);
            default:
                var type = KeywordType(field.Keyword);
                return field.Shape.IsEmpty || !type.IsNumeric ? type : DslType.Tensor(type, field.Shape);
        }
    }

    // ================= rule sets =================

    private RuleSetModel? BindRuleSet(RuleSetDeclaration ruleSet, List<EnumModel> enums)
    {
        var errorsBefore = ErrorCount;
        var schema = _index.Find(IndexedKind.Schema, ruleSet.InputSchema.Text);
        if (schema is null)
        {
            Report(DiagnosticDescriptors.UnknownType, ruleSet.InputSchema.Location, "schema", ruleSet.InputSchema.Text,
                NameSuggester.Hint(ruleSet.InputSchema.Text, _index.NamesOf(IndexedKind.Schema)));
        }

        DslType? outcome = null;
        var outcomeDecl = _index.Find(IndexedKind.Enum, ruleSet.OutcomeType.Text);
        if (outcomeDecl is not null)
        {
            outcome = DslType.Enum(outcomeDecl.FullName, outcomeDecl.DslName, outcomeDecl.Members);
        }
        else if (_index.Find(IndexedKind.Schema, ruleSet.OutcomeType.Text) is not null || ruleSet.OutcomeType.Text is "float" or "double" or "int" or "long" or "bool" or "string")
        {
            Report(DiagnosticDescriptors.OutcomeNotEnum, ruleSet.OutcomeType.Location, ruleSet.OutcomeType.Text,
                _index.Find(IndexedKind.Schema, ruleSet.OutcomeType.Text) is not null ? "a schema" : "the type " + ruleSet.OutcomeType.Text);
        }
        else
        {
            Report(DiagnosticDescriptors.UnknownType, ruleSet.OutcomeType.Location, "enum type", ruleSet.OutcomeType.Text,
                NameSuggester.Hint(ruleSet.OutcomeType.Text, _index.NamesOf(IndexedKind.Enum)));
        }

        var scope = new RuleSetScope(this, ruleSet, schema, enums, errorsBefore);
        var model = scope.Bind(outcome);
        return schema is null || outcome is null || scope.HasErrors ? null : model;
    }

    /// <summary>Binding state of one rule set: its fields, 'let' values and facts.</summary>
    private sealed class RuleSetScope
    {
        private readonly Binder _binder;
        private readonly RuleSetDeclaration _syntax;
        private readonly IndexedDeclaration? _schema;
        private readonly List<EnumModel> _enums;
        private readonly Dictionary<string, DslType> _fields = new(StringComparer.Ordinal);
        private readonly Dictionary<string, LetDeclaration> _lets = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (FactDeclaration Syntax, DslType Type)> _facts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, BoundExpression?> _boundLets = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _locals = new(StringComparer.Ordinal);

        public RuleSetScope(Binder binder, RuleSetDeclaration syntax, IndexedDeclaration? schema, List<EnumModel> enums, int errorsBefore)
        {
            _errorsBefore = errorsBefore;
            _binder = binder;
            _syntax = syntax;
            _schema = schema;
            _enums = enums;
            if (schema is not null)
            {
                foreach (var field in schema.Fields)
                {
                    if (!_fields.ContainsKey(field.DslName)) _fields.Add(field.DslName, binder.IndexedFieldType(schema, field));
                }
            }
        }

        private string SchemaDescription => _schema is null ? $"'{_syntax.InputSchema.Text}'" : $"schema '{_schema.DslName}'";

        private readonly int _errorsBefore;

        /// <summary>True when binding this rule set reported errors: it is then not emitted (no cascade of C# errors).</summary>
        public bool HasErrors => _binder.ErrorCount > _errorsBefore;

        public RuleSetModel Bind(DslType? outcome)
        {
            var csName = Naming.Pascal(_syntax.Name.Text);
            var policy = HitPolicy.First;
            PolicyClause? policyClause = null;
            OtherwiseClause? otherwise = null;

            // Declarations first, so rules may read values declared after them.
            foreach (var member in _syntax.Members)
            {
                switch (member)
                {
                    case PolicyClause p:
                        if (policyClause is not null) _binder.Report(DiagnosticDescriptors.RepeatedClause, p.Location, "policy");
                        else { policyClause = p; policy = p.Policy; }
                        break;
                    case OtherwiseClause o:
                        if (otherwise is not null) _binder.Report(DiagnosticDescriptors.RepeatedClause, o.Location, "otherwise");
                        else otherwise = o;
                        break;
                    case LetDeclaration let:
                        if (DeclareLocal(let.Name)) _lets.Add(let.Name.Text, let);
                        break;
                    case FactDeclaration fact:
                        if (DeclareLocal(fact.Name))
                        {
                            DslType type;
                            if (fact.Type.Keyword == TypeKeyword.InlineEnum)
                            {
                                var enumModel = _binder.BindEnum($"{_syntax.Name.Text}.{fact.Name.Text}", csName + Naming.Pascal(fact.Name.Text), fact.Type.InlineMembers, $"fact '{fact.Name.Text}' of rule set '{_syntax.Name.Text}'");
                                _enums.Add(enumModel);
                                type = _binder.EnumType(enumModel.Name, enumModel.DslName, enumModel.Members.Select(m => m.DslName));
                            }
                            else
                            {
                                type = _binder.ResolveType(fact.Type);
                            }
                            if (!fact.Type.Shape.IsEmpty && !type.IsError)
                            {
                                _binder.Report(DiagnosticDescriptors.TensorFact, fact.Type.Location, fact.Type.Keyword.ToString().ToLowerInvariant());
                                type = DslType.Error;
                            }
                            _facts.Add(fact.Name.Text, (fact, type));
                        }
                        break;
                }
            }

            // Bind lets (lazily, in dependency order), facts and rules.
            foreach (var let in _lets.Values) BindLet(let.Name.Text);

            var factRules = new Dictionary<string, List<(RuleDeclaration Syntax, FactRuleModel Model)>>(StringComparer.Ordinal);
            var outcomeRules = new List<(RuleDeclaration Syntax, RuleModel Model)>();
            var ruleNames = new HashSet<string>(StringComparer.Ordinal);
            var ruleId = 0;
            foreach (var rule in _syntax.Members.OfType<RuleDeclaration>())
            {
                _binder._cancellationToken.ThrowIfCancellationRequested();
                if (!ruleNames.Add(rule.Name.Text))
                    _binder.Report(DiagnosticDescriptors.DuplicateName, rule.Name.Location, "Rule", rule.Name.Text, $" in rule set '{_syntax.Name.Text}'");

                var condition = BindExpression(rule.Condition, null);
                if (!condition.Type.IsError && condition.Type.Kind != ValueKind.Bool)
                    _binder.Report(DiagnosticDescriptors.ConditionNotBoolean, rule.Condition.Location, condition.Type.Describe());

                if (rule.Priority is not null && policy != HitPolicy.Priority)
                    _binder.Report(DiagnosticDescriptors.PriorityWithoutPolicy, rule.Priority.Location, rule.Name.Text);

                switch (rule.Action)
                {
                    case OutcomeAction o:
                        var member = outcome is null ? null : ResolveMember(o.Outcome, outcome);
                        if (policy == HitPolicy.Priority && rule.Priority is null)
                            _binder.Report(DiagnosticDescriptors.RuleWithoutPriority, rule.Name.Location, rule.Name.Text);
                        outcomeRules.Add((rule, new RuleModel(ruleId++, rule.Name.Text, Naming.Pascal(rule.Name.Text), rule.Priority?.Value, condition, member ?? "", o.Outcome.Text, rule.Reason)));
                        break;
                    case SetFactAction set:
                        if (!_facts.TryGetValue(set.Fact.Text, out var fact))
                        {
                            _binder.Report(DiagnosticDescriptors.UnknownName, set.Fact.Location, set.Fact.Text, $"rule set '{_syntax.Name.Text}' that a rule can set (only facts can be set)",
                                NameSuggester.Hint(set.Fact.Text, _facts.Keys));
                            break;
                        }
                        var value = BindExpression(set.Value, fact.Type.Kind == ValueKind.Enum ? fact.Type : null);
                        CheckAssignable(fact.Type, value, set.Value.Location, $"fact '{set.Fact.Text}'", set.Fact.Text);
                        if (!factRules.TryGetValue(set.Fact.Text, out var list)) factRules[set.Fact.Text] = list = new();
                        list.Add((rule, new FactRuleModel(rule.Name.Text, condition, value, rule.Reason)));
                        break;
                }
            }

            OtherwiseModel? otherwiseModel = null;
            if (otherwise is not null && outcome is not null)
                otherwiseModel = new OtherwiseModel(ResolveMember(otherwise.Outcome, outcome) ?? "", otherwise.Reason);

            // Derived values in evaluation order (forward chaining), cycles reported.
            var derived = OrderDerived(factRules);

            var ordered = policy == HitPolicy.Priority
                ? outcomeRules.OrderByDescending(r => r.Model.Priority ?? 0).ToList() // OrderBy is stable: ties keep declaration order
                : outcomeRules;

            if (_binder.ErrorCount == _errorsBefore)
            {
                var analyzer = new RuleAnalyzer(_binder, _syntax.Name.Text, _syntax.Name.Location, policy);
                analyzer.Analyze(ordered, factRules.Values.SelectMany(v => v).ToList(), otherwise is not null);
            }

            return new RuleSetModel(
                _syntax.Name.Text,
                csName,
                _schema?.FullName ?? "",
                outcome?.EnumFullName ?? "",
                policy,
                derived.ToEquatableArray(),
                ordered.Select(r => r.Model).ToEquatableArray(),
                otherwiseModel);
        }

        private bool DeclareLocal(Identifier name)
        {
            if (_fields.ContainsKey(name.Text))
            {
                _binder.Report(DiagnosticDescriptors.DuplicateName, name.Location, "A value named", name.Text, $" as a field of {SchemaDescription}");
                return false;
            }
            if (_lets.ContainsKey(name.Text) || _facts.ContainsKey(name.Text))
            {
                _binder.Report(DiagnosticDescriptors.DuplicateName, name.Location, "A value named", name.Text, $" in rule set '{_syntax.Name.Text}'");
                return false;
            }
            var local = Naming.Local(name.Text);
            if (_locals.TryGetValue(local, out var other))
            {
                _binder.Report(DiagnosticDescriptors.GeneratedNameClash, name.Location, other, name.Text, local);
                return false;
            }
            _locals.Add(local, name.Text);
            return true;
        }

        private string? ResolveMember(Identifier name, DslType enumType)
        {
            var cs = Naming.Pascal(name.Text);
            if (enumType.Members.Contains(cs)) return cs;
            _binder.Report(DiagnosticDescriptors.UnknownEnumValue, name.Location, name.Text, enumType.Describe(),
                NameSuggester.Hint(name.Text, EnumDslMembers(enumType)));
            return null;
        }

        private static IEnumerable<string> EnumDslMembers(DslType enumType) => enumType.DslMembers;

        private void CheckAssignable(DslType target, BoundExpression value, TextLocation location, string what, string factName)
        {
            if (target.IsError || value.Type.IsError) return;
            // Widening only: an integer fits any number type, a long does not fit an int, a fraction needs float/double.
            var ok = target.Kind == value.Type.Kind
                || (target.IsNumeric && value.Type.IsNumeric && (!target.IsIntegral || value.Type.Kind == ValueKind.Int));
            if (target.Kind == ValueKind.Enum) ok = value.Type.Kind == ValueKind.Enum && value.Type.EnumFullName == target.EnumFullName;
            if (!ok) _binder.Report(DiagnosticDescriptors.ValueOfWrongType, location, what, target.Describe(), value.Type.Describe(), AssignmentHint(target, value, factName));
        }

        /// <summary>Why an integer fact gets a double (arithmetic is done in double) and what to write instead.</summary>
        private static string AssignmentHint(DslType target, BoundExpression value, string factName)
        {
            if (!target.IsIntegral || !value.Type.IsNumeric || value.Type.IsIntegral) return "";
            var cause = value is BoundBinary { Operator: BinaryOperator.Divide } ? "'/' is real division and gives a double"
                : value is BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Modulo } ? "arithmetic gives a double"
                : "an integer fact takes integer values only";
            return $": {cause}; declare '{factName}' as double (the language has no integer division or rounding)";
        }

        // ---- let values ----

        private readonly List<string> _letsInProgress = new();
        private bool _letCycleReported;

        private BoundExpression? BindLet(string name)
        {
            if (_boundLets.TryGetValue(name, out var done))
            {
                if (done is null && !_letCycleReported)
                {
                    // Still being bound: the let values depend on each other in a cycle.
                    _letCycleReported = true;
                    var cycle = _letsInProgress.Skip(_letsInProgress.IndexOf(name)).Concat(new[] { name });
                    _binder.Report(DiagnosticDescriptors.ChainingCycle, _lets[name].Name.Location, string.Join(" → ", cycle));
                }
                return done;
            }
            _boundLets[name] = null;
            _letsInProgress.Add(name);
            var value = BindExpression(_lets[name].Value, null);
            _letsInProgress.RemoveAt(_letsInProgress.Count - 1);
            _boundLets[name] = value;
            return value;
        }

        private List<DerivedModel> OrderDerived(Dictionary<string, List<(RuleDeclaration Syntax, FactRuleModel Model)>> factRules)
        {
            // Dependency graph over lets and facts in declaration order.
            var declarationOrder = _syntax.Members
                .Select(m => m switch { LetDeclaration l => l.Name, FactDeclaration f => f.Name, _ => null })
                .Where(n => n is not null && (_lets.ContainsKey(n.Text) || _facts.ContainsKey(n.Text)))
                .Select(n => n!)
                .ToList();
            var localToName = _lets.Keys.Concat(_facts.Keys).ToDictionary(Naming.Local, n => n, StringComparer.Ordinal);

            BoundExpression ValueOf(string name) => _lets.ContainsKey(name)
                ? _boundLets[name] ?? new BoundLiteral(DslType.Error, name, "default", 0)
                : BindFactDefault(name);

            var defaults = new Dictionary<string, BoundExpression>(StringComparer.Ordinal);
            BoundExpression BindFactDefault(string name)
            {
                if (defaults.TryGetValue(name, out var bound)) return bound;
                var (syntax, type) = _facts[name];
                bound = BindExpression(syntax.Default, type.Kind == ValueKind.Enum ? type : null);
                CheckAssignable(type, bound, syntax.Default.Location, $"fact '{name}'", name);
                return defaults[name] = bound;
            }

            var dependencies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var name in declarationOrder.Select(n => n.Text))
            {
                var refs = new List<BoundExpression> { ValueOf(name) };
                if (factRules.TryGetValue(name, out var rules)) refs.AddRange(rules.SelectMany(r => new[] { r.Model.Condition, r.Model.Value }));
                dependencies[name] = refs.SelectMany(r => r.ReferencedLocals()).Select(l => localToName.TryGetValue(l, out var n) ? n : null)
                    .Where(n => n is not null).Select(n => n!).Distinct().ToList();
            }

            var order = new List<string>();
            var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = visiting, 2 = done
            var stack = new List<string>();
            var reportedCycle = _letCycleReported;
            void Visit(string name)
            {
                if (state.TryGetValue(name, out var s))
                {
                    if (s == 1 && !reportedCycle)
                    {
                        reportedCycle = true;
                        var cycle = stack.Skip(stack.IndexOf(name)).Concat(new[] { name });
                        var at = declarationOrder.First(n => n.Text == name).Location;
                        _binder.Report(DiagnosticDescriptors.ChainingCycle, at, string.Join(" → ", cycle));
                    }
                    return;
                }
                state[name] = 1;
                stack.Add(name);
                foreach (var dependency in dependencies[name]) Visit(dependency);
                stack.RemoveAt(stack.Count - 1);
                state[name] = 2;
                order.Add(name);
            }
            foreach (var name in declarationOrder) Visit(name.Text);

            return order.Select(name => _lets.ContainsKey(name)
                ? new DerivedModel(DerivedKind.Let, name, Naming.Local(name), ValueOf(name).Type, ValueOf(name), EquatableArray<FactRuleModel>.Empty)
                : new DerivedModel(DerivedKind.Fact, name, Naming.Local(name), _facts[name].Type, ValueOf(name),
                    factRules.TryGetValue(name, out var rules) ? rules.Select(r => r.Model).ToEquatableArray() : EquatableArray<FactRuleModel>.Empty))
                .ToList();
        }

        // ---- expressions ----

        private string TextOf(Expression expression)
        {
            var location = expression.Location;
            var text = _binder._file.Text;
            if (location.Start < 0 || location.Start + location.Length > text.Length) return "?";
            return CollapseWhitespace(text, location.Start, location.Length);
        }

        private bool IsVariable(string name) => _fields.ContainsKey(name) || _lets.ContainsKey(name) || _facts.ContainsKey(name);

        private BoundExpression Error(Expression expression) => new BoundLiteral(DslType.Error, TextOf(expression), "default", 0);

        /// <param name="enumContext">The enum type a bare name may be a value of (the other side of '==', a fact being set).</param>
        private BoundExpression BindExpression(Expression expression, DslType? enumContext)
        {
            _binder._cancellationToken.ThrowIfCancellationRequested();
            var text = TextOf(expression);
            switch (expression)
            {
                case NumberLiteral n:
                    if (n.IsInteger && int.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return new BoundLiteral(DslType.Int, text, n.Text, n.Value);
                    if (n.IsInteger && long.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return new BoundLiteral(DslType.Long, text, n.Text + "L", n.Value);
                    return new BoundLiteral(DslType.Double, text, DoubleCode(n.Value), n.Value);
                case StringLiteral s:
                    return new BoundLiteral(DslType.String, text, Naming.Quote(s.Value), 0);
                case BoolLiteral b:
                    return new BoundLiteral(DslType.Bool, text, b.Value ? "true" : "false", b.Value ? 1 : 0);
                case NameExpression name:
                    return BindName(name.Name, enumContext, text);
                case UnaryExpression u:
                    return BindUnary(u, text);
                case BinaryExpression b:
                    return BindBinary(b, text);
                case InExpression i:
                    return BindIn(i, text);
                case ContainsExpression c:
                    return BindContains(c, text);
                default:
                    return Error(expression);
            }
        }

        private static string DoubleCode(double value)
        {
            var code = value.ToString("R", CultureInfo.InvariantCulture);
            if (double.IsInfinity(value)) return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
            return code.IndexOfAny(Grammar.NotIntegerCharacters) < 0 ? code + ".0" : code;
        }

        private BoundExpression BindName(Identifier name, DslType? enumContext, string text)
        {
            var cs = Naming.Pascal(name.Text);
            // A value of the enum on the other side wins over a variable of another type with the same name.
            if (enumContext is not null && enumContext.Members.Contains(cs) && !(_fields.TryGetValue(name.Text, out var ft) && ft == enumContext))
                return new BoundEnumMember(enumContext, text, cs);
            if (_fields.TryGetValue(name.Text, out var fieldType))
            {
                if (!fieldType.IsTensor) return new BoundField(fieldType, text, Naming.Pascal(name.Text));
                _binder.Report(DiagnosticDescriptors.TensorInRule, name.Location, name.Text, fieldType.Describe());
                return new BoundField(DslType.Error, text, Naming.Pascal(name.Text));
            }
            if (_lets.ContainsKey(name.Text))
            {
                var value = BindLet(name.Text);
                return new BoundDerived(value?.Type ?? DslType.Error, text, Naming.Local(name.Text));
            }
            if (_facts.TryGetValue(name.Text, out var fact)) return new BoundDerived(fact.Type, text, Naming.Local(name.Text));

            var variables = _fields.Keys.Concat(_lets.Keys).Concat(_facts.Keys);
            if (enumContext is not null && !enumContext.IsError)
            {
                _binder.Report(DiagnosticDescriptors.UnknownEnumValue, name.Location, name.Text, enumContext.Describe(),
                    NameSuggester.Hint(name.Text, EnumDslMembers(enumContext).Concat(variables)));
            }
            else
            {
                // A value of some enum used where no enum is expected reads better with that hint.
                var allMembers = _fields.Values.Where(t => t.Kind == ValueKind.Enum).SelectMany(EnumDslMembers);
                _binder.Report(DiagnosticDescriptors.UnknownName, name.Location, name.Text, SchemaDescription,
                    allMembers.Contains(name.Text)
                        ? $"; '{name.Text}' is an enum value and must be compared with a field, e.g. 'field == {name.Text}'"
                        : NameSuggester.Hint(name.Text, variables));
            }
            return new BoundLiteral(DslType.Error, text, "default", 0);
        }

        private BoundExpression BindUnary(UnaryExpression u, string text)
        {
            var operand = BindExpression(u.Operand, null);
            if (u.Operator == UnaryOperator.Not)
            {
                if (!operand.Type.IsError && operand.Type.Kind != ValueKind.Bool)
                {
                    _binder.Report(DiagnosticDescriptors.OperandType, u.Location, "not", "a bool", operand.Text, operand.Type.Describe());
                    return Error(u);
                }
                return new BoundUnary(DslType.Bool, text, UnaryOperator.Not, operand);
            }
            if (!operand.Type.IsError && !operand.Type.IsNumeric)
            {
                _binder.Report(DiagnosticDescriptors.OperandType, u.Location, "-", "a number", operand.Text, operand.Type.Describe());
                return Error(u);
            }
            if (operand is BoundLiteral literal && operand.Type.IsNumeric)
            {
                var code = literal.Code.StartsWith("-", StringComparison.Ordinal) ? literal.Code.Substring(1) : "-" + literal.Code;
                return new BoundLiteral(operand.Type, text, code, -literal.Number);
            }
            return new BoundUnary(operand.Type, text, UnaryOperator.Negate, operand);
        }

        private BoundExpression BindBinary(BinaryExpression b, string text)
        {
            if (OperatorText.IsComparison(b.Operator)) return BindComparison(b, text);

            var left = BindExpression(b.Left, null);
            var right = BindExpression(b.Right, null);
            if (left.Type.IsError || right.Type.IsError) return Error(b);

            if (b.Operator is BinaryOperator.And or BinaryOperator.Or)
            {
                foreach (var side in new[] { left, right })
                {
                    if (side.Type.Kind != ValueKind.Bool)
                    {
                        _binder.Report(DiagnosticDescriptors.OperandType, b.Location, OperatorText.Of(b.Operator), "bool operands", side.Text, side.Type.Describe());
                        return Error(b);
                    }
                }
                return new BoundBinary(DslType.Bool, text, b.Operator, left, right);
            }

            // Arithmetic: numbers only, computed in double precision ('/' is real division).
            foreach (var side in new[] { left, right })
            {
                if (!side.Type.IsNumeric)
                {
                    _binder.Report(DiagnosticDescriptors.OperandType, b.Location, OperatorText.Of(b.Operator), "numbers", side.Text, side.Type.Describe());
                    return Error(b);
                }
            }
            if (b.Operator is BinaryOperator.Divide or BinaryOperator.Modulo && right is BoundLiteral { Number: 0 })
            {
                _binder.Report(DiagnosticDescriptors.DivisionByZero, b.Right.Location);
                return Error(b);
            }
            return new BoundBinary(DslType.Double, text, b.Operator, left, right);
        }

        private BoundExpression BindComparison(BinaryExpression b, string text)
        {
            BoundExpression left, right;
            if (b.Left is NameExpression ln && !IsVariable(ln.Name.Text))
            {
                right = BindExpression(b.Right, null);
                left = BindExpression(b.Left, right.Type.Kind == ValueKind.Enum ? right.Type : null);
            }
            else
            {
                left = BindExpression(b.Left, null);
                right = BindExpression(b.Right, left.Type.Kind == ValueKind.Enum ? left.Type : null);
            }
            if (left.Type.IsError || right.Type.IsError) return Error(b);

            var op = OperatorText.Of(b.Operator);
            var equality = b.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual;
            if (left.Type.IsNumeric && right.Type.IsNumeric) return new BoundBinary(DslType.Bool, text, b.Operator, left, right);

            if (left.Type.Kind == right.Type.Kind && left.Type.Kind is ValueKind.Enum or ValueKind.Bool or ValueKind.String
                && (left.Type.Kind != ValueKind.Enum || left.Type.EnumFullName == right.Type.EnumFullName))
            {
                if (equality) return new BoundBinary(DslType.Bool, text, b.Operator, left, right);
                _binder.Report(DiagnosticDescriptors.CannotOrder, b.Location,
                    op, left.Type.Describe(), left.Type.Kind == ValueKind.Enum ? " or 'in'" : "");
                return Error(b);
            }

            _binder.Report(DiagnosticDescriptors.CannotCompare, b.Location, left.Text, left.Type.Describe(), right.Text, right.Type.Describe());
            return Error(b);
        }

        private BoundExpression BindContains(ContainsExpression c, string text)
        {
            var set = BindExpression(c.Set, null);
            if (set.Type.IsError) return Error(c);
            if (!set.Type.IsSet)
            {
                _binder.Report(DiagnosticDescriptors.NotASet, c.Set.Location, set.Text, set.Type.Describe());
                return Error(c);
            }
            var member = ResolveMember(c.Member, set.Type with { Kind = ValueKind.Enum });
            return member is null ? Error(c) : new BoundContains(DslType.Bool, text, set, member);
        }

        private BoundExpression BindIn(InExpression i, string text)
        {
            var value = BindExpression(i.Value, null);
            if (value.Type.IsError) return Error(i);
            if (value.Type.Kind != ValueKind.Enum)
            {
                _binder.Report(DiagnosticDescriptors.OperandType, i.Location, "in", "an enum value", value.Text, value.Type.Describe());
                return Error(i);
            }
            var members = new List<string>();
            foreach (var member in i.Members)
            {
                var resolved = ResolveMember(member, value.Type);
                if (resolved is null) return Error(i);
                if (!members.Contains(resolved)) members.Add(resolved);
            }
            return new BoundIn(DslType.Bool, text, value, members.ToEquatableArray(), i.Negated);
        }
    }
}
