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
}

internal sealed record TypeSyntax(TypeKeyword Keyword, Identifier? Name, EquatableArray<Identifier> InlineMembers, TextLocation Location);

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
}
