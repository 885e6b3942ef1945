using static ModelDsl.Catalog.Algorithms.CommonParameters;

namespace ModelDsl.Catalog.Algorithms;

/// <summary>Autoregression AR(p) of a series on its own past, by least squares.</summary>
internal static class Autoregression
{
    public const string Name = "autoregression";
    public const string OrdersSection = "ar.orders";
    public const string CoefficientsSection = "ar.coefficients";
    public const string InterceptSection = "ar.intercept";
    public const string HistorySection = "ar.history";

    public static readonly ParameterSpec Lags = ParameterSpec.Integer("lags", 1, min: 1, max: 1000);
    public static readonly ParameterSpec Difference = ParameterSpec.Integer("difference", 0, min: 0, max: 2);
    public static readonly ParameterSpec SeasonalLag = ParameterSpec.Integer("seasonal_lag", 0, min: 0, max: 1000);

    public static readonly AlgorithmSpec Forecaster = new(Name, FamilyNames.Forecaster, new[] { Lags, Difference, SeasonalLag, FitIntercept },
        AlgorithmCapabilities.None, new[] { OrdersSection, CoefficientsSection, InterceptSection, HistorySection },
        "autoregression AR(p) by least squares, with optional differencing and a seasonal lag");
}
