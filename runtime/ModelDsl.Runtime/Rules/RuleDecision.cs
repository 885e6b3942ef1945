using System;

namespace ModelDsl.Runtime.Rules;

/// <summary>
/// The decision of a rule set under the <c>first</c> or <c>priority</c> policy: the outcome, the rule
/// that decided it and its reason. A struct of constants: returning it allocates nothing.
/// </summary>
public readonly struct RuleDecision<TOutcome> : IEquatable<RuleDecision<TOutcome>>
    where TOutcome : struct, Enum
{
    /// <summary>The index (declaration order) <see cref="RuleIndex"/> takes when the <c>otherwise</c> default decided.</summary>
    public const int OtherwiseIndex = -1;

    /// <summary>The index <see cref="RuleIndex"/> takes when nothing decided (no rule matched, no <c>otherwise</c>).</summary>
    public const int NoMatchIndex = -2;

    /// <summary>Creates a decision.</summary>
    public RuleDecision(TOutcome outcome, int ruleIndex, string ruleName, string? reason)
    {
        Outcome = outcome;
        RuleIndex = ruleIndex;
        RuleName = ruleName;
        Reason = reason;
    }

    /// <summary>The decision made when no rule matched and the rule set has no <c>otherwise</c>.</summary>
    public static RuleDecision<TOutcome> NoMatch => new(default, NoMatchIndex, "", null);

    /// <summary>The decided outcome (meaningless when <see cref="HasOutcome"/> is false).</summary>
    public TOutcome Outcome { get; }

    /// <summary>Declaration index of the deciding rule; <see cref="OtherwiseIndex"/> or <see cref="NoMatchIndex"/> otherwise.</summary>
    public int RuleIndex { get; }

    /// <summary>The deciding rule's name as written in the .mlmodel file; "otherwise" for the default; empty if nothing decided.</summary>
    public string RuleName { get; }

    /// <summary>The <c>because</c> text of the deciding rule, if it has one.</summary>
    public string? Reason { get; }

    /// <summary>False when no rule matched and there is no <c>otherwise</c>.</summary>
    public bool HasOutcome => RuleIndex != NoMatchIndex;

    /// <summary>True when the <c>otherwise</c> default decided.</summary>
    public bool IsDefault => RuleIndex == OtherwiseIndex;

    /// <inheritdoc />
    public bool Equals(RuleDecision<TOutcome> other) =>
        RuleIndex == other.RuleIndex && Outcome.Equals(other.Outcome) && RuleName == other.RuleName && Reason == other.Reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleDecision<TOutcome> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, RuleIndex);

    /// <summary>Equality of two decisions.</summary>
    public static bool operator ==(RuleDecision<TOutcome> left, RuleDecision<TOutcome> right) => left.Equals(right);

    /// <summary>Inequality of two decisions.</summary>
    public static bool operator !=(RuleDecision<TOutcome> left, RuleDecision<TOutcome> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Describe(Outcome.ToString());

    /// <summary>The decision in words, with the outcome spelled as given (generated code passes the DSL spelling).</summary>
    public string Describe(string outcome) => !HasOutcome
        ? "no rule matched"
        : $"{outcome} by {(IsDefault ? "otherwise" : "rule '" + RuleName + "'")}{(Reason is null ? "" : " because " + Reason)}";
}

/// <summary>One matching rule of a <c>collect</c> rule set.</summary>
public readonly record struct RuleHit<TOutcome>(TOutcome Outcome, int RuleIndex, string RuleName, string? Reason)
    where TOutcome : struct, Enum
{
    /// <inheritdoc />
    public override string ToString() => Describe(Outcome.ToString());

    /// <summary>The hit in words, with the outcome spelled as given.</summary>
    public string Describe(string outcome) => $"{outcome} by {(RuleIndex < 0 ? "otherwise" : "rule '" + RuleName + "'")}{(Reason is null ? "" : " because " + Reason)}";
}

/// <summary>A rule set under the <c>first</c> or <c>priority</c> policy, as tools drive it.</summary>
public interface IRuleSet<TInput, TOutcome>
    where TOutcome : struct, Enum
{
    /// <summary>The rule set's name as declared.</summary>
    string Name { get; }

    /// <summary>Decides; allocates nothing.</summary>
    RuleDecision<TOutcome> Evaluate(in TInput input);

    /// <summary>Decides and records why: every rule tested and each condition's value.</summary>
    RuleExplanation Explain(in TInput input);
}

/// <summary>A rule set under the <c>collect</c> policy, as tools drive it.</summary>
public interface ICollectingRuleSet<TInput, TOutcome>
    where TOutcome : struct, Enum
{
    /// <summary>The rule set's name as declared.</summary>
    string Name { get; }

    /// <summary>The number of outcome rules (the most hits one input can have).</summary>
    int RuleCount { get; }

    /// <summary>Writes every matching rule into <paramref name="hits"/> (at least <see cref="RuleCount"/> long) and returns how many; allocates nothing.</summary>
    int EvaluateAll(in TInput input, Span<RuleHit<TOutcome>> hits);

    /// <summary>Evaluates and records why: every rule tested and each condition's value.</summary>
    RuleExplanation Explain(in TInput input);
}
