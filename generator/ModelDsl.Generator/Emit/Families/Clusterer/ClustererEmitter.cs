using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Families;

namespace ModelDsl.Generator.Emit;

/// <summary>A clusterer's parts of its class: no label to read, the prediction is the nearest cluster's index.</summary>
internal sealed class ClustererEmitter : RowModelEmitter
{
    private readonly ClustererModel _model;

    public ClustererEmitter(ClustererModel model)
        : base(model) => _model = model;

    public override string Title => "Clusterer";

    public override string Trained => $"{Models}.TrainedClusterer";

    public override string Report => $"{Models}.ClusteringReport";

    public override Holdout? Holdout => _model.Holdout;

    /// <summary>The runtime's name for the column a clusterer has none of.</summary>
    public override string LabelName => "label";

    public override string LabelReader => "null";

    public override void WritePredictionType(SourceWriter w)
    {
        w.Line("/// <summary>A typed prediction.</summary>");
        w.Line("/// <param name=\"Cluster\">The index of the nearest cluster centre.</param>");
        w.Line("public readonly record struct Prediction(int Cluster);").Line();
    }

    public override void WriteCsvPredictions(SourceWriter w, bool network)
    {
        w.Line("output.WriteLine(\"cluster\");");
        w.Line($"foreach (var row in {_model.InputFullName}.ReadCsv(csvPath, PredictionRows)) output.WriteLine(typed.Predict(in row).Cluster.ToString({Invariant}));");
    }
}
