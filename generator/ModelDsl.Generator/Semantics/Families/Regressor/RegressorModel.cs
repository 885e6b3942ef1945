namespace ModelDsl.Generator.Semantics.Families;

/// <summary><c>model X : regressor(Schema -&gt; target)</c>: a numeric target.</summary>
internal sealed record RegressorModel : LearnedModel
{
    /// <summary>The numeric field predicted.</summary>
    public required FieldModel Target { get; init; }

    /// <summary><c>split …</c> or <c>cross_validate …</c>; null when neither is declared.</summary>
    public required Holdout? Holdout { get; init; }

    public override ModelFamily Family => ModelFamilies.Regressor;
}
