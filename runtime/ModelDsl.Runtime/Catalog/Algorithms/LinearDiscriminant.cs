namespace ModelDsl.Catalog.Algorithms;

/// <summary>Linear discriminant analysis: a classifier and a projection onto at most classes − 1 axes.</summary>
internal static class LinearDiscriminant
{
    public const string CoefficientsSection = "lda.coefficients";
    public const string InterceptsSection = "lda.intercepts";
    public const string MeanSection = "lda.mean";
    public const string ScalingsSection = "lda.scalings";
    public const string ShapeSection = "lda.shape";
    public const string ExplainedVarianceRatioSection = "lda.explained_variance_ratio";

    public static readonly AlgorithmSpec Classifier = new("lda", FamilyNames.Classifier, new ParameterSpec[0], AlgorithmCapabilities.Projection | AlgorithmCapabilities.FoldsStandardisation,
        new[] { CoefficientsSection, InterceptsSection, MeanSection, ScalingsSection, ShapeSection, ExplainedVarianceRatioSection },
        "linear discriminant analysis");
}
