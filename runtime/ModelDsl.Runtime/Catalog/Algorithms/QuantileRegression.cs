using static ModelDsl.Catalog.Algorithms.CommonParameters;

namespace ModelDsl.Catalog.Algorithms;

/// <summary>Linear regression of a quantile (pinball loss with an L1 penalty, solved exactly as a linear programme).</summary>
internal static class QuantileRegression
{
    public static readonly ParameterSpec Quantile = ParameterSpec.Number("quantile", "0.5", min: 0, minInclusive: false, max: 1, maxInclusive: false);
    public static readonly ParameterSpec Alpha = ParameterSpec.Number("alpha", "1.0", min: 0);

    /// <summary>Its trained form is a linear model, stored as one.</summary>
    public static readonly AlgorithmSpec Regressor = new("quantile_regression", FamilyNames.Regressor, new[] { Quantile, Alpha, FitIntercept },
        AlgorithmCapabilities.ReportsProgress, new[] { LinearModels.CoefficientsSection, LinearModels.InterceptSection },
        "linear regression of a quantile (pinball loss, exact linear programme)");
}
