using System;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using SvrCatalog = ModelDsl.Catalog.Algorithms.SupportVectorRegression;

namespace ModelDsl.Runtime.Models;

/// <summary>svr.</summary>
internal sealed class SupportVectorRegressionHome() : RegressorHome(SvrCatalog.Regressor)
{
    public override IRegressionModel Fit(ModelSpec spec, FeatureMatrix x, double[] y, IProgress<FitProgress> progress) =>
        SupportVectorRegressionTrainer.Fit(x, y, new SupportVectorRegressionOptions
        {
            Kernel = spec.Choice(SvrCatalog.Kernel) switch
            {
                "linear" => SvmKernel.Linear,
                "rbf" => SvmKernel.Rbf,
                var other => throw new NotSupportedException($"SVR kernel '{other}' is not known to this runtime."),
            },
            C = spec.Number(SvrCatalog.C), Epsilon = spec.Number(SvrCatalog.Epsilon), Gamma = spec.Number(SvrCatalog.Gamma),
            Tolerance = spec.Number(SvrCatalog.Tolerance), MaxIterations = spec.Integer(SvrCatalog.MaxIterations),
        }, progress);

    public override void Write(IRegressionModel model, ModelFileSections sections)
    {
        var m = (SupportVectorRegressionModel)model;
        sections.Add(SvrCatalog.KernelSection, new[] { (int)m.Kernel }).Add(SvrCatalog.ParametersSection, new[] { m.Gamma, m.Intercept })
            .Add(SvrCatalog.SupportVectorsSection, m.SupportVectors.ToArray()).Add(SvrCatalog.DualCoefficientsSection, m.DualCoefficients.ToArray());
    }

    public override IRegressionModel Read(ModelSpec spec, ModelFileContent content, int features)
    {
        var parameters = content.Doubles(SvrCatalog.ParametersSection, 2);
        return SupportVectorRegressionModel.FromParameters(features, (SvmKernel)content.Ints(SvrCatalog.KernelSection, 1)[0], parameters[0],
            content.Doubles(SvrCatalog.SupportVectorsSection), content.Doubles(SvrCatalog.DualCoefficientsSection), parameters[1]);
    }
}
