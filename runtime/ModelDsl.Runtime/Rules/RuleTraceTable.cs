using System;
using System.Collections.Generic;

namespace ModelDsl.Runtime.Rules;

/// <summary>
/// The outcome rules of a large rule set as data for <c>Explain</c>: per rule its name, action, reason, the parts of
/// its condition and how they combine. The generated <c>Explain</c> evaluates each distinct condition part once and
/// formats each distinct observed value once; <see cref="Trace"/> turns them into the same <see cref="RuleTrace"/>s
/// that straight-line code would build rule by rule (a few thousand rules as code are megabytes of C# to compile).
/// </summary>
public sealed class RuleTraceTable
{
    private readonly string[] _texts;
    private readonly int[] _rules;
    private readonly int[] _starts;

    /// <summary>Creates the table.</summary>
    /// <param name="texts">Every text the traces show (condition parts, names, actions, reasons).</param>
    /// <param name="rules">Per rule in evaluation order: name, action and reason (−1: none) as indices into
    /// <paramref name="texts"/>; the number of condition parts, then per part its text, its value (an index into the
    /// values <see cref="Trace"/> takes) and its observed text (an index into the observed texts); the length of the
    /// condition's program, then the program in postfix: k ≥ 0 pushes the value of the rule's part k, −1 is and,
    /// −2 or, −3 not.</param>
    public RuleTraceTable(string[] texts, int[] rules)
    {
        _texts = texts;
        _rules = rules;
        var starts = new List<int>();
        for (int at = 0; at < rules.Length;)
        {
            starts.Add(at);
            at += 3;
            at += 1 + 3 * rules[at];
            at += 1 + rules[at];
        }
        _starts = starts.ToArray();
    }

    /// <summary>The number of rules.</summary>
    public int Count => _starts.Length;

    /// <summary>
    /// Adds a trace of every rule, in evaluation order, to <paramref name="traces"/> and returns the position of the
    /// first rule whose condition holds (the one that decides under <c>first</c> and <c>priority</c>), or −1.
    /// </summary>
    public int Trace(List<RuleTrace> traces, ReadOnlySpan<bool> values, ReadOnlySpan<string> observed)
    {
        int selected = -1;
        Span<bool> stack = stackalloc bool[64];
        for (int r = 0; r < _starts.Length; r++)
        {
            int at = _starts[r];
            var name = _texts[_rules[at]];
            var action = _texts[_rules[at + 1]];
            var reason = _rules[at + 2] < 0 ? null : _texts[_rules[at + 2]];
            at += 3;
            int parts = _rules[at++];
            var conditions = new ConditionTrace[parts];
            int first = at;
            for (int p = 0; p < parts; p++, at += 3)
                conditions[p] = new ConditionTrace(_texts[_rules[at]], values[_rules[at + 1]], observed[_rules[at + 2]]);
            int length = _rules[at++];
            if (length > stack.Length) stack = new bool[length];
            int depth = 0;
            for (int i = 0; i < length; i++)
            {
                int op = _rules[at + i];
                switch (op)
                {
                    case >= 0: stack[depth++] = values[_rules[first + 3 * op + 1]]; break;
                    case -1: depth--; stack[depth - 1] = stack[depth - 1] & stack[depth]; break;
                    case -2: depth--; stack[depth - 1] = stack[depth - 1] | stack[depth]; break;
                    default: stack[depth - 1] = !stack[depth - 1]; break;
                }
            }
            bool fired = stack[0];
            bool isSelected = fired && selected < 0;
            if (isSelected) selected = r;
            traces.Add(new RuleTrace(name, fired, isSelected, action, reason, conditions));
        }
        return selected;
    }
}
