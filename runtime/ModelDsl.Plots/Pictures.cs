using System;
using ModelDsl.Plots.Charts;
using ModelDsl.Plots.Rendering;
using ModelDsl.Runtime.Learning;
using ClassificationReport = ModelDsl.Runtime.Models.ClassificationReport;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Plots;

/// <summary>
/// PNG pictures of models, as extension methods: <c>curves.SavePng("curves.png")</c>,
/// <c>report.SaveConfusionPng("confusion.png")</c>, <c>classifier.DrawTree().SavePng("tree.png")</c>,
/// <c>network.Draw().SavePng("net.png")</c>, <c>rules.Draw().SavePng("flow.png")</c>. Charts are ScottPlot plots;
/// diagrams (<see cref="Diagram"/>) are laid out first, so their boxes can be inspected before drawing.
/// </summary>
public static class Pictures
{
    /// <summary>Saves the training curves as a PNG: losses in one panel, scores (accuracy, R², …) in another below.</summary>
    /// <param name="curves">The curves (<c>model.Curves</c>, <c>TrainingCurves.ReadFrom</c>, or <c>TrainingHistory.ToCurves()</c> of a network).</param>
    /// <param name="path">The PNG file to write (its folder is created).</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="title">The title; by default it says how many steps were run.</param>
    /// <exception cref="InvalidOperationException">The curves are empty.</exception>
    public static void SavePng(this TrainingCurves curves, string path, int width = 900, int height = 600, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        PictureFile.Write(path, CurvesChart.Render(curves, width, height, title));
    }

    /// <summary>The format a picture file's extension asks for: .png, .svg, .jpg or .jpeg.</summary>
    /// <exception cref="ArgumentException">Any other extension (the message says which ones work).</exception>
    public static PictureFormat FormatOf(string path) => PictureFile.FormatOf(path);

    /// <summary>Saves the training curves in the format of the file's extension (see <see cref="FormatOf"/>);
    /// otherwise as <see cref="SavePng(TrainingCurves, string, int, int, string?)"/>.</summary>
    /// <param name="curves">The curves.</param>
    /// <param name="path">The file to write (its folder is created); its extension sets the format.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="title">The title; by default the model's name and how many steps were run.</param>
    /// <param name="name">The model's name, which starts the default title.</param>
    public static void Save(this TrainingCurves curves, string path, int width = 900, int height = 600, string? title = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        PictureFile.Write(path, CurvesChart.Render(curves, width, height, title, FormatOf(path), name));
    }

    /// <summary>The training curves as PNG bytes (see <see cref="SavePng(TrainingCurves, string, int, int, string?)"/>).</summary>
    public static byte[] ToPng(this TrainingCurves curves, int width = 900, int height = 600, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        return CurvesChart.Render(curves, width, height, title);
    }

    /// <summary>Saves the confusion matrix of a classification report as a heat map: true classes as rows, predicted
    /// as columns, counts in the cells, colour by the share of the row.</summary>
    /// <param name="report">The report (<c>model.Evaluate(rows)</c> or <c>model.TestReport</c>).</param>
    /// <param name="path">The PNG file to write.</param>
    /// <param name="size">Width and height in pixels; by default it grows with the number of classes.</param>
    /// <param name="title">The title; by default rows and accuracy.</param>
    public static void SaveConfusionPng(this ClassificationReport report, string path, int? size = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var side = size ?? ConfusionChart.DefaultSize(report.ClassNames.Count);
        PictureFile.Write(path, ConfusionChart.Render(report, side, side, title));
    }

    /// <summary>Saves the confusion matrix in the format of the file's extension (see <see cref="FormatOf"/>);
    /// otherwise as <see cref="SaveConfusionPng"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The file to write; its extension sets the format.</param>
    /// <param name="size">Width and height in pixels; by default it grows with the number of classes.</param>
    /// <param name="title">The title; by default the model's name, rows and accuracy.</param>
    /// <param name="name">The model's name, which starts the default title.</param>
    public static void SaveConfusion(this ClassificationReport report, string path, int? size = null, string? title = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var side = size ?? ConfusionChart.DefaultSize(report.ClassNames.Count);
        PictureFile.Write(path, ConfusionChart.Render(report, side, side, title, FormatOf(path), name));
    }

    /// <summary>A drawing of one tree of a decision-tree or random-forest classifier.</summary>
    /// <param name="model">The classifier.</param>
    /// <param name="tree">Which tree (0 for a decision tree; 0 to <c>TreeCount − 1</c> for a forest).</param>
    /// <param name="maxDepth">Levels of splits drawn before subtrees are cut to "…".</param>
    /// <exception cref="NotSupportedException">The model is not a tree model.</exception>
    public static Diagram DrawTree(this TrainedClassifier model, int tree = 0, int maxDepth = 4)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Algorithm is not TreeClassifierModel trees) throw NotATree(model.Spec);
        return TreeDiagram.Build(trees.Trees, tree, model.Pipeline.OutputNames, model.Spec.ClassNames, maxDepth, model.Spec.Name);
    }

    /// <summary>A drawing of one tree of a decision-tree or random-forest regressor.</summary>
    /// <param name="model">The regressor.</param>
    /// <param name="tree">Which tree (0 for a decision tree; 0 to <c>TreeCount − 1</c> for a forest).</param>
    /// <param name="maxDepth">Levels of splits drawn before subtrees are cut to "…".</param>
    /// <exception cref="NotSupportedException">The model is not a tree model.</exception>
    public static Diagram DrawTree(this TrainedRegressor model, int tree = 0, int maxDepth = 4)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Algorithm is not TreeRegressorModel trees) throw NotATree(model.Spec);
        return TreeDiagram.Build(trees.Trees, tree, model.Pipeline.OutputNames, null, maxDepth, model.Spec.Name);
    }

    /// <summary>The architecture diagram of a network (see <see cref="ArchitectureDiagram"/>).</summary>
    public static Diagram Draw(this NetworkDescription network) => ArchitectureDiagram.Build(network);

    /// <summary>The decision flow of a rule set (see <see cref="FlowDiagram"/>).</summary>
    public static Diagram Draw(this RuleSetDescription rules) => FlowDiagram.Build(rules);

    private static NotSupportedException NotATree(ModelSpec spec) =>
        new($"Only 'decision_tree' and 'random_forest' models can be drawn as trees; '{spec.Name}' uses '{spec.Algorithm}'.");
}
