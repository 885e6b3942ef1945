using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelDsl.Tests.Infrastructure;
using Xunit;
using static ModelDsl.Tests.Infrastructure.Snippets;

namespace ModelDsl.Tests.Diagnostics;

/// <summary>
/// Messages a new user found weak (issue 13 §4): each case asserts the ID, the text the diagnostic underlines and
/// what the message must now say — the valid words, the did-you-mean, the fix.
/// </summary>
public class MessageQualityTests
{
    private static string Flower(string body, string head = "classifier(Flower -> species)") => $$"""
        schema Flower {
            sepal_length: float
            sepal_width: float
            petal_length: float
            petal_width: float
            species: enum { setosa, versicolor, virginica }
            note: string
        }

        model Iris : {{head}} {
            features sepal_length, sepal_width, petal_length, petal_width
            {{body}}
        }
        """;

    private static Diagnostic Single(string source, string id, string span)
    {
        var d = GeneratorHarness.SingleDiagnostic(source, id);
        Assert.Equal(span, GeneratorHarness.SpanOf(source, d));
        return d;
    }

    private static string Message(Diagnostic d) => d.GetMessage(CultureInfo.InvariantCulture);

    private static void Says(Diagnostic d, string fragment) =>
        Assert.True(Message(d).Contains(fragment), $"'{fragment}' not in: {Message(d)}");

    private static void DoesNotSay(Diagnostic d, string fragment) =>
        Assert.False(Message(d).Contains(fragment), $"'{fragment}' in: {Message(d)}");

    [Fact]
    public void A_misspelt_split_word_lists_stratified_and_seed_and_suggests_the_closest()
    {
        var d = Single(Flower("algorithm lda\nsplit test 0.2 stratifed"), "MDSL0001", "stratifed");
        Says(d, "'stratified'");
        Says(d, "'seed'");
        Says(d, "did you mean 'stratified'?");
    }

    [Theory]
    [InlineData("age > 1 && income > 2", "&&", "and")]
    [InlineData("age > 1 || income > 2", "||", "or")]
    [InlineData("!has_collateral", "!", "not")]
    public void C_style_logic_operators_are_told_the_dsl_words(string condition, string op, string word)
    {
        var source = RuleSet($"rule r when {condition} => approve\notherwise review");
        var d = Single(source, "MDSL0001", op);
        Says(d, $"write '{word}' instead of '{op}'");
    }

    [Fact]
    public void An_integer_fact_set_from_a_division_is_told_that_division_gives_a_double()
    {
        var source = RuleSet("fact half: int = 0\nrule r when age > 1 => set half = age / 2\nrule a when half > 10 => approve\notherwise review");
        var d = Single(source, "MDSL0115", "age / 2");
        Says(d, "'/' is real division and gives a double");
        Says(d, "declare 'half' as double");
    }

    [Fact]
    public void An_unknown_metric_lists_the_metrics_of_the_task()
    {
        var d = Single(Flower("algorithm lda\nmetrics accuracy, f_one"), "MDSL0120", "f_one");
        Says(d, "accuracy, precision, recall, f1, log_loss, confusion_matrix");
    }

    [Theory]
    [InlineData("decision_tree(depth: 3)", "depth", "max_depth")]
    [InlineData("random_forest(random_state: 1)", "random_state", "seed")]
    [InlineData("random_forest(n_estimator: 10)", "n_estimator", "n_estimators")]
    public void A_wrong_parameter_name_gets_a_did_you_mean(string algorithm, string name, string suggestion)
    {
        var d = Single(Flower("algorithm " + algorithm), "MDSL0122", name);
        Says(d, $"did you mean '{suggestion}'?");
    }

    [Fact]
    public void A_type_typo_is_an_unknown_type_with_a_did_you_mean()
    {
        var source = "schema S {\n    x: flaot\n}";
        var d = Single(source, "MDSL0103", "flaot");
        Assert.Equal("Unknown type 'flaot'; did you mean 'float'?", Message(d));
    }

    [Fact]
    public void A_conv2d_over_flat_features_suggests_shapes_that_hold_them()
    {
        var d = Single(Flower("preprocess standardize\nnetwork {\n    conv2d(8, kernel: 1) relu\n    dense(3)\n}"), "MDSL0130", "conv2d(8, kernel: 1)");
        Says(d, "'input … as [1, 2, 2]'");
        Says(d, "whose product is 4");
        DoesNotSay(d, "[1, 8, 8]");
    }

    [Theory]
    [InlineData(4, "[1, 2, 2]")]
    [InlineData(64, "[1, 8, 8]")]
    [InlineData(12, "[1, 3, 4]")]
    [InlineData(7, "[1, 1, 7]")]
    public void The_suggested_image_shape_holds_exactly_the_features(long values, string shape) =>
        Assert.Equal(shape, ModelDsl.Generator.Semantics.Networks.Layers.ConvolutionLayer.ImageShape(values));

    [Fact]
    public void The_shadowing_warning_names_the_rule_that_shadows()
    {
        var source = RuleSet("""
            rule young when age < 18 => reject
            rule earners when income > 1000 => approve
            rule rich when income > 5000 => review
            otherwise review
            """);
        var d = Single(source, "MDSL0201", "rich");
        Says(d, "'earners'");
        DoesNotSay(d, "'young'");
    }

    [Fact]
    public void A_rule_shadowed_by_two_rules_together_names_both_and_only_them()
    {
        var source = RuleSet("""
            rule secured when has_collateral => review
            rule young when age < 30 => reject
            rule older when age >= 30 => approve
            rule rich when income > 5000 => review
            otherwise review
            """);
        var d = Single(source, "MDSL0201", "rich");
        Says(d, "rules 'young', 'older' (earlier)");
        DoesNotSay(d, "'secured'");
    }

    [Fact]
    public void A_transform_on_the_wrong_field_is_located_on_the_field()
    {
        var d = Single(Flower("preprocess note: standardize\nalgorithm lda"), "MDSL0188", "note");
        Says(d, "'note' is not a feature of model 'Iris'");
    }
}
