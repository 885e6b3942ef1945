using System;
using System.IO;
using System.Linq;
using Acme.Lending;

// Decide every application in data/applicants.csv with the generated rule sets, then explain two decisions.
var path = Path.Combine(AppContext.BaseDirectory, "data", "applicants.csv");
var applicants = Applicant.ReadCsv(path).ToList();
Console.WriteLine($"LoanPolicy: {LoanPolicy.RuleCount} rules, {applicants.Count} applications from {Path.GetFileName(path)}");
Console.WriteLine();
Console.WriteLine($"{"#",-3} {"age",3} {"income",8} {"score",5} {"decision",-24} {"tier",-9} {"rule",-18} reason");

var flags = new ModelDsl.Runtime.Rules.RuleHit<Flag>[ComplianceFlags.MaxHits]; // reused: deciding allocates nothing
for (var i = 0; i < applicants.Count; i++)
{
    var a = applicants[i];
    var decision = LoanPolicy.Evaluate(in a);
    var tier = Pricing.Evaluate(in a);
    var flagCount = ComplianceFlags.EvaluateAll(in a, flags);
    var flagText = flagCount == 0 ? "" : "  flags: " + string.Join(", ", flags[..flagCount].ToArray().Select(f => f.Outcome.ToDslName()));
    Console.WriteLine($"{i + 1,-3} {a.Age,3} {a.Income,8:0} {a.CreditScore,5} {decision.Outcome.ToDslName(),-24} {(tier.HasOutcome ? tier.Outcome.ToDslName() : "-"),-9} {decision.RuleName,-18} {decision.Reason}{flagText}");
}

Console.WriteLine();
Console.WriteLine("Explanations (✔ decided, · matched but an earlier rule decided, ✘ did not match):");
Console.WriteLine();
Console.WriteLine("Why application 2 was decided as it was:");
Console.WriteLine(LoanPolicy.Explain(applicants[1]));
Console.WriteLine("Why application 11 was decided as it was:");
Console.WriteLine(LoanPolicy.Explain(applicants[10]));
