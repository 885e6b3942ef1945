using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using Spectre.Console;

namespace ModelDsl.Cli.Commands;

/// <summary><c>modeldsl inspect</c>: verifies a model file and shows what it holds.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("model-file") { Description = "a model file saved by 'train' or by an application's Save" };
        var command = new Command("inspect", "Verify a model file (format, version, checksum) and show what it holds.") { path };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(path)));
        return command;
    }

    private static int Run(string path)
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
        if (TrainingDisplay.EarlyStopping(content) is { } stopped) grid.AddRow("[bold]early stopping[/]", Markup.Escape(stopped));
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
        return ExitCodes.Ok;
    }
}
