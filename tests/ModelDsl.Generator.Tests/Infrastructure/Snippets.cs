namespace ModelDsl.Tests.Infrastructure;

/// <summary>Small valid declarations that tests build on.</summary>
public static class Snippets
{
    public const string Applicant = """
        enum Decision { approve, review, reject }

        schema Applicant {
            age: int
            income: float
            debt: float
            credit_score: int
            employment: enum { salaried, self_employed, unemployed }
            has_collateral: bool
            country: string
        }
        """;

    /// <summary>A rule set over <see cref="Applicant"/> with the given body.</summary>
    public static string RuleSet(string body, string header = "rules Policy(Applicant) -> Decision") => Applicant + "\n\n" + header + " {\n" + body + "\n}\n";
}
