using System.Collections.Generic;
using System.Linq;
using ModelDsl.Plots.Rendering;

namespace ModelDsl.Plots;

/// <summary>
/// Lays out a rule set as a flowchart, top to bottom in evaluation order: first the <c>let</c> values and facts (each
/// fact's rules with a "yes" arrow to the value they set), then one box per rule with its condition, a "yes" arrow to
/// its outcome and reason on the right and a "no" arrow down to the next rule (policy <c>collect</c>: "next", since every
/// rule is tried), and <c>otherwise</c> at the end. A condition that reads a fact says so ("reads risk"): that is how
/// chained facts show.
/// </summary>
public static class FlowDiagram
{
    private const int ConditionChars = 56;
    private const int ReasonChars = 40;
    private const int MaxConditionLines = 4;
    private const double RowGap = 26;
    private const double YesWidth = 70;    // the horizontal "yes" arrow between the columns

    /// <summary>The diagram of <paramref name="rules"/>.</summary>
    public static Diagram Build(RuleSetDescription rules)
    {
        var rows = new List<(DiagramBoxKind Kind, string[] Lines, DiagramBoxKind? ResultKind, string[]? Result, string Down)>();
        foreach (var fact in rules.Facts)
        {
            if (!fact.IsFact)
            {
                rows.Add((DiagramBoxKind.Fact, Lines($"let {fact.Name}", "= " + fact.Value), null, null, ""));
                continue;
            }
            rows.Add((DiagramBoxKind.Fact, new[] { $"fact {fact.Name}", $"default {fact.Value}", fact.Rules.Count == 0 ? "no rules" : "set by its first rule that holds" }, null, null, ""));
            foreach (var rule in fact.Rules)
                rows.Add((DiagramBoxKind.Decision, RuleLines(rule), DiagramBoxKind.Fact, ResultLines(rule.Outcome, rule.Reason), "no"));
        }
        foreach (var rule in rules.Rules)
            rows.Add((DiagramBoxKind.Decision, RuleLines(rule), DiagramBoxKind.Outcome, ResultLines(rule.Outcome, rule.Reason), rules.Collects ? "next" : "no"));
        if (rules.Otherwise is { } otherwise)
            rows.Add((DiagramBoxKind.Outcome, ResultLines("otherwise " + otherwise, rules.OtherwiseReason), null, null, rules.Collects ? "if none held" : "no"));
        else
            rows.Add((DiagramBoxKind.Elided, rules.Collects ? new[] { "end", "the outcomes of every rule that held" } : new[] { "no outcome", "no rule held" }, null, null, rules.Collects ? "next" : "no"));

        var left = Diagram.Margin;
        var leftWidth = rows.Max(r => TextMetrics.Box(r.Lines).Width);
        var right = left + leftWidth + YesWidth;
        var rightWidth = rows.Where(r => r.Result is not null).Select(r => TextMetrics.Box(r.Result!).Width).DefaultIfEmpty(0).Max();

        var boxes = new List<DiagramBox>();
        var arrows = new List<DiagramArrow>();
        DiagramBox? previous = null;
        var previousDown = "";
        var y = Diagram.Top;
        foreach (var (kind, lines, resultKind, result, down) in rows)
        {
            var height = TextMetrics.Box(lines).Height;
            var resultHeight = result is null ? 0 : TextMetrics.Box(result).Height;
            var rowHeight = System.Math.Max(height, resultHeight);
            var box = new DiagramBox(kind, left, y + (rowHeight - height) / 2, leftWidth, height, lines);
            boxes.Add(box);
            // The arrow into this row: "no"/"next" after a rule; a plain one after a let or a fact's heading.
            if (previous is not null) arrows.Add(new DiagramArrow(new[] { previous.Bottom, box.Top }, previous.Kind == DiagramBoxKind.Decision ? previousDown : null));
            if (result is not null)
            {
                var outcome = new DiagramBox(resultKind!.Value, right, y + (rowHeight - resultHeight) / 2, rightWidth, resultHeight, result);
                boxes.Add(outcome);
                arrows.Add(new DiagramArrow(new[] { box.Right, new DiagramPoint(right, box.Right.Y) }, "yes"));
            }
            previous = box;
            previousDown = down;
            y += rowHeight + RowGap;
        }
        // Every rule drawn: the policy's and those that set facts.
        var factRules = rules.Facts.Sum(f => f.Rules.Count);
        var title = $"{rules.Name}: rule set, policy {rules.Policy}, {rules.Rules.Count + factRules} rules"
            + (factRules > 0 ? $" ({factRules} setting facts)" : "");
        return new Diagram(title, boxes, arrows);
    }

    private static string[] RuleLines(RuleDescription rule)
    {
        var lines = new List<string> { "rule " + rule.Name };
        var condition = TextMetrics.Wrap("when " + rule.Condition, ConditionChars).ToList();
        if (condition.Count > MaxConditionLines) condition = condition.Take(MaxConditionLines - 1).Append("…").ToList();
        lines.AddRange(condition);
        if (rule.ReadsFacts.Count > 0) lines.Add("reads " + TextMetrics.Clip(string.Join(", ", rule.ReadsFacts), ConditionChars - 6));
        return lines.ToArray();
    }

    private static string[] ResultLines(string outcome, string? reason)
    {
        var lines = new List<string> { TextMetrics.Clip(outcome, ReasonChars) };
        if (reason is { Length: > 0 }) lines.AddRange(TextMetrics.Wrap("\"" + reason + "\"", ReasonChars).Take(3));
        return lines.ToArray();
    }

    private static string[] Lines(string first, string second) =>
        new[] { first }.Concat(TextMetrics.Wrap(second, ConditionChars).Take(MaxConditionLines)).ToArray();
}
