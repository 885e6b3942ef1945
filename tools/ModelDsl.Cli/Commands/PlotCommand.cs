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
using ModelDsl.Plots;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Cli;

/// <summary>
/// <c>modeldsl plot</c>: PNG pictures. <c>curves</c> reads a model file's training curves; <c>confusion</c> and
/// <c>tree</c> load a model file through the declaration's generated <c>Commands</c> class (compiled in memory, as
/// <c>train</c> does); <c>architecture</c> and <c>flow</c> need only the declarations (the generator's semantic model).
/// Exit codes: 0 drawn, 1 errors in the declarations, 2 anything else (usage, files, a kind that does not fit the model).
/// </summary>
internal static class PlotCommand
{
    public const string Usage = """
        modeldsl plot <declarations> --model NAME --kind KIND --out picture.png [options]
          --kind curves        training curves of a saved model:  --file model.mdsl (declarations and --model optional)
          --kind confusion     confusion matrix of a classifier:  --file model.mdsl --data test.csv
          --kind tree          one tree of a tree or forest model: --file model.mdsl [--tree N] [--depth D (default 4)]
          --kind architecture  a network's layers and shapes, from the declarations alone
          --kind flow          a rule set's decision flow, from the declarations alone
        """;

    private static readonly string[] Kinds = { "curves", "confusion", "tree", "architecture", "flow" };

    public static int Run(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(Usage);
            return 0;
        }
        var paths = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var rest = args.Skip(paths.Count).ToList();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rest.Count; i += 2)
        {
            if (i + 1 >= rest.Count || rest[i + 1].StartsWith("--", StringComparison.Ordinal))
                return Fail($"Option '{rest[i]}' needs a value.\n{Usage}");
            options[rest[i]] = rest[i + 1];
        }
        string? Option(string name) => options.TryGetValue(name, out var v) ? v : null;

        if (Option("--kind") is not { } kind) return Fail("Say what to draw with --kind (" + string.Join(", ", Kinds) + ").\n" + Usage);
        if (!Kinds.Contains(kind)) return Fail($"Unknown kind '{kind}'; use one of {string.Join(", ", Kinds)}.");
        if (Option("--out") is not { } output) return Fail("Say where the picture goes with --out picture.png.");
        var name = Option("--model");
        if (kind != "curves" && name is null) return Fail($"--kind {kind} needs --model NAME (the model or rule set in the declarations).");
        if (kind is "curves" or "confusion" or "tree" && Option("--file") is null) return Fail($"--kind {kind} needs --file model.mdsl (a model file saved by 'train').");
        if (kind == "confusion" && Option("--data") is null) return Fail("--kind confusion needs --data test.csv (the rows to evaluate on).");
        if (kind != "curves" && paths.Count == 0) return Fail($"--kind {kind} needs the declarations (.mlmodel files or folders) before the options.");

        try
        {
            return kind switch
            {
                "curves" => Curves(Option("--file")!, output),
                "architecture" or "flow" => FromDeclarations(kind, paths, name!, output),
                _ => FromModelFile(kind, paths, name!, Option("--file")!, Option("--data"), output, Option("--tree"), Option("--depth")),
            };
        }
        catch (ArgumentException e)
        {
            // Without .NET's "(Parameter 'tree')" and "Actual value was …" lines: the message names the option's meaning.
            return Fail(e.Message.Split(" (Parameter '")[0].Split('\n')[0]);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private static int Drawn(string what, string output, int width, int height)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Drew {what} to {output} ({width} × {height} pixels)."));
        return 0;
    }

    /// <summary>The curves section of any model file; no declarations are needed to read it.</summary>
    private static int Curves(string modelPath, string output)
    {
        ModelFileContent content;
        using (var stream = File.OpenRead(modelPath)) content = ModelFile.Inspect(stream, modelPath);
        var curves = TrainingCurves.ReadFrom(content);
        if (curves.IsEmpty)
            return Fail($"{modelPath} holds no training curves: '{content.Header.Algorithm}' records none, or the file was saved before models kept their curves.");
        const int width = 900, height = 600;
        curves.SavePng(output, width, height, $"{content.Header.ModelName}: training curves ({content.Header.Algorithm})");
        return Drawn("the training curves", output, width, height);
    }

    private static int FromDeclarations(string kind, IReadOnlyList<string> paths, string name, string output)
    {
        var files = InMemoryDeclarations.Files(paths);
        if (files is null) return 2;
        var bound = Outlines.Bind(files.Select(f => (Path.GetFullPath(f), File.ReadAllText(f))).ToList());
        if (InMemoryDeclarations.Print(bound.Diagnostics, Console.Error) > 0) return 1;

        if (kind == "architecture")
        {
            var model = bound.Models.FirstOrDefault(m => m.DslName == name);
            if (model is null) return NotFound(name, bound.Names);
            if (model.Network is null)
                return Fail($"'{name}' is not a network (it uses '{model.Algorithm}'); --kind architecture draws networks. Try --kind tree or curves.");
            var diagram = Outlines.Network(model).Draw();
            diagram.SavePng(output);
            return Drawn($"the architecture of {name}", output, diagram.Width, diagram.Height);
        }

        var rules = bound.RuleSets.FirstOrDefault(r => r.DslName == name);
        if (rules is null)
        {
            if (bound.Models.Any(m => m.DslName == name))
                return Fail($"'{name}' is a model, not a rule set; --kind flow draws rule sets. Try --kind {(bound.Models.First(m => m.DslName == name).Network is null ? "tree" : "architecture")}.");
            return NotFound(name, bound.Names);
        }
        var flow = Outlines.RuleSet(rules, bound.Files.SelectMany(f => f.Enums)).Draw();
        flow.SavePng(output);
        return Drawn($"the decision flow of {name}", output, flow.Width, flow.Height);
    }

    private static int NotFound(string name, IEnumerable<string> names) =>
        Fail($"No model or rule set '{name}' in the declarations; there are: {string.Join(", ", names)}.");

    /// <summary>confusion and tree: the model file is loaded by the declaration's generated Commands class.</summary>
    private static int FromModelFile(string kind, IReadOnlyList<string> paths, string name, string modelPath, string? data, string output, string? tree, string? depth)
    {
        var treeIndex = 0;
        var maxDepth = 4;
        if (tree is not null && !int.TryParse(tree, NumberStyles.None, CultureInfo.InvariantCulture, out treeIndex))
            return Fail($"--tree takes a tree's number (0 for the first), not '{tree}'.");
        if (depth is not null && (!int.TryParse(depth, NumberStyles.None, CultureInfo.InvariantCulture, out maxDepth) || maxDepth < 1))
            return Fail($"--depth takes a number of levels (1 or more), not '{depth}'.");

        var files = InMemoryDeclarations.Files(paths);
        if (files is null) return 2;
        var (compiled, found) = InMemoryDeclarations.Generate(files, InMemoryDeclarations.ModelCompilation("ModelDsl.Tool.Plots"));
        if (InMemoryDeclarations.Print(found, Console.Error) > 0) return 1;
        if (InMemoryDeclarations.Commands(compiled) is not { } commands)
            return Fail("The generated code did not compile; please report it with the declarations.");
        var model = commands.FirstOrDefault(c => c.ModelName == name);
        if (model is null)
            return Fail($"No model '{name}' in the declarations; there are: {string.Join(", ", commands.Select(c => c.ModelName).Order(StringComparer.Ordinal))}.");
        var loaded = model.Load(modelPath);

        if (kind == "confusion")
        {
            if (model.EvaluateReport(loaded, data!) is not ClassificationReport report)
                return Fail($"'{name}' is a {loaded.Core.Spec.Task.ToString().ToLowerInvariant()}, not a classifier; a confusion matrix needs classes.");
            var side = Math.Clamp(160 + 80 * report.ClassNames.Count, 480, 1600); // room for the class names
            report.SaveConfusionPng(output, side);
            return Drawn($"the confusion matrix of {name} on {report.Rows:N0} rows", output, side, side);
        }

        var diagram = loaded.Core switch
        {
            TrainedClassifier c => c.DrawTree(treeIndex, maxDepth),
            TrainedRegressor r => r.DrawTree(treeIndex, maxDepth),
            var other => throw new NotSupportedException($"'{name}' is a {other.Spec.Task.ToString().ToLowerInvariant()}; only decision-tree and random-forest classifiers and regressors are drawn as trees."),
        };
        diagram.SavePng(output);
        return Drawn($"tree {treeIndex} of {name}", output, diagram.Width, diagram.Height);
    }
}
