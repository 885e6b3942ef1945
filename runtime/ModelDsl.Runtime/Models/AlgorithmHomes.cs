using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Catalog;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// The runtime home of one classifier algorithm of the catalog: how a declaration's parameters train it, and how its
/// trained form is written to and read from a model file (the sections its <see cref="Spec"/> lists).
/// </summary>
internal abstract class ClassifierHome(AlgorithmSpec spec)
{
    public AlgorithmSpec Spec { get; } = spec;

    public abstract IClassificationModel Fit(ModelSpec spec, FeatureMatrix x, int[] labels, int classes, IProgress<FitProgress> progress);

    public abstract void Write(IClassificationModel model, ModelFileSections sections);

    /// <summary>Reads the trained form; arrays that do not fit throw <see cref="ArgumentException"/> (a damaged file).</summary>
    public abstract IClassificationModel Read(ModelSpec spec, ModelFileContent content, int features, int classes);
}

/// <summary>The runtime home of one regressor algorithm of the catalog (see <see cref="ClassifierHome"/>).</summary>
internal abstract class RegressorHome(AlgorithmSpec spec)
{
    public AlgorithmSpec Spec { get; } = spec;

    public abstract IRegressionModel Fit(ModelSpec spec, FeatureMatrix x, double[] y, IProgress<FitProgress> progress);

    public abstract void Write(IRegressionModel model, ModelFileSections sections);

    /// <summary>Reads the trained form; arrays that do not fit throw <see cref="ArgumentException"/> (a damaged file).</summary>
    public abstract IRegressionModel Read(ModelSpec spec, ModelFileContent content, int features);
}

/// <summary>
/// Every algorithm home, one line each. A catalog entry without a home here fails the contract suite
/// (tests/ModelDsl.Runtime.Tests/Contracts), and a home names its entry by the catalog's object, never by a string.
/// </summary>
internal static class AlgorithmHomes
{
    private static readonly ClassifierHome[] s_classifiers =
    {
        new LogisticRegressionHome(),
        new GaussianNaiveBayesHome(),
        new MultinomialNaiveBayesHome(),
        new LinearDiscriminantHome(),
        new TreeClassifierHome(ModelDsl.Catalog.Algorithms.Trees.DecisionTreeClassifier),
        new TreeClassifierHome(ModelDsl.Catalog.Algorithms.Trees.RandomForestClassifier),
        new KNeighborsClassifierHome(),
    };

    private static readonly RegressorHome[] s_regressors =
    {
        new LinearRegressionHome(ModelDsl.Catalog.Algorithms.LinearModels.LinearRegression),
        new LinearRegressionHome(ModelDsl.Catalog.Algorithms.LinearModels.Ridge),
        new LinearRegressionHome(ModelDsl.Catalog.Algorithms.LinearModels.Lasso),
        new LinearRegressionHome(ModelDsl.Catalog.Algorithms.LinearModels.ElasticNet),
        new QuantileRegressionHome(),
        new TreeRegressorHome(ModelDsl.Catalog.Algorithms.Trees.DecisionTreeRegressor),
        new TreeRegressorHome(ModelDsl.Catalog.Algorithms.Trees.RandomForestRegressor),
        new SupportVectorRegressionHome(),
        new KNeighborsRegressorHome(),
    };

    private static readonly Dictionary<string, ClassifierHome> s_classifiersByName = s_classifiers.ToDictionary(h => h.Spec.Name, StringComparer.Ordinal);
    private static readonly Dictionary<string, RegressorHome> s_regressorsByName = s_regressors.ToDictionary(h => h.Spec.Name, StringComparer.Ordinal);

    public static IReadOnlyList<ClassifierHome> Classifiers => s_classifiers;

    public static IReadOnlyList<RegressorHome> Regressors => s_regressors;

    public static ClassifierHome? Classifier(string algorithm) => s_classifiersByName.GetValueOrDefault(algorithm);

    public static RegressorHome? Regressor(string algorithm) => s_regressorsByName.GetValueOrDefault(algorithm);
}
