// Written by benchmarks/RuleSetScript from seed 20252125. Do not edit; rerun the script.
using ModelDsl.Runtime.Rules;

namespace ModelDsl.Benchmarks.Rules;

/// <summary>Rule set Rules1000 as a person would write it in C#: the floor the generated code is measured against.</summary>
public static class HandWritten1000
{
    /// <summary>The first matching rule decides; the same decision (outcome, rule index and name) as the generated Evaluate.</summary>
    public static RuleDecision<Decision> Evaluate(in Applicant input)
    {
        var debtRatio = (double)input.Debt / input.Income;
        var loanToIncome = (double)input.LoanAmount / input.Income;
        if (input.LoanAmount <= 27750f && input.CreditScore >= 621 && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral && debtRatio < 0.35)
            return new(Decision.Review, 0, "rule_0001", null);
        if (input.Age > 59 && input.Income > 165000f && input.Debt < 46000f && input.LoanAmount < 131500f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home)
            return new(Decision.Reject, 1, "rule_0002", null);
        if (input.Age < 44 && input.Income < 126000f && input.LoanAmount < 212500f && input.CreditScore > 626 && input.LatePayments > 2 && !input.HasCollateral && debtRatio < 0.3 && loanToIncome <= 1.95)
            return new(Decision.Approve, 2, "rule_0003", null);
        if (input.Income <= 106250f && input.Debt > 30000f && input.LoanAmount > 325750f && input.CreditScore >= 633 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Business && loanToIncome <= 4.8)
            return new(Decision.Approve, 3, "rule_0004", null);
        if (input.Income > 145500f && input.LoanAmount >= 236500f && input.LatePayments < 1 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Education && input.HasCollateral)
            return new(Decision.Reject, 4, "rule_0005", null);
        if (input.Debt <= 9000f && input.LoanAmount > 341000f && input.CreditScore < 576 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Home)
            return new(Decision.Reject, 5, "rule_0006", null);
        if (input.Income <= 42000f && input.CreditScore < 629 && input.LatePayments > 3 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Approve, 6, "rule_0007", null);
        if (input.Age > 54 && input.Income >= 25250f && input.Debt <= 42000f && input.CreditScore < 563 && input.LatePayments <= 2 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio > 0.6)
            return new(Decision.Review, 7, "rule_0008", null);
        if (input.Age > 56 && input.LoanAmount > 222500f && input.Purpose == LoanPurpose.Business && debtRatio > 0.7 && loanToIncome > 6.0)
            return new(Decision.Approve, 8, "rule_0009", null);
        if (input.Age >= 62 && input.CreditScore >= 694 && input.LatePayments < 1 && (input.Purpose is LoanPurpose.Education or LoanPurpose.Personal) && debtRatio <= 0.19 && loanToIncome > 3.8)
            return new(Decision.Approve, 9, "rule_0010", null);
        if (input.Age < 29 && input.Debt < 69750f && input.CreditScore <= 372 && input.Purpose == LoanPurpose.Education && debtRatio > 0.48 && loanToIncome <= 6.5)
            return new(Decision.Approve, 10, "rule_0011", null);
        if (input.Age < 44 && input.Income >= 137750f && input.LoanAmount < 62250f && debtRatio > 0.77)
            return new(Decision.Approve, 11, "rule_0012", null);
        if (input.Debt > 32250f && input.LoanAmount < 155250f && input.CreditScore < 619 && input.LatePayments > 1 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Business && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 12, "rule_0013", null);
        if (input.Age > 61 && input.Income > 238000f && debtRatio >= 0.72)
            return new(Decision.Review, 13, "rule_0014", null);
        if (input.Income > 99250f && input.CreditScore > 750 && input.LatePayments >= 6 && input.Purpose == LoanPurpose.Home && loanToIncome > 1.0)
            return new(Decision.ApproveWithConditions, 14, "rule_0015", null);
        if (input.Debt < 27000f && input.LoanAmount < 154250f && input.LatePayments > 5 && !input.HasCollateral && debtRatio >= 0.54)
            return new(Decision.Approve, 15, "rule_0016", null);
        if (input.LoanAmount <= 105500f && input.CreditScore >= 677 && input.LatePayments < 5 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Personal && !input.HasCollateral)
            return new(Decision.Approve, 16, "rule_0017", null);
        if (input.Age >= 41 && input.Income < 170500f && input.Debt >= 38000f && input.CreditScore <= 337 && input.HasCollateral && debtRatio <= 0.49 && loanToIncome >= 0.85)
            return new(Decision.Approve, 17, "rule_0018", null);
        if (input.Age < 45 && input.Income < 103000f && input.LoanAmount < 94750f && input.Employment is not (EmploymentType.Salaried or EmploymentType.Retired) && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.Review, 18, "rule_0019", null);
        if (input.Age <= 25 && input.Debt >= 47750f && input.CreditScore > 639 && loanToIncome > 4.5)
            return new(Decision.Reject, 19, "rule_0020", null);
        if (input.Age > 67 && input.Income > 182000f && input.Debt < 95250f && input.LoanAmount > 311000f && input.LatePayments >= 3 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Education or LoanPurpose.Personal) && debtRatio > 0.16 && loanToIncome < 2.45)
            return new(Decision.Approve, 20, "rule_0021", null);
        if (input.LoanAmount <= 96750f && input.CreditScore > 739 && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral && debtRatio > 0.42 && loanToIncome > 0.35)
            return new(Decision.Approve, 21, "rule_0022", null);
        if (input.Income > 242500f && input.Employment == EmploymentType.SelfEmployed && (input.Purpose is LoanPurpose.Home or LoanPurpose.Personal) && input.HasCollateral)
            return new(Decision.Review, 22, "rule_0023", null);
        if (input.Age > 56 && input.Debt >= 87500f && input.LoanAmount < 99750f && input.CreditScore > 594 && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Reject, 23, "rule_0024", null);
        if (input.Age <= 64 && input.Income > 51250f && input.Debt <= 45500f && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.HasCollateral && debtRatio >= 0.63 && loanToIncome <= 6.55)
            return new(Decision.Review, 24, "rule_0025", null);
        if (input.Age < 34 && input.Income > 167000f && input.Debt >= 75750f && input.LatePayments < 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Car && loanToIncome < 1.85)
            return new(Decision.ApproveWithConditions, 25, "rule_0026", null);
        if (input.Income > 160500f && input.Debt > 42250f && input.LoanAmount < 185000f && input.LatePayments > 1 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Education && input.HasCollateral)
            return new(Decision.Reject, 26, "rule_0027", null);
        if (input.Age >= 52 && input.Income > 152500f && input.CreditScore <= 374 && input.Employment == EmploymentType.Retired && input.HasCollateral && loanToIncome >= 2.05)
            return new(Decision.Reject, 27, "rule_0028", null);
        if (input.Age <= 28 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Business && input.HasCollateral && loanToIncome <= 0.35)
            return new(Decision.ApproveWithConditions, 28, "rule_0029", null);
        if (input.Income < 106000f && input.Debt > 78250f && input.HasCollateral)
            return new(Decision.Approve, 29, "rule_0030", null);
        if (input.Age < 43 && input.Debt < 65750f && input.CreditScore >= 697 && input.LatePayments > 6 && input.Purpose == LoanPurpose.Home && debtRatio > 0.36 && loanToIncome < 11.9)
            return new(Decision.Approve, 30, "rule_0031", null);
        if (input.Age > 79 && input.Debt > 61000f && input.LatePayments > 3 && !input.HasCollateral)
            return new(Decision.Reject, 31, "rule_0032", null);
        if (input.Age < 52 && input.Income < 105750f && input.Debt < 18000f && input.LoanAmount >= 213250f && input.LatePayments <= 1 && input.Employment == EmploymentType.Contractor && !input.HasCollateral && debtRatio < 0.15)
            return new(Decision.Review, 32, "rule_0033", null);
        if (input.Income >= 249000f && input.CreditScore < 367 && (input.Employment is EmploymentType.Salaried or EmploymentType.Contractor))
            return new(Decision.Reject, 33, "rule_0034", null);
        if (input.Age >= 61 && input.Income < 56750f && input.Debt < 35250f && input.LoanAmount >= 395750f && input.LatePayments <= 1 && input.Purpose == LoanPurpose.Personal && loanToIncome < 10.35)
            return new(Decision.ApproveWithConditions, 34, "rule_0035", null);
        if (input.Age > 70 && input.Debt < 10250f && input.LoanAmount > 272250f && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && loanToIncome < 5.45)
            return new(Decision.Reject, 35, "rule_0036", null);
        if (input.Age >= 58 && input.Income >= 198000f && input.Debt > 64250f && input.LoanAmount < 453750f && input.CreditScore <= 515 && !input.HasCollateral && loanToIncome > 1.85)
            return new(Decision.Approve, 36, "rule_0037", null);
        if (input.Income <= 42000f && input.Debt > 16250f && input.LoanAmount >= 349750f && input.LatePayments <= 1 && input.Employment == EmploymentType.Salaried && !input.HasCollateral)
            return new(Decision.Review, 37, "rule_0038", null);
        if (input.Debt > 66500f && input.CreditScore <= 372 && input.LatePayments >= 3 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Retired) && !input.HasCollateral && loanToIncome <= 0.8)
            return new(Decision.Reject, 38, "rule_0039", null);
        if (input.Age <= 55 && input.Debt < 57000f && input.LoanAmount > 465000f && input.CreditScore > 616 && input.Purpose == LoanPurpose.Business && !input.HasCollateral)
            return new(Decision.Review, 39, "rule_0040", null);
        if (input.Age >= 60 && input.Income <= 48750f && input.Debt <= 21500f && input.LoanAmount < 238750f && input.CreditScore <= 414 && input.Employment == EmploymentType.Contractor)
            return new(Decision.ApproveWithConditions, 40, "rule_0041", null);
        if (input.Age <= 34 && input.Debt <= 31750f && input.LoanAmount < 79500f && input.LatePayments < 2 && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral)
            return new(Decision.Reject, 41, "rule_0042", null);
        if (input.Income > 128000f && input.LoanAmount >= 378750f && input.LatePayments <= 2 && input.Employment is not (EmploymentType.Unemployed or EmploymentType.Retired) && loanToIncome >= 3.6)
            return new(Decision.Reject, 42, "rule_0043", null);
        if (input.Income > 239750f && input.LoanAmount < 88750f && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && debtRatio >= 0.55)
            return new(Decision.Reject, 43, "rule_0044", null);
        if (input.Age > 45 && input.CreditScore > 667 && input.LatePayments > 2 && input.Employment == EmploymentType.Retired && !input.HasCollateral && debtRatio > 0.36 && loanToIncome >= 2.0)
            return new(Decision.Reject, 44, "rule_0045", null);
        if (input.LoanAmount > 300750f && input.CreditScore < 522 && input.Purpose is not (LoanPurpose.Car or LoanPurpose.Business) && debtRatio <= 0.07 && loanToIncome < 1.7)
            return new(Decision.Review, 45, "rule_0046", null);
        if (input.Income > 53750f && input.Debt <= 56000f && input.CreditScore < 382 && input.Employment == EmploymentType.Contractor && debtRatio >= 0.54 && loanToIncome >= 1.65)
            return new(Decision.Reject, 46, "rule_0047", null);
        if (input.Income >= 149000f && input.LatePayments >= 6 && input.Employment == EmploymentType.Unemployed && input.Purpose == LoanPurpose.Education)
            return new(Decision.Reject, 47, "rule_0048", null);
        if (input.Age < 52 && input.Income <= 123500f && input.LoanAmount > 136500f && input.CreditScore <= 603 && input.LatePayments < 2 && input.Employment == EmploymentType.SelfEmployed && debtRatio > 0.49 && loanToIncome <= 2.2)
            return new(Decision.ApproveWithConditions, 48, "rule_0049", null);
        if (input.Income > 176500f && input.Debt > 91250f && input.CreditScore >= 529 && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && debtRatio < 0.56)
            return new(Decision.ApproveWithConditions, 49, "rule_0050", null);
        if (input.Age >= 69 && input.Income < 195750f && input.Debt >= 9000f && input.LoanAmount >= 245000f && input.CreditScore > 618 && input.LatePayments > 2 && debtRatio < 0.2)
            return new(Decision.Review, 50, "rule_0051", null);
        if (input.Age >= 36 && input.Income <= 37750f && input.Debt <= 72000f && input.LoanAmount <= 52750f && input.CreditScore < 507 && debtRatio < 0.32 && loanToIncome > 1.1)
            return new(Decision.Approve, 51, "rule_0052", null);
        if (input.Age > 67 && input.Debt <= 42000f && input.LoanAmount >= 298250f && input.CreditScore < 588 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Personal && input.HasCollateral)
            return new(Decision.Reject, 52, "rule_0053", null);
        if (input.Income >= 210750f && input.CreditScore < 353 && input.Purpose == LoanPurpose.Car && debtRatio > 0.59)
            return new(Decision.Reject, 53, "rule_0054", null);
        if (input.Income >= 214000f && input.Debt >= 75000f && input.LoanAmount > 325250f && input.LatePayments < 1 && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Reject, 54, "rule_0055", null);
        if (input.Age < 35 && input.Income < 249250f && input.LoanAmount < 237750f && input.CreditScore > 575 && input.LatePayments > 4 && (input.Employment is EmploymentType.Unemployed or EmploymentType.Retired) && input.Purpose == LoanPurpose.Education && loanToIncome > 0.9)
            return new(Decision.ApproveWithConditions, 55, "rule_0056", null);
        if (input.Age < 22 && input.Debt <= 33000f && input.CreditScore <= 336 && debtRatio <= 0.15)
            return new(Decision.Reject, 56, "rule_0057", null);
        if (input.Age > 66 && input.Income > 162500f && input.LoanAmount <= 234250f && debtRatio > 0.61 && loanToIncome >= 1.1)
            return new(Decision.Approve, 57, "rule_0058", null);
        if (input.Income <= 125250f && input.Debt > 39750f && input.LoanAmount < 171250f && input.Purpose == LoanPurpose.Car && !input.HasCollateral && debtRatio <= 0.44)
            return new(Decision.Approve, 58, "rule_0059", null);
        if (input.Debt < 15500f && input.LoanAmount <= 271500f && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Unemployed) && debtRatio > 0.64)
            return new(Decision.Reject, 59, "rule_0060", null);
        if (input.Age < 39 && input.Income < 94250f && input.Debt > 26500f && input.LoanAmount < 170250f && input.LatePayments > 1 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Personal) && input.HasCollateral)
            return new(Decision.Review, 60, "rule_0061", null);
        if (input.Age >= 75 && input.Debt <= 26000f && input.LoanAmount <= 154500f && input.CreditScore >= 705 && input.LatePayments <= 2 && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 61, "rule_0062", null);
        if (input.Age > 47 && input.LoanAmount < 133000f && input.CreditScore < 494 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio > 0.39 && loanToIncome > 2.7)
            return new(Decision.Review, 62, "rule_0063", null);
        if (input.Income >= 132500f && input.LoanAmount < 331750f && input.CreditScore > 771 && input.LatePayments < 2 && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.Approve, 63, "rule_0064", null);
        if (input.Age > 58 && input.Income <= 86750f && input.LoanAmount >= 34500f && input.CreditScore < 532 && input.LatePayments < 1 && debtRatio >= 0.61 && loanToIncome < 3.2)
            return new(Decision.ApproveWithConditions, 64, "rule_0065", null);
        if (input.Debt >= 63250f && input.LoanAmount <= 67250f && input.LatePayments < 2 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Retired) && input.Purpose == LoanPurpose.Business && loanToIncome > 0.2)
            return new(Decision.Reject, 65, "rule_0066", null);
        if (input.Age > 78 && input.Debt > 54250f && input.CreditScore < 566 && input.LatePayments < 2 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business))
            return new(Decision.Reject, 66, "rule_0067", null);
        if (input.Age <= 22 && input.LoanAmount > 378250f && input.LatePayments < 1 && (input.Purpose is LoanPurpose.Car or LoanPurpose.Personal) && loanToIncome >= 4.6)
            return new(Decision.ApproveWithConditions, 67, "rule_0068", null);
        if (input.Age >= 58 && input.LoanAmount <= 257750f && input.CreditScore <= 594 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Home && !input.HasCollateral && loanToIncome > 0.75)
            return new(Decision.Reject, 68, "rule_0069", null);
        if (input.Income > 134250f && input.CreditScore < 404 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && input.HasCollateral && loanToIncome > 2.4)
            return new(Decision.Reject, 69, "rule_0070", null);
        if (input.LoanAmount <= 260750f && input.CreditScore >= 504 && input.LatePayments > 7 && input.Employment == EmploymentType.Retired && input.HasCollateral && debtRatio > 0.47)
            return new(Decision.ApproveWithConditions, 70, "rule_0071", null);
        if (input.Income < 207500f && input.Debt > 121250f && input.LoanAmount <= 211000f && input.CreditScore <= 648 && input.LatePayments > 1 && debtRatio < 0.7)
            return new(Decision.Approve, 71, "rule_0072", null);
        if (input.Debt > 15500f && input.LoanAmount < 353250f && input.LatePayments > 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && input.HasCollateral && debtRatio <= 0.53 && loanToIncome >= 2.2)
            return new(Decision.ApproveWithConditions, 72, "rule_0073", null);
        if (input.Age < 46 && input.Debt > 46000f && input.LoanAmount < 315750f && input.CreditScore < 626 && input.LatePayments >= 2 && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio <= 0.34 && loanToIncome > 0.0)
            return new(Decision.Review, 73, "rule_0074", null);
        if (input.Income < 132750f && input.Debt > 38000f && input.CreditScore >= 568 && input.LatePayments > 2 && input.Purpose == LoanPurpose.Car && debtRatio <= 0.36)
            return new(Decision.ApproveWithConditions, 74, "rule_0075", null);
        if (input.Age > 52 && input.Income > 175250f && input.LoanAmount >= 204500f && input.CreditScore >= 723 && input.LatePayments < 1 && input.HasCollateral && debtRatio > 0.35 && loanToIncome <= 1.4)
            return new(Decision.Reject, 75, "rule_0076", null);
        if (input.Age > 54 && input.Debt > 37000f && input.LoanAmount > 316000f && input.CreditScore < 562 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 76, "rule_0077", null);
        if (input.Age >= 59 && input.Income >= 122750f && input.Debt < 41500f && input.LoanAmount > 368250f && input.HasCollateral && debtRatio < 0.1 && loanToIncome > 3.05)
            return new(Decision.Reject, 77, "rule_0078", null);
        if (input.Age <= 29 && input.Debt > 83000f && input.LoanAmount < 120250f && input.CreditScore < 400 && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Education))
            return new(Decision.Review, 78, "rule_0079", null);
        if (input.LoanAmount >= 371500f && input.CreditScore > 639 && input.LatePayments > 1 && input.Purpose == LoanPurpose.Personal && debtRatio > 0.7)
            return new(Decision.Approve, 79, "rule_0080", null);
        if (input.Age >= 62 && input.Debt > 33500f && input.LoanAmount < 120250f && input.CreditScore <= 537 && input.LatePayments > 0 && input.HasCollateral && debtRatio <= 0.35)
            return new(Decision.Reject, 80, "rule_0081", null);
        if (input.Debt > 59000f && input.LoanAmount < 11500f && input.LatePayments <= 1 && input.HasCollateral && debtRatio < 0.41 && loanToIncome <= 1.5)
            return new(Decision.Reject, 81, "rule_0082", null);
        if (input.Age >= 53 && input.Income >= 106000f && input.Debt <= 36750f && input.LoanAmount >= 209500f && input.CreditScore > 650 && input.LatePayments > 0 && input.Purpose == LoanPurpose.Home && !input.HasCollateral && loanToIncome > 2.15)
            return new(Decision.Review, 82, "rule_0083", null);
        if (input.Income > 91500f && input.LatePayments > 0 && input.Employment is not (EmploymentType.Salaried or EmploymentType.SelfEmployed) && debtRatio > 0.61 && loanToIncome > 3.8)
            return new(Decision.Review, 83, "rule_0084", null);
        if (input.Age < 64 && input.Income > 66250f && input.Debt > 22000f && input.LoanAmount < 481750f && input.LatePayments <= 2 && input.Purpose == LoanPurpose.Personal && input.HasCollateral && debtRatio < 0.34 && loanToIncome > 3.55)
            return new(Decision.ApproveWithConditions, 84, "rule_0085", null);
        if (input.Age <= 29 && input.LatePayments >= 3 && input.Purpose == LoanPurpose.Car && input.HasCollateral && debtRatio > 0.68)
            return new(Decision.Reject, 85, "rule_0086", null);
        if (input.Age <= 22 && input.LoanAmount >= 279250f && input.CreditScore < 405 && loanToIncome < 1.8)
            return new(Decision.Reject, 86, "rule_0087", null);
        if (input.Debt > 51750f && input.CreditScore < 562 && input.LatePayments > 0 && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && !input.HasCollateral && loanToIncome >= 3.8)
            return new(Decision.Reject, 87, "rule_0088", null);
        if (input.Age < 38 && input.Income >= 74250f && input.Debt <= 27000f && input.LatePayments >= 4 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Retired) && loanToIncome >= 2.5)
            return new(Decision.Approve, 88, "rule_0089", null);
        if (input.Income > 129750f && input.LoanAmount > 368750f && input.CreditScore < 542 && input.LatePayments >= 1 && input.Employment != EmploymentType.Unemployed && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio >= 0.47)
            return new(Decision.ApproveWithConditions, 89, "rule_0090", null);
        if (input.Income >= 200250f && input.Debt > 11000f && input.CreditScore > 645 && input.LatePayments <= 3 && input.Employment is not (EmploymentType.Salaried or EmploymentType.SelfEmployed) && !input.HasCollateral && debtRatio <= 0.29 && loanToIncome >= 1.5)
            return new(Decision.Reject, 90, "rule_0091", null);
        if (input.Age > 49 && input.Debt > 47750f && input.LoanAmount > 387000f && input.CreditScore <= 363 && input.LatePayments <= 1 && input.Purpose == LoanPurpose.Car)
            return new(Decision.ApproveWithConditions, 91, "rule_0092", null);
        if (input.Age < 21 && input.Income > 176750f && input.Debt >= 35000f && input.LatePayments > 7 && debtRatio <= 0.55)
            return new(Decision.Approve, 92, "rule_0093", null);
        if (input.Income <= 74500f && input.Debt >= 47250f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried)
            return new(Decision.Review, 93, "rule_0094", null);
        if (input.Age < 61 && input.Debt >= 25000f && input.LatePayments < 1 && input.HasCollateral && debtRatio > 0.76 && loanToIncome > 3.45)
            return new(Decision.Reject, 94, "rule_0095", null);
        if (input.Age < 39 && input.Income < 157500f && input.Debt > 63500f && input.LoanAmount >= 378750f && input.CreditScore > 753 && debtRatio < 0.64)
            return new(Decision.Approve, 95, "rule_0096", null);
        if (input.Age >= 60 && input.Income >= 129750f && input.LoanAmount > 391500f && input.CreditScore < 545 && input.Purpose == LoanPurpose.Car && debtRatio > 0.64)
            return new(Decision.ApproveWithConditions, 96, "rule_0097", null);
        if (input.Age <= 51 && input.CreditScore < 412 && input.LatePayments > 2 && !input.HasCollateral && debtRatio >= 0.2 && loanToIncome > 7.5)
            return new(Decision.Review, 97, "rule_0098", null);
        if (input.Age > 56 && input.Income >= 181750f && input.Debt > 68000f && input.LoanAmount >= 329250f && input.CreditScore < 544 && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && loanToIncome <= 1.95)
            return new(Decision.ApproveWithConditions, 98, "rule_0099", null);
        if (input.Age < 44 && input.Income <= 22000f && input.LoanAmount <= 209500f && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && debtRatio < 0.39)
            return new(Decision.Approve, 99, "rule_0100", null);
        if (input.Debt > 41500f && input.LoanAmount <= 288000f && input.CreditScore < 531 && input.Employment == EmploymentType.Contractor && !input.HasCollateral && loanToIncome >= 2.15)
            return new(Decision.ApproveWithConditions, 100, "rule_0101", null);
        if (input.Age > 67 && input.Debt >= 6250f && input.LatePayments > 8 && !input.HasCollateral && debtRatio < 0.18)
            return new(Decision.ApproveWithConditions, 101, "rule_0102", null);
        if (input.Age <= 47 && input.LoanAmount < 286000f && input.CreditScore > 567 && input.LatePayments <= 2 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio > 0.45 && loanToIncome >= 2.35)
            return new(Decision.Review, 102, "rule_0103", null);
        if (input.LoanAmount >= 85250f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && debtRatio >= 0.62 && loanToIncome <= 0.6)
            return new(Decision.Review, 103, "rule_0104", null);
        if (input.Income < 101000f && input.Debt > 39000f && input.CreditScore >= 837 && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 104, "rule_0105", null);
        if (input.Age > 57 && input.Income >= 133250f && input.Debt >= 50750f && input.CreditScore <= 613 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Home or LoanPurpose.Personal) && !input.HasCollateral && debtRatio < 0.41 && loanToIncome > 1.0)
            return new(Decision.Review, 105, "rule_0106", null);
        if (input.LoanAmount > 58250f && input.Employment == EmploymentType.Retired && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Business) && !input.HasCollateral && debtRatio >= 0.47 && loanToIncome < 0.55)
            return new(Decision.Review, 106, "rule_0107", null);
        if (input.Income < 134250f && input.Debt > 10500f && input.LoanAmount < 212250f && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && input.HasCollateral && debtRatio <= 0.22 && loanToIncome < 2.05)
            return new(Decision.Approve, 107, "rule_0108", null);
        if (input.Debt > 81000f && input.CreditScore < 507 && input.LatePayments <= 1 && input.Purpose == LoanPurpose.Business && input.HasCollateral && debtRatio > 0.49 && loanToIncome < 1.15)
            return new(Decision.Review, 108, "rule_0109", null);
        if (input.Age < 44 && input.Debt >= 54500f && input.LoanAmount >= 238500f && input.Employment == EmploymentType.Unemployed && input.Purpose == LoanPurpose.Education)
            return new(Decision.Review, 109, "rule_0110", null);
        if (input.Age > 74 && input.Debt > 91500f && input.Employment == EmploymentType.Contractor && input.HasCollateral && loanToIncome >= 1.95)
            return new(Decision.Reject, 110, "rule_0111", null);
        if (input.Age > 56 && input.Income > 197250f && input.LoanAmount < 170500f && input.LatePayments > 3 && input.Purpose == LoanPurpose.Car && loanToIncome <= 0.85)
            return new(Decision.Reject, 111, "rule_0112", null);
        if (input.Age < 43 && input.Income > 144000f && input.Debt <= 89500f && debtRatio >= 0.36 && loanToIncome < 0.25)
            return new(Decision.Approve, 112, "rule_0113", null);
        if (input.Income >= 169000f && input.Debt >= 113500f && input.LoanAmount <= 251750f && input.CreditScore < 470 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && debtRatio >= 0.64)
            return new(Decision.Reject, 113, "rule_0114", null);
        if (input.Age > 74 && input.Debt <= 5000f && input.Employment == EmploymentType.Salaried && loanToIncome >= 6.25)
            return new(Decision.ApproveWithConditions, 114, "rule_0115", null);
        if (input.Age > 50 && input.CreditScore > 799 && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio >= 0.41 && loanToIncome > 2.05)
            return new(Decision.ApproveWithConditions, 115, "rule_0116", null);
        if (input.Income <= 66750f && input.Debt <= 9500f && input.LoanAmount >= 268750f && input.CreditScore <= 426 && input.Purpose == LoanPurpose.Home && !input.HasCollateral)
            return new(Decision.Reject, 116, "rule_0117", null);
        if (input.Age >= 42 && input.LoanAmount <= 334750f && input.CreditScore <= 392 && input.Purpose == LoanPurpose.Home && debtRatio >= 0.7 && loanToIncome > 2.3)
            return new(Decision.Reject, 117, "rule_0118", null);
        if (input.Age > 52 && input.Income >= 123000f && input.CreditScore < 536 && input.LatePayments >= 6 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio > 0.45)
            return new(Decision.Reject, 118, "rule_0119", null);
        if (input.Age < 73 && input.Income > 133500f && input.Debt < 120250f && input.CreditScore >= 609 && input.HasCollateral && debtRatio > 0.66 && loanToIncome >= 2.2)
            return new(Decision.Reject, 119, "rule_0120", null);
        if (input.Age >= 64 && input.LoanAmount > 226000f && input.CreditScore >= 600 && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && debtRatio <= 0.35 && loanToIncome <= 2.15)
            return new(Decision.ApproveWithConditions, 120, "rule_0121", null);
        if (input.Debt >= 10500f && input.LoanAmount <= 410250f && debtRatio < 0.33 && loanToIncome > 7.85)
            return new(Decision.Reject, 121, "rule_0122", null);
        if (input.Age > 62 && input.Debt > 5250f && input.LoanAmount < 206750f && input.LatePayments > 2 && debtRatio <= 0.09 && loanToIncome > 1.15)
            return new(Decision.Approve, 122, "rule_0123", null);
        if (input.Income >= 182750f && input.Debt > 142250f && input.LatePayments < 1 && input.Employment == EmploymentType.Retired && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business))
            return new(Decision.Reject, 123, "rule_0124", null);
        if (input.LoanAmount > 362750f && input.CreditScore < 451 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Education && debtRatio >= 0.45)
            return new(Decision.Review, 124, "rule_0125", null);
        if (input.Income >= 123500f && input.Debt < 7250f && input.LoanAmount < 87000f && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && input.HasCollateral)
            return new(Decision.Review, 125, "rule_0126", null);
        if (input.Debt >= 32250f && input.LoanAmount >= 368500f && input.CreditScore <= 593 && input.LatePayments < 1 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Education)
            return new(Decision.Approve, 126, "rule_0127", null);
        if (input.Age > 58 && input.Income < 115000f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && input.HasCollateral && debtRatio > 0.7)
            return new(Decision.Approve, 127, "rule_0128", null);
        if (input.Age < 27 && input.Debt >= 72500f && input.LatePayments >= 4 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal)
            return new(Decision.Approve, 128, "rule_0129", null);
        if (input.Debt >= 66500f && input.Employment == EmploymentType.Unemployed && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && loanToIncome > 2.15)
            return new(Decision.ApproveWithConditions, 129, "rule_0130", null);
        if (input.Age < 31 && input.LoanAmount < 57250f && input.CreditScore < 586 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Retired) && !input.HasCollateral && loanToIncome < 0.95)
            return new(Decision.ApproveWithConditions, 130, "rule_0131", null);
        if (input.Income < 93000f && input.Debt >= 8500f && debtRatio < 0.11)
            return new(Decision.ApproveWithConditions, 131, "rule_0132", null);
        if (input.Income <= 90250f && input.LoanAmount < 234250f && input.CreditScore < 621 && input.LatePayments > 2 && input.Purpose == LoanPurpose.Car && debtRatio > 0.6)
            return new(Decision.Reject, 132, "rule_0133", null);
        if (input.Debt <= 6250f && input.LatePayments > 8 && input.Purpose == LoanPurpose.Car && loanToIncome > 4.7)
            return new(Decision.Approve, 133, "rule_0134", null);
        if (input.Age < 35 && input.Income > 75000f && input.LoanAmount < 276000f && input.CreditScore <= 492 && input.Employment == EmploymentType.Retired && debtRatio >= 0.34 && loanToIncome > 1.7)
            return new(Decision.Approve, 134, "rule_0135", null);
        if (input.Age > 68 && input.Income < 170750f && input.LoanAmount > 101000f && input.CreditScore >= 587 && input.LatePayments > 0 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && debtRatio <= 0.25 && loanToIncome <= 1.55)
            return new(Decision.ApproveWithConditions, 135, "rule_0136", null);
        if (input.Age > 70 && input.Income >= 153750f && input.LoanAmount < 289250f && input.CreditScore > 619 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose is not (LoanPurpose.Business or LoanPurpose.Personal))
            return new(Decision.ApproveWithConditions, 136, "rule_0137", null);
        if (input.Income < 83750f && input.LoanAmount >= 310000f && input.LatePayments < 2 && (input.Employment is EmploymentType.Unemployed or EmploymentType.Retired) && input.Purpose == LoanPurpose.Business && input.HasCollateral)
            return new(Decision.Reject, 137, "rule_0138", null);
        if (input.Age > 49 && input.Income > 189000f && input.LatePayments > 4 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && debtRatio > 0.62)
            return new(Decision.Review, 138, "rule_0139", null);
        if (input.Age < 53 && input.Debt >= 89000f && input.CreditScore >= 410 && input.Employment == EmploymentType.Unemployed && input.Purpose == LoanPurpose.Education)
            return new(Decision.Review, 139, "rule_0140", null);
        if (input.Income > 205000f && input.Debt >= 124000f && input.CreditScore > 743 && input.LatePayments < 2 && (input.Purpose is LoanPurpose.Business or LoanPurpose.Personal) && debtRatio > 0.67)
            return new(Decision.Approve, 140, "rule_0141", null);
        if (input.Income < 107000f && input.Employment == EmploymentType.SelfEmployed && (input.Purpose is LoanPurpose.Business or LoanPurpose.Personal) && !input.HasCollateral && debtRatio < 0.25 && loanToIncome <= 1.45)
            return new(Decision.Reject, 141, "rule_0142", null);
        if (input.Age < 37 && input.Employment == EmploymentType.Contractor && input.HasCollateral && debtRatio < 0.08 && loanToIncome >= 2.9)
            return new(Decision.ApproveWithConditions, 142, "rule_0143", null);
        if (input.Income > 126250f && input.LoanAmount > 213500f && input.CreditScore > 827 && input.LatePayments > 1 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Unemployed) && !input.HasCollateral)
            return new(Decision.Approve, 143, "rule_0144", null);
        if (input.Age < 51 && input.Income < 100250f && input.LoanAmount >= 458750f && input.CreditScore < 564 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.HasCollateral)
            return new(Decision.Approve, 144, "rule_0145", null);
        if (input.Income < 128250f && input.LoanAmount > 460000f && input.LatePayments > 1 && input.Employment == EmploymentType.Contractor && !input.HasCollateral)
            return new(Decision.Approve, 145, "rule_0146", null);
        if (input.Age >= 65 && input.Debt > 48750f && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business) && !input.HasCollateral && debtRatio >= 0.49 && loanToIncome >= 2.25)
            return new(Decision.ApproveWithConditions, 146, "rule_0147", null);
        if (input.Age > 47 && input.Income >= 194000f && input.Debt < 53000f && input.LoanAmount >= 209750f && input.LatePayments >= 1 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Retired) && debtRatio >= 0.16 && loanToIncome <= 1.65)
            return new(Decision.Approve, 147, "rule_0148", null);
        if (input.Debt > 4500f && (input.Employment is EmploymentType.Salaried or EmploymentType.SelfEmployed) && (input.Purpose is LoanPurpose.Car or LoanPurpose.Personal) && debtRatio <= 0.05 && loanToIncome > 2.55)
            return new(Decision.Reject, 148, "rule_0149", null);
        if (input.Age > 62 && input.Income >= 167750f && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio <= 0.08 && loanToIncome <= 2.15)
            return new(Decision.Approve, 149, "rule_0150", null);
        if (input.Age <= 27 && input.LoanAmount >= 382250f && input.LatePayments < 1 && input.Purpose == LoanPurpose.Home && !input.HasCollateral)
            return new(Decision.Approve, 150, "rule_0151", null);
        if (input.Income <= 16250f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && debtRatio <= 0.69)
            return new(Decision.Reject, 151, "rule_0152", null);
        if (input.Age > 40 && input.LoanAmount < 267750f && input.CreditScore >= 462 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio < 0.3 && loanToIncome >= 0.35)
            return new(Decision.Approve, 152, "rule_0153", null);
        if (input.LoanAmount < 179500f && input.CreditScore <= 320 && input.Purpose == LoanPurpose.Education && debtRatio <= 0.24)
            return new(Decision.Approve, 153, "rule_0154", null);
        if (input.Age >= 53 && input.LoanAmount <= 193750f && loanToIncome > 9.75)
            return new(Decision.Reject, 154, "rule_0155", null);
        if (input.Age > 66 && input.LoanAmount < 285000f && input.LatePayments < 1 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Business && loanToIncome >= 1.4)
            return new(Decision.Reject, 155, "rule_0156", null);
        if (input.Age > 66 && input.Debt < 11500f && input.LoanAmount <= 145500f && input.LatePayments >= 1 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Personal) && !input.HasCollateral && loanToIncome < 5.9)
            return new(Decision.Reject, 156, "rule_0157", null);
        if (input.Age > 71 && input.Income < 175500f && input.Employment == EmploymentType.Retired && input.HasCollateral && debtRatio < 0.08)
            return new(Decision.ApproveWithConditions, 157, "rule_0158", null);
        if (input.Age <= 57 && input.Debt > 101250f && input.LoanAmount < 116500f && input.CreditScore <= 610 && input.Employment == EmploymentType.Salaried && input.HasCollateral && loanToIncome > 0.25)
            return new(Decision.ApproveWithConditions, 158, "rule_0159", null);
        if (input.Income >= 122250f && input.LoanAmount <= 436000f && input.LatePayments >= 1 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Car && !input.HasCollateral && loanToIncome > 1.95)
            return new(Decision.Reject, 159, "rule_0160", null);
        if (input.Age <= 46 && input.Income >= 66750f && input.Debt <= 33000f && input.LoanAmount <= 384750f && input.CreditScore > 592 && input.LatePayments >= 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && !input.HasCollateral && loanToIncome > 2.8)
            return new(Decision.ApproveWithConditions, 160, "rule_0161", null);
        if (input.Age > 49 && input.LoanAmount <= 109500f && input.LatePayments > 3 && input.Employment == EmploymentType.Retired && !input.HasCollateral && debtRatio >= 0.57)
            return new(Decision.Reject, 161, "rule_0162", null);
        if (input.LoanAmount <= 215000f && input.CreditScore >= 478 && input.Purpose != LoanPurpose.Business && debtRatio >= 0.62 && loanToIncome >= 6.35)
            return new(Decision.Approve, 162, "rule_0163", null);
        if (input.LoanAmount > 480750f && input.LatePayments > 1 && input.Purpose == LoanPurpose.Business && debtRatio >= 0.35)
            return new(Decision.Approve, 163, "rule_0164", null);
        if (input.Income >= 144000f && input.Debt >= 88000f && input.LoanAmount > 353000f && input.Employment == EmploymentType.Contractor && debtRatio > 0.53 && loanToIncome >= 2.75)
            return new(Decision.Reject, 164, "rule_0165", null);
        if (input.Age > 67 && input.Income >= 143000f && input.LoanAmount >= 192000f && input.LatePayments > 3 && input.Employment == EmploymentType.Retired && input.HasCollateral && debtRatio <= 0.55)
            return new(Decision.ApproveWithConditions, 165, "rule_0166", null);
        if (input.Debt <= 16750f && input.LoanAmount <= 228000f && input.CreditScore <= 436 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && input.HasCollateral && debtRatio < 0.6)
            return new(Decision.Approve, 166, "rule_0167", null);
        if (input.Age > 72 && input.Income > 106000f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && debtRatio < 0.43)
            return new(Decision.ApproveWithConditions, 167, "rule_0168", null);
        if (input.Age >= 51 && input.Income < 46750f && input.LoanAmount >= 290250f && input.CreditScore >= 567 && input.Employment == EmploymentType.Unemployed)
            return new(Decision.Review, 168, "rule_0169", null);
        if (input.Age >= 50 && input.Debt > 87250f && input.CreditScore > 597 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && debtRatio < 0.67)
            return new(Decision.ApproveWithConditions, 169, "rule_0170", null);
        if (input.Age > 67 && input.Debt > 40250f && input.CreditScore > 695 && input.Employment == EmploymentType.Salaried && debtRatio <= 0.25)
            return new(Decision.Approve, 170, "rule_0171", null);
        if (input.Age >= 68 && input.Debt > 75750f && input.CreditScore <= 603 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Car && input.HasCollateral && loanToIncome < 5.5)
            return new(Decision.ApproveWithConditions, 171, "rule_0172", null);
        if (input.Income < 159750f && input.Debt > 39750f && input.LoanAmount >= 154000f && input.Employment == EmploymentType.Salaried && input.HasCollateral && loanToIncome <= 1.3)
            return new(Decision.Approve, 172, "rule_0173", null);
        if (input.Income < 129500f && input.LatePayments < 2 && input.Employment == EmploymentType.SelfEmployed && debtRatio <= 0.09 && loanToIncome <= 1.75)
            return new(Decision.ApproveWithConditions, 173, "rule_0174", null);
        if (input.Income < 80250f && input.LatePayments < 1 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio >= 0.55)
            return new(Decision.Reject, 174, "rule_0175", null);
        if (input.Age >= 59 && (input.Employment is EmploymentType.Unemployed or EmploymentType.Retired) && input.HasCollateral && debtRatio > 0.76)
            return new(Decision.Approve, 175, "rule_0176", null);
        if (input.Age < 35 && input.LoanAmount <= 176750f && input.LatePayments > 6 && input.Purpose == LoanPurpose.Home)
            return new(Decision.Reject, 176, "rule_0177", null);
        if (input.Age > 64 && input.Income <= 140500f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && loanToIncome <= 0.5)
            return new(Decision.Reject, 177, "rule_0178", null);
        if (input.Income > 186250f && input.Debt >= 30750f && input.LoanAmount > 430250f && input.LatePayments > 1 && input.Purpose != LoanPurpose.Education && input.HasCollateral && loanToIncome >= 2.25)
            return new(Decision.Review, 178, "rule_0179", null);
        if (input.Debt > 25000f && input.CreditScore <= 494 && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio <= 0.46 && loanToIncome >= 2.5)
            return new(Decision.Reject, 179, "rule_0180", null);
        if (input.Age > 54 && input.Income > 182750f && input.Debt >= 13750f && !input.HasCollateral && debtRatio <= 0.08)
            return new(Decision.Reject, 180, "rule_0181", null);
        if (input.Age >= 55 && input.Debt < 16750f && input.LoanAmount <= 252250f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && debtRatio < 0.11)
            return new(Decision.Approve, 181, "rule_0182", null);
        if (input.Income <= 116750f && input.Debt >= 65000f && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.Approve, 182, "rule_0183", null);
        if (input.Debt >= 32250f && input.LoanAmount < 304250f && input.CreditScore <= 525 && input.LatePayments <= 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && debtRatio < 0.3 && loanToIncome > 0.85)
            return new(Decision.Approve, 183, "rule_0184", null);
        if (input.Income > 202750f && input.CreditScore < 522 && input.Employment == EmploymentType.Unemployed && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && debtRatio < 0.17)
            return new(Decision.Approve, 184, "rule_0185", null);
        if (input.Income >= 124750f && input.LoanAmount >= 315500f && input.CreditScore >= 701 && input.LatePayments < 1 && input.Employment != EmploymentType.Retired && input.Purpose == LoanPurpose.Car && debtRatio < 0.28)
            return new(Decision.Review, 185, "rule_0186", null);
        if (input.Age > 58 && input.Debt >= 52500f && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Car && !input.HasCollateral && debtRatio >= 0.47)
            return new(Decision.Approve, 186, "rule_0187", null);
        if (input.Age < 53 && input.Debt > 65250f && input.LoanAmount <= 158250f && input.LatePayments < 2 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Personal && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 187, "rule_0188", null);
        if (input.Debt >= 18250f && input.LoanAmount < 41500f && input.LatePayments < 2 && !input.HasCollateral && debtRatio < 0.17 && loanToIncome >= 0.05)
            return new(Decision.ApproveWithConditions, 188, "rule_0189", null);
        if (input.Age > 76 && input.LoanAmount <= 138000f && input.Employment == EmploymentType.Retired && input.HasCollateral)
            return new(Decision.Approve, 189, "rule_0190", null);
        if (input.LoanAmount <= 80500f && input.CreditScore <= 429 && input.LatePayments < 2 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business) && !input.HasCollateral && debtRatio <= 0.39 && loanToIncome > 0.25)
            return new(Decision.ApproveWithConditions, 190, "rule_0191", null);
        if (input.Income >= 166750f && input.CreditScore <= 500 && input.LatePayments >= 4 && (input.Employment is EmploymentType.Salaried or EmploymentType.SelfEmployed) && (input.Purpose is LoanPurpose.Education or LoanPurpose.Personal) && !input.HasCollateral && loanToIncome > 1.85)
            return new(Decision.Review, 191, "rule_0192", null);
        if (input.Income < 49000f && input.CreditScore >= 820 && input.Purpose == LoanPurpose.Business)
            return new(Decision.Reject, 192, "rule_0193", null);
        if (input.Debt >= 51500f && input.LoanAmount >= 483250f && debtRatio < 0.3)
            return new(Decision.ApproveWithConditions, 193, "rule_0194", null);
        if (input.LoanAmount > 171750f && input.CreditScore < 489 && input.LatePayments > 4 && input.Employment == EmploymentType.Contractor && debtRatio < 0.14 && loanToIncome <= 11.15)
            return new(Decision.Approve, 194, "rule_0195", null);
        if (input.Income <= 145500f && input.Debt > 38750f && input.LoanAmount <= 294250f && input.LatePayments > 1 && input.Employment != EmploymentType.Salaried && !input.HasCollateral && debtRatio < 0.59 && loanToIncome > 2.1)
            return new(Decision.Review, 195, "rule_0196", null);
        if (input.Age >= 50 && input.Income <= 65000f && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Business && !input.HasCollateral && loanToIncome >= 6.8)
            return new(Decision.Approve, 196, "rule_0197", null);
        if (input.Age < 54 && input.Income > 233500f && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && debtRatio > 0.38 && loanToIncome >= 1.2)
            return new(Decision.Reject, 197, "rule_0198", null);
        if (input.Age > 66 && input.Debt <= 18500f && input.LoanAmount <= 92250f && (input.Employment is EmploymentType.Salaried or EmploymentType.Contractor) && loanToIncome >= 0.8)
            return new(Decision.Approve, 198, "rule_0199", null);
        if (input.Age <= 22 && input.CreditScore >= 708 && input.LatePayments > 1 && input.HasCollateral && loanToIncome < 1.1)
            return new(Decision.Reject, 199, "rule_0200", null);
        if (input.Income <= 182000f && input.Debt >= 78250f && input.LatePayments <= 1 && debtRatio < 0.47)
            return new(Decision.Approve, 200, "rule_0201", null);
        if (input.Income > 157750f && input.LoanAmount <= 199000f && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Car && input.HasCollateral && debtRatio <= 0.31)
            return new(Decision.Approve, 201, "rule_0202", null);
        if (input.Age > 54 && input.CreditScore >= 591 && input.LatePayments < 1 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 202, "rule_0203", null);
        if (input.Age < 42 && input.Income >= 164750f && input.Debt <= 77750f && input.CreditScore > 684 && input.LatePayments < 2 && debtRatio > 0.35)
            return new(Decision.ApproveWithConditions, 203, "rule_0204", null);
        if (input.Debt > 1750f && input.LoanAmount >= 377750f && input.LatePayments < 2 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && debtRatio < 0.12 && loanToIncome > 9.45)
            return new(Decision.Reject, 204, "rule_0205", null);
        if (input.Age > 45 && input.Income >= 154000f && input.LatePayments > 7 && !input.HasCollateral && loanToIncome >= 1.85)
            return new(Decision.Reject, 205, "rule_0206", null);
        if (input.Debt <= 10250f && input.LoanAmount <= 64000f && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral && debtRatio < 0.31)
            return new(Decision.Reject, 206, "rule_0207", null);
        if (input.Age < 34 && input.Debt >= 29750f && input.CreditScore < 502 && (input.Purpose is LoanPurpose.Car or LoanPurpose.Personal) && input.HasCollateral && loanToIncome > 3.4)
            return new(Decision.Approve, 207, "rule_0208", null);
        if (input.Age >= 62 && input.Income > 178500f && input.LoanAmount < 150250f && input.CreditScore <= 494 && (input.Employment is EmploymentType.Salaried or EmploymentType.Contractor) && !input.HasCollateral && debtRatio >= 0.4)
            return new(Decision.Reject, 208, "rule_0209", null);
        if (input.Age < 41 && input.Debt < 2750f && debtRatio > 0.04 && loanToIncome < 8.0)
            return new(Decision.Review, 209, "rule_0210", null);
        if (input.Age < 32 && input.Income >= 154000f && input.CreditScore < 427 && input.LatePayments < 1 && (input.Purpose is LoanPurpose.Car or LoanPurpose.Personal) && debtRatio > 0.27 && loanToIncome < 2.1)
            return new(Decision.Reject, 210, "rule_0211", null);
        if (input.Income <= 97250f && input.Debt > 7000f && input.Employment == EmploymentType.Retired && debtRatio < 0.09)
            return new(Decision.Reject, 211, "rule_0212", null);
        if (input.Age >= 60 && input.Income < 130500f && input.Debt > 46250f && input.LatePayments > 1 && input.Purpose == LoanPurpose.Business && loanToIncome >= 3.5)
            return new(Decision.Reject, 212, "rule_0213", null);
        if (input.CreditScore > 846 && input.Purpose == LoanPurpose.Car)
            return new(Decision.ApproveWithConditions, 213, "rule_0214", null);
        if (input.Age <= 20 && input.CreditScore <= 560 && input.LatePayments > 0 && input.Employment == EmploymentType.Contractor && debtRatio <= 0.37)
            return new(Decision.Review, 214, "rule_0215", null);
        if (input.Income < 64500f && input.Debt >= 16000f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && !input.HasCollateral && debtRatio < 0.45)
            return new(Decision.Review, 215, "rule_0216", null);
        if (input.LatePayments < 2 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Car && input.HasCollateral && debtRatio > 0.22 && loanToIncome < 0.8)
            return new(Decision.Reject, 216, "rule_0217", null);
        if (input.Age >= 47 && input.Income <= 103250f && input.Debt >= 40750f && input.LoanAmount >= 385750f && input.Purpose == LoanPurpose.Education && !input.HasCollateral && loanToIncome > 4.8)
            return new(Decision.ApproveWithConditions, 217, "rule_0218", null);
        if (input.Income < 66000f && input.LoanAmount >= 154250f && input.CreditScore <= 777 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business && debtRatio > 0.31 && loanToIncome < 5.4)
            return new(Decision.Reject, 218, "rule_0219", null);
        if (input.Income <= 117250f && input.LoanAmount > 366500f && input.LatePayments > 1 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Education && input.HasCollateral)
            return new(Decision.Reject, 219, "rule_0220", null);
        if (input.Age <= 51 && input.CreditScore >= 597 && input.LatePayments < 1 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Unemployed) && input.HasCollateral && debtRatio > 0.62 && loanToIncome > 2.7)
            return new(Decision.Reject, 220, "rule_0221", null);
        if (input.Debt > 46750f && input.LoanAmount < 384500f && input.Employment == EmploymentType.SelfEmployed && loanToIncome > 4.0)
            return new(Decision.ApproveWithConditions, 221, "rule_0222", null);
        if (input.LoanAmount >= 437250f && input.CreditScore >= 673 && input.LatePayments < 1 && !input.HasCollateral && debtRatio <= 0.24 && loanToIncome >= 2.6)
            return new(Decision.Review, 222, "rule_0223", null);
        if (input.Debt < 13000f && input.LatePayments > 6 && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio <= 0.37 && loanToIncome >= 9.75)
            return new(Decision.Review, 223, "rule_0224", null);
        if (input.Age < 35 && input.LoanAmount >= 282500f && input.CreditScore < 523 && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.Review, 224, "rule_0225", null);
        if (input.Income <= 114000f && input.Debt >= 58250f && input.LoanAmount >= 391250f && input.LatePayments < 2 && !input.HasCollateral && debtRatio <= 0.61)
            return new(Decision.Review, 225, "rule_0226", null);
        if (input.Age < 46 && input.Income >= 217250f && input.Debt > 99500f && input.LoanAmount >= 266250f && input.CreditScore < 458 && loanToIncome <= 1.3)
            return new(Decision.Approve, 226, "rule_0227", null);
        if (input.Income >= 234000f && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Home && debtRatio > 0.49)
            return new(Decision.Review, 227, "rule_0228", null);
        if (input.Debt > 92250f && input.LoanAmount < 95250f && input.CreditScore <= 399 && debtRatio >= 0.69)
            return new(Decision.Approve, 228, "rule_0229", null);
        if (input.Income < 94000f && input.Debt > 51750f && input.LatePayments > 6 && !input.HasCollateral)
            return new(Decision.Reject, 229, "rule_0230", null);
        if (input.Income < 71500f && input.LoanAmount <= 154750f && input.CreditScore >= 661 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Unemployed) && !input.HasCollateral && debtRatio >= 0.4 && loanToIncome > 1.55)
            return new(Decision.Approve, 230, "rule_0231", null);
        if (input.Age < 38 && input.Income >= 186250f && input.CreditScore <= 540 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio > 0.26 && loanToIncome <= 1.6)
            return new(Decision.Approve, 231, "rule_0232", null);
        if (input.LoanAmount <= 105750f && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && !input.HasCollateral && loanToIncome >= 4.2)
            return new(Decision.ApproveWithConditions, 232, "rule_0233", null);
        if (input.Age >= 56 && input.Debt >= 20750f && input.LoanAmount >= 231500f && input.LatePayments < 1 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && debtRatio < 0.16)
            return new(Decision.Review, 233, "rule_0234", null);
        if (input.Income >= 143500f && input.LoanAmount > 357250f && input.CreditScore <= 450 && input.LatePayments > 2 && input.Employment == EmploymentType.SelfEmployed && debtRatio >= 0.32)
            return new(Decision.Approve, 234, "rule_0235", null);
        if (input.Age > 76 && input.Debt < 39500f && input.LoanAmount >= 233500f && input.Employment == EmploymentType.Contractor && !input.HasCollateral)
            return new(Decision.Approve, 235, "rule_0236", null);
        if (input.Age < 19 && input.Income < 172250f && input.LoanAmount <= 158750f && input.CreditScore > 648)
            return new(Decision.ApproveWithConditions, 236, "rule_0237", null);
        if (input.Age > 70 && input.Income < 96000f && input.Debt >= 46250f && debtRatio < 0.56)
            return new(Decision.Review, 237, "rule_0238", null);
        if (input.LoanAmount < 341750f && input.LatePayments < 3 && input.Employment == EmploymentType.Contractor && !input.HasCollateral && debtRatio > 0.53 && loanToIncome >= 4.7)
            return new(Decision.Approve, 238, "rule_0239", null);
        if (input.Income >= 195000f && input.Debt > 116000f && input.Purpose == LoanPurpose.Car && input.HasCollateral && debtRatio <= 0.63 && loanToIncome < 0.8)
            return new(Decision.Approve, 239, "rule_0240", null);
        if (input.Age <= 20 && input.Income >= 138000f && input.CreditScore >= 606 && input.Purpose == LoanPurpose.Personal && debtRatio <= 0.34)
            return new(Decision.Review, 240, "rule_0241", null);
        if (input.Age >= 62 && input.Income >= 218750f && input.LoanAmount <= 234750f && input.CreditScore >= 603 && input.LatePayments < 2 && debtRatio <= 0.19)
            return new(Decision.Review, 241, "rule_0242", null);
        if (input.LoanAmount < 42000f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && input.HasCollateral && debtRatio > 0.72)
            return new(Decision.ApproveWithConditions, 242, "rule_0243", null);
        if (input.Income <= 87250f && input.CreditScore < 463 && input.LatePayments > 2 && input.Purpose == LoanPurpose.Home && !input.HasCollateral)
            return new(Decision.Review, 243, "rule_0244", null);
        if (input.Age > 50 && input.Income < 51500f && input.LoanAmount >= 310750f && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && input.Purpose == LoanPurpose.Home && debtRatio >= 0.33)
            return new(Decision.ApproveWithConditions, 244, "rule_0245", null);
        if (input.Income <= 27250f && input.LatePayments > 0 && input.Employment == EmploymentType.Unemployed && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business) && input.HasCollateral)
            return new(Decision.Reject, 245, "rule_0246", null);
        if (input.Income >= 146750f && input.Debt >= 82500f && input.LoanAmount >= 229500f && input.CreditScore < 499 && input.LatePayments < 3 && input.Employment is not (EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Education && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 246, "rule_0247", null);
        if (input.Income <= 171500f && input.LoanAmount >= 202750f && input.CreditScore > 612 && input.LatePayments < 2 && input.Employment is not (EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Car && input.HasCollateral && debtRatio > 0.65)
            return new(Decision.Reject, 247, "rule_0248", null);
        if (input.Age > 58 && input.Income >= 192250f && input.HasCollateral && debtRatio >= 0.71 && loanToIncome >= 1.95)
            return new(Decision.ApproveWithConditions, 248, "rule_0249", null);
        if (input.Age < 65 && input.Debt <= 36000f && input.CreditScore <= 498 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && input.HasCollateral && debtRatio > 0.17)
            return new(Decision.ApproveWithConditions, 249, "rule_0250", null);
        if (input.Age >= 50 && input.Income > 190500f && input.CreditScore <= 489 && debtRatio >= 0.74)
            return new(Decision.Approve, 250, "rule_0251", null);
        if (input.Age >= 61 && input.Income <= 115750f && input.CreditScore <= 373 && input.LatePayments > 8 && loanToIncome <= 5.3)
            return new(Decision.Approve, 251, "rule_0252", null);
        if (input.Age > 54 && input.LoanAmount <= 86750f && input.CreditScore <= 580 && input.Purpose == LoanPurpose.Personal && input.HasCollateral && debtRatio >= 0.45 && loanToIncome < 6.8)
            return new(Decision.ApproveWithConditions, 252, "rule_0253", null);
        if (input.Income >= 220750f && input.LoanAmount <= 199000f && input.Employment == EmploymentType.Contractor && input.HasCollateral && debtRatio <= 0.34 && loanToIncome < 0.8)
            return new(Decision.Reject, 253, "rule_0254", null);
        if (input.Age >= 61 && input.Income > 166250f && input.LoanAmount < 61750f && input.HasCollateral && debtRatio > 0.43 && loanToIncome >= 0.25)
            return new(Decision.ApproveWithConditions, 254, "rule_0255", null);
        if (input.Age <= 46 && input.LoanAmount > 352000f && input.LatePayments > 1 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Car && debtRatio >= 0.36)
            return new(Decision.Approve, 255, "rule_0256", null);
        if (input.LatePayments > 8 && input.Employment == EmploymentType.Unemployed && input.HasCollateral && loanToIncome < 1.95)
            return new(Decision.Approve, 256, "rule_0257", null);
        if (input.Income <= 108750f && input.Debt > 9500f && input.CreditScore > 663 && input.Employment == EmploymentType.Retired && debtRatio < 0.38 && loanToIncome < 1.35)
            return new(Decision.Approve, 257, "rule_0258", null);
        if (input.Age > 63 && input.Income < 167500f && input.Debt > 66500f && input.LoanAmount <= 338250f && input.LatePayments >= 3 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Unemployed) && input.Purpose != LoanPurpose.Car && loanToIncome >= 0.95)
            return new(Decision.Review, 258, "rule_0259", null);
        if (input.Age > 53 && input.Income < 120250f && input.LatePayments >= 3 && input.Employment == EmploymentType.Contractor && !input.HasCollateral && debtRatio < 0.17)
            return new(Decision.Reject, 259, "rule_0260", null);
        if (input.Income <= 157750f && input.LatePayments >= 3 && input.Employment == EmploymentType.Salaried && loanToIncome <= 0.05)
            return new(Decision.Approve, 260, "rule_0261", null);
        if (input.Income < 129000f && input.LoanAmount > 350250f && input.HasCollateral && loanToIncome <= 3.0)
            return new(Decision.ApproveWithConditions, 261, "rule_0262", null);
        if (input.LoanAmount >= 195750f && input.CreditScore > 600 && input.LatePayments > 8 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && input.HasCollateral)
            return new(Decision.Review, 262, "rule_0263", null);
        if (input.Age >= 51 && input.LatePayments >= 4 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio > 0.47)
            return new(Decision.Reject, 263, "rule_0264", null);
        if (input.Income > 199250f && input.Debt <= 102750f && input.LatePayments < 2 && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && debtRatio >= 0.43 && loanToIncome >= 1.35)
            return new(Decision.Review, 264, "rule_0265", null);
        if (input.Income > 241750f && input.LoanAmount > 363500f && input.LatePayments > 1 && loanToIncome < 1.6)
            return new(Decision.Reject, 265, "rule_0266", null);
        if (input.Debt > 58500f && input.LatePayments > 1 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Unemployed) && (input.Purpose is LoanPurpose.Car or LoanPurpose.Personal) && input.HasCollateral && debtRatio < 0.34)
            return new(Decision.Reject, 266, "rule_0267", null);
        if (input.CreditScore < 541 && input.LatePayments > 1 && input.Purpose == LoanPurpose.Personal && debtRatio >= 0.46 && loanToIncome > 10.95)
            return new(Decision.Reject, 267, "rule_0268", null);
        if (input.Age < 27 && input.LoanAmount <= 33500f && input.LatePayments > 0 && !input.HasCollateral && debtRatio <= 0.25)
            return new(Decision.Reject, 268, "rule_0269", null);
        if (input.Age > 64 && input.Debt < 20750f && input.CreditScore <= 467 && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Personal) && !input.HasCollateral && debtRatio >= 0.31)
            return new(Decision.ApproveWithConditions, 269, "rule_0270", null);
        if (input.Age > 41 && input.Debt <= 26750f && input.LoanAmount >= 464250f && input.LatePayments >= 2 && !input.HasCollateral && debtRatio >= 0.15)
            return new(Decision.Approve, 270, "rule_0271", null);
        if (input.Age > 78 && input.Income < 238250f && input.Debt > 104500f && input.LatePayments > 1 && input.HasCollateral && debtRatio >= 0.41)
            return new(Decision.Review, 271, "rule_0272", null);
        if (input.Income > 176500f && input.Debt <= 72500f && input.LoanAmount <= 196000f && input.CreditScore > 725 && input.Employment == EmploymentType.Contractor && !input.HasCollateral && loanToIncome > 0.45)
            return new(Decision.Approve, 272, "rule_0273", null);
        if (input.Income > 201250f && input.Debt > 121500f && input.CreditScore >= 615 && input.LatePayments > 1 && (input.Purpose is LoanPurpose.Business or LoanPurpose.Personal) && input.HasCollateral && loanToIncome >= 1.15)
            return new(Decision.Approve, 273, "rule_0274", null);
        if (input.Age > 50 && input.Income < 101750f && input.Debt <= 112000f && input.LoanAmount < 200750f && input.CreditScore >= 780 && input.Employment == EmploymentType.Salaried && debtRatio >= 0.46)
            return new(Decision.Approve, 274, "rule_0275", null);
        if (input.Income > 62500f && input.Debt <= 46500f && input.LatePayments > 4 && input.Employment == EmploymentType.SelfEmployed && debtRatio <= 0.17 && loanToIncome >= 2.35)
            return new(Decision.Approve, 275, "rule_0276", null);
        if (input.Debt <= 42250f && input.LoanAmount < 215500f && input.CreditScore <= 392 && input.Purpose is not (LoanPurpose.Car or LoanPurpose.Personal) && !input.HasCollateral && debtRatio > 0.37 && loanToIncome > 2.2)
            return new(Decision.Approve, 276, "rule_0277", null);
        if (input.Income <= 71250f && input.Debt > 46000f && input.LoanAmount > 247250f && input.CreditScore > 565 && input.LatePayments < 2 && loanToIncome < 6.2)
            return new(Decision.ApproveWithConditions, 277, "rule_0278", null);
        if (input.Age < 43 && input.Income >= 83000f && input.LatePayments > 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && !input.HasCollateral && debtRatio > 0.42 && loanToIncome > 3.55)
            return new(Decision.ApproveWithConditions, 278, "rule_0279", null);
        if (input.Income > 157750f && input.LoanAmount <= 394000f && input.CreditScore > 740 && input.Employment == EmploymentType.Salaried && loanToIncome > 2.2)
            return new(Decision.Review, 279, "rule_0280", null);
        if (input.Age > 55 && input.Income <= 102750f && input.Debt <= 27500f && input.LoanAmount >= 376750f && input.CreditScore > 705 && debtRatio <= 0.13 && loanToIncome < 8.05)
            return new(Decision.Review, 280, "rule_0281", null);
        if (input.Age < 42 && input.Income > 52750f && input.LoanAmount < 430750f && input.LatePayments > 1 && loanToIncome >= 6.3)
            return new(Decision.ApproveWithConditions, 281, "rule_0282", null);
        if (input.Income >= 96250f && input.LoanAmount <= 173750f && input.Employment == EmploymentType.Unemployed && loanToIncome >= 1.05)
            return new(Decision.Reject, 282, "rule_0283", null);
        if (input.Age < 26 && input.Income > 159250f && input.LoanAmount >= 282500f && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && input.Purpose == LoanPurpose.Personal)
            return new(Decision.Approve, 283, "rule_0284", null);
        if (input.Age <= 26 && input.Income >= 234500f && input.Debt >= 90750f && input.HasCollateral)
            return new(Decision.Reject, 284, "rule_0285", null);
        if (input.LoanAmount >= 56500f && input.CreditScore < 676 && input.LatePayments >= 3 && !input.HasCollateral && debtRatio <= 0.21 && loanToIncome <= 0.45)
            return new(Decision.Reject, 285, "rule_0286", null);
        if (input.CreditScore < 481 && input.LatePayments > 4 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Personal && loanToIncome > 2.5)
            return new(Decision.Reject, 286, "rule_0287", null);
        if (input.Debt <= 7250f && input.LoanAmount > 41500f && (input.Purpose is LoanPurpose.Business or LoanPurpose.Personal) && loanToIncome < 0.6)
            return new(Decision.ApproveWithConditions, 287, "rule_0288", null);
        if (input.Debt < 30500f && input.CreditScore >= 838 && input.LatePayments < 1 && !input.HasCollateral && debtRatio <= 0.32)
            return new(Decision.Reject, 288, "rule_0289", null);
        if (input.Age < 56 && input.Income <= 93250f && input.Debt <= 36250f && input.LoanAmount < 326250f && input.LatePayments <= 2 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && debtRatio >= 0.69)
            return new(Decision.Approve, 289, "rule_0290", null);
        if (input.Age > 60 && input.LoanAmount > 419250f && input.LatePayments > 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && !input.HasCollateral && loanToIncome >= 1.85)
            return new(Decision.ApproveWithConditions, 290, "rule_0291", null);
        if (input.Debt >= 150000f && input.CreditScore <= 475 && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried)
            return new(Decision.Review, 291, "rule_0292", null);
        if (input.Age >= 45 && input.Debt < 13750f && input.CreditScore >= 770 && input.Employment == EmploymentType.Salaried && loanToIncome < 1.45)
            return new(Decision.Approve, 292, "rule_0293", null);
        if (input.Age < 40 && input.Debt <= 1000f && debtRatio > 0.04)
            return new(Decision.Reject, 293, "rule_0294", null);
        if (input.Age >= 76 && input.Purpose == LoanPurpose.Education && input.HasCollateral && debtRatio <= 0.12)
            return new(Decision.Review, 294, "rule_0295", null);
        if (input.Age > 58 && input.CreditScore < 337 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && !input.HasCollateral && debtRatio >= 0.2 && loanToIncome > 1.8)
            return new(Decision.Review, 295, "rule_0296", null);
        if (input.Age <= 41 && input.Income > 174750f && input.CreditScore <= 591 && input.LatePayments > 1 && input.Purpose == LoanPurpose.Home && input.HasCollateral && debtRatio >= 0.46)
            return new(Decision.ApproveWithConditions, 296, "rule_0297", null);
        if (input.Debt > 44000f && input.CreditScore >= 539 && input.LatePayments > 4 && input.Employment == EmploymentType.Retired && debtRatio < 0.41 && loanToIncome > 1.1)
            return new(Decision.ApproveWithConditions, 297, "rule_0298", null);
        if (input.Income > 136500f && input.Debt > 73500f && input.CreditScore >= 799 && input.LatePayments < 2 && !input.HasCollateral && loanToIncome >= 1.85)
            return new(Decision.Reject, 298, "rule_0299", null);
        if (input.Income >= 177250f && input.Debt >= 63250f && input.LoanAmount < 327000f && input.CreditScore >= 640 && input.LatePayments < 1 && debtRatio > 0.6 && loanToIncome > 1.2)
            return new(Decision.Approve, 299, "rule_0300", null);
        if (input.Age >= 71 && input.Income < 52750f && input.Debt < 40750f && input.LatePayments < 1 && input.Purpose == LoanPurpose.Education && loanToIncome >= 8.15)
            return new(Decision.Review, 300, "rule_0301", null);
        if (input.Age >= 70 && input.Debt >= 45750f && input.LoanAmount <= 180250f && input.LatePayments >= 2 && debtRatio < 0.33)
            return new(Decision.Review, 301, "rule_0302", null);
        if (input.Income <= 59250f && input.CreditScore <= 507 && input.LatePayments > 1 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Retired) && loanToIncome <= 1.7)
            return new(Decision.Approve, 302, "rule_0303", null);
        if (input.Debt > 107500f && input.LoanAmount < 272000f && input.LatePayments < 3 && (input.Purpose is LoanPurpose.Car or LoanPurpose.Education) && !input.HasCollateral && debtRatio <= 0.52)
            return new(Decision.Approve, 303, "rule_0304", null);
        if (input.Income < 129250f && input.Debt <= 25750f && input.LoanAmount >= 306250f && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && loanToIncome < 3.0)
            return new(Decision.Reject, 304, "rule_0305", null);
        if (input.Age >= 57 && input.Income > 194750f && input.LatePayments >= 5 && input.Employment == EmploymentType.Unemployed)
            return new(Decision.Review, 305, "rule_0306", null);
        if (input.LoanAmount < 107750f && input.CreditScore >= 659 && input.LatePayments > 3 && (input.Employment is EmploymentType.Salaried or EmploymentType.Contractor) && input.HasCollateral && loanToIncome > 0.65)
            return new(Decision.Approve, 306, "rule_0307", null);
        if (input.Age > 70 && input.Debt >= 97250f && input.CreditScore < 490 && loanToIncome < 0.75)
            return new(Decision.Reject, 307, "rule_0308", null);
        if (input.Income > 223250f && input.Debt >= 32250f && input.LoanAmount <= 228500f && input.Employment == EmploymentType.Unemployed && input.HasCollateral)
            return new(Decision.Approve, 308, "rule_0309", null);
        if (input.Debt >= 48000f && input.CreditScore < 399 && input.LatePayments > 0 && input.Purpose == LoanPurpose.Education && input.HasCollateral && debtRatio <= 0.42)
            return new(Decision.Approve, 309, "rule_0310", null);
        if (input.Age >= 78 && input.LoanAmount < 48750f && input.Purpose == LoanPurpose.Business && debtRatio < 0.1)
            return new(Decision.Review, 310, "rule_0311", null);
        if (input.Age <= 63 && input.Debt > 39000f && input.LoanAmount > 417250f && input.LatePayments > 0 && input.Employment == EmploymentType.Unemployed && !input.HasCollateral)
            return new(Decision.Review, 311, "rule_0312", null);
        if (input.Income > 229250f && input.LoanAmount < 121000f && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral)
            return new(Decision.Review, 312, "rule_0313", null);
        if (input.Income > 141750f && input.Debt <= 35750f && input.CreditScore > 584 && input.Employment == EmploymentType.SelfEmployed && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && !input.HasCollateral && debtRatio > 0.05)
            return new(Decision.Reject, 313, "rule_0314", null);
        if (input.CreditScore > 809 && input.LatePayments > 7 && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && debtRatio > 0.39)
            return new(Decision.Approve, 314, "rule_0315", null);
        if (input.Debt < 144000f && input.LatePayments > 1 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Business && debtRatio >= 0.54 && loanToIncome < 1.15)
            return new(Decision.Reject, 315, "rule_0316", null);
        if (input.Age <= 20 && input.Debt >= 30750f && input.CreditScore > 519 && input.LatePayments > 1 && debtRatio < 0.31)
            return new(Decision.ApproveWithConditions, 316, "rule_0317", null);
        if (input.Age >= 69 && input.Income > 137000f && input.Debt < 63000f && input.LoanAmount > 227000f && input.LatePayments > 0 && (input.Employment is EmploymentType.Salaried or EmploymentType.Contractor) && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.Reject, 317, "rule_0318", null);
        if (input.Income < 108500f && input.Debt < 85500f && input.LoanAmount > 148750f && input.Purpose == LoanPurpose.Education && loanToIncome < 1.8)
            return new(Decision.Reject, 318, "rule_0319", null);
        if (input.Age < 49 && input.Income > 122250f && input.Debt < 85750f && input.LoanAmount >= 325000f && input.LatePayments >= 3 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && !input.HasCollateral && debtRatio <= 0.43 && loanToIncome <= 3.0)
            return new(Decision.Approve, 319, "rule_0320", null);
        if (input.Income <= 86250f && input.Debt < 11750f && input.CreditScore > 601 && input.LatePayments < 2 && input.HasCollateral && debtRatio >= 0.11 && loanToIncome < 1.4)
            return new(Decision.Approve, 320, "rule_0321", null);
        if (input.CreditScore > 798 && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && debtRatio > 0.75)
            return new(Decision.ApproveWithConditions, 321, "rule_0322", null);
        if (input.Age > 63 && input.CreditScore <= 400 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Business && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 322, "rule_0323", null);
        if (input.Age >= 48 && input.LatePayments > 6 && input.Employment != EmploymentType.Salaried && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio > 0.44)
            return new(Decision.Reject, 323, "rule_0324", null);
        if (input.Debt > 39750f && input.CreditScore > 782 && input.LatePayments >= 5 && input.Employment == EmploymentType.Contractor && input.HasCollateral && debtRatio < 0.42)
            return new(Decision.Approve, 324, "rule_0325", null);
        if (input.Income > 139500f && input.LoanAmount <= 457000f && input.CreditScore <= 361 && input.Employment == EmploymentType.Retired && loanToIncome >= 2.2)
            return new(Decision.Approve, 325, "rule_0326", null);
        if (input.Debt < 8000f && input.LoanAmount > 277500f && input.LatePayments < 2 && input.Employment == EmploymentType.Retired && input.HasCollateral && loanToIncome < 2.7)
            return new(Decision.Reject, 326, "rule_0327", null);
        if (input.Debt >= 120000f && input.CreditScore <= 380 && input.Employment == EmploymentType.Salaried && input.HasCollateral)
            return new(Decision.Review, 327, "rule_0328", null);
        if (input.Income < 130250f && input.Debt > 63000f && input.CreditScore < 453 && input.LatePayments > 1 && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.Reject, 328, "rule_0329", null);
        if (input.Age > 52 && input.Debt >= 83000f && input.LatePayments > 0 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Home && loanToIncome <= 1.65)
            return new(Decision.Reject, 329, "rule_0330", null);
        if (input.Income <= 102750f && input.LoanAmount >= 454000f && input.CreditScore > 602 && input.Purpose == LoanPurpose.Home && input.HasCollateral)
            return new(Decision.Reject, 330, "rule_0331", null);
        if (input.Age >= 58 && input.LoanAmount >= 434500f && input.LatePayments <= 1 && input.Purpose == LoanPurpose.Car && loanToIncome < 3.45)
            return new(Decision.Approve, 331, "rule_0332", null);
        if (input.Age <= 54 && input.Income < 74000f && input.Debt > 33750f && input.CreditScore >= 629 && input.Employment == EmploymentType.Salaried && loanToIncome >= 3.2)
            return new(Decision.Approve, 332, "rule_0333", null);
        if (input.Age < 37 && input.Debt >= 3000f && input.LoanAmount >= 342250f && input.CreditScore > 520 && input.LatePayments > 0 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && debtRatio < 0.13)
            return new(Decision.ApproveWithConditions, 333, "rule_0334", null);
        if (input.Age > 52 && input.Income >= 139000f && input.Debt < 23000f && input.LatePayments < 1 && debtRatio >= 0.11 && loanToIncome > 1.6)
            return new(Decision.ApproveWithConditions, 334, "rule_0335", null);
        if (input.Income > 197000f && input.LoanAmount >= 436500f && input.LatePayments >= 3 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car)
            return new(Decision.Reject, 335, "rule_0336", null);
        if (input.Debt < 82500f && input.CreditScore >= 601 && input.LatePayments > 2 && input.Purpose == LoanPurpose.Personal && debtRatio < 0.06 && loanToIncome <= 3.25)
            return new(Decision.Reject, 336, "rule_0337", null);
        if (input.Income < 89250f && input.LoanAmount > 104000f && input.CreditScore >= 712 && debtRatio >= 0.39 && loanToIncome < 1.7)
            return new(Decision.Approve, 337, "rule_0338", null);
        if (input.Income > 30750f && input.LatePayments < 1 && input.Employment == EmploymentType.Contractor && loanToIncome >= 10.6)
            return new(Decision.ApproveWithConditions, 338, "rule_0339", null);
        if (input.Age >= 47 && input.LatePayments > 4 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Business && input.HasCollateral && debtRatio < 0.6)
            return new(Decision.Reject, 339, "rule_0340", null);
        if (input.Age > 73 && input.Income >= 154000f && input.LoanAmount <= 250500f && input.LatePayments > 1 && input.Purpose == LoanPurpose.Business)
            return new(Decision.Reject, 340, "rule_0341", null);
        if (input.Age > 68 && input.LoanAmount <= 7500f && debtRatio < 0.34)
            return new(Decision.Reject, 341, "rule_0342", null);
        if (input.Age < 47 && input.CreditScore > 831 && input.LatePayments > 4 && !input.HasCollateral && loanToIncome > 4.3)
            return new(Decision.Reject, 342, "rule_0343", null);
        if (input.Income >= 211000f && input.LoanAmount > 431750f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio <= 0.32)
            return new(Decision.ApproveWithConditions, 343, "rule_0344", null);
        if (input.Age < 44 && input.Debt > 66250f && input.LoanAmount <= 26250f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && debtRatio >= 0.5 && loanToIncome >= 0.0)
            return new(Decision.Review, 344, "rule_0345", null);
        if (input.Age <= 55 && input.LoanAmount <= 318500f && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio >= 0.59 && loanToIncome >= 2.95)
            return new(Decision.Approve, 345, "rule_0346", null);
        if (input.Age > 79 && input.Income <= 128250f && input.LatePayments > 1 && !input.HasCollateral)
            return new(Decision.Review, 346, "rule_0347", null);
        if (input.Age < 44 && input.Income <= 115000f && input.Debt >= 45500f && input.LatePayments > 6 && !input.HasCollateral && debtRatio > 0.46 && loanToIncome < 2.3)
            return new(Decision.Approve, 347, "rule_0348", null);
        if (input.Debt > 34000f && input.LoanAmount >= 433750f && input.CreditScore > 697 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio <= 0.56)
            return new(Decision.Reject, 348, "rule_0349", null);
        if (input.Age >= 55 && input.Income < 40000f && input.CreditScore < 673 && input.Employment == EmploymentType.Retired && debtRatio < 0.28 && loanToIncome <= 7.9)
            return new(Decision.Approve, 349, "rule_0350", null);
        if (input.Age < 49 && input.Debt >= 36250f && input.LoanAmount <= 280750f && input.LatePayments < 1 && !input.HasCollateral && loanToIncome >= 2.3)
            return new(Decision.Reject, 350, "rule_0351", null);
        if (input.Income > 202500f && input.LoanAmount > 358000f && input.CreditScore >= 745 && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && !input.HasCollateral && loanToIncome <= 2.2)
            return new(Decision.ApproveWithConditions, 351, "rule_0352", null);
        if (input.Income > 247250f && input.Debt > 100000f && input.LoanAmount > 219000f)
            return new(Decision.Reject, 352, "rule_0353", null);
        if (input.Income < 127000f && input.Debt >= 69750f && input.CreditScore > 641 && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && loanToIncome <= 1.85)
            return new(Decision.Review, 353, "rule_0354", null);
        if (input.Age > 52 && input.Debt < 36750f && input.LoanAmount <= 174500f && input.CreditScore <= 479 && input.Employment != EmploymentType.Unemployed && debtRatio >= 0.47 && loanToIncome > 2.1)
            return new(Decision.ApproveWithConditions, 354, "rule_0355", null);
        if (input.Age > 73 && input.Income >= 125250f && input.CreditScore > 747 && input.LatePayments > 0 && loanToIncome > 1.65)
            return new(Decision.Review, 355, "rule_0356", null);
        if (input.Age <= 59 && input.Debt > 119500f && input.CreditScore > 793 && input.LatePayments < 3 && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && !input.HasCollateral)
            return new(Decision.Reject, 356, "rule_0357", null);
        if (input.Age <= 32 && input.Debt < 51750f && input.LoanAmount >= 206250f && input.CreditScore < 571 && input.Employment == EmploymentType.Contractor && input.HasCollateral && debtRatio < 0.18)
            return new(Decision.Review, 357, "rule_0358", null);
        if (input.Age < 23 && input.Income <= 119250f && input.LoanAmount > 298000f && input.CreditScore < 447 && !input.HasCollateral && loanToIncome < 5.95)
            return new(Decision.Approve, 358, "rule_0359", null);
        if (input.Debt <= 49250f && input.LoanAmount > 273750f && input.CreditScore >= 553 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Business && debtRatio >= 0.4)
            return new(Decision.Approve, 359, "rule_0360", null);
        if (input.Age < 35 && input.Income <= 23000f && input.Debt < 2750f && input.LoanAmount > 333500f && input.LatePayments > 0)
            return new(Decision.Approve, 360, "rule_0361", null);
        if (input.Age < 29 && input.LoanAmount <= 450750f && input.CreditScore > 764 && input.LatePayments >= 1 && input.Employment == EmploymentType.Contractor && loanToIncome > 2.1)
            return new(Decision.Review, 361, "rule_0362", null);
        if (input.Age <= 25 && input.Debt <= 36500f && input.LoanAmount > 208000f && input.LatePayments < 1 && input.Purpose == LoanPurpose.Car)
            return new(Decision.Review, 362, "rule_0363", null);
        if (input.Income <= 35250f && input.Debt >= 6000f && input.CreditScore >= 678 && input.LatePayments < 2 && debtRatio < 0.3)
            return new(Decision.Reject, 363, "rule_0364", null);
        if (input.Income < 68750f && input.LoanAmount <= 264750f && input.CreditScore <= 467 && input.LatePayments > 1 && debtRatio > 0.66)
            return new(Decision.Approve, 364, "rule_0365", null);
        if (input.Age <= 39 && input.Income >= 227250f && input.Debt < 161500f && input.LoanAmount > 357500f && input.LatePayments <= 2 && input.HasCollateral && loanToIncome < 1.85)
            return new(Decision.Review, 365, "rule_0366", null);
        if (input.Debt <= 21250f && input.LatePayments < 1 && input.Employment == EmploymentType.Retired && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business) && !input.HasCollateral && debtRatio > 0.1)
            return new(Decision.ApproveWithConditions, 366, "rule_0367", null);
        if (input.Age > 45 && input.Debt >= 28500f && input.LoanAmount <= 158750f && input.CreditScore < 551 && input.LatePayments <= 1 && loanToIncome > 1.35)
            return new(Decision.Approve, 367, "rule_0368", null);
        if (input.Age > 56 && input.Income > 105000f && input.Debt > 24000f && input.LoanAmount > 308250f && input.CreditScore > 610 && input.LatePayments < 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.SelfEmployed) && input.HasCollateral && debtRatio < 0.51 && loanToIncome >= 2.7)
            return new(Decision.Reject, 368, "rule_0369", null);
        if (input.Income >= 187000f && input.CreditScore <= 603 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Business && debtRatio < 0.13)
            return new(Decision.Review, 369, "rule_0370", null);
        if (input.Age <= 35 && input.Debt > 52750f && input.CreditScore > 551 && input.Purpose == LoanPurpose.Home && input.HasCollateral && loanToIncome >= 2.35)
            return new(Decision.Approve, 370, "rule_0371", null);
        if (input.Income < 43750f && input.LoanAmount <= 16250f && input.CreditScore <= 646 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Unemployed))
            return new(Decision.Review, 371, "rule_0372", null);
        if (input.Income <= 177750f && input.LoanAmount > 201750f && input.LatePayments > 3 && loanToIncome < 1.4)
            return new(Decision.Review, 372, "rule_0373", null);
        if (input.Debt <= 56250f && input.CreditScore <= 585 && input.LatePayments > 0 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && loanToIncome < 1.35)
            return new(Decision.Approve, 373, "rule_0374", null);
        if (input.Age < 43 && input.Debt > 55750f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio <= 0.58 && loanToIncome > 1.95)
            return new(Decision.ApproveWithConditions, 374, "rule_0375", null);
        if (input.CreditScore <= 499 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Car && debtRatio > 0.61 && loanToIncome >= 3.45)
            return new(Decision.Reject, 375, "rule_0376", null);
        if (input.Income <= 88000f && input.Debt >= 19750f && input.Employment == EmploymentType.SelfEmployed && (input.Purpose is LoanPurpose.Car or LoanPurpose.Education) && loanToIncome < 0.8)
            return new(Decision.Approve, 376, "rule_0377", null);
        if (input.Age <= 31 && input.LoanAmount < 62750f && input.CreditScore >= 640 && input.LatePayments < 1 && input.HasCollateral && debtRatio <= 0.35)
            return new(Decision.Approve, 377, "rule_0378", null);
        if (input.Age >= 60 && input.Income >= 147500f && input.CreditScore > 517 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Home && input.HasCollateral)
            return new(Decision.Approve, 378, "rule_0379", null);
        if (input.Age > 62 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Education) && debtRatio >= 0.56 && loanToIncome <= 1.3)
            return new(Decision.Reject, 379, "rule_0380", null);
        if (input.Age >= 55 && input.Income <= 74750f && input.CreditScore <= 788 && input.LatePayments > 1 && input.Employment == EmploymentType.Unemployed && loanToIncome <= 4.95)
            return new(Decision.Approve, 380, "rule_0381", null);
        if (input.Debt <= 66000f && input.CreditScore <= 564 && input.Employment == EmploymentType.SelfEmployed && input.Purpose is not (LoanPurpose.Business or LoanPurpose.Personal) && debtRatio > 0.48 && loanToIncome < 2.3)
            return new(Decision.Reject, 381, "rule_0382", null);
        if (input.Age < 41 && input.LoanAmount >= 410750f && input.LatePayments > 4 && (input.Purpose is LoanPurpose.Car or LoanPurpose.Personal) && debtRatio > 0.54)
            return new(Decision.ApproveWithConditions, 382, "rule_0383", null);
        if (input.Income > 103750f && input.Debt <= 25500f && input.Purpose == LoanPurpose.Education && loanToIncome > 3.6)
            return new(Decision.ApproveWithConditions, 383, "rule_0384", null);
        if (input.Age >= 74 && input.Debt <= 27500f && input.CreditScore < 443 && input.LatePayments < 1 && !input.HasCollateral && loanToIncome >= 1.85)
            return new(Decision.Approve, 384, "rule_0385", null);
        if (input.Income > 173000f && input.Debt < 16500f && !input.HasCollateral && debtRatio >= 0.08)
            return new(Decision.Review, 385, "rule_0386", null);
        if (input.Income >= 189000f && input.LoanAmount < 263000f && input.CreditScore > 631 && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && debtRatio >= 0.41 && loanToIncome > 1.0)
            return new(Decision.Approve, 386, "rule_0387", null);
        if (input.Age <= 40 && input.Debt > 117250f && input.Employment is not (EmploymentType.Salaried or EmploymentType.Contractor) && input.Purpose == LoanPurpose.Business && loanToIncome > 1.0)
            return new(Decision.Reject, 387, "rule_0388", null);
        if (input.Age > 50 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Home && debtRatio > 0.55 && loanToIncome < 0.65)
            return new(Decision.Review, 388, "rule_0389", null);
        if (input.Debt >= 72750f && input.LatePayments < 2 && input.Employment is not (EmploymentType.Contractor or EmploymentType.Retired) && input.Purpose == LoanPurpose.Home && !input.HasCollateral && debtRatio < 0.51 && loanToIncome >= 1.3)
            return new(Decision.Reject, 389, "rule_0390", null);
        if (input.Age <= 31 && input.Debt > 36500f && input.LatePayments >= 4 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && !input.HasCollateral)
            return new(Decision.Approve, 390, "rule_0391", null);
        if (input.Income > 52750f && input.CreditScore < 429 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Car && loanToIncome >= 3.5)
            return new(Decision.Reject, 391, "rule_0392", null);
        if (input.Age < 33 && input.Income < 45750f && input.Debt < 85500f && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && input.HasCollateral)
            return new(Decision.Approve, 392, "rule_0393", null);
        if (input.Income < 61250f && input.Debt > 24750f && input.LoanAmount < 412750f && input.CreditScore < 398 && debtRatio > 0.64)
            return new(Decision.Reject, 393, "rule_0394", null);
        if (input.Debt <= 13000f && input.LoanAmount > 413500f && input.CreditScore >= 635 && input.Employment == EmploymentType.Salaried && loanToIncome < 4.5)
            return new(Decision.Approve, 394, "rule_0395", null);
        if (input.Age < 31 && input.Income <= 59750f && input.LoanAmount <= 102250f && input.Employment == EmploymentType.Contractor && !input.HasCollateral)
            return new(Decision.Approve, 395, "rule_0396", null);
        if (input.Income <= 120000f && input.LoanAmount < 261500f && input.CreditScore >= 641 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio < 0.48 && loanToIncome < 5.25)
            return new(Decision.Reject, 396, "rule_0397", null);
        if (input.Age >= 70 && input.Debt < 24500f && input.LoanAmount >= 362500f && input.Purpose == LoanPurpose.Education)
            return new(Decision.Reject, 397, "rule_0398", null);
        if (input.Age <= 34 && input.Income < 99250f && input.CreditScore >= 476 && input.Purpose == LoanPurpose.Car && debtRatio < 0.17 && loanToIncome <= 3.6)
            return new(Decision.Approve, 398, "rule_0399", null);
        if (input.Age <= 36 && input.Income < 245750f && input.Purpose == LoanPurpose.Education && debtRatio <= 0.19 && loanToIncome >= 8.6)
            return new(Decision.Reject, 399, "rule_0400", null);
        if (input.Age >= 69 && input.Debt >= 125750f && (input.Purpose is LoanPurpose.Education or LoanPurpose.Personal) && !input.HasCollateral && debtRatio > 0.69)
            return new(Decision.ApproveWithConditions, 400, "rule_0401", null);
        if (input.Age <= 23 && input.LoanAmount <= 197250f && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && debtRatio >= 0.6 && loanToIncome > 0.6)
            return new(Decision.Reject, 401, "rule_0402", null);
        if (input.Debt <= 58750f && input.LoanAmount >= 393000f && input.LatePayments < 1 && input.Employment is not (EmploymentType.Unemployed or EmploymentType.Retired) && input.Purpose == LoanPurpose.Personal && input.HasCollateral && loanToIncome < 3.5)
            return new(Decision.ApproveWithConditions, 402, "rule_0403", null);
        if (input.Age >= 60 && input.Income < 111000f && input.Debt >= 40250f && input.CreditScore >= 620 && input.LatePayments >= 3 && input.Purpose == LoanPurpose.Car)
            return new(Decision.Approve, 403, "rule_0404", null);
        if (input.Income > 228000f && input.CreditScore < 501 && input.Purpose == LoanPurpose.Personal && input.HasCollateral && loanToIncome < 0.95)
            return new(Decision.Approve, 404, "rule_0405", null);
        if (input.Income <= 70750f && input.LoanAmount > 401250f && input.LatePayments < 2 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Car) && loanToIncome <= 7.0)
            return new(Decision.Review, 405, "rule_0406", null);
        if (input.Income >= 58500f && input.CreditScore <= 525 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Retired) && debtRatio < 0.33 && loanToIncome >= 5.65)
            return new(Decision.Reject, 406, "rule_0407", null);
        if (input.Age > 52 && input.Income >= 100500f && input.Debt <= 14250f && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Home)
            return new(Decision.ApproveWithConditions, 407, "rule_0408", null);
        if (input.Income >= 84500f && input.LoanAmount >= 404750f && input.CreditScore > 558 && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business && !input.HasCollateral)
            return new(Decision.Reject, 408, "rule_0409", null);
        if (input.Income > 54250f && input.LoanAmount >= 454250f && input.CreditScore <= 547 && input.LatePayments > 1 && input.HasCollateral && loanToIncome >= 6.6)
            return new(Decision.Review, 409, "rule_0410", null);
        if (input.Age > 73 && input.Income < 107000f && input.LoanAmount > 341750f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && debtRatio <= 0.57 && loanToIncome <= 10.85)
            return new(Decision.Approve, 410, "rule_0411", null);
        if (input.Income <= 69750f && input.LoanAmount > 415500f && input.CreditScore < 487 && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Review, 411, "rule_0412", null);
        if (input.Age > 48 && input.LoanAmount <= 232500f && input.CreditScore < 510 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Personal && input.HasCollateral)
            return new(Decision.Review, 412, "rule_0413", null);
        if (input.Age <= 43 && input.CreditScore >= 731 && input.LatePayments <= 1 && input.Purpose == LoanPurpose.Education && input.HasCollateral && debtRatio > 0.33 && loanToIncome <= 1.25)
            return new(Decision.Review, 413, "rule_0414", null);
        if (input.Age >= 66 && input.LoanAmount >= 223250f && input.CreditScore >= 736 && debtRatio <= 0.08)
            return new(Decision.ApproveWithConditions, 414, "rule_0415", null);
        if (input.Income < 50500f && input.Debt >= 1250f && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && !input.HasCollateral && debtRatio < 0.35)
            return new(Decision.Reject, 415, "rule_0416", null);
        if (input.Age < 38 && input.Debt < 1250f && debtRatio < 0.23 && loanToIncome <= 1.3)
            return new(Decision.Reject, 416, "rule_0417", null);
        if (input.Age >= 57 && input.Debt < 21000f && input.CreditScore > 587 && input.Purpose == LoanPurpose.Home && !input.HasCollateral && debtRatio > 0.31)
            return new(Decision.Approve, 417, "rule_0418", null);
        if (input.Debt <= 35500f && input.LoanAmount >= 432750f && input.CreditScore > 709 && input.LatePayments >= 1 && input.Purpose == LoanPurpose.Personal && loanToIncome >= 6.65)
            return new(Decision.Reject, 418, "rule_0419", null);
        if (input.Age > 60 && input.Income <= 153000f && input.Debt > 106750f && input.HasCollateral)
            return new(Decision.Approve, 419, "rule_0420", null);
        if (input.Age < 45 && input.Income >= 107500f && input.LoanAmount > 470500f && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Home or LoanPurpose.Personal) && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 420, "rule_0421", null);
        if (input.Debt <= 28750f && input.CreditScore >= 769 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.Reject, 421, "rule_0422", null);
        if (input.Income >= 175750f && input.LoanAmount < 131250f && input.LatePayments < 2 && input.Employment == EmploymentType.Contractor && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && debtRatio > 0.58)
            return new(Decision.Reject, 422, "rule_0423", null);
        if (input.LatePayments > 1 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Car && input.HasCollateral && loanToIncome >= 8.1)
            return new(Decision.Reject, 423, "rule_0424", null);
        if (input.Age >= 49 && input.Income < 95250f && input.Debt > 50250f && input.LatePayments < 1 && input.Employment == EmploymentType.Retired)
            return new(Decision.Approve, 424, "rule_0425", null);
        if (input.LoanAmount <= 220000f && (input.Employment is EmploymentType.Salaried or EmploymentType.SelfEmployed) && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio < 0.47 && loanToIncome >= 3.0)
            return new(Decision.Reject, 425, "rule_0426", null);
        if (input.Age < 39 && input.Debt >= 98750f && input.LoanAmount >= 263750f && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio < 0.68 && loanToIncome >= 1.75)
            return new(Decision.Reject, 426, "rule_0427", null);
        if (input.Income < 104250f && input.Debt > 46000f && input.LoanAmount >= 386750f && input.CreditScore > 783 && input.LatePayments < 1)
            return new(Decision.Approve, 427, "rule_0428", null);
        if (input.Age < 33 && input.Income <= 130500f && input.HasCollateral && debtRatio > 0.78)
            return new(Decision.Reject, 428, "rule_0429", null);
        if (input.Age > 67 && input.CreditScore < 575 && input.LatePayments < 1 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 429, "rule_0430", null);
        if (input.Age > 54 && input.Debt < 90750f && input.CreditScore < 481 && input.LatePayments > 3 && input.Purpose == LoanPurpose.Personal && loanToIncome < 1.75)
            return new(Decision.Approve, 430, "rule_0431", null);
        if (input.Income < 150750f && input.CreditScore < 437 && (input.Employment is EmploymentType.Unemployed or EmploymentType.Retired) && input.Purpose is not (LoanPurpose.Car or LoanPurpose.Personal) && !input.HasCollateral && debtRatio >= 0.36 && loanToIncome <= 1.85)
            return new(Decision.Approve, 431, "rule_0432", null);
        if (input.Income <= 40500f && input.CreditScore >= 649 && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && debtRatio > 0.56)
            return new(Decision.Approve, 432, "rule_0433", null);
        if (input.Age <= 58 && input.Debt < 32500f && input.CreditScore > 604 && input.LatePayments > 4 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Reject, 433, "rule_0434", null);
        if (input.Income >= 234750f && input.Debt < 72750f && input.LoanAmount <= 207750f && input.LatePayments < 1 && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Personal))
            return new(Decision.Review, 434, "rule_0435", null);
        if (input.Age < 38 && input.Income < 61750f && input.LatePayments > 2 && debtRatio >= 0.73)
            return new(Decision.Approve, 435, "rule_0436", null);
        if (input.Age > 49 && input.Debt < 66750f && input.CreditScore < 608 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Personal) && debtRatio >= 0.43 && loanToIncome <= 0.75)
            return new(Decision.Approve, 436, "rule_0437", null);
        if (input.Age <= 36 && input.Debt >= 28500f && input.CreditScore <= 559 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Business && loanToIncome >= 2.2)
            return new(Decision.Reject, 437, "rule_0438", null);
        if (input.Age <= 42 && input.Debt <= 118500f && input.CreditScore > 694 && input.Purpose == LoanPurpose.Home && input.HasCollateral && debtRatio > 0.57)
            return new(Decision.ApproveWithConditions, 438, "rule_0439", null);
        if (input.CreditScore > 659 && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio < 0.26)
            return new(Decision.Approve, 439, "rule_0440", null);
        if (input.Age >= 55 && input.LoanAmount <= 198000f && input.CreditScore < 437 && input.LatePayments > 1 && (input.Employment is EmploymentType.Unemployed or EmploymentType.Retired) && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 440, "rule_0441", null);
        if (input.Income > 30000f && input.Debt < 32750f && input.LoanAmount <= 325750f && input.CreditScore < 325 && input.Purpose != LoanPurpose.Car && loanToIncome > 3.85)
            return new(Decision.ApproveWithConditions, 441, "rule_0442", null);
        if (input.Income <= 154000f && input.Debt > 104250f && loanToIncome <= 1.05)
            return new(Decision.Review, 442, "rule_0443", null);
        if (input.Age <= 39 && input.Debt < 22750f && input.CreditScore < 327 && input.HasCollateral && debtRatio <= 0.18)
            return new(Decision.ApproveWithConditions, 443, "rule_0444", null);
        if (input.Income > 84250f && input.Debt <= 31500f && input.CreditScore > 552 && input.LatePayments >= 5 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home)
            return new(Decision.Reject, 444, "rule_0445", null);
        if (input.Age >= 61 && input.LatePayments < 1 && debtRatio >= 0.63 && loanToIncome < 0.4)
            return new(Decision.Review, 445, "rule_0446", null);
        if (input.Age <= 46 && input.Income > 149250f && input.Debt > 30250f && input.LoanAmount >= 60500f && debtRatio < 0.24 && loanToIncome < 0.45)
            return new(Decision.Review, 446, "rule_0447", null);
        if (input.Age > 62 && input.Debt > 75250f && input.LoanAmount < 184750f && input.LatePayments <= 1 && input.Purpose == LoanPurpose.Business && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 447, "rule_0448", null);
        if (input.Age >= 57 && input.Debt >= 13500f && input.LoanAmount < 154000f && input.LatePayments < 2 && !input.HasCollateral && debtRatio <= 0.43 && loanToIncome > 1.0)
            return new(Decision.Review, 448, "rule_0449", null);
        if (input.Income > 55250f && input.Debt < 19000f && input.LoanAmount < 221000f && input.CreditScore < 645 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Car && !input.HasCollateral && debtRatio <= 0.08 && loanToIncome < 8.95)
            return new(Decision.Approve, 449, "rule_0450", null);
        if (input.Debt >= 26250f && input.CreditScore <= 494 && input.Employment == EmploymentType.Salaried && debtRatio <= 0.38 && loanToIncome >= 3.8)
            return new(Decision.Review, 450, "rule_0451", null);
        if (input.Income <= 123500f && input.Debt > 35000f && input.LoanAmount >= 313000f && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio < 0.43)
            return new(Decision.Reject, 451, "rule_0452", null);
        if (input.Age < 36 && input.Income <= 178000f && input.CreditScore > 797 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral)
            return new(Decision.Review, 452, "rule_0453", null);
        if (input.Age <= 25 && input.Debt <= 64000f && input.LatePayments <= 1 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Business && debtRatio < 0.73)
            return new(Decision.Reject, 453, "rule_0454", null);
        if (input.Age <= 37 && input.Debt < 58000f && input.LoanAmount <= 119500f && input.LatePayments > 4 && input.Employment == EmploymentType.Salaried && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 454, "rule_0455", null);
        if (input.Debt > 110500f && input.CreditScore > 754 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business)
            return new(Decision.ApproveWithConditions, 455, "rule_0456", null);
        if (input.Income < 105250f && input.CreditScore > 653 && input.LatePayments <= 1 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Personal && loanToIncome <= 8.65)
            return new(Decision.Reject, 456, "rule_0457", null);
        if (input.Income > 211250f && input.Debt > 55500f && input.LoanAmount <= 152750f && debtRatio < 0.28 && loanToIncome < 2.05)
            return new(Decision.ApproveWithConditions, 457, "rule_0458", null);
        if (input.Income >= 193750f && input.Debt < 56250f && input.CreditScore >= 676 && input.HasCollateral && debtRatio > 0.19 && loanToIncome > 1.55)
            return new(Decision.Review, 458, "rule_0459", null);
        if (input.Income >= 118500f && input.CreditScore < 504 && input.LatePayments <= 2 && input.Employment is not (EmploymentType.SelfEmployed or EmploymentType.Unemployed) && input.HasCollateral && debtRatio <= 0.17 && loanToIncome > 2.7)
            return new(Decision.Review, 459, "rule_0460", null);
        if (input.Debt > 37500f && input.LoanAmount < 149250f && input.CreditScore >= 769 && input.LatePayments < 1 && input.Employment == EmploymentType.Contractor)
            return new(Decision.Reject, 460, "rule_0461", null);
        if (input.Income >= 119250f && input.Debt > 12000f && input.Employment == EmploymentType.Contractor && (input.Purpose is LoanPurpose.Home or LoanPurpose.Personal) && debtRatio < 0.14 && loanToIncome >= 1.8)
            return new(Decision.Reject, 461, "rule_0462", null);
        if (input.Debt >= 55500f && input.LoanAmount <= 212500f && input.LatePayments > 1 && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio >= 0.7)
            return new(Decision.Review, 462, "rule_0463", null);
        if (input.Age > 57 && input.LoanAmount < 59250f && input.LatePayments < 1 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Contractor) && debtRatio <= 0.34 && loanToIncome < 1.15)
            return new(Decision.Reject, 463, "rule_0464", null);
        if (input.Income >= 147000f && input.Debt < 21750f && input.CreditScore >= 760 && input.LatePayments < 3 && input.Employment == EmploymentType.Contractor)
            return new(Decision.Reject, 464, "rule_0465", null);
        if (input.LoanAmount < 190000f && input.CreditScore > 769 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business) && debtRatio > 0.59)
            return new(Decision.ApproveWithConditions, 465, "rule_0466", null);
        if (input.CreditScore < 412 && input.LatePayments > 0 && input.Purpose == LoanPurpose.Personal && input.HasCollateral && loanToIncome < 0.75)
            return new(Decision.Approve, 466, "rule_0467", null);
        if (input.CreditScore < 509 && input.LatePayments >= 2 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio <= 0.23 && loanToIncome <= 0.35)
            return new(Decision.Approve, 467, "rule_0468", null);
        if (input.Income >= 119500f && input.LoanAmount < 106000f && input.CreditScore <= 528 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && input.HasCollateral && loanToIncome > 0.6)
            return new(Decision.Reject, 468, "rule_0469", null);
        if (input.Age > 46 && input.Income < 76250f && input.LoanAmount >= 473000f && input.Purpose == LoanPurpose.Personal)
            return new(Decision.ApproveWithConditions, 469, "rule_0470", null);
        if (input.Age >= 54 && input.Debt <= 12750f && input.LoanAmount > 299500f && input.LatePayments < 2 && input.Employment == EmploymentType.Retired && loanToIncome < 4.55)
            return new(Decision.Approve, 470, "rule_0471", null);
        if (input.Debt >= 75250f && input.LatePayments > 3 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.Approve, 471, "rule_0472", null);
        if (input.Age <= 48 && input.Income >= 151250f && input.LoanAmount <= 397250f && input.Employment == EmploymentType.Salaried && input.HasCollateral && loanToIncome >= 2.5)
            return new(Decision.Reject, 472, "rule_0473", null);
        if (input.Age >= 32 && input.Income >= 172500f && input.LoanAmount <= 131250f && input.LatePayments > 2 && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Business) && input.HasCollateral && debtRatio <= 0.2)
            return new(Decision.ApproveWithConditions, 473, "rule_0474", null);
        if (input.Income > 184250f && input.Debt <= 19250f && input.CreditScore >= 669 && input.LatePayments < 1 && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 474, "rule_0475", null);
        if (input.Income <= 67250f && input.Debt < 47000f && input.CreditScore < 462 && input.LatePayments > 3 && input.Purpose == LoanPurpose.Personal && debtRatio > 0.26)
            return new(Decision.Review, 475, "rule_0476", null);
        if (input.Age <= 26 && input.Debt <= 13250f && input.LatePayments > 0 && input.HasCollateral && debtRatio > 0.35 && loanToIncome > 11.7)
            return new(Decision.Approve, 476, "rule_0477", null);
        if (input.Age <= 44 && input.LoanAmount < 64750f && input.LatePayments >= 1 && input.Employment == EmploymentType.Retired && !input.HasCollateral && debtRatio > 0.29 && loanToIncome >= 0.2)
            return new(Decision.Approve, 477, "rule_0478", null);
        if (input.Income > 176500f && input.CreditScore <= 360 && input.LatePayments > 0 && input.Employment == EmploymentType.Retired && input.HasCollateral)
            return new(Decision.Reject, 478, "rule_0479", null);
        if (input.Debt <= 14250f && input.LoanAmount <= 156750f && input.CreditScore < 496 && input.Employment == EmploymentType.SelfEmployed && debtRatio < 0.34)
            return new(Decision.ApproveWithConditions, 479, "rule_0480", null);
        if (input.Age <= 40 && input.Income > 116000f && input.LatePayments >= 3 && input.HasCollateral && debtRatio < 0.22 && loanToIncome >= 2.0)
            return new(Decision.Review, 480, "rule_0481", null);
        if (input.Age < 26 && input.Debt >= 82500f && input.CreditScore < 548 && input.LatePayments > 1 && !input.HasCollateral)
            return new(Decision.Review, 481, "rule_0482", null);
        if (input.LoanAmount >= 374750f && input.CreditScore > 668 && input.LatePayments > 3 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 482, "rule_0483", null);
        if (input.Income <= 183500f && input.Debt >= 90500f && input.LoanAmount > 390000f && input.CreditScore < 498 && input.Purpose == LoanPurpose.Personal)
            return new(Decision.Reject, 483, "rule_0484", null);
        if (input.Income > 213500f && input.LatePayments < 2 && loanToIncome > 2.2)
            return new(Decision.Reject, 484, "rule_0485", null);
        if (input.Age > 59 && input.Income >= 79500f && input.CreditScore >= 576 && input.LatePayments <= 1 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && debtRatio > 0.46 && loanToIncome >= 3.2)
            return new(Decision.ApproveWithConditions, 485, "rule_0486", null);
        if (input.Age > 44 && input.LoanAmount < 251500f && input.CreditScore > 634 && input.LatePayments > 0 && input.Employment == EmploymentType.Contractor && input.HasCollateral && debtRatio < 0.41 && loanToIncome < 5.7)
            return new(Decision.Reject, 486, "rule_0487", null);
        if (input.CreditScore <= 370 && input.LatePayments > 8 && !input.HasCollateral && debtRatio > 0.15)
            return new(Decision.ApproveWithConditions, 487, "rule_0488", null);
        if (input.Income >= 142500f && input.LoanAmount < 252500f && input.LatePayments >= 4 && input.HasCollateral && debtRatio > 0.65 && loanToIncome > 0.85)
            return new(Decision.Reject, 488, "rule_0489", null);
        if (input.Age > 48 && input.Debt > 169500f && (input.Employment is EmploymentType.Salaried or EmploymentType.SelfEmployed) && debtRatio < 0.77)
            return new(Decision.Reject, 489, "rule_0490", null);
        if (input.Age >= 78 && input.Income <= 39500f && input.Debt < 31250f && input.Employment is not (EmploymentType.Contractor or EmploymentType.Unemployed))
            return new(Decision.Review, 490, "rule_0491", null);
        if (input.Income < 53250f && input.Debt <= 38000f && input.LatePayments <= 1 && input.Employment == EmploymentType.Contractor && input.Purpose is not (LoanPurpose.Education or LoanPurpose.Personal) && !input.HasCollateral && debtRatio >= 0.45)
            return new(Decision.Approve, 491, "rule_0492", null);
        if (input.Age <= 72 && input.Income > 90000f && input.Debt >= 64000f && input.CreditScore > 791 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education)
            return new(Decision.ApproveWithConditions, 492, "rule_0493", null);
        if (input.Income > 204500f && input.Debt > 102750f && input.LoanAmount > 448250f && input.Employment == EmploymentType.Contractor && input.Purpose is not (LoanPurpose.Car or LoanPurpose.Personal) && loanToIncome > 1.45)
            return new(Decision.ApproveWithConditions, 493, "rule_0494", null);
        if (input.Age > 71 && input.CreditScore >= 647 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Retired) && input.Purpose == LoanPurpose.Business && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 494, "rule_0495", null);
        if (input.Age <= 44 && input.Debt >= 92500f && input.LoanAmount >= 353000f && input.Purpose == LoanPurpose.Education && debtRatio >= 0.57 && loanToIncome >= 1.9)
            return new(Decision.Approve, 495, "rule_0496", null);
        if (input.Income > 162250f && input.LoanAmount <= 35000f && input.CreditScore > 644 && input.Purpose == LoanPurpose.Home && debtRatio > 0.42)
            return new(Decision.Review, 496, "rule_0497", null);
        if (input.Age >= 59 && input.Debt < 58250f && input.LatePayments <= 3 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && input.Purpose == LoanPurpose.Home && !input.HasCollateral && loanToIncome <= 1.55)
            return new(Decision.Review, 497, "rule_0498", null);
        if (input.Income < 125750f && input.LoanAmount <= 107750f && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Personal && debtRatio > 0.45)
            return new(Decision.Approve, 498, "rule_0499", null);
        if (input.Age < 28 && input.LoanAmount > 395000f && input.CreditScore >= 647 && debtRatio > 0.61 && loanToIncome > 3.05)
            return new(Decision.ApproveWithConditions, 499, "rule_0500", null);
        if (input.Income >= 132750f && input.Debt < 81750f && input.LoanAmount < 186250f && input.LatePayments >= 1 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Home && !input.HasCollateral)
            return new(Decision.Reject, 500, "rule_0501", null);
        if (input.Debt > 28250f && input.LoanAmount <= 65750f && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Education && input.HasCollateral)
            return new(Decision.Review, 501, "rule_0502", null);
        if (input.LoanAmount >= 373000f && input.CreditScore <= 490 && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && !input.HasCollateral && debtRatio <= 0.46)
            return new(Decision.Approve, 502, "rule_0503", null);
        if (input.Age <= 42 && input.Income > 149250f && input.Debt < 94500f && input.CreditScore > 750 && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && input.Purpose is not (LoanPurpose.Education or LoanPurpose.Personal) && debtRatio > 0.42 && loanToIncome > 0.0)
            return new(Decision.ApproveWithConditions, 503, "rule_0504", null);
        if (input.Age < 47 && input.LoanAmount <= 273750f && input.CreditScore > 580 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio < 0.34)
            return new(Decision.Approve, 504, "rule_0505", null);
        if (input.Income < 60750f && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && input.Purpose is not (LoanPurpose.Car or LoanPurpose.Education) && input.HasCollateral && loanToIncome < 0.8)
            return new(Decision.Approve, 505, "rule_0506", null);
        if (input.Income >= 231250f && input.Debt > 152250f && input.CreditScore > 547 && input.Purpose == LoanPurpose.Home)
            return new(Decision.ApproveWithConditions, 506, "rule_0507", null);
        if (input.Age < 35 && input.Debt > 94750f && input.LoanAmount < 350000f && input.CreditScore <= 577 && input.Employment == EmploymentType.Salaried && debtRatio >= 0.65)
            return new(Decision.ApproveWithConditions, 507, "rule_0508", null);
        if (input.Age >= 74 && input.Debt > 58750f && input.LoanAmount > 378000f && input.Purpose == LoanPurpose.Business)
            return new(Decision.Review, 508, "rule_0509", null);
        if (input.Debt > 10750f && input.LoanAmount > 380250f && input.CreditScore < 583 && input.LatePayments > 1 && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio <= 0.22)
            return new(Decision.Approve, 509, "rule_0510", null);
        if (input.Age < 40 && input.LoanAmount > 257250f && input.CreditScore <= 544 && input.LatePayments < 1 && !input.HasCollateral && debtRatio >= 0.56 && loanToIncome <= 2.0)
            return new(Decision.ApproveWithConditions, 510, "rule_0511", null);
        if (input.Debt >= 92250f && input.LoanAmount < 234750f && input.CreditScore >= 579 && input.Purpose == LoanPurpose.Car && input.HasCollateral && loanToIncome > 0.85)
            return new(Decision.Approve, 511, "rule_0512", null);
        if (input.Income <= 239000f && input.Debt > 136500f && input.CreditScore < 507 && input.Employment == EmploymentType.Salaried && debtRatio > 0.55 && loanToIncome > 1.35)
            return new(Decision.Reject, 512, "rule_0513", null);
        if (input.Debt >= 153500f && input.CreditScore > 649 && input.LatePayments >= 2 && input.Employment == EmploymentType.Salaried)
            return new(Decision.Approve, 513, "rule_0514", null);
        if (input.Age > 45 && input.Income >= 209500f && input.CreditScore > 685 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Business && input.HasCollateral)
            return new(Decision.Approve, 514, "rule_0515", null);
        if (input.Age > 49 && input.Debt >= 31250f && input.LoanAmount < 428750f && input.CreditScore <= 538 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && loanToIncome >= 2.0)
            return new(Decision.Approve, 515, "rule_0516", null);
        if (input.Age > 60 && input.Income < 124750f && input.CreditScore >= 677 && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio <= 0.4)
            return new(Decision.Review, 516, "rule_0517", null);
        if (input.Age <= 41 && input.Income < 33000f && input.LoanAmount > 298250f && input.CreditScore < 474 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && !input.HasCollateral && loanToIncome > 11.2)
            return new(Decision.Reject, 517, "rule_0518", null);
        if (input.Debt >= 141500f && input.LatePayments < 8 && debtRatio > 0.63 && loanToIncome <= 0.45)
            return new(Decision.Approve, 518, "rule_0519", null);
        if (input.Age < 78 && input.CreditScore <= 493 && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && input.HasCollateral && debtRatio >= 0.34)
            return new(Decision.Reject, 519, "rule_0520", null);
        if (input.Income > 215000f && input.LoanAmount >= 292000f && input.LatePayments < 1 && input.Employment == EmploymentType.Unemployed)
            return new(Decision.Approve, 520, "rule_0521", null);
        if (input.Age > 72 && input.Income >= 148000f && input.Debt > 22000f && input.LoanAmount <= 338250f && input.HasCollateral && debtRatio < 0.22 && loanToIncome > 1.55)
            return new(Decision.ApproveWithConditions, 521, "rule_0522", null);
        if (input.Income >= 184250f && input.LoanAmount < 153250f && loanToIncome >= 0.75)
            return new(Decision.Reject, 522, "rule_0523", null);
        if (input.Age < 46 && input.Income <= 143500f && input.Debt <= 55250f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business && loanToIncome <= 0.9)
            return new(Decision.Review, 523, "rule_0524", null);
        if (input.Age <= 47 && input.Debt <= 9250f && input.LoanAmount < 218250f && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car)
            return new(Decision.ApproveWithConditions, 524, "rule_0525", null);
        if (input.LatePayments < 1 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Retired) && input.HasCollateral && debtRatio <= 0.09 && loanToIncome <= 1.9)
            return new(Decision.ApproveWithConditions, 525, "rule_0526", null);
        if (input.Income < 122500f && input.Debt >= 74500f && input.LoanAmount <= 155000f && input.HasCollateral && loanToIncome < 0.65)
            return new(Decision.Reject, 526, "rule_0527", null);
        if (input.Age <= 48 && input.Debt < 15000f && input.LoanAmount < 192750f && input.CreditScore >= 592 && input.LatePayments > 1 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && debtRatio <= 0.34)
            return new(Decision.Review, 527, "rule_0528", null);
        if (input.Debt > 75500f && input.CreditScore > 705 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business)
            return new(Decision.Reject, 528, "rule_0529", null);
        if (input.Age <= 22 && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && input.Purpose == LoanPurpose.Personal)
            return new(Decision.Review, 529, "rule_0530", null);
        if (input.Debt > 20750f && input.LoanAmount > 416500f && input.CreditScore < 528 && debtRatio <= 0.1 && loanToIncome > 1.7)
            return new(Decision.Review, 530, "rule_0531", null);
        if (input.Age >= 69 && input.Income <= 87750f && input.LatePayments > 0 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && !input.HasCollateral && loanToIncome < 6.6)
            return new(Decision.Approve, 531, "rule_0532", null);
        if (input.Debt >= 83000f && input.CreditScore > 842 && input.Employment == EmploymentType.Salaried && loanToIncome <= 1.25)
            return new(Decision.Reject, 532, "rule_0533", null);
        if (input.Income > 214250f && input.LoanAmount >= 348500f && input.CreditScore > 601 && !input.HasCollateral && debtRatio >= 0.43 && loanToIncome > 1.65)
            return new(Decision.Reject, 533, "rule_0534", null);
        if (input.Income < 101750f && input.CreditScore > 669 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Car && loanToIncome < 1.15)
            return new(Decision.ApproveWithConditions, 534, "rule_0535", null);
        if (input.Income < 29000f && input.CreditScore >= 551 && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && input.Purpose == LoanPurpose.Personal)
            return new(Decision.Review, 535, "rule_0536", null);
        if (input.Age >= 72 && input.LoanAmount <= 83000f && debtRatio >= 0.59)
            return new(Decision.Approve, 536, "rule_0537", null);
        if (input.Debt <= 31250f && input.LoanAmount > 340250f && input.CreditScore <= 341 && input.LatePayments > 1 && loanToIncome > 7.25)
            return new(Decision.Approve, 537, "rule_0538", null);
        if (input.Income <= 93750f && input.Debt >= 27250f && input.LoanAmount > 273500f && input.CreditScore <= 585 && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Education) && !input.HasCollateral)
            return new(Decision.Approve, 538, "rule_0539", null);
        if (input.Age <= 45 && input.LatePayments >= 8 && debtRatio > 0.71)
            return new(Decision.Approve, 539, "rule_0540", null);
        if (input.Age < 43 && input.Income > 166000f && input.LoanAmount <= 77250f && input.CreditScore > 784)
            return new(Decision.ApproveWithConditions, 540, "rule_0541", null);
        if (input.Age < 49 && input.Income > 141500f && input.Debt > 103750f && input.LoanAmount > 327250f && input.LatePayments > 2 && input.HasCollateral)
            return new(Decision.Review, 541, "rule_0542", null);
        if (input.Income < 61750f && input.Debt > 27500f && input.LoanAmount <= 52000f && loanToIncome >= 0.35)
            return new(Decision.Approve, 542, "rule_0543", null);
        if (input.Age > 44 && input.Income > 182750f && input.Debt < 48000f && input.LatePayments > 4 && input.Employment == EmploymentType.Salaried && loanToIncome <= 1.05)
            return new(Decision.Review, 543, "rule_0544", null);
        if (input.Age < 43 && input.Income <= 52750f && input.Debt >= 17250f && input.Employment != EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && debtRatio >= 0.31)
            return new(Decision.ApproveWithConditions, 544, "rule_0545", null);
        if (input.Debt > 73250f && input.LoanAmount < 262750f && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Car && input.HasCollateral && loanToIncome >= 1.05)
            return new(Decision.Approve, 545, "rule_0546", null);
        if (input.Age <= 24 && input.LoanAmount >= 274000f && input.CreditScore < 546 && input.Employment == EmploymentType.Contractor)
            return new(Decision.Reject, 546, "rule_0547", null);
        if (input.Age < 49 && input.Debt <= 13250f && input.LoanAmount >= 401000f && input.CreditScore >= 749)
            return new(Decision.Reject, 547, "rule_0548", null);
        if (input.LoanAmount < 248500f && input.CreditScore > 660 && input.LatePayments >= 1 && input.Employment == EmploymentType.Contractor && input.HasCollateral && loanToIncome >= 2.2)
            return new(Decision.Reject, 548, "rule_0549", null);
        if (input.Age > 51 && input.Debt > 78250f && input.LoanAmount < 192500f && input.LatePayments > 1 && input.Employment == EmploymentType.SelfEmployed && debtRatio > 0.47)
            return new(Decision.Reject, 549, "rule_0550", null);
        if (input.Age > 61 && input.Debt > 71500f && input.LoanAmount > 86250f && input.CreditScore <= 626 && input.LatePayments > 1 && input.HasCollateral && debtRatio < 0.55 && loanToIncome < 1.2)
            return new(Decision.Reject, 550, "rule_0551", null);
        if (input.Age < 49 && input.LoanAmount >= 383250f && input.CreditScore > 642 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio > 0.46)
            return new(Decision.Reject, 551, "rule_0552", null);
        if (input.Age <= 24 && input.Income < 108750f && input.Debt > 5750f && input.Purpose == LoanPurpose.Home && input.HasCollateral && loanToIncome <= 4.1)
            return new(Decision.Approve, 552, "rule_0553", null);
        if (input.Income < 102750f && input.Debt > 34500f && input.LoanAmount > 285500f && input.LatePayments < 1 && input.Purpose is not (LoanPurpose.Home or LoanPurpose.Business) && !input.HasCollateral && debtRatio > 0.62)
            return new(Decision.Reject, 553, "rule_0554", null);
        if (input.Debt <= 39000f && input.Purpose == LoanPurpose.Car && debtRatio >= 0.74)
            return new(Decision.ApproveWithConditions, 554, "rule_0555", null);
        if (input.Income > 170750f && input.CreditScore > 628 && input.LatePayments > 1 && loanToIncome > 2.5)
            return new(Decision.Review, 555, "rule_0556", null);
        if (input.Income < 73250f && input.Debt > 7250f && input.CreditScore < 520 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio <= 0.18)
            return new(Decision.ApproveWithConditions, 556, "rule_0557", null);
        if (input.Income <= 57500f && input.CreditScore > 828 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Retired) && input.HasCollateral)
            return new(Decision.Reject, 557, "rule_0558", null);
        if (input.Age <= 45 && input.Debt >= 124500f && input.LoanAmount < 282500f && input.CreditScore >= 608 && input.Employment == EmploymentType.Salaried && input.HasCollateral)
            return new(Decision.Review, 558, "rule_0559", null);
        if (input.Debt >= 33500f && input.LoanAmount < 302000f && input.CreditScore > 599 && (input.Employment is EmploymentType.Unemployed or EmploymentType.Retired) && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.Review, 559, "rule_0560", null);
        if (input.Age >= 44 && input.CreditScore > 706 && input.Employment == EmploymentType.Salaried && debtRatio <= 0.05)
            return new(Decision.ApproveWithConditions, 560, "rule_0561", null);
        if (input.Income < 91250f && input.Debt > 22250f && input.LoanAmount > 266000f && input.LatePayments < 1 && !input.HasCollateral && debtRatio <= 0.37)
            return new(Decision.Approve, 561, "rule_0562", null);
        if (input.Income < 37750f && input.Debt < 64250f && input.CreditScore > 803 && input.LatePayments > 1 && !input.HasCollateral && debtRatio >= 0.0)
            return new(Decision.Approve, 562, "rule_0563", null);
        if (input.Age >= 28 && input.Income >= 169000f && input.Debt > 43750f && input.LoanAmount >= 357250f && input.LatePayments <= 1 && input.Employment == EmploymentType.Unemployed && input.HasCollateral)
            return new(Decision.Approve, 563, "rule_0564", null);
        if (input.Income > 200500f && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Home && input.HasCollateral && debtRatio <= 0.39 && loanToIncome >= 1.3)
            return new(Decision.Review, 564, "rule_0565", null);
        if (input.Age <= 36 && input.CreditScore < 383 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Personal && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 565, "rule_0566", null);
        if (input.Income > 202500f && input.CreditScore >= 559 && input.Purpose == LoanPurpose.Business && !input.HasCollateral && loanToIncome > 1.95)
            return new(Decision.Reject, 566, "rule_0567", null);
        if (input.Age >= 66 && input.Debt > 68750f && input.LoanAmount <= 427750f && input.CreditScore > 727 && input.LatePayments <= 4 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business) && debtRatio < 0.51)
            return new(Decision.Review, 567, "rule_0568", null);
        if (input.Income >= 176750f && input.Debt >= 34500f && input.LoanAmount <= 160000f && debtRatio <= 0.26 && loanToIncome >= 0.75)
            return new(Decision.Reject, 568, "rule_0569", null);
        if (input.Income > 166500f && input.CreditScore >= 707 && input.LatePayments > 1 && input.Employment == EmploymentType.Contractor && debtRatio < 0.39)
            return new(Decision.ApproveWithConditions, 569, "rule_0570", null);
        if (input.Income < 72750f && input.Debt >= 25500f && input.LoanAmount <= 343500f && input.CreditScore >= 598 && input.HasCollateral && debtRatio >= 0.43 && loanToIncome >= 4.25)
            return new(Decision.Approve, 570, "rule_0571", null);
        if (input.Debt > 108500f && input.LoanAmount < 154750f && input.CreditScore >= 791)
            return new(Decision.Reject, 571, "rule_0572", null);
        if (input.Age > 44 && input.Income < 144250f && input.Debt > 78750f && input.LoanAmount >= 247000f && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Approve, 572, "rule_0573", null);
        if (input.Debt > 30500f && input.LoanAmount <= 367750f && input.CreditScore < 378 && input.HasCollateral && loanToIncome >= 3.25)
            return new(Decision.Reject, 573, "rule_0574", null);
        if (input.Age > 44 && input.Debt <= 10000f && input.CreditScore < 563 && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && !input.HasCollateral)
            return new(Decision.Approve, 574, "rule_0575", null);
        if (input.Debt > 11000f && input.LoanAmount < 127750f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && debtRatio < 0.27)
            return new(Decision.Reject, 575, "rule_0576", null);
        if (input.Income < 104750f && input.CreditScore > 839 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Education)
            return new(Decision.Reject, 576, "rule_0577", null);
        if (input.Income >= 24250f && input.Debt < 13500f && input.CreditScore <= 558 && input.LatePayments > 1 && input.Employment == EmploymentType.Retired && input.HasCollateral && debtRatio <= 0.48)
            return new(Decision.Review, 577, "rule_0578", null);
        if (input.Income <= 120250f && input.Debt > 40750f && input.CreditScore > 488 && input.LatePayments >= 6 && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && debtRatio > 0.46)
            return new(Decision.Reject, 578, "rule_0579", null);
        if (input.Income < 97000f && input.Debt >= 24250f && input.LoanAmount < 190000f && input.LatePayments <= 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio < 0.41)
            return new(Decision.Approve, 579, "rule_0580", null);
        if (input.Age > 54 && input.Income < 104750f && input.Debt >= 31750f && input.Purpose == LoanPurpose.Car && !input.HasCollateral && debtRatio < 0.59)
            return new(Decision.Review, 580, "rule_0581", null);
        if (input.Age <= 33 && input.Income >= 129500f && input.LatePayments > 3 && input.Purpose == LoanPurpose.Home)
            return new(Decision.Review, 581, "rule_0582", null);
        if (input.Debt < 57500f && input.LatePayments < 2 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio > 0.35)
            return new(Decision.Reject, 582, "rule_0583", null);
        if (input.Income > 77000f && input.LoanAmount < 235250f && input.LatePayments <= 1 && input.Employment == EmploymentType.SelfEmployed && loanToIncome >= 1.95)
            return new(Decision.ApproveWithConditions, 583, "rule_0584", null);
        if (input.Income > 151500f && input.CreditScore < 454 && debtRatio > 0.62 && loanToIncome > 2.4)
            return new(Decision.Review, 584, "rule_0585", null);
        if (input.Income < 123000f && input.Debt <= 40000f && input.LoanAmount < 198000f && input.CreditScore < 695 && input.LatePayments > 2 && input.Employment == EmploymentType.Salaried && input.Purpose is not (LoanPurpose.Education or LoanPurpose.Personal) && input.HasCollateral && debtRatio > 0.35)
            return new(Decision.ApproveWithConditions, 585, "rule_0586", null);
        if (input.Age > 59 && input.Debt < 4750f && input.LoanAmount <= 343000f && input.LatePayments > 1 && loanToIncome >= 5.95)
            return new(Decision.ApproveWithConditions, 586, "rule_0587", null);
        if (input.Debt >= 157750f && loanToIncome > 1.8)
            return new(Decision.Approve, 587, "rule_0588", null);
        if (input.Age < 53 && input.Debt > 149750f && input.LatePayments < 1)
            return new(Decision.Review, 588, "rule_0589", null);
        if (input.Age < 35 && input.Purpose == LoanPurpose.Business && debtRatio >= 0.43 && loanToIncome > 11.25)
            return new(Decision.Review, 589, "rule_0590", null);
        if (input.Income < 26250f && input.Debt >= 3250f && input.LatePayments <= 2 && input.Employment == EmploymentType.Salaried && input.HasCollateral && loanToIncome >= 16.3)
            return new(Decision.ApproveWithConditions, 590, "rule_0591", null);
        if (input.Age <= 33 && input.CreditScore <= 541 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Car && debtRatio < 0.25)
            return new(Decision.Reject, 591, "rule_0592", null);
        if (input.Age < 45 && input.Income < 142500f && input.Debt >= 11500f && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio <= 0.3)
            return new(Decision.ApproveWithConditions, 592, "rule_0593", null);
        if (input.Income <= 178250f && input.LoanAmount <= 131750f && input.LatePayments >= 6 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Business)
            return new(Decision.Approve, 593, "rule_0594", null);
        if (input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && debtRatio >= 0.64 && loanToIncome < 1.7)
            return new(Decision.Reject, 594, "rule_0595", null);
        if (input.Age >= 57 && input.Income > 220750f && input.CreditScore <= 493 && input.Employment == EmploymentType.Salaried && input.HasCollateral && loanToIncome < 2.4)
            return new(Decision.Review, 595, "rule_0596", null);
        if (input.Debt > 71250f && input.LoanAmount >= 285500f && input.CreditScore < 527 && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral && debtRatio > 0.53 && loanToIncome < 2.65)
            return new(Decision.Reject, 596, "rule_0597", null);
        if (input.Age <= 59 && input.LoanAmount > 341500f && input.CreditScore >= 603 && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && debtRatio > 0.66)
            return new(Decision.Review, 597, "rule_0598", null);
        if (input.Income >= 141000f && input.Debt > 7250f && debtRatio < 0.08 && loanToIncome >= 2.7)
            return new(Decision.Reject, 598, "rule_0599", null);
        if (input.Age < 36 && input.Debt < 23000f && input.LoanAmount >= 308000f && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Personal) && !input.HasCollateral && loanToIncome > 2.4)
            return new(Decision.ApproveWithConditions, 599, "rule_0600", null);
        if (input.Income < 173500f && input.Debt > 39250f && input.CreditScore >= 721 && debtRatio < 0.33 && loanToIncome < 1.2)
            return new(Decision.Approve, 600, "rule_0601", null);
        if (input.Age <= 29 && input.Income >= 135500f && input.Purpose == LoanPurpose.Education && !input.HasCollateral && loanToIncome >= 2.35)
            return new(Decision.Approve, 601, "rule_0602", null);
        if (input.Age >= 58 && input.Income >= 89250f && input.Debt <= 8000f && input.CreditScore >= 725)
            return new(Decision.ApproveWithConditions, 602, "rule_0603", null);
        if (input.Age > 57 && input.Income >= 162000f && input.CreditScore > 581 && input.Employment == EmploymentType.Unemployed && debtRatio >= 0.53 && loanToIncome < 5.0)
            return new(Decision.Approve, 603, "rule_0604", null);
        if (input.Age > 63 && input.LoanAmount <= 210750f && input.CreditScore < 494 && input.Purpose == LoanPurpose.Personal && loanToIncome < 1.0)
            return new(Decision.Approve, 604, "rule_0605", null);
        if (input.LoanAmount > 444500f && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && debtRatio <= 0.14 && loanToIncome < 2.75)
            return new(Decision.Reject, 605, "rule_0606", null);
        if (input.Age >= 57 && input.Debt > 39000f && input.LoanAmount >= 346250f && input.CreditScore <= 454 && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && input.HasCollateral)
            return new(Decision.Review, 606, "rule_0607", null);
        if (input.Debt >= 82500f && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Business && input.HasCollateral && debtRatio > 0.43)
            return new(Decision.Review, 607, "rule_0608", null);
        if (input.CreditScore < 376 && input.LatePayments > 0 && debtRatio >= 0.27 && loanToIncome > 11.1)
            return new(Decision.Reject, 608, "rule_0609", null);
        if (input.Age > 58 && input.LoanAmount > 452250f && input.Employment == EmploymentType.Salaried && loanToIncome > 7.5)
            return new(Decision.Reject, 609, "rule_0610", null);
        if (input.Income >= 147500f && input.LoanAmount < 194500f && input.CreditScore < 520 && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && !input.HasCollateral && loanToIncome >= 0.85)
            return new(Decision.Approve, 610, "rule_0611", null);
        if (input.CreditScore < 406 && input.LatePayments > 0 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Unemployed) && debtRatio < 0.85 && loanToIncome < 0.3)
            return new(Decision.Reject, 611, "rule_0612", null);
        if (input.LoanAmount >= 478750f && input.Purpose == LoanPurpose.Home && debtRatio >= 0.72)
            return new(Decision.ApproveWithConditions, 612, "rule_0613", null);
        if (input.Age >= 68 && input.Income <= 74750f && input.CreditScore <= 622 && input.Purpose == LoanPurpose.Home && loanToIncome < 4.85)
            return new(Decision.Reject, 613, "rule_0614", null);
        if (input.LoanAmount >= 303750f && input.CreditScore >= 762 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Personal)
            return new(Decision.Reject, 614, "rule_0615", null);
        if (input.Age > 57 && input.Income < 108000f && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio <= 0.06)
            return new(Decision.ApproveWithConditions, 615, "rule_0616", null);
        if (input.Age <= 35 && input.LoanAmount < 126750f && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && loanToIncome > 2.15)
            return new(Decision.Approve, 616, "rule_0617", null);
        if (input.Age >= 47 && input.Debt <= 34000f && input.LoanAmount >= 231750f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && input.HasCollateral && debtRatio < 0.18 && loanToIncome > 2.0)
            return new(Decision.Reject, 617, "rule_0618", null);
        if (input.Debt <= 20000f && input.LoanAmount <= 296000f && input.CreditScore <= 446 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && loanToIncome >= 5.55)
            return new(Decision.Review, 618, "rule_0619", null);
        if (input.Debt < 35250f && input.LatePayments > 4 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Personal && loanToIncome > 1.45)
            return new(Decision.Approve, 619, "rule_0620", null);
        if (input.CreditScore >= 620 && input.LatePayments >= 6 && input.Purpose == LoanPurpose.Business && loanToIncome < 1.2)
            return new(Decision.Reject, 620, "rule_0621", null);
        if (input.Income > 227000f && input.CreditScore < 545 && input.LatePayments > 1 && input.Employment == EmploymentType.Contractor)
            return new(Decision.Approve, 621, "rule_0622", null);
        if (input.Income > 185750f && input.Debt < 80500f && input.LatePayments >= 3 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.Reject, 622, "rule_0623", null);
        if (input.Debt < 31250f && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && loanToIncome <= 1.55)
            return new(Decision.Review, 623, "rule_0624", null);
        if (input.LoanAmount <= 182750f && input.LatePayments > 8 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Retired) && debtRatio < 0.21)
            return new(Decision.Reject, 624, "rule_0625", null);
        if (input.Age > 42 && input.Income > 166250f && input.LoanAmount >= 447750f && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && loanToIncome > 2.25)
            return new(Decision.Approve, 625, "rule_0626", null);
        if (input.Age > 48 && input.Income <= 180750f && input.Debt > 74250f && input.LoanAmount < 119250f && input.Employment == EmploymentType.Contractor)
            return new(Decision.Approve, 626, "rule_0627", null);
        if (input.Income < 76250f && input.LoanAmount < 191250f && input.CreditScore <= 529 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Car)
            return new(Decision.Reject, 627, "rule_0628", null);
        if (input.LoanAmount >= 268250f && input.CreditScore >= 681 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Car && debtRatio < 0.3)
            return new(Decision.ApproveWithConditions, 628, "rule_0629", null);
        if (input.Age > 50 && input.Income <= 71250f && input.CreditScore >= 643 && input.LatePayments > 0 && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && !input.HasCollateral && loanToIncome <= 3.6)
            return new(Decision.ApproveWithConditions, 629, "rule_0630", null);
        if (input.Debt > 126250f && input.LoanAmount > 309500f && input.CreditScore < 545 && input.LatePayments > 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.Contractor))
            return new(Decision.Reject, 630, "rule_0631", null);
        if (input.Age > 57 && input.Debt > 34500f && input.LatePayments < 5 && debtRatio > 0.54 && loanToIncome >= 5.7)
            return new(Decision.ApproveWithConditions, 631, "rule_0632", null);
        if (input.Debt < 37250f && input.LoanAmount > 281250f && input.LatePayments <= 2 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && debtRatio >= 0.31)
            return new(Decision.Reject, 632, "rule_0633", null);
        if (input.Age > 50 && input.CreditScore <= 435 && input.Purpose == LoanPurpose.Education && input.HasCollateral && debtRatio > 0.58)
            return new(Decision.Review, 633, "rule_0634", null);
        if (input.Age < 42 && input.Income > 117250f && input.LoanAmount <= 174000f && input.CreditScore >= 583 && input.LatePayments < 1 && input.Employment == EmploymentType.Contractor && debtRatio > 0.3)
            return new(Decision.Approve, 634, "rule_0635", null);
        if (input.Income > 116000f && input.Debt >= 35000f && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Personal && debtRatio <= 0.29)
            return new(Decision.Approve, 635, "rule_0636", null);
        if (input.Income > 96250f && input.LoanAmount <= 65000f && input.CreditScore > 572 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && debtRatio < 0.23)
            return new(Decision.Review, 636, "rule_0637", null);
        if (input.Age > 46 && input.Income <= 132250f && input.CreditScore > 444 && input.LatePayments > 1 && input.Purpose == LoanPurpose.Car && !input.HasCollateral && debtRatio < 0.32 && loanToIncome <= 2.75)
            return new(Decision.Review, 637, "rule_0638", null);
        if (input.Age <= 58 && input.LoanAmount < 267000f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && input.HasCollateral && loanToIncome >= 1.65)
            return new(Decision.Reject, 638, "rule_0639", null);
        if (input.Age >= 58 && input.Debt < 55000f && input.LoanAmount >= 265750f && input.CreditScore > 552 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Contractor) && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Reject, 639, "rule_0640", null);
        if (input.Income < 196500f && input.CreditScore >= 666 && input.Purpose == LoanPurpose.Personal && debtRatio >= 0.42 && loanToIncome <= 0.35)
            return new(Decision.ApproveWithConditions, 640, "rule_0641", null);
        if (input.Age >= 68 && input.Debt >= 56500f && input.CreditScore >= 481 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && !input.HasCollateral && debtRatio < 0.48 && loanToIncome <= 3.6)
            return new(Decision.Reject, 641, "rule_0642", null);
        if (input.Age < 61 && input.Income > 47500f && input.LoanAmount >= 270250f && input.CreditScore > 565 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Contractor) && debtRatio >= 0.5 && loanToIncome >= 5.8)
            return new(Decision.ApproveWithConditions, 642, "rule_0643", null);
        if (input.Age > 60 && input.Income > 99750f && input.Debt < 127500f && input.Employment == EmploymentType.Retired && input.HasCollateral && debtRatio > 0.59)
            return new(Decision.Reject, 643, "rule_0644", null);
        if (input.Debt >= 72500f && input.CreditScore >= 541 && input.LatePayments >= 2 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio >= 0.69 && loanToIncome < 2.05)
            return new(Decision.Approve, 644, "rule_0645", null);
        if (input.Income > 185750f && input.Debt < 31250f && input.LoanAmount <= 129000f && input.Purpose == LoanPurpose.Business && input.HasCollateral)
            return new(Decision.Reject, 645, "rule_0646", null);
        if (input.Age >= 38 && input.LoanAmount > 382750f && input.CreditScore < 560 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio >= 0.57)
            return new(Decision.Approve, 646, "rule_0647", null);
        if (input.Age > 68 && input.Debt >= 52000f && input.CreditScore > 644 && input.LatePayments < 2 && debtRatio < 0.36)
            return new(Decision.Reject, 647, "rule_0648", null);
        if (input.Debt > 38750f && input.LoanAmount <= 53750f && input.LatePayments < 2 && debtRatio >= 0.45 && loanToIncome > 0.4)
            return new(Decision.Approve, 648, "rule_0649", null);
        if (input.Age >= 63 && input.LoanAmount > 161750f && input.CreditScore > 528 && input.LatePayments < 1 && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral)
            return new(Decision.Review, 649, "rule_0650", null);
        if (input.LoanAmount >= 144500f && input.CreditScore >= 754 && input.Purpose == LoanPurpose.Business && loanToIncome <= 1.25)
            return new(Decision.Reject, 650, "rule_0651", null);
        if (input.Income <= 16750f && input.Debt <= 3000f && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education))
            return new(Decision.Review, 651, "rule_0652", null);
        if (input.Age < 48 && input.Income >= 40000f && input.CreditScore > 638 && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Education && debtRatio <= 0.6 && loanToIncome >= 3.95)
            return new(Decision.Reject, 652, "rule_0653", null);
        if (input.Age >= 47 && input.Income <= 207500f && input.Debt > 119750f && input.LoanAmount < 255750f && debtRatio < 0.65)
            return new(Decision.Reject, 653, "rule_0654", null);
        if (input.CreditScore <= 339 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && debtRatio < 0.29)
            return new(Decision.Approve, 654, "rule_0655", null);
        if (input.Age > 53 && input.Income >= 147000f && input.LoanAmount <= 228500f && input.LatePayments > 0 && input.Purpose == LoanPurpose.Home && input.HasCollateral && debtRatio <= 0.23)
            return new(Decision.Approve, 655, "rule_0656", null);
        if (input.Debt >= 25000f && input.Employment == EmploymentType.Unemployed && input.HasCollateral && debtRatio < 0.24)
            return new(Decision.Reject, 656, "rule_0657", null);
        if (input.LoanAmount >= 160250f && input.CreditScore <= 367 && input.LatePayments > 6 && loanToIncome <= 1.55)
            return new(Decision.ApproveWithConditions, 657, "rule_0658", null);
        if (input.Debt >= 46000f && input.LoanAmount >= 420250f && input.CreditScore <= 567 && input.Purpose == LoanPurpose.Car && debtRatio > 0.51)
            return new(Decision.Reject, 658, "rule_0659", null);
        if (input.Age > 42 && input.Debt >= 85750f && input.LatePayments < 1 && input.Employment is not (EmploymentType.Salaried or EmploymentType.SelfEmployed) && !input.HasCollateral && debtRatio > 0.63 && loanToIncome >= 1.45)
            return new(Decision.ApproveWithConditions, 659, "rule_0660", null);
        if (input.Age >= 57 && input.LoanAmount < 166000f && input.CreditScore < 447 && input.LatePayments < 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Education)
            return new(Decision.ApproveWithConditions, 660, "rule_0661", null);
        if (input.Age <= 46 && input.Debt < 31250f && input.LatePayments > 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && input.HasCollateral)
            return new(Decision.Approve, 661, "rule_0662", null);
        if (input.Age <= 21 && input.LatePayments < 1 && !input.HasCollateral && loanToIncome <= 0.85)
            return new(Decision.Review, 662, "rule_0663", null);
        if (input.Age < 54 && input.LoanAmount <= 168000f && input.LatePayments <= 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && debtRatio >= 0.5 && loanToIncome > 0.85)
            return new(Decision.Review, 663, "rule_0664", null);
        if (input.Age <= 48 && input.Income > 68750f && input.Debt <= 45500f && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && debtRatio >= 0.25)
            return new(Decision.Reject, 664, "rule_0665", null);
        if (input.Income < 117000f && input.CreditScore <= 575 && input.Employment == EmploymentType.SelfEmployed && input.Purpose is not (LoanPurpose.Car or LoanPurpose.Business) && !input.HasCollateral && debtRatio > 0.63)
            return new(Decision.Approve, 665, "rule_0666", null);
        if (input.Age >= 54 && input.Income <= 124500f && input.Purpose is not (LoanPurpose.Education or LoanPurpose.Personal) && !input.HasCollateral && debtRatio > 0.75)
            return new(Decision.Review, 666, "rule_0667", null);
        if (input.Age > 47 && input.Debt > 65000f && input.LatePayments < 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 667, "rule_0668", null);
        if (input.Income > 171750f && input.LoanAmount < 354250f && input.CreditScore < 393 && input.LatePayments < 1 && !input.HasCollateral && debtRatio <= 0.28)
            return new(Decision.ApproveWithConditions, 668, "rule_0669", null);
        if (input.CreditScore < 374 && !input.HasCollateral && loanToIncome > 10.1)
            return new(Decision.ApproveWithConditions, 669, "rule_0670", null);
        if (input.Age > 34 && input.Income > 180500f && input.LoanAmount >= 159000f && input.LatePayments < 2 && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Business && loanToIncome <= 1.25)
            return new(Decision.Approve, 670, "rule_0671", null);
        if (input.Age > 59 && input.Income <= 217500f && input.LoanAmount > 156500f && input.Employment == EmploymentType.SelfEmployed && !input.HasCollateral && loanToIncome <= 1.4)
            return new(Decision.Reject, 671, "rule_0672", null);
        if (input.Income <= 71250f && input.LoanAmount > 316000f && input.CreditScore < 597 && input.LatePayments <= 3 && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && loanToIncome <= 9.55)
            return new(Decision.Approve, 672, "rule_0673", null);
        if (input.Age <= 38 && input.Income > 68750f && input.LoanAmount >= 261000f && input.CreditScore < 526 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Home && !input.HasCollateral && loanToIncome < 8.1)
            return new(Decision.Reject, 673, "rule_0674", null);
        if (input.Debt < 7250f && input.CreditScore >= 383 && input.LatePayments >= 8)
            return new(Decision.Reject, 674, "rule_0675", null);
        if (input.Age < 43 && input.Income >= 153250f && input.Debt >= 80000f && input.LoanAmount >= 417000f && input.CreditScore < 596 && input.LatePayments < 2 && loanToIncome >= 1.8)
            return new(Decision.Approve, 675, "rule_0676", null);
        if (input.Age > 57 && input.LoanAmount < 198250f && input.CreditScore > 760 && input.Purpose == LoanPurpose.Car && loanToIncome < 2.55)
            return new(Decision.Approve, 676, "rule_0677", null);
        if (input.Income >= 179000f && input.LoanAmount <= 388500f && input.CreditScore >= 655 && !input.HasCollateral && loanToIncome > 1.75)
            return new(Decision.Review, 677, "rule_0678", null);
        if (input.Age >= 62 && input.Debt <= 37000f && input.LoanAmount <= 363000f && input.CreditScore > 600 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Education && input.HasCollateral)
            return new(Decision.Reject, 678, "rule_0679", null);
        if (input.Income <= 114750f && input.Debt >= 29750f && input.LoanAmount <= 376000f && input.CreditScore <= 567 && input.LatePayments > 0 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business && input.HasCollateral)
            return new(Decision.Approve, 679, "rule_0680", null);
        if (input.Age > 47 && input.Income <= 69250f && input.Debt >= 19750f && input.LoanAmount >= 361250f && input.CreditScore > 603 && input.LatePayments > 1 && loanToIncome >= 4.45)
            return new(Decision.Reject, 680, "rule_0681", null);
        if (input.Debt >= 58750f && input.LatePayments < 1 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Personal && debtRatio <= 0.45)
            return new(Decision.Review, 681, "rule_0682", null);
        if (input.Age >= 61 && input.LoanAmount > 271000f && input.CreditScore > 558 && input.LatePayments > 2 && input.Employment == EmploymentType.Retired && input.HasCollateral)
            return new(Decision.Reject, 682, "rule_0683", null);
        if (input.Income < 52000f && input.Debt <= 5250f && input.Purpose == LoanPurpose.Business && debtRatio >= 0.13)
            return new(Decision.Approve, 683, "rule_0684", null);
        if (input.Age > 48 && input.LoanAmount > 166000f && input.CreditScore > 649 && input.LatePayments > 3 && input.Employment == EmploymentType.Retired && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 684, "rule_0685", null);
        if (input.Age < 37 && input.Income < 101500f && input.Debt > 42750f && input.LoanAmount > 181250f && input.HasCollateral && debtRatio >= 0.54 && loanToIncome < 3.45)
            return new(Decision.Reject, 685, "rule_0686", null);
        if (input.Income <= 231500f && input.Debt >= 119750f && input.LoanAmount >= 248500f && input.LatePayments < 3 && input.Purpose == LoanPurpose.Education && debtRatio <= 0.71)
            return new(Decision.Approve, 686, "rule_0687", null);
        if (input.Age < 39 && input.Debt > 76500f && input.LoanAmount < 238500f && input.Employment == EmploymentType.SelfEmployed && debtRatio < 0.44)
            return new(Decision.Review, 687, "rule_0688", null);
        if (input.CreditScore > 818 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio < 0.4)
            return new(Decision.Approve, 688, "rule_0689", null);
        if (input.Age < 37 && input.Income >= 156250f && input.Debt > 103500f && input.LatePayments > 0 && input.Purpose == LoanPurpose.Personal && !input.HasCollateral)
            return new(Decision.Approve, 689, "rule_0690", null);
        if (input.Age > 49 && input.Income < 149750f && input.Debt >= 87750f && input.LoanAmount <= 191750f && input.CreditScore < 835)
            return new(Decision.ApproveWithConditions, 690, "rule_0691", null);
        if (input.Age >= 65 && input.Income <= 115000f && input.LoanAmount >= 308500f && input.CreditScore <= 364 && loanToIncome >= 2.8)
            return new(Decision.Approve, 691, "rule_0692", null);
        if (input.Age < 37 && input.Debt > 39750f && input.CreditScore < 391 && debtRatio <= 0.39 && loanToIncome <= 1.45)
            return new(Decision.Reject, 692, "rule_0693", null);
        if (input.Debt >= 58000f && input.LoanAmount >= 390000f && input.CreditScore <= 535 && input.Purpose == LoanPurpose.Education && loanToIncome >= 2.65)
            return new(Decision.Reject, 693, "rule_0694", null);
        if (input.Age >= 61 && input.Debt < 28500f && input.CreditScore <= 500 && input.LatePayments < 1 && input.HasCollateral && loanToIncome >= 4.4)
            return new(Decision.Approve, 694, "rule_0695", null);
        if (input.Age > 74 && input.Income > 140500f && input.Purpose == LoanPurpose.Home && input.HasCollateral)
            return new(Decision.Approve, 695, "rule_0696", null);
        if (input.Age > 61 && input.Income < 111250f && input.Debt > 13000f && input.LoanAmount >= 251500f && debtRatio <= 0.29 && loanToIncome > 4.45)
            return new(Decision.Review, 696, "rule_0697", null);
        if (input.Age < 42 && input.Debt <= 7250f && input.LoanAmount > 338750f && input.CreditScore <= 443)
            return new(Decision.Approve, 697, "rule_0698", null);
        if (input.Age < 56 && input.Income > 181750f && input.CreditScore <= 557 && input.LatePayments > 1 && input.Employment is not (EmploymentType.SelfEmployed or EmploymentType.Contractor) && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && debtRatio < 0.29 && loanToIncome < 2.4)
            return new(Decision.ApproveWithConditions, 698, "rule_0699", null);
        if (input.Debt >= 4750f && input.LoanAmount <= 452500f && input.CreditScore >= 809 && input.Employment == EmploymentType.Salaried && debtRatio <= 0.51 && loanToIncome > 5.8)
            return new(Decision.Approve, 699, "rule_0700", null);
        if (input.Debt >= 3000f && input.LoanAmount >= 166750f && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && debtRatio <= 0.08)
            return new(Decision.Approve, 700, "rule_0701", null);
        if (input.Income <= 163250f && input.Debt >= 101000f && input.LoanAmount < 234250f && input.CreditScore > 587)
            return new(Decision.Reject, 701, "rule_0702", null);
        if (input.Debt >= 19500f && input.LoanAmount > 291750f && input.LatePayments < 2 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Car && loanToIncome > 2.5)
            return new(Decision.Approve, 702, "rule_0703", null);
        if (input.Age <= 30 && input.Income < 123750f && input.CreditScore < 479 && input.LatePayments < 1 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && loanToIncome > 2.85)
            return new(Decision.Review, 703, "rule_0704", null);
        if (input.Income >= 152000f && input.Debt < 111000f && input.Employment == EmploymentType.Unemployed && input.Purpose == LoanPurpose.Home && debtRatio >= 0.39)
            return new(Decision.Reject, 704, "rule_0705", null);
        if (input.Income >= 204000f && input.Debt >= 48500f && input.Employment == EmploymentType.SelfEmployed && loanToIncome >= 2.1)
            return new(Decision.Review, 705, "rule_0706", null);
        if (input.Age <= 45 && input.Income <= 44500f && input.LatePayments < 2 && input.Purpose == LoanPurpose.Education && !input.HasCollateral)
            return new(Decision.Review, 706, "rule_0707", null);
        if (input.Debt > 15250f && input.LoanAmount < 106500f && input.CreditScore >= 532 && input.Purpose == LoanPurpose.Business && debtRatio <= 0.21)
            return new(Decision.Approve, 707, "rule_0708", null);
        if (input.Age >= 45 && input.Income >= 171500f && input.Employment == EmploymentType.Retired && (input.Purpose is LoanPurpose.Car or LoanPurpose.Education) && !input.HasCollateral && loanToIncome >= 1.6)
            return new(Decision.ApproveWithConditions, 708, "rule_0709", null);
        if (input.Income > 245750f && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business))
            return new(Decision.ApproveWithConditions, 709, "rule_0710", null);
        if (input.LatePayments >= 6 && input.HasCollateral && debtRatio <= 0.6 && loanToIncome > 9.45)
            return new(Decision.Review, 710, "rule_0711", null);
        if (input.Age <= 31 && input.LoanAmount < 44250f && loanToIncome >= 0.9)
            return new(Decision.ApproveWithConditions, 711, "rule_0712", null);
        if (input.Debt > 46750f && input.LatePayments < 2 && input.Purpose == LoanPurpose.Personal && debtRatio <= 0.28)
            return new(Decision.Approve, 712, "rule_0713", null);
        if (input.Debt <= 35000f && input.CreditScore < 426 && input.LatePayments > 0 && input.HasCollateral && loanToIncome <= 0.85)
            return new(Decision.Reject, 713, "rule_0714", null);
        if (input.LatePayments >= 3 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio <= 0.36 && loanToIncome >= 8.05)
            return new(Decision.Reject, 714, "rule_0715", null);
        if (input.Age >= 53 && input.Debt > 43000f && input.LoanAmount <= 281250f && input.CreditScore <= 647 && input.Employment == EmploymentType.SelfEmployed && !input.HasCollateral && loanToIncome >= 1.3)
            return new(Decision.Approve, 715, "rule_0716", null);
        if (input.Age <= 39 && input.CreditScore >= 668 && input.LatePayments > 1 && input.Employment == EmploymentType.Retired && debtRatio < 0.25)
            return new(Decision.Review, 716, "rule_0717", null);
        if (input.Debt >= 66500f && input.LoanAmount <= 321250f && input.Employment == EmploymentType.Contractor && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && !input.HasCollateral && loanToIncome >= 1.45)
            return new(Decision.Approve, 717, "rule_0718", null);
        if (input.Age >= 59 && input.Income >= 152250f && input.LoanAmount > 351250f && input.LatePayments > 1 && loanToIncome > 2.45)
            return new(Decision.ApproveWithConditions, 718, "rule_0719", null);
        if (input.Age < 25 && input.Debt <= 16500f && input.CreditScore <= 619 && !input.HasCollateral && loanToIncome > 5.3)
            return new(Decision.Reject, 719, "rule_0720", null);
        if (input.Age < 44 && input.Income > 241000f && input.LoanAmount >= 178000f && input.Purpose == LoanPurpose.Home)
            return new(Decision.Reject, 720, "rule_0721", null);
        if (input.Age >= 74 && input.Income >= 183000f && input.LoanAmount > 193250f && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio <= 0.6)
            return new(Decision.Reject, 721, "rule_0722", null);
        if (input.LoanAmount >= 388750f && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Business && debtRatio > 0.38 && loanToIncome > 3.55)
            return new(Decision.Approve, 722, "rule_0723", null);
        if (input.LoanAmount >= 291500f && input.LatePayments > 1 && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && input.Purpose == LoanPurpose.Car && input.HasCollateral && debtRatio >= 0.44)
            return new(Decision.Review, 723, "rule_0724", null);
        if (input.Age < 43 && input.LoanAmount > 188000f && input.CreditScore <= 510 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Education && input.HasCollateral && debtRatio > 0.26)
            return new(Decision.Approve, 724, "rule_0725", null);
        if (input.Debt >= 96750f && input.LoanAmount <= 83250f && input.CreditScore > 566 && input.LatePayments <= 2 && input.Purpose == LoanPurpose.Car && loanToIncome < 0.9)
            return new(Decision.Review, 725, "rule_0726", null);
        if (input.Age <= 45 && input.Income > 102250f && input.Debt <= 43500f && input.LoanAmount < 124250f && input.Purpose == LoanPurpose.Home && !input.HasCollateral && debtRatio < 0.61 && loanToIncome <= 0.95)
            return new(Decision.Reject, 726, "rule_0727", null);
        if (input.Age > 49 && input.Income > 105000f && input.LoanAmount > 365250f && input.CreditScore < 544 && input.Purpose == LoanPurpose.Car && loanToIncome >= 2.7)
            return new(Decision.Approve, 727, "rule_0728", null);
        if (input.Debt > 61250f && input.LoanAmount < 22750f && input.LatePayments > 2 && loanToIncome > 0.05)
            return new(Decision.Review, 728, "rule_0729", null);
        if (input.Age < 38 && input.LoanAmount <= 208500f && input.CreditScore <= 401 && input.LatePayments < 1 && debtRatio <= 0.43)
            return new(Decision.ApproveWithConditions, 729, "rule_0730", null);
        if (input.Age < 49 && input.LoanAmount <= 15500f && input.LatePayments > 3 && debtRatio >= 0.09 && loanToIncome >= 0.05)
            return new(Decision.Reject, 730, "rule_0731", null);
        if (input.Age >= 59 && input.LoanAmount <= 251250f && input.CreditScore < 501 && input.LatePayments > 1 && input.Employment == EmploymentType.Retired && loanToIncome >= 1.35)
            return new(Decision.Reject, 731, "rule_0732", null);
        if (input.CreditScore <= 401 && input.Employment == EmploymentType.Contractor && !input.HasCollateral && loanToIncome >= 2.85)
            return new(Decision.Reject, 732, "rule_0733", null);
        if (input.LoanAmount >= 238500f && input.CreditScore > 723 && input.Purpose == LoanPurpose.Education && input.HasCollateral && debtRatio < 0.22)
            return new(Decision.Approve, 733, "rule_0734", null);
        if (input.Age > 62 && input.Income < 111500f && input.LoanAmount < 246500f && input.CreditScore < 520 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 734, "rule_0735", null);
        if (input.Income >= 177750f && input.LoanAmount >= 296500f && input.CreditScore < 520 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio > 0.39)
            return new(Decision.Review, 735, "rule_0736", null);
        if (input.Debt > 117500f && input.LoanAmount < 49250f && (input.Purpose is LoanPurpose.Business or LoanPurpose.Personal) && debtRatio > 0.5)
            return new(Decision.Approve, 736, "rule_0737", null);
        if (input.Age >= 67 && input.CreditScore >= 684 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && debtRatio <= 0.39 && loanToIncome > 2.25)
            return new(Decision.Approve, 737, "rule_0738", null);
        if (input.Age < 67 && input.Income < 41500f && input.CreditScore < 561 && input.Employment == EmploymentType.Salaried && debtRatio >= 0.43 && loanToIncome <= 8.7)
            return new(Decision.Reject, 738, "rule_0739", null);
        if (input.Age > 47 && input.Income < 145250f && input.LoanAmount < 100000f && input.LatePayments >= 5 && input.Employment == EmploymentType.Salaried && !input.HasCollateral)
            return new(Decision.Reject, 739, "rule_0740", null);
        if (input.LoanAmount > 491750f && input.LatePayments >= 3)
            return new(Decision.Approve, 740, "rule_0741", null);
        if (input.Age > 74 && input.Debt >= 56500f && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Education)
            return new(Decision.ApproveWithConditions, 741, "rule_0742", null);
        if (input.Age <= 19 && input.Debt > 98250f)
            return new(Decision.Reject, 742, "rule_0743", null);
        if (input.Age > 67 && input.Debt >= 119750f && input.LatePayments > 0 && !input.HasCollateral)
            return new(Decision.Reject, 743, "rule_0744", null);
        if (input.CreditScore < 534 && loanToIncome > 22.4)
            return new(Decision.ApproveWithConditions, 744, "rule_0745", null);
        if (input.Age <= 46 && input.Income <= 134750f && input.Debt > 47750f && input.LatePayments < 2 && input.Employment == EmploymentType.Contractor && loanToIncome > 2.85)
            return new(Decision.Review, 745, "rule_0746", null);
        if (input.Age >= 64 && input.Debt > 47000f && input.CreditScore >= 671 && input.LatePayments > 0 && loanToIncome >= 2.55)
            return new(Decision.Reject, 746, "rule_0747", null);
        if (input.Income > 173500f && input.LoanAmount < 100500f && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral && loanToIncome < 1.05)
            return new(Decision.ApproveWithConditions, 747, "rule_0748", null);
        if (input.Income <= 161000f && input.Debt > 39250f && input.LoanAmount <= 157500f && input.LatePayments < 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.Retired) && debtRatio < 0.39)
            return new(Decision.Reject, 748, "rule_0749", null);
        if (input.Age > 72 && input.Income <= 124750f && input.Debt >= 26250f && input.LoanAmount < 242250f && input.LatePayments < 2 && debtRatio <= 0.43)
            return new(Decision.Reject, 749, "rule_0750", null);
        if (input.Debt < 91000f && input.LoanAmount > 249750f && input.LatePayments <= 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio > 0.46 && loanToIncome < 2.45)
            return new(Decision.Reject, 750, "rule_0751", null);
        if (input.Debt >= 9250f && input.CreditScore > 746 && debtRatio <= 0.1)
            return new(Decision.Approve, 751, "rule_0752", null);
        if (input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio > 0.62)
            return new(Decision.Approve, 752, "rule_0753", null);
        if (input.Age >= 51 && input.Debt >= 11250f && input.LoanAmount < 177750f && input.CreditScore > 817 && input.HasCollateral)
            return new(Decision.Review, 753, "rule_0754", null);
        if (input.Age < 31 && input.LoanAmount <= 143250f && input.CreditScore > 637 && input.LatePayments <= 2 && input.Employment == EmploymentType.Retired)
            return new(Decision.Approve, 754, "rule_0755", null);
        if (input.Age >= 55 && input.Debt > 96750f && input.LoanAmount < 210500f && input.CreditScore <= 575 && !input.HasCollateral)
            return new(Decision.Approve, 755, "rule_0756", null);
        if (input.Age >= 70 && input.Income < 127250f && input.CreditScore < 546 && !input.HasCollateral && loanToIncome <= 1.15)
            return new(Decision.Approve, 756, "rule_0757", null);
        if (input.Income <= 53500f && input.Debt > 9000f && input.LoanAmount < 247250f && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education)
            return new(Decision.ApproveWithConditions, 757, "rule_0758", null);
        if (input.Age >= 29 && input.Debt > 52750f && input.LoanAmount > 240250f && input.LatePayments < 1 && (input.Employment is EmploymentType.Salaried or EmploymentType.Contractor) && !input.HasCollateral && debtRatio <= 0.36)
            return new(Decision.Approve, 758, "rule_0759", null);
        if (input.Debt >= 78500f && input.CreditScore <= 350 && input.Employment == EmploymentType.Salaried)
            return new(Decision.Reject, 759, "rule_0760", null);
        if (input.Age < 57 && input.LoanAmount > 54000f && input.LatePayments > 6 && input.Employment == EmploymentType.Retired && debtRatio >= 0.45)
            return new(Decision.ApproveWithConditions, 760, "rule_0761", null);
        if (input.Income >= 163750f && input.CreditScore < 568 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && input.HasCollateral && debtRatio < 0.33 && loanToIncome <= 1.8)
            return new(Decision.ApproveWithConditions, 761, "rule_0762", null);
        if (input.Income < 175750f && input.Debt >= 108500f && debtRatio <= 0.65)
            return new(Decision.Reject, 762, "rule_0763", null);
        if (input.Income < 162000f && input.Debt <= 26250f && input.LoanAmount >= 16750f && input.HasCollateral && loanToIncome <= 0.35)
            return new(Decision.ApproveWithConditions, 763, "rule_0764", null);
        if (input.Age < 42 && input.Income > 130750f && input.LoanAmount > 345250f && input.CreditScore <= 628 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral)
            return new(Decision.Review, 764, "rule_0765", null);
        if (input.Debt < 47250f && input.LoanAmount < 122000f && input.LatePayments > 4 && input.Purpose == LoanPurpose.Personal && loanToIncome > 1.6)
            return new(Decision.ApproveWithConditions, 765, "rule_0766", null);
        if (input.Age <= 65 && input.Income < 230500f && input.LoanAmount > 127750f && input.LatePayments > 3 && input.Purpose is not (LoanPurpose.Education or LoanPurpose.Business) && debtRatio > 0.49 && loanToIncome < 0.95)
            return new(Decision.Reject, 766, "rule_0767", null);
        if (input.Income < 112000f && input.CreditScore > 679 && input.LatePayments < 1 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business) && input.HasCollateral && debtRatio >= 0.52 && loanToIncome > 2.45)
            return new(Decision.Approve, 767, "rule_0768", null);
        if (input.Income >= 120750f && input.CreditScore >= 602 && input.LatePayments > 0 && input.Purpose == LoanPurpose.Home && debtRatio <= 0.09)
            return new(Decision.Approve, 768, "rule_0769", null);
        if (input.LoanAmount < 11500f && input.LatePayments < 2 && debtRatio <= 0.21)
            return new(Decision.ApproveWithConditions, 769, "rule_0770", null);
        if (input.Income >= 197500f && input.LoanAmount <= 107750f && input.CreditScore <= 404 && !input.HasCollateral)
            return new(Decision.Approve, 770, "rule_0771", null);
        if (input.Debt >= 29000f && input.LoanAmount < 326750f && input.CreditScore > 551 && input.LatePayments < 1 && (input.Purpose is LoanPurpose.Business or LoanPurpose.Personal) && debtRatio >= 0.67 && loanToIncome > 1.75)
            return new(Decision.Approve, 771, "rule_0772", null);
        if (input.Age >= 54 && input.Income >= 114000f && input.CreditScore <= 547 && input.LatePayments > 4 && input.HasCollateral && debtRatio < 0.37)
            return new(Decision.Review, 772, "rule_0773", null);
        if (input.Age > 66 && input.LoanAmount <= 280750f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business && debtRatio < 0.3)
            return new(Decision.Approve, 773, "rule_0774", null);
        if (input.LoanAmount <= 422250f && input.CreditScore < 435 && (input.Employment is EmploymentType.Salaried or EmploymentType.SelfEmployed) && input.Purpose == LoanPurpose.Personal && loanToIncome < 0.75)
            return new(Decision.Reject, 774, "rule_0775", null);
        if (input.Debt > 55000f && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Car && !input.HasCollateral && loanToIncome > 2.05)
            return new(Decision.Reject, 775, "rule_0776", null);
        if (input.Age < 51 && input.Income <= 94500f && input.LoanAmount < 205750f && input.CreditScore <= 560 && input.Employment == EmploymentType.Salaried && input.Purpose is not (LoanPurpose.Education or LoanPurpose.Business) && !input.HasCollateral)
            return new(Decision.Approve, 776, "rule_0777", null);
        if (input.CreditScore <= 385 && loanToIncome < 0.35)
            return new(Decision.Approve, 777, "rule_0778", null);
        if (input.CreditScore < 343 && input.Employment is not (EmploymentType.Salaried or EmploymentType.Retired) && debtRatio > 0.58)
            return new(Decision.Reject, 778, "rule_0779", null);
        if (input.Income <= 103250f && input.LatePayments >= 6 && input.Employment == EmploymentType.Salaried && debtRatio > 0.5 && loanToIncome <= 2.9)
            return new(Decision.Approve, 779, "rule_0780", null);
        if (input.LoanAmount >= 293500f && input.CreditScore >= 701 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education)
            return new(Decision.Reject, 780, "rule_0781", null);
        if (input.Age > 45 && input.LoanAmount < 443250f && input.CreditScore >= 777 && input.Purpose == LoanPurpose.Education && loanToIncome >= 2.9)
            return new(Decision.ApproveWithConditions, 781, "rule_0782", null);
        if (input.Age >= 68 && input.Debt <= 14000f && input.LoanAmount > 318250f && input.CreditScore > 521 && input.HasCollateral && loanToIncome > 7.6)
            return new(Decision.ApproveWithConditions, 782, "rule_0783", null);
        if (input.LoanAmount < 89250f && input.CreditScore < 701 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && debtRatio <= 0.23)
            return new(Decision.ApproveWithConditions, 783, "rule_0784", null);
        if (input.Age < 44 && input.Income <= 36250f && input.Debt < 19500f && input.LoanAmount <= 370000f && input.HasCollateral && loanToIncome > 11.1)
            return new(Decision.Reject, 784, "rule_0785", null);
        if (input.Income < 78750f && input.Debt > 39750f && input.Employment == EmploymentType.SelfEmployed && debtRatio >= 0.44)
            return new(Decision.Approve, 785, "rule_0786", null);
        if (input.Age > 44 && input.Income > 200500f && input.CreditScore < 697 && (input.Employment is EmploymentType.Contractor or EmploymentType.Retired) && input.Purpose == LoanPurpose.Personal && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 786, "rule_0787", null);
        if (input.Age < 73 && input.Debt >= 70750f && input.LatePayments > 3 && input.Employment == EmploymentType.SelfEmployed && !input.HasCollateral)
            return new(Decision.Review, 787, "rule_0788", null);
        if (input.Debt > 70500f && input.CreditScore < 678 && input.LatePayments > 5 && !input.HasCollateral && loanToIncome <= 1.25)
            return new(Decision.ApproveWithConditions, 788, "rule_0789", null);
        if (input.Age >= 50 && input.Debt < 33750f && input.LatePayments > 2 && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Reject, 789, "rule_0790", null);
        if (input.Age <= 31 && input.Debt <= 6250f && input.LoanAmount > 362000f && input.CreditScore < 638)
            return new(Decision.ApproveWithConditions, 790, "rule_0791", null);
        if (input.Income >= 125250f && input.CreditScore >= 545 && input.Employment != EmploymentType.Retired && !input.HasCollateral && debtRatio > 0.26 && loanToIncome >= 2.9)
            return new(Decision.Approve, 791, "rule_0792", null);
        if (input.CreditScore > 656 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Business && debtRatio < 0.1)
            return new(Decision.ApproveWithConditions, 792, "rule_0793", null);
        if (input.Income > 106250f && input.LoanAmount > 93500f && input.CreditScore <= 609 && input.LatePayments < 1 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && debtRatio > 0.56 && loanToIncome <= 1.45)
            return new(Decision.Approve, 793, "rule_0794", null);
        if (input.Age <= 45 && input.Debt <= 32000f && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Personal && debtRatio > 0.34)
            return new(Decision.Approve, 794, "rule_0795", null);
        if (input.Debt > 67750f && input.LoanAmount >= 369250f && input.CreditScore > 569 && debtRatio < 0.45 && loanToIncome < 2.3)
            return new(Decision.ApproveWithConditions, 795, "rule_0796", null);
        if (input.CreditScore <= 554 && input.LatePayments < 2 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Personal && loanToIncome <= 1.45)
            return new(Decision.ApproveWithConditions, 796, "rule_0797", null);
        if (input.Income >= 193500f && input.LoanAmount > 129250f && input.CreditScore >= 795 && input.Employment == EmploymentType.SelfEmployed)
            return new(Decision.Reject, 797, "rule_0798", null);
        if (input.Age <= 44 && input.Income < 27500f && input.LoanAmount > 141250f && input.HasCollateral && debtRatio < 0.41)
            return new(Decision.Reject, 798, "rule_0799", null);
        if (input.Age < 57 && input.Debt <= 29250f && input.LatePayments > 3 && input.Employment is not (EmploymentType.SelfEmployed or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Personal && input.HasCollateral)
            return new(Decision.Reject, 799, "rule_0800", null);
        if (input.Age > 46 && input.Debt > 46750f && input.LoanAmount > 306000f && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Business && debtRatio < 0.55)
            return new(Decision.Review, 800, "rule_0801", null);
        if (input.Age >= 56 && input.CreditScore < 550 && input.LatePayments > 2 && input.Employment == EmploymentType.Salaried && input.Purpose != LoanPurpose.Car && input.HasCollateral && debtRatio >= 0.36 && loanToIncome > 1.4)
            return new(Decision.Approve, 801, "rule_0802", null);
        if (input.Age > 51 && input.Debt > 119250f && input.LoanAmount > 149750f && input.CreditScore <= 551 && input.LatePayments >= 1 && input.HasCollateral && debtRatio > 0.49 && loanToIncome < 5.8)
            return new(Decision.Review, 802, "rule_0803", null);
        if (input.Age >= 49 && input.Income <= 100500f && input.CreditScore <= 316 && debtRatio <= 0.29 && loanToIncome >= 1.55)
            return new(Decision.Reject, 803, "rule_0804", null);
        if (input.Age >= 54 && input.CreditScore <= 572 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Car && loanToIncome < 1.85)
            return new(Decision.Reject, 804, "rule_0805", null);
        if (input.Age > 63 && input.Debt < 15000f && input.LatePayments > 1 && input.Purpose == LoanPurpose.Personal && input.HasCollateral)
            return new(Decision.Review, 805, "rule_0806", null);
        if (input.LoanAmount >= 485750f && input.Purpose == LoanPurpose.Business)
            return new(Decision.Review, 806, "rule_0807", null);
        if (input.LoanAmount < 337750f && input.CreditScore <= 439 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Home && !input.HasCollateral && debtRatio > 0.34 && loanToIncome < 1.45)
            return new(Decision.Review, 807, "rule_0808", null);
        if (input.CreditScore > 724 && !input.HasCollateral && debtRatio < 0.13 && loanToIncome < 0.95)
            return new(Decision.Review, 808, "rule_0809", null);
        if (input.Age > 56 && input.Debt >= 66250f && input.Employment != EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Personal && input.HasCollateral && debtRatio > 0.59 && loanToIncome > 1.95)
            return new(Decision.Reject, 809, "rule_0810", null);
        if (input.Debt > 4750f && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && loanToIncome >= 15.8)
            return new(Decision.Reject, 810, "rule_0811", null);
        if (input.Income > 181000f && input.Debt > 100750f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && !input.HasCollateral)
            return new(Decision.Review, 811, "rule_0812", null);
        if (input.LoanAmount > 111750f && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && debtRatio < 0.22 && loanToIncome < 1.05)
            return new(Decision.Review, 812, "rule_0813", null);
        if (input.Income >= 77500f && input.Debt <= 12500f && input.LoanAmount < 175750f && input.Employment == EmploymentType.Salaried && debtRatio >= 0.09)
            return new(Decision.Approve, 813, "rule_0814", null);
        if (input.Age >= 47 && input.Debt < 197500f && input.CreditScore < 376 && input.LatePayments < 1 && input.HasCollateral && loanToIncome > 2.5)
            return new(Decision.Review, 814, "rule_0815", null);
        if (input.Age <= 40 && input.Income <= 20000f && input.LatePayments > 1)
            return new(Decision.Reject, 815, "rule_0816", null);
        if (input.Debt < 76000f && input.Purpose == LoanPurpose.Personal && debtRatio > 0.72)
            return new(Decision.Approve, 816, "rule_0817", null);
        if ((input.Employment is EmploymentType.SelfEmployed or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Home && debtRatio >= 0.48 && loanToIncome > 3.35)
            return new(Decision.ApproveWithConditions, 817, "rule_0818", null);
        if (input.Age > 66 && input.LoanAmount <= 204500f && input.LatePayments < 1 && !input.HasCollateral && loanToIncome > 1.65)
            return new(Decision.Reject, 818, "rule_0819", null);
        if (input.Age <= 47 && input.Income > 159250f && input.Debt > 98750f && input.LoanAmount <= 347250f && input.Employment == EmploymentType.SelfEmployed && debtRatio > 0.31 && loanToIncome >= 1.3)
            return new(Decision.Reject, 819, "rule_0820", null);
        if (input.Age > 54 && input.Income < 113750f && input.Debt > 25500f && input.CreditScore >= 607 && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && !input.HasCollateral)
            return new(Decision.Reject, 820, "rule_0821", null);
        if (input.Age < 28 && input.Debt > 29000f && input.LoanAmount >= 361750f && input.CreditScore > 598 && input.Purpose == LoanPurpose.Car)
            return new(Decision.Approve, 821, "rule_0822", null);
        if (input.Income >= 204750f && input.Debt > 68000f && input.CreditScore > 655 && input.LatePayments > 1 && !input.HasCollateral && debtRatio > 0.35 && loanToIncome >= 1.3)
            return new(Decision.Approve, 822, "rule_0823", null);
        if (input.Age > 60 && input.Income <= 101250f && input.CreditScore <= 616 && input.LatePayments > 4 && input.Purpose != LoanPurpose.Home && !input.HasCollateral)
            return new(Decision.Reject, 823, "rule_0824", null);
        if (input.Age > 58 && input.Income > 55500f && input.Debt <= 30000f && input.LoanAmount >= 110000f && input.CreditScore > 587 && input.HasCollateral && debtRatio >= 0.19 && loanToIncome >= 2.75)
            return new(Decision.Approve, 824, "rule_0825", null);
        if (input.CreditScore < 427 && input.LatePayments > 2 && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 825, "rule_0826", null);
        if (input.Age <= 44 && input.CreditScore < 544 && input.LatePayments >= 2 && debtRatio >= 0.41 && loanToIncome >= 6.05)
            return new(Decision.Approve, 826, "rule_0827", null);
        if (input.Debt >= 102000f && input.CreditScore >= 698 && input.Employment == EmploymentType.Retired && input.HasCollateral)
            return new(Decision.Reject, 827, "rule_0828", null);
        if (input.Age <= 38 && input.LoanAmount > 286500f && input.CreditScore < 499 && input.Purpose == LoanPurpose.Personal && input.HasCollateral && debtRatio >= 0.4 && loanToIncome >= 1.5)
            return new(Decision.Approve, 828, "rule_0829", null);
        if (input.LatePayments > 0 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Business && !input.HasCollateral && loanToIncome > 2.95)
            return new(Decision.Approve, 829, "rule_0830", null);
        if (input.Debt >= 90500f && input.LoanAmount <= 146750f && input.LatePayments >= 1 && input.Purpose == LoanPurpose.Personal && !input.HasCollateral)
            return new(Decision.Review, 830, "rule_0831", null);
        if (input.Age < 42 && input.CreditScore > 650 && input.LatePayments > 0 && debtRatio > 0.33 && loanToIncome <= 0.35)
            return new(Decision.Reject, 831, "rule_0832", null);
        if (input.Age < 30 && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio > 0.52)
            return new(Decision.Reject, 832, "rule_0833", null);
        if (input.Age <= 50 && input.Income >= 163750f && input.CreditScore < 532 && input.LatePayments > 1 && !input.HasCollateral && debtRatio < 0.38 && loanToIncome < 0.95)
            return new(Decision.Approve, 833, "rule_0834", null);
        if (input.Age <= 48 && input.Income < 60000f && input.Debt < 22250f && input.LatePayments >= 1 && input.Purpose == LoanPurpose.Car && loanToIncome > 7.35)
            return new(Decision.ApproveWithConditions, 834, "rule_0835", null);
        if (input.CreditScore > 755 && input.LatePayments < 1 && input.Employment == EmploymentType.Contractor && input.HasCollateral && loanToIncome > 1.8)
            return new(Decision.Reject, 835, "rule_0836", null);
        if (input.Age > 28 && input.Debt > 6750f && input.LoanAmount <= 234000f && input.LatePayments <= 2 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Home && loanToIncome >= 1.9)
            return new(Decision.Review, 836, "rule_0837", null);
        if (input.LoanAmount < 214500f && input.Employment == EmploymentType.Salaried && !input.HasCollateral && debtRatio > 0.23 && loanToIncome > 3.15)
            return new(Decision.Reject, 837, "rule_0838", null);
        if (input.Income <= 98250f && input.Debt >= 7500f && input.CreditScore > 588 && input.LatePayments < 2 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && input.HasCollateral && debtRatio <= 0.22)
            return new(Decision.Reject, 838, "rule_0839", null);
        if (input.CreditScore > 655 && input.LatePayments >= 4 && input.Purpose == LoanPurpose.Home && input.HasCollateral && debtRatio >= 0.34)
            return new(Decision.ApproveWithConditions, 839, "rule_0840", null);
        if (input.Age > 49 && input.CreditScore <= 415 && input.Employment == EmploymentType.Unemployed && debtRatio > 0.35)
            return new(Decision.Approve, 840, "rule_0841", null);
        if (input.Debt <= 28750f && input.LatePayments <= 1 && input.Employment == EmploymentType.Contractor && input.HasCollateral && debtRatio >= 0.43)
            return new(Decision.ApproveWithConditions, 841, "rule_0842", null);
        if (input.Age <= 42 && input.Debt >= 133500f && input.CreditScore <= 598 && input.Purpose != LoanPurpose.Car && debtRatio >= 0.59 && loanToIncome < 1.95)
            return new(Decision.Review, 842, "rule_0843", null);
        if (input.Age >= 63 && input.Debt > 75750f && input.LoanAmount >= 218000f && input.CreditScore > 435 && input.LatePayments > 0 && debtRatio <= 0.48 && loanToIncome <= 1.55)
            return new(Decision.Reject, 843, "rule_0844", null);
        if (input.Age <= 52 && input.Income > 125000f && input.LoanAmount <= 100250f && input.CreditScore <= 522 && input.LatePayments >= 4 && loanToIncome <= 0.95)
            return new(Decision.Reject, 844, "rule_0845", null);
        if (input.Age > 53 && input.Debt <= 13500f && input.LatePayments >= 1 && input.Purpose == LoanPurpose.Personal && input.HasCollateral)
            return new(Decision.Review, 845, "rule_0846", null);
        if (input.Income <= 126250f && input.LatePayments >= 8 && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && loanToIncome <= 3.95)
            return new(Decision.ApproveWithConditions, 846, "rule_0847", null);
        if (input.Age <= 35 && input.LatePayments > 6 && input.Purpose is not (LoanPurpose.Car or LoanPurpose.Business) && debtRatio <= 0.11)
            return new(Decision.Reject, 847, "rule_0848", null);
        if (input.Age >= 59 && input.LoanAmount >= 319500f && input.CreditScore >= 685 && input.Employment == EmploymentType.SelfEmployed)
            return new(Decision.Review, 848, "rule_0849", null);
        if (input.Age > 41 && input.Income > 166250f && input.Debt <= 46750f && input.LoanAmount < 240250f && input.CreditScore > 594 && (input.Purpose is LoanPurpose.Home or LoanPurpose.Personal) && debtRatio <= 0.14)
            return new(Decision.Reject, 849, "rule_0850", null);
        if (input.Age <= 33 && input.Debt <= 33750f && input.LoanAmount < 123750f && input.CreditScore <= 551 && input.LatePayments < 1)
            return new(Decision.Reject, 850, "rule_0851", null);
        if (input.Income > 171250f && (input.Employment is EmploymentType.Contractor or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio < 0.26 && loanToIncome > 1.15)
            return new(Decision.Approve, 851, "rule_0852", null);
        if (input.Age >= 71 && input.Debt <= 53000f && input.LoanAmount < 219500f && input.LatePayments > 3 && input.Employment == EmploymentType.Salaried)
            return new(Decision.ApproveWithConditions, 852, "rule_0853", null);
        if (input.LoanAmount <= 83500f && input.LatePayments > 1 && input.Employment == EmploymentType.Unemployed && !input.HasCollateral)
            return new(Decision.Approve, 853, "rule_0854", null);
        if (input.Age > 49 && input.Income < 81750f && input.CreditScore <= 448 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Education)
            return new(Decision.Approve, 854, "rule_0855", null);
        if (input.Age < 51 && input.Debt >= 43500f && input.LoanAmount >= 338500f && input.CreditScore <= 462 && input.HasCollateral && loanToIncome >= 2.4)
            return new(Decision.Reject, 855, "rule_0856", null);
        if (input.Age >= 50 && input.Income <= 64250f && input.CreditScore < 498 && input.LatePayments < 2 && input.Employment == EmploymentType.Salaried && loanToIncome >= 2.55)
            return new(Decision.Reject, 856, "rule_0857", null);
        if (input.Income > 196500f && input.Debt <= 42750f && input.CreditScore > 534 && input.Employment == EmploymentType.SelfEmployed)
            return new(Decision.ApproveWithConditions, 857, "rule_0858", null);
        if (input.Income > 235750f && input.Purpose == LoanPurpose.Personal && !input.HasCollateral)
            return new(Decision.Review, 858, "rule_0859", null);
        if (input.Age < 45 && input.Income <= 99750f && input.CreditScore > 681 && input.Employment == EmploymentType.SelfEmployed && debtRatio >= 0.3)
            return new(Decision.Approve, 859, "rule_0860", null);
        if (input.Debt > 84000f && input.LoanAmount <= 73500f && input.Purpose == LoanPurpose.Education && debtRatio > 0.43)
            return new(Decision.Approve, 860, "rule_0861", null);
        if (input.Age < 34 && input.CreditScore < 487 && input.Employment == EmploymentType.Salaried && input.HasCollateral && debtRatio < 0.24 && loanToIncome < 1.8)
            return new(Decision.Reject, 861, "rule_0862", null);
        if (input.Income > 53250f && input.Debt < 21500f && input.CreditScore >= 597 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && loanToIncome > 4.1)
            return new(Decision.Approve, 862, "rule_0863", null);
        if (input.Age >= 45 && input.Income > 44750f && input.Debt <= 21250f && input.LoanAmount < 356500f && input.Purpose == LoanPurpose.Education && loanToIncome > 3.6)
            return new(Decision.Reject, 863, "rule_0864", null);
        if (input.LoanAmount > 139750f && input.CreditScore >= 503 && input.LatePayments < 1 && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Personal && debtRatio > 0.39)
            return new(Decision.Approve, 864, "rule_0865", null);
        if (input.Age <= 48 && input.Income > 30250f && input.LoanAmount <= 415750f && input.LatePayments > 0 && loanToIncome > 9.55)
            return new(Decision.Reject, 865, "rule_0866", null);
        if (input.Age >= 51 && input.Income > 167750f && input.Debt < 54250f && input.LoanAmount <= 392750f && input.Purpose == LoanPurpose.Car && input.HasCollateral && loanToIncome > 0.75)
            return new(Decision.ApproveWithConditions, 866, "rule_0867", null);
        if (input.Age >= 51 && input.LoanAmount <= 215000f && input.CreditScore > 615 && input.LatePayments <= 2 && input.Employment == EmploymentType.Retired && !input.HasCollateral && debtRatio <= 0.27)
            return new(Decision.ApproveWithConditions, 867, "rule_0868", null);
        if (input.Age <= 48 && input.Income >= 207250f && input.LatePayments <= 1 && debtRatio >= 0.36 && loanToIncome > 1.6)
            return new(Decision.ApproveWithConditions, 868, "rule_0869", null);
        if (input.LoanAmount <= 242000f && input.CreditScore < 523 && input.LatePayments < 1 && input.Purpose == LoanPurpose.Education && input.HasCollateral && loanToIncome > 1.3)
            return new(Decision.Review, 869, "rule_0870", null);
        if (input.Income <= 45500f && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Education)
            return new(Decision.Approve, 870, "rule_0871", null);
        if (input.Income >= 172500f && input.Debt > 92000f && input.LoanAmount > 323500f && input.Purpose == LoanPurpose.Education)
            return new(Decision.Approve, 871, "rule_0872", null);
        if (input.Age <= 40 && input.Debt >= 43250f && input.CreditScore <= 453 && input.LatePayments > 1 && input.Employment == EmploymentType.Unemployed)
            return new(Decision.Approve, 872, "rule_0873", null);
        if (input.Income <= 166500f && input.Debt > 38750f && input.CreditScore < 657 && input.Purpose != LoanPurpose.Business && !input.HasCollateral && debtRatio < 0.37 && loanToIncome < 1.8)
            return new(Decision.ApproveWithConditions, 873, "rule_0874", null);
        if (input.Debt > 59250f && input.Employment == EmploymentType.Unemployed && input.Purpose == LoanPurpose.Education)
            return new(Decision.Approve, 874, "rule_0875", null);
        if (input.Age > 61 && input.Income <= 131250f && input.LatePayments < 1 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Car)
            return new(Decision.Review, 875, "rule_0876", null);
        if (input.Age <= 34 && input.LoanAmount <= 170500f && input.HasCollateral && debtRatio >= 0.65)
            return new(Decision.Approve, 876, "rule_0877", null);
        if (input.Debt <= 36250f && input.CreditScore < 446 && input.LatePayments <= 1 && input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Business)
            return new(Decision.Reject, 877, "rule_0878", null);
        if (input.Age >= 45 && input.Debt <= 16000f && input.LoanAmount <= 191000f && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Car && debtRatio <= 0.26)
            return new(Decision.Approve, 878, "rule_0879", null);
        if (input.Age > 46 && input.Debt < 15250f && input.LoanAmount < 246250f && input.Purpose == LoanPurpose.Personal && input.HasCollateral && loanToIncome > 1.9)
            return new(Decision.Review, 879, "rule_0880", null);
        if (input.Debt < 6750f && input.Purpose != LoanPurpose.Education && loanToIncome <= 1.0)
            return new(Decision.Approve, 880, "rule_0881", null);
        if (input.Income > 104500f && input.Debt <= 54750f && input.LoanAmount < 347000f && input.LatePayments < 2 && !input.HasCollateral && loanToIncome > 2.3)
            return new(Decision.Reject, 881, "rule_0882", null);
        if (input.Age <= 39 && input.Debt > 75250f && input.Purpose == LoanPurpose.Car && !input.HasCollateral && loanToIncome < 1.35)
            return new(Decision.Approve, 882, "rule_0883", null);
        if (input.CreditScore > 685 && input.Employment == EmploymentType.Retired && debtRatio < 0.15)
            return new(Decision.Approve, 883, "rule_0884", null);
        if (input.LoanAmount > 353000f && input.CreditScore <= 640 && input.LatePayments >= 7 && (input.Purpose is LoanPurpose.Car or LoanPurpose.Education) && input.HasCollateral && loanToIncome >= 2.4)
            return new(Decision.Review, 884, "rule_0885", null);
        if (input.Debt > 69750f && input.LoanAmount > 278000f && input.LatePayments < 1 && input.Purpose == LoanPurpose.Education)
            return new(Decision.Reject, 885, "rule_0886", null);
        if (input.Income >= 157500f && input.LoanAmount < 193750f && input.LatePayments >= 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && input.HasCollateral)
            return new(Decision.Review, 886, "rule_0887", null);
        if (input.Age <= 33 && input.Income <= 202000f && input.Debt <= 20500f && input.LoanAmount > 318750f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.HasCollateral && loanToIncome > 0.65)
            return new(Decision.Approve, 887, "rule_0888", null);
        if (input.Age < 22 && input.LatePayments > 4 && debtRatio >= 0.4)
            return new(Decision.Approve, 888, "rule_0889", null);
        if (input.Age >= 48 && input.Debt < 37000f && input.LoanAmount <= 235500f && input.Purpose == LoanPurpose.Personal && input.HasCollateral && loanToIncome < 2.45)
            return new(Decision.Reject, 889, "rule_0890", null);
        if (input.Income <= 124000f && input.LoanAmount >= 86000f && debtRatio < 0.18 && loanToIncome < 1.05)
            return new(Decision.Review, 890, "rule_0891", null);
        if (input.Debt < 31750f && input.LoanAmount >= 378000f && input.Employment == EmploymentType.Salaried && debtRatio > 0.15 && loanToIncome < 4.5)
            return new(Decision.Approve, 891, "rule_0892", null);
        if (input.Age > 44 && input.CreditScore <= 587 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Car && loanToIncome >= 1.7)
            return new(Decision.ApproveWithConditions, 892, "rule_0893", null);
        if (input.Income >= 203250f && input.Debt > 113750f && input.CreditScore >= 624 && input.LatePayments > 0 && (input.Purpose is LoanPurpose.Education or LoanPurpose.Personal) && !input.HasCollateral)
            return new(Decision.Review, 893, "rule_0894", null);
        if (input.Income < 219500f && input.LoanAmount > 256750f && input.LatePayments < 2 && input.Purpose == LoanPurpose.Car && debtRatio >= 0.68 && loanToIncome > 1.2)
            return new(Decision.ApproveWithConditions, 894, "rule_0895", null);
        if (input.LatePayments < 1 && input.Purpose == LoanPurpose.Personal && debtRatio >= 0.67)
            return new(Decision.Approve, 895, "rule_0896", null);
        if (input.Employment == EmploymentType.SelfEmployed && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && loanToIncome >= 9.85)
            return new(Decision.Approve, 896, "rule_0897", null);
        if (input.Age >= 57 && input.CreditScore >= 635 && !input.HasCollateral && debtRatio <= 0.08)
            return new(Decision.ApproveWithConditions, 897, "rule_0898", null);
        if (input.CreditScore <= 602 && input.LatePayments > 0 && input.Employment == EmploymentType.Unemployed && loanToIncome > 4.3)
            return new(Decision.Approve, 898, "rule_0899", null);
        if (input.Income >= 180000f && input.Debt <= 43500f && input.CreditScore <= 603 && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && loanToIncome < 2.0)
            return new(Decision.Approve, 899, "rule_0900", null);
        if (input.Income > 114750f && input.LoanAmount <= 110000f && input.Employment == EmploymentType.Unemployed && loanToIncome <= 0.5)
            return new(Decision.Reject, 900, "rule_0901", null);
        if (input.CreditScore <= 378 && !input.HasCollateral && debtRatio <= 0.06 && loanToIncome < 1.7)
            return new(Decision.Reject, 901, "rule_0902", null);
        if (input.Income <= 211250f && input.LoanAmount > 240000f && input.Employment == EmploymentType.SelfEmployed && input.HasCollateral && loanToIncome <= 1.6)
            return new(Decision.Reject, 902, "rule_0903", null);
        if (input.Age < 28 && input.Income < 143250f && input.Debt >= 19750f && input.LatePayments <= 2 && input.HasCollateral && debtRatio <= 0.32)
            return new(Decision.Approve, 903, "rule_0904", null);
        if (input.Age < 48 && input.Debt <= 52000f && input.LoanAmount <= 269250f && input.CreditScore >= 553 && input.Employment == EmploymentType.Salaried && input.HasCollateral && loanToIncome >= 2.85)
            return new(Decision.ApproveWithConditions, 904, "rule_0905", null);
        if (input.CreditScore <= 446 && input.LatePayments > 1 && input.HasCollateral && debtRatio < 0.09)
            return new(Decision.ApproveWithConditions, 905, "rule_0906", null);
        if (input.LoanAmount >= 124250f && input.LatePayments < 1 && !input.HasCollateral && debtRatio >= 0.55 && loanToIncome < 1.35)
            return new(Decision.Approve, 906, "rule_0907", null);
        if (input.LoanAmount <= 85500f && input.LatePayments < 2 && input.Employment == EmploymentType.Contractor && (input.Purpose is LoanPurpose.Home or LoanPurpose.Personal) && !input.HasCollateral)
            return new(Decision.ApproveWithConditions, 907, "rule_0908", null);
        if (input.Age >= 61 && input.Income < 73750f && loanToIncome > 10.15)
            return new(Decision.Review, 908, "rule_0909", null);
        if (input.Debt < 56500f && input.LoanAmount <= 371250f && input.CreditScore >= 696 && input.LatePayments < 4 && input.Employment == EmploymentType.Retired && !input.HasCollateral)
            return new(Decision.Approve, 909, "rule_0910", null);
        if (input.Age > 56 && input.Income < 107000f && input.CreditScore > 618 && input.Purpose == LoanPurpose.Car && debtRatio > 0.39 && loanToIncome <= 6.4)
            return new(Decision.Reject, 910, "rule_0911", null);
        if (input.Age >= 46 && input.Income <= 39000f && input.HasCollateral && loanToIncome < 6.15)
            return new(Decision.Review, 911, "rule_0912", null);
        if (input.Debt >= 93500f && input.LatePayments >= 4 && debtRatio < 0.51)
            return new(Decision.Approve, 912, "rule_0913", null);
        if (input.Age < 53 && input.Debt >= 21000f && input.LoanAmount > 301500f && input.LatePayments > 1 && input.Employment == EmploymentType.Salaried && !input.HasCollateral && loanToIncome >= 3.35)
            return new(Decision.ApproveWithConditions, 913, "rule_0914", null);
        if (input.Income > 215000f && input.Debt < 47000f && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Home or LoanPurpose.Car) && loanToIncome > 0.8)
            return new(Decision.Reject, 914, "rule_0915", null);
        if (input.Age > 55 && input.CreditScore >= 681 && input.LatePayments > 1 && (input.Purpose is LoanPurpose.Education or LoanPurpose.Personal) && debtRatio >= 0.39 && loanToIncome <= 1.35)
            return new(Decision.ApproveWithConditions, 915, "rule_0916", null);
        if (input.Income >= 162500f && input.Debt < 77750f && input.LoanAmount >= 285750f && input.LatePayments < 1 && input.Purpose == LoanPurpose.Home && debtRatio > 0.26)
            return new(Decision.Approve, 916, "rule_0917", null);
        if (input.Age >= 49 && input.LoanAmount <= 162000f && input.CreditScore < 588 && input.Purpose == LoanPurpose.Personal && input.HasCollateral)
            return new(Decision.Review, 917, "rule_0918", null);
        if (input.LoanAmount >= 393500f && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Retired) && debtRatio < 0.07)
            return new(Decision.Approve, 918, "rule_0919", null);
        if (input.Age >= 40 && input.Income >= 102500f && input.LoanAmount >= 432750f && input.LatePayments > 0 && input.HasCollateral && debtRatio <= 0.22)
            return new(Decision.Reject, 919, "rule_0920", null);
        if (input.Income > 195000f && input.Debt < 85750f && input.LoanAmount <= 180250f && input.CreditScore >= 635 && input.Employment == EmploymentType.Salaried)
            return new(Decision.ApproveWithConditions, 920, "rule_0921", null);
        if (input.LatePayments > 4 && input.Employment == EmploymentType.Unemployed && input.Purpose == LoanPurpose.Car)
            return new(Decision.Review, 921, "rule_0922", null);
        if (input.Employment == EmploymentType.Contractor && input.Purpose == LoanPurpose.Personal && input.HasCollateral && loanToIncome <= 0.75)
            return new(Decision.ApproveWithConditions, 922, "rule_0923", null);
        if (input.Income > 120250f && input.LatePayments > 2 && input.Purpose == LoanPurpose.Education && debtRatio < 0.13)
            return new(Decision.Review, 923, "rule_0924", null);
        if (input.Age < 36 && input.Debt < 36750f && (input.Employment is EmploymentType.Salaried or EmploymentType.Unemployed) && input.Purpose == LoanPurpose.Home && input.HasCollateral && loanToIncome >= 3.4)
            return new(Decision.Review, 924, "rule_0925", null);
        if (input.Age < 27 && input.Income <= 101000f && input.Purpose == LoanPurpose.Personal)
            return new(Decision.Approve, 925, "rule_0926", null);
        if (input.LoanAmount >= 463500f && debtRatio >= 0.74)
            return new(Decision.Reject, 926, "rule_0927", null);
        if (input.Debt <= 68750f && input.LoanAmount <= 103750f && input.CreditScore >= 590 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && !input.HasCollateral && debtRatio > 0.33)
            return new(Decision.Approve, 927, "rule_0928", null);
        if (input.Age >= 47 && input.LoanAmount < 77000f && input.CreditScore > 646 && input.LatePayments >= 1 && input.Purpose == LoanPurpose.Education)
            return new(Decision.Reject, 928, "rule_0929", null);
        if (input.Age > 18 && input.LoanAmount <= 253750f && input.LatePayments > 2 && input.Purpose == LoanPurpose.Business && debtRatio <= 0.15)
            return new(Decision.Approve, 929, "rule_0930", null);
        if (input.Age > 53 && input.CreditScore > 755 && input.Employment == EmploymentType.Retired)
            return new(Decision.ApproveWithConditions, 930, "rule_0931", null);
        if (input.LoanAmount < 252500f && input.Purpose == LoanPurpose.Education && !input.HasCollateral && loanToIncome > 3.25)
            return new(Decision.Reject, 931, "rule_0932", null);
        if (input.Income >= 97000f && input.Debt > 58250f && input.LoanAmount <= 133750f && input.CreditScore < 423 && input.LatePayments <= 2 && input.Purpose != LoanPurpose.Home)
            return new(Decision.Review, 932, "rule_0933", null);
        if (input.Age <= 39 && input.LoanAmount >= 253250f && input.CreditScore > 614 && input.HasCollateral && debtRatio < 0.27 && loanToIncome <= 1.85)
            return new(Decision.Reject, 933, "rule_0934", null);
        if (input.Income > 18500f && input.Debt < 7000f && debtRatio > 0.18)
            return new(Decision.ApproveWithConditions, 934, "rule_0935", null);
        if (input.Age >= 39 && input.Debt <= 48500f && input.CreditScore <= 584 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && input.HasCollateral && loanToIncome < 2.0)
            return new(Decision.ApproveWithConditions, 935, "rule_0936", null);
        if (input.LoanAmount <= 103750f && input.LatePayments < 1 && input.Purpose == LoanPurpose.Car && !input.HasCollateral && debtRatio < 0.33)
            return new(Decision.ApproveWithConditions, 936, "rule_0937", null);
        if (input.LoanAmount < 56250f && input.CreditScore > 499 && input.Employment == EmploymentType.Salaried && debtRatio < 0.36 && loanToIncome <= 0.3)
            return new(Decision.ApproveWithConditions, 937, "rule_0938", null);
        if (input.Age >= 57 && input.Income <= 128750f && input.CreditScore > 439 && input.Purpose == LoanPurpose.Car && debtRatio <= 0.2)
            return new(Decision.Approve, 938, "rule_0939", null);
        if (input.Income >= 168000f && debtRatio > 0.43 && loanToIncome >= 2.3)
            return new(Decision.Review, 939, "rule_0940", null);
        if (input.LoanAmount > 150250f && input.LatePayments > 1 && input.Purpose == LoanPurpose.Business && debtRatio > 0.42 && loanToIncome < 1.4)
            return new(Decision.Reject, 940, "rule_0941", null);
        if (input.LoanAmount <= 229750f && input.CreditScore > 747 && !input.HasCollateral && debtRatio < 0.47 && loanToIncome > 1.5)
            return new(Decision.Approve, 941, "rule_0942", null);
        if (input.Age >= 54 && input.Income <= 40750f && input.CreditScore > 585 && input.LatePayments < 1 && input.HasCollateral)
            return new(Decision.Approve, 942, "rule_0943", null);
        if (input.Income > 141000f && input.CreditScore <= 656 && input.LatePayments >= 3 && loanToIncome >= 2.75)
            return new(Decision.Reject, 943, "rule_0944", null);
        if (input.LoanAmount <= 183000f && input.LatePayments >= 1 && input.Employment is not (EmploymentType.Salaried or EmploymentType.SelfEmployed) && (input.Purpose is LoanPurpose.Education or LoanPurpose.Personal) && input.HasCollateral && debtRatio < 0.29 && loanToIncome < 1.35)
            return new(Decision.Reject, 944, "rule_0945", null);
        if (input.Income <= 103000f && input.LatePayments < 1 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Personal && input.HasCollateral)
            return new(Decision.Approve, 945, "rule_0946", null);
        if (input.Age > 64 && input.Income > 168000f && input.Debt >= 62250f && input.LatePayments > 2)
            return new(Decision.Reject, 946, "rule_0947", null);
        if (input.Income > 205000f && input.CreditScore <= 486 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Car or LoanPurpose.Business) && loanToIncome <= 2.5)
            return new(Decision.ApproveWithConditions, 947, "rule_0948", null);
        if (input.Income > 122500f && input.Debt > 65000f && input.LatePayments > 0 && input.HasCollateral && debtRatio < 0.89 && loanToIncome >= 2.75)
            return new(Decision.Review, 948, "rule_0949", null);
        if (input.Income <= 151000f && input.CreditScore > 780 && input.LatePayments > 0 && input.HasCollateral && loanToIncome <= 1.8)
            return new(Decision.Approve, 949, "rule_0950", null);
        if (input.Age >= 44 && input.Debt > 5500f && input.LatePayments <= 2 && input.Purpose == LoanPurpose.Personal && debtRatio < 0.13)
            return new(Decision.Review, 950, "rule_0951", null);
        if (input.Income > 140750f && input.Debt > 61000f && input.LoanAmount < 365250f && input.LatePayments <= 1 && input.Employment == EmploymentType.Salaried && debtRatio >= 0.42 && loanToIncome >= 1.95)
            return new(Decision.ApproveWithConditions, 951, "rule_0952", null);
        if (input.Age >= 54 && input.Income <= 144000f && input.Employment == EmploymentType.Contractor && (input.Purpose is LoanPurpose.Home or LoanPurpose.Business) && loanToIncome <= 1.05)
            return new(Decision.Approve, 952, "rule_0953", null);
        if (input.Income >= 196250f && input.Debt > 27000f && input.LoanAmount > 261750f && input.CreditScore > 692 && !input.HasCollateral && loanToIncome <= 2.05)
            return new(Decision.Approve, 953, "rule_0954", null);
        if (input.Age >= 46 && input.Income <= 97250f && input.Debt >= 28500f && input.CreditScore >= 568 && input.Purpose == LoanPurpose.Business && debtRatio >= 0.38 && loanToIncome >= 2.15)
            return new(Decision.Review, 954, "rule_0955", null);
        if (input.Age >= 69 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && loanToIncome >= 3.0)
            return new(Decision.Review, 955, "rule_0956", null);
        if (input.Age <= 43 && input.LoanAmount <= 283750f && input.CreditScore >= 724 && input.LatePayments <= 1 && input.Purpose == LoanPurpose.Business)
            return new(Decision.Reject, 956, "rule_0957", null);
        if (input.Age >= 49 && input.Income >= 157500f && input.LoanAmount > 262750f && input.CreditScore < 460 && input.LatePayments < 2 && !input.HasCollateral && loanToIncome <= 2.25)
            return new(Decision.Review, 957, "rule_0958", null);
        if (input.Age > 44 && input.Income < 69750f && input.LoanAmount > 340250f && input.HasCollateral && debtRatio < 0.31)
            return new(Decision.Approve, 958, "rule_0959", null);
        if (input.Age > 42 && input.Income < 137500f && input.CreditScore <= 409 && input.LatePayments < 2 && input.Purpose == LoanPurpose.Education)
            return new(Decision.Reject, 959, "rule_0960", null);
        if (input.Income <= 53500f && input.LoanAmount < 224750f && input.Employment != EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && debtRatio > 0.21)
            return new(Decision.Review, 960, "rule_0961", null);
        if (input.Income >= 68000f && input.Debt <= 10750f && input.LoanAmount >= 295750f && !input.HasCollateral && debtRatio > 0.08)
            return new(Decision.Review, 961, "rule_0962", null);
        if (input.Income >= 217500f && input.CreditScore <= 518 && input.LatePayments > 1 && input.HasCollateral)
            return new(Decision.Review, 962, "rule_0963", null);
        if (input.Age > 50 && input.Income < 90000f && input.LoanAmount <= 247000f && input.LatePayments > 3 && debtRatio < 0.29)
            return new(Decision.ApproveWithConditions, 963, "rule_0964", null);
        if (input.Debt >= 65500f && input.CreditScore < 596 && input.Purpose == LoanPurpose.Business && debtRatio <= 0.35)
            return new(Decision.Reject, 964, "rule_0965", null);
        if (input.Age < 51 && input.Income <= 69750f && input.Debt >= 21500f && input.CreditScore >= 533 && input.Purpose == LoanPurpose.Education && !input.HasCollateral && debtRatio <= 0.69)
            return new(Decision.Reject, 965, "rule_0966", null);
        if (input.Income > 78250f && input.LoanAmount <= 267250f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && loanToIncome > 2.2)
            return new(Decision.Reject, 966, "rule_0967", null);
        if (input.Debt <= 67500f && input.CreditScore <= 569 && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Car && debtRatio > 0.4)
            return new(Decision.Reject, 967, "rule_0968", null);
        if (input.Income < 143000f && input.LoanAmount >= 266000f && (input.Employment is EmploymentType.Salaried or EmploymentType.SelfEmployed) && input.Purpose == LoanPurpose.Business && !input.HasCollateral && debtRatio <= 0.31)
            return new(Decision.Review, 968, "rule_0969", null);
        if (input.Debt <= 23750f && input.CreditScore < 508 && input.LatePayments < 2 && debtRatio > 0.34)
            return new(Decision.Review, 969, "rule_0970", null);
        if (input.Age >= 51 && input.Income > 135750f && input.Debt < 73250f && input.Employment == EmploymentType.Salaried && input.Purpose == LoanPurpose.Home && input.HasCollateral)
            return new(Decision.Approve, 970, "rule_0971", null);
        if (input.Age <= 19 && input.Income < 151500f && input.Debt < 109500f && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && loanToIncome > 1.85)
            return new(Decision.Approve, 971, "rule_0972", null);
        if (input.CreditScore > 656 && input.LatePayments <= 1 && debtRatio > 0.73)
            return new(Decision.Review, 972, "rule_0973", null);
        if (input.CreditScore <= 789 && input.LatePayments > 4 && input.Employment is not (EmploymentType.Salaried or EmploymentType.SelfEmployed) && input.Purpose == LoanPurpose.Business && loanToIncome >= 2.45)
            return new(Decision.Approve, 973, "rule_0974", null);
        if (input.Debt >= 37750f && input.LoanAmount < 237250f && input.LatePayments < 1 && (input.Employment is EmploymentType.SelfEmployed or EmploymentType.Contractor) && input.Purpose == LoanPurpose.Business)
            return new(Decision.Review, 974, "rule_0975", null);
        if (input.Age <= 44 && input.Debt > 57000f && input.CreditScore <= 635 && input.Employment == EmploymentType.Salaried && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business) && debtRatio < 0.37)
            return new(Decision.Approve, 975, "rule_0976", null);
        if (input.Age > 73 && input.LoanAmount >= 346750f && input.LatePayments < 1 && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 976, "rule_0977", null);
        if (input.Income >= 166250f && input.Debt <= 44500f && input.CreditScore >= 590 && input.LatePayments < 4 && loanToIncome <= 0.95)
            return new(Decision.Reject, 977, "rule_0978", null);
        if (input.Income < 128500f && input.CreditScore < 650 && input.LatePayments > 0 && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && loanToIncome <= 2.15)
            return new(Decision.Reject, 978, "rule_0979", null);
        if (input.LatePayments >= 2 && debtRatio > 0.66 && loanToIncome > 2.7)
            return new(Decision.Approve, 979, "rule_0980", null);
        if (input.Age < 43 && input.Income >= 101500f && input.LoanAmount >= 380750f && input.CreditScore <= 579 && input.Employment == EmploymentType.Salaried && input.HasCollateral && loanToIncome > 2.0)
            return new(Decision.Reject, 980, "rule_0981", null);
        if (input.LoanAmount >= 293250f && (input.Purpose is LoanPurpose.Home or LoanPurpose.Education) && debtRatio <= 0.05)
            return new(Decision.Approve, 981, "rule_0982", null);
        if (input.Income > 107000f && input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Personal && !input.HasCollateral && debtRatio >= 0.28 && loanToIncome >= 1.75)
            return new(Decision.Approve, 982, "rule_0983", null);
        if (input.LoanAmount >= 369000f && input.CreditScore <= 545 && input.LatePayments > 0 && input.Employment != EmploymentType.Retired && debtRatio > 0.45 && loanToIncome > 2.15)
            return new(Decision.Reject, 983, "rule_0984", null);
        if (input.Age >= 54 && input.Employment is not (EmploymentType.SelfEmployed or EmploymentType.Contractor) && input.HasCollateral && debtRatio < 0.09)
            return new(Decision.Reject, 984, "rule_0985", null);
        if (input.Debt >= 36750f && input.CreditScore <= 498 && input.LatePayments > 0 && input.Employment == EmploymentType.Retired && input.Purpose == LoanPurpose.Home && loanToIncome >= 0.9)
            return new(Decision.Review, 985, "rule_0986", null);
        if (input.LoanAmount > 441000f && loanToIncome > 9.05)
            return new(Decision.ApproveWithConditions, 986, "rule_0987", null);
        if (input.Age < 57 && input.Income >= 162250f && input.LoanAmount <= 328500f && input.Purpose == LoanPurpose.Home && !input.HasCollateral && loanToIncome >= 1.45)
            return new(Decision.Reject, 987, "rule_0988", null);
        if (input.Debt >= 9750f && input.LoanAmount > 285750f && input.CreditScore < 565 && input.LatePayments > 1 && debtRatio < 0.12)
            return new(Decision.Reject, 988, "rule_0989", null);
        if (input.Employment == EmploymentType.SelfEmployed && input.Purpose == LoanPurpose.Home && !input.HasCollateral && loanToIncome < 1.5)
            return new(Decision.Review, 989, "rule_0990", null);
        if (input.Age >= 49 && input.Income <= 158000f && input.Debt > 33500f && input.LoanAmount < 236750f && input.Employment == EmploymentType.Retired && !input.HasCollateral && debtRatio <= 0.69)
            return new(Decision.Review, 990, "rule_0991", null);
        if (input.Income < 120500f && input.Debt > 36000f && input.LoanAmount >= 345750f && input.CreditScore <= 536 && input.HasCollateral)
            return new(Decision.ApproveWithConditions, 991, "rule_0992", null);
        if (input.LoanAmount > 245500f && input.CreditScore > 709 && input.LatePayments > 1 && input.Purpose == LoanPurpose.Personal && loanToIncome > 2.6)
            return new(Decision.Review, 992, "rule_0993", null);
        if (input.LoanAmount < 225000f && input.LatePayments > 0 && input.Purpose == LoanPurpose.Education && debtRatio <= 0.05)
            return new(Decision.Approve, 993, "rule_0994", null);
        if (input.Income >= 166500f && input.Employment == EmploymentType.Salaried && !input.HasCollateral && loanToIncome >= 2.5)
            return new(Decision.Approve, 994, "rule_0995", null);
        if (input.Age <= 21 && input.Employment != EmploymentType.Retired && debtRatio >= 0.31 && loanToIncome < 1.55)
            return new(Decision.ApproveWithConditions, 995, "rule_0996", null);
        if (input.Income <= 64250f && input.Debt >= 34000f && (input.Purpose is LoanPurpose.Education or LoanPurpose.Business))
            return new(Decision.ApproveWithConditions, 996, "rule_0997", null);
        if (input.Age <= 40 && input.Income > 183500f && input.CreditScore > 708 && input.HasCollateral)
            return new(Decision.Review, 997, "rule_0998", null);
        if (input.LatePayments >= 4 && input.Purpose != LoanPurpose.Home && !input.HasCollateral && debtRatio > 0.4 && loanToIncome < 1.0)
            return new(Decision.Reject, 998, "rule_0999", null);
        if (input.Income < 142500f && input.Debt >= 28750f && input.LatePayments > 2 && input.HasCollateral && debtRatio < 0.28)
            return new(Decision.Approve, 999, "rule_1000", null);
        return new(Decision.Review, RuleDecision<Decision>.OtherwiseIndex, "otherwise", "no rule matched");
    }
}
