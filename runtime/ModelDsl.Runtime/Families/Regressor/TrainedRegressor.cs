using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

using QuantileCatalog = ModelDsl.Catalog.Algorithms.QuantileRegression;

namespace ModelDsl.Runtime.Models;

/// <summary>A trained regressor: preprocessing plus the fitted algorithm (a linear model, trees, ...). Immutable and thread-safe.</summary>
public sealed class TrainedRegressor : TrainedModel<IRegressionModel, RegressionReport>
{
    private TrainedRegressor(ModelSpec spec, FeaturePipeline pipeline, TrainingSummary summary, IRegressionModel algorithm)
        : base(spec, pipeline, summary, algorithm)
    {
        _direct = ScalingFold.Regressor(spec, pipeline, algorithm) ?? (pipeline.IsIdentity ? algorithm : null);
        _directPropagates = _direct is IPropagatesNonFinite;
    }

    private readonly bool _directPropagates; // _direct's prediction is non-finite for any non-finite value (IPropagatesNonFinite)

    // What predicts from a finite raw row: the algorithm with the preprocessing folded in (ScalingFold), the algorithm
    // itself when nothing is declared, or null (the pipeline runs first).
    private readonly IRegressionModel? _direct;

    /// <summary>Trains per the declaration: split, fit preprocessing and algorithm, evaluate the held-out rows.</summary>
    public static TrainedRegressor Train(ModelSpec spec, TrainingData data, TrainingOptions? options = null, IProgress<TrainingProgress>? progress = null) =>
        Train(spec, data, options, progress,
            (fitSpec, x, train, fitProgress) => Fit(fitSpec, x, train.Labels, fitProgress),
            (pipeline, summary, algorithm) => new TrainedRegressor(spec, pipeline, summary, algorithm));

    private static IRegressionModel Fit(ModelSpec spec, FeatureMatrix x, double[] y, IProgress<FitProgress> progress) => Home(spec).Fit(spec, x, y, progress);

    private static RegressorHome Home(ModelSpec spec) => AlgorithmHomes.Regressor(spec.Algorithm)
        ?? throw new NotSupportedException($"Regressor algorithm '{spec.Algorithm}' is not known to this runtime.");

    /// <summary>Predicts one row. Allocates nothing.</summary>
    public double Predict(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text) => Predict<SharedCallSite>(numeric, text);

    /// <summary>
    /// <see cref="Predict(ReadOnlySpan{double}, ReadOnlySpan{string})"/> compiled once per <typeparamref name="TCallSite"/>:
    /// a generated model passes a struct of its own, so the JIT compiles this body for that model alone, and its profile of
    /// the algorithm call sees one concrete algorithm (inlined behind a type check) instead of every model's in the process.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // into the generated Predict
    public double Predict<TCallSite>(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text) where TCallSite : struct
    {
        // A finite row that is already the algorithm's input (the preprocessing folded in, or none declared): one call in
        // a frame without buffers. Everything else (a value to impute or refuse, a pipeline to run) in a method of its own.
        if (_direct is { } direct)
        {
            if (!_directPropagates)
            {
                if (Pipeline.IsFiniteRow(numeric)) return direct.Predict(numeric);
            }
            else if (numeric.Length == Pipeline.OutputCount)
            {
                // A linear form: a non-finite value makes the prediction non-finite, so the row is checked only then (a
                // value to impute or refuse takes the pipeline, as does a finite row whose sum overflows).
                var y = direct.Predict(numeric);
                if (double.IsFinite(y)) return y;
            }
        }
        return PredictTransformed<TCallSite>(numeric, text);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private double PredictTransformed<TCallSite>(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text) where TCallSite : struct
    {
        var count = Pipeline.OutputCount;
        if (count <= SmallFeatures)
        {
            System.Runtime.CompilerServices.Unsafe.SkipInit(out SmallBuffer buffer);
            Span<double> small = ((Span<double>)buffer)[..count];
            Pipeline.Transform(numeric, text, small);
            return Algorithm.Predict(small);
        }
        if (count > StackLimit) return WithFeatures(numeric, text, Algorithm, static (features, algorithm) => algorithm.Predict(features));
        Span<double> features = stackalloc double[count];
        Pipeline.Transform(numeric, text, features);
        return Algorithm.Predict(features);
    }

    /// <summary>For trees: the number of trees (1 for a decision tree); 0 for other algorithms.</summary>
    public int TreeCount => Algorithm is TreeRegressorModel trees ? trees.Trees.TreeCount : 0;

    /// <summary>For a random forest fitted with <c>oob_score</c>: the out-of-bag R²; NaN otherwise.</summary>
    public double OobScore => Algorithm is TreeRegressorModel trees ? trees.OobScore : double.NaN;

    /// <summary>For trees: the impurity-decrease importance of each preprocessed feature column, in column order
    /// (they sum to 1); empty for other algorithms.</summary>
    public IReadOnlyList<FeatureImportance> FeatureImportances =>
        Algorithm is TreeRegressorModel trees ? TreeModels.Importances(trees.FeatureImportances, Pipeline.OutputNames) : [];

    /// <summary>For trees: the tests one row passes through in tree <paramref name="tree"/> (0 for a decision tree),
    /// with feature names, and the leaf's value (that tree's prediction).</summary>
    /// <exception cref="NotSupportedException">The model is not a tree model.</exception>
    public DecisionPath DecisionPath(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, int tree = 0)
    {
        if (Algorithm is not TreeRegressorModel trees) throw TreeModels.NotATree(Spec.Algorithm);
        var path = WithFeatures(numeric, text, (trees, tree), static (features, state) => state.trees.DecisionPath(features, state.tree));
        return TreeModels.Named(path, Pipeline.OutputNames);
    }

    /// <inheritdoc />
    public override RegressionReport Evaluate(TrainingData data)
    {
        var predicted = new double[data.Rows];
        for (var r = 0; r < data.Rows; r++) predicted[r] = Predict(data.NumericRow(r), data.TextRow(r));
        var metrics = RegressionMetrics.Compute(data.Labels, predicted);
        var report = new RegressionReport(data.Rows, metrics.R2, metrics.MeanAbsoluteError, metrics.RootMeanSquaredError);
        if (Spec.Algorithm != QuantileCatalog.Regressor.Name) return report;
        var quantile = double.Parse(Spec.ValueOrDefault(QuantileCatalog.Quantile), System.Globalization.CultureInfo.InvariantCulture);
        var (pinball, coverage) = RegressionReport.QuantileMetrics(data.Labels, predicted, quantile);
        return report with { Quantile = quantile, PinballLoss = pinball, Coverage = coverage };
    }

    /// <summary>
    /// k-fold cross-validation of the declaration; the metric is R², or for a quantile regressor the pinball loss (R²
    /// judges a mean, not a quantile) with the folds' mean coverage beside it.
    /// </summary>
    public static CrossValidationReport<RegressionReport> CrossValidate(ModelSpec spec, TrainingData data, int k, TrainingOptions? options = null) =>
        spec.Algorithm == QuantileCatalog.Regressor.Name
            ? CrossValidate(spec, data, k, options, (train, o) => Train(spec, train, o), r => r.PinballLoss, "pinball loss")
            : CrossValidate(spec, data, k, options, (train, o) => Train(spec, train, o), r => r.R2, "R²");

    private protected override void WriteAlgorithm(ModelFileSections sections) => Home(Spec).Write(Algorithm, sections);

    /// <summary>Loads a saved regressor, checking it was trained from this declaration.</summary>
    public static TrainedRegressor Load(ModelSpec spec, Stream stream) => Load(spec, stream, "the model stream");

    /// <summary>Loads a saved regressor from a file.</summary>
    public static TrainedRegressor Load(ModelSpec spec, string path) => LoadFile(path, (s, source) => Load(spec, s, source));

    private static TrainedRegressor Load(ModelSpec spec, Stream stream, string source)
    {
        var (content, pipeline, summary) = Open(spec, stream, source);
        try
        {
            var home = AlgorithmHomes.Regressor(spec.Algorithm)
                ?? throw new ModelFileMismatchException($"{source} uses algorithm '{spec.Algorithm}', unknown to this runtime.");
            var algorithm = home.Read(spec, content, pipeline.OutputCount);
            return WithCurves(new TrainedRegressor(spec, pipeline, summary, algorithm), content);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException($"{source}: its parameters do not fit the model ({e.Message})", e);
        }
    }
}
