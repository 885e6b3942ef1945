using System.Globalization;
using System.Linq;
using ModelDsl.Generator;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// The namespace of generated code follows the project's, made a namespace as <c>dotnet new</c> makes a project name
/// one (issue 13 §1: project 'my-rules' has Program.cs 'using my_rules;'); anything else is a warning, never silent.
/// </summary>
public class NamespaceTests
{
    [Theory]
    [InlineData(null, "my-rules", "my_rules")]
    [InlineData(null, "123app", "_123app")]
    [InlineData(null, "Ünïcode", "Ünïcode")]
    [InlineData(null, "IrisNet", "IrisNet")]
    [InlineData(null, "Shop.App", "Shop.App")]
    [InlineData(null, "my app.v2", "my_app.v2")]
    [InlineData(null, "Acme.2024", "Acme._2024")]
    [InlineData(null, "class", "_class")]
    [InlineData("Acme.Rules", "my-rules", "Acme.Rules")]
    public void The_project_namespace_is_made_a_CSharp_namespace_silently(string? custom, string root, string expected)
    {
        var (ns, note) = ModelDslGenerator.ChooseNamespace(custom, root);
        Assert.Equal(expected, ns);
        Assert.Null(note);
    }

    [Theory]
    [InlineData("acme-rules", "App", "acme_rules", "ModelDslNamespace 'acme-rules' is not a C# namespace")]
    [InlineData(null, "", "ModelDsl.Generated", "the project sets neither RootNamespace nor ModelDslNamespace")]
    [InlineData(null, null, "ModelDsl.Generated", "the project sets neither RootNamespace nor ModelDslNamespace")]
    public void Any_other_namespace_comes_with_a_reason(string? custom, string? root, string expected, string reason)
    {
        var (ns, note) = ModelDslGenerator.ChooseNamespace(custom, root);
        Assert.Equal(expected, ns);
        Assert.NotNull(note);
        Assert.StartsWith(reason, note);
    }

    private static GeneratorRun RunWithRoot(string rootNamespace, params (string Name, string Text)[] files)
    {
        var texts = files.Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDir + f.Name, f.Text)).ToList();
        return GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(texts, rootNamespace), GeneratorHarness.CreateCompilation());
    }

    [Fact]
    public void A_project_named_my_rules_gets_namespace_my_rules_and_compiles()
    {
        var run = RunWithRoot("my-rules", ("Levels.mlmodel", "enum Level { low, high }"));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("namespace my_rules", run.Sources.Single().Text);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void The_fallback_namespace_is_a_warning_on_each_file_it_affects()
    {
        var run = RunWithRoot("", ("A.mlmodel", "enum Level { low, high }"), ("B.mlmodel", "namespace Own.Place\nenum Size { s, m }"));
        var d = Assert.Single(run.Mdsl);
        Assert.Equal("MDSL0005", d.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.Severity);
        Assert.EndsWith("A.mlmodel", d.Location.GetLineSpan().Path);
        Assert.Equal(0, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("The generated code goes to namespace 'ModelDsl.Generated': the project sets neither RootNamespace nor ModelDslNamespace; "
            + "set ModelDslNamespace (or write a 'namespace' directive in the file) to choose it", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_model_named_like_the_project_is_warned_about_on_its_name_and_compiles_from_inside_the_namespace()
    {
        var source = """
            schema Flower { a: float  b: float  species: enum { x, y } }
            model IrisNet : classifier(Flower -> species) { algorithm lda }
            """;
        var texts = new[] { (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Iris.mlmodel", source) };
        // The template's Program.cs: code inside the namespace finds the type, not the namespace.
        var program = "namespace IrisNet;\ninternal static class Program { private static void Main() { var m = IrisNet.Train(System.Array.Empty<Flower>()); } }";
        var run = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(texts, "IrisNet"), GeneratorHarness.CreateCompilation(program));
        var d = Assert.Single(run.Mdsl);
        Assert.Equal("MDSL0118", d.Id);
        Assert.Equal("IrisNet", GeneratorHarness.SpanOf(source, d));
        Assert.Contains("in C# code outside that namespace 'IrisNet' means the namespace (CS0234)", d.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(x => x.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }
}
