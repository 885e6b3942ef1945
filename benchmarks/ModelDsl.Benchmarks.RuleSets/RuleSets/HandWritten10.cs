// Written by benchmarks/RuleSetScript from seed 20251135. Do not edit; rerun the script.
using ModelDsl.Runtime.Rules;

namespace ModelDsl.Benchmarks.Rules;

/// <summary>Rule set Rules10 as a person would write it in C#: the floor the generated code is measured against.</summary>
public static class HandWritten10
{
    /// <summary>The first matching rule decides; the same decision (outcome, rule index and name) as the generated Evaluate.</summary>
    public static RuleDecision<Decision> Evaluate(in Applicant input)
    {
        var debtRatio = (double)input.Debt / input.Income;
        if (input.LoanAmount >= 281750f && input.LatePayments < 2 && debtRatio <= 0.32)
            return new(Decision.ApproveWithConditions, 0, "rule_0001", null);
        if (input.LoanAmount > 213750f && input.Purpose == LoanPurpose.Home)
            return new(Decision.Reject, 1, "rule_0002", null);
        if (input.Age < 37 && input.Income < 124250f && input.CreditScore < 549)
            return new(Decision.Review, 2, "rule_0003", null);
        if (input.Age > 47 && input.Income <= 73500f)
            return new(Decision.Reject, 3, "rule_0004", null);
        if (input.LoanAmount <= 52000f && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 4, "rule_0005", null);
        if (input.Purpose == LoanPurpose.Personal && debtRatio > 0.32)
            return new(Decision.Approve, 5, "rule_0006", null);
        if (input.Age <= 34 && input.Debt >= 27750f)
            return new(Decision.Approve, 6, "rule_0007", null);
        if (input.Income > 162500f && input.LoanAmount >= 263500f)
            return new(Decision.Reject, 7, "rule_0008", null);
        if (input.Employment != EmploymentType.Unemployed && debtRatio > 0.69)
            return new(Decision.Review, 8, "rule_0009", null);
        if (input.Purpose == LoanPurpose.Car && debtRatio < 0.88)
            return new(Decision.Reject, 9, "rule_0010", null);
        return new(Decision.Review, RuleDecision<Decision>.OtherwiseIndex, "otherwise", "no rule matched");
    }
}
