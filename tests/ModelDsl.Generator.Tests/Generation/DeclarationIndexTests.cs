using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ModelDsl.Generator;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>The collected index knows every declaration of every file, models included, so another file can refer to them.</summary>
public sealed class DeclarationIndexTests
{
    private const string Models = """
        namespace Acme.Risk
        enum Risk { good, bad }
        schema Applicant { age: int  income: float  risk: Risk }
        model CreditRisk : classifier(Applicant -> risk) { algorithm logistic_regression }
        model Income : regressor(Applicant -> income) { algorithm knn(n_neighbors: 3) }
        model Segments : clusterer(Applicant) { algorithm kmeans(k: 3) }
        """;

    private const string Rules = """
        namespace Acme.Policy
        enum Decision { approve, review }
        rules Screening(Applicant) -> Decision { otherwise review }
        """;

    [Fact]
    public void Models_are_indexed_with_family_input_and_output()
    {
        var index = Index(("Risk.mlmodel", Models), ("Policy.mlmodel", Rules));
        var model = Assert.Single(index.Declarations, d => d.DslName == "CreditRisk");
        Assert.Equal((IndexedKind.Model, "classifier", "Applicant", "risk", "Acme.Risk"), (model.Kind, model.Family, model.Input, model.Output, model.Namespace));
        var income = Assert.Single(index.Declarations, d => d.DslName == "Income");
        Assert.Equal(("regressor", "income"), (income.Family, income.Output));
        var segments = Assert.Single(index.Declarations, d => d.DslName == "Segments");
        Assert.Equal(("clusterer", (string?)null), (segments.Family, segments.Output));
        var rules = Assert.Single(index.Declarations, d => d.DslName == "Screening");
        Assert.Equal((IndexedKind.RuleSet, "Applicant", "Decision"), (rules.Kind, rules.Input, rules.Output));
    }

    [Fact]
    public void Moving_a_model_inside_its_file_leaves_the_index_equal()
    {
        var before = Index(("Risk.mlmodel", Models));
        var after = Index(("Risk.mlmodel", "// a comment moves every declaration down a line\n\n" + Models));
        Assert.Equal(before, after);
    }

    private static DeclarationIndex Index(params (string Path, string Text)[] files) =>
        DeclarationIndex.Build(files
            .Select(f => DeclarationIndex.Of(ModelDslGenerator.ParseFile(f.Path, f.Text, GeneratorOptions.Default, CancellationToken.None)))
            .ToImmutableArray());
}
