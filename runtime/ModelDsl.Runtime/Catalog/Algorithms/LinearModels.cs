using static ModelDsl.Catalog.Algorithms.CommonParameters;

namespace ModelDsl.Catalog.Algorithms;

/// <summary>Least-squares regression: ordinary, ridge (L2), lasso (L1) and elastic net (L1 + L2).</summary>
internal static class LinearModels
{
    public const string CoefficientsSection = "linear.coefficients";
    public const string InterceptSection = "linear.intercept";

    public static readonly ParameterSpec RidgeAlpha = ParameterSpec.Number("alpha", "1.0", min: 0);
    public static readonly ParameterSpec Alpha = ParameterSpec.Number("alpha", "1.0", min: 0, minInclusive: false);
    public static readonly ParameterSpec L1Ratio = ParameterSpec.Number("l1_ratio", "0.5", min: 0, max: 1);
    public static readonly ParameterSpec MaxIterations = MaxIter(1000);

    private static readonly string[] Sections = { CoefficientsSection, InterceptSection };

    public static readonly AlgorithmSpec LinearRegression = new("linear_regression", FamilyNames.Regressor, new[] { FitIntercept },
        AlgorithmCapabilities.FoldsStandardisation, Sections, "ordinary least squares");

    public static readonly AlgorithmSpec Ridge = new("ridge", FamilyNames.Regressor, new[] { RidgeAlpha, FitIntercept },
        AlgorithmCapabilities.FoldsStandardisation, Sections, "least squares with an L2 penalty");

    public static readonly AlgorithmSpec Lasso = new("lasso", FamilyNames.Regressor, new[] { Alpha, MaxIterations, Tol, FitIntercept },
        AlgorithmCapabilities.ReportsProgress | AlgorithmCapabilities.FoldsStandardisation, Sections, "least squares with an L1 penalty (coordinate descent)");

    public static readonly AlgorithmSpec ElasticNet = new("elastic_net", FamilyNames.Regressor, new[] { Alpha, L1Ratio, MaxIterations, Tol, FitIntercept },
        AlgorithmCapabilities.ReportsProgress | AlgorithmCapabilities.FoldsStandardisation, Sections, "least squares with L1 and L2 penalties");
}
