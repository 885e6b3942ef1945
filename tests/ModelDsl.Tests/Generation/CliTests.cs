using System;
using System.IO;
using ModelDsl.Tests.Infrastructure;
using Samples.Iris;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>The <c>modeldsl</c> tool as a user runs it: <c>check</c> gives the build's diagnostics and exit codes, <c>inspect</c> reads any model file.</summary>
public sealed class CliTests
{
    private static (int ExitCode, string Output) Modeldsl(string arguments, string workingDirectory)
    {
        // The tool built by the solution build, in the configuration these tests were built in.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var tool = Path.Combine(GeneratorHarness.RepositoryRoot, "generator", "ModelDsl.Cli", "bin", configuration, "net10.0", "modeldsl.dll");
        Assert.True(File.Exists(tool), tool + " is missing: build the solution first");
        return GeneratorHarness.RunProcess("dotnet", $"\"{tool}\" {arguments}", workingDirectory, TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void Check_passes_the_samples_and_reports_mistakes_on_their_lines()
    {
        var (code, output) = Modeldsl("check dsl-samples", GeneratorHarness.RepositoryRoot);
        Assert.True(code == 0, output);
        Assert.Contains("0 errors", output);

        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "Types.mlmodel"), "schema S { size: int }\nenum V { yes, no }\n");
            File.WriteAllText(Path.Combine(dir, "Rules.mlmodel"), "rules R(S) -> V {\n    rule big when sise > 10 => yes\n    otherwise no\n}\n");
            (code, output) = Modeldsl("check .", dir);
            Assert.Equal(1, code);
            Assert.Contains("Rules.mlmodel(2,19): error MDSL0101: 'sise' is not a field", output);
            Assert.Contains("2 files checked: 1 error", output);
            (code, output) = Modeldsl("check missing.mlmodel", dir);
            Assert.Equal(2, code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Inspect_shows_what_a_model_file_holds_and_refuses_a_damaged_one()
    {
        var rows = Flower.ReadCsv(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "IrisClassifier", "data", "iris.csv"));
        var path = Path.Combine(Path.GetTempPath(), $"cli-iris-{Guid.NewGuid():N}.mdsl");
        try
        {
            IrisClassifier.Train(rows).Save(path);
            var (code, output) = Modeldsl($"inspect \"{path}\"", Path.GetTempPath());
            Assert.True(code == 0, output);
            Assert.Contains("IrisClassifier", output);
            Assert.Contains("logistic_regression", output);
            Assert.Contains(IrisClassifier.DeclarationHash[..40], output.Replace("\n", "").Replace(" ", ""));
            Assert.Contains("logistic.coefficients", output);

            var bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 1;
            File.WriteAllBytes(path, bytes);
            (code, output) = Modeldsl($"inspect \"{path}\"", Path.GetTempPath());
            Assert.Equal(2, code);
            Assert.Contains("checksum does not match", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Train_eval_and_predict_compile_the_declarations_in_memory_and_work_on_csv_files()
    {
        var sample = Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "IrisClassifier");
        var data = Path.Combine(sample, "data", "iris.csv");
        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        try
        {
            var model = Path.Combine(dir, "iris.mdsl");
            var (code, output) = Modeldsl($"train \"{sample}\" --model IrisClassifier --data \"{data}\" --out \"{model}\"", dir);
            Assert.True(code == 0, output);
            Assert.Contains("Trained IrisClassifier on 120 rows", output);
            // The file is the generated class's own format: the compiled sample loads it.
            Assert.Equal(IrisClassifier.Load(model).Predict(sepalLength: 5.1f, sepalWidth: 3.5f, petalLength: 1.4f, petalWidth: 0.2f).Species, Species());

            (code, output) = Modeldsl($"eval \"{sample}\" --model IrisClassifier --file \"{model}\" --data \"{data}\"", dir);
            Assert.True(code == 0, output);
            Assert.Matches(@"accuracy 9\d\.\d\d %", output);

            var predictions = Path.Combine(dir, "predictions.csv");
            (code, output) = Modeldsl($"predict \"{sample}\" --model IrisClassifier --file \"{model}\" --data \"{data}\" --out \"{predictions}\"", dir);
            Assert.True(code == 0, output);
            var lines = File.ReadAllLines(predictions);
            Assert.Equal("species,confidence,probability_setosa,probability_versicolor,probability_virginica", lines[0]);
            Assert.Equal(151, lines.Length);
            Assert.StartsWith("setosa,", lines[1]);

            (code, output) = Modeldsl($"train \"{sample}\" --model Nope --data \"{data}\" --out x.mdsl", dir);
            Assert.Equal(2, code);
            Assert.Contains("there are: IrisClassifier", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        static FlowerSpecies Species() => FlowerSpecies.Setosa;
    }
}
