// Written by benchmarks/RuleSetScript from seed 20251225. Do not edit; rerun the script.
using ModelDsl.Runtime.Rules;

namespace ModelDsl.Benchmarks.Rules;

/// <summary>Rule set Rules100 as a person would write it in C#: the floor the generated code is measured against.</summary>
public static class HandWritten100
{
    /// <summary>The first matching rule decides; the same decision (outcome, rule index and name) as the generated Evaluate.</summary>
    public static RuleDecision<Decision> Evaluate(in Applicant input)
    {
        var debtRatio = (double)input.Debt / input.Income;
        var loanToIncome = (double)input.LoanAmount / input.Income;
        if (input.Income < 66000f && input.Debt >= 18000f && input.LoanAmount > 85500f && input.LatePayments > 5 && debtRatio > 0.27)
            return new(Decision.Reject, 0, "rule_0001", null);
        if (input.Age > 56 && input.Income < 136000f && input.Debt >= 89000f)
            return new(Decision.Reject, 1, "rule_0002", null);
        if (input.Age <= 49 && input.Income >= 205750f && input.Debt >= 106750f && (input.Purpose is LoanPurpose.Home or LoanPurpose.Car) && input.HasCollateral)
            return new(Decision.Approve, 2, "rule_0003", null);
        if (input.Income > 168500f && input.CreditScore < 567 && input.LatePayments >= 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio >= 0.44)
            return new(Decision.Reject, 3, "rule_0004", null);
        if (input.Income <= 49750f && input.Debt < 14250f && input.Purpose == LoanPurpose.Home && debtRatio <= 0.34 && loanToIncome > 3.3)
            return new(Decision.Approve, 4, "rule_0005", null);
        if (input.Debt < 19500f && input.Employment == EmploymentType.Unemployed && !input.HasCollateral)
            return new(Decision.Approve, 5, "rule_0006", null);
        if (input.Age >= 51 && input.LoanAmount > 178000f && input.CreditScore < 558 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home)
            return new(Decision.Review, 6, "rule_0007", null);
        if (input.CreditScore <= 446 && input.LatePayments < 1 && input.Employment == EmploymentType.SelfEmployed && loanToIncome <= 1.75)
            return new(Decision.Reject, 7, "rule_0008", null);
        if (input.Income > 186500f && input.LoanAmount >= 302750f && input.Purpose == LoanPurpose.Business && input.HasCollateral)
            return new(Decision.Approve, 8, "rule_0009", null);
        if (input.Age > 50 && input.Debt > 71500f && input.LoanAmount > 358000f && input.LatePayments < 3 && (input.Employment is EmploymentType.Salaried or EmploymentType.Contractor) && loanToIncome <= 2.75)
            return new(Decision.Reject, 9, "rule_0010", null);
        if (input.Income > 39000f && input.Debt < 2500f && input.Employment == EmploymentType.Salaried)
            return new(Decision.ApproveWithConditions, 10, "rule_0011", null);
        if (input.Age > 66 && input.LoanAmount > 141750f && input.CreditScore <= 551 && input.Employment == EmploymentType.Retired && input.HasCollateral)
            return new(Decision.Approve, 11, "rule_0012", null);
        if (input.Income < 46750f && input.LoanAmount > 423000f && input.CreditScore >= 694)
            return new(Decision.Approve, 12, "rule_0013", null);
        if (input.CreditScore < 453 && input.LatePayments >= 4 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio < 0.2)
            return new(Decision.Reject, 13, "rule_0014", null);
        if (input.Income <= 134250f && input.Debt > 12250f && input.Employment is not (EmploymentType.Salaried or EmploymentType.SelfEmployed) && input.Purpose == LoanPurpose.Business && !input.HasCollateral && loanToIncome >= 3.05)
            return new(Decision.Review, 14, "rule_0015", null);
        if (input.Debt < 5750f && input.LoanAmount < 289750f && input.CreditScore < 591 && input.Purpose == LoanPurpose.Education)
            return new(Decision.Review, 15, "rule_0016", null);
        if (input.LoanAmount <= 128500f && input.CreditScore >= 587 && input.LatePayments < 1 && !input.HasCollateral && debtRatio < 0.35 && loanToIncome <= 2.9)
            return new(Decision.Reject, 16, "rule_0017", null);
        if (input.Income < 96500f && input.Debt >= 41750f && input.LoanAmount > 305500f && input.Purpose == LoanPurpose.Education)
            return new(Decision.Approve, 17, "rule_0018", null);
        if (input.Income < 229750f && input.Debt >= 92000f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && debtRatio < 0.79)
            return new(Decision.ApproveWithConditions, 18, "rule_0019", null);
        if (input.Age < 53 && input.LoanAmount < 49750f && input.Purpose == LoanPurpose.Education)
            return new(Decision.Approve, 19, "rule_0020", null);
        if (input.Age > 63 && input.LoanAmount <= 231500f && input.CreditScore >= 676 && debtRatio >= 0.63)
            return new(Decision.ApproveWithConditions, 20, "rule_0021", null);
        if (input.Age >= 47 && input.Income < 68500f && input.Purpose == LoanPurpose.Business && !input.HasCollateral)
            return new(Decision.Reject, 21, "rule_0022", null);
        if (input.Age < 31 && input.LoanAmount < 42750f && input.Employment is not (EmploymentType.SelfEmployed or EmploymentType.Contractor))
            return new(Decision.Review, 22, "rule_0023", null);
        if (input.Income <= 82250f && input.Debt >= 2750f && debtRatio <= 0.08)
            return new(Decision.Reject, 23, "rule_0024", null);
        if (input.LoanAmount >= 363250f && input.Employment == EmploymentType.Retired && loanToIncome < 2.25)
            return new(Decision.Reject, 24, "rule_0025", null);
        if (input.Debt <= 13500f && input.LoanAmount <= 272500f && input.CreditScore > 664 && input.LatePayments < 2 && input.HasCollateral && debtRatio <= 0.7)
            return new(Decision.Review, 25, "rule_0026", null);
        if (input.Age <= 55 && input.Debt <= 84500f && input.LatePayments < 1 && input.Employment == EmploymentType.Retired && !input.HasCollateral)
            return new(Decision.Approve, 26, "rule_0027", null);
        if (input.Age <= 36 && input.Income < 151750f && input.Debt >= 71000f && input.Employment is not (EmploymentType.SelfEmployed or EmploymentType.Unemployed) && debtRatio > 0.63)
            return new(Decision.Approve, 27, "rule_0028", null);
        if (input.Income < 197000f && input.Debt > 83000f && input.Employment is not (EmploymentType.Salaried or EmploymentType.Retired) && input.Purpose == LoanPurpose.Personal)
            return new(Decision.Review, 28, "rule_0029", null);
        if (input.Income < 116750f && input.HasCollateral && debtRatio > 0.59 && loanToIncome < 2.0)
            return new(Decision.Reject, 29, "rule_0030", null);
        if (input.LoanAmount >= 447000f && input.Employment == EmploymentType.SelfEmployed && !input.HasCollateral)
            return new(Decision.Review, 30, "rule_0031", null);
        if (input.Age >= 58 && input.LoanAmount < 173500f && input.CreditScore >= 653 && input.Purpose == LoanPurpose.Education && loanToIncome < 1.95)
            return new(Decision.ApproveWithConditions, 31, "rule_0032", null);
        if (input.Age < 43 && input.Income <= 107500f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && debtRatio <= 0.69 && loanToIncome >= 2.15)
            return new(Decision.Approve, 32, "rule_0033", null);
        if (input.Age <= 36 && input.Income < 91000f && input.Employment == EmploymentType.Contractor && input.HasCollateral)
            return new(Decision.Reject, 33, "rule_0034", null);
        if (input.Age < 64 && input.Debt < 22250f && input.CreditScore <= 505 && input.Employment == EmploymentType.Retired && input.Purpose != LoanPurpose.Personal)
            return new(Decision.Reject, 34, "rule_0035", null);
        if (input.Age < 52 && input.Debt <= 38500f && input.LoanAmount < 210500f && input.LatePayments <= 1 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Unemployed) && (input.Purpose is LoanPurpose.Business or LoanPurpose.Personal))
            return new(Decision.ApproveWithConditions, 35, "rule_0036", null);
        if (input.Age >= 75 && input.LoanAmount > 331000f && input.Employment == EmploymentType.Salaried)
            return new(Decision.Approve, 36, "rule_0037", null);
        if (input.Age < 21 && input.Income > 117000f && input.LoanAmount >= 307500f)
            return new(Decision.Reject, 37, "rule_0038", null);
        if (input.Age >= 57 && input.Debt <= 19250f && input.CreditScore <= 473 && debtRatio > 0.22)
            return new(Decision.Approve, 38, "rule_0039", null);
        if (input.Age <= 39 && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Personal) && input.HasCollateral && debtRatio <= 0.36 && loanToIncome <= 1.05)
            return new(Decision.Reject, 39, "rule_0040", null);
        if (input.Income > 137500f && input.CreditScore > 627 && input.LatePayments >= 8)
            return new(Decision.Approve, 40, "rule_0041", null);
        if (input.Income < 191000f && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && loanToIncome >= 6.5)
            return new(Decision.Review, 41, "rule_0042", null);
        if (input.Age <= 41 && input.Debt >= 78000f && input.CreditScore >= 663 && !input.HasCollateral && debtRatio > 0.46)
            return new(Decision.Reject, 42, "rule_0043", null);
        if (input.Income < 81750f && input.Debt >= 18000f && input.CreditScore < 548 && input.HasCollateral && debtRatio < 0.54)
            return new(Decision.Reject, 43, "rule_0044", null);
        if (input.Income >= 201500f && input.Debt > 18250f && input.CreditScore >= 647 && input.LatePayments >= 1 && debtRatio <= 0.33)
            return new(Decision.Reject, 44, "rule_0045", null);
        if (input.Age > 56 && input.Income > 183750f && input.Debt > 110250f && input.HasCollateral)
            return new(Decision.Reject, 45, "rule_0046", null);
        if (input.Income > 142750f && input.CreditScore < 407 && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && debtRatio >= 0.48)
            return new(Decision.Reject, 46, "rule_0047", null);
        if (input.Income < 87500f && input.Debt >= 39750f && input.CreditScore < 548 && input.Purpose != LoanPurpose.Car)
            return new(Decision.Reject, 47, "rule_0048", null);
        if (input.Income <= 123000f && input.CreditScore >= 610 && input.Employment == EmploymentType.Unemployed)
            return new(Decision.ApproveWithConditions, 48, "rule_0049", null);
        if (input.LoanAmount > 470500f && input.LatePayments <= 2 && input.HasCollateral)
            return new(Decision.Approve, 49, "rule_0050", null);
        if (input.Employment == EmploymentType.Retired && input.HasCollateral && debtRatio > 0.57)
            return new(Decision.Reject, 50, "rule_0051", null);
        if (input.CreditScore >= 584 && input.Purpose == LoanPurpose.Business && loanToIncome < 0.6)
            return new(Decision.Reject, 51, "rule_0052", null);
        if (input.Age < 35 && input.Debt >= 41250f && input.LatePayments < 1 && loanToIncome > 1.8)
            return new(Decision.ApproveWithConditions, 52, "rule_0053", null);
        if (input.Age < 35 && input.Debt >= 46000f && input.CreditScore >= 550 && !input.HasCollateral && loanToIncome < 1.8)
            return new(Decision.Reject, 53, "rule_0054", null);
        if (input.Age <= 22 && loanToIncome >= 4.25)
            return new(Decision.ApproveWithConditions, 54, "rule_0055", null);
        if (input.Age > 49 && input.Debt < 26750f && input.LoanAmount >= 353000f && input.LatePayments > 2)
            return new(Decision.Review, 55, "rule_0056", null);
        if (input.Debt < 17750f && input.Purpose == LoanPurpose.Business && debtRatio > 0.18)
            return new(Decision.ApproveWithConditions, 56, "rule_0057", null);
        if (input.Age >= 52 && input.Income < 122250f && input.Purpose == LoanPurpose.Business && loanToIncome >= 3.8)
            return new(Decision.Reject, 57, "rule_0058", null);
        if (input.Income >= 23250f && input.LoanAmount > 404500f && input.CreditScore > 651 && input.Employment == EmploymentType.Contractor)
            return new(Decision.Approve, 58, "rule_0059", null);
        if (input.Age >= 51 && input.Income >= 206500f && input.LatePayments > 1 && loanToIncome >= 0.9)
            return new(Decision.Review, 59, "rule_0060", null);
        if (input.Debt <= 7500f && input.HasCollateral && debtRatio < 0.03)
            return new(Decision.Reject, 60, "rule_0061", null);
        if (input.Age <= 47 && input.Income > 24500f && input.LoanAmount > 178750f && input.CreditScore >= 397 && input.LatePayments > 3 && input.Purpose == LoanPurpose.Car)
            return new(Decision.Approve, 61, "rule_0062", null);
        if (input.Age <= 78 && input.Income < 106500f && input.LoanAmount < 411250f && input.CreditScore >= 423 && input.LatePayments < 2 && loanToIncome < 1.2)
            return new(Decision.Approve, 62, "rule_0063", null);
        if (input.LoanAmount <= 130000f && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && input.Purpose == LoanPurpose.Home && debtRatio <= 0.34)
            return new(Decision.Reject, 63, "rule_0064", null);
        if (input.Age >= 42 && input.Income <= 123750f && input.LatePayments > 3 && input.Purpose == LoanPurpose.Car)
            return new(Decision.Review, 64, "rule_0065", null);
        if (input.Income >= 138000f && input.CreditScore >= 638 && input.Employment == EmploymentType.Salaried && debtRatio < 0.35 && loanToIncome > 1.8)
            return new(Decision.Approve, 65, "rule_0066", null);
        if (input.Age < 42 && input.Income <= 94500f && input.CreditScore <= 474 && loanToIncome > 2.95)
            return new(Decision.Reject, 66, "rule_0067", null);
        if (input.Age >= 64 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Car)
            return new(Decision.ApproveWithConditions, 67, "rule_0068", null);
        if (input.Age >= 54 && input.Income <= 104000f && input.CreditScore < 545 && input.LatePayments < 1)
            return new(Decision.Review, 68, "rule_0069", null);
        if (input.LoanAmount >= 297500f && input.Employment == EmploymentType.Contractor && debtRatio >= 0.44)
            return new(Decision.Reject, 69, "rule_0070", null);
        if (input.Income < 117500f && input.Debt >= 46250f && input.LoanAmount > 296250f)
            return new(Decision.ApproveWithConditions, 70, "rule_0071", null);
        if (input.Income < 167000f && input.LoanAmount < 67000f && input.CreditScore > 638)
            return new(Decision.Approve, 71, "rule_0072", null);
        if (input.Income > 164750f && input.LoanAmount <= 59250f && input.CreditScore > 521)
            return new(Decision.Review, 72, "rule_0073", null);
        if (input.Age > 32 && input.Income < 100000f && input.CreditScore <= 718 && input.Purpose == LoanPurpose.Business)
            return new(Decision.Approve, 73, "rule_0074", null);
        if (input.CreditScore < 317 && debtRatio <= 0.8)
            return new(Decision.Approve, 74, "rule_0075", null);
        if (input.Age >= 55 && input.Debt >= 70000f && input.Purpose == LoanPurpose.Personal && debtRatio > 0.51)
            return new(Decision.Reject, 75, "rule_0076", null);
        if (input.Income < 82750f && input.Debt >= 29500f && loanToIncome > 4.05)
            return new(Decision.ApproveWithConditions, 76, "rule_0077", null);
        if (input.Age >= 65 && input.CreditScore < 701 && input.Purpose == LoanPurpose.Car && loanToIncome > 0.65)
            return new(Decision.Approve, 77, "rule_0078", null);
        if (input.Age > 43 && input.CreditScore < 381 && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 78, "rule_0079", null);
        if (input.CreditScore >= 691 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Contractor) && input.Purpose == LoanPurpose.Home && loanToIncome > 1.65)
            return new(Decision.ApproveWithConditions, 79, "rule_0080", null);
        if (input.Income <= 151250f && input.LoanAmount >= 188750f && input.HasCollateral && debtRatio > 0.59)
            return new(Decision.Review, 80, "rule_0081", null);
        if (input.Debt >= 50500f && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Business) && debtRatio <= 0.32)
            return new(Decision.Review, 81, "rule_0082", null);
        if (input.Income < 110500f && input.CreditScore < 592 && debtRatio >= 0.52)
            return new(Decision.Reject, 82, "rule_0083", null);
        if ((input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.HasCollateral && debtRatio < 0.25 && loanToIncome < 1.35)
            return new(Decision.Reject, 83, "rule_0084", null);
        if (input.LoanAmount < 145500f && input.CreditScore < 614 && input.Purpose == LoanPurpose.Education)
            return new(Decision.ApproveWithConditions, 84, "rule_0085", null);
        if (input.Age > 66 && input.Debt > 64250f && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 85, "rule_0086", null);
        if (input.Income > 185750f && input.Debt < 41750f && input.CreditScore >= 584)
            return new(Decision.Approve, 86, "rule_0087", null);
        if (input.Age > 29 && debtRatio < 0.05)
            return new(Decision.Approve, 87, "rule_0088", null);
        if (input.Income > 71500f && input.LatePayments >= 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.Review, 88, "rule_0089", null);
        if (input.CreditScore < 431 && debtRatio <= 0.33 && loanToIncome <= 1.5)
            return new(Decision.ApproveWithConditions, 89, "rule_0090", null);
        if (input.Income >= 96250f && input.CreditScore <= 594 && debtRatio < 0.31 && loanToIncome > 2.5)
            return new(Decision.ApproveWithConditions, 90, "rule_0091", null);
        if (input.LoanAmount > 143250f && input.Employment == EmploymentType.Contractor && loanToIncome < 1.35)
            return new(Decision.Reject, 91, "rule_0092", null);
        if (input.CreditScore <= 546 && input.Employment == EmploymentType.Contractor && input.HasCollateral)
            return new(Decision.Review, 92, "rule_0093", null);
        if (input.Debt >= 8500f && input.CreditScore > 512 && debtRatio <= 0.13)
            return new(Decision.Reject, 93, "rule_0094", null);
        if (input.Age <= 52 && input.Income >= 140250f && input.LatePayments > 0 && debtRatio <= 0.28)
            return new(Decision.Approve, 94, "rule_0095", null);
        if (input.Income < 113250f && input.Debt > 44750f)
            return new(Decision.Review, 95, "rule_0096", null);
        if (input.Income >= 17250f && input.Debt < 6250f)
            return new(Decision.Reject, 96, "rule_0097", null);
        if (input.LatePayments < 1 && input.Employment == EmploymentType.Contractor)
            return new(Decision.Reject, 97, "rule_0098", null);
        if (input.Age < 45 && input.LoanAmount <= 68750f)
            return new(Decision.Review, 98, "rule_0099", null);
        if (input.Debt > 93250f && input.LoanAmount > 261250f && input.HasCollateral)
            return new(Decision.Approve, 99, "rule_0100", null);
        return new(Decision.Review, RuleDecision<Decision>.OtherwiseIndex, "otherwise", "no rule matched");
    }
}
