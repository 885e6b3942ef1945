using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Generator.Infrastructure;
using Sprache;

namespace ModelDsl.Generator.Syntax;

/// <summary>
/// The Sprache grammar of .mlmodel files (see docs/language.md). Conventions that keep errors precise:
/// every token parser skips the trivia (whitespace, comments) *before* it and is atomic (a failed token
/// consumes nothing), so <c>XOr</c>/<c>XMany</c> report the deepest real failure; operator chains are
/// folded iteratively so long expressions cannot overflow the stack.
/// </summary>
internal static class Grammar
{
    public static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "schema", "enum", "rules", "namespace", "rule", "when", "let", "fact", "set", "otherwise",
        "because", "policy", "and", "or", "not", "in", "true", "false",
    };

    // ---- trivia and tokens ----
    // Tokens are scanned directly over the source text. Sprache's character combinators allocate
    // per character and per attempt, and every token is attempted many times (each alternative skips
    // the trivia before it again): scanned by hand, parsing got roughly an order of magnitude faster.
    // The grammar itself stays in Sprache.

    /// <summary>On failure, consumes nothing (Sprache's Or/XMany would otherwise see a consumed prefix).</summary>
    private static Parser<T> Atomic<T>(Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? result : Result.Failure<T>(input, result.Message, result.Expectations);
    };

    private static IInput AdvanceBy(IInput input, int count)
    {
        if (input is SourceInput source) return source.AdvanceBy(count);
        for (var i = 0; i < count; i++) input = input.Advance();
        return input;
    }

    /// <summary>A token whose length a scanner gives (0: not here).</summary>
    private static Parser<string> Scan(Func<string, int, int> length, string expected)
    {
        var expectations = new[] { expected }; // shared by every failure: failures are frequent, messages unused
        return input =>
        {
            var n = input.AtEnd ? 0 : length(input.Source, input.Position);
            return n > 0
                ? Result.Success(input.Source.Substring(input.Position, n), AdvanceBy(input, n))
                : Result.Failure<string>(input, "unexpected", expectations);
        };
    }

    /// <summary>Whitespace and comments; an unterminated block comment is an error (reported at its '/*').</summary>
    public static readonly Parser<string> Trivia = input =>
    {
        if (input is SourceInput { Trivia: { } cached }) return cached;
        var result = SkipTrivia(input);
        if (input is SourceInput source) source.Trivia = result;
        return result;
    };

    private static IResult<string> SkipTrivia(IInput input)
    {
        var end = TriviaEnd(input.Source, input.Position);
        if (end < 0) return Result.Failure<string>(AdvanceBy(input, ~end - input.Position), "unterminated comment", new[] { "end of comment '*/'" });
        return Result.Success("", AdvanceBy(input, end - input.Position));
    }

    /// <summary>
    /// Where the whitespace and comments from <paramref name="i"/> end; for a '/*' never closed, the bitwise
    /// complement (negative) of its offset.
    /// </summary>
    internal static int TriviaEnd(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) i++;
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = LineBreaks.IndexOf(text, i);
                i = end < 0 ? text.Length : end;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0) return ~i;
                i = close + 2;
            }
            else break;
        }
        return i;
    }

    /// <summary>Trivia, then <paramref name="parser"/>; on failure nothing is consumed.</summary>
    private static Parser<T> Token<T>(Parser<T> parser)
    {
        return Atomic(Trivia.Then(_ => parser));
    }

    /// <summary>Trivia, then <paramref name="parser"/> with the span it covers (trivia excluded).</summary>
    private static Parser<(T Value, TextLocation Location)> Spanned<T>(Parser<T> parser) =>
        Trivia.Then(_ => WithLocation(parser));

    private static Parser<(T Value, TextLocation Location)> WithLocation<T>(Parser<T> parser) => input =>
    {
        var result = parser(input);
        if (!result.WasSuccessful) return Result.Failure<(T, TextLocation)>(result.Remainder, result.Message, result.Expectations);
        return Result.Success((result.Value, LocationOf(input, result.Remainder)), result.Remainder);
    };

    public static TextLocation LocationOf(IInput start, IInput end) =>
        new(start.Position, end.Position - start.Position, start.Line - 1, start.Column - 1, end.Line - 1, end.Column - 1);

    private static Parser<string> Symbol(string text) =>
        Token(Scan((source, at) => string.CompareOrdinal(source, at, text, 0, text.Length) == 0 ? text.Length : 0, $"'{text}'")).Named($"'{text}'");

    private static readonly Parser<string> RawIdentifier = Scan(IdentifierLength, "identifier");

    /// <summary>The length of the identifier (letter or '_', then letters, digits, '_') at <paramref name="at"/>; 0: none.</summary>
    internal static int IdentifierLength(string source, int at)
    {
        if (at >= source.Length || !(char.IsLetter(source[at]) || source[at] == '_')) return 0;
        var end = at + 1;
        while (end < source.Length && (char.IsLetterOrDigit(source[end]) || source[end] == '_')) end++;
        return end - at;
    }

    /// <summary>Exactly <paramref name="word"/>, not followed by an identifier character (so 'rule' does not match 'rules').</summary>
    private static Parser<string> Word(string word) => Scan((source, at) =>
        string.CompareOrdinal(source, at, word, 0, word.Length) == 0
        && (at + word.Length == source.Length || !(char.IsLetterOrDigit(source[at + word.Length]) || source[at + word.Length] == '_'))
            ? word.Length
            : 0, $"'{word}'");

    private static Parser<string> Keyword(string word) => Token(Word(word)).Named($"'{word}'");

    private static Parser<TextLocation> KeywordAt(string word) =>
        Token(WithLocation(Word(word))).Select(x => x.Location).Named($"'{word}'");

    public static readonly Parser<Identifier> Identifier =
        Token(WithLocation(RawIdentifier.Where(w => !ReservedWords.Contains(w))))
            .Select(x => new Identifier(x.Value, x.Location))
            .Named("identifier");

    private static readonly Parser<Identifier> QualifiedName =
        Token(WithLocation(
            from first in RawIdentifier
            from rest in (from dot in Parse.Char('.') from part in RawIdentifier select "." + part).Many()
            select first + string.Concat(rest)))
            .Select(x => new Identifier(x.Value, x.Location))
            .Named("namespace name");

    // ---- literals ----

    internal static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    /// <summary>ASCII digits, an optional fraction and exponent, not followed by a letter (so '5abc' is not a number).</summary>
    internal static int NumberLength(string source, int at)
    {
        var i = at;
        while (i < source.Length && IsAsciiDigit(source[i])) i++;
        if (i == at) return 0;
        if (i + 1 < source.Length && source[i] == '.' && IsAsciiDigit(source[i + 1]))
        {
            i++;
            while (i < source.Length && IsAsciiDigit(source[i])) i++;
        }
        if (i < source.Length && (source[i] == 'e' || source[i] == 'E'))
        {
            var j = i + 1;
            if (j < source.Length && (source[j] == '+' || source[j] == '-')) j++;
            if (j < source.Length && IsAsciiDigit(source[j]))
            {
                while (j < source.Length && IsAsciiDigit(source[j])) j++;
                i = j;
            }
        }
        if (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_')) return 0;
        return i - at;
    }

    /// <summary>A number with any of these is not an integer literal.</summary>
    internal static readonly char[] NotIntegerCharacters = { '.', 'e', 'E' };

    private static readonly Parser<NumberLiteral> Number =
        Token(WithLocation(Scan(NumberLength, "number")))
            .Select(x => new NumberLiteral(
                double.Parse(x.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                x.Value,
                x.Value.IndexOfAny(NotIntegerCharacters) < 0,
                x.Location))
            .Named("number");

    private static readonly Parser<char> StringCharacter =
        Parse.Char('\\').Then(_ => Parse.Chars('"', '\\', 'n', 't').Select(c => c switch { 'n' => '\n', 't' => '\t', _ => c }))
            .Or(Parse.CharExcept("\"\\\r\n\u0085\u2028\u2029"));

    public static readonly Parser<(string Value, TextLocation Location)> StringText =
        Token(WithLocation(
            from open in Parse.Char('"')
            from text in StringCharacter.Many().Text()
            from close in Parse.Char('"').Named("closing '\"' on the same line")
            select text))
            .Named("string");

    // ---- expressions ----

    private static readonly Parser<Expression> ExpressionRef = Parse.Ref(() => Expression!);

    private static readonly Parser<Expression> Parenthesized =
        from open in Symbol("(")
        from inner in ExpressionRef
        from close in Symbol(")")
        select inner;

    private static readonly Parser<Expression> Primary =
        Number.Select(n => (Expression)n)
            .Or(StringText.Select(s => (Expression)new StringLiteral(s.Value, s.Location)))
            .Or(KeywordAt("true").Select(l => (Expression)new BoolLiteral(true, l)))
            .Or(KeywordAt("false").Select(l => (Expression)new BoolLiteral(false, l)))
            .Or(Identifier.Select(i => (Expression)new NameExpression(i)))
            .XOr(Parenthesized)
            .Named("a value (number, string, name or '(')");

    // Prefix operators are collected with Many and folded, not parsed recursively.
    private static readonly Parser<Expression> Unary =
        from signs in Token(WithLocation(Parse.Char('-'))).Many()
        from operand in Primary
        select signs.Reverse().Aggregate(operand, (e, s) => new UnaryExpression(UnaryOperator.Negate, e, TextLocation.Between(s.Location, e.Location)));

    private static Parser<Expression> ChainLeft(Parser<Expression> operand, Parser<BinaryOperator> op) =>
        from first in operand
        from rest in (from o in op from right in operand select (o, right)).XMany()
        select rest.Aggregate(first, (left, x) => new BinaryExpression(x.o, left, x.right, TextLocation.Between(left.Location, x.right.Location)));

    private static Parser<BinaryOperator> Op(string text, BinaryOperator op) => Symbol(text).Return(op);

    private static readonly Parser<Expression> Multiplicative =
        ChainLeft(Unary, Op("*", BinaryOperator.Multiply).Or(Op("/", BinaryOperator.Divide)).Or(Op("%", BinaryOperator.Modulo)));

    private static readonly Parser<Expression> Additive =
        ChainLeft(Multiplicative, Op("+", BinaryOperator.Add).Or(Token(Parse.Char('-').Then(_ => Parse.Char('>').Not()).Return(BinaryOperator.Subtract)).Named("'-'")));

    private static readonly Parser<BinaryOperator> ComparisonOperator =
        Op("==", BinaryOperator.Equal)
            .Or(Op("!=", BinaryOperator.NotEqual))
            .Or(Op("<=", BinaryOperator.LessOrEqual))
            .Or(Op(">=", BinaryOperator.GreaterOrEqual))
            .Or(Op("<", BinaryOperator.Less))
            .Or(Op(">", BinaryOperator.Greater));

    private static readonly Parser<EquatableArray<Identifier>> MemberSet =
        from open in Symbol("{")
        from first in Identifier.Named("a value name")
        from rest in Symbol(",").Then(_ => Identifier.Named("a value name")).XMany()
        from comma in Symbol(",").Optional()
        from close in Symbol("}")
        select new[] { first }.Concat(rest).ToEquatableArray();

    private abstract record ComparisonTail;
    private sealed record CompareTail(BinaryOperator Op, Expression Right) : ComparisonTail;
    private sealed record InTail(bool Negated, EquatableArray<Identifier> Members, TextLocation End) : ComparisonTail;
    private sealed record ContainsTail(Identifier Member) : ComparisonTail;

    private static readonly Parser<ComparisonTail> ComparisonRest =
        (from op in ComparisonOperator from right in Additive select (ComparisonTail)new CompareTail(op, right))
            .Or(from kw in Keyword("in") from set in Spanned(MemberSet) select (ComparisonTail)new InTail(false, set.Value, set.Location))
            .Or(from not in Token(RawIdentifier.Where(w => w == "not").Then(_ => Trivia).Then(_ => RawIdentifier.Where(w => w == "in"))).Named("'not in'")
                from set in Spanned(MemberSet)
                select (ComparisonTail)new InTail(true, set.Value, set.Location))
            // 'contains' is a word only here (after an operand), so it stays usable as a name.
            .Or(from kw in Token(RawIdentifier.Where(w => w == "contains")).Named("'contains'")
                from member in Identifier.Named("a value name")
                select (ComparisonTail)new ContainsTail(member));

    private static readonly Parser<Expression> Comparison =
        from left in Additive
        from tail in ComparisonRest.XOptional()
        select tail.IsDefined
            ? tail.Get() switch
            {
                CompareTail c => new BinaryExpression(c.Op, left, c.Right, TextLocation.Between(left.Location, c.Right.Location)),
                InTail t => new InExpression(left, t.Members, t.Negated, TextLocation.Between(left.Location, t.End)),
                ContainsTail c => new ContainsExpression(left, c.Member, TextLocation.Between(left.Location, c.Member.Location)),
                _ => left,
            }
            : left;

    private static readonly Parser<Expression> Negation =
        from nots in KeywordAt("not").Many()
        from operand in Comparison
        select nots.Reverse().Aggregate(operand, (e, l) => new UnaryExpression(UnaryOperator.Not, e, TextLocation.Between(l, e.Location)));

    private static readonly Parser<Expression> Conjunction = ChainLeft(Negation, Keyword("and").Return(BinaryOperator.And));

    public static readonly Parser<Expression> Expression = ChainLeft(Conjunction, Keyword("or").Return(BinaryOperator.Or)).Named("expression");

    // ---- types and declarations ----

    private static readonly Parser<TypeSyntax> InlineEnumType =
        from loc in KeywordAt("enum")
        from members in Spanned(MemberSet)
        select new TypeSyntax(TypeKeyword.InlineEnum, null, members.Value, TextLocation.Between(loc, members.Location));

    private static readonly Parser<TypeSyntax> NamedType =
        Identifier.Select(id => id.Text switch
        {
            "float" => new TypeSyntax(TypeKeyword.Float, null, EquatableArray<Identifier>.Empty, id.Location),
            "double" => new TypeSyntax(TypeKeyword.Double, null, EquatableArray<Identifier>.Empty, id.Location),
            "int" => new TypeSyntax(TypeKeyword.Int, null, EquatableArray<Identifier>.Empty, id.Location),
            "long" => new TypeSyntax(TypeKeyword.Long, null, EquatableArray<Identifier>.Empty, id.Location),
            "bool" => new TypeSyntax(TypeKeyword.Bool, null, EquatableArray<Identifier>.Empty, id.Location),
            "string" => new TypeSyntax(TypeKeyword.String, null, EquatableArray<Identifier>.Empty, id.Location),
            _ => new TypeSyntax(TypeKeyword.Named, id, EquatableArray<Identifier>.Empty, id.Location),
        });

    // A tensor field: an element type with its dimensions, float[784] or float[1, 28, 28].
    private static readonly Parser<(EquatableArray<NumberLiteral> Dimensions, TextLocation Location)> TypeShape =
        from open in Token(WithLocation(Parse.Char('[')))
        from dimensions in CommaList(Number)
        from close in Token(WithLocation(Parse.Char(']'))).Named("',' or ']' closing the tensor shape")
        select (dimensions, TextLocation.Between(open.Location, close.Location));

    private static readonly Parser<TypeSyntax> ScalarOrTensorType =
        from type in NamedType
        from shape in TypeShape.Optional()
        select shape.IsDefined
            ? type with { Shape = shape.Get().Dimensions, Location = TextLocation.Between(type.Location, shape.Get().Location) }
            : type;

    // set of Department, set of enum { a, b }: 'set' is reserved, so no other type starts with it.
    private static readonly Parser<TypeSyntax> SetType =
        from loc in KeywordAt("set")
        from of in Keyword("of")
        from element in InlineEnumType.XOr(Identifier.Named("an enum name or enum { ... }").Select(id => new TypeSyntax(TypeKeyword.Named, id, EquatableArray<Identifier>.Empty, id.Location)))
        select new TypeSyntax(TypeKeyword.Set, element.Name, element.InlineMembers, TextLocation.Between(loc, element.Location));

    // tokens(chars, 32[, truncate: true]): 'tokens' is a type only when '(' follows, so an enum may still be named tokens.
    private static readonly Parser<TypeSyntax> TokensType =
        from loc in Atomic(from kw in KeywordAt("tokens") from open in Symbol("(") select kw)
        from tokenizer in Identifier.Named("a tokenizer (chars or gpt2)")
        from comma in Symbol(",")
        from length in Number.Named("the most tokens a value may have")
        from options in Symbol(",").Then(_ => Parse.Ref(() => NamedArgument)).XMany()
        from close in Token(WithLocation(Parse.Char(')'))).Named("',' or ')' closing tokens(…)")
        select new TypeSyntax(TypeKeyword.Tokens, null, EquatableArray<Identifier>.Empty, TextLocation.Between(loc, close.Location),
            Tokens: new TokensSyntax(tokenizer, length, options.ToEquatableArray()));

    public static readonly Parser<TypeSyntax> Type = InlineEnumType.XOr(SetType).XOr(TokensType).XOr(ScalarOrTensorType)
        .Named("a type (float, double, int, long, bool, string, enum { ... }, an enum name, set of an enum, tokens(chars, 32), or a tensor such as float[28, 28])");

    private static readonly Parser<FieldDeclaration> Field =
        from name in Identifier
        from colon in Symbol(":")
        from type in Type
        from comma in Symbol(",").Optional()
        select new FieldDeclaration(name, type);

    private static readonly Parser<Declaration> Schema =
        from start in KeywordAt("schema")
        from name in Identifier
        from open in Symbol("{")
        from fields in Field.XMany()
        from close in Token(WithLocation(Parse.Char('}'))).Named("a field ('name: type') or '}'")
        select (Declaration)new SchemaDeclaration(name, fields.ToEquatableArray(), TextLocation.Between(start, close.Location));

    private static readonly Parser<Declaration> Enum =
        from start in KeywordAt("enum")
        from name in Identifier
        from members in Spanned(MemberSet)
        select (Declaration)new EnumDeclaration(name, members.Value, TextLocation.Between(start, members.Location));

    private static readonly Parser<string?> Because =
        (from kw in Keyword("because") from text in StringText select (string?)text.Value).XOptional().Select(o => o.GetOrDefault());

    private static readonly Parser<RuleSetMember> Policy =
        from start in KeywordAt("policy")
        from policy in Token(WithLocation(
            RawIdentifier.Where(w => w is "first" or "priority" or "collect")))
            .Named("'first', 'priority' or 'collect'")
        select (RuleSetMember)new PolicyClause(
            policy.Value switch { "priority" => HitPolicy.Priority, "collect" => HitPolicy.Collect, _ => HitPolicy.First },
            TextLocation.Between(start, policy.Location));

    private static readonly Parser<RuleSetMember> Let =
        from start in KeywordAt("let")
        from name in Identifier
        from eq in Symbol("=")
        from value in Expression
        select (RuleSetMember)new LetDeclaration(name, value, TextLocation.Between(start, value.Location));

    private static readonly Parser<RuleSetMember> Fact =
        from start in KeywordAt("fact")
        from name in Identifier
        from colon in Symbol(":")
        from type in Type
        from eq in Symbol("=").Named("'=' and the fact's default value")
        from value in Expression
        select (RuleSetMember)new FactDeclaration(name, type, value, TextLocation.Between(start, value.Location));

    private static readonly Parser<NumberLiteral> SignedNumber =
        from minus in Token(WithLocation(Parse.Char('-'))).Optional()
        from number in Number
        select minus.IsDefined
            ? new NumberLiteral(-number.Value, "-" + number.Text, number.IsInteger, TextLocation.Between(minus.Get().Location, number.Location))
            : number;

    private static readonly Parser<RuleAction> Action =
        (from set in KeywordAt("set")
         from fact in Identifier
         from eq in Symbol("=")
         from value in Expression
         select (RuleAction)new SetFactAction(fact, value, TextLocation.Between(set, value.Location)))
        .XOr(Identifier.Select(outcome => (RuleAction)new OutcomeAction(outcome)))
        .Named("an outcome or 'set fact = value'");

    private static readonly Parser<RuleSetMember> Rule =
        from start in KeywordAt("rule")
        from name in Identifier
        from priority in Keyword("priority").Then(_ => SignedNumber).XOptional()
        from when in Keyword("when")
        from condition in Expression
        from arrow in Symbol("=>")
        from action in Action
        from reason in Because
        select (RuleSetMember)new RuleDeclaration(name, priority.GetOrDefault(), condition, action, reason, TextLocation.Between(start, action.Location));

    private static readonly Parser<RuleSetMember> Otherwise =
        from start in KeywordAt("otherwise")
        from outcome in Identifier
        from reason in Because
        select (RuleSetMember)new OtherwiseClause(outcome, reason, TextLocation.Between(start, outcome.Location));

    private static readonly Parser<RuleSetMember> RuleSetMember =
        Policy.XOr(Let).XOr(Fact).XOr(Rule).XOr(Otherwise);

    private static readonly Parser<Declaration> Rules =
        from start in KeywordAt("rules")
        from name in Identifier
        from open in Symbol("(")
        from input in Identifier
        from close in Symbol(")")
        from arrow in Symbol("->")
        from outcome in Identifier
        from openBrace in Symbol("{")
        from members in RuleSetMember.XMany()
        from closeBrace in Token(WithLocation(Parse.Char('}'))).Named("'rule', 'let', 'fact', 'policy', 'otherwise' or '}'")
        select (Declaration)new RuleSetDeclaration(name, input, outcome, members.ToEquatableArray(), TextLocation.Between(start, closeBrace.Location));

    // ---- learned models ----

    private static readonly Parser<FeatureReference> FeatureReference =
        from name in Identifier
        from end in Symbol("..").Then(_ => Identifier).XOptional()
        select new FeatureReference(name, end.GetOrDefault(), end.IsDefined ? TextLocation.Between(name.Location, end.Get().Location) : name.Location);

    private static Parser<EquatableArray<T>> CommaList<T>(Parser<T> item) where T : IEquatable<T> =>
        from first in item
        from rest in Symbol(",").Then(_ => item).XMany()
        select new[] { first }.Concat(rest).ToEquatableArray();

    private static readonly Parser<ModelMember> Features =
        from start in KeywordAt("features")
        from clause in
            (from all in KeywordAt("all")
             from except in Keyword("except").Then(_ => CommaList(FeatureReference)).XOptional()
             select (All: true, List: except.GetOrElse(EquatableArray<FeatureReference>.Empty), End: except.IsDefined ? except.Get()[except.Get().Count - 1].Location : all))
            .XOr(CommaList(FeatureReference).Select(list => (All: false, List: list, End: list[list.Count - 1].Location)))
        select (ModelMember)new FeaturesClause(clause.All, clause.List, TextLocation.Between(start, clause.End));

    private static readonly Parser<Expression> ArgumentValue =
        SignedNumber.Select(n => (Expression)n)
            .Or(StringText.Select(s => (Expression)new StringLiteral(s.Value, s.Location)))
            .Or(KeywordAt("true").Select(l => (Expression)new BoolLiteral(true, l)))
            .Or(KeywordAt("false").Select(l => (Expression)new BoolLiteral(false, l)))
            .Or(Identifier.Select(i => (Expression)new NameExpression(i)))
            .Named("a value (number, string, true, false or a name)");

    private static readonly Parser<Argument> NamedArgument =
        from name in Identifier
        from colon in Symbol(":")
        from value in ArgumentValue
        select new Argument(name, value, TextLocation.Between(name.Location, value.Location));

    private static readonly Parser<(EquatableArray<Argument> Arguments, TextLocation? End)> Arguments =
        (from open in Symbol("(")
         from args in CommaList(NamedArgument).XOptional()
         from close in Token(WithLocation(Parse.Char(')'))).Named("')'")
         select (args.GetOrElse(EquatableArray<Argument>.Empty), (TextLocation?)close.Location))
        .XOptional()
        .Select(o => o.GetOrElse((EquatableArray<Argument>.Empty, null)));

    /// <summary>Optional <c>a, b:</c> before a transform or strategy.</summary>
    private static readonly Parser<EquatableArray<FeatureReference>> Targets =
        Atomic(from list in CommaList(FeatureReference) from colon in Symbol(":") select list)
            .Optional()
            .Select(o => o.GetOrElse(EquatableArray<FeatureReference>.Empty));

    private static readonly Parser<ModelMember> Preprocess =
        from start in KeywordAt("preprocess")
        from targets in Targets
        from transform in Identifier.Named("a transform (standardize, min_max, one_hot, polynomial, bag_of_words)")
        from args in Arguments
        select (ModelMember)new PreprocessClause(targets, transform, args.Arguments, TextLocation.Between(start, args.End ?? transform.Location));

    private static readonly Parser<ModelMember> Impute =
        from start in KeywordAt("impute")
        from targets in Targets
        from strategy in Identifier.Named("a strategy (mean, median, most_frequent, constant, reject)")
        from args in Arguments
        select (ModelMember)new ImputeClause(targets, strategy, args.Arguments, TextLocation.Between(start, args.End ?? strategy.Location));

    private static readonly Parser<ModelMember> Algorithm =
        from start in KeywordAt("algorithm")
        from name in Identifier.Named("an algorithm name")
        from args in Arguments
        select (ModelMember)new AlgorithmClause(name, args.Arguments, TextLocation.Between(start, args.End ?? name.Location));

    private static readonly Parser<ModelMember> SplitLast =
        from start in KeywordAt("split")
        from last in Keyword("last")
        from fraction in Number
        select (ModelMember)new SplitClause(fraction, false, null, TextLocation.Between(start, fraction.Location), Last: true);

    private static readonly Parser<ModelMember> SplitTest =
        from start in KeywordAt("split")
        from test in Keyword("test")
        from fraction in Number
        from stratified in KeywordAt("stratified").XOptional()
        from seed in Keyword("seed").Then(_ => Number).XOptional()
        select (ModelMember)new SplitClause(fraction, stratified.IsDefined, seed.GetOrDefault(),
            TextLocation.Between(start, seed.IsDefined ? seed.Get().Location : stratified.IsDefined ? stratified.Get() : fraction.Location));

    private static readonly Parser<ModelMember> Split = Atomic(SplitLast).Or(SplitTest);

    private static readonly Parser<ModelMember> CrossValidate =
        from start in KeywordAt("cross_validate")
        from folds in Number
        from seed in Keyword("seed").Then(_ => Number).XOptional()
        select (ModelMember)new CrossValidateClause(folds, seed.GetOrDefault(), TextLocation.Between(start, seed.IsDefined ? seed.Get().Location : folds.Location));

    private static readonly Parser<ModelMember> Metrics =
        from start in KeywordAt("metrics")
        from list in CommaList(Identifier.Named("a metric name"))
        select (ModelMember)new MetricsClause(list, TextLocation.Between(start, list[list.Count - 1].Location));

    // ---- networks ----

    private static readonly Parser<(EquatableArray<NumberLiteral> Dimensions, TextLocation Location)> Shape =
        from open in Token(WithLocation(Parse.Char('['))).Named("a shape like [1, 8, 8]")
        from dimensions in CommaList(Number)
        from close in Token(WithLocation(Parse.Char(']'))).Named("',' or ']'")
        select (dimensions, TextLocation.Between(open.Location, close.Location));

    // input [shape] | input as [shape] | input features as [shape] | input features (a single tensor field keeps its declared shape)
    private static readonly Parser<ModelMember> Input =
        (from start in KeywordAt("input")
         from keyword in Keyword("as").Optional()
         from shape in Shape
         select (ModelMember)new InputClause(EquatableArray<FeatureReference>.Empty, shape.Dimensions, shape.Location, TextLocation.Between(start, shape.Location)))
        .Or(from start in KeywordAt("input")
            from list in CommaList(FeatureReference)
            from shape in Keyword("as").Then(_ => Shape).Optional()
            let end = shape.IsDefined ? shape.Get().Location : list[list.Count - 1].Location
            select (ModelMember)new InputClause(list, shape.IsDefined ? shape.Get().Dimensions : EquatableArray<NumberLiteral>.Empty,
                shape.IsDefined ? shape.Get().Location : TextLocation.Between(list[0].Location, end), TextLocation.Between(start, end)));

    /// <summary>A shape value of a layer: <c>[32, 14, 14]</c> (<c>reshape</c>); -1 lets the build infer one dimension.</summary>
    private static readonly Parser<Expression> ShapeValue =
        from open in Token(WithLocation(Parse.Char('[')))
        from dimensions in CommaList(SignedNumber)
        from close in Token(WithLocation(Parse.Char(']'))).Named("',' or ']'")
        select (Expression)new ShapeLiteral(dimensions, TextLocation.Between(open.Location, close.Location));

    private static readonly Parser<Expression> LayerValue = ShapeValue.Or(ArgumentValue);

    private static readonly Parser<Argument> LayerNamedArgument =
        from name in Identifier
        from colon in Symbol(":")
        from value in LayerValue
        select new Argument(name, value, TextLocation.Between(name.Location, value.Location));

    /// <summary>A layer's arguments: positional values first, then named ones: <c>(16, kernel: 3)</c>.</summary>
    private static readonly Parser<(EquatableArray<Expression> Positional, EquatableArray<Argument> Named, TextLocation? End)> LayerArguments =
        (from open in Symbol("(")
         from items in CommaList(Atomic(LayerNamedArgument).Select(a => ((Expression?)null, (Argument?)a))
                                 .Or(LayerValue.Select(v => ((Expression?)v, (Argument?)null)))).XOptional()
         from close in Token(WithLocation(Parse.Char(')'))).Named("',' or ')'")
         select (items.GetOrElse(EquatableArray<(Expression?, Argument?)>.Empty).Where(i => i.Item1 is not null).Select(i => i.Item1!).ToEquatableArray(),
                 items.GetOrElse(EquatableArray<(Expression?, Argument?)>.Empty).Where(i => i.Item2 is not null).Select(i => i.Item2!).ToEquatableArray(),
                 (TextLocation?)close.Location))
        .XOptional()
        .Select(o => o.GetOrElse((EquatableArray<Expression>.Empty, EquatableArray<Argument>.Empty, null)));

    // Not Parse.Ref: Sprache's Ref memoises a failure per input position and throws when it is asked again there.
    private static readonly Parser<LayerSyntax> LayerItemRef = input => LayerItem!(input);

    private static readonly Parser<LayerSyntax> LayerBlock =
        from head in Token(WithLocation(Word("block").Or(Word("residual"))))
        from open in Symbol("{")
        from body in LayerItemRef.XMany()
        from close in Token(WithLocation(Parse.Char('}'))).Named("a layer or '}'")
        from repeat in Keyword("x").Then(_ => Number).XOptional()
        select (LayerSyntax)new LayerBlock(head.Value == "residual", body.ToEquatableArray(), repeat.GetOrDefault(), head.Location,
            TextLocation.Between(head.Location, repeat.IsDefined ? repeat.Get().Location : close.Location));

    private static readonly Parser<LayerSyntax> LayerCall =
        from name in Identifier.Named("a layer (dense, conv2d, maxpool, flatten, dropout, relu, …) or '}'")
        from args in LayerArguments
        select (LayerSyntax)new LayerCall(name, args.Positional, args.Named, TextLocation.Between(name.Location, args.End ?? name.Location));

    // encoder { … } or denoiser(x, t) { … }: a name, its inputs and '{' (atomic, so a plain layer call is tried when no
    // '{' follows: dense(64) fails at 64, add(skip) at the missing '{').
    private static readonly Parser<LayerSyntax> LayerSubNetwork =
        from head in Atomic(
            from name in Identifier
            from inputs in (from open in Symbol("(") from list in CommaList(Identifier) from close in Symbol(")") select list).XOptional()
            from open in Symbol("{")
            select (Name: name, Inputs: inputs.GetOrElse(EquatableArray<Identifier>.Empty)))
        from body in LayerItemRef.XMany()
        from close in Token(WithLocation(Parse.Char('}'))).Named("a layer or '}'")
        select (LayerSyntax)new LayerSubNetwork(head.Name, body.ToEquatableArray(), TextLocation.Between(head.Name.Location, close.Location), head.Inputs);

    // input sepal from sepal_length, sepal_width [as [2, 1]] | input t: [1]
    private static readonly Parser<LayerSyntax> LayerInput =
        from start in KeywordAt("input")
        from name in Identifier.Named("a name for the network input (input t: [1], input c from field)")
        from source in
            (from colon in Symbol(":")
             from shape in Shape
             select (Fields: EquatableArray<FeatureReference>.Empty, Shape: shape.Dimensions, ShapeLocation: shape.Location, End: shape.Location))
            .Or(from keyword in Keyword("from")
                from list in CommaList(FeatureReference)
                from shape in Keyword("as").Then(_ => Shape).Optional()
                let end = shape.IsDefined ? shape.Get().Location : list[list.Count - 1].Location
                select (Fields: list, Shape: shape.IsDefined ? shape.Get().Dimensions : EquatableArray<NumberLiteral>.Empty,
                        ShapeLocation: shape.IsDefined ? shape.Get().Location : TextLocation.Between(list[0].Location, end), End: end))
            .Named("':' and a shape, or 'from' and fields")
        select (LayerSyntax)new LayerInputDeclaration(name, source.Fields, source.Shape, source.ShapeLocation, TextLocation.Between(start, source.End));

    private static readonly Parser<LayerSyntax> LayerKeep =
        from start in KeywordAt("as")
        from name in Identifier.Named("a name for the tensor (as skip)")
        select (LayerSyntax)new LayerKeep(name, TextLocation.Between(start, name.Location));

    private static readonly Parser<LayerSyntax> LayerItem = LayerKeep.XOr(LayerInput).XOr(LayerBlock).XOr(LayerSubNetwork).XOr(LayerCall);

    private static readonly Parser<ModelMember> Network =
        from start in KeywordAt("network")
        from open in Symbol("{")
        from layers in LayerItem.XMany()
        from close in Token(WithLocation(Parse.Char('}'))).Named("a layer or '}'")
        select (ModelMember)new NetworkClause(layers.ToEquatableArray(), TextLocation.Between(start, close.Location));

    private static readonly Parser<TrainSetting> TrainSetting =
        from name in Identifier.Named("a training setting (loss, optimizer, epochs, batch, log, …) or '}'")
        from setting in SettingAfter(name)
        select setting;

    /// <summary>What follows a setting's name: a value, a folder (<c>log tensorboard "runs/"</c>), arguments.</summary>
    private static Parser<TrainSetting> SettingAfter(Identifier name) =>
        from value in ArgumentValue.XOptional()
        // a second value: the folder of 'log tensorboard "runs/"' (the binder refuses it on other settings)
        from target in StringText.XOptional()
        from args in Arguments
        select new TrainSetting(name, value.GetOrDefault(), args.Arguments,
            TextLocation.Between(name.Location, args.End ?? (target.IsDefined ? target.Get().Location : value.IsDefined ? value.Get().Location : name.Location)))
        {
            Target = target.IsDefined ? new StringLiteral(target.Get().Value, target.Get().Location) : null,
        };

    private static readonly Parser<ModelMember> Train =
        from start in KeywordAt("train")
        from open in Symbol("{")
        from settings in TrainSetting.XMany()
        from close in Token(WithLocation(Parse.Char('}'))).Named("a training setting or '}'")
        select (ModelMember)new TrainClause(settings.ToEquatableArray(), TextLocation.Between(start, close.Location));

    // a classical model's run log, the setting of a network's train { } (its format and folder are checked by the binder)
    private static readonly Parser<ModelMember> Log =
        from start in KeywordAt("log")
        from setting in SettingAfter(new Identifier("log", start))
        select (ModelMember)new LogClause(setting, setting.Location);

    private const string ModelMemberWords = "'features', 'preprocess', 'impute', 'algorithm', 'input', 'network', 'train', 'split', 'cross_validate', 'metrics', 'log' or '}'";

    private static readonly Parser<(char Value, TextLocation Location)> CloseAfterMember = Token(WithLocation(Parse.Char('}'))).Named(ModelMemberWords);
    private static readonly Parser<(char Value, TextLocation Location)> CloseAfterSplit = Token(WithLocation(Parse.Char('}'))).Named("'stratified', 'seed', " + ModelMemberWords);
    private static readonly Parser<(char Value, TextLocation Location)> CloseAfterSeedable = Token(WithLocation(Parse.Char('}'))).Named("'seed', " + ModelMemberWords);

    /// <summary>
    /// The model's '}', expected also after the words that may still end the last clause, so that a misspelt
    /// <c>split test 0.2 stratifed</c> lists (and suggests) 'stratified' and 'seed', not only the clause keywords.
    /// </summary>
    private static Parser<(char Value, TextLocation Location)> ModelClose(ModelMember? last) => last switch
    {
        SplitClause { Last: false, Stratified: false, Seed: null } => CloseAfterSplit,
        SplitClause { Last: false, Seed: null } or CrossValidateClause { Seed: null } => CloseAfterSeedable,
        _ => CloseAfterMember,
    };

    private static readonly Parser<ModelMember> ModelMember =
        Features.XOr(Preprocess).XOr(Impute).XOr(Algorithm).XOr(Split).XOr(CrossValidate).XOr(Metrics).XOr(Input).XOr(Network).XOr(Train).XOr(Log);

    private static readonly Parser<LabelRange> LabelRange =
        from keyword in Keyword("in")
        from first in Number
        from dots in Symbol("..")
        from last in Number
        select new LabelRange(first, last, TextLocation.Between(first.Location, last.Location));

    // The header's family keywords come from the family registry (Semantics/Families/ModelFamilies.cs).
    private static readonly Parser<(ModelTask Task, TextLocation Location)> Task =
        Token(WithLocation(RawIdentifier.Where(w => Semantics.Families.ModelFamilies.Find(w) is not null)))
            .Select(t => (Semantics.Families.ModelFamilies.Find(t.Value)!.Task, t.Location))
            .Named(Semantics.Families.ModelFamilies.Expected);

    private static readonly Parser<Declaration> Model =
        from start in KeywordAt("model")
        from name in Identifier
        from colon in Symbol(":")
        from task in Task
        from open in Symbol("(")
        from input in Identifier
        from label in Symbol("->").Then(_ => Identifier).XOptional()
        from range in LabelRange.XOptional()
        from close in Symbol(")")
        from openBrace in Symbol("{")
        from members in ModelMember.XMany()
        from closeBrace in ModelClose(members.LastOrDefault())
        select (Declaration)new ModelDeclaration(name, task.Task, task.Location, input, label.GetOrDefault(), range.GetOrDefault(), members.ToEquatableArray(), TextLocation.Between(start, closeBrace.Location));

    public static readonly Parser<Declaration> Declaration =
        Schema.XOr(Enum).XOr(Rules).XOr(Model).Named("'schema', 'enum', 'rules' or 'model'");

    public static readonly Parser<Identifier> NamespaceDirective =
        from kw in Keyword("namespace")
        from name in QualifiedName
        select name;

    /// <summary>Trivia then end of input.</summary>
    public static readonly Parser<string> EndOfInput = Trivia.Then(_ => Parse.Return("").End());
}
