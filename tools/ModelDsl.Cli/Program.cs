using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelDsl.Generator;
using ModelDsl.Runtime.ModelFiles;
using Spectre.Console;

namespace ModelDsl.Cli;

/// <summary><c>modeldsl check</c> and <c>modeldsl inspect</c>.</summary>
public static class Program
{
    private const string Usage = """
        modeldsl check <file.mlmodel | folder>...   check declarations with the build's diagnostics (exit 1 on errors)
        modeldsl inspect <model file>               show what a saved model file holds
        modeldsl train <declarations> --model NAME --data train.csv --out model.mdsl [--every SECONDS]
        modeldsl eval <declarations> --model NAME --file model.mdsl --data test.csv
        modeldsl predict <declarations> --model NAME --file model.mdsl --data rows.csv [--out predictions.csv]
        modeldsl predict <declarations> --model FORECASTER --file model.mdsl --horizon N [--data history.csv] [--out forecast.csv]
        modeldsl plot <declarations> --model NAME --kind curves|confusion|tree|architecture|flow --out picture.png
          [--file model.mdsl] [--data test.csv] [--tree N] [--depth D]   (modeldsl plot --help: the kinds)
          <declarations>: .mlmodel files or folders; the model (classical, network or forecaster) is compiled in memory
          by the same generator. train shows a live progress bar, or with output redirected one line per step at most
          every SECONDS (default 1; 0: every step the learner reports).
        """;

    public static int Main(string[] args)
    {
        if (args.Length < 2) return Fail(Usage);
        try
        {
            return args[0] switch
            {
                "check" => Check(args.Skip(1).ToArray()),
                "inspect" => Inspect(args[1]),
                "train" or "eval" or "predict" => RunModel(args[0], args.Skip(1).ToArray()),
                "plot" => PlotCommand.Run(args.Skip(1).ToArray()),
                _ => Fail($"Unknown command '{args[0]}'.\n{Usage}"),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ModelFileException
                                   or ModelDsl.Runtime.Data.CsvDataException or ModelDsl.Runtime.Models.TrainingDataException
                                   or ModelDsl.Runtime.Torch.DeviceUnavailableException)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    /// <summary>Prints the generator's diagnostics in the compiler's format.</summary>
    private static int Check(string[] paths)
    {
        var files = InMemoryDeclarations.Files(paths);
        if (files is null) return 2;
        var (_, found) = InMemoryDeclarations.Generate(files, CSharpCompilation.Create("check"));
        var errors = InMemoryDeclarations.Print(found, Console.Out);
        var warnings = found.Count(d => d.Id != "MDSL0134") - errors;
        Console.WriteLine($"{files.Count} file{(files.Count == 1 ? "" : "s")} checked: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.");
        return errors > 0 ? 1 : 0;
    }

    /// <summary>
    /// train / eval / predict: the declarations are compiled in memory with the same generator, and the model's
    /// generated <c>Commands</c> class (an <see cref="ModelDsl.Runtime.Models.IModelCommands"/>) does the work.
    /// Finding that class in the freshly compiled assembly is the one use of reflection, here in the tool only.
    /// </summary>
    private static int RunModel(string command, string[] args)
    {
        var paths = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = args.Skip(paths.Count).ToList();
        for (var i = 0; i + 1 < rest.Count; i += 2) options[rest[i]] = rest[i + 1];
        string? Option(string name) => options.TryGetValue(name, out var v) ? v : null;
        int? horizon = null;
        if (Option("--horizon") is { } h)
        {
            if (command != "predict" || !int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
                return Fail($"--horizon takes a positive number of steps, with predict.\n{Usage}");
            horizon = parsed;
        }
        var every = TimeSpan.FromSeconds(1);
        if (Option("--every") is { } e)
        {
            if (!double.TryParse(e, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !(seconds >= 0))
                return Fail($"--every takes a number of seconds.\n{Usage}");
            every = TimeSpan.FromSeconds(seconds);
        }
        var data = Option("--data");
        if (Option("--model") is not { } name || (data is null && horizon is null)
            || (command == "train" ? Option("--out") : Option("--file")) is not { } modelPath)
            return Fail(Usage);
        var files = InMemoryDeclarations.Files(paths);
        if (files is null) return 2;

        var (output, found) = InMemoryDeclarations.Generate(files, InMemoryDeclarations.ModelCompilation("ModelDsl.Tool.Models"));
        if (InMemoryDeclarations.Print(found, Console.Out) > 0) return 1;
        if (InMemoryDeclarations.Commands(output) is not { } commands)
            return Fail("The generated code did not compile; please report it with the declarations.");
        var model = commands.FirstOrDefault(c => c.ModelName == name);
        if (model is null)
        {
            var known = commands.Select(c => c.ModelName).Order(StringComparer.Ordinal).ToList();
            return Fail(known.Count == 0
                ? $"No model '{name}' in the declarations: they declare no models (rule sets are not trained)."
                : $"No model '{name}' in the declarations; there are: {string.Join(", ", known)}.");
        }
        if (horizon is not null && model is not ModelDsl.Runtime.Models.IForecasterCommands)
            return Fail($"--horizon is for forecasters; '{name}' is not one.");

        switch (command)
        {
            case "train":
                var trained = TrainingDisplay.Train(model, data!, every);
                try
                {
                    trained.Core.Save(modelPath);
                    TrainingDisplay.Summary(name, trained.Core, modelPath);
                }
                finally
                {
                    (trained as IDisposable)?.Dispose();
                }
                return 0;
            case "eval":
                var evaluated = model.Load(modelPath);
                try
                {
                    Console.WriteLine(model.Evaluate(evaluated, data!));
                }
                finally
                {
                    (evaluated as IDisposable)?.Dispose();
                }
                return 0;
            default:
                var loaded = model.Load(modelPath);
                try
                {
                    using var file = Option("--out") is { } outPath ? new StreamWriter(outPath) : null;
                    var writer = file ?? Console.Out;
                    if (horizon is { } steps) ((ModelDsl.Runtime.Models.IForecasterCommands)model).Forecast(loaded, data, steps, writer);
                    else model.Predict(loaded, data!, writer);
                    writer.Flush();
                }
                finally
                {
                    (loaded as IDisposable)?.Dispose();
                }
                return 0;
        }
    }

    private static int Inspect(string path)
    {
        ModelFileContent content;
        using (var stream = File.OpenRead(path)) content = ModelFile.Inspect(stream, path);
        var header = content.Header;
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]file[/]", Markup.Escape(path));
        grid.AddRow("[bold]size[/]", $"{new FileInfo(path).Length:N0} bytes, format version {ModelFile.FormatVersion}, checksum verified");
        grid.AddRow("[bold]model[/]", Markup.Escape(header.ModelName));
        grid.AddRow("[bold]algorithm[/]", Markup.Escape(header.Algorithm));
        grid.AddRow("[bold]declaration hash[/]", Markup.Escape(header.DeclarationHash));
        var sections = content.Sections;
        if (sections.Any(s => s.Name == "summary"))
        {
            var summary = content.Ints("summary");
            if (summary.Length >= 3) grid.AddRow("[bold]trained[/]", $"{summary[0]:N0} rows, {summary[1]:N0} held out, {summary[2]:N0} features");
        }
        var metrics = ModelDsl.Runtime.Models.HeldOutMetrics.ReadFrom(content);
        if (metrics.Count > 0)
        {
            grid.AddRow("[bold]held-out metrics[/]", Markup.Escape(string.Join("   ", metrics.Select(m =>
                m.Name == "rows" ? $"{m.Value:N0} rows" : string.Create(CultureInfo.InvariantCulture, $"{m.Name} {m.Value:0.####}")))));
        }
        var curves = ModelDsl.Runtime.Models.TrainingCurves.ReadFrom(content);
        if (!curves.IsEmpty)
        {
            grid.AddRow("[bold]training curves[/]", Markup.Escape(string.Join("; ", curves.Series.Where(c => c.Values.Count > 0).Select(c =>
                string.Create(CultureInfo.InvariantCulture, $"{c.Name} {c.Values[^1]:0.####} after {c.Steps[^1]:N0} {curves.StepName}s")))));
        }
        AnsiConsole.Write(grid);
        var table = new Table().AddColumn("section").AddColumn("holds").AddColumn(new TableColumn("values").RightAligned());
        foreach (var (name, kind, length) in sections) table.AddRow(Markup.Escape(name), kind, length.ToString("N0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        return 0;
    }
}
