using System.Collections.Generic;
using System.Linq;
using System.Text;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Emit;

/// <summary>Renders bound expressions as C#. Arithmetic is done in double; enum membership as an 'is … or …' pattern.</summary>
internal static class ExpressionWriter
{
    public static string Render(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => literal.Code,
        BoundField field => "input." + field.Property,
        BoundDerived derived => derived.Local,
        BoundEnumMember member => member.Code,
        BoundUnary { Operator: UnaryOperator.Not } not => "!" + Wrap(not.Operand),
        BoundUnary negate => "-" + Wrap(negate.Operand),
        BoundBinary binary when OperatorText.IsArithmetic(binary.Operator) =>
            $"({AsDouble(binary.Left)} {OperatorText.Of(binary.Operator)} {AsDouble(binary.Right)})",
        BoundBinary { Operator: BinaryOperator.And } and => $"({Render(and.Left)} && {Render(and.Right)})",
        BoundBinary { Operator: BinaryOperator.Or } or => $"({Render(or.Left)} || {Render(or.Right)})",
        BoundBinary comparison => $"({Render(comparison.Left)} {OperatorText.Of(comparison.Operator)} {Render(comparison.Right)})",
        BoundIn membership => RenderIn(membership),
        BoundContains contains => $"{Render(contains.Set)}.Contains({contains.Code})",
        _ => "default",
    };

    private static string Wrap(BoundExpression expression)
    {
        var text = Render(expression);
        return text.StartsWith("(", System.StringComparison.Ordinal) || expression is BoundField or BoundDerived or BoundLiteral ? text : "(" + text + ")";
    }

    private static string AsDouble(BoundExpression expression) => expression switch
    {
        BoundLiteral { Type.Kind: ValueKind.Int or ValueKind.Long } literal => literal.Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d",
        _ when expression.Type.Kind == ValueKind.Double => Render(expression),
        _ => "(double)" + Wrap(expression),
    };

    private static string RenderIn(BoundIn membership)
    {
        var pattern = string.Join(" or ", membership.Members.Select(m => $"{membership.Value.Type.EnumFullName}.{m}"));
        return membership.Negated ? $"({Render(membership.Value)} is not ({pattern}))" : $"({Render(membership.Value)} is {pattern})";
    }

    /// <summary>The tested parts of a condition (comparisons, memberships, truth values), in source order.</summary>
    public static List<BoundExpression> Atoms(BoundExpression condition)
    {
        var atoms = new List<BoundExpression>();
        void Walk(BoundExpression e)
        {
            switch (e)
            {
                case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                    Walk(logical.Left);
                    Walk(logical.Right);
                    break;
                case BoundUnary { Operator: UnaryOperator.Not } not:
                    Walk(not.Operand);
                    break;
                default:
                    atoms.Add(e);
                    break;
            }
        }
        Walk(condition);
        return atoms;
    }

    /// <summary>The condition with each atom replaced by the local that holds its value.</summary>
    public static string RenderOverAtoms(BoundExpression condition, IReadOnlyDictionary<BoundExpression, string> atomLocals)
    {
        string Go(BoundExpression e) => e switch
        {
            BoundBinary { Operator: BinaryOperator.And } and => $"({Go(and.Left)} && {Go(and.Right)})",
            BoundBinary { Operator: BinaryOperator.Or } or => $"({Go(or.Left)} || {Go(or.Right)})",
            BoundUnary { Operator: UnaryOperator.Not } not => "!" + Go(not.Operand),
            _ => atomLocals[e],
        };
        return Go(condition);
    }

    /// <summary>Code that formats the values an atom reads, e.g. <c>"ratio = " + Of(ratio)</c>; "\"\"" if it reads none.</summary>
    public static string Observed(BoundExpression atom)
    {
        var builder = new StringBuilder();
        switch (atom)
        {
            case BoundBinary comparison when OperatorText.IsComparison(comparison.Operator):
                AppendObserved(builder, comparison.Left);
                AppendObserved(builder, comparison.Right);
                break;
            case BoundIn membership:
                AppendObserved(builder, membership.Value);
                break;
            default:
                AppendObserved(builder, atom);
                break;
        }
        return builder.Length == 0 ? "\"\"" : builder.ToString();
    }

    /// <summary><c>"text = " + format(value)</c>, after a <c> + ", " + </c> if there is a part before it; literals read nothing.</summary>
    private static void AppendObserved(StringBuilder builder, BoundExpression operand)
    {
        if (operand is BoundLiteral or BoundEnumMember) return;
        if (builder.Length > 0) builder.Append(" + \", \" + ");
        builder.Append(Naming.Quote(operand.Text + " = ")).Append(" + ").Append(FormatCall(operand));
    }

    /// <summary>Code that formats a value of any DSL type for an explanation.</summary>
    public static string FormatCall(BoundExpression value) => FormatCall(value.Type, Render(value));

    public static string FormatCall(DslType type, string code) => type.Kind == ValueKind.Enum
        ? $"{EnumEmitter.NamesClass(type.EnumFullName!)}.ToDslName({code})"
        : $"global::ModelDsl.Runtime.Rules.TraceFormat.Of({code})";
}
