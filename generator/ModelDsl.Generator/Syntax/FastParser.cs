using System;
using System.Collections.Generic;
using System.Globalization;
using ModelDsl.Generator.Infrastructure;

namespace ModelDsl.Generator.Syntax;

/// <summary>
/// A hand-written recursive-descent parser for the declarations that make up nearly all of a typical file
/// (<c>schema</c>, <c>enum</c>, <c>rules</c>), run before the Sprache <see cref="Grammar"/>. Sprache allocates
/// closures, results and inputs for every attempt of every alternative (about 1.4 MiB per KiB of rules); this
/// parser allocates little beyond the tree.
/// <para>
/// It is a shortcut, not a second grammar: on input the grammar accepts it returns exactly the tree (values and
/// locations) and end position that <see cref="Grammar.Declaration"/> returns, and on anything else — any error,
/// any construct it does not handle (e.g. <c>model</c>) — it gives up (returns false) and the caller parses the
/// declaration with the grammar, which alone reports syntax errors. Every decision below mirrors the combinator it
/// replaces (noted beside it); tests compare both parsers on the samples, the fuzz corpus and mutations of them.
/// </para>
/// </summary>
internal sealed class FastParser
{
    private readonly string _text;
    private int[]? _lineStarts;
    private int _pos;

    public FastParser(string text) => _text = text;

    /// <summary>The declaration at <paramref name="position"/> (trivia before it allowed) and where it ends, or false.</summary>
    public bool TryDeclaration(int position, out Declaration? declaration, out int end)
    {
        declaration = null;
        end = position;
        _pos = position;
        var p = Trivia(position);
        if (p < 0) return false;
        // Declaration = Schema.XOr(Enum).XOr(Rules).XOr(Model): each starts with its keyword, so the word decides.
        var n = Grammar.IdentifierLength(_text, p);
        if (Is(p, n, "schema")) declaration = Schema(p, n);
        else if (Is(p, n, "enum")) declaration = Enum(p, n);
        else if (Is(p, n, "rules")) declaration = Rules(p, n);
        if (declaration is null) return false;
        end = _pos;
        return true;
    }

    /// <summary>A Sprache input at <paramref name="position"/>, with its line and column.</summary>
    public SourceInput InputAt(int position)
    {
        var line = LineOf(position);
        return new SourceInput(_text, position, line + 1, position - LineStarts[line] + 1);
    }

    // ---- positions ----

    private int[] LineStarts
    {
        get
        {
            if (_lineStarts is null)
            {
                var starts = new List<int>(64) { 0 };
                for (var i = LineBreaks.NextLineStart(_text, 0); i >= 0; i = LineBreaks.NextLineStart(_text, i)) starts.Add(i);
                _lineStarts = starts.ToArray();
            }
            return _lineStarts;
        }
    }

    private int LineOf(int position)
    {
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>As <see cref="Grammar.LocationOf"/>: 0-based lines, columns counted in characters from the last line break (<see cref="LineBreaks"/>).</summary>
    private TextLocation Location(int start, int end)
    {
        var line = LineOf(start);
        var endLine = end == start ? line : LineOf(end);
        var starts = LineStarts;
        return new TextLocation(start, end - start, line, start - starts[line], endLine, end - starts[endLine]);
    }

    // ---- tokens (each skips the trivia before it, as Grammar's Token does) ----

    private int Trivia(int position) => Grammar.TriviaEnd(_text, position);

    private bool Is(int at, int length, string word) => length == word.Length && string.CompareOrdinal(_text, at, word, 0, length) == 0;

    private char CharAt(int at) => at < _text.Length ? _text[at] : '\0';

    /// <summary>Keyword / KeywordAt: the word, not followed by an identifier character.</summary>
    private bool Keyword(string word, out TextLocation location)
    {
        location = default;
        var p = Trivia(_pos);
        if (p < 0 || !Is(p, Grammar.IdentifierLength(_text, p), word)) return false;
        location = Location(p, p + word.Length);
        _pos = p + word.Length;
        return true;
    }

    /// <summary>Keyword at <paramref name="p"/> (trivia already skipped) that the caller has checked.</summary>
    private TextLocation TakeKeyword(int p, int length)
    {
        _pos = p + length;
        return Location(p, p + length);
    }

    /// <summary>Symbol: the exact text (a prefix of a longer operator matches, as in Sprache's Symbol).</summary>
    private bool Symbol(string text)
    {
        var p = Trivia(_pos);
        if (p < 0 || string.CompareOrdinal(_text, p, text, 0, text.Length) != 0 || p + text.Length > _text.Length) return false;
        _pos = p + text.Length;
        return true;
    }

    /// <summary>Token(WithLocation(Parse.Char(c))).</summary>
    private bool Char(char c, out TextLocation location)
    {
        location = default;
        var p = Trivia(_pos);
        if (p < 0 || CharAt(p) != c || p >= _text.Length) return false;
        location = Location(p, p + 1);
        _pos = p + 1;
        return true;
    }

    /// <summary>Identifier: not a reserved word.</summary>
    private Identifier? Identifier()
    {
        var p = Trivia(_pos);
        if (p < 0) return null;
        var n = Grammar.IdentifierLength(_text, p);
        if (n == 0) return null;
        var text = _text.Substring(p, n);
        if (Grammar.ReservedWords.Contains(text)) return null;
        _pos = p + n;
        return new Identifier(text, Location(p, p + n));
    }

    /// <summary>Number: digits, fraction, exponent, not followed by an identifier character.</summary>
    private NumberLiteral? Number()
    {
        var p = Trivia(_pos);
        if (p < 0) return null;
        var n = Grammar.NumberLength(_text, p);
        if (n == 0) return null;
        _pos = p + n;
        return NumberAt(p, n);
    }

    private NumberLiteral NumberAt(int p, int n)
    {
        var text = _text.Substring(p, n);
        return new NumberLiteral(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), text,
            text.IndexOfAny(Grammar.NotIntegerCharacters) < 0, Location(p, p + n));
    }

    /// <summary>SignedNumber: an optional '-' token, then a number.</summary>
    private NumberLiteral? SignedNumber()
    {
        var save = _pos;
        if (!Char('-', out var minus))
        {
            _pos = save;
            return Number();
        }
        var number = Number();
        if (number is null) return null;
        return new NumberLiteral(-number.Value, "-" + number.Text, number.IsInteger, TextLocation.Between(minus, number.Location));
    }

    /// <summary>StringText: '"', characters with the escapes \" \\ \n \t, '"' on the same line.</summary>
    private (string Value, TextLocation Location)? StringText()
    {
        var p = Trivia(_pos);
        if (p < 0 || CharAt(p) != '"' || p >= _text.Length) return null;
        var i = p + 1;
        System.Text.StringBuilder? escaped = null;
        var runStart = i;
        while (true)
        {
            if (i >= _text.Length) return null;
            var c = _text[i];
            if (c == '"') break;
            if (LineBreaks.IsLineBreak(c)) return null;
            if (c == '\\')
            {
                if (i + 1 >= _text.Length) return null;
                var e = _text[i + 1];
                if (e is not ('"' or '\\' or 'n' or 't')) return null;
                escaped ??= new System.Text.StringBuilder();
                escaped.Append(_text, runStart, i - runStart).Append(e switch { 'n' => '\n', 't' => '\t', _ => e });
                i += 2;
                runStart = i;
                continue;
            }
            i++;
        }
        var value = escaped is null
            ? _text.Substring(p + 1, i - p - 1)
            : escaped.Append(_text, runStart, i - runStart).ToString();
        _pos = i + 1;
        return (value, Location(p, i + 1));
    }

    // ---- declarations ----

    private Declaration? Schema(int p, int n)
    {
        // schema Name { Field* }
        var start = TakeKeyword(p, n);
        var name = Identifier();
        if (name is null || !Symbol("{")) return null;
        var fields = new List<FieldDeclaration>();
        while (true)
        {
            // Field.XMany(): a field begins with an identifier; anything else ends the list.
            var save = _pos;
            var fieldName = Identifier();
            if (fieldName is null)
            {
                _pos = save;
                break;
            }
            if (!Symbol(":")) return null;
            var type = Type();
            if (type is null) return null;
            save = _pos;
            if (!Symbol(",")) _pos = save; // Symbol(",").Optional()
            fields.Add(new FieldDeclaration(fieldName, type));
        }
        if (!Char('}', out var close)) return null;
        return new SchemaDeclaration(name, fields.ToEquatableArray(), TextLocation.Between(start, close));
    }

    private Declaration? Enum(int p, int n)
    {
        var start = TakeKeyword(p, n);
        var name = Identifier();
        if (name is null) return null;
        var members = MemberSet(out var location);
        if (members is null) return null;
        return new EnumDeclaration(name, members.Value, TextLocation.Between(start, location));
    }

    /// <summary>Spanned(MemberSet): '{' name (',' name)* '}' and its span from '{' to '}'.</summary>
    private EquatableArray<Identifier>? MemberSet(out TextLocation location)
    {
        location = default;
        if (!Char('{', out var open)) return null;
        var first = Identifier();
        if (first is null) return null;
        var members = new List<Identifier>(4) { first };
        while (true)
        {
            // (',' name).XMany(): a ',' not followed by a name fails the set (so does a trailing comma).
            var save = _pos;
            if (!Symbol(","))
            {
                _pos = save;
                break;
            }
            var next = Identifier();
            if (next is null) return null;
            members.Add(next);
        }
        if (!Char('}', out var close)) return null;
        location = TextLocation.Between(open, close);
        return members.ToEquatableArray();
    }

    /// <summary>Type = InlineEnumType.XOr(ScalarOrTensorType).</summary>
    private TypeSyntax? Type()
    {
        var p = Trivia(_pos);
        if (p < 0) return null;
        var n = Grammar.IdentifierLength(_text, p);
        if (Is(p, n, "enum"))
        {
            var start = TakeKeyword(p, n);
            var members = MemberSet(out var location);
            if (members is null) return null;
            return new TypeSyntax(TypeKeyword.InlineEnum, null, members.Value, TextLocation.Between(start, location));
        }
        // SetType and TokensType (set of Department, tokens(chars, 32)) are rare: the grammar parses them.
        if (Is(p, n, "set")) return null;
        if (Is(p, n, "tokens"))
        {
            var after = Trivia(p + n);
            if (after < 0 || CharAt(after) == '(') return null;
        }
        var id = Identifier();
        if (id is null) return null;
        var type = id.Text switch
        {
            "float" => new TypeSyntax(TypeKeyword.Float, null, EquatableArray<Identifier>.Empty, id.Location),
            "double" => new TypeSyntax(TypeKeyword.Double, null, EquatableArray<Identifier>.Empty, id.Location),
            "int" => new TypeSyntax(TypeKeyword.Int, null, EquatableArray<Identifier>.Empty, id.Location),
            "long" => new TypeSyntax(TypeKeyword.Long, null, EquatableArray<Identifier>.Empty, id.Location),
            "bool" => new TypeSyntax(TypeKeyword.Bool, null, EquatableArray<Identifier>.Empty, id.Location),
            "string" => new TypeSyntax(TypeKeyword.String, null, EquatableArray<Identifier>.Empty, id.Location),
            _ => new TypeSyntax(TypeKeyword.Named, id, EquatableArray<Identifier>.Empty, id.Location),
        };
        // TypeShape.Optional(): '[' number (',' number)* ']'. Optional backtracks on a malformed shape; here we give up.
        var q = Trivia(_pos);
        if (q < 0) return null;
        if (CharAt(q) != '[' || q >= _text.Length) return type;
        if (!Char('[', out var open)) return null;
        var first = Number();
        if (first is null) return null;
        var dimensions = new List<NumberLiteral>(4) { first };
        while (true)
        {
            var save = _pos;
            if (!Symbol(","))
            {
                _pos = save;
                break;
            }
            var next = Number();
            if (next is null) return null;
            dimensions.Add(next);
        }
        if (!Char(']', out var close)) return null;
        return type with { Shape = dimensions.ToEquatableArray(), Location = TextLocation.Between(type.Location, TextLocation.Between(open, close)) };
    }

    private Declaration? Rules(int p, int n)
    {
        // rules Name(Input) -> Outcome { member* }
        var start = TakeKeyword(p, n);
        var name = Identifier();
        if (name is null || !Symbol("(")) return null;
        var input = Identifier();
        if (input is null || !Symbol(")") || !Symbol("->")) return null;
        var outcome = Identifier();
        if (outcome is null || !Symbol("{")) return null;
        var members = new List<RuleSetMember>();
        while (true)
        {
            // RuleSetMember = Policy.XOr(Let).XOr(Fact).XOr(Rule).XOr(Otherwise): the keyword decides; any other
            // token fails every alternative without consuming, which ends XMany.
            var q = Trivia(_pos);
            if (q < 0) return null;
            var m = Grammar.IdentifierLength(_text, q);
            RuleSetMember? member;
            if (Is(q, m, "rule")) member = Rule(q, m);
            else if (Is(q, m, "let")) member = Let(q, m);
            else if (Is(q, m, "policy")) member = Policy(q, m);
            else if (Is(q, m, "otherwise")) member = Otherwise(q, m);
            else if (Is(q, m, "fact")) member = Fact(q, m);
            else break;
            if (member is null) return null;
            members.Add(member);
        }
        if (!Char('}', out var close)) return null;
        return new RuleSetDeclaration(name, input, outcome, members.ToEquatableArray(), TextLocation.Between(start, close));
    }

    private RuleSetMember? Policy(int p, int n)
    {
        var start = TakeKeyword(p, n);
        var q = Trivia(_pos);
        if (q < 0) return null;
        var m = Grammar.IdentifierLength(_text, q);
        HitPolicy policy;
        if (Is(q, m, "first")) policy = HitPolicy.First;
        else if (Is(q, m, "priority")) policy = HitPolicy.Priority;
        else if (Is(q, m, "collect")) policy = HitPolicy.Collect;
        else return null;
        return new PolicyClause(policy, TextLocation.Between(start, TakeKeyword(q, m)));
    }

    private RuleSetMember? Let(int p, int n)
    {
        var start = TakeKeyword(p, n);
        var name = Identifier();
        if (name is null || !Symbol("=")) return null;
        var value = Expression();
        if (value is null) return null;
        return new LetDeclaration(name, value, TextLocation.Between(start, value.Location));
    }

    private RuleSetMember? Fact(int p, int n)
    {
        var start = TakeKeyword(p, n);
        var name = Identifier();
        if (name is null || !Symbol(":")) return null;
        var type = Type();
        if (type is null || !Symbol("=")) return null;
        var value = Expression();
        if (value is null) return null;
        return new FactDeclaration(name, type, value, TextLocation.Between(start, value.Location));
    }

    private RuleSetMember? Rule(int p, int n)
    {
        // rule name [priority N] when condition => action [because "text"]
        var start = TakeKeyword(p, n);
        var name = Identifier();
        if (name is null) return null;
        NumberLiteral? priority = null;
        var save = _pos;
        if (Keyword("priority", out _))
        {
            priority = SignedNumber();
            if (priority is null) return null;
        }
        else _pos = save;
        if (!Keyword("when", out _)) return null;
        var condition = Expression();
        if (condition is null || !Symbol("=>")) return null;

        // Action = (set fact = value).XOr(outcome)
        RuleAction action;
        save = _pos;
        if (Keyword("set", out var set))
        {
            var fact = Identifier();
            if (fact is null || !Symbol("=")) return null;
            var value = Expression();
            if (value is null) return null;
            action = new SetFactAction(fact, value, TextLocation.Between(set, value.Location));
        }
        else
        {
            _pos = save;
            var outcome = Identifier();
            if (outcome is null) return null;
            action = new OutcomeAction(outcome);
        }

        if (!Because(out var reason)) return null;
        return new RuleDeclaration(name, priority, condition, action, reason, TextLocation.Between(start, action.Location));
    }

    private RuleSetMember? Otherwise(int p, int n)
    {
        var start = TakeKeyword(p, n);
        var outcome = Identifier();
        if (outcome is null || !Because(out var reason)) return null;
        return new OtherwiseClause(outcome, reason, TextLocation.Between(start, outcome.Location));
    }

    /// <summary>Because = ('because' string).XOptional(): false when 'because' is not followed by a string.</summary>
    private bool Because(out string? reason)
    {
        reason = null;
        var save = _pos;
        if (!Keyword("because", out _))
        {
            _pos = save;
            return true;
        }
        var text = StringText();
        if (text is null) return false;
        reason = text.Value.Value;
        return true;
    }

    // ---- expressions: or > and > not > comparison > + - > * / % > unary - > primary ----

    private Expression? Expression()
    {
        // ChainLeft(Conjunction, 'or')
        var left = Conjunction();
        if (left is null) return null;
        while (true)
        {
            var save = _pos;
            if (!Keyword("or", out _))
            {
                _pos = save;
                return left;
            }
            var right = Conjunction();
            if (right is null) return null;
            left = new BinaryExpression(BinaryOperator.Or, left, right, TextLocation.Between(left.Location, right.Location));
        }
    }

    private Expression? Conjunction()
    {
        // ChainLeft(Negation, 'and')
        var left = Negation();
        if (left is null) return null;
        while (true)
        {
            var save = _pos;
            if (!Keyword("and", out _))
            {
                _pos = save;
                return left;
            }
            var right = Negation();
            if (right is null) return null;
            left = new BinaryExpression(BinaryOperator.And, left, right, TextLocation.Between(left.Location, right.Location));
        }
    }

    private Expression? Negation()
    {
        // KeywordAt("not").Many(), then Comparison; folded from the innermost 'not'.
        List<TextLocation>? nots = null;
        while (true)
        {
            var save = _pos;
            if (!Keyword("not", out var location))
            {
                _pos = save;
                break;
            }
            (nots ??= new List<TextLocation>()).Add(location);
        }
        var operand = Comparison();
        if (operand is null) return null;
        if (nots is not null)
        {
            for (var i = nots.Count - 1; i >= 0; i--)
                operand = new UnaryExpression(UnaryOperator.Not, operand, TextLocation.Between(nots[i], operand.Location));
        }
        return operand;
    }

    private Expression? Comparison()
    {
        // Additive, then ComparisonRest.XOptional(): an operator and an operand, 'in' { … } or 'not' 'in' { … }.
        var left = Additive();
        if (left is null) return null;
        var p = Trivia(_pos);
        if (p < 0) return null;
        var c = CharAt(p);
        var next = CharAt(p + 1);
        BinaryOperator op;
        int length;
        if (c == '=' && next == '=') (op, length) = (BinaryOperator.Equal, 2);
        else if (c == '!' && next == '=') (op, length) = (BinaryOperator.NotEqual, 2);
        else if (c == '<' && next == '=') (op, length) = (BinaryOperator.LessOrEqual, 2);
        else if (c == '>' && next == '=') (op, length) = (BinaryOperator.GreaterOrEqual, 2);
        else if (c == '<') (op, length) = (BinaryOperator.Less, 1);
        else if (c == '>') (op, length) = (BinaryOperator.Greater, 1);
        else
        {
            var n = Grammar.IdentifierLength(_text, p);
            var negated = false;
            if (Is(p, n, "not"))
            {
                var q = Trivia(p + n);
                if (q < 0) return null;
                var m = Grammar.IdentifierLength(_text, q);
                if (!Is(q, m, "in")) return left;
                negated = true;
                (p, n) = (q, m);
            }
            else if (Is(p, n, "contains"))
            {
                // 'contains' member (ContainsTail).
                _pos = p + n;
                var member = Identifier();
                if (member is null) return null;
                return new ContainsExpression(left, member, TextLocation.Between(left.Location, member.Location));
            }
            else if (!Is(p, n, "in")) return left;
            _pos = p + n;
            var members = MemberSet(out var end);
            if (members is null) return null;
            return new InExpression(left, members.Value, negated, TextLocation.Between(left.Location, end));
        }
        if (p + length > _text.Length) return null;
        _pos = p + length;
        var right = Additive();
        if (right is null) return null;
        return new BinaryExpression(op, left, right, TextLocation.Between(left.Location, right.Location));
    }

    private Expression? Additive()
    {
        // ChainLeft(Multiplicative, '+' or a '-' not followed by '>')
        var left = Multiplicative();
        if (left is null) return null;
        while (true)
        {
            var p = Trivia(_pos);
            if (p < 0) return null;
            BinaryOperator op;
            if (CharAt(p) == '+' && p < _text.Length) op = BinaryOperator.Add;
            else if (CharAt(p) == '-' && p < _text.Length && CharAt(p + 1) != '>') op = BinaryOperator.Subtract;
            else return left;
            _pos = p + 1;
            var right = Multiplicative();
            if (right is null) return null;
            left = new BinaryExpression(op, left, right, TextLocation.Between(left.Location, right.Location));
        }
    }

    private Expression? Multiplicative()
    {
        // ChainLeft(Unary, '*', '/', '%')
        var left = Unary();
        if (left is null) return null;
        while (true)
        {
            var p = Trivia(_pos);
            if (p < 0) return null;
            BinaryOperator op;
            switch (CharAt(p))
            {
                case '*' when p < _text.Length: op = BinaryOperator.Multiply; break;
                case '/' when p < _text.Length: op = BinaryOperator.Divide; break;
                case '%' when p < _text.Length: op = BinaryOperator.Modulo; break;
                default: return left;
            }
            _pos = p + 1;
            var right = Unary();
            if (right is null) return null;
            left = new BinaryExpression(op, left, right, TextLocation.Between(left.Location, right.Location));
        }
    }

    private Expression? Unary()
    {
        // Token('-').Many(), then Primary; folded from the innermost sign.
        List<TextLocation>? signs = null;
        while (true)
        {
            var p = Trivia(_pos);
            if (p < 0) return null;
            if (CharAt(p) != '-' || p >= _text.Length) break;
            (signs ??= new List<TextLocation>()).Add(Location(p, p + 1));
            _pos = p + 1;
        }
        var operand = Primary();
        if (operand is null) return null;
        if (signs is not null)
        {
            for (var i = signs.Count - 1; i >= 0; i--)
                operand = new UnaryExpression(UnaryOperator.Negate, operand, TextLocation.Between(signs[i], operand.Location));
        }
        return operand;
    }

    private Expression? Primary()
    {
        // Number | String | 'true' | 'false' | Identifier, then '(' Expression ')' (the inner expression, as is).
        var p = Trivia(_pos);
        if (p < 0 || p >= _text.Length) return null;
        var number = Grammar.NumberLength(_text, p);
        if (number > 0)
        {
            _pos = p + number;
            return NumberAt(p, number);
        }
        var c = _text[p];
        if (c == '"')
        {
            var text = StringText();
            return text is null ? null : new StringLiteral(text.Value.Value, text.Value.Location);
        }
        if (c == '(')
        {
            _pos = p + 1;
            var inner = Expression();
            if (inner is null || !Symbol(")")) return null;
            return inner;
        }
        var n = Grammar.IdentifierLength(_text, p);
        if (n == 0) return null;
        if (Is(p, n, "true")) return new BoolLiteral(true, TakeKeyword(p, n));
        if (Is(p, n, "false")) return new BoolLiteral(false, TakeKeyword(p, n));
        var name = Identifier();
        return name is null ? null : new NameExpression(name);
    }
}
