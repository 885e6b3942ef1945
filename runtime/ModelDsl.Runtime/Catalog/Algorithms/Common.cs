namespace ModelDsl.Catalog.Algorithms;

/// <summary>Parameters several algorithms share, with scikit-learn's names.</summary>
internal static class CommonParameters
{
    public static readonly ParameterSpec FitIntercept = ParameterSpec.Flag("fit_intercept", true);

    public static readonly ParameterSpec Tol = ParameterSpec.Number("tol", "0.0001", min: 0, minInclusive: false);

    public static readonly ParameterSpec Seed = ParameterSpec.Integer("seed", 0, min: 0);

    public static readonly ParameterSpec ClassWeight = ParameterSpec.Choice("class_weight", "none", "none", "balanced");

    public static ParameterSpec MaxIter(int defaultValue) => ParameterSpec.Integer("max_iter", defaultValue, min: 1);
}
