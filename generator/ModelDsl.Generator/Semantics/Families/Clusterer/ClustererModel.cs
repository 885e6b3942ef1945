namespace ModelDsl.Generator.Semantics.Families;

/// <summary><c>model X : clusterer(Schema)</c>: no label; a prediction is the nearest cluster's index.</summary>
internal sealed record ClustererModel : LearnedModel
{
    /// <summary><c>split …</c> or <c>cross_validate …</c>; null when neither is declared.</summary>
    public required Holdout? Holdout { get; init; }

    public override ModelFamily Family => ModelFamilies.Clusterer;
}
