namespace ModelDsl.Generator.Semantics.Families;

/// <summary>
/// <c>model X : forecaster(Schema -&gt; target)</c>: a time series, the target's own past in row order (no features, no
/// preprocessing), held out only at its end.
/// </summary>
internal sealed record ForecasterModel : LearnedModel
{
    /// <summary>The numeric series forecast.</summary>
    public required FieldModel Target { get; init; }

    /// <summary><c>split last 0.2</c>: the fraction of the series' end held out; null without a split.</summary>
    public required double? SplitLast { get; init; }

    public override ModelFamily Family => ModelFamilies.Forecaster;
}
