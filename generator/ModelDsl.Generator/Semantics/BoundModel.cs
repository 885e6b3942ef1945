using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics;

// What the binder hands to the emitter: resolved names, C# spellings and typed expressions, all
// value-equatable so an unchanged file is never emitted again.

internal enum ValueKind
{
    Error,
    Int,
    Long,
    Float,
    Double,
    Bool,
    String,
    Enum,
    /// <summary>A set of values of an enum (<c>set of Department</c>); the enum's names are in <see cref="DslType.EnumFullName"/> and the members.</summary>
    Set,
}

/// <summary>A token-sequence field's tokenizer (<c>tokens(chars, 32, truncate: true)</c>): the value is a string read as token ids.</summary>
internal sealed record TokensModel(string Tokenizer, int MaxLength, bool Truncate);

/// <summary>A DSL value type. For enums, <see cref="EnumFullName"/> is the global-qualified C# type.</summary>
/// <remarks>For enums, <see cref="Members"/> are the C# member names and <see cref="DslMembers"/> the names as written.</remarks>
/// <remarks>A tensor field (<c>float[28, 28]</c>) has its element kind in <see cref="Kind"/> and its dimensions in <see cref="Shape"/>; it feeds models, not rule conditions.</remarks>
internal sealed record DslType(ValueKind Kind, string? EnumFullName = null, string? EnumDslName = null, EquatableArray<string> Members = default, EquatableArray<string> DslMembers = default,
    EquatableArray<int> Shape = default, TokensModel? Tokens = null)
{
    /// <summary>A set of values of <paramref name="element"/> (an enum type).</summary>
    public static DslType SetOf(DslType element) => element with { Kind = ValueKind.Set };

    /// <summary>A string read as tokens by <paramref name="tokens"/>.</summary>
    public static DslType TokenText(TokensModel tokens) => new(ValueKind.String, Tokens: tokens);

    /// <summary>A set field rather than a single value.</summary>
    public bool IsSet => Kind == ValueKind.Set;

    /// <summary>A tensor of <paramref name="element"/> values with the dimensions <paramref name="shape"/>.</summary>
    public static DslType Tensor(DslType element, EquatableArray<int> shape) => element with { Shape = shape };

    /// <summary>A tensor field rather than a single value.</summary>
    public bool IsTensor => !Shape.IsEmpty;

    /// <summary>Values per row: the product of the dimensions, 1 for a single value.</summary>
    public int ElementCount
    {
        get
        {
            if (IsSet) return Members.Count; // one 0/1 value per member
            var n = 1;
            foreach (var d in Shape) n *= d;
            return n;
        }
    }

    /// <summary>The shape as the DSL writes it: <c>[1, 28, 28]</c>.</summary>
    public string ShapeText => "[" + string.Join(", ", Shape) + "]";

    public static DslType Enum(string fullName, string dslName, System.Collections.Generic.IEnumerable<string> dslMembers)
    {
        var members = dslMembers.ToEquatableArray();
        return new(ValueKind.Enum, fullName, dslName, System.Linq.Enumerable.Select(members, Naming.Pascal).ToEquatableArray(), members);
    }

    /// <summary>The DSL spelling of a C# member name.</summary>
    public string DslMember(string member)
    {
        for (var i = 0; i < Members.Count && i < DslMembers.Count; i++)
        {
            if (Members[i] == member) return DslMembers[i];
        }
        return member;
    }

    public static readonly DslType Error = new(ValueKind.Error);
    public static readonly DslType Int = new(ValueKind.Int);
    public static readonly DslType Long = new(ValueKind.Long);
    public static readonly DslType Float = new(ValueKind.Float);
    public static readonly DslType Double = new(ValueKind.Double);
    public static readonly DslType Bool = new(ValueKind.Bool);
    public static readonly DslType String = new(ValueKind.String);

    public bool IsNumeric => !IsTensor && Kind is ValueKind.Int or ValueKind.Long or ValueKind.Float or ValueKind.Double;

    public bool IsIntegral => !IsTensor && Kind is ValueKind.Int or ValueKind.Long;

    public bool IsError => Kind == ValueKind.Error;

    public string CSharpName => IsTensor ? ElementCSharpName + "[]" : ElementCSharpName;

    /// <summary>The C# type of one value (of each element, for a tensor).</summary>
    public string ElementCSharpName => Kind switch
    {
        ValueKind.Int => "int",
        ValueKind.Long => "long",
        ValueKind.Float => "float",
        ValueKind.Double => "double",
        ValueKind.Bool => "bool",
        ValueKind.String => "string",
        ValueKind.Enum => EnumFullName!,
        ValueKind.Set => $"global::ModelDsl.Runtime.Data.EnumSet<{EnumFullName}>",
        _ => "object",
    };

    /// <summary>How messages name the type.</summary>
    public string Describe() => IsTensor ? $"a tensor {ShapeText} of {Kind.ToString().ToLowerInvariant()}" : Kind switch
    {
        ValueKind.Enum => $"enum '{EnumDslName}'",
        ValueKind.Set => $"a set of enum '{EnumDslName}'",
        ValueKind.String when Tokens is not null => $"tokens({Tokens.Tokenizer}, {Tokens.MaxLength})",
        ValueKind.Int or ValueKind.Long => "an integer",
        ValueKind.Float or ValueKind.Double => "a number",
        ValueKind.Bool => "a bool",
        ValueKind.String => "a string",
        _ => "invalid",
    };
}

// ---- bound expressions ----

internal abstract record BoundExpression(DslType Type, string Text);

/// <summary>A constant; <see cref="Code"/> is its C# spelling, <see cref="Number"/> its numeric value if numeric.</summary>
internal sealed record BoundLiteral(DslType Type, string Text, string Code, double Number) : BoundExpression(Type, Text);

internal sealed record BoundField(DslType Type, string Text, string Property) : BoundExpression(Type, Text);

/// <summary>A 'let' value or a fact, held in a local of the generated method.</summary>
internal sealed record BoundDerived(DslType Type, string Text, string Local) : BoundExpression(Type, Text);

internal sealed record BoundEnumMember(DslType Type, string Text, string Member) : BoundExpression(Type, Text)
{
    public string Code => $"{Type.EnumFullName}.{Member}";
}

internal sealed record BoundUnary(DslType Type, string Text, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Type, Text);

internal sealed record BoundBinary(DslType Type, string Text, BinaryOperator Operator, BoundExpression Left, BoundExpression Right) : BoundExpression(Type, Text);

/// <summary>Membership in a set of enum values; <see cref="Members"/> are C# member names.</summary>
/// <summary><c>items contains fruit</c>: <see cref="Member"/> is the C# member name.</summary>
internal sealed record BoundContains(DslType Type, string Text, BoundExpression Set, string Member) : BoundExpression(Type, Text)
{
    public string Code => $"{Set.Type.EnumFullName}.{Member}";
}

internal sealed record BoundIn(DslType Type, string Text, BoundExpression Value, EquatableArray<string> Members, bool Negated) : BoundExpression(Type, Text);

// ---- declarations ----

internal sealed record EnumMemberModel(string DslName, string Name);

internal sealed record EnumModel(string DslName, string Name, EquatableArray<EnumMemberModel> Members, string Origin);

internal sealed record FieldModel(string DslName, string Property, DslType Type);

internal sealed record SchemaModel(string DslName, string Name, EquatableArray<FieldModel> Fields);

internal enum DerivedKind
{
    Let,
    Fact,
}

/// <summary>A rule that sets a fact: the first of a fact's rules whose condition holds sets its value.</summary>
internal sealed record FactRuleModel(string DslName, BoundExpression Condition, BoundExpression Value, string? Reason);

/// <summary>A 'let' value or a fact, in the order the generated code computes them.</summary>
internal sealed record DerivedModel(DerivedKind Kind, string DslName, string Local, DslType Type, BoundExpression Value, EquatableArray<FactRuleModel> SetRules);

internal sealed record RuleModel(int Id, string DslName, string Name, double? Priority, BoundExpression Condition, string OutcomeMember, string OutcomeText, string? Reason);

internal sealed record OtherwiseModel(string OutcomeMember, string? Reason);

internal sealed record RuleSetModel(
    string DslName,
    string Name,
    string InputFullName,
    string OutcomeFullName,
    HitPolicy Policy,
    EquatableArray<DerivedModel> Derived,
    EquatableArray<RuleModel> Rules,
    OtherwiseModel? Otherwise);

/// <summary>Everything generated from one .mlmodel file.</summary>
internal sealed record FileModel(
    string Path,
    string HintName,
    string Namespace,
    EquatableArray<EnumModel> Enums,
    EquatableArray<SchemaModel> Schemas,
    EquatableArray<RuleSetModel> RuleSets,
    EquatableArray<LearnedModel> Models)
{
    public bool IsEmpty => Enums.IsEmpty && Schemas.IsEmpty && RuleSets.IsEmpty && Models.IsEmpty;
}

internal static class BoundExpressionExtensions
{
    /// <summary>The locals ('let' values and facts) an expression reads.</summary>
    public static System.Collections.Generic.IEnumerable<string> ReferencedLocals(this BoundExpression expression) => expression switch
    {
        BoundDerived d => new[] { d.Local },
        BoundUnary u => u.Operand.ReferencedLocals(),
        BoundBinary b => System.Linq.Enumerable.Concat(b.Left.ReferencedLocals(), b.Right.ReferencedLocals()),
        BoundIn i => i.Value.ReferencedLocals(),
        BoundContains c => c.Set.ReferencedLocals(),
        _ => System.Array.Empty<string>(),
    };
}

// ---- learned models ----

internal enum FeatureKind
{
    Numeric,
    Bool,
    Enum,
    Text,
    /// <summary>A set field: one 0/1 (bool) feature per member, named <c>items=fruit</c>.</summary>
    Set,
}

internal enum Scaling
{
    None,
    Standardize,
    MinMax,
}

/// <summary>One schema field used as a feature, with how it is prepared.</summary>
internal sealed record FeatureModel(
    string DslName,
    string Property,
    FeatureKind Kind,
    DslType Type,
    Scaling Scaling,
    string Imputation,
    double ImputeConstant,
    double ClampLow = double.NegativeInfinity,
    double ClampHigh = double.PositiveInfinity)
{
    /// <summary>Whether <c>preprocess … clamp(…)</c> bounds the feature.</summary>
    public bool IsClamped => ClampLow > double.NegativeInfinity || ClampHigh < double.PositiveInfinity;
}

/// <summary>A checked hyper-parameter: name and value as invariant text (defaults filled in).</summary>
internal sealed record ParameterValue(string Name, string Value);

/// <summary>
/// A bound <c>model</c> declaration: the parts every family has. Each family adds its own in a sealed record of its folder
/// (<c>Semantics/Families/&lt;Family&gt;/</c>): a classifier its label and classes, a forecaster its target series, … .
/// </summary>
internal abstract record LearnedModel
{
    public required string DslName { get; init; }

    /// <summary>The generated class's name.</summary>
    public required string Name { get; init; }

    /// <summary>The input schema's global-qualified C# type.</summary>
    public required string InputFullName { get; init; }

    /// <summary>The schema fields the model reads, in order (none for a forecaster, which reads its target's past).</summary>
    public required EquatableArray<FeatureModel> Features { get; init; }

    public required PreprocessingModel Preprocessing { get; init; }

    /// <summary>How it learns: a catalog algorithm or a network.</summary>
    public required Learning Learning { get; init; }

    /// <summary>The metrics <c>metrics …</c> names (none declared: the family's default report).</summary>
    public required EquatableArray<string> Metrics { get; init; }

    /// <summary>A classical model's <c>log tensorboard "runs/"</c> members (a network's are in <c>train { }</c>); empty: none.</summary>
    public EquatableArray<RunLogModel> Logs { get; init; } = EquatableArray<RunLogModel>.Empty;

    /// <summary>SHA-256 of the declaration and its schema, recorded in model files.</summary>
    public required string DeclarationHash { get; init; }

    /// <summary>The family the header names (a computed property, so not part of equality beyond the record's type).</summary>
    public abstract Families.ModelFamily Family { get; }

    public ModelTask Task => Family.Task;

    /// <summary>The algorithm, or null for a network.</summary>
    public LearnerModel? Learner => Learning as LearnerModel;

    /// <summary>The network, or null for an algorithm.</summary>
    public NetworkModel? Network => (Learning as NetworkLearning)?.Network;
}

/// <summary>The whole-row transforms of <c>preprocess …</c>: polynomial expansion and bag-of-words settings.</summary>
internal sealed record PreprocessingModel(int PolynomialDegree, bool PolynomialInteractionOnly, bool BagOfWordsLowercase, int BagOfWordsMinCount)
{
    /// <summary>Nothing declared: degree 1, lowercase words, every word kept.</summary>
    public static readonly PreprocessingModel None = new(1, false, true, 1);
}

/// <summary>How the rows of a family whose rows are exchangeable are held out to measure it: a random split or k folds.</summary>
internal abstract record Holdout(int Seed);

/// <summary><c>split 0.2 [stratified] [seed n]</c>.</summary>
internal sealed record RandomSplit(double TestFraction, bool Stratified, int Seed) : Holdout(Seed);

/// <summary><c>cross_validate k [seed n]</c>.</summary>
internal sealed record CrossValidation(int Folds, int Seed) : Holdout(Seed);

/// <summary>How a model learns.</summary>
internal abstract record Learning;

/// <summary><c>algorithm name(…)</c>: the catalog's name and every parameter's value as invariant text, defaults filled in.</summary>
internal sealed record LearnerModel(string Algorithm, EquatableArray<ParameterValue> Parameters) : Learning;

/// <summary><c>network { … }</c> with its <c>input</c> and <c>train</c> blocks.</summary>
internal sealed record NetworkLearning(NetworkModel Network) : Learning;

// ---- networks ----

/// <summary>The declaration's <c>train { }</c> block with defaults filled in.</summary>
internal sealed record TrainModel(
    string Loss,
    string Optimizer,
    double LearningRate,
    double Momentum,
    double WeightDecay,
    string Schedule,
    int StepSize,
    double Gamma,
    int Epochs,
    int BatchSize,
    double Validation,
    string Monitor,
    int Patience,
    bool RestoreBest,
    double ClipGradient,
    int Seed,
    string Device,
    int CheckpointEvery)
{
    /// <summary>The declared run logs (<c>log tensorboard "runs/"</c>, <c>log csv "runs/"</c>); empty: none.</summary>
    public EquatableArray<RunLogModel> Logs { get; init; } = EquatableArray<RunLogModel>.Empty;
}

/// <summary>One <c>log</c> setting: the format, the folder and the batches between batch-loss scalars.</summary>
internal sealed record RunLogModel(string Format, string Directory, int EveryBatches);

/// <summary>
/// A network: the shape of its main input (one row's features), its graph of steps (Networks/NetworkGraph.cs, whose
/// <c>Inputs</c> are the named inputs after the main one) and the training settings.
/// </summary>
/// <param name="MainColumns">With named inputs fed from the schema: the main input's columns of the feature vector (empty: all of them).</param>
internal sealed record NetworkModel(EquatableArray<long> InputShape, int OutputSize, Networks.NetworkGraph Graph, TrainModel Train, EquatableArray<int> MainColumns = default);
