using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Benchmarks.Spec;
using ModelDsl.Runtime.Rules;
using RulesEngine.Models;

namespace ModelDsl.Benchmarks.Rules;

/// <summary>
/// The rule set as a Microsoft RulesEngine workflow: one lambda-expression rule per rule (System.Linq.Dynamic.Core
/// syntax), the 'let' values as workflow GlobalParams. RulesEngine has no first-match policy: a decision runs
/// the workflow (ExecuteAllRulesAsync evaluates every rule) and takes the first rule, in order, that succeeded.
/// </summary>
public sealed class RulesEngineEvaluator
{
    private readonly global::RulesEngine.RulesEngine _engine;
    private readonly string _workflowName;
    private readonly Dictionary<string, int> _indexByName;
    private readonly RuleDecision<Decision>[] _decisions;

    private RulesEngineEvaluator(global::RulesEngine.RulesEngine engine, string workflowName, RuleSetSpec spec)
    {
        _engine = engine;
        _workflowName = workflowName;
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        _decisions = new RuleDecision<Decision>[spec.Rules.Count];
        for (var i = 0; i < spec.Rules.Count; i++)
        {
            _indexByName[spec.Rules[i].Name] = i;
            _decisions[i] = new RuleDecision<Decision>(BenchmarkRuleSets.ParseDecision(spec.Rules[i].Outcome), i, spec.Rules[i].Name, null);
        }
    }

    /// <summary>Builds the workflow. RulesEngine compiles a workflow's rules on its first execution.</summary>
    public static RulesEngineEvaluator Create(RuleSetSpec spec)
    {
        var workflow = ToWorkflow(spec);
        var engine = new global::RulesEngine.RulesEngine(new[] { workflow }, new ReSettings());
        return new RulesEngineEvaluator(engine, workflow.WorkflowName, spec);
    }

    public static Workflow ToWorkflow(RuleSetSpec spec) => new()
    {
        WorkflowName = spec.Name,
        GlobalParams = new[]
        {
            new ScopedParam { Name = "debt_ratio", Expression = "double(input.Debt) / double(input.Income)" },
            new ScopedParam { Name = "loan_to_income", Expression = "double(input.LoanAmount) / double(input.Income)" },
        },
        Rules = spec.Rules.Select(rule => new Rule
        {
            RuleName = rule.Name,
            SuccessEvent = rule.Outcome,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = string.Join(" && ", rule.When.Select(Expression)),
        }).ToList(),
    };

    private static string Expression(AtomSpec atom)
    {
        var field = ApplicantSchema.Field(atom.Field);
        return atom.Op switch
        {
            "is" => atom.Value != 0 ? "input.HasCollateral" : "!input.HasCollateral",
            "in" => "(" + string.Join(" || ", atom.Values!.Select(v => $"input.{field.Property} == \"{ApplicantSchema.Pascal(v)}\"")) + ")",
            "not_in" => "(" + string.Join(" && ", atom.Values!.Select(v => $"input.{field.Property} != \"{ApplicantSchema.Pascal(v)}\"")) + ")",
            _ when field.Kind == FieldKind.Derived => $"{atom.Field} {atom.Op} {Number(atom.Value, real: true)}",
            _ => $"input.{field.Property} {atom.Op} {Number(atom.Value, real: false)}",
        };
    }

    private static string Number(double value, bool real)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return real && !text.Contains('.') && !text.Contains('E') ? text + ".0" : text;
    }

    /// <summary>One decision: the workflow runs on the input, the first successful rule in order decides.</summary>
    public RuleDecision<Decision> Evaluate(Applicant input)
    {
        var pending = _engine.ExecuteAllRulesAsync(_workflowName, new RuleParameter("input", input));
        var results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        var first = int.MaxValue;
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
                throw new InvalidOperationException($"RulesEngine rule '{result.Rule.RuleName}' failed: {result.ExceptionMessage}");
            if (result.IsSuccess && _indexByName.TryGetValue(result.Rule.RuleName, out var index) && index < first) first = index;
        }
        return first == int.MaxValue ? BenchmarkRuleSets.Otherwise : _decisions[first];
    }
}
