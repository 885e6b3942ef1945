using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ModelDsl.Generator.Diagnostics;

/// <summary>Every diagnostic ModelDsl reports. Each ID is documented in docs/diagnostics.md and has a test.</summary>
internal static class DiagnosticDescriptors
{
    private const string Syntax = "ModelDsl.Syntax";
    private const string Semantics = "ModelDsl.Semantics";
    private const string RuleAnalysis = "ModelDsl.Rules";
    private const string Generator = "ModelDsl.Generator";
    private const string HelpBase = "https://github.com/modeldsl/modeldsl/blob/main/docs/diagnostics.md#";

    // ---- 0xxx: reading the file ----
    public static readonly DiagnosticDescriptor SyntaxError = Error("MDSL0001", Syntax, "Syntax error", "Syntax error: {0}");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("MDSL0002", Syntax, "File too large", "The file is {0} characters long; the limit is {1}");
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("MDSL0003", Syntax, "Nesting too deep", "Expressions nest deeper than {0} levels; split the condition into 'let' values");
    public static readonly DiagnosticDescriptor InternalError = Error("MDSL0004", Generator, "Internal generator error", "ModelDsl failed on this file: {0}. Please report it with the file.");

    // ---- 01xx: names and types ----
    public static readonly DiagnosticDescriptor UnknownName = Error("MDSL0101", Semantics, "Unknown name", "'{0}' is not a field, 'let' value or fact of {1}{2}");
    public static readonly DiagnosticDescriptor UnknownEnumValue = Error("MDSL0102", Semantics, "Unknown enum value", "'{0}' is not a value of {1}{2}");
    public static readonly DiagnosticDescriptor UnknownType = Error("MDSL0103", Semantics, "Unknown schema or type", "Unknown {0} '{1}'{2}");
    public static readonly DiagnosticDescriptor TypeMismatch = Error("MDSL0104", Semantics, "Type mismatch", "{0}");
    public static readonly DiagnosticDescriptor DuplicateName = Error("MDSL0105", Semantics, "Duplicate name", "{0} '{1}' is already declared{2}");
    public static readonly DiagnosticDescriptor DivisionByZero = Error("MDSL0106", Semantics, "Division by zero", "Division by the literal zero");
    public static readonly DiagnosticDescriptor OutcomeNotEnum = Error("MDSL0107", Semantics, "Outcome must be an enum", "The outcome type of a rule set must be an enum, but '{0}' is {1}");
    public static readonly DiagnosticDescriptor RepeatedClause = Error("MDSL0108", Semantics, "Repeated clause", "'{0}' may appear only once in a rule set");
    public static readonly DiagnosticDescriptor PriorityMisuse = Warning("MDSL0109", Semantics, "Priority without priority policy", "{0}");
    public static readonly DiagnosticDescriptor ConditionNotBoolean = Error("MDSL0110", Semantics, "Condition is not boolean", "A rule condition must be true or false, but this expression is {0}");
    public static readonly DiagnosticDescriptor GeneratedNameClash = Error("MDSL0111", Semantics, "Generated names clash", "'{0}' and '{1}' both become the C# name '{2}'");
    public static readonly DiagnosticDescriptor EmptyDeclaration = Error("MDSL0112", Semantics, "Empty declaration", "{0} '{1}' declares nothing");

    // ---- 012x: learned models ----
    public static readonly DiagnosticDescriptor UnknownOperation = Error("MDSL0120", Semantics, "Unknown algorithm, transform, strategy, metric, layer or training setting", "Unknown {0} '{1}'{2}");
    public static readonly DiagnosticDescriptor NotApplicable = Error("MDSL0121", Semantics, "Not applicable here", "{0}");
    public static readonly DiagnosticDescriptor UnknownParameter = Error("MDSL0122", Semantics, "Unknown parameter", "'{0}' is not a parameter of {1}{2}");
    public static readonly DiagnosticDescriptor InvalidParameterValue = Error("MDSL0123", Semantics, "Invalid parameter value", "'{0}' of {1} must be {2}, but is {3}");
    public static readonly DiagnosticDescriptor MissingRequired = Error("MDSL0124", Semantics, "Something required is missing", "{0}");
    public static readonly DiagnosticDescriptor InvalidLabel = Error("MDSL0125", Semantics, "Invalid label", "{0}");
    public static readonly DiagnosticDescriptor FutureLeak = Error("MDSL0126", Semantics, "Random split of a time series", "{0}");

    // networks
    public static readonly DiagnosticDescriptor ShapeMismatch = Error("MDSL0130", Semantics, "Tensor shape mismatch", "{0}");
    public static readonly DiagnosticDescriptor OutputDoesNotFit = Error("MDSL0131", Semantics, "Network output does not fit the label", "{0}");
    public static readonly DiagnosticDescriptor LossDoesNotFit = Error("MDSL0132", Semantics, "Loss does not fit the task", "{0}");
    public static readonly DiagnosticDescriptor SoftmaxBeforeLoss = Warning("MDSL0133", Semantics, "Output activation doubles the loss's own", "{0}");
    public static readonly DiagnosticDescriptor TorchRuntimeMissing = Error("MDSL0134", Generator, "Network needs ModelDsl.Runtime.Torch", "Model '{0}' declares a network, but this project does not reference ModelDsl.Runtime.Torch; add it and a TorchSharp backend package (TorchSharp-cpu, or a CUDA one)");

    // ---- 02xx: rule analysis ----
    public static readonly DiagnosticDescriptor UnreachableRule = Warning("MDSL0201", RuleAnalysis, "Rule can never fire", "Rule '{0}' can never fire: every input it matches is matched first by {1}");
    public static readonly DiagnosticDescriptor AlwaysFalse = Warning("MDSL0202", RuleAnalysis, "Condition is always false", "The condition of rule '{0}' is always false{1}");
    public static readonly DiagnosticDescriptor UncoveredInputs = Warning("MDSL0203", RuleAnalysis, "Inputs no rule covers", "Rule set '{0}' has no 'otherwise' and no rule covers some inputs, for example {1}");
    public static readonly DiagnosticDescriptor ChainingCycle = Error("MDSL0204", RuleAnalysis, "Chaining cycle", "Derived values depend on each other in a cycle: {0}");

    // ---- 016x: set and token-sequence field types ----
    public static readonly DiagnosticDescriptor SetEnumTooLarge = Error("MDSL0160", Semantics, "Enum too large for a set", "A set holds members of an enum with at most {0} values, but {1} has {2}");
    public static readonly DiagnosticDescriptor NotASet = Error("MDSL0161", Semantics, "'contains' needs a set", "'contains' tests whether a set field holds a value, but '{0}' is {1}");
    public static readonly DiagnosticDescriptor UnknownTokenizer = Error("MDSL0162", Semantics, "Unknown tokenizer", "Unknown tokenizer '{0}'; a tokens field can use chars (a character vocabulary learned in training){1}");
    public static readonly DiagnosticDescriptor InvalidTokenLength = Error("MDSL0163", Semantics, "Invalid token length", "The most tokens of a tokens field must be a whole number from 1 to {0}, but is {1}");
    public static readonly DiagnosticDescriptor UnknownTokensOption = Error("MDSL0164", Semantics, "Unknown or invalid tokens option", "{0}");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
