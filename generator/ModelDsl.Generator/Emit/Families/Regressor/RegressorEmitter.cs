using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Families;

namespace ModelDsl.Generator.Emit;

/// <summary>A regressor's parts of its class: the prediction is the target's value.</summary>
internal sealed class RegressorEmitter : RowModelEmitter
{
    private readonly RegressorModel _model;

    public RegressorEmitter(RegressorModel model)
        : base(model) => _model = model;

    public override string Title => "Regressor";

    public override string Trained => $"{Models}.TrainedRegressor";

    public override string Report => $"{Models}.RegressionReport";

    public override Holdout? Holdout => _model.Holdout;

    public override string LabelName => _model.Target.DslName;

    public override string LabelReader => $"static (in {_model.InputFullName} row) => (double)row.{_model.Target.Property}";

    public override void WritePredictionType(SourceWriter w)
    {
        w.Line("/// <summary>A typed prediction.</summary>");
        w.Line($"public readonly record struct Prediction(double {_model.Target.Property});").Line();
    }

    public override void WriteCsvPredictions(SourceWriter w, bool network)
    {
        var input = _model.InputFullName;
        var target = _model.Target;
        w.Line($"output.WriteLine({Naming.Quote(target.DslName)});");
        w.Line(network
            ? $"foreach (var p in typed.Predict({input}.ReadCsv(csvPath, PredictionRows))) output.WriteLine(p.{target.Property}.ToString(\"R\", {Invariant}));"
            : $"foreach (var row in {input}.ReadCsv(csvPath, PredictionRows)) output.WriteLine(typed.Predict(in row).{target.Property}.ToString(\"R\", {Invariant}));");
    }
}
