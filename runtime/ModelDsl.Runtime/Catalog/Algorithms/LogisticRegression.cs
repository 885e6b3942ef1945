using static ModelDsl.Catalog.Algorithms.CommonParameters;

namespace ModelDsl.Catalog.Algorithms;

/// <summary>Binary or multinomial logistic regression.</summary>
internal static class LogisticRegression
{
    public const string CoefficientsSection = "logistic.coefficients";
    public const string InterceptsSection = "logistic.intercepts";

    public static readonly ParameterSpec C = ParameterSpec.Number("c", "1.0", min: 0, minInclusive: false);
    public static readonly ParameterSpec Penalty = ParameterSpec.Choice("penalty", "l2", "l2", "l1", "none");
    public static readonly ParameterSpec MaxIterations = MaxIter(100);

    public static readonly AlgorithmSpec Classifier = new("logistic_regression", FamilyNames.Classifier,
        new[] { C, Penalty, MaxIterations, Tol, FitIntercept, ClassWeight },
        AlgorithmCapabilities.ClassWeights | AlgorithmCapabilities.ReportsProgress | AlgorithmCapabilities.FoldsStandardisation,
        new[] { CoefficientsSection, InterceptsSection }, "binary or multinomial logistic regression");
}
