using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ModelDsl.Runtime.Models;

/// <summary>What a learned model does.</summary>
public enum LearningTask
{
    /// <summary>Predicts an enum label.</summary>
    Classifier,

    /// <summary>Predicts a number.</summary>
    Regressor,

    /// <summary>Groups rows without a label.</summary>
    Clusterer,

    /// <summary>Forecasts a time-ordered numeric series.</summary>
    Forecaster,
}

/// <summary>How a schema field enters a model.</summary>
public enum FeatureKind
{
    /// <summary>A number used as is (after imputation and scaling).</summary>
    Numeric,

    /// <summary>A truth value, as 0 or 1.</summary>
    Bool,

    /// <summary>An enum, one-hot encoded (one 0/1 column per value).</summary>
    Enum,

    /// <summary>A string, as bag-of-words counts.</summary>
    Text,
}

/// <summary>Scaling of a numeric feature.</summary>
public enum FeatureScaling
{
    /// <summary>Used as is.</summary>
    None,

    /// <summary>(x − mean) / standard deviation.</summary>
    Standardize,

    /// <summary>(x − min) / (max − min).</summary>
    MinMax,
}

/// <summary>What replaces a missing (NaN) value.</summary>
public enum Imputation
{
    /// <summary>Nothing: a missing value is an error naming the row and column.</summary>
    Reject,

    /// <summary>The training mean.</summary>
    Mean,

    /// <summary>The training median.</summary>
    Median,

    /// <summary>The most frequent training value.</summary>
    MostFrequent,

    /// <summary>A constant.</summary>
    Constant,
}

/// <summary>One feature of a model, as declared.</summary>
/// <param name="Name">The schema field's name.</param>
/// <param name="Kind">How it enters the model.</param>
/// <param name="Categories">For an enum: how many values it has.</param>
/// <param name="Scaling">Scaling of a numeric feature.</param>
/// <param name="Imputation">What replaces a missing value.</param>
/// <param name="ImputeConstant">The constant for <see cref="Imputation.Constant"/>.</param>
/// <param name="CategoryNames">For an enum: its values' names, in order, naming the one-hot columns (<c>color=red</c>); without them the columns are numbered (<c>color=0</c>).</param>
/// <param name="ClampLow">A numeric feature's declared lower bound (<c>preprocess x: clamp(min: 0)</c>): smaller values are raised to it before scaling, and so are reconstructed ones.</param>
/// <param name="ClampHigh">A numeric feature's declared upper bound.</param>
public sealed record FeatureSpec(string Name, FeatureKind Kind, int Categories, FeatureScaling Scaling, Imputation Imputation, double ImputeConstant,
    IReadOnlyList<string>? CategoryNames = null, double ClampLow = double.NegativeInfinity, double ClampHigh = double.PositiveInfinity)
{
    /// <summary>Whether the declaration bounds the feature (see <see cref="ClampLow"/>).</summary>
    public bool IsClamped => ClampLow > double.NegativeInfinity || ClampHigh < double.PositiveInfinity;

    /// <summary>
    /// The features of a tensor field (<c>pixels: float[28, 28]</c>): one numeric feature per element, in row-major
    /// order, named <c>pixels[0]</c>, <c>pixels[1]</c>, … and prepared alike.
    /// </summary>
    public static FeatureSpec[] Elements(string name, int count, FeatureScaling scaling, Imputation imputation, double imputeConstant)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var features = new FeatureSpec[count];
        for (var i = 0; i < count; i++)
            features[i] = new FeatureSpec(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]"), FeatureKind.Numeric, 0, scaling, imputation, imputeConstant);
        return features;
    }

    /// <summary>
    /// The features of a set field (<c>items: set of Department</c>): one 0/1 (bool) feature per member of the enum, in
    /// enum order, named <c>items=fruit</c>, <c>items=biscuits</c>, … (multi-hot).
    /// </summary>
    public static FeatureSpec[] Members(string name, IReadOnlyList<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var features = new FeatureSpec[members.Count];
        for (var i = 0; i < features.Length; i++)
            features[i] = new FeatureSpec(name + "=" + members[i], FeatureKind.Bool, 0, FeatureScaling.None, Imputation.Reject, 0);
        return features;
    }

    /// <summary>The features of several fields in order (generated specs with tensor fields join their parts).</summary>
    public static FeatureSpec[] Join(params FeatureSpec[][] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var all = new List<FeatureSpec>();
        foreach (var part in parts) all.AddRange(part);
        return all.ToArray();
    }
}

/// <summary>A model declaration as data; generated code builds one per model (see the generated <c>Spec</c>).</summary>
public sealed class ModelSpec
{
    /// <summary>Creates the spec (called by generated code).</summary>
    public ModelSpec(
        string name,
        LearningTask task,
        string algorithm,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        IReadOnlyList<FeatureSpec> features,
        int polynomialDegree,
        bool polynomialInteractionOnly,
        bool lowercase,
        int minCount,
        IReadOnlyList<string> classNames,
        double testFraction,
        bool stratified,
        int seed,
        int folds,
        IReadOnlyList<string> metrics,
        string declarationHash,
        string labelName = "label")
    {
        LabelName = labelName;
        Name = name;
        Task = task;
        Algorithm = algorithm;
        Parameters = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        Features = features;
        PolynomialDegree = polynomialDegree;
        PolynomialInteractionOnly = polynomialInteractionOnly;
        Lowercase = lowercase;
        MinCount = minCount;
        ClassNames = classNames;
        TestFraction = testFraction;
        Stratified = stratified;
        Seed = seed;
        Folds = folds;
        Metrics = metrics;
        DeclarationHash = declarationHash;
        NumericFeatures = features.Where(f => f.Kind != FeatureKind.Text).ToArray();
        TextFeatures = features.Where(f => f.Kind == FeatureKind.Text).ToArray();
    }

    /// <summary>
    /// The declared run log (<c>log tensorboard "runs/"</c> among a classical model's members): its curves and held-out
    /// metrics after each training; null: none. <see cref="TrainingOptions.Log"/> replaces it. A network's is in its
    /// network spec (<c>train { log … }</c>).
    /// </summary>
    public RunLogs.RunLogOptions? Log { get; init; }

    /// <summary>The model's name as declared.</summary>
    public string Name { get; }

    /// <summary>The label (or target) field's name; "label" for clusterers.</summary>
    public string LabelName { get; }

    /// <summary>Classifier, regressor or clusterer.</summary>
    public LearningTask Task { get; }

    /// <summary>The algorithm's name (e.g. <c>logistic_regression</c>).</summary>
    public string Algorithm { get; }

    /// <summary>Hyper-parameters as invariant text, defaults included (checked at build time).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>Features in declaration order.</summary>
    public IReadOnlyList<FeatureSpec> Features { get; }

    /// <summary>Features read as numbers (numeric, bool, enum ordinal), in the order generated code writes them.</summary>
    public IReadOnlyList<FeatureSpec> NumericFeatures { get; }

    /// <summary>Text features, in the order generated code writes them.</summary>
    public IReadOnlyList<FeatureSpec> TextFeatures { get; }

    /// <summary>Degree of polynomial expansion of the numeric features (1 = none).</summary>
    public int PolynomialDegree { get; }

    /// <summary>Only products of distinct features.</summary>
    public bool PolynomialInteractionOnly { get; }

    /// <summary>Bag of words: lowercase before counting.</summary>
    public bool Lowercase { get; }

    /// <summary>Bag of words: a word must occur this many times in training to count.</summary>
    public int MinCount { get; }

    /// <summary>Class names of a classifier's label, in enum order.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>Fraction of rows held out for testing (0: none).</summary>
    public double TestFraction { get; }

    /// <summary>Keep class proportions in the split.</summary>
    public bool Stratified { get; }

    /// <summary>Seed of the split and of randomised algorithms.</summary>
    public int Seed { get; }

    /// <summary>Declared cross-validation folds (0: none).</summary>
    public int Folds { get; }

    /// <summary>Metrics the declaration asks to report.</summary>
    public IReadOnlyList<string> Metrics { get; }

    /// <summary>SHA-256 of the declaration and its schema.</summary>
    public string DeclarationHash { get; }

    /// <summary>A numeric hyper-parameter.</summary>
    public double Number(string name) => double.Parse(Parameters[name], CultureInfo.InvariantCulture);

    /// <summary>An integer hyper-parameter.</summary>
    public int Integer(string name) => int.Parse(Parameters[name], CultureInfo.InvariantCulture);

    /// <summary>A true/false hyper-parameter.</summary>
    public bool Flag(string name) => Parameters[name] == "true";

    /// <summary>A choice hyper-parameter.</summary>
    public string Choice(string name) => Parameters[name];

    // Typed reads by the catalog's own parameter specs: an algorithm's home names no parameter as a string literal.
    internal double Number(ModelDsl.Catalog.ParameterSpec parameter) => Number(parameter.Name);

    internal int Integer(ModelDsl.Catalog.ParameterSpec parameter) => Integer(parameter.Name);

    internal bool Flag(ModelDsl.Catalog.ParameterSpec parameter) => Flag(parameter.Name);

    internal string Choice(ModelDsl.Catalog.ParameterSpec parameter) => Choice(parameter.Name);

    /// <summary>
    /// This spec with <paramref name="seed"/> as the seed of the split and of the algorithm (its <c>seed</c> parameter,
    /// where it has one): what <see cref="TrainingOptions.Seed"/> trains with.
    /// </summary>
    internal ModelSpec WithSeed(int seed)
    {
        var parameters = Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var name = ModelDsl.Catalog.Algorithms.CommonParameters.Seed.Name;
        if (parameters.ContainsKey(name)) parameters[name] = seed.ToString(CultureInfo.InvariantCulture); // else the learner reads Seed
        return new ModelSpec(Name, Task, Algorithm, parameters.ToList(), Features, PolynomialDegree, PolynomialInteractionOnly, Lowercase,
            MinCount, ClassNames, TestFraction, Stratified, seed, Folds, Metrics, DeclarationHash, LabelName) { Log = Log };
    }

    /// <summary>The value of <paramref name="parameter"/>, or its catalog default when a hand-written spec leaves it out.</summary>
    internal string ValueOrDefault(ModelDsl.Catalog.ParameterSpec parameter) =>
        Parameters.TryGetValue(parameter.Name, out var value) ? value : parameter.Default ?? throw new ArgumentException($"The spec of '{Name}' lacks the required parameter '{parameter.Name}'.");
}
