using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Models;

/// <summary>A trained classifier: preprocessing plus the fitted algorithm. Immutable and thread-safe.</summary>
public sealed class TrainedClassifier : TrainedModel<IClassificationModel, ClassificationReport>
{
    private TrainedClassifier(ModelSpec spec, FeaturePipeline pipeline, TrainingSummary summary, IClassificationModel algorithm)
        : base(spec, pipeline, summary, algorithm)
    {
        _direct = ScalingFold.Classifier(spec, pipeline, algorithm) ?? (pipeline.IsIdentity ? algorithm : null);
    }

    // What predicts from a finite raw row: the algorithm with the preprocessing folded in (ScalingFold), the algorithm
    // itself when nothing is declared, or null (the pipeline runs first).
    private readonly IClassificationModel? _direct;

    /// <summary>Trains per the declaration: split, fit preprocessing and algorithm, evaluate the held-out rows.</summary>
    public static TrainedClassifier Train(ModelSpec spec, TrainingData data, TrainingOptions? options = null, IProgress<TrainingProgress>? progress = null) =>
        Train(spec, data, options, progress,
            (fitSpec, x, train, fitProgress) =>
            {
                var labels = ClassLabels(train);
                RequireTwoClasses(spec, labels);
                return Fit(fitSpec, x, labels, fitProgress);
            },
            (pipeline, summary, algorithm) => new TrainedClassifier(spec, pipeline, summary, algorithm));

    private static IClassificationModel Fit(ModelSpec spec, FeatureMatrix x, int[] labels, IProgress<FitProgress> progress) =>
        Home(spec).Fit(spec, x, labels, spec.ClassNames.Count, progress);

    private static ClassifierHome Home(ModelSpec spec) => AlgorithmHomes.Classifier(spec.Algorithm)
        ?? throw new NotSupportedException($"Classifier algorithm '{spec.Algorithm}' is not known to this runtime.");

    /// <summary>Writes class probabilities for one row and returns the most probable class. Allocates nothing.</summary>
    public int PredictProbabilities(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, Span<double> probabilities) =>
        PredictProbabilities<SharedCallSite>(numeric, text, probabilities);

    /// <summary>The same, compiled once per <typeparamref name="TCallSite"/> (see <see cref="TrainedRegressor.Predict{TCallSite}"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // into the generated Predict
    public int PredictProbabilities<TCallSite>(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, Span<double> probabilities) where TCallSite : struct
    {
        // A finite row that is already the algorithm's input (the preprocessing folded in, or none declared): one call in
        // a frame without buffers. Everything else (a value to impute or refuse, a pipeline to run) in a method of its own.
        if (_direct is { } direct && Pipeline.IsFiniteRow(numeric)) direct.PredictProbabilities(numeric, probabilities);
        else PredictTransformed<TCallSite>(numeric, text, probabilities);
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best]) best = c;
        }
        return best;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void PredictTransformed<TCallSite>(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, Span<double> probabilities) where TCallSite : struct
    {
        var count = Pipeline.OutputCount;
        if (count <= SmallFeatures)
        {
            // The common declared pipeline (a few scaled features): the feature vector lives in this frame, a fixed-size
            // buffer and not a stackalloc: a method with stackalloc and a loop is compiled once, fully optimised but without
            // the profile that lets the JIT inline the algorithm behind the interface call.
            System.Runtime.CompilerServices.Unsafe.SkipInit(out SmallBuffer buffer);
            Span<double> features = ((Span<double>)buffer)[..count];
            Pipeline.Transform(numeric, text, features);
            Algorithm.PredictProbabilities(features, probabilities);
        }
        else if (count <= StackLimit)
        {
            Span<double> features = stackalloc double[count];
            Pipeline.Transform(numeric, text, features);
            Algorithm.PredictProbabilities(features, probabilities);
        }
        else
        {
            // A pooled buffer; a static lambda allocates nothing.
            WithFeatures(numeric, text, new Target(Algorithm, probabilities), static (features, target) =>
            {
                target.Algorithm.PredictProbabilities(features, target.Probabilities);
                return 0;
            });
        }
    }

    /// <summary>For linear discriminant analysis: the number of discriminant axes; 0 for other algorithms.</summary>
    public int ComponentCount => Algorithm is LinearDiscriminantModel lda ? lda.ComponentCount : 0;

    /// <summary>Projects one row onto the discriminant axes (LDA only); returns how many values it wrote. Allocates nothing.</summary>
    public int Transform(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, Span<double> output)
    {
        if (Algorithm is not LinearDiscriminantModel lda)
            throw new NotSupportedException($"Only 'lda' models transform to discriminant axes; this model uses '{Spec.Algorithm}'.");
        WithFeatures(numeric, text, new Projection(lda, output), static (features, target) =>
        {
            target.Model.Transform(features, target.Output);
            return 0;
        });
        return lda.ComponentCount;
    }

    /// <summary>For trees: the number of trees (1 for a decision tree); 0 for other algorithms.</summary>
    public int TreeCount => Algorithm is TreeClassifierModel trees ? trees.Trees.TreeCount : 0;

    /// <summary>For a random forest fitted with <c>oob_score</c>: the out-of-bag accuracy; NaN otherwise.</summary>
    public double OobScore => Algorithm is TreeClassifierModel trees ? trees.OobScore : double.NaN;

    /// <summary>For trees: the impurity-decrease importance of each preprocessed feature column, in column order
    /// (they sum to 1); empty for other algorithms.</summary>
    public IReadOnlyList<FeatureImportance> FeatureImportances =>
        Algorithm is TreeClassifierModel trees ? TreeModels.Importances(trees.FeatureImportances, Pipeline.OutputNames) : [];

    /// <summary>For trees: the tests one row passes through in tree <paramref name="tree"/> (0 for a decision tree),
    /// with feature names, and the leaf's class probabilities.</summary>
    /// <exception cref="NotSupportedException">The model is not a tree model.</exception>
    public DecisionPath DecisionPath(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, int tree = 0)
    {
        if (Algorithm is not TreeClassifierModel trees) throw TreeModels.NotATree(Spec.Algorithm);
        var path = WithFeatures(numeric, text, (trees, tree), static (features, state) => state.trees.DecisionPath(features, state.tree));
        return TreeModels.Named(path, Pipeline.OutputNames);
    }

    private readonly ref struct Projection(LinearDiscriminantModel model, Span<double> output)
    {
        public LinearDiscriminantModel Model { get; } = model;

        public Span<double> Output { get; } = output;
    }

    private readonly ref struct Target(IClassificationModel algorithm, Span<double> probabilities)
    {
        public IClassificationModel Algorithm { get; } = algorithm;

        public Span<double> Probabilities { get; } = probabilities;
    }

    /// <inheritdoc />
    public override ClassificationReport Evaluate(TrainingData data)
    {
        var classes = Spec.ClassNames.Count;
        var truth = ClassLabels(data);
        var predicted = new int[data.Rows];
        var probabilities = new double[data.Rows * classes];
        for (var r = 0; r < data.Rows; r++)
            predicted[r] = PredictProbabilities(data.NumericRow(r), data.TextRow(r), probabilities.AsSpan(r * classes, classes));
        return Report(Spec, truth, predicted, probabilities);
    }

    internal static ClassificationReport Report(ModelSpec spec, int[] truth, int[] predicted, double[] probabilities)
    {
        var classes = spec.ClassNames.Count;
        var metrics = ClassificationMetrics.Compute(truth, predicted, probabilities, classes);
        var confusion = new int[classes, classes];
        for (var i = 0; i < truth.Length; i++) confusion[truth[i], predicted[i]]++;
        return new ClassificationReport(spec.ClassNames, truth.Length, metrics.Accuracy, metrics.Precision.ToArray(), metrics.Recall.ToArray(),
            metrics.F1.ToArray(), metrics.Support.ToArray(), confusion, metrics.LogLoss ?? double.NaN);
    }

    /// <summary>k-fold cross-validation of the declaration (stratified when it says so); the metric is accuracy.</summary>
    public static CrossValidationReport<ClassificationReport> CrossValidate(ModelSpec spec, TrainingData data, int k, TrainingOptions? options = null) =>
        CrossValidate(spec, data, k, options, (train, o) => Train(spec, train, o), r => r.Accuracy, "accuracy");

    private protected override void WriteAlgorithm(ModelFileSections sections) => Home(Spec).Write(Algorithm, sections);

    /// <summary>Loads a saved classifier, checking it was trained from this declaration.</summary>
    public static TrainedClassifier Load(ModelSpec spec, Stream stream) => Load(spec, stream, "the model stream");

    /// <summary>Loads a saved classifier from a file.</summary>
    public static TrainedClassifier Load(ModelSpec spec, string path) => LoadFile(path, (s, source) => Load(spec, s, source));

    private static TrainedClassifier Load(ModelSpec spec, Stream stream, string source)
    {
        var (content, pipeline, summary) = Open(spec, stream, source);
        var features = pipeline.OutputCount;
        var classes = spec.ClassNames.Count;
        try
        {
            var home = AlgorithmHomes.Classifier(spec.Algorithm)
                ?? throw new ModelFileMismatchException($"{source} uses algorithm '{spec.Algorithm}', unknown to this runtime.");
            var algorithm = home.Read(spec, content, features, classes);
            return WithCurves(new TrainedClassifier(spec, pipeline, summary, algorithm), content);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException($"{source}: its parameters do not fit the model ({e.Message})", e);
        }
    }
}
