using System.Collections.Generic;
using System.Linq;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics.Families;

/// <summary>What a family's header arrow names.</summary>
internal enum LabelRule
{
    /// <summary>No label: <c>clusterer(Schema)</c>.</summary>
    None,

    /// <summary>A class: an enum field, or an integer field with its classes (<c>-&gt; digit in 0..9</c>).</summary>
    Class,

    /// <summary>A number: <c>regressor(Schema -&gt; price)</c>.</summary>
    Number,
}

/// <summary>
/// A model family: what a declaration's header names (<c>model X : classifier(Schema -&gt; label)</c>) and the rules the
/// binder applies to it, as data rather than as <c>task ==</c> tests spread over the binder. A network is a way a family
/// is learned (<see cref="Networks"/>), not a family.
/// </summary>
internal sealed class ModelFamily
{
    public ModelFamily(string name, ModelTask task, LabelRule label, bool networks, bool timeOrdered, string[] metrics, string labelWord, FamilyBinder binder)
    {
        Binder = binder;
        Name = name;
        Task = task;
        Label = label;
        Networks = networks;
        TimeOrdered = timeOrdered;
        Metrics = metrics;
        LabelWord = labelWord;
    }

    /// <summary>The header keyword, also the family name in the algorithm catalog.</summary>
    public string Name { get; }

    public ModelTask Task { get; }

    public LabelRule Label { get; }

    /// <summary>Whether a <c>network { }</c> may learn it.</summary>
    public bool Networks { get; }

    /// <summary>A time series: no features (the target's own past), and only <c>split last</c>, never a random split or k folds.</summary>
    public bool TimeOrdered { get; }

    /// <summary>The metrics its reports carry and <c>metrics …</c> may name.</summary>
    public string[] Metrics { get; }

    /// <summary>How messages name what the arrow points at: "label" or "target".</summary>
    public string LabelWord { get; }

    /// <summary>The family's part of the binding: its label rule and its bound record (<c>Families/&lt;Family&gt;/</c>).</summary>
    public FamilyBinder Binder { get; }

    /// <summary>Whether <c>split … stratified</c> applies (keeping class proportions needs classes).</summary>
    public bool Stratifiable => Label == LabelRule.Class;
}

/// <summary>The registry of model families, one line each (docs/contributing/common-tasks.md: "A new model family").</summary>
internal static class ModelFamilies
{
    public static readonly ModelFamily Classifier = new(FamilyNames.Classifier, ModelTask.Classifier, LabelRule.Class, networks: true, timeOrdered: false,
        new[] { "accuracy", "precision", "recall", "f1", "log_loss", "confusion_matrix" }, "label", new ClassifierBinder());

    public static readonly ModelFamily Regressor = new(FamilyNames.Regressor, ModelTask.Regressor, LabelRule.Number, networks: true, timeOrdered: false,
        new[] { "r2", "mae", "rmse" }, "target", new RegressorBinder());

    public static readonly ModelFamily Clusterer = new(FamilyNames.Clusterer, ModelTask.Clusterer, LabelRule.None, networks: false, timeOrdered: false,
        new[] { "inertia", "silhouette" }, "label", new ClustererBinder());

    public static readonly ModelFamily Forecaster = new(FamilyNames.Forecaster, ModelTask.Forecaster, LabelRule.Number, networks: false, timeOrdered: true,
        new[] { "r2", "mae", "rmse" }, "target", new ForecasterBinder());

    public static readonly IReadOnlyList<ModelFamily> All = new[] { Classifier, Regressor, Clusterer, Forecaster };

    /// <summary>The family a header keyword names, or null.</summary>
    public static ModelFamily? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The family of a parsed declaration.</summary>
    public static ModelFamily Of(ModelTask task) => All.First(f => f.Task == task);

    /// <summary>For the grammar's expectation message: 'classifier', 'regressor', … or 'forecaster'.</summary>
    public static string Expected => string.Join(", ", All.Take(All.Count - 1).Select(f => $"'{f.Name}'")) + $" or '{All[All.Count - 1].Name}'";
}
