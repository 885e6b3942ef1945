using System;
using System.Collections.Generic;

namespace ModelDsl.Catalog;

/// <summary>The families a classical algorithm can belong to, by the name a declaration's header uses.</summary>
internal static class FamilyNames
{
    public const string Classifier = "classifier";
    public const string Regressor = "regressor";
    public const string Clusterer = "clusterer";
    public const string Forecaster = "forecaster";
}

/// <summary>
/// What an algorithm can do or needs. The build and the runtime read these instead of comparing names, so an algorithm
/// added with the right flags gets the right checks and members.
/// </summary>
[Flags]
internal enum AlgorithmCapabilities
{
    None = 0,

    /// <summary>Models counts: a feature that preprocessing can make negative (<c>standardize</c>) is a build error.</summary>
    NeedsNonNegativeInput = 1 << 0,

    /// <summary>Has impurity-decrease importances per feature column (<c>FeatureImportances</c>).</summary>
    FeatureImportances = 1 << 1,

    /// <summary>Explains a prediction by the tests one row passes (<c>Explain</c> → a decision path).</summary>
    DecisionPaths = 1 << 2,

    /// <summary>Projects rows onto learnt axes (<c>Transform</c>).</summary>
    Projection = 1 << 3,

    /// <summary>Training draws random numbers from its <c>seed</c> parameter.</summary>
    Randomized = 1 << 4,

    /// <summary>Takes <c>class_weight: balanced</c>.</summary>
    ClassWeights = 1 << 5,

    /// <summary>Keeps the training rows and predicts from the nearest ones (the model file holds them).</summary>
    InstanceBased = 1 << 6,

    /// <summary>Reports progress per iteration while it trains.</summary>
    ReportsProgress = 1 << 7,

    /// <summary>
    /// A declared per-feature scaling can be folded into its parameters for prediction, with rounding-level differences:
    /// a linear form absorbs a standardisation (w/σ, b − Σwμ/σ), Gaussian naive Bayes a standardisation (μ + σm, σ²v),
    /// multinomial naive Bayes a min-max scaling (s·log θ, prior + Σ o·log θ). Not for quantile regression: its exact fit
    /// passes through training rows, and a rounding-level move would flip which side of the line they lie on.
    /// </summary>
    FoldsStandardisation = 1 << 8,

    /// <summary>
    /// Decides by comparing one feature with a threshold (trees), so any monotone per-feature preprocessing (clamps,
    /// standardisation, min-max) folds into the thresholds exactly: each becomes the largest raw value whose preprocessed
    /// value is ≤ it, and every decision, hence every prediction, is the same bit for bit.
    /// </summary>
    FoldsScalingExactly = 1 << 9,
}

/// <summary>
/// An algorithm the language offers: its name and family as a declaration writes them, its parameters (names,
/// defaults and ranges as scikit-learn 1.2.1's), what it can do, and the model-file sections its trained form uses.
/// </summary>
internal sealed class AlgorithmSpec
{
    public AlgorithmSpec(string name, string family, IReadOnlyList<ParameterSpec> parameters, AlgorithmCapabilities capabilities,
        IReadOnlyList<string> sections, string description)
    {
        Name = name;
        Family = family;
        Parameters = parameters;
        Capabilities = capabilities;
        Sections = sections;
        Description = description;
    }

    /// <summary>The name after <c>algorithm</c>, e.g. <c>logistic_regression</c>.</summary>
    public string Name { get; }

    /// <summary>The family it serves (one of <see cref="FamilyNames"/>); one name may serve several families, as trees do.</summary>
    public string Family { get; }

    /// <summary>Its parameters in the order the documentation lists them.</summary>
    public IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>What it can do or needs.</summary>
    public AlgorithmCapabilities Capabilities { get; }

    /// <summary>The model-file sections of its trained form (docs/model-files.md lists each).</summary>
    public IReadOnlyList<string> Sections { get; }

    /// <summary>One line for did-you-mean hints and the docs.</summary>
    public string Description { get; }

    /// <summary>Whether it has every capability in <paramref name="capabilities"/>.</summary>
    public bool Has(AlgorithmCapabilities capabilities) => (Capabilities & capabilities) == capabilities;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Family})";
}
