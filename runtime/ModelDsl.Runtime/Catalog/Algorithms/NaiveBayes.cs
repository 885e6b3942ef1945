namespace ModelDsl.Catalog.Algorithms;

/// <summary>Naive Bayes: Gaussian (numbers) and multinomial (counts, e.g. a bag of words).</summary>
internal static class NaiveBayes
{
    public const string GaussianMeansSection = "gnb.means";
    public const string GaussianVariancesSection = "gnb.variances";
    public const string GaussianPriorsSection = "gnb.priors";
    public const string MultinomialFeatureLogProbabilitiesSection = "mnb.feature_log_probabilities";
    public const string MultinomialClassLogPriorsSection = "mnb.class_log_priors";

    public static readonly ParameterSpec VarSmoothing = ParameterSpec.Number("var_smoothing", "0.000000001", min: 0);
    public static readonly ParameterSpec Alpha = ParameterSpec.Number("alpha", "1.0", min: 0);

    public static readonly AlgorithmSpec Gaussian = new("gaussian_nb", FamilyNames.Classifier, new[] { VarSmoothing },
        AlgorithmCapabilities.FoldsStandardisation, new[] { GaussianMeansSection, GaussianVariancesSection, GaussianPriorsSection }, "Gaussian naive Bayes");

    public static readonly AlgorithmSpec Multinomial = new("multinomial_nb", FamilyNames.Classifier, new[] { Alpha },
        AlgorithmCapabilities.NeedsNonNegativeInput | AlgorithmCapabilities.FoldsStandardisation, new[] { MultinomialFeatureLogProbabilitiesSection, MultinomialClassLogPriorsSection },
        "multinomial naive Bayes (counts, e.g. bag of words)");
}
