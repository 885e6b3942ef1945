using System.Linq;
using ModelDsl.Catalog;
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
}
