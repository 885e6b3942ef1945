using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Models;

/// <summary>A trained clusterer: preprocessing plus the fitted centres. Immutable and thread-safe.</summary>
public sealed class TrainedClusterer : TrainedModel
{
    private TrainedClusterer(ModelSpec spec, FeaturePipeline pipeline, TrainingSummary summary, KMeansModel algorithm, ClusteringReport? testReport)
        : base(spec, pipeline, summary)
    {
        Algorithm = algorithm;
        TestReport = testReport;
    }

    /// <summary>The fitted algorithm (centres, training inertia).</summary>
    public KMeansModel Algorithm { get; }

    /// <summary>Metrics on the rows the declared split held out; null without a split.</summary>
    public ClusteringReport? TestReport { get; }

    /// <summary>Trains per the declaration.</summary>
    public static TrainedClusterer Train(ModelSpec spec, TrainingData data, TrainingOptions? options = null, IProgress<TrainingProgress>? progress = null)
    {
        var start = Stopwatch.GetTimestamp();
        var (train, test) = SplitFor(spec, data, options);
        progress?.Report(new TrainingProgress("preprocessing", 0.05, Since(start)));
        var pipeline = FeaturePipeline.Fit(spec, train);
        progress?.Report(new TrainingProgress("fitting " + spec.Algorithm, 0.1, Since(start)));
        var algorithm = KMeansTrainer.Fit(Matrix(pipeline, train), new KMeansOptions
        {
            ClusterCount = spec.Integer("k"),
            NInit = spec.Integer("n_init"),
            MaxIterations = spec.Integer("max_iter"),
            Tolerance = spec.Number("tol"),
            Seed = options?.Seed ?? spec.Integer("seed"),
        });
        var summary = new TrainingSummary(train.Rows, test?.Rows ?? 0, pipeline.OutputCount, Since(start));
        var model = new TrainedClusterer(spec, pipeline, summary, algorithm, null);
        progress?.Report(new TrainingProgress("done", 1, Since(start)));
        return test is null ? model : new TrainedClusterer(spec, pipeline, summary, algorithm, model.Evaluate(test));
    }

    /// <summary>The nearest centre of one row. Allocates nothing.</summary>
    public int Predict(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text) =>
        WithFeatures(numeric, text, Algorithm, static (features, algorithm) => algorithm.Predict(features));

    /// <summary>Inertia and silhouette of the rows' assignment to the trained centres.</summary>
    public ClusteringReport Evaluate(TrainingData data)
    {
        var x = Features(data);
        var labels = Algorithm.Predict(x);
        var sizes = new int[Algorithm.ClusterCount];
        foreach (var label in labels) sizes[label]++;
        return new ClusteringReport(data.Rows, Algorithm.ClusterCount, ClusteringMetrics.Inertia(Algorithm, x),
            ClusteringMetrics.Silhouette(x, labels, Algorithm.ClusterCount), sizes);
    }

    /// <summary>Cross-validation of a clusterer: inertia per row on each held-out fold.</summary>
    public static CrossValidationReport<ClusteringReport> CrossValidate(ModelSpec spec, TrainingData data, int k, TrainingOptions? options = null)
    {
        var folds = DataSplit.KFold(data.Rows, k, options?.Seed ?? spec.Seed);
        var reports = folds.Select(f => Train(spec, data.Subset(f.Train), new TrainingOptions { IgnoreSplit = true, Seed = options?.Seed }).Evaluate(data.Subset(f.Test))).ToList();
        var perRow = reports.Select(r => r.Inertia / Math.Max(1, r.Rows)).ToList();
        var mean = perRow.Average();
        var std = Math.Sqrt(perRow.Average(v => (v - mean) * (v - mean)));
        return new CrossValidationReport<ClusteringReport>(reports, "inertia per row", mean, std);
    }

    private protected override void WriteAlgorithm(ModelFileSections sections) =>
        sections.Add("kmeans.centers", Algorithm.Centers.ToArray()).Add("kmeans.inertia", new[] { Algorithm.Inertia });

    /// <summary>Loads a saved clusterer, checking it was trained from this declaration.</summary>
    public static TrainedClusterer Load(ModelSpec spec, Stream stream) => Load(spec, stream, "the model stream");

    /// <summary>Loads a saved clusterer from a file.</summary>
    public static TrainedClusterer Load(ModelSpec spec, string path) => LoadFile(path, (s, source) => Load(spec, s, source));

    private static TrainedClusterer Load(ModelSpec spec, Stream stream, string source)
    {
        var (content, pipeline, summary) = Open(spec, stream, source);
        try
        {
            var k = spec.Integer("k");
            var algorithm = KMeansModel.FromParameters(content.Doubles("kmeans.centers", k * pipeline.OutputCount), k, pipeline.OutputCount, content.Doubles("kmeans.inertia", 1)[0]);
            return new TrainedClusterer(spec, pipeline, summary, algorithm, null);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException($"{source}: its parameters do not fit the model ({e.Message})", e);
        }
    }
}
