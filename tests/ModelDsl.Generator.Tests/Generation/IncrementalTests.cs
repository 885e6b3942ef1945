using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ModelDsl.Generator;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

public class IncrementalTests
{
    private static readonly string[] s_trackedSteps =
    {
        "Options", "Parse", "FileDeclarations", "Index", "Bind", "Model", "Emit", "ParseDiagnostics", "BindDiagnostics",
    };

    private const string Schemas = """
        enum Decision { approve, review, reject }
        schema Applicant { age: int  income: float  employment: enum { salaried, unemployed } }
        """;

    private static string Rules(string name, int threshold) => $$"""
        rules {{name}}(Applicant) -> Decision {
            rule young when age < {{threshold}} => reject because "too young"
            rule jobless when employment == unemployed => review
            otherwise approve
        }
        """;

    private static (GeneratorDriver Driver, Compilation Compilation, List<AdditionalText> Files) FirstRun()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Schemas.mlmodel", Schemas),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "A.mlmodel", Rules("PolicyA", 18)),
            new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "B.mlmodel", Rules("PolicyB", 21)),
        };
        var compilation = GeneratorHarness.CreateCompilation("namespace App { public static class Program { public static int Answer => 42; } }");
        var driver = GeneratorHarness.CreateDriver(files);
        var run = GeneratorHarness.RunDriver(driver, compilation);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(3, run.Sources.Count);
        return (run.Driver, compilation, files);
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason, object Value)> Outputs(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => (step, o.Reason, o.Value))
            : Enumerable.Empty<(string, IncrementalStepRunReason, object)>();

    private static void AssertAllCached(GeneratorDriver driver, params string[] steps)
    {
        foreach (var step in steps)
        {
            foreach (var (name, reason, _) in Outputs(driver, step))
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} ran with reason {reason}");
        }
    }

    [Fact]
    public void A_rerun_without_changes_caches_every_step()
    {
        var (driver, compilation, _) = FirstRun();
        driver = driver.RunGenerators(compilation);
        foreach (var step in s_trackedSteps) Assert.NotEmpty(Outputs(driver, step));
        AssertAllCached(driver, s_trackedSteps);
    }

    [Fact]
    public void Editing_one_file_re_emits_only_that_file()
    {
        var (driver, compilation, files) = FirstRun();
        var edited = new InMemoryAdditionalText(files[1].Path, Rules("PolicyA", 16));
        driver = driver.ReplaceAdditionalText(files[1], edited).RunGenerators(compilation);

        var emits = Outputs(driver, "Emit").ToList();
        var modified = emits.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        var changed = Assert.Single(modified);
        Assert.Equal("A.mlmodel.g.cs", ((GeneratedSource)changed.Value).HintName);
        Assert.All(emits.Except(modified), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        // The declarations index did not change, so the other files were not even bound again.
        AssertAllCached(driver, "Index");
        Assert.Equal(2, Outputs(driver, "Bind").Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_an_unrelated_csharp_file_re_emits_nothing()
    {
        var (driver, compilation, _) = FirstRun();
        var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { public static class Other { } }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(changed);
        AssertAllCached(driver, s_trackedSteps);
    }

    [Fact]
    public void Changing_a_shared_schema_rebinds_its_users()
    {
        var (driver, compilation, files) = FirstRun();
        var edited = new InMemoryAdditionalText(files[0].Path, Schemas.Replace("age: int", "age: long"));
        driver = driver.ReplaceAdditionalText(files[0], edited).RunGenerators(compilation);
        // Every file is bound again (the index changed); only the schema's code differs, so only it is re-emitted.
        Assert.Equal(3, Outputs(driver, "Bind").Count(o => o.Reason == IncrementalStepRunReason.Modified));
        var emitted = Outputs(driver, "Emit").Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((GeneratedSource)o.Value).HintName);
        Assert.Equal(new[] { "Schemas.mlmodel.g.cs" }, emitted);
    }

    private const string Network = """
        schema Bitmap {
            p0: float p1: float p2: float p3: float
            digit: int
        }

        model Net : classifier(Bitmap -> digit in 0..1) {
            network { dense(8) relu dense(2) }
            train { epochs 2 }
        }
        """;

    [Theory]
    [InlineData("// a comment above everything\n")]
    [InlineData("\n\n\n")]
    [InlineData("/* a block\n   comment */ ")]
    public void An_equivalent_edit_above_a_network_re_emits_nothing(string inserted)
    {
        // As System.Text.Json's generator tests: an edit that moves declarations without changing them leaves the
        // bound model equal, so emit does not run. (The MDSL0134 location lives beside the model, not in it.)
        var file = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Net.mlmodel", Network);
        var compilation = GeneratorHarness.CreateCompilation("namespace App { public static class Program { } }");
        var first = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(new[] { (AdditionalText)file }), compilation);
        Assert.Empty(first.Diagnostics);
        var before = Assert.Single(first.Sources).Text;

        var edited = new InMemoryAdditionalText(file.Path, inserted + Network);
        var driver = first.Driver.ReplaceAdditionalText(file, edited).RunGenerators(compilation);

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(driver, "Parse")).Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Outputs(driver, "Model")).Reason);
        AssertAllCached(driver, "Emit");
        Assert.Equal(before, Assert.Single(driver.GetRunResult().Results.Single().GeneratedSources).SourceText.ToString());
    }

    [Fact]
    public void Without_the_torch_runtime_the_network_error_moves_with_the_edit()
    {
        // The location is still reported where the model now is: it travels in the diagnostics output.
        var file = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Net.mlmodel", Network);
        var compilation = GeneratorHarness.CreateCompilation(withTorch: false, "namespace App { public static class Program { } }");
        var first = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(new[] { (AdditionalText)file }), compilation);
        Assert.Equal(5, Assert.Single(first.Diagnostics, d => d.Id == "MDSL0134").Location.GetLineSpan().StartLinePosition.Line);

        var edited = new InMemoryAdditionalText(file.Path, "\n\n" + Network);
        var driver = first.Driver.ReplaceAdditionalText(file, edited).RunGenerators(compilation);
        var moved = Assert.Single(driver.GetRunResult().Diagnostics, d => d.Id == "MDSL0134");
        Assert.Equal(7, moved.Location.GetLineSpan().StartLinePosition.Line);
        AssertAllCached(driver, "Emit");
    }

    [Fact]
    public void The_torch_runtime_is_found_when_two_references_define_its_name()
    {
        // GetTypeByMetadataName gives up on a name two assemblies hold; the generator's lookup prefers the accessible one.
        var other = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Shadow",
            new[] { CSharpSyntaxTree.ParseText("namespace ModelDsl.Runtime.Torch { internal sealed class TrainedNetwork { } }", GeneratorHarness.ParseOptions) },
            GeneratorHarness.CreateCompilation(withTorch: false).References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var compilation = GeneratorHarness.CreateCompilation("namespace App { public static class Program { } }").AddReferences(other.ToMetadataReference());
        Assert.Null(compilation.GetTypeByMetadataName(ModelDslGenerator.TorchRuntimeType));
        var run = GeneratorHarness.RunDriver(GeneratorHarness.CreateDriver(new[] { (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Net.mlmodel", Network) }), compilation);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "MDSL0134");
        Assert.Contains("class Net", Assert.Single(run.Sources).Text);
    }

    [Fact]
    public void Cached_models_hold_no_roslyn_objects()
    {
        var (driver, compilation, _) = FirstRun();
        driver = driver.RunGenerators(compilation);
        var forbidden = new[]
        {
            typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
            typeof(Location), typeof(SourceText), typeof(AdditionalText), typeof(Diagnostic),
        };
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var walked = 0;
        void Walk(object? value, string path)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
            if (!value.GetType().IsValueType && !seen.Add(value)) return;
            walked++;
            var type = value.GetType();
            Assert.False(forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
            Assert.False(type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true, $"{path} holds a Roslyn {type.FullName}");
            if (value is IEnumerable sequence and not string)
            {
                var i = 0;
                foreach (var item in sequence) Walk(item, $"{path}[{i++}]");
            }
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    Walk(field.GetValue(value), $"{path}.{field.Name}");
            }
        }
        foreach (var step in s_trackedSteps)
        {
            foreach (var (name, _, value) in Outputs(driver, step)) Walk(value, name);
        }
        Assert.True(walked > 100, $"walked only {walked} objects");
    }
}
