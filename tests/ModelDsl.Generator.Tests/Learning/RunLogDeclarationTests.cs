using System.Linq;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Learning;

/// <summary>
/// <c>log tensorboard "runs/"</c> among a classical model's members: the same setting a network writes in
/// <c>train { }</c>, bound by the same rules, becoming the spec's <c>Log</c>.
/// </summary>
public sealed class RunLogDeclarationTests
{
    private static string Flower(string body) => $$"""
        schema Flower {
            sepal_length: float
            sepal_width: float
            species: enum { setosa, versicolor, virginica }
        }

        model Iris : classifier(Flower -> species) {
            algorithm logistic_regression
            {{body}}
        }
        """;

    [Fact]
    public void A_classical_models_log_becomes_its_specs_log_and_the_tools_log_replaces_it()
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", Flower("split test 0.2\nlog tensorboard \"runs/\"\nlog csv \"runs/\"")));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var text = run.Sources.Single().Text;
        Assert.Contains("labelName: \"species\") { Log = new global::ModelDsl.Runtime.RunLogs.RunLogOptions(\"runs/\", global::ModelDsl.Runtime.RunLogs.RunLogFormats.TensorBoard | global::ModelDsl.Runtime.RunLogs.RunLogFormats.Csv) };", text);
        // with a declared log, the commands pass the tool's in its place (the interface's default would write both)
        Assert.Contains("overrides.ForClassical(ModelName)", text);

        var plain = GeneratorHarness.Run(("Test.mlmodel", Flower("split test 0.2"))).Sources.Single().Text;
        Assert.DoesNotContain("RunLogOptions", plain);
        Assert.DoesNotContain("ForClassical", plain);
    }

    [Fact]
    public void A_wrong_classical_log_is_a_located_error()
    {
        var typo = GeneratorHarness.SingleDiagnostic(Flower("log tensorbord \"runs/\""), "MDSL0123");
        Assert.Contains("'log' of 'model'", typo.GetMessage());
        Assert.Contains("did you mean 'tensorboard'", typo.GetMessage());
        Assert.Contains("followed by the folder", GeneratorHarness.SingleDiagnostic(Flower("log csv"), "MDSL0123").GetMessage());
        Assert.Contains("'log csv'", GeneratorHarness.SingleDiagnostic(Flower("log csv \"a\"\nlog csv \"a\""), "MDSL0105").GetMessage());
        var apart = GeneratorHarness.SingleDiagnostic(Flower("log csv \"a\"\nlog tensorboard \"b\""), "MDSL0123").GetMessage();
        Assert.Contains("in the folder of the first log (\"a\")", apart);
        Assert.DoesNotContain("every", apart);
        // a classical model logs finished runs: no batch interval
        var source = Flower("log csv \"a\" (every: 5)");
        var every = GeneratorHarness.SingleDiagnostic(source, "MDSL0122");
        Assert.Equal("every", GeneratorHarness.SpanOf(source, every));
    }

    [Fact]
    public void A_network_declares_its_log_in_train()
    {
        var source = """
            schema Flower {
                sepal_length: float
                species: enum { setosa, versicolor, virginica }
            }

            model Net : classifier(Flower -> species) {
                network { dense(3) }
                log tensorboard "runs/"
            }
            """;
        var diagnostic = GeneratorHarness.SingleDiagnostic(source, "MDSL0168");
        Assert.Equal("log tensorboard \"runs/\"", GeneratorHarness.SpanOf(source, diagnostic));
        Assert.Contains("train { log tensorboard \"runs/\" }", diagnostic.GetMessage());
    }
}
