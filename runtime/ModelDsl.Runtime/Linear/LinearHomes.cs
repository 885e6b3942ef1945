using System;
using ModelDsl.Catalog;
using ModelDsl.Catalog.Algorithms;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using LinearCatalog = ModelDsl.Catalog.Algorithms.LinearModels;
using LogisticCatalog = ModelDsl.Catalog.Algorithms.LogisticRegression;
using QuantileCatalog = ModelDsl.Catalog.Algorithms.QuantileRegression;

namespace ModelDsl.Runtime.Models;

/// <summary>linear_regression, ridge, lasso and elastic_net: one trainer, the penalty chosen by the catalog entry.</summary>
internal sealed class LinearRegressionHome(AlgorithmSpec spec) : RegressorHome(spec)
{
    public override IRegressionModel Fit(ModelSpec spec, FeatureMatrix x, double[] y, IProgress<FitProgress> progress) =>
        LinearRegressionTrainer.Fit(x, y, Options(spec), progress);

    private LinearRegressionOptions Options(ModelSpec spec)
    {
        var intercept = spec.Flag(CommonParameters.FitIntercept);
        if (Spec == LinearCatalog.LinearRegression) return new LinearRegressionOptions { Penalty = Penalty.None, FitIntercept = intercept };
        if (Spec == LinearCatalog.Ridge) return new LinearRegressionOptions { Penalty = Penalty.L2, Alpha = spec.Number(LinearCatalog.RidgeAlpha), FitIntercept = intercept };
        var options = new LinearRegressionOptions
        {
            Penalty = Spec == LinearCatalog.Lasso ? Penalty.L1 : Penalty.ElasticNet,
            Alpha = spec.Number(LinearCatalog.Alpha),
            MaxIterations = spec.Integer(LinearCatalog.MaxIterations),
            Tolerance = spec.Number(CommonParameters.Tol),
            FitIntercept = intercept,
        };
        return Spec == LinearCatalog.ElasticNet ? options with { L1Ratio = spec.Number(LinearCatalog.L1Ratio) } : options;
    }

    public override void Write(IRegressionModel model, ModelFileSections sections) => WriteLinear((LinearRegressionModel)model, sections);

    public override IRegressionModel Read(ModelSpec spec, ModelFileContent content, int features) => ReadLinear(content, features);

    internal static void WriteLinear(LinearRegressionModel m, ModelFileSections sections) =>
        sections.Add(LinearCatalog.CoefficientsSection, m.Coefficients.ToArray()).Add(LinearCatalog.InterceptSection, new[] { m.Intercept });

    internal static LinearRegressionModel ReadLinear(ModelFileContent content, int features) =>
        LinearRegressionModel.FromParameters(content.Doubles(LinearCatalog.CoefficientsSection, features), content.Doubles(LinearCatalog.InterceptSection, 1)[0]);
}

/// <summary>quantile_regression: an exact linear programme whose result is a linear model.</summary>
internal sealed class QuantileRegressionHome() : RegressorHome(QuantileCatalog.Regressor)
{
    public override IRegressionModel Fit(ModelSpec spec, FeatureMatrix x, double[] y, IProgress<FitProgress> progress) =>
        QuantileRegressionTrainer.Fit(x, y, new QuantileRegressionOptions
        {
            Quantile = spec.Number(QuantileCatalog.Quantile), Alpha = spec.Number(QuantileCatalog.Alpha), FitIntercept = spec.Flag(CommonParameters.FitIntercept),
        }, progress);

    public override void Write(IRegressionModel model, ModelFileSections sections) => LinearRegressionHome.WriteLinear((LinearRegressionModel)model, sections);

    public override IRegressionModel Read(ModelSpec spec, ModelFileContent content, int features) => LinearRegressionHome.ReadLinear(content, features);
}

/// <summary>logistic_regression.</summary>
internal sealed class LogisticRegressionHome() : ClassifierHome(LogisticCatalog.Classifier)
{
    public override IClassificationModel Fit(ModelSpec spec, FeatureMatrix x, int[] labels, int classes, IProgress<FitProgress> progress) =>
        LogisticRegressionTrainer.Fit(x, labels, classes, new LogisticRegressionOptions
        {
            C = spec.Number(LogisticCatalog.C),
            Penalty = spec.Choice(LogisticCatalog.Penalty) switch { "l1" => Penalty.L1, "none" => Penalty.None, _ => Penalty.L2 },
            MaxIterations = spec.Integer(LogisticCatalog.MaxIterations),
            Tolerance = spec.Number(CommonParameters.Tol),
            FitIntercept = spec.Flag(CommonParameters.FitIntercept),
            ClassWeight = spec.Choice(CommonParameters.ClassWeight) == "balanced" ? ClassWeightMode.Balanced : ClassWeightMode.None,
        }, progress);

    public override void Write(IClassificationModel model, ModelFileSections sections)
    {
        var m = (LogisticRegressionModel)model;
        sections.Add(LogisticCatalog.CoefficientsSection, m.Coefficients.ToArray()).Add(LogisticCatalog.InterceptsSection, m.Intercepts.ToArray());
    }

    public override IClassificationModel Read(ModelSpec spec, ModelFileContent content, int features, int classes) =>
        LogisticRegressionModel.FromParameters(features, classes, content.Doubles(LogisticCatalog.CoefficientsSection), content.Doubles(LogisticCatalog.InterceptsSection));
}
