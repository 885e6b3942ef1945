using ModelDsl.Generator.Infrastructure;

namespace ModelDsl.Generator.Syntax;

// The syntax tree of a .mlmodel file: plain, value-equatable records (no Roslyn objects), so a parsed
// file can be cached by the incremental pipeline and compared structurally.

internal sealed record Identifier(string Text, TextLocation Location)
{
    public override string ToString() => Text;
}

internal sealed record FileSyntax(Identifier? Namespace, EquatableArray<Declaration> Declarations);

internal abstract record Declaration(Identifier Name, TextLocation Location);

internal sealed record EnumDeclaration(Identifier Name, EquatableArray<Identifier> Members, TextLocation Location)
    : Declaration(Name, Location);

internal sealed record SchemaDeclaration(Identifier Name, EquatableArray<FieldDeclaration> Fields, TextLocation Location)
    : Declaration(Name, Location);

internal sealed record FieldDeclaration(Identifier Name, TypeSyntax Type);

internal enum TypeKeyword
{
    Float,
    Double,
    Int,
    Long,
    Bool,
    String,
    /// <summary>A named enum declared elsewhere.</summary>
    Named,
    /// <summary><c>enum { a, b }</c> written in place.</summary>
    InlineEnum,
    /// <summary><c>set of Department</c> (<see cref="TypeSyntax.Name"/> is the enum) or <c>set of enum { a, b }</c> (<see cref="TypeSyntax.InlineMembers"/>).</summary>
    Set,
    /// <summary><c>tokens(chars, 32)</c>: text read as token ids (<see cref="TypeSyntax.Tokens"/>).</summary>
    Tokens,
}

/// <summary><c>tokens(chars, 32, truncate: true)</c>: the tokenizer, the most tokens a value may have, options.</summary>
internal sealed record TokensSyntax(Identifier Tokenizer, NumberLiteral MaxLength, EquatableArray<Argument> Options);

/// <summary>A field or fact type. <see cref="Shape"/> is empty for a single value and holds the dimensions of a tensor field (<c>float[28, 28]</c>).</summary>
internal sealed record TypeSyntax(TypeKeyword Keyword, Identifier? Name, EquatableArray<Identifier> InlineMembers, TextLocation Location, EquatableArray<NumberLiteral> Shape = default,
    TokensSyntax? Tokens = null);

internal enum HitPolicy
{
    First,
    Priority,
    Collect,
}

internal sealed record RuleSetDeclaration(
    Identifier Name,
    Identifier InputSchema,
    Identifier OutcomeType,
    EquatableArray<RuleSetMember> Members,
    TextLocation Location)
    : Declaration(Name, Location);

internal abstract record RuleSetMember(TextLocation Location);

internal sealed record PolicyClause(HitPolicy Policy, TextLocation Location) : RuleSetMember(Location);

internal sealed record LetDeclaration(Identifier Name, Expression Value, TextLocation Location) : RuleSetMember(Location);

internal sealed record FactDeclaration(Identifier Name, TypeSyntax Type, Expression Default, TextLocation Location) : RuleSetMember(Location);

internal sealed record RuleDeclaration(
    Identifier Name,
    NumberLiteral? Priority,
    Expression Condition,
    RuleAction Action,
    string? Reason,
    TextLocation Location)
    : RuleSetMember(Location);

internal sealed record OtherwiseClause(Identifier Outcome, string? Reason, TextLocation Location) : RuleSetMember(Location);

internal abstract record RuleAction(TextLocation Location);

/// <summary><c>=&gt; approve</c>: the rule decides an outcome.</summary>
internal sealed record OutcomeAction(Identifier Outcome) : RuleAction(Outcome.Location);

/// <summary><c>=&gt; set risk = high</c>: the rule derives a fact that later rules read (forward chaining).</summary>
internal sealed record SetFactAction(Identifier Fact, Expression Value, TextLocation Location) : RuleAction(Location);

// ---- expressions ----

internal abstract record Expression(TextLocation Location);

internal sealed record NumberLiteral(double Value, string Text, bool IsInteger, TextLocation Location) : Expression(Location);

internal sealed record StringLiteral(string Value, TextLocation Location) : Expression(Location);

internal sealed record BoolLiteral(bool Value, TextLocation Location) : Expression(Location);

internal sealed record NameExpression(Identifier Name) : Expression(Name.Location);

/// <summary>A list of whole numbers, <c>[32, 14, 14]</c>: a layer's shape argument (<c>reshape([32, 14, 14])</c>).</summary>
internal sealed record ShapeLiteral(EquatableArray<NumberLiteral> Dimensions, TextLocation Location) : Expression(Location);

internal enum UnaryOperator
{
    Negate,
    Not,
}

internal sealed record UnaryExpression(UnaryOperator Operator, Expression Operand, TextLocation Location) : Expression(Location);

internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}

internal sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right, TextLocation Location) : Expression(Location);

/// <summary><c>items contains fruit</c>: whether a set field holds a member.</summary>
internal sealed record ContainsExpression(Expression Set, Identifier Member, TextLocation Location) : Expression(Location);

/// <summary><c>x in { a, b }</c> or <c>x not in { a, b }</c>.</summary>
internal sealed record InExpression(Expression Value, EquatableArray<Identifier> Members, bool Negated, TextLocation Location) : Expression(Location);

internal static class OperatorText
{
    public static string Of(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "and",
        BinaryOperator.Or => "or",
        _ => "?",
    };

    public static bool IsComparison(BinaryOperator op) => op is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual;

    public static bool IsArithmetic(BinaryOperator op) => op <= BinaryOperator.Modulo;

    /// <summary>The comparison with its sides swapped: <c>3 &lt; x</c> is <c>x &gt; 3</c>.</summary>
    public static BinaryOperator Flip(BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };
}

// ---- learned models ----

internal enum ModelTask
{
    Classifier,
    Regressor,
    Clusterer,
    Forecaster,
}

/// <summary><c>model Name : classifier(Schema -&gt; label) { ... }</c>.</summary>
internal sealed record ModelDeclaration(
    Identifier Name,
    ModelTask Task,
    TextLocation TaskLocation,
    Identifier InputSchema,
    Identifier? Label,
    LabelRange? LabelRange,
    EquatableArray<ModelMember> Members,
    TextLocation Location)
    : Declaration(Name, Location);

/// <summary><c>-&gt; digit in 0..9</c>: an integer label whose values are the classes.</summary>
internal sealed record LabelRange(NumberLiteral First, NumberLiteral Last, TextLocation Location);

internal abstract record ModelMember(TextLocation Location);

/// <summary>A field, or a range of fields with a common prefix and numbered suffixes: <c>p0..p63</c>.</summary>
internal sealed record FeatureReference(Identifier Name, Identifier? RangeEnd, TextLocation Location);

/// <summary><c>features all [except a, b]</c> or <c>features a, b, p0..p63</c>.</summary>
internal sealed record FeaturesClause(bool All, EquatableArray<FeatureReference> Listed, TextLocation Location) : ModelMember(Location);

/// <summary>A named value: <c>alpha: 0.5</c>, <c>penalty: l2</c>, <c>lowercase: true</c>.</summary>
internal sealed record Argument(Identifier Name, Expression Value, TextLocation Location);

/// <summary><c>preprocess [a, b:] standardize</c>; no targets means every feature it applies to.</summary>
internal sealed record PreprocessClause(EquatableArray<FeatureReference> Targets, Identifier Transform, EquatableArray<Argument> Arguments, TextLocation Location) : ModelMember(Location);

/// <summary><c>impute [a, b:] median</c> or <c>impute constant(0)</c>.</summary>
internal sealed record ImputeClause(EquatableArray<FeatureReference> Targets, Identifier Strategy, EquatableArray<Argument> Arguments, TextLocation Location) : ModelMember(Location);

/// <summary><c>algorithm logistic_regression(c: 1.0)</c>.</summary>
internal sealed record AlgorithmClause(Identifier Algorithm, EquatableArray<Argument> Arguments, TextLocation Location) : ModelMember(Location);

/// <summary><c>split test 0.2 [stratified] [seed 42]</c> (a random sample), or <c>split last 0.2</c> (the end of a time series).</summary>
internal sealed record SplitClause(NumberLiteral TestFraction, bool Stratified, NumberLiteral? Seed, TextLocation Location, bool Last = false) : ModelMember(Location);

/// <summary><c>cross_validate 5 [seed 1]</c>.</summary>
internal sealed record CrossValidateClause(NumberLiteral Folds, NumberLiteral? Seed, TextLocation Location) : ModelMember(Location);

/// <summary><c>metrics accuracy, f1</c>.</summary>
internal sealed record MetricsClause(EquatableArray<Identifier> Metrics, TextLocation Location) : ModelMember(Location);

// ---- networks ----

/// <summary><c>input [p0..p63] as [1, 8, 8]</c>: which features feed the network and the shape of one row.</summary>
internal sealed record InputClause(EquatableArray<FeatureReference> Features, EquatableArray<NumberLiteral> Shape, TextLocation ShapeLocation, TextLocation Location) : ModelMember(Location);

/// <summary><c>network { layers }</c>.</summary>
internal sealed record NetworkClause(EquatableArray<LayerSyntax> Layers, TextLocation Location) : ModelMember(Location);

internal abstract record LayerSyntax(TextLocation Location);

/// <summary>A layer or activation: <c>conv2d(16, kernel: 3)</c>, <c>relu</c>, <c>dropout(0.2)</c>.</summary>
internal sealed record LayerCall(Identifier Name, EquatableArray<Expression> Positional, EquatableArray<Argument> Named, TextLocation Location) : LayerSyntax(Location);

/// <summary><c>block { … } x 3</c> or <c>residual { … }</c> (the body's output is added to its input).</summary>
internal sealed record LayerBlock(bool Residual, EquatableArray<LayerSyntax> Body, NumberLiteral? Repeat, TextLocation HeadLocation, TextLocation Location) : LayerSyntax(Location);

/// <summary>
/// <c>encoder { … }</c>: a named sub-network, generated as a nested module a family can call on its own. With inputs,
/// <c>denoiser(x, t) { … }</c>: its body starts from the tensor <c>x</c> and may read <c>t</c>; without, from the running tensor.
/// </summary>
internal sealed record LayerSubNetwork(Identifier Name, EquatableArray<LayerSyntax> Body, TextLocation Location, EquatableArray<Identifier> Inputs = default) : LayerSyntax(Location);

/// <summary>
/// A named input of the whole network besides the row's features: <c>input sepal from sepal_length, sepal_width</c>
/// (fed from schema fields, optionally <c>as [2, 1]</c>) or <c>input t: [1]</c> (a shape only: fed by the family, a timestep say).
/// </summary>
internal sealed record LayerInputDeclaration(Identifier Name, EquatableArray<FeatureReference> Fields, EquatableArray<NumberLiteral> Shape, TextLocation ShapeLocation, TextLocation Location) : LayerSyntax(Location);

/// <summary><c>as skip</c>: keeps the running tensor under a name that a later <c>add(skip)</c> or <c>concat(skip)</c> reads.</summary>
internal sealed record LayerKeep(Identifier Name, TextLocation Location) : LayerSyntax(Location);

/// <summary><c>train { settings }</c>.</summary>
internal sealed record TrainClause(EquatableArray<TrainSetting> Settings, TextLocation Location) : ModelMember(Location);

/// <summary>A classical model's run log: <c>log tensorboard "runs/"</c>, the setting a network writes in <c>train { }</c>.</summary>
internal sealed record LogClause(TrainSetting Setting, TextLocation Location) : ModelMember(Location);

/// <summary>One training setting: <c>epochs 30</c>, <c>optimizer adam(lr: 0.001)</c>, <c>early_stopping(patience: 5)</c>.</summary>
internal sealed record TrainSetting(Identifier Name, Expression? Value, EquatableArray<Argument> Arguments, TextLocation Location)
{
    /// <summary>A second value, a string: the folder in <c>log tensorboard "runs/"</c>; null when there is none.</summary>
    public StringLiteral? Target { get; init; }
}
