using System;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using BayesCatalog = ModelDsl.Catalog.Algorithms.NaiveBayes;

namespace ModelDsl.Runtime.Models;

/// <summary>gaussian_nb.</summary>
internal sealed class GaussianNaiveBayesHome() : ClassifierHome(BayesCatalog.Gaussian)
{
    public override IClassificationModel Fit(ModelSpec spec, FeatureMatrix x, int[] labels, int classes, IProgress<FitProgress> progress) =>
        GaussianNaiveBayesTrainer.Fit(x, labels, classes, spec.Number(BayesCatalog.VarSmoothing));

    public override void Write(IClassificationModel model, ModelFileSections sections)
    {
        var m = (GaussianNaiveBayesModel)model;
        sections.Add(BayesCatalog.GaussianMeansSection, m.Means.ToArray()).Add(BayesCatalog.GaussianVariancesSection, m.Variances.ToArray())
            .Add(BayesCatalog.GaussianPriorsSection, m.ClassPriors.ToArray());
    }

    public override IClassificationModel Read(ModelSpec spec, ModelFileContent content, int features, int classes) =>
        GaussianNaiveBayesModel.FromParameters(features, classes, content.Doubles(BayesCatalog.GaussianMeansSection), content.Doubles(BayesCatalog.GaussianVariancesSection),
            content.Doubles(BayesCatalog.GaussianPriorsSection));
}

/// <summary>multinomial_nb.</summary>
internal sealed class MultinomialNaiveBayesHome() : ClassifierHome(BayesCatalog.Multinomial)
{
    public override IClassificationModel Fit(ModelSpec spec, FeatureMatrix x, int[] labels, int classes, IProgress<FitProgress> progress) =>
        MultinomialNaiveBayesTrainer.Fit(x, labels, classes, spec.Number(BayesCatalog.Alpha));

    public override void Write(IClassificationModel model, ModelFileSections sections)
    {
        var m = (MultinomialNaiveBayesModel)model;
        sections.Add(BayesCatalog.MultinomialFeatureLogProbabilitiesSection, m.FeatureLogProbabilities.ToArray())
            .Add(BayesCatalog.MultinomialClassLogPriorsSection, m.ClassLogPriors.ToArray());
    }

    public override IClassificationModel Read(ModelSpec spec, ModelFileContent content, int features, int classes) =>
        MultinomialNaiveBayesModel.FromParameters(features, classes, content.Doubles(BayesCatalog.MultinomialFeatureLogProbabilitiesSection),
            content.Doubles(BayesCatalog.MultinomialClassLogPriorsSection));
}
