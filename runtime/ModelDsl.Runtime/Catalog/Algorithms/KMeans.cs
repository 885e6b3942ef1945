using static ModelDsl.Catalog.Algorithms.CommonParameters;

namespace ModelDsl.Catalog.Algorithms;

/// <summary>k-means with k-means++ initialisation and restarts.</summary>
internal static class KMeans
{
    public const string CentersSection = "kmeans.centers";
    public const string InertiaSection = "kmeans.inertia";

    public static readonly ParameterSpec K = ParameterSpec.Integer("k", null, min: 1);
    public static readonly ParameterSpec NInit = ParameterSpec.Integer("n_init", 10, min: 1);
    public static readonly ParameterSpec MaxIterations = MaxIter(300);
    public static readonly ParameterSpec Tolerance = ParameterSpec.Number("tol", "0.0001", min: 0);

    public static readonly AlgorithmSpec Clusterer = new("kmeans", FamilyNames.Clusterer, new[] { K, NInit, MaxIterations, Tolerance, Seed },
        AlgorithmCapabilities.Randomized | AlgorithmCapabilities.ReportsProgress, new[] { CentersSection, InertiaSection },
        "k-means with k-means++ initialisation");
}
