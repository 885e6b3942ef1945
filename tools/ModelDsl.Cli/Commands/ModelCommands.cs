using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ModelDsl.Runtime.Models;
using ModelDsl.Runtime.RunLogs;

namespace ModelDsl.Cli.Commands;

/// <summary>
/// train / eval / cv / predict: the declarations are compiled in memory with the same generator, and the model's
/// generated <c>Commands</c> class (an <see cref="IModelCommands"/>) does the work.
/// </summary>
internal static class ModelCommands
{
    private static Option<string> ModelOption() => Arguments.Required("--model", "NAME", "the model's name in the declarations");

    public static Command Train()
    {
        var paths = Arguments.Declarations();
        var model = ModelOption();
        var data = Arguments.Required("--data", "train.csv", "the training rows (a header row with the schema's columns)");
        var output = Arguments.Required("--out", "model.mdsl", "where the trained model file goes");
        var every = new Option<double>("--every")
        {
            Description = "with output redirected, write a step line at most every SECONDS (0: every step the learner reports)",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 1.0,
            CustomParser = r =>
            {
                var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
                if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    return seconds;
                r.AddError($"--every takes a number of seconds, 0 or more, not '{text}'.");
                return 0;
            },
        };
        var epochs = Arguments.Count("--epochs", "N", "networks: train N epochs instead of the declared number");
        var device = Arguments.Optional("--device", "cpu|cuda|cuda:N|auto", "networks: train on this device instead of the declared one");
        device.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (value is not null && value is not ("cpu" or "cuda" or "auto") && !(value.StartsWith("cuda:", StringComparison.Ordinal) && int.TryParse(value.AsSpan(5), out var n) && n >= 0))
                r.AddError($"--device takes cpu, cuda, cuda:N or auto, not '{value}'.");
        });
        var checkpoint = Arguments.Optional("--checkpoint", "run.ckpt", "networks: write a checkpoint there while training (every checkpoint_every epochs, default 1)");
        var resume = Arguments.Optional("--resume", "run.ckpt", "networks: go on from a checkpoint written by an earlier run (same declaration and data)");
        var logDir = Arguments.Optional("--log-dir", "runs", "write a run log there, in a folder per run: TensorBoard event files and log.csv (losses, metrics, learning rate)");
        var logFormat = Arguments.Optional("--log-format", "tensorboard|csv|both", "with --log-dir: which files to write (default both)");
        logFormat.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (value is not null && value is not ("tensorboard" or "csv" or "both")) r.AddError($"--log-format takes tensorboard, csv or both, not '{value}'.");
        });
        var command = new Command("train", "Train a declared model on a CSV file and save its model file; shows progress and a summary.")
        {
            paths, model, data, output, every, epochs, device, checkpoint, resume, logDir, logFormat,
        };
        command.SetAction(parsed =>
        {
            var overrides = new TrainingOverrides
            {
                Epochs = parsed.GetValue(epochs),
                Device = parsed.GetValue(device),
                CheckpointPath = parsed.GetValue(checkpoint),
                ResumeFrom = parsed.GetValue(resume),
                Log = parsed.GetValue(logDir) is { } folder
                    ? new RunLogOptions(folder, parsed.GetValue(logFormat) switch { "tensorboard" => RunLogFormats.TensorBoard, "csv" => RunLogFormats.Csv, _ => RunLogFormats.All })
                    : null,
            };
            if (overrides.Log is null && parsed.GetValue(logFormat) is not null) return Program.Fail("--log-format needs --log-dir.");
            if (overrides.ResumeFrom is { } from && !File.Exists(from)) return Program.Fail($"--resume: there is no checkpoint '{from}'.");
            var found = Find(parsed.GetRequiredValue(paths), parsed.GetRequiredValue(model), out var commands);
            if (commands is null) return found;
            var outPath = parsed.GetRequiredValue(output);
            var runsBefore = overrides.Log is { } wanted ? TrainingDisplay.RunFolders(wanted.Directory) : null;
            var trained = TrainingDisplay.Train(commands, parsed.GetRequiredValue(data), overrides, TimeSpan.FromSeconds(parsed.GetValue(every)));
            try
            {
                trained.Core.Save(outPath);
                TrainingDisplay.Summary(commands.ModelName, trained.Core, outPath);
                if (overrides.Log is { } log) TrainingDisplay.RunLogLine(log.Directory, runsBefore!);
            }
            finally
            {
                (trained as IDisposable)?.Dispose();
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Eval()
    {
        var paths = Arguments.Declarations();
        var model = ModelOption();
        var file = Arguments.Required("--file", "model.mdsl", "the trained model file");
        var data = Arguments.Required("--data", "test.csv", "the rows to evaluate on, with their labels");
        var command = new Command("eval", "Evaluate a trained model on a CSV file: the declared metrics.") { paths, model, file, data };
        command.SetAction(parsed =>
        {
            var found = Find(parsed.GetRequiredValue(paths), parsed.GetRequiredValue(model), out var commands);
            if (commands is null) return found;
            var loaded = commands.Load(parsed.GetRequiredValue(file));
            try
            {
                Console.WriteLine(commands.Evaluate(loaded, parsed.GetRequiredValue(data)));
            }
            finally
            {
                (loaded as IDisposable)?.Dispose();
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command CrossValidate()
    {
        var paths = Arguments.Declarations();
        var model = ModelOption();
        var data = Arguments.Required("--data", "train.csv", "the rows to cross-validate on, with their labels");
        var folds = Arguments.Count("--folds", "K", "the number of folds (default: the declaration's 'cross_validate K', else 5)", min: 2);
        var command = new Command("cv", "Cross-validate a declared classical model on a CSV file: k folds, the main metric's mean and spread.") { paths, model, data, folds };
        command.SetAction(parsed =>
        {
            var found = Find(parsed.GetRequiredValue(paths), parsed.GetRequiredValue(model), out var commands);
            if (commands is null) return found;
            Console.WriteLine($"{commands.ModelName}: {commands.CrossValidate(parsed.GetRequiredValue(data), parsed.GetValue(folds)).Trim()}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Predict()
    {
        var paths = Arguments.Declarations();
        var model = ModelOption();
        var file = Arguments.Required("--file", "model.mdsl", "the trained model file");
        var data = Arguments.Optional("--data", "rows.csv", "the rows to predict (the label column may be absent); for a forecaster with --horizon, the history");
        var horizon = Arguments.Count("--horizon", "N", "forecasters: write the next N values after the series");
        var output = Arguments.Optional("--out", "predictions.csv", "write the predictions there instead of to the standard output");
        var command = new Command("predict", "Predict with a trained model: one CSV line per row (the label, its confidence and each class's probability; the value; the cluster).")
        {
            paths, model, file, data, horizon, output,
        };
        command.SetAction(parsed =>
        {
            var steps = parsed.GetValue(horizon);
            var rows = parsed.GetValue(data);
            if (rows is null && steps is null) return Program.Fail("predict needs --data rows.csv (or, for a forecaster, --horizon N).");
            var found = Find(parsed.GetRequiredValue(paths), parsed.GetRequiredValue(model), out var commands);
            if (commands is null) return found;
            if (steps is not null && commands is not IForecasterCommands)
                return Program.Fail($"--horizon is for forecasters; '{commands.ModelName}' is not one.");
            var loaded = commands.Load(parsed.GetRequiredValue(file));
            try
            {
                var outPath = parsed.GetValue(output);
                using var stream = outPath is null ? null : new StreamWriter(outPath);
                using var writer = new LineCounter(stream ?? Console.Out);
                if (steps is { } n) ((IForecasterCommands)commands).Forecast(loaded, rows, n, writer);
                else commands.Predict(loaded, rows!, writer);
                writer.Flush();
                if (outPath is not null)
                {
                    var lines = Math.Max(0, writer.Lines - 1); // the header
                    Console.WriteLine($"Wrote {lines:N0} {(steps is null ? "prediction" : "forecast step")}{(lines == 1 ? "" : "s")} to {outPath}.");
                }
            }
            finally
            {
                (loaded as IDisposable)?.Dispose();
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Compiles the declarations and finds the model; the exit code (with its message printed) when that fails.</summary>
    private static int Find(string[] paths, string name, out IModelCommands? model)
    {
        model = null;
        var files = InMemoryDeclarations.Files(paths);
        if (files is null) return ExitCodes.Failed;
        var (assembly, exitCode) = CompiledDeclarations.Load(files, Console.Out);
        if (assembly is null) return exitCode;
        var commands = CompiledDeclarations.Instances<IModelCommands>(assembly);
        model = commands.FirstOrDefault(c => c.ModelName == name);
        if (model is not null) return ExitCodes.Ok;
        var known = commands.Select(c => c.ModelName).Order(StringComparer.Ordinal).ToList();
        return Program.Fail(known.Count == 0
            ? $"No model '{name}' in the declarations: they declare no models (rule sets are not trained; 'modeldsl decide' runs them)."
            : $"No model '{name}' in the declarations; there are: {string.Join(", ", known)}.");
    }

    /// <summary>Passes text on and counts its lines, so <c>predict --out</c> can say how many rows it wrote.</summary>
    private sealed class LineCounter(TextWriter inner) : TextWriter
    {
        public int Lines { get; private set; }

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\n') Lines++;
            inner.Write(value);
        }

        public override void Write(string? value)
        {
            if (value is null) return;
            Lines += value.AsSpan().Count('\n');
            inner.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Lines += buffer.AsSpan(index, count).Count('\n');
            inner.Write(buffer, index, count);
        }

        public override void Flush() => inner.Flush();
    }
}
