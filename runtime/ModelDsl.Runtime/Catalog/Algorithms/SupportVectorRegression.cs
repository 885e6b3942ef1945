using static ModelDsl.Catalog.Algorithms.CommonParameters;

namespace ModelDsl.Catalog.Algorithms;

/// <summary>Epsilon-insensitive support vector regression, solved by SMO (libsvm's algorithm).</summary>
internal static class SupportVectorRegression
{
    public const string KernelSection = "svr.kernel";
    public const string ParametersSection = "svr.parameters";
    public const string SupportVectorsSection = "svr.support_vectors";
    public const string DualCoefficientsSection = "svr.dual_coefficients";

    public static readonly ParameterSpec Kernel = ParameterSpec.Choice("kernel", "rbf", "rbf", "linear");
    public static readonly ParameterSpec C = ParameterSpec.Number("c", "1.0", min: 0, minInclusive: false);
    public static readonly ParameterSpec Epsilon = ParameterSpec.Number("epsilon", "0.1", min: 0);
    /// <summary>0 means scikit-learn's 'scale': 1 / (features × variance of the training features).</summary>
    public static readonly ParameterSpec Gamma = ParameterSpec.Number("gamma", "0", min: 0);
    public static readonly ParameterSpec Tolerance = ParameterSpec.Number("tol", "0.001", min: 0, minInclusive: false);
    public static readonly ParameterSpec MaxIterations = MaxIter(100000);

    public static readonly AlgorithmSpec Regressor = new("svr", FamilyNames.Regressor, new[] { Kernel, C, Epsilon, Gamma, Tolerance, MaxIterations },
        AlgorithmCapabilities.ReportsProgress, new[] { KernelSection, ParametersSection, SupportVectorsSection, DualCoefficientsSection },
        "support vector regression (epsilon-insensitive, SMO)");
}
