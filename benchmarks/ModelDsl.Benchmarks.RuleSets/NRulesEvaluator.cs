using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ModelDsl.Benchmarks.Spec;
using ModelDsl.Runtime.Rules;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace ModelDsl.Benchmarks.Rules;

/// <summary>An applicant as an NRules fact (NRules matches reference-type facts); the firing rule records itself here.</summary>
public sealed class ApplicantFact
{
    public ApplicantFact(Applicant value) => Value = value;

    public Applicant Value { get; }

    /// <summary>Index of the rule that fired; -1 while none has.</summary>
    public int RuleIndex { get; private set; } = -1;

    public void Decide(int ruleIndex) => RuleIndex = ruleIndex;
}

/// <summary>
/// The rule set as NRules rules built with the NRules.RuleModel builder API: one rule per rule, one pattern on
/// <see cref="ApplicantFact"/> with one condition per atom (so the Rete network can share them), priority
/// N − index so that earlier rules win. A decision is a new session, one insert and <c>Fire(1)</c>: only the
/// highest-priority activation fires, which is the first matching rule.
/// </summary>
public sealed class NRulesEvaluator
{
    private readonly ISessionFactory _factory;
    private readonly RuleDecision<Decision>[] _decisions;

    private NRulesEvaluator(ISessionFactory factory, RuleSetSpec spec)
    {
        _factory = factory;
        _decisions = spec.Rules
            .Select((rule, i) => new RuleDecision<Decision>(BenchmarkRuleSets.ParseDecision(rule.Outcome), i, rule.Name, null))
            .ToArray();
    }

    /// <summary>Builds the rules and compiles them into a session factory (the Rete network).</summary>
    public static NRulesEvaluator Create(RuleSetSpec spec)
    {
        var factory = new RuleCompiler().Compile(ToRules(spec));
        return new NRulesEvaluator(factory, spec);
    }

    public static List<IRuleDefinition> ToRules(RuleSetSpec spec)
    {
        var rules = new List<IRuleDefinition>(spec.Rules.Count);
        var fact = Expression.Parameter(typeof(ApplicantFact), "applicant");
        var context = Expression.Parameter(typeof(IContext), "context");
        var value = Expression.Property(fact, nameof(ApplicantFact.Value));
        var decide = typeof(ApplicantFact).GetMethod(nameof(ApplicantFact.Decide))!;
        for (var i = 0; i < spec.Rules.Count; i++)
        {
            var rule = spec.Rules[i];
            var builder = new RuleBuilder();
            builder.Name(rule.Name);
            builder.Priority(spec.Rules.Count - i);
            var pattern = builder.LeftHandSide().Pattern(typeof(ApplicantFact), fact.Name);
            foreach (var atom in rule.When) pattern.Condition(Expression.Lambda(Condition(atom, value), fact));
            builder.RightHandSide().Action(Expression.Lambda(Expression.Call(fact, decide, Expression.Constant(i)), context, fact));
            rules.Add(builder.Build());
        }
        return rules;
    }

    private static Expression Condition(AtomSpec atom, Expression applicant)
    {
        var field = ApplicantSchema.Field(atom.Field);
        switch (atom.Op)
        {
            case "is":
            {
                var flag = Expression.Property(applicant, field.Property);
                return atom.Value != 0 ? flag : Expression.Not(flag);
            }
            case "in":
            case "not_in":
            {
                var member = Expression.Property(applicant, field.Property);
                var tests = atom.Values!.Select(v => Expression.Equal(member, Expression.Constant(EnumValue(field, v))));
                var any = tests.Aggregate((Expression?)null, (acc, t) => acc is null ? t : Expression.OrElse(acc, t))!;
                return atom.Op == "in" ? any : Expression.Not(any);
            }
        }

        Expression left;
        if (field.Kind == FieldKind.Derived)
        {
            var (numerator, denominator) = field.DslName == "debt_ratio" ? ("Debt", "Income") : ("LoanAmount", "Income");
            left = Expression.Divide(
                Expression.Convert(Expression.Property(applicant, numerator), typeof(double)),
                Expression.Convert(Expression.Property(applicant, denominator), typeof(double)));
        }
        else
        {
            left = Expression.Property(applicant, field.Property);
        }
        var right = Expression.Constant(Convert.ChangeType(atom.Value, left.Type, System.Globalization.CultureInfo.InvariantCulture), left.Type);
        return atom.Op switch
        {
            "<" => Expression.LessThan(left, right),
            "<=" => Expression.LessThanOrEqual(left, right),
            ">" => Expression.GreaterThan(left, right),
            ">=" => Expression.GreaterThanOrEqual(left, right),
            _ => throw new InvalidOperationException($"unknown operator '{atom.Op}'"),
        };
    }

    private static object EnumValue(FieldInfo field, string member) => field.DslName == "employment"
        ? BenchmarkRuleSets.ParseEmployment(member)
        : BenchmarkRuleSets.ParsePurpose(member);

    /// <summary>One decision: a fresh session, the fact inserted, the highest-priority activation fired.</summary>
    public RuleDecision<Decision> Evaluate(Applicant input)
    {
        var fact = new ApplicantFact(input);
        var session = _factory.CreateSession();
        session.Insert(fact);
        session.Fire(1);
        return fact.RuleIndex < 0 ? BenchmarkRuleSets.Otherwise : _decisions[fact.RuleIndex];
    }
}
