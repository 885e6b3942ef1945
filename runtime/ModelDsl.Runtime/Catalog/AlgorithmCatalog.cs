using System.Collections.Generic;
using System.Linq;
using ModelDsl.Catalog.Algorithms;

namespace ModelDsl.Catalog;

/// <summary>
/// Every classical algorithm the language offers, one line each; the definitions live in <c>Catalog/Algorithms/</c>.
/// The generator checks declarations against this list and the runtime trains, saves and loads by it, so both read the
/// same names, parameters and model-file sections (docs/contributing/common-tasks.md: "A new algorithm").
/// </summary>
internal static class AlgorithmCatalog
{
    public static readonly IReadOnlyList<AlgorithmSpec> All = new[]
    {
        LinearModels.LinearRegression,
        LinearModels.Ridge,
        LinearModels.Lasso,
        LinearModels.ElasticNet,
        LogisticRegression.Classifier,
        NaiveBayes.Gaussian,
        NaiveBayes.Multinomial,
        LinearDiscriminant.Classifier,
        KMeans.Clusterer,
        Trees.DecisionTreeClassifier,
        Trees.DecisionTreeRegressor,
        Trees.RandomForestClassifier,
        Trees.RandomForestRegressor,
        QuantileRegression.Regressor,
        Autoregression.Forecaster,
        SupportVectorRegression.Regressor,
        KNeighbors.Classifier,
        KNeighbors.Regressor,
    };

    /// <summary>The algorithm of that name for <paramref name="family"/>, or null.</summary>
    public static AlgorithmSpec? Find(string name, string family) => All.FirstOrDefault(a => a.Name == name && a.Family == family);

    /// <summary>Any algorithm of that name (to say which family it serves), or null.</summary>
    public static AlgorithmSpec? FindAny(string name) => All.FirstOrDefault(a => a.Name == name);

    /// <summary>The algorithms of one family, in catalog order.</summary>
    public static IEnumerable<AlgorithmSpec> Of(string family) => All.Where(a => a.Family == family);
}
