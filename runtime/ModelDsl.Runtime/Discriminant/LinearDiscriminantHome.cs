using System;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using LdaCatalog = ModelDsl.Catalog.Algorithms.LinearDiscriminant;

namespace ModelDsl.Runtime.Models;

/// <summary>lda.</summary>
internal sealed class LinearDiscriminantHome() : ClassifierHome(LdaCatalog.Classifier)
{
    public override IClassificationModel Fit(ModelSpec spec, FeatureMatrix x, int[] labels, int classes, IProgress<FitProgress> progress) =>
        LinearDiscriminantTrainer.Fit(x, labels, classes);

    public override void Write(IClassificationModel model, ModelFileSections sections)
    {
        var m = (LinearDiscriminantModel)model;
        sections.Add(LdaCatalog.CoefficientsSection, m.Coefficients.ToArray()).Add(LdaCatalog.InterceptsSection, m.Intercepts.ToArray()).Add(LdaCatalog.MeanSection, m.Mean.ToArray())
            .Add(LdaCatalog.ScalingsSection, m.Scalings.ToArray()).Add(LdaCatalog.ShapeSection, new[] { m.ScalingColumns, m.ComponentCount })
            .Add(LdaCatalog.ExplainedVarianceRatioSection, m.ExplainedVarianceRatio.ToArray());
    }

    public override IClassificationModel Read(ModelSpec spec, ModelFileContent content, int features, int classes)
    {
        var shape = content.Ints(LdaCatalog.ShapeSection, 2);
        return LinearDiscriminantModel.FromParameters(features, classes, content.Doubles(LdaCatalog.CoefficientsSection), content.Doubles(LdaCatalog.InterceptsSection),
            content.Doubles(LdaCatalog.MeanSection), content.Doubles(LdaCatalog.ScalingsSection), shape[0], shape[1], content.Doubles(LdaCatalog.ExplainedVarianceRatioSection));
    }
}
