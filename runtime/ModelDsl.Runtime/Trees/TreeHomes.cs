using System;
using ModelDsl.Catalog;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using TreeCatalog = ModelDsl.Catalog.Algorithms.Trees;

namespace ModelDsl.Runtime.Models;

/// <summary>decision_tree and random_forest classifiers: one trained form (a tree ensemble), stored alike.</summary>
internal sealed class TreeClassifierHome(AlgorithmSpec spec) : ClassifierHome(spec)
{
    public override IClassificationModel Fit(ModelSpec spec, FeatureMatrix x, int[] labels, int classes, IProgress<FitProgress> progress) =>
        Spec == TreeCatalog.RandomForestClassifier
            ? RandomForestTrainer.FitClassifier(x, labels, classes, TreeModels.ForestOptions(spec, classifier: true), progress)
            : DecisionTreeTrainer.FitClassifier(x, labels, classes, TreeModels.TreeOptions(spec, classifier: true));

    public override void Write(IClassificationModel model, ModelFileSections sections)
    {
        var m = (TreeClassifierModel)model;
        TreeModels.Write(sections, m.Trees, m.OobScore);
    }

    public override IClassificationModel Read(ModelSpec spec, ModelFileContent content, int features, int classes)
    {
        var (trees, oob) = TreeModels.Read(content, features, classes);
        return TreeClassifierModel.FromTrees(trees, oob);
    }
}

/// <summary>decision_tree and random_forest regressors.</summary>
internal sealed class TreeRegressorHome(AlgorithmSpec spec) : RegressorHome(spec)
{
    public override IRegressionModel Fit(ModelSpec spec, FeatureMatrix x, double[] y, IProgress<FitProgress> progress) =>
        Spec == TreeCatalog.RandomForestRegressor
            ? RandomForestTrainer.FitRegressor(x, y, TreeModels.ForestOptions(spec, classifier: false), progress)
            : DecisionTreeTrainer.FitRegressor(x, y, TreeModels.TreeOptions(spec, classifier: false));

    public override void Write(IRegressionModel model, ModelFileSections sections)
    {
        var m = (TreeRegressorModel)model;
        TreeModels.Write(sections, m.Trees, m.OobScore);
    }

    public override IRegressionModel Read(ModelSpec spec, ModelFileContent content, int features)
    {
        var (trees, oob) = TreeModels.Read(content, features, 1);
        return TreeRegressorModel.FromTrees(trees, oob);
    }
}
