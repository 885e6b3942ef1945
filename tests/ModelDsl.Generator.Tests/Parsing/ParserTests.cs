using System.Linq;
using ModelDsl.Generator.Syntax;
using Xunit;

namespace ModelDsl.Tests.Parsing;

public class ParserTests
{
    private static FileSyntax ParseOk(string text)
    {
        var result = MlModelParser.Parse("/p/Test.mlmodel", text);
        Assert.Empty(result.Diagnostics);
        return result.Value;
    }

    [Fact]
    public void Parses_namespace_enum_and_schema_with_all_field_types()
    {
        var file = ParseOk("""
            // a comment
            namespace Acme.Lending
            /* block
               comment */
            enum Decision { approve, review, reject }
            schema Applicant {
                a: float, b: double
                c: int
                d: long
                e: bool
                f: string
                g: enum { x, y }
                h: Decision
            }
            """);
        Assert.Equal("Acme.Lending", file.Namespace!.Text);
        var e = Assert.IsType<EnumDeclaration>(file.Declarations[0]);
        Assert.Equal(new[] { "approve", "review", "reject" }, e.Members.Select(m => m.Text));
        var s = Assert.IsType<SchemaDeclaration>(file.Declarations[1]);
        Assert.Equal(
            new[] { TypeKeyword.Float, TypeKeyword.Double, TypeKeyword.Int, TypeKeyword.Long, TypeKeyword.Bool, TypeKeyword.String, TypeKeyword.InlineEnum, TypeKeyword.Named },
            s.Fields.Select(f => f.Type.Keyword));
        Assert.Equal("Decision", s.Fields[7].Type.Name!.Text);
        Assert.Equal(new[] { "x", "y" }, s.Fields[6].Type.InlineMembers.Select(m => m.Text));
    }

    [Fact]
    public void Records_locations_as_zero_based_line_and_column()
    {
        var file = ParseOk("enum A { x }\n\nschema S {\n    age: int\n}\n");
        var schema = (SchemaDeclaration)file.Declarations[1];
        Assert.Equal(2, schema.Name.Location.Line);
        Assert.Equal(7, schema.Name.Location.Column);
        Assert.Equal(3, schema.Fields[0].Name.Location.Line);
        Assert.Equal(4, schema.Fields[0].Name.Location.Column);
        Assert.Equal(3, schema.Fields[0].Name.Location.Length);
    }

    [Fact]
    public void Parses_every_rule_set_member()
    {
        var file = ParseOk("""
            rules R(S) -> D {
                policy priority
                let ratio = debt / income
                fact risk: enum { low, high } = low
                rule r1 priority 10 when ratio > 0.5 => set risk = high because "too much debt"
                rule r2 priority -1 when risk == high and not (age < 18 or age > 90) => reject
                otherwise review because "default"
            }
            """);
        var rules = Assert.IsType<RuleSetDeclaration>(file.Declarations.Single());
        Assert.Equal("S", rules.InputSchema.Text);
        Assert.Equal("D", rules.OutcomeType.Text);
        Assert.Equal(HitPolicy.Priority, rules.Members.OfType<PolicyClause>().Single().Policy);
        var let = rules.Members.OfType<LetDeclaration>().Single();
        Assert.Equal(BinaryOperator.Divide, Assert.IsType<BinaryExpression>(let.Value).Operator);
        var fact = rules.Members.OfType<FactDeclaration>().Single();
        Assert.Equal(TypeKeyword.InlineEnum, fact.Type.Keyword);
        var r = rules.Members.OfType<RuleDeclaration>().ToList();
        Assert.Equal(10, r[0].Priority!.Value);
        Assert.Equal(-1, r[1].Priority!.Value);
        var set = Assert.IsType<SetFactAction>(r[0].Action);
        Assert.Equal("risk", set.Fact.Text);
        Assert.Equal("too much debt", r[0].Reason);
        Assert.Equal("reject", Assert.IsType<OutcomeAction>(r[1].Action).Outcome.Text);
        Assert.Null(r[1].Reason);
        var otherwise = rules.Members.OfType<OtherwiseClause>().Single();
        Assert.Equal("review", otherwise.Outcome.Text);
        Assert.Equal("default", otherwise.Reason);
    }

    private static Expression Condition(string condition)
    {
        var file = ParseOk($"rules R(S) -> D {{ rule r when {condition} => x }}");
        return ((RuleSetDeclaration)file.Declarations[0]).Members.OfType<RuleDeclaration>().Single().Condition;
    }

    [Fact]
    public void Precedence_or_below_and_below_not_below_comparison()
    {
        var e = Assert.IsType<BinaryExpression>(Condition("a > 1 or b < 2 and not c == 3"));
        Assert.Equal(BinaryOperator.Or, e.Operator);
        var and = Assert.IsType<BinaryExpression>(e.Right);
        Assert.Equal(BinaryOperator.And, and.Operator);
        var not = Assert.IsType<UnaryExpression>(and.Right);
        Assert.Equal(UnaryOperator.Not, not.Operator);
        Assert.Equal(BinaryOperator.Equal, Assert.IsType<BinaryExpression>(not.Operand).Operator);
    }

    [Fact]
    public void Arithmetic_precedence_and_left_associativity()
    {
        var e = Assert.IsType<BinaryExpression>(Condition("a - b - c * d > 0"));
        var sub = Assert.IsType<BinaryExpression>(e.Left);
        Assert.Equal(BinaryOperator.Subtract, sub.Operator);
        Assert.Equal(BinaryOperator.Subtract, Assert.IsType<BinaryExpression>(sub.Left).Operator); // (a - b) - (c * d)
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinaryExpression>(sub.Right).Operator);
    }

    [Fact]
    public void Membership_and_negated_membership()
    {
        var inSet = Assert.IsType<InExpression>(Condition("employment in { salaried, self_employed }"));
        Assert.False(inSet.Negated);
        Assert.Equal(2, inSet.Members.Count);
        var notIn = Assert.IsType<InExpression>(Condition("employment not in { unemployed }"));
        Assert.True(notIn.Negated);
    }

    [Fact]
    public void Literals_numbers_strings_bools()
    {
        var e = Assert.IsType<BinaryExpression>(Condition("x == 1.5e3 and s == \"a \\\"q\\\"\" and b == true"));
        var left = Assert.IsType<BinaryExpression>(Assert.IsType<BinaryExpression>(e.Left).Left);
        var number = Assert.IsType<NumberLiteral>(left.Right);
        Assert.Equal(1500, number.Value);
        Assert.False(number.IsInteger);
        var str = Assert.IsType<StringLiteral>(Assert.IsType<BinaryExpression>(Assert.IsType<BinaryExpression>(e.Left).Right).Right);
        Assert.Equal("a \"q\"", str.Value);
        Assert.True(Assert.IsType<BoolLiteral>(Assert.IsType<BinaryExpression>(e.Right).Right).Value);
    }

    [Fact]
    public void Long_operator_chains_do_not_overflow_the_stack()
    {
        var condition = string.Join(" + ", Enumerable.Repeat("a", 20_000)) + " > 1";
        var e = Assert.IsType<BinaryExpression>(Condition(condition));
        Assert.Equal(BinaryOperator.Greater, e.Operator);
    }

    [Fact]
    public void A_syntax_error_says_what_was_expected_and_where()
    {
        var result = MlModelParser.Parse("/p/T.mlmodel", "schema S {\n  age int\n}\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("MDSL0001", d.Id);
        Assert.Equal(1, d.Location.Line);
        Assert.Equal(6, d.Location.Column);
        Assert.Contains("unexpected 'int'", d.FormatMessage());
        Assert.Contains("':'", d.FormatMessage());
    }

    [Fact]
    public void Recovers_after_an_error_and_reports_the_next_one()
    {
        var result = MlModelParser.Parse("/p/T.mlmodel", "schema S {\n  age int\n}\nenum E { a, b }\nschema T {\n  x: \n}\nenum Ok { y }\n");
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Equal(new[] { 1, 6 }, result.Diagnostics.Select(d => d.Location.Line));
        Assert.Contains(result.Value.Declarations, d => d.Name.Text == "E");
        Assert.Contains(result.Value.Declarations, d => d.Name.Text == "Ok");
    }

    [Fact]
    public void Suggests_a_keyword_for_a_typo()
    {
        var result = MlModelParser.Parse("/p/T.mlmodel", "rules R(S) -> D {\n  rul r when a > 1 => x\n}\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("did you mean 'rule'", d.FormatMessage());
    }

    [Fact]
    public void Keywords_are_not_identifiers()
    {
        var result = MlModelParser.Parse("/p/T.mlmodel", "schema rule { a: int }");
        Assert.Equal("MDSL0001", Assert.Single(result.Diagnostics).Id);
    }
}
