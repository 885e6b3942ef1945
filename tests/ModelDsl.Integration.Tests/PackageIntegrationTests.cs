using System;
using System.IO;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// The packages as a user gets them: <c>dotnet pack</c> into a local feed, then a brand-new console project
/// outside the repository that references only the <c>ModelDsl</c> package, drops in a .mlmodel file, builds,
/// trains and predicts; a broken .mlmodel fails that build with a located MDSL error.
/// </summary>
/// <summary>The three packages packed once, with a version of their own, into a local feed.</summary>
public sealed class LocalFeed : IDisposable
{
    public LocalFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "modeldsl-package-test-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        // A version of its own: the global package cache never hands back an older build of these packages.
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4];
        foreach (var project in new[] { "generator/ModelDsl.Package", "runtime/ModelDsl.Runtime", "runtime/ModelDsl.Runtime.Torch", "templates" })
        {
            // The test command built everything in Release just before; packing reuses that build.
            var (packed, output) = PackageIntegrationTests.Dotnet(TestRepository.Root, $"pack {project} -c Release --no-build -p:PackageVersion={Version} -o \"{Feed}\"");
            if (packed != 0) throw new InvalidOperationException("dotnet pack failed:\n" + output);
        }
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>A nuget.config that adds the local feed to the machine's sources.</summary>
    public void WriteNuGetConfig(string directory) => File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="local" value="{Feed}" />
          </packageSources>
        </configuration>
        """);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[Collection(BuildCollection.Name)]
public sealed class PackageIntegrationTests : IClassFixture<LocalFeed>
{
    private readonly LocalFeed _feed;

    public PackageIntegrationTests(LocalFeed feed) => _feed = feed;

    internal static (int ExitCode, string Output) Dotnet(string workingDirectory, string arguments) =>
        TestRepository.RunProcess("dotnet", arguments, workingDirectory, TimeSpan.FromMinutes(6));

    [Fact]
    public void A_new_project_needs_only_the_ModelDsl_package_to_train_and_predict_and_gets_located_errors()
    {
        var repo = TestRepository.Root;
        var version = _feed.Version;
        Assert.True(File.Exists(Path.Combine(_feed.Feed, $"ModelDsl.{version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(_feed.Feed, $"ModelDsl.Runtime.Torch.{version}.nupkg")));

        var app = Path.Combine(_feed.Root, "app");
        Directory.CreateDirectory(app);
        _feed.WriteNuGetConfig(app);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ModelDsl" Version="{version}" />
              </ItemGroup>
              <ItemGroup>
                <None Include="iris.csv" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(repo, "dsl-samples", "IrisClassifier", "data", "iris.csv"), Path.Combine(app, "iris.csv"));
        var model = Path.Combine(app, "Iris.mlmodel");
        File.WriteAllText(model, """
            schema Flower {
                sepal_length: float
                sepal_width: float
                petal_length: float
                petal_width: float
                species: enum { setosa, versicolor, virginica }
            }

            model IrisModel : classifier(Flower -> species) {
                preprocess standardize
                algorithm logistic_regression
                split test 0.2 stratified seed 1
            }
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using System;
            using System.IO;
            using System.Linq;
            using App;
            var rows = Flower.ReadCsv(Path.Combine(AppContext.BaseDirectory, "iris.csv")).ToList();
            var model = IrisModel.Train(rows);
            var p = model.Predict(sepalLength: 5.1f, sepalWidth: 3.5f, petalLength: 1.4f, petalWidth: 0.2f);
            Console.WriteLine($"accuracy={model.TestReport!.Accuracy:F2} prediction={p.Species.ToDslName()}");
            """);

        var (code, output) = Dotnet(app, "run");
        Assert.True(code == 0, output);
        Assert.Contains("prediction=setosa", output);
        Assert.Matches(@"accuracy=(0\.9\d|1\.00)", output);

        File.WriteAllText(model, File.ReadAllText(model).Replace("algorithm logistic_regression", "algorithm logistic_regresion"));
        (code, output) = Dotnet(app, "build");
        Assert.NotEqual(0, code);
        Assert.Contains("Iris.mlmodel(11,15): error MDSL0120", output);
        Assert.Contains("did you mean 'logistic_regression'", output);
    }

    [Theory]
    [InlineData("modeldsl-rules", "rules", "courier by rule 'urgent'")]
    [InlineData("modeldsl-classifier", "classifier", "versicolor")]
    [InlineData("modeldsl-network", "network", null)]
    public void Each_template_creates_a_project_that_builds(string shortName, string folder, string? expectedOutput)
    {
        // A template hive of the test's own: nothing is installed for the user.
        var hive = Path.Combine(_feed.Root, "hive-" + folder);
        var template = Path.Combine(TestRepository.Root, "templates", "content", folder);
        var (code, output) = Dotnet(_feed.Root, $"new install \"{template}\" --debug:custom-hive \"{hive}\"");
        Assert.True(code == 0, output);
        var app = Path.Combine(_feed.Root, "from-template-" + folder);
        (code, output) = Dotnet(_feed.Root, $"new {shortName} -n Shop.App -o \"{app}\" --ModelDslVersion {_feed.Version} --debug:custom-hive \"{hive}\"");
        Assert.True(code == 0, output);
        Assert.False(File.Exists(Path.Combine(app, "nuget.config"))); // no PackageSource, no nuget.config
        _feed.WriteNuGetConfig(app);
        (code, output) = Dotnet(app, expectedOutput is null ? "build" : "run");
        Assert.True(code == 0, output);
        if (expectedOutput is not null) Assert.Contains(expectedOutput, output);
    }

    /// <summary>
    /// Issue 13 §1: a project named by its folder alone (<c>-o my-rules</c>) gets Program.cs with the name as
    /// <c>dotnet new</c> writes a namespace (<c>namespace my_rules;</c>), and the generator puts its code there; a project
    /// named like its model (IrisNet) builds and gets MDSL0118 on the model's name.
    /// </summary>
    [Theory]
    [InlineData("modeldsl-rules", "rules", "my-rules", "courier by rule 'urgent'")]
    [InlineData("modeldsl-network", "network", "IrisNet", null)]
    [InlineData("modeldsl-classifier", "classifier", "123app", "versicolor")]
    [InlineData("modeldsl-rules", "rules", "Ünïcode", "courier by rule 'urgent'")]
    public void A_template_project_builds_and_runs_whatever_its_name(string shortName, string folder, string name, string? expectedOutput)
    {
        var hive = Path.Combine(_feed.Root, "hive-" + Guid.NewGuid().ToString("N")[..8]);
        var template = Path.Combine(TestRepository.Root, "templates", "content", folder);
        var (code, output) = Dotnet(_feed.Root, $"new install \"{template}\" --debug:custom-hive \"{hive}\"");
        Assert.True(code == 0, output);
        var parent = Path.Combine(_feed.Root, "named-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(parent);
        // issue 13 §1: the template's PackageSource writes the project's nuget.config (none is written by hand here)
        (code, output) = Dotnet(parent, $"new {shortName} -o \"{name}\" --ModelDslVersion {_feed.Version} --PackageSource \"{_feed.Feed}\" --debug:custom-hive \"{hive}\"");
        Assert.True(code == 0, output);
        var app = Path.Combine(parent, name);
        Assert.True(File.Exists(Path.Combine(app, name + ".csproj")), string.Join(", ", Directory.GetFiles(app)));
        Assert.Contains($"value=\"{_feed.Feed}\"", File.ReadAllText(Path.Combine(app, "nuget.config")));
        (code, output) = Dotnet(app, "build");
        Assert.True(code == 0, output);
        Assert.DoesNotContain("MDSL0005", output); // the project's own namespace, no fallback
        if (name == "IrisNet") Assert.Contains("Iris.mlmodel(10,7): warning MDSL0118", output);
        else Assert.DoesNotContain("MDSL0118", output);
        if (expectedOutput is null) return;
        (code, output) = Dotnet(app, "run --no-build");
        Assert.True(code == 0, output);
        Assert.Contains(expectedOutput, output);
    }
}
