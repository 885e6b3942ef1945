using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ModelDsl.Runtime.Rules;

/// <summary>One tested part of a rule's condition: its text, its value and what it observed.</summary>
/// <param name="Condition">The condition as written, e.g. <c>ratio &gt; 0.45</c>.</param>
/// <param name="Value">Whether it held.</param>
/// <param name="Observed">The values it read, e.g. <c>ratio = 0.52</c>.</param>
public readonly record struct ConditionTrace(string Condition, bool Value, string Observed);

/// <summary>A rule as tested while explaining a decision.</summary>
/// <param name="RuleName">The rule's name as written.</param>
/// <param name="Fired">Whether its whole condition held.</param>
/// <param name="Selected">Whether it decided the outcome (under <c>collect</c>: whether it was collected).</param>
/// <param name="Action">What the rule does, e.g. <c>=&gt; reject</c> or <c>=&gt; set risk = high</c>.</param>
/// <param name="Reason">Its <c>because</c> text.</param>
/// <param name="Conditions">Each part of the condition with its value.</param>
public sealed record RuleTrace(string RuleName, bool Fired, bool Selected, string Action, string? Reason, IReadOnlyList<ConditionTrace> Conditions);

/// <summary>A <c>let</c> value or a fact as computed for this input.</summary>
/// <param name="Name">Its name as written.</param>
/// <param name="IsFact">True for a fact (set by rules), false for a <c>let</c> value.</param>
/// <param name="Value">Its value, formatted.</param>
/// <param name="SetBy">For a fact: the rule that set it, or null if it kept its default.</param>
public readonly record struct DerivedTrace(string Name, bool IsFact, string Value, string? SetBy);

/// <summary>Why a rule set decided what it did, for one input. Built on demand; not on the hot path.</summary>
public sealed class RuleExplanation
{
    /// <summary>Creates an explanation.</summary>
    public RuleExplanation(string ruleSet, string policy, string summary, IReadOnlyList<DerivedTrace> derived, IReadOnlyList<RuleTrace> rules)
    {
        RuleSet = ruleSet;
        Policy = policy;
        Summary = summary;
        Derived = derived;
        Rules = rules;
    }

    /// <summary>The rule set's name.</summary>
    public string RuleSet { get; }

    /// <summary>The hit policy: first, priority or collect.</summary>
    public string Policy { get; }

    /// <summary>The decision in one line.</summary>
    public string Summary { get; }

    /// <summary>Derived values in the order they were computed.</summary>
    public IReadOnlyList<DerivedTrace> Derived { get; }

    /// <summary>Every outcome rule in evaluation order.</summary>
    public IReadOnlyList<RuleTrace> Rules { get; }

    /// <summary>A readable multi-line explanation.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(RuleSet).Append(" (policy ").Append(Policy).Append("): ").Append(Summary).Append('\n');
        foreach (var d in Derived)
        {
            text.Append(d.IsFact ? "  fact " : "  let ").Append(d.Name).Append(" = ").Append(d.Value);
            if (d.IsFact) text.Append(d.SetBy is null ? "   (default)" : "   (set by rule '" + d.SetBy + "')");
            text.Append('\n');
        }
        foreach (var rule in Rules)
        {
            text.Append(rule.Selected ? "  ✔ " : rule.Fired ? "  · " : "  ✘ ")
                .Append(rule.RuleName).Append(' ').Append(rule.Action);
            if (rule.Reason is not null) text.Append("  \"").Append(rule.Reason).Append('"');
            text.Append('\n');
            foreach (var c in rule.Conditions)
            {
                text.Append("      ").Append(c.Value ? "true " : "false").Append("  ").Append(c.Condition);
                if (c.Observed.Length > 0) text.Append("   [").Append(c.Observed).Append(']');
                text.Append('\n');
            }
        }
        return text.ToString();
    }
}

/// <summary>Invariant formatting of observed values in explanations (called by generated code).</summary>
public static class TraceFormat
{
    /// <summary>Formats a number.</summary>
    public static string Of(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a single-precision number in its shortest round-trip form (37.1, not the 37.099998 of its double), in
    /// positional notation where it fits a decimal (3E+07 reads 30000000).
    /// </summary>
    public static string Of(float value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if (!shortest.Contains('E', StringComparison.Ordinal) || !float.IsFinite(value) || Math.Abs(value) >= 7.9e28f) return shortest;
        return decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Formats an integer.</summary>
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an integer.</summary>
    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a truth value as the DSL writes it.</summary>
    public static string Of(bool value) => value ? "true" : "false";

    /// <summary>A set's members (C# names) separated by ';'.</summary>
    public static string Of<T>(ModelDsl.Runtime.Data.EnumSet<T> value) where T : struct, System.Enum => value.ToString();

    /// <summary>Formats a string as the DSL writes it.</summary>
    public static string Of(string? value) => value is null ? "null" : "\"" + value + "\"";
}
