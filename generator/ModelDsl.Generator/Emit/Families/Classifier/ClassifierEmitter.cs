using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Families;

namespace ModelDsl.Generator.Emit;

/// <summary>A classifier's parts of its class: the prediction with one probability per class, the label read as a class index.</summary>
internal sealed class ClassifierEmitter : RowModelEmitter
{
    private readonly ClassifierModel _model;

    public ClassifierEmitter(ClassifierModel model)
        : base(model) => _model = model;

    public override string Title => "Classifier";

    public override string Trained => $"{Models}.TrainedClassifier";

    public override string Report => $"{Models}.ClassificationReport";

    public override Holdout? Holdout => _model.Holdout;

    public override string LabelName => _model.Label.DslName;

    public override IReadOnlyList<string> ClassNames => _model.ClassNames;

    public override string LabelReader => _model.IntegerClasses switch
    {
        { First: not 0 } range => $"static (in {_model.InputFullName} row) => (double)row.{_model.Label.Property} - {range.First.ToString(CultureInfo.InvariantCulture)}",
        not null => $"static (in {_model.InputFullName} row) => (double)row.{_model.Label.Property}",
        null => $"static (in {_model.InputFullName} row) => (double)(int)row.{_model.Label.Property}",
    };

    /// <summary>The C# type of the predicted class.</summary>
    public static string ClassType(ClassifierModel model) => model.IntegerClasses is null ? model.Label.Type.EnumFullName! : "int";

    /// <summary>The C# expression turning class index <paramref name="index"/> into the predicted class.</summary>
    public static string ClassFromIndex(ClassifierModel model, string index) =>
        model.IntegerClasses is { } range ? (range.First == 0 ? index : $"{index} + {range.First.ToString(CultureInfo.InvariantCulture)}") : $"({ClassType(model)}){index}";

    public override void WritePredictionType(SourceWriter w)
    {
        var label = _model.Label;
        var members = _model.ClassMemberNames;
        var classType = ClassType(_model);
        var parameters = string.Join(", ", members.Select(m => $"double Probability{m}"));
        w.Line("/// <summary>A typed prediction.</summary>");
        w.Line($"/// <param name=\"{label.Property}\">The most probable class.</param>");
        w.Line($"public readonly record struct Prediction({classType} {label.Property}, {parameters})").OpenBrace();
        w.Line("/// <summary>The probability of the predicted class.</summary>");
        w.Line($"public double Confidence => {label.Property} switch").OpenBrace();
        var names = _model.ClassNames;
        for (var i = 0; i < members.Count; i++)
            w.Line($"{(_model.IntegerClasses is null ? $"{classType}.{members[i]}" : names[i])} => Probability{members[i]},");
        w.Line("_ => 0,");
        w.CloseBrace(";");
        w.CloseBrace().Line();
    }

    public override void WritePredictionBuffers(SourceWriter w) =>
        w.Line($"global::System.Span<double> p = stackalloc double[{_model.ClassCount}];");

    public override void WritePredictionOfRow(SourceWriter w, string target)
    {
        w.Line("var best = _model.PredictProbabilities<PredictionSite>(numeric, text, p);");
        w.Line($"{target}new Prediction({ClassFromIndex(_model, "best")}, {string.Join(", ", Enumerable.Range(0, _model.ClassCount).Select(i => $"p[{i}]"))});");
    }

    public override void WriteCsvPredictions(SourceWriter w, bool network)
    {
        var input = _model.InputFullName;
        var label = _model.Label;
        w.Line($"output.WriteLine({Naming.Quote(label.DslName + ",confidence," + string.Join(",", _model.ClassNames.Select(n => "probability_" + n)))});");
        if (network)
        {
            w.Line($"foreach (var p in typed.Predict({input}.ReadCsv(csvPath, PredictionRows)))").OpenBrace();
        }
        else
        {
            w.Line($"foreach (var row in {input}.ReadCsv(csvPath, PredictionRows))").OpenBrace();
            w.Line("var p = typed.Predict(in row);");
        }
        // the Names class by its full name: the model may live in another namespace than its schema's label enum
        var value = _model.IntegerClasses is null ? $"{EnumEmitter.NamesClass(label.Type.EnumFullName!)}.ToDslName(p.{label.Property})" : $"p.{label.Property}.ToString({Invariant})";
        w.Line($"output.WriteLine(string.Join(\",\", {value}, p.Confidence.ToString(\"R\", {Invariant}), {string.Join(", ", _model.ClassMemberNames.Select(m => $"p.Probability{m}.ToString(\"R\", {Invariant})"))}));");
        w.CloseBrace();
    }
}
