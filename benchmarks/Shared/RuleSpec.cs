using System;
using System.Collections.Generic;
using System.Globalization;

// Shared by the rule-set script (which writes the rule sets) and the benchmark rule-set library (which
// reads them): the applicant schema, the engine-neutral description of a rule set, a reference
// interpreter of that description, and the seeded input sampler. Linked into both projects as source.
namespace ModelDsl.Benchmarks.Spec;

/// <summary>The kind of a schema field (or derived value) as the rule sets use it.</summary>
public enum FieldKind
{
    Int,
    Float,
    Enum,
    Bool,
    Derived,
}

/// <summary>A field of the benchmark schema: its DSL name, its C# property name and its domain.</summary>
public sealed record FieldInfo(string DslName, string Property, FieldKind Kind, double Low, double High, double Step, string[] Members);

/// <summary>The one schema every benchmark rule set reads: a loan applicant.</summary>
public static class ApplicantSchema
{
    /// <summary>DSL names of the outcome enum's members (declaration order).</summary>
    public static readonly string[] Decisions = { "approve", "approve_with_conditions", "review", "reject" };

    /// <summary>DSL names of the employment enum's members.</summary>
    public static readonly string[] Employment = { "salaried", "self_employed", "contractor", "unemployed", "retired" };

    /// <summary>DSL names of the loan-purpose enum's members.</summary>
    public static readonly string[] Purposes = { "home", "car", "education", "business", "personal" };

    /// <summary>Fields and derived values ('let' in the DSL), in schema order; derived values last.</summary>
    public static readonly FieldInfo[] Fields =
    {
        new("age", "Age", FieldKind.Int, 18, 80, 1, Array.Empty<string>()),
        new("income", "Income", FieldKind.Float, 12_000, 250_000, 250, Array.Empty<string>()),
        new("debt", "Debt", FieldKind.Float, 0, 200_000, 250, Array.Empty<string>()),
        new("loan_amount", "LoanAmount", FieldKind.Float, 1_000, 500_000, 250, Array.Empty<string>()),
        new("credit_score", "CreditScore", FieldKind.Int, 300, 850, 1, Array.Empty<string>()),
        new("late_payments", "LatePayments", FieldKind.Int, 0, 9, 1, Array.Empty<string>()),
        new("employment", "Employment", FieldKind.Enum, 0, 0, 0, Employment),
        new("purpose", "Purpose", FieldKind.Enum, 0, 0, 0, Purposes),
        new("has_collateral", "HasCollateral", FieldKind.Bool, 0, 1, 1, Array.Empty<string>()),
        // let debt_ratio = debt / income; let loan_to_income = loan_amount / income (computed in double)
        new("debt_ratio", "debtRatio", FieldKind.Derived, 0, 0.9, 0.01, Array.Empty<string>()),
        new("loan_to_income", "loanToIncome", FieldKind.Derived, 0, 12, 0.05, Array.Empty<string>()),
    };

    public static FieldInfo Field(string dslName)
    {
        foreach (var f in Fields)
        {
            if (f.DslName == dslName) return f;
        }
        throw new ArgumentException($"unknown field '{dslName}'", nameof(dslName));
    }

    /// <summary>snake_case → PascalCase, as the generator names enum members and properties.</summary>
    public static string Pascal(string snake)
    {
        var parts = snake.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var result = "";
        foreach (var p in parts) result += char.ToUpperInvariant(p[0]) + p.Substring(1);
        return result;
    }
}

/// <summary>An engine-neutral rule set: rules tested in order, the first that matches decides.</summary>
public sealed class RuleSetSpec
{
    public string Name { get; set; } = "";

    public int Seed { get; set; }

    public string Otherwise { get; set; } = "review";

    public List<RuleSpec> Rules { get; set; } = new();
}

/// <summary>One rule: a conjunction of atoms and an outcome (a DSL member name of Decision).</summary>
public sealed class RuleSpec
{
    public string Name { get; set; } = "";

    public string Outcome { get; set; } = "";

    public List<AtomSpec> When { get; set; } = new();

    public bool Matches(in InputRow row)
    {
        foreach (var atom in When)
        {
            if (!atom.Matches(row)) return false;
        }
        return true;
    }
}

/// <summary>
/// One test on one field. Op: "&lt;", "&lt;=", "&gt;", "&gt;=" with <see cref="Value"/> (numbers and derived values);
/// "in" / "not_in" with <see cref="Values"/> (enums; DSL member names); "is" with Value 1 or 0 (bools).
/// </summary>
public sealed class AtomSpec
{
    public string Field { get; set; } = "";

    public string Op { get; set; } = "";

    public double Value { get; set; }

    public List<string>? Values { get; set; }

    /// <summary>The reference semantics every evaluator must agree with (numbers compared as double; exact for the sampled grid).</summary>
    public bool Matches(in InputRow row)
    {
        var field = ApplicantSchema.Field(Field);
        switch (Op)
        {
            case "in":
            case "not_in":
            {
                var member = field.Members[row.EnumOrdinal(Field)];
                return Values!.Contains(member) == (Op == "in");
            }
            case "is":
                return row.HasCollateral == (Value != 0);
            default:
            {
                var v = row.Number(Field);
                return Op switch
                {
                    "<" => v < Value,
                    "<=" => v <= Value,
                    ">" => v > Value,
                    ">=" => v >= Value,
                    _ => throw new InvalidOperationException($"unknown operator '{Op}'"),
                };
            }
        }
    }

    /// <summary>The number as the DSL and C# spell it (invariant culture, shortest round-trip form).</summary>
    public string FormatValue() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>An input in engine-neutral form; the benchmarks map it onto the generated Applicant record struct.</summary>
public readonly record struct InputRow(
    int Age, float Income, float Debt, float LoanAmount, int CreditScore, int LatePayments,
    int Employment, int Purpose, bool HasCollateral)
{
    public double DebtRatio => (double)Debt / Income;

    public double LoanToIncome => (double)LoanAmount / Income;

    public double Number(string field) => field switch
    {
        "age" => Age,
        "income" => Income,
        "debt" => Debt,
        "loan_amount" => LoanAmount,
        "credit_score" => CreditScore,
        "late_payments" => LatePayments,
        "debt_ratio" => DebtRatio,
        "loan_to_income" => LoanToIncome,
        _ => throw new ArgumentException($"'{field}' is not numeric", nameof(field)),
    };

    public int EnumOrdinal(string field) => field switch
    {
        "employment" => Employment,
        "purpose" => Purpose,
        _ => throw new ArgumentException($"'{field}' is not an enum", nameof(field)),
    };
}

/// <summary>Seeded applicants. System.Random with a seed is the same sequence on every .NET version and machine.</summary>
public static class InputSampler
{
    /// <summary>The seed of the benchmark inputs (the script calibrates rules on a different seed).</summary>
    public const int BenchmarkSeed = 1024;

    public const int BenchmarkCount = 1024;

    private static readonly int[] s_late = { 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 7, 9 };
    private static readonly int[] s_employment = { 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 4, 4 };

    public static InputRow Sample(Random rng)
    {
        var age = rng.Next(18, 81);
        var income = 250f * rng.Next(48, 1001);                    // 12,000 … 250,000
        var debt = 250f * rng.Next(0, (int)(income * 0.8f / 250f) + 1);
        var loan = 250f * rng.Next(4, 2001);                       // 1,000 … 500,000
        var score = rng.Next(300, 851);
        var late = s_late[rng.Next(s_late.Length)];
        var employment = s_employment[rng.Next(s_employment.Length)];
        var purpose = rng.Next(ApplicantSchema.Purposes.Length);
        var collateral = rng.Next(2) == 1;
        return new InputRow(age, income, debt, loan, score, late, employment, purpose, collateral);
    }

    public static InputRow[] Create(int seed, int count)
    {
        var rng = new Random(seed);
        var rows = new InputRow[count];
        for (var i = 0; i < count; i++) rows[i] = Sample(rng);
        return rows;
    }

    /// <summary>Index of the first matching rule, or -1 when none matches (the 'otherwise' default decides).</summary>
    public static int FirstMatch(RuleSetSpec spec, in InputRow row)
    {
        for (var i = 0; i < spec.Rules.Count; i++)
        {
            if (spec.Rules[i].Matches(row)) return i;
        }
        return -1;
    }
}
