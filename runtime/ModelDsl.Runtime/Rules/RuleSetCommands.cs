using System;
using System.Collections.Generic;
using System.IO;

namespace ModelDsl.Runtime.Rules;

/// <summary>
/// What the <c>modeldsl decide</c> command drives: every generated rule set has a nested <c>Commands</c> class
/// implementing it, so a tool that compiles declarations in memory can decide on a CSV file without knowing the
/// generated types.
/// </summary>
public interface IRuleSetCommands
{
    /// <summary>The rule set's name in the declaration.</summary>
    string RuleSetName { get; }

    /// <summary>
    /// Decides for every row of a CSV file with the input schema's columns and writes one CSV line per row (after a
    /// header): <c>outcome,rule,reason</c>, and with <paramref name="explain"/> an <c>explanation</c> column holding
    /// the explanation's text (every rule tested, each condition's value). Under <c>collect</c> the outcomes, rules and
    /// reasons of every match are joined with ';'. Returns the number of rows.
    /// </summary>
    int Decide(string csvPath, TextWriter output, bool explain);
}

/// <summary>The CSV lines <see cref="IRuleSetCommands.Decide"/> writes (called by generated code).</summary>
public static class RuleSetCsv
{
    /// <summary>Decides every row with a <c>first</c>, <c>priority</c> or <c>unique</c> rule set.</summary>
    public static int Decide<TInput, TOutcome>(IRuleSet<TInput, TOutcome> rules, IEnumerable<TInput> rows, Func<TOutcome, string> outcomeName,
                                               TextWriter output, bool explain)
        where TOutcome : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(outcomeName);
        ArgumentNullException.ThrowIfNull(output);
        Header(output, explain);
        var count = 0;
        foreach (var row in rows)
        {
            var decision = rules.Evaluate(in row);
            Line(output, decision.HasOutcome ? outcomeName(decision.Outcome) : "", decision.HasOutcome ? decision.RuleName : "",
                 decision.HasOutcome ? decision.Reason ?? "" : "no rule matched", explain ? rules.Explain(in row).ToString() : null);
            count++;
        }
        return count;
    }

    /// <summary>Decides every row with a <c>collect</c> rule set: every match, joined with ';'.</summary>
    public static int DecideAll<TInput, TOutcome>(ICollectingRuleSet<TInput, TOutcome> rules, IEnumerable<TInput> rows, Func<TOutcome, string> outcomeName,
                                                  TextWriter output, bool explain)
        where TOutcome : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(outcomeName);
        ArgumentNullException.ThrowIfNull(output);
        Header(output, explain);
        var hits = new RuleHit<TOutcome>[Math.Max(1, rules.RuleCount + 1)];
        var outcomes = new List<string>();
        var names = new List<string>();
        var reasons = new List<string>();
        var count = 0;
        foreach (var row in rows)
        {
            var found = rules.EvaluateAll(in row, hits);
            outcomes.Clear();
            names.Clear();
            reasons.Clear();
            for (var i = 0; i < found; i++)
            {
                outcomes.Add(outcomeName(hits[i].Outcome));
                names.Add(hits[i].RuleName);
                reasons.Add(hits[i].Reason ?? "");
            }
            Line(output, string.Join(';', outcomes), string.Join(';', names), string.Join(';', reasons), explain ? rules.Explain(in row).ToString() : null);
            count++;
        }
        return count;
    }

    private static void Header(TextWriter output, bool explain) => output.WriteLine(explain ? "outcome,rule,reason,explanation" : "outcome,rule,reason");

    private static void Line(TextWriter output, string outcome, string rule, string reason, string? explanation)
    {
        output.Write(Cell(outcome));
        output.Write(',');
        output.Write(Cell(rule));
        output.Write(',');
        output.Write(Cell(reason));
        if (explanation is not null)
        {
            output.Write(',');
            output.Write(Cell(explanation.TrimEnd('\n')));
        }
        output.WriteLine();
    }

    /// <summary>A CSV cell, quoted (RFC 4180) when it holds a comma, a quote or a line break.</summary>
    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
