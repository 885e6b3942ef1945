using System.Linq;
using Microsoft.CodeAnalysis;
using ModelDsl.Tests.Infrastructure;
using Xunit;
using static ModelDsl.Tests.Infrastructure.Snippets;

namespace ModelDsl.Tests.Generation;

/// <summary>Corner cases of the generated C#: it must compile without warnings (nullable on) whatever the names.</summary>
public class GeneratedCodeTests
{
    private static GeneratorRun AssertCompilesCleanly(string source)
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", source));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationDiagnostics);
        return run;
    }

    [Fact]
    public void Derived_values_may_use_names_the_generated_code_uses_internally()
    {
        AssertCompilesCleanly(RuleSet("""
            let derived = income / 6
            let fired = age + 1
            let conditions = fired - 1
            let c0 = 1.5
            let input = debt + 1
            let count = 2
            fact selected: bool = false
            fact decision: enum { yes, no } = no
            fact decision_set_by: bool = false
            rule r_set when derived > c0 and conditions > count => set selected = true
            rule r_set2 when input > 3 => set decision = yes
            rule r when selected and decision == yes => approve
            otherwise review
            """));
    }

    [Fact]
    public void Float_facts_take_double_arithmetic()
    {
        AssertCompilesCleanly(RuleSet("""
            fact score: float = 0.5
            fact total: double = 0
            fact big: long = 3000000000
            rule s when age > 30 => set score = income / 3
            rule t when age > 40 => set total = age * 2
            rule b when age > 50 => set big = age
            rule r when score > 1 and total > 2 and big > 3 => approve
            otherwise review
            """));
    }

    [Fact]
    public void A_long_value_does_not_fit_an_int_fact()
    {
        var d = GeneratorHarness.DiagnosticsOf(RuleSet("fact n: int = 3000000000\nrule r when n > 1 => approve\notherwise review")).Single(x => x.Id == "MDSL0115");
        Assert.Contains("fact 'n'", d.GetMessage());
    }

    [Fact]
    public void Integers_beyond_long_are_numbers_not_longs()
    {
        AssertCompilesCleanly(RuleSet("rule r when income > 9223372036854775808 => approve\notherwise review"));
    }

    [Fact]
    public void Only_ascii_digits_make_numbers()
    {
        var diagnostics = GeneratorHarness.DiagnosticsOf(RuleSet("rule r when age > \u0663 => approve\notherwise review"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "MDSL0004");
        Assert.Contains(diagnostics, d => d.Id.StartsWith("MDSL0", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Two_files_with_the_same_generated_name_are_a_diagnostic_not_a_crash()
    {
        var run = GeneratorHarness.Run(("a/b.mlmodel", "enum X { p }"), ("a.b.mlmodel", "enum Y { q }"));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8784" or "CS8785");
        Assert.Contains(run.Diagnostics, d => d.Id == "MDSL0111");
    }

    [Fact]
    public void Declarations_that_become_the_same_csharp_type_clash_across_files()
    {
        var run = GeneratorHarness.Run(("A.mlmodel", "enum loan_level { low }"), ("B.mlmodel", "enum LoanLevel { high }"));
        Assert.Equal("MDSL0105", Assert.Single(run.Mdsl).Id);
    }

    [Fact]
    public void Wide_enums_are_analysed_without_false_findings()
    {
        var members = string.Join(", ", Enumerable.Range(0, 70).Select(i => "v" + i));
        var run = AssertCompilesCleanly($"enum D {{ yes, no }}\nschema S {{ e: enum {{ {members} }} }}\nrules R(S) -> D {{\n rule late when e == v66 => yes\n rule early when e in {{ v1, v65 }} => no\n otherwise no\n}}");
        Assert.Empty(run.Mdsl);
    }

    [Fact]
    public void A_rule_set_with_errors_is_not_emitted()
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", RuleSet("rule r when agee > 1 => approve\notherwise review")));
        Assert.Equal("MDSL0101", Assert.Single(run.Mdsl).Id);
        Assert.DoesNotContain("class Policy", string.Concat(run.Sources.Select(s => s.Text)));
        Assert.Empty(run.CompilationDiagnostics); // no cascade of C# errors
    }

    [Fact]
    public void Literal_comparisons_fold_in_the_analysis()
    {
        var d = GeneratorHarness.DiagnosticsOf(RuleSet("rule never when 1 > 2 => approve\notherwise review")).Single();
        Assert.Equal("MDSL0202", d.Id);
    }

    [Fact]
    public void The_model_namespace_comes_from_the_file_then_the_project()
    {
        var withLine = GeneratorHarness.Run(("A.mlmodel", "namespace My.Models\nenum E { a }"));
        Assert.Contains("namespace My.Models", withLine.Sources.Single().Text);
        var without = GeneratorHarness.Run(("A.mlmodel", "enum E { a }"));
        Assert.Contains("namespace Test.Models", without.Sources.Single().Text);
    }

    [Fact]
    public void A_classifier_in_another_namespace_than_its_schema_compiles()
    {
        // the generated CSV writer named the label enum's ToDslName as an extension in scope, which it is only in the schema's namespace
        var run = GeneratorHarness.Run(
            ("Schema.mlmodel", "namespace Shop.Data\nenum Size { small, large }\nschema Parcel { weight: double  length: double  size: Size }"),
            ("Model.mlmodel", "namespace Shop.Models\nmodel SizeGuess : classifier(Parcel -> size) {\n    algorithm logistic_regression\n}"));
        Assert.Empty(run.Mdsl);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("namespace Shop.Models", string.Concat(run.Sources.Select(s => s.Text)));
    }
}
