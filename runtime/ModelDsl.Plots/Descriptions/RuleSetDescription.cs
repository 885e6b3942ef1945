using System.Collections.Generic;

namespace ModelDsl.Plots;

/// <summary>One rule: when <see cref="Condition"/> holds, <see cref="Outcome"/>.</summary>
/// <param name="Name">The rule's name.</param>
/// <param name="Condition">The condition as written.</param>
/// <param name="Outcome">What the rule decides (an outcome, or <c>set risk = high</c> for a fact's rule).</param>
/// <param name="Reason">The rule's reason, if it gives one.</param>
/// <param name="ReadsFacts">The facts (and <c>let</c> values) the condition reads: how chained facts show.</param>
public sealed record RuleDescription(string Name, string Condition, string Outcome, string? Reason, IReadOnlyList<string> ReadsFacts);

/// <summary>A derived value computed before the rules: a <c>let</c> value, or a fact set by the first of its rules that holds.</summary>
/// <param name="Name">The value's name.</param>
/// <param name="IsFact">True for a fact, false for a <c>let</c> value.</param>
/// <param name="Value">A let's expression, or a fact's default value.</param>
/// <param name="Rules">A fact's rules in evaluation order (empty for a let).</param>
public sealed record FactDescription(string Name, bool IsFact, string Value, IReadOnlyList<RuleDescription> Rules);

/// <summary>A rule set as a decision flow: what a flow diagram is drawn from.</summary>
/// <param name="Name">The rule set's name.</param>
/// <param name="Policy">The hit policy: <c>first</c>, <c>priority</c> (rules already in priority order) or <c>collect</c>.</param>
/// <param name="Facts">Let values and facts, in the order they are computed.</param>
/// <param name="Rules">The outcome rules in evaluation order.</param>
/// <param name="Otherwise">The outcome when no rule holds, or null when the rule set has no <c>otherwise</c>.</param>
/// <param name="OtherwiseReason">The reason of the <c>otherwise</c> outcome.</param>
public sealed record RuleSetDescription(string Name, string Policy, IReadOnlyList<FactDescription> Facts, IReadOnlyList<RuleDescription> Rules,
    string? Otherwise, string? OtherwiseReason)
{
    /// <summary>Whether every rule that holds contributes (policy <c>collect</c>) instead of the first one deciding.</summary>
    public bool Collects => Policy == "collect";
}
