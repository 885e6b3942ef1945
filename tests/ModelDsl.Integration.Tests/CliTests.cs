using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ModelDsl.Tests.Infrastructure;
using ModelDsl.Tests.Networks;
using Samples.Iris;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>The <c>modeldsl</c> tool as a user runs it: <c>check</c> gives the build's diagnostics and exit codes, <c>inspect</c> reads any model file.</summary>
public sealed class CliTests
{
    internal static (int ExitCode, string Output) Modeldsl(string arguments, string workingDirectory, string? cache = null)
    {
        // The tool built by the solution build, in the configuration these tests were built in.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var tool = Path.Combine(TestRepository.Root, "tools", "ModelDsl.Cli", "bin", configuration, "net10.0", "modeldsl.dll");
        Assert.True(File.Exists(tool), tool + " is missing: build the solution first");
        return TestRepository.RunProcess("dotnet", $"\"{tool}\" {arguments}", workingDirectory, TimeSpan.FromMinutes(2),
            cache is null ? null : new System.Collections.Generic.Dictionary<string, string> { ["MODELDSL_CACHE"] = cache });
    }

    [Fact]
    public void Check_passes_the_samples_and_reports_mistakes_on_their_lines()
    {
        var (code, output) = Modeldsl("check dsl-samples", TestRepository.Root);
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
        var rows = Flower.ReadCsv(Path.Combine(TestRepository.Root, "dsl-samples", "IrisClassifier", "data", "iris.csv"));
        var path = Path.Combine(Path.GetTempPath(), $"cli-iris-{Guid.NewGuid():N}.mdsl");
        try
        {
            var trained = IrisClassifier.Train(rows);
            trained.Save(path);
            var (code, output) = Modeldsl($"inspect \"{path}\"", Path.GetTempPath());
            Assert.True(code == 0, output);
            Assert.Contains("IrisClassifier", output);
            Assert.Contains("logistic_regression", output);
            Assert.Contains(IrisClassifier.DeclarationHash[..40], output.Replace("\n", "").Replace(" ", ""));
            Assert.Contains("logistic.coefficients", output);
            // The held-out metrics and the end of the training curve travel with the file.
            var accuracy = trained.TestReport!.Accuracy.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"30 rows   accuracy {accuracy}", output);
            Assert.Matches(@"training curves\s+loss [\d.]+ after \d+ iterations", output);

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
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "IrisClassifier");
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
            Assert.DoesNotContain("not driven", output);

            (code, output) = Modeldsl($"predict \"{sample}\" --model IrisClassifier --file \"{model}\" --horizon 3", dir);
            Assert.Equal(2, code);
            Assert.Contains("--horizon is for forecasters", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        static FlowerSpecies Species() => FlowerSpecies.Setosa;
    }

    /// <summary>The numbers after <paramref name="stepName"/> in lines of redirected <c>train</c> output ("iteration 12/200, loss 0.41").</summary>
    internal static (int[] Steps, double[] Losses) StepLines(string output, string stepName, string lossName)
    {
        var matches = Regex.Matches(output, $@"{stepName} (\d+)(?:/\d+)?, {lossName} ([-+0-9.eE]+)");
        return (matches.Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray(),
                matches.Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToArray());
    }

    [Fact]
    public void Train_with_output_redirected_writes_a_line_per_step_with_its_loss()
    {
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "DigitClusters");
        var data = Path.Combine(sample, "data", "digits.csv");
        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        try
        {
            var model = Path.Combine(dir, "digits.mdsl");
            var (code, output) = Modeldsl($"train \"{sample}\" --model DigitGroups --data \"{data}\" --out \"{model}\" --every 0", dir);
            Assert.True(code == 0, output);
            // Plain lines (no terminal): the stages, then the iterations of each restart with the inertia, the last one always.
            Assert.Contains("] DigitGroups: preprocessing", output);
            Assert.Contains("fitting kmeans, restart 1 of ", output);
            Assert.False(output.Contains('\u001b', StringComparison.Ordinal), output); // no escape codes in a log
            var (steps, losses) = StepLines(output, "iteration", "inertia");
            Assert.True(steps.Length >= 2, output);
            Assert.Equal(1, steps[0]);
            Assert.All(losses, l => Assert.True(l > 0));
            Assert.Matches(@"Trained DigitGroups on [\d,]+ rows in [\d.]+ s \(\d+ iterations, final inertia [\d.eE+]+\); saved to", output);
            var (inspected, shown) = Modeldsl($"inspect \"{model}\"", dir);
            Assert.True(inspected == 0, shown);
            Assert.Contains("history.0", shown);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_forecaster_trains_evaluates_predicts_one_step_ahead_and_forecasts_a_horizon()
    {
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "SunspotForecast");
        var data = Path.Combine(sample, "data", "sunspots.csv");
        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        try
        {
            var model = Path.Combine(dir, "sunspots.mdsl");
            var (code, output) = Modeldsl($"train \"{sample}\" --model SunspotForecast --data \"{data}\" --out \"{model}\"", dir);
            Assert.True(code == 0, output);
            Assert.Contains("fitting autoregression", output);
            Assert.Contains("Trained SunspotForecast on 247 rows", output);
            Assert.Equal(5, Samples.Sunspots.SunspotForecast.Load(model).Forecast(5).Length); // the generated class reads the file

            (code, output) = Modeldsl($"eval \"{sample}\" --model SunspotForecast --file \"{model}\" --data \"{data}\"", dir);
            Assert.True(code == 0, output);
            Assert.Contains("MAE", output);

            var predictions = Path.Combine(dir, "one-step.csv");
            (code, output) = Modeldsl($"predict \"{sample}\" --model SunspotForecast --file \"{model}\" --data \"{data}\" --out \"{predictions}\"", dir);
            Assert.True(code == 0, output);
            var lines = File.ReadAllLines(predictions);
            Assert.Equal("activity,forecast", lines[0]);
            Assert.Equal(File.ReadAllLines(data).Count(l => l.Length > 0), lines.Length);
            Assert.Equal("5,", lines[1]);                     // no history before the first year
            Assert.Matches(@"^[\d.]+,-?[\d.eE+-]+$", lines[^1]); // the last year and its forecast

            (code, output) = Modeldsl($"predict \"{sample}\" --model SunspotForecast --file \"{model}\" --horizon 4", dir);
            Assert.True(code == 0, output);
            var forecast = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal("step,activity", forecast[0]);
            Assert.Equal(["1", "2", "3", "4"], forecast.Skip(1).Select(l => l.Split(',')[0]));
            var expected = Samples.Sunspots.SunspotForecast.Load(model).Forecast(4);
            Assert.Equal(expected.Select(s => s.Activity), forecast.Skip(1).Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Every_command_has_help_and_version_and_usage_mistakes_are_exit_code_2_naming_the_option()
    {
        var root = TestRepository.Root;
        foreach (var command in new[] { "", "check ", "inspect ", "train ", "eval ", "cv ", "predict ", "decide ", "plot " })
        {
            var (code, output) = Modeldsl(command + "--help", root);
            Assert.True(code == 0, $"{command}--help: exit {code}: {output}");
            Assert.Contains("Usage:", output);
            Assert.Contains("--version", output);
            (code, output) = Modeldsl(command + "--version", root);
            Assert.True(code == 0, $"{command}--version: exit {code}: {output}");
            Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
        }
        var (c, o) = Modeldsl("train --help", root);
        Assert.Contains("--epochs", o);
        Assert.Contains("--resume", o);

        (c, o) = Modeldsl("", root);
        Assert.Equal(2, c);
        Assert.Contains("Required command was not provided", o);

        // An unknown option is an error, never silently ignored, nor taken for a path; the closest known one is suggested.
        var iris = Path.Combine(root, "dsl-samples", "IrisClassifier");
        (c, o) = Modeldsl($"train \"{iris}\" --model IrisClassifier --data iris.csv --out x.mdsl --epoch 5", root);
        Assert.Equal(2, c);
        Assert.Contains("Unknown option '--epoch'; did you mean '--epochs'?", o);
        Assert.Contains("Run 'modeldsl train --help'", o);
        (c, o) = Modeldsl($"eval \"{iris}\" --model IrisClassifier --data iris.csv --colour red", root);
        Assert.Equal(2, c);
        Assert.Contains("'--colour'", o);

        // A missing option names itself.
        (c, o) = Modeldsl($"train \"{iris}\" --data iris.csv", root);
        Assert.Equal(2, c);
        Assert.Contains("Option '--model' is required.", o);
        Assert.Contains("Option '--out' is required.", o);
        (c, o) = Modeldsl("check", root);
        Assert.Equal(2, c);
        Assert.Contains("declarations", o);
        (c, o) = Modeldsl($"train \"{iris}\" --model IrisClassifier --data iris.csv --out x.mdsl --epochs zero", root);
        Assert.Equal(2, c);
        Assert.Contains("zero", o);
        (c, o) = Modeldsl($"train \"{iris}\" --model IrisClassifier --data iris.csv --out x.mdsl --device tpu", root);
        Assert.Equal(2, c);
        Assert.Contains("--device takes cpu, cuda, cuda:N or auto, not 'tpu'", o);

        // File errors: one line, no stack trace.
        (c, o) = Modeldsl("inspect no-such-file.mdsl", root);
        Assert.Equal(2, c);
        Assert.Contains("no-such-file.mdsl", o);
        Assert.Single(o.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", o);
        (c, o) = Modeldsl($"train \"{iris}\" --model IrisClassifier --data no-such-data.csv --out x.mdsl", root);
        Assert.Equal(2, c);
        Assert.Contains("no-such-data.csv", o);
        Assert.DoesNotContain("   at ", o);

        // Network overrides are refused for classical models, before any training.
        (c, o) = Modeldsl($"train \"{iris}\" --model IrisClassifier --data \"{Path.Combine(iris, "data", "iris.csv")}\" --out x.mdsl --epochs 5", root);
        Assert.Equal(2, c);
        Assert.Contains("--epochs is for networks; 'IrisClassifier' is not one.", o);
        Assert.False(File.Exists(Path.Combine(root, "x.mdsl")));
    }

    [Fact]
    public void Predict_works_on_new_rows_without_a_label_and_reads_missing_values_where_the_model_imputes()
    {
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "IrisClassifier");
        var data = Path.Combine(sample, "data", "iris.csv");
        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        try
        {
            // The sample's declaration, imputing missing measurements with their median, with a run log of its own.
            var declaration = File.ReadAllText(Path.Combine(sample, "Iris.mlmodel"));
            File.WriteAllText(Path.Combine(dir, "Iris.mlmodel"), declaration.Replace("    preprocess standardize", "    preprocess standardize\n    impute median\n    log csv \"declared\""));
            var (code, output) = Modeldsl($"train Iris.mlmodel --model IrisClassifier --data \"{data}\" --out iris.mdsl --log-dir runs", dir);
            Assert.True(code == 0, output);
            // --log-dir: the run's folder, with the TensorBoard events and the CSV of the iterations
            Assert.Contains($"Run log in {Path.Combine("runs", "IrisClassifier-")}", output);
            var run = Assert.Single(Directory.GetDirectories(Path.Combine(dir, "runs")));
            Assert.Single(Directory.GetFiles(run, "events.out.tfevents.*"));
            Assert.Equal("wall_time,step,tag,value", File.ReadLines(Path.Combine(run, "log.csv")).First());
            Assert.True(File.ReadLines(Path.Combine(run, "log.csv")).Count() > 5);
            Assert.Contains(File.ReadLines(Path.Combine(run, "log.csv")), l => l.Contains(",test/accuracy,", StringComparison.Ordinal));
            // --log-dir replaced the declared log
            Assert.False(Directory.Exists(Path.Combine(dir, "declared")));

            // New data: the measurements alone, no species column; spaces around the header's names and blank lines at
            // the end, as hand-edited files have.
            var rows = File.ReadAllLines(data);
            File.WriteAllText(Path.Combine(dir, "new.csv"), string.Join('\n', rows.Take(11).Select((l, i) =>
                i == 0 ? string.Join(", ", l.Split(',').Take(4).Select(n => " " + n)) : string.Join(',', l.Split(',').Take(4)))) + "\n\n   \n");
            Assert.DoesNotContain("species", File.ReadAllText(Path.Combine(dir, "new.csv")));
            (code, output) = Modeldsl("predict Iris.mlmodel --model IrisClassifier --file iris.mdsl --data new.csv --out predictions.csv", dir);
            Assert.True(code == 0, output);
            Assert.Contains("Wrote 10 predictions to predictions.csv.", output);
            var lines = File.ReadAllLines(Path.Combine(dir, "predictions.csv"));
            Assert.Equal(11, lines.Length);
            Assert.All(lines.Skip(1), l => Assert.StartsWith("setosa,", l)); // the first ten irises of the file

            // A species column left empty reads the same; missing measurements are imputed, the model declares it.
            File.WriteAllText(Path.Combine(dir, "gaps.csv"), "sepal_length,sepal_width,petal_length,petal_width,species\n5.1,,1.4,0.2,\nNA,3.0,5.9,2.1,\n");
            (code, output) = Modeldsl("predict Iris.mlmodel --model IrisClassifier --file iris.mdsl --data gaps.csv", dir);
            Assert.True(code == 0, output);
            var predicted = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.StartsWith("setosa,", predicted[1]);
            Assert.StartsWith("virginica,", predicted[2]);

            // Training and evaluation read gaps as missing too, the declaration imputing them.
            var gappy = rows.Select((l, i) => i % 10 == 3 ? "," + string.Join(',', l.Split(',').Skip(1)) : l).ToList();
            File.WriteAllLines(Path.Combine(dir, "gappy.csv"), gappy);
            (code, output) = Modeldsl("train Iris.mlmodel --model IrisClassifier --data gappy.csv --out gappy.mdsl", dir);
            Assert.True(code == 0, output);
            (code, output) = Modeldsl("eval Iris.mlmodel --model IrisClassifier --file gappy.mdsl --data gappy.csv", dir);
            Assert.True(code == 0, output);
            Assert.Matches(@"accuracy 9\d\.\d\d %", output);

            // Without 'impute' a missing value stays an error naming its line and column.
            (code, output) = Modeldsl($"train \"{sample}\" --model IrisClassifier --data \"{data}\" --out plain.mdsl", dir);
            Assert.True(code == 0, output);
            (code, output) = Modeldsl($"predict \"{sample}\" --model IrisClassifier --file plain.mdsl --data gaps.csv", dir);
            Assert.Equal(2, code);
            Assert.Contains("gaps.csv: line 2, column 'sepal_width': the value is missing", output);
            Assert.DoesNotContain("   at ", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Decide_runs_a_rule_set_over_a_csv_with_outcome_rule_reason_and_explanation()
    {
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "LoanApproval");
        var data = Path.Combine(sample, "data", "applicants.csv");
        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        try
        {
            var (code, output) = Modeldsl($"decide \"{sample}\" --rules LoanPolicy --data \"{data}\"", dir);
            Assert.True(code == 0, output);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal("outcome,rule,reason", lines[0]);
            Assert.Equal(File.ReadAllLines(data).Length, lines.Length);
            // The same decisions as the compiled sample makes.
            var applicants = Acme.Lending.Applicant.ReadCsv(data).ToList();
            for (var i = 0; i < applicants.Count; i++)
            {
                var decision = Acme.Lending.LoanPolicy.Evaluate(applicants[i]);
                var reason = decision.Reason ?? "";
                Assert.Equal($"{Acme.Lending.DecisionNames.ToDslName(decision.Outcome)},{decision.RuleName},{(reason.Contains(',') ? $"\"{reason}\"" : reason)}", lines[i + 1]);
            }

            // --explain adds the explanation (a quoted, multi-line CSV cell); --out says what it wrote.
            (code, output) = Modeldsl($"decide \"{sample}\" --rules LoanPolicy --data \"{data}\" --explain --out decisions.csv", dir);
            Assert.True(code == 0, output);
            Assert.Contains($"Wrote {applicants.Count} decisions to decisions.csv.", output);
            var text = File.ReadAllText(Path.Combine(dir, "decisions.csv"));
            Assert.StartsWith("outcome,rule,reason,explanation\n", text.ReplaceLineEndings("\n"));
            Assert.Contains("LoanPolicy (policy first): ", text);
            Assert.Contains("  ✔ prime", text);

            // A collect rule set: every match, joined with ';'.
            (code, output) = Modeldsl($"decide \"{sample}\" --rules ComplianceFlags --data \"{data}\"", dir);
            Assert.True(code == 0, output);
            Assert.Matches(@"\n[a-z_]+;[a-z_]+", output);

            (code, output) = Modeldsl($"decide \"{sample}\" --rules Nope --data \"{data}\"", dir);
            Assert.Equal(2, code);
            Assert.Contains("there are: ComplianceFlags, LoanPolicy, Pricing", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Compiled_declarations_are_cached_by_content_and_an_edit_compiles_again()
    {
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "IrisClassifier");
        var data = Path.Combine(sample, "data", "iris.csv");
        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        var cache = Path.Combine(dir, "cache");
        try
        {
            File.Copy(Path.Combine(sample, "Iris.mlmodel"), Path.Combine(dir, "Iris.mlmodel"));
            var (code, output) = Modeldsl($"train Iris.mlmodel --model IrisClassifier --data \"{data}\" --out iris.mdsl", dir, cache);
            Assert.True(code == 0, output);
            var entries = Directory.GetFiles(cache, "*.dll");
            Assert.Single(entries);
            var kept = File.ReadAllBytes(entries[0]);

            // The same declarations again (another command): served from the cache, the same predictions.
            (code, output) = Modeldsl($"predict Iris.mlmodel --model IrisClassifier --file iris.mdsl --data \"{data}\"", dir, cache);
            Assert.True(code == 0, output);
            var cached = output;
            Assert.Equal(entries, Directory.GetFiles(cache, "*.dll"));
            Assert.Equal(kept, File.ReadAllBytes(entries[0]));
            (code, output) = Modeldsl($"predict Iris.mlmodel --model IrisClassifier --file iris.mdsl --data \"{data}\"", dir, "off");
            Assert.True(code == 0, output);
            Assert.Equal(output, cached);

            // An edit is a new key: the edited declaration is compiled (its errors reported), never the stale one run.
            File.AppendAllText(Path.Combine(dir, "Iris.mlmodel"), "\nmodel Broken : classifier(Flower -> species) { algorithm logistic_regresion }\n");
            (code, output) = Modeldsl($"predict Iris.mlmodel --model IrisClassifier --file iris.mdsl --data \"{data}\"", dir, cache);
            Assert.Equal(1, code);
            Assert.Contains("logistic_regresion", output);
            Assert.Single(Directory.GetFiles(cache, "*.dll")); // declarations with diagnostics are not kept
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Cv_cross_validates_a_classical_model()
    {
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "IrisClassifier");
        var data = Path.Combine(sample, "data", "iris.csv");
        var (code, output) = Modeldsl($"cv \"{sample}\" --model IrisClassifier --data \"{data}\" --folds 3", TestRepository.Root);
        Assert.True(code == 0, output);
        var expected = IrisClassifier.CrossValidate(Flower.ReadCsv(data), 3);
        Assert.Contains($"IrisClassifier: {expected.ToString().Trim()}", output);
        Assert.Contains("3-fold cross-validation: accuracy 0.9", output);
        (code, output) = Modeldsl($"cv \"{sample}\" --model IrisClassifier --data \"{data}\" --folds 1", TestRepository.Root);
        Assert.Equal(2, code);
        Assert.Contains("--folds takes a whole number of at least 2", output);
    }
}

/// <summary>The tool drives networks too: train (a line per epoch when redirected), eval and predict an MLP declared in a .mlmodel.</summary>
[Collection(TorchCollection.Name)]
public sealed class CliNetworkTests
{
    [Fact]
    public void A_network_trains_with_a_line_per_epoch_then_evaluates_and_predicts()
    {
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "NeuralNetworks");
        var data = Path.Combine(sample, "data", "iris.csv");
        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        try
        {
            // The sample's declaration with 6 epochs instead of 150.
            var declaration = File.ReadAllText(Path.Combine(sample, "IrisMlp.mlmodel"));
            Assert.Contains("epochs 150", declaration);
            File.WriteAllText(Path.Combine(dir, "IrisMlp.mlmodel"), declaration.Replace("epochs 150", "epochs 6"));
            var model = Path.Combine(dir, "iris-mlp.mdsl");
            var (code, output) = CliTests.Modeldsl($"train IrisMlp.mlmodel --model IrisMlp --data \"{data}\" --out \"{model}\" --every 0", dir);
            Assert.True(code == 0, output);
            var (epochs, losses) = CliTests.StepLines(output, "epoch", "train loss");
            Assert.Equal([1, 2, 3, 4, 5, 6], epochs);
            Assert.All(losses, l => Assert.InRange(l, 0, 5));
            Assert.True(losses[^1] < losses[0], output);
            Assert.Contains("epoch 6/6", output);
            Assert.Contains("Trained IrisMlp on 120 rows", output);
            Assert.Contains("(6 epochs, final train loss", output);

            (code, output) = CliTests.Modeldsl($"eval IrisMlp.mlmodel --model IrisMlp --file \"{model}\" --data \"{data}\"", dir);
            Assert.True(code == 0, output);
            Assert.Matches(@"accuracy \d+\.\d\d %", output);

            var predictions = Path.Combine(dir, "predictions.csv");
            (code, output) = CliTests.Modeldsl($"predict IrisMlp.mlmodel --model IrisMlp --file \"{model}\" --data \"{data}\" --out \"{predictions}\"", dir);
            Assert.True(code == 0, output);
            var lines = File.ReadAllLines(predictions);
            Assert.Equal("species,confidence,probability_setosa,probability_versicolor,probability_virginica", lines[0]);
            Assert.Equal(151, lines.Length);
            Assert.All(lines.Skip(1), l => Assert.Matches(@"^(setosa|versicolor|virginica),", l));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Train_overrides_epochs_and_device_writes_checkpoints_resumes_and_shows_early_stopping()
    {
        var sample = Path.Combine(TestRepository.Root, "dsl-samples", "NeuralNetworks");
        var data = Path.Combine(sample, "data", "iris.csv");
        var declaration = Path.Combine(sample, "IrisMlp.mlmodel");
        var dir = Directory.CreateTempSubdirectory("modeldsl-cli-").FullName;
        try
        {
            // The sample declares 150 epochs: 3 on the CPU, checkpointed, then resumed up to 5.
            var (code, output) = CliTests.Modeldsl($"train \"{declaration}\" --model IrisMlp --data \"{data}\" --out a.mdsl --epochs 3 --device cpu --checkpoint run.ckpt --every 0", dir);
            Assert.True(code == 0, output);
            Assert.Equal([1, 2, 3], CliTests.StepLines(output, "epoch", "train loss").Steps);
            Assert.Contains("epoch 3/3", output);
            Assert.True(File.Exists(Path.Combine(dir, "run.ckpt")), output);
            (code, output) = CliTests.Modeldsl($"train \"{declaration}\" --model IrisMlp --data \"{data}\" --out b.mdsl --epochs 5 --resume run.ckpt --every 0", dir);
            Assert.True(code == 0, output);
            Assert.Equal([4, 5], CliTests.StepLines(output, "epoch", "train loss").Steps);
            Assert.Contains("(5 epochs, final train loss", output);
            // Resuming is exact: the same losses as 5 epochs in one run.
            var resumed = CliTests.StepLines(output, "epoch", "train loss").Losses;
            (code, output) = CliTests.Modeldsl($"train \"{declaration}\" --model IrisMlp --data \"{data}\" --out c.mdsl --epochs 5 --every 0", dir);
            Assert.True(code == 0, output);
            Assert.Equal(resumed, CliTests.StepLines(output, "epoch", "train loss").Losses[3..]);
            (code, output) = CliTests.Modeldsl($"train \"{declaration}\" --model IrisMlp --data \"{data}\" --out d.mdsl --resume missing.ckpt", dir);
            Assert.Equal(2, code);
            Assert.Contains("--resume: there is no checkpoint 'missing.ckpt'", output);

            // Early stopping, said in the summary and by inspect.
            var text = File.ReadAllText(declaration);
            Assert.Contains("        seed 1\n", text.ReplaceLineEndings("\n"));
            File.WriteAllText(Path.Combine(dir, "IrisMlp.mlmodel"), text.ReplaceLineEndings("\n").Replace("        seed 1\n", "        seed 1\n        validation 0.2\n        early_stopping(patience: 3)\n"));
            (code, output) = CliTests.Modeldsl($"train IrisMlp.mlmodel --model IrisMlp --data \"{data}\" --out early.mdsl --epochs 400", dir);
            Assert.True(code == 0, output);
            var stopped = Regex.Match(output, @"Stopped early at epoch (\d+), weights of epoch (\d+) kept\.");
            Assert.True(stopped.Success, output);
            Assert.True(int.Parse(stopped.Groups[1].Value, CultureInfo.InvariantCulture) < 400);
            Assert.True(int.Parse(stopped.Groups[2].Value, CultureInfo.InvariantCulture) < int.Parse(stopped.Groups[1].Value, CultureInfo.InvariantCulture));
            (code, output) = CliTests.Modeldsl("inspect early.mdsl", dir);
            Assert.True(code == 0, output);
            Assert.Contains($"stopped early at epoch {stopped.Groups[1].Value}, weights of epoch {stopped.Groups[2].Value} kept", output);
            (code, output) = CliTests.Modeldsl("plot --kind curves --file early.mdsl --out curves.png", dir);
            Assert.True(code == 0, output);
            Assert.Contains($"Drew the training curves (stopped early at epoch {stopped.Groups[1].Value}, weights of epoch {stopped.Groups[2].Value} kept) to curves.png", output);
            (code, output) = CliTests.Modeldsl("inspect a.mdsl", dir);
            Assert.True(code == 0, output);
            Assert.DoesNotContain("stopped early", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
