using System;
using System.IO;
using Xunit;
using ModelDsl.Tests.Infrastructure;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// A real <c>dotnet build</c> of a fresh project that references the generator and adds nothing else:
/// its .mlmodel files are compiled (MLModel item → AdditionalFiles, Sprache found beside the generator),
/// and a mistake in one is a build error on the .mlmodel line and column.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class MSBuildIntegrationTests : IDisposable
{
    private readonly string _dir;

    public MSBuildIntegrationTests()
    {
        // Inside the repository (artifacts/ is ignored by git) so the repository's build props apply,
        // as they do to every project here.
        _dir = Path.Combine(TestRepository.Root, "artifacts", "msbuild-test-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        var root = TestRepository.Root;
        File.WriteAllText(Path.Combine(_dir, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>App</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/generator/ModelDsl.Generator/ModelDsl.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{root}/runtime/ModelDsl.Runtime/ModelDsl.Runtime.csproj" />
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(_dir, "Models"));
        File.WriteAllText(Path.Combine(_dir, "Models", "Types.mlmodel"), "enum Verdict { yes, no }\nschema Case { size: int }\n");
        File.WriteAllText(Path.Combine(_dir, "Program.cs"), """
            using App;
            var verdict = Check.Evaluate(new Case { Size = 12 });
            System.Console.WriteLine($"verdict={verdict.Outcome.ToDslName()} rule={verdict.RuleName}");
            """);
    }

    private (int ExitCode, string Output) Dotnet(string arguments) => TestRepository.RunProcess("dotnet", arguments, _dir, TimeSpan.FromMinutes(4));

    [Fact]
    public void A_project_compiles_its_mlmodel_files_with_no_extra_lines_and_reports_mistakes_on_their_lines()
    {
        var rules = Path.Combine(_dir, "Models", "Check.mlmodel");
        File.WriteAllText(rules, "rules Check(Case) -> Verdict {\n    rule big when size > 10 => yes\n    otherwise no\n}\n");
        var (code, output) = Dotnet("run");
        Assert.True(code == 0, output);
        Assert.Contains("verdict=yes rule=big", output);
        Assert.DoesNotContain("CS8785", output);

        File.WriteAllText(rules, "rules Check(Case) -> Verdict {\n    rule big when sise > 10 => yes\n    otherwise no\n}\n");
        (code, output) = Dotnet("build");
        Assert.NotEqual(0, code);
        Assert.Contains("Check.mlmodel(2,19): error MDSL0101: 'sise' is not a field", output);
        Assert.Contains("did you mean 'size'?", output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is ignored by git either way.
        }
    }
}
