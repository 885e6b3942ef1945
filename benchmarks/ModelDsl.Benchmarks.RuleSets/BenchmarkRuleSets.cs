using System;
using System.IO;
using System.Text.Json;
using ModelDsl.Benchmarks.Spec;
using ModelDsl.Runtime.Rules;

namespace ModelDsl.Benchmarks.Rules;

/// <summary>The rule-set sizes, their descriptions, the seeded inputs, and the generated and hand-written evaluators by size.</summary>
public static class BenchmarkRuleSets
{
    public static readonly int[] Sizes = { 10, 100, 1000 };

    /// <summary>The decision every evaluator returns when no rule matches.</summary>
    public static readonly RuleDecision<Decision> Otherwise = new(Decision.Review, RuleDecision<Decision>.OtherwiseIndex, "otherwise", "no rule matched");

    /// <summary>Reads rules{N}.json (embedded in this assembly) into the engine-neutral description.</summary>
    public static RuleSetSpec LoadSpec(int size)
    {
        using var stream = typeof(BenchmarkRuleSets).Assembly.GetManifestResourceStream($"rules{size}.json")
            ?? throw new ArgumentOutOfRangeException(nameof(size), size, "no rule set of that size");
        return JsonSerializer.Deserialize<RuleSetSpec>(stream) ?? throw new InvalidDataException($"rules{size}.json is empty");
    }

    /// <summary>The seeded benchmark inputs as the generated record struct.</summary>
    public static Applicant[] CreateInputs(int seed = InputSampler.BenchmarkSeed, int count = InputSampler.BenchmarkCount)
    {
        var rows = InputSampler.Create(seed, count);
        var inputs = new Applicant[count];
        for (var i = 0; i < count; i++) inputs[i] = ToApplicant(rows[i]);
        return inputs;
    }

    public static Applicant ToApplicant(in InputRow row) => new()
    {
        Age = row.Age,
        Income = row.Income,
        Debt = row.Debt,
        LoanAmount = row.LoanAmount,
        CreditScore = row.CreditScore,
        LatePayments = row.LatePayments,
        Employment = ParseEmployment(ApplicantSchema.Employment[row.Employment]),
        Purpose = ParsePurpose(ApplicantSchema.Purposes[row.Purpose]),
        HasCollateral = row.HasCollateral,
    };

    public static Decision ParseDecision(string dslName) =>
        DecisionNames.TryParse(dslName, out var value) ? value : throw new InvalidDataException($"'{dslName}' is not a Decision");

    public static EmploymentType ParseEmployment(string dslName) =>
        EmploymentTypeNames.TryParse(dslName, out var value) ? value : throw new InvalidDataException($"'{dslName}' is not an EmploymentType");

    public static LoanPurpose ParsePurpose(string dslName) =>
        LoanPurposeNames.TryParse(dslName, out var value) ? value : throw new InvalidDataException($"'{dslName}' is not a LoanPurpose");

    /// <summary>The generated rule set of the given size (a switch, for tools; the benchmarks call Rules{N}.Evaluate directly).</summary>
    public static RuleDecision<Decision> Generated(int size, in Applicant input) => size switch
    {
        10 => Rules10.Evaluate(in input),
        100 => Rules100.Evaluate(in input),
        1000 => Rules1000.Evaluate(in input),
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    /// <summary>The hand-written rule set of the given size.</summary>
    public static RuleDecision<Decision> HandWritten(int size, in Applicant input) => size switch
    {
        10 => HandWritten10.Evaluate(in input),
        100 => HandWritten100.Evaluate(in input),
        1000 => HandWritten1000.Evaluate(in input),
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    /// <summary>
    /// Checks that the generated code, the hand-written code, RulesEngine, NRules and the reference interpreter
    /// of the description decide every input the same way (outcome, rule index and rule name); throws if not.
    /// Returns a one-line summary of where the decisions fall.
    /// </summary>
    public static string Verify(int size, Applicant[] inputs, RulesEngineEvaluator rulesEngine, NRulesEvaluator nrules)
    {
        var spec = LoadSpec(size);
        var rows = InputSampler.Create(InputSampler.BenchmarkSeed, inputs.Length);
        var byOtherwise = 0;
        long tested = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (ToApplicant(rows[i]) != inputs[i]) throw new InvalidOperationException($"input {i} is not the seeded benchmark input");
            var index = InputSampler.FirstMatch(spec, rows[i]);
            var expected = index < 0 ? Otherwise : new RuleDecision<Decision>(ParseDecision(spec.Rules[index].Outcome), index, spec.Rules[index].Name, null);
            Check("generated", Generated(size, inputs[i]));
            Check("hand-written", HandWritten(size, inputs[i]));
            if (size == 1000) Check("hand-written (chunked)", HandWrittenChunked1000.Evaluate(inputs[i]));
            Check("RulesEngine", rulesEngine.Evaluate(inputs[i]));
            Check("NRules", nrules.Evaluate(inputs[i]));
            if (index < 0) byOtherwise++;
            tested += index < 0 ? size : index + 1;

            void Check(string who, RuleDecision<Decision> actual)
            {
                if (actual.Outcome != expected.Outcome || actual.RuleIndex != expected.RuleIndex || actual.RuleName != expected.RuleName)
                    throw new InvalidOperationException($"Rules{size}, input {i}: {who} decided '{actual}' (rule {actual.RuleIndex}), the description says '{expected}' (rule {expected.RuleIndex}): {inputs[i]}");
            }
        }
        return FormattableString.Invariant(
            $"Rules{size}: all {(size == 1000 ? 5 : 4)} evaluators agree with the description on {inputs.Length} inputs; {100.0 * byOtherwise / inputs.Length:0.0}% decided by 'otherwise'; {(double)tested / inputs.Length:0.0} rules tested per decision on average");
    }
}
