using System;
using System.Diagnostics;
using System.Globalization;
using ModelDsl.Benchmarks.Rules;
using ModelDsl.Runtime.Rules;

namespace ModelDsl.Benchmarks.FirstDecision;

/// <summary>
/// Milliseconds from the first line of Main to the first decision returned, in this (fresh) process:
/// for the engines that includes reading the rule description and building/compiling their rules.
/// Usage: FirstDecision generated|handwritten|rulesengine|nrules [10|100|1000]. Prints "ENGINE SIZE MS OUTCOME".
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var watch = Stopwatch.StartNew();
        var engine = args.Length > 0 ? args[0] : "generated";
        var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;

        // An applicant as an application would have it in hand (not one of the benchmark inputs: no sampler to JIT).
        var applicant = new Applicant
        {
            Age = 52,
            Income = 58_000,
            Debt = 21_500,
            LoanAmount = 140_000,
            CreditScore = 688,
            LatePayments = 1,
            Employment = EmploymentType.Salaried,
            Purpose = LoanPurpose.Home,
            HasCollateral = true,
        };

        RuleDecision<Decision> decision;
        switch (engine)
        {
            case "generated":
                decision = size switch
                {
                    10 => Rules10.Evaluate(in applicant),
                    100 => Rules100.Evaluate(in applicant),
                    1000 => Rules1000.Evaluate(in applicant),
                    _ => throw new ArgumentOutOfRangeException(nameof(args), size, "size must be 10, 100 or 1000"),
                };
                break;
            case "handwritten":
                decision = size switch
                {
                    10 => HandWritten10.Evaluate(in applicant),
                    100 => HandWritten100.Evaluate(in applicant),
                    1000 => HandWritten1000.Evaluate(in applicant),
                    _ => throw new ArgumentOutOfRangeException(nameof(args), size, "size must be 10, 100 or 1000"),
                };
                break;
            case "rulesengine":
                decision = RulesEngineEvaluator.Create(BenchmarkRuleSets.LoadSpec(size)).Evaluate(applicant);
                break;
            case "nrules":
                decision = NRulesEvaluator.Create(BenchmarkRuleSets.LoadSpec(size)).Evaluate(applicant);
                break;
            default:
                Console.Error.WriteLine("usage: FirstDecision generated|handwritten|rulesengine|nrules [10|100|1000]");
                return 2;
        }
        var elapsed = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine} {size} {elapsed:0.000} {decision.Outcome}/{decision.RuleName}"));
        return 0;
    }
}
