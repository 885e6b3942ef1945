namespace ModelDsl.Catalog.Algorithms;

/// <summary>k-nearest neighbours (scikit-learn's KNeighborsClassifier and KNeighborsRegressor, brute-force search).</summary>
internal static class KNeighbors
{
    public const string Name = "knn";
    public const string PointsSection = "knn.points";
    public const string TargetsSection = "knn.targets";

    public static readonly ParameterSpec NNeighbors = ParameterSpec.Integer("n_neighbors", 5, min: 1, max: 10_000);
    /// <summary>uniform: every neighbour counts alike; distance: by the inverse of its distance (an exact match decides alone).</summary>
    public static readonly ParameterSpec Weights = ParameterSpec.Choice("weights", "uniform", "uniform", "distance");
    public static readonly ParameterSpec Metric = ParameterSpec.Choice("metric", "euclidean", "euclidean", "manhattan");

    private static readonly ParameterSpec[] Parameters = { NNeighbors, Weights, Metric };
    private static readonly string[] Sections = { PointsSection, TargetsSection };

    public static readonly AlgorithmSpec Classifier = new(Name, FamilyNames.Classifier, Parameters, AlgorithmCapabilities.InstanceBased, Sections,
        "k-nearest neighbours: the majority class of the k nearest training rows");

    public static readonly AlgorithmSpec Regressor = new(Name, FamilyNames.Regressor, Parameters, AlgorithmCapabilities.InstanceBased, Sections,
        "k-nearest neighbours: the mean target of the k nearest training rows");
}
