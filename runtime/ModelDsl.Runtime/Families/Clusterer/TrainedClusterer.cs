using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using KMeansCatalog = ModelDsl.Catalog.Algorithms.KMeans;

namespace ModelDsl.Runtime.Models;

/// <summary>A trained clusterer: preprocessing plus the fitted centres. Immutable and thread-safe.</summary>
public sealed class TrainedClusterer : TrainedModel<KMeansModel, ClusteringReport>
{
    private TrainedClusterer(ModelSpec spec, FeaturePipeline pipeline, TrainingSummary summary, KMeansModel algorithm)
        : base(spec, pipeline, summary, algorithm)
    {
        _direct = ScalingFold.Clusterer(pipeline, algorithm) ?? (pipeline.IsIdentity ? algorithm : null);
    }

    // What predicts from a finite raw row: the standardisation and the nearest centre in one pass (ScalingFold), the
    // algorithm itself when nothing is declared, or null (the pipeline runs first).
    private readonly IClusteringModel? _direct;

    /// <summary>Trains per the declaration.</summary>
    public static TrainedClusterer Train(ModelSpec spec, TrainingData data, TrainingOptions? options = null, IProgress<TrainingProgress>? progress = null) =>
        Train(spec, data, options, progress,
            (fitSpec, x, _, fitProgress) =>
            {
                var k = fitSpec.Integer(KMeansCatalog.K);
                if (x.Rows < k) throw new TrainingDataException($"'{spec.Name}' has {x.Rows} training rows, fewer than its {k} clusters");
                return KMeansTrainer.Fit(x, new KMeansOptions
                {
                    ClusterCount = k,
                    NInit = fitSpec.Integer(KMeansCatalog.NInit),
                    MaxIterations = fitSpec.Integer(KMeansCatalog.MaxIterations),
                    Tolerance = fitSpec.Number(KMeansCatalog.Tolerance),
                    Seed = fitSpec.Integer(ModelDsl.Catalog.Algorithms.CommonParameters.Seed),
                }, fitProgress);
            },
            (pipeline, summary, algorithm) => new TrainedClusterer(spec, pipeline, summary, algorithm),
            algorithm => algorithm.BestRun);

    /// <summary>The nearest centre of one row. Allocates nothing.</summary>
    public int Predict(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text) => Predict<SharedCallSite>(numeric, text);

    /// <summary>The same, compiled once per <typeparamref name="TCallSite"/> (see <see cref="TrainedRegressor.Predict{TCallSite}"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // into the generated Predict
    public int Predict<TCallSite>(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text) where TCallSite : struct
    {
        if (_direct is { } direct && Pipeline.IsFiniteRow(numeric)) return direct.Predict(numeric);
        return PredictTransformed<TCallSite>(numeric, text);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int PredictTransformed<TCallSite>(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text) where TCallSite : struct
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

    /// <summary>Inertia and silhouette of the rows' assignment to the trained centres.</summary>
    public override ClusteringReport Evaluate(TrainingData data)
    {
        var x = Features(data);
        var labels = Algorithm.Predict(x);
        var sizes = new int[Algorithm.ClusterCount];
        foreach (var label in labels) sizes[label]++;
        return new ClusteringReport(data.Rows, Algorithm.ClusterCount, ClusteringMetrics.Inertia(Algorithm, x),
            ClusteringMetrics.Silhouette(x, labels, Algorithm.ClusterCount), sizes);
    }

    /// <summary>Cross-validation of a clusterer: inertia per row on each held-out fold.</summary>
    public static CrossValidationReport<ClusteringReport> CrossValidate(ModelSpec spec, TrainingData data, int k, TrainingOptions? options = null) =>
        CrossValidate(spec, data, k, options, (train, o) => Train(spec, train, o), r => r.Inertia / Math.Max(1, r.Rows), "inertia per row");

    private protected override void WriteAlgorithm(ModelFileSections sections) =>
        sections.Add(KMeansCatalog.CentersSection, Algorithm.Centers.ToArray()).Add(KMeansCatalog.InertiaSection, new[] { Algorithm.Inertia });

    /// <summary>Loads a saved clusterer, checking it was trained from this declaration.</summary>
    public static TrainedClusterer Load(ModelSpec spec, Stream stream) => Load(spec, stream, "the model stream");

    /// <summary>Loads a saved clusterer from a file.</summary>
    public static TrainedClusterer Load(ModelSpec spec, string path) => LoadFile(path, (s, source) => Load(spec, s, source));

    private static TrainedClusterer Load(ModelSpec spec, Stream stream, string source)
    {
        var (content, pipeline, summary) = Open(spec, stream, source);
        try
        {
            var k = spec.Integer(KMeansCatalog.K);
            var algorithm = KMeansModel.FromParameters(content.Doubles(KMeansCatalog.CentersSection, k * pipeline.OutputCount), k, pipeline.OutputCount, content.Doubles(KMeansCatalog.InertiaSection, 1)[0]);
            return WithCurves(new TrainedClusterer(spec, pipeline, summary, algorithm), content);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException($"{source}: its parameters do not fit the model ({e.Message})", e);
        }
    }
}
