using System.Linq;
using ModelDsl.Catalog;
using ModelDsl.Cli;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Families;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>The family registry: the header keywords, what each family allows, and its agreement with the algorithm catalog.</summary>
public sealed class FamilyRegistryTests
{
    [Fact]
    public void Every_catalog_algorithm_serves_a_registered_family_and_every_family_is_a_header_keyword()
    {
        Assert.All(AlgorithmCatalog.All, a => Assert.NotNull(ModelFamilies.Find(a.Family)));
        foreach (var family in ModelFamilies.All)
        {
            var algorithm = AlgorithmCatalog.Of(family.Name).First();
            var arrow = family.Label == LabelRule.None ? "" : " -> y";
            var parameters = string.Join(", ", algorithm.Parameters.Where(p => p.Required).Select(p => p.Name + ": 3"));
            var source = $"schema S {{ x: float  y: float }}\nmodel M : {family.Name}(S{arrow}) {{ algorithm {algorithm.Name}({parameters}) }}";
            var errors = GeneratorHarness.Run(("Test.mlmodel", source)).Diagnostics.Where(d => d.Id is "MDSL0001" or "MDSL0002");
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void An_unknown_family_is_a_located_syntax_error_that_lists_the_registry()
    {
        var source = "schema S { x: float  y: float }\nmodel M : classifer(S -> y) { algorithm lda }";
        var d = GeneratorHarness.SingleDiagnostic(source, "MDSL0001");
        Assert.Equal("classifer", GeneratorHarness.SpanOf(source, d));
        foreach (var family in ModelFamilies.All) Assert.Contains($"'{family.Name}'", d.GetMessage());
    }

    private static string Declaration(ModelFamily family, string seed = "")
    {
        var algorithm = AlgorithmCatalog.Of(family.Name).First();
        var (label, arrow) = family.Label switch
        {
            LabelRule.Class => ("int", " -> y in 0..2"),
            LabelRule.Number => ("float", " -> y"),
            _ => ("float", ""),
        };
        var parameters = string.Join(", ", algorithm.Parameters.Where(p => p.Required).Select(p => p.Name + ": 3"));
        var split = family.TimeOrdered ? "split last 0.25" : $"split test 0.25{seed}";
        return $"schema S {{ x: float  y: {label} }}\nmodel M : {family.Name}(S{arrow}) {{ algorithm {algorithm.Name}({parameters})  {split} }}";
    }

    private static LearnedModel Bound(string source)
    {
        var bound = Outlines.Bind(new[] { ("/project/Test.mlmodel", source) });
        Assert.Empty(bound.Diagnostics);
        return bound.Models.Single();
    }

    [Fact]
    public void Each_family_binds_into_its_own_record_which_is_equal_for_an_equal_declaration()
    {
        foreach (var family in ModelFamilies.All)
        {
            var model = Bound(Declaration(family));
            // One sealed record per family (Semantics/Families/<Family>/<Family>Model.cs), not a shared one with nullable parts.
            Assert.Equal(char.ToUpperInvariant(family.Name[0]) + family.Name[1..] + "Model", model.GetType().Name);
            Assert.Same(family, model.Family);
            Assert.Equal(AlgorithmCatalog.Of(family.Name).First().Name, model.Learner?.Algorithm);
            Assert.Null(model.Network);

            // Value equality is what lets the incremental pipeline skip an unchanged model.
            var again = Bound(Declaration(family));
            Assert.NotSame(model, again);
            Assert.Equal(model, again);
            Assert.Equal(model.GetHashCode(), again.GetHashCode());
            if (!family.TimeOrdered) Assert.NotEqual(model, Bound(Declaration(family, seed: " seed 7")));
        }
    }

    [Fact]
    public void A_family_keeps_only_what_it_declares_and_a_network_is_how_it_learns_not_an_algorithm_name()
    {
        var classifier = Assert.IsType<ClassifierModel>(Bound("schema S { x: float  y: int }\nmodel M : classifier(S -> y in 1..3) { network { dense(3) } }"));
        Assert.Equal(new IntegerClasses(1, 3), classifier.IntegerClasses);
        Assert.Equal(new[] { "1", "2", "3" }, classifier.ClassNames);
        Assert.Null(classifier.Learner);
        Assert.Equal(3, classifier.Network!.OutputSize);
        Assert.Null(classifier.Holdout);

        var regressor = Assert.IsType<RegressorModel>(Bound("schema S { x: float  y: float }\nmodel M : regressor(S -> y) { algorithm ridge  cross_validate 4 seed 2 }"));
        Assert.Equal("y", regressor.Target.DslName);
        Assert.Equal(new CrossValidation(4, 2), regressor.Holdout);

        var forecaster = Assert.IsType<ForecasterModel>(Bound("schema S { t: int  y: float }\nmodel M : forecaster(S -> y) { algorithm autoregression(lags: 2)  split last 0.2 }"));
        Assert.Equal(0.2, forecaster.SplitLast);
        Assert.Empty(forecaster.Features);
    }
}
