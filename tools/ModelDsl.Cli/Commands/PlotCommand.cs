using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
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

namespace ModelDsl.Cli.Commands;

/// <summary>
/// <c>modeldsl plot</c>: pictures (PNG, SVG or JPEG, by the extension of --out). <c>curves</c> reads a model file's training curves; <c>confusion</c> and
/// <c>tree</c> load a model file through the declaration's generated <c>Commands</c> class (compiled in memory, as
/// <c>train</c> does); <c>architecture</c> and <c>flow</c> need only the declarations (the generator's semantic model).
/// Exit codes: 0 drawn, 1 errors in the declarations, 2 anything else (usage, files, a kind that does not fit the model).
/// </summary>
internal static class PlotCommand
{
    private static readonly string[] Kinds = { "curves", "confusion", "tree", "architecture", "flow" };

    public static Command Create()
    {
        var paths = Arguments.Declarations(optional: true);
        // Not 'Required' for the parser: each kind needs its own options, and the messages below say which and why.
        var kind = Arguments.Optional("--kind", "KIND", """
            what to draw:
            curves        training curves of a saved model (--file; no declarations needed)
            confusion     a classifier's confusion matrix (--file, --data)
            tree          one tree of a decision_tree or random_forest model (--file, --tree, --depth)
            architecture  a network's layers and shapes, from the declarations alone
            flow          a rule set's decision flow, from the declarations alone
            """);
        var model = Arguments.Optional("--model", "NAME", "the model or rule set in the declarations (all kinds but curves)");
        var output = Arguments.Optional("--out", "picture.png", "where the picture goes; .png, .svg, .jpg or .jpeg sets the format");
        var file = Arguments.Optional("--file", "model.mdsl", "a model file saved by 'train' (curves, confusion, tree)");
        var data = Arguments.Optional("--data", "test.csv", "the rows the confusion matrix counts");
        var tree = Arguments.Optional("--tree", "N", "which tree of a forest (0 for the first; default 0)");
        var depth = Arguments.Optional("--depth", "D", "levels drawn before subtrees become '…' (default 4)");
        var command = new Command("plot", "Draw a picture (PNG, SVG or JPEG, by the extension of --out): training curves, a confusion matrix, a tree, a network's architecture or a rule set's flow.")
        {
            paths, kind, model, output, file, data, tree, depth,
        };
        command.SetAction(parsed => Run(parsed.GetValue(paths) ?? Array.Empty<string>(), parsed.GetValue(kind), parsed.GetValue(model), parsed.GetValue(output),
            parsed.GetValue(file), parsed.GetValue(data), parsed.GetValue(tree), parsed.GetValue(depth)));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, string? kind, string? name, string? output, string? file, string? data, string? tree, string? depth)
    {
        if (kind is null) return Fail("Say what to draw with --kind (" + string.Join(", ", Kinds) + "); 'modeldsl plot --help' describes them.");
        if (!Kinds.Contains(kind)) return Fail($"Unknown kind '{kind}'; use one of {string.Join(", ", Kinds)}.");
        if (output is null) return Fail("Say where the picture goes with --out picture.png.");
        if (kind != "curves" && name is null) return Fail($"--kind {kind} needs --model NAME (the model or rule set in the declarations).");
        if (kind is "curves" or "confusion" or "tree" && file is null) return Fail($"--kind {kind} needs --file model.mdsl (a model file saved by 'train').");
        if (kind == "confusion" && data is null) return Fail("--kind confusion needs --data test.csv (the rows to evaluate on).");
        if (kind != "curves" && paths.Count == 0) return Fail($"--kind {kind} needs the declarations (.mlmodel files or folders) before the options.");

        try
        {
            Pictures.FormatOf(output); // before any work: an unknown extension is an error, not a PNG under a wrong name
            return kind switch
            {
                "curves" => Curves(file!, output),
                "architecture" or "flow" => FromDeclarations(kind, paths, name!, output),
                _ => FromModelFile(kind, paths, name!, file!, data, output, tree, depth),
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
        // A network that early stopping ended says so in the title: the curves run past the epoch whose weights it kept.
        var stopped = TrainingDisplay.EarlyStopping(content) is { } early ? $"; {early}" : "";
        curves.Save(output, width, height, $"{content.Header.ModelName}: training curves ({content.Header.Algorithm}{stopped})");
        return Drawn($"the training curves{(stopped.Length > 0 ? $" ({stopped[2..]})" : "")}", output, width, height);
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
                return Fail($"'{name}' is not a network (it uses '{model.Learner?.Algorithm}'); --kind architecture draws networks. Try --kind tree or curves.");
            var diagram = Outlines.Network(model).Draw();
            diagram.Save(output);
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
        flow.Save(output);
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
        var (assembly, exitCode) = CompiledDeclarations.Load(files, Console.Error);
        if (assembly is null) return exitCode;
        var commands = CompiledDeclarations.Instances<IModelCommands>(assembly);
        var model = commands.FirstOrDefault(c => c.ModelName == name);
        if (model is null)
            return Fail($"No model '{name}' in the declarations; there are: {string.Join(", ", commands.Select(c => c.ModelName).Order(StringComparer.Ordinal))}.");
        var loaded = model.Load(modelPath);

        if (kind == "confusion")
        {
            if (model.EvaluateReport(loaded, data!) is not ClassificationReport report)
                return Fail($"'{name}' is a {loaded.Core.Spec.Task.ToString().ToLowerInvariant()}, not a classifier; a confusion matrix needs classes.");
            var side = Math.Clamp(160 + 80 * report.ClassNames.Count, 480, 1600); // room for the class names
            report.SaveConfusion(output, side, name: name);
            return Drawn($"the confusion matrix of {name} on {report.Rows:N0} rows", output, side, side);
        }

        var diagram = loaded.Core switch
        {
            TrainedClassifier c => c.DrawTree(treeIndex, maxDepth),
            TrainedRegressor r => r.DrawTree(treeIndex, maxDepth),
            var other => throw new NotSupportedException($"'{name}' is a {other.Spec.Task.ToString().ToLowerInvariant()}; only decision-tree and random-forest classifiers and regressors are drawn as trees."),
        };
        diagram.Save(output);
        if (diagram.Warning is not null) Console.Error.WriteLine("warning: " + diagram.Warning);
        return Drawn($"tree {treeIndex} of {name}", output, diagram.Width, diagram.Height);
    }
}
