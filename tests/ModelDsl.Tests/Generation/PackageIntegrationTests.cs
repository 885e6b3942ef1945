using System;
using System.Diagnostics;
using System.IO;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// The packages as a user gets them: <c>dotnet pack</c> into a local feed, then a brand-new console project
/// outside the repository that references only the <c>ModelDsl</c> package, drops in a .mlmodel file, builds,
/// trains and predicts; a broken .mlmodel fails that build with a located MDSL error.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class PackageIntegrationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modeldsl-package-test-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static (int ExitCode, string Output) Dotnet(string workingDirectory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(6)), "dotnet " + arguments + " timed out");
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void A_new_project_needs_only_the_ModelDsl_package_to_train_and_predict_and_gets_located_errors()
    {
        var repo = GeneratorHarness.RepositoryRoot;
        var feed = Path.Combine(_root, "feed");
        // A version of its own: the global package cache never hands back an older build of these packages.
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + Guid.NewGuid().ToString("N")[..4];
        foreach (var project in new[] { "generator/ModelDsl.Package", "runtime/ModelDsl.Runtime", "runtime/ModelDsl.Runtime.Torch" })
        {
            // The test command built everything in Release just before; packing reuses that build.
            var (packed, packOutput) = Dotnet(repo, $"pack {project} -c Release --no-build -p:PackageVersion={version} -o \"{feed}\"");
            Assert.True(packed == 0, packOutput);
        }
        Assert.True(File.Exists(Path.Combine(feed, $"ModelDsl.{version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(feed, $"ModelDsl.Runtime.Torch.{version}.nupkg")));

        var app = Path.Combine(_root, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
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
}
