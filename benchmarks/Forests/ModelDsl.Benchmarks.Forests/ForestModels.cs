using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Benchmarks.Forests;

/// <summary>ML.NET's input row: the same 50 features (as float, like the generated <see cref="Row"/>) and the binary label.</summary>
public sealed class MlRow
{
    [VectorType(50)]
    public float[] Features { get; set; } = new float[50];

    public bool Label { get; set; }
}

/// <summary>ML.NET's output row (FastForest's binary output columns).</summary>
public sealed class MlOutput
{
    public bool PredictedLabel { get; set; }

    public float Score { get; set; }
}

/// <summary>
/// The forests of the prediction benchmark, all trained on the same 80,000 rows of the synthetic classification set,
/// with the same binary label (1: class 0 of make_classification, 0: classes 1 and 2) and the same float features:
/// <list type="bullet">
/// <item>ModelDsl <see cref="FullForest"/>: 100 trees, scikit-learn's defaults (unlimited depth, 1 row per leaf);</item>
/// <item>ModelDsl <see cref="SmallForest"/>: 100 trees, max_depth 5 (≤ 32 leaves), min_samples_leaf 10;</item>
/// <item>ML.NET FastForest with its defaults (100 trees, 20 leaves, 10 rows per leaf), and with 32 leaves.</item>
/// </list>
/// <see cref="Verify"/> trains them and saves them under results/models/; the benchmarks load those files.
/// </summary>
public sealed class ForestModels
{
    public const int Inputs = 1000;

    private static string ModelDirectory => Path.Combine(Data.FindForestsDirectory(), "results", "models");

    public required FullForest Full { get; init; }

    public required SmallForest Small { get; init; }

    public required PredictionEngine<MlRow, MlOutput> FastForest20 { get; init; }

    public required PredictionEngine<MlRow, MlOutput> FastForest32 { get; init; }

    /// <summary>The first <see cref="Inputs"/> test rows, in each side's input type.</summary>
    public required Row[] Rows { get; init; }

    public required MlRow[] MlRows { get; init; }

    public required double[][] Features { get; init; }

    private static string CsvPath => Path.Combine(Data.FindForestsDirectory(), "..", "Learners", "data", "classification.csv");

    private static (List<Row> Train, List<Row> Test) ReadRows()
    {
        var train = new List<Row>();
        var test = new List<Row>();
        int i = 0;
        foreach (var row in Row.ReadCsv(CsvPath))
        {
            var binary = row with { Label = row.Label == 0 ? 1 : 0 };
            (i % 5 == 4 ? test : train).Add(binary);
            i++;
        }
        return (train, test);
    }

    private static float[] FeaturesOf(in Row row) =>
    [
        row.F0, row.F1, row.F2, row.F3, row.F4, row.F5, row.F6, row.F7, row.F8, row.F9,
        row.F10, row.F11, row.F12, row.F13, row.F14, row.F15, row.F16, row.F17, row.F18, row.F19,
        row.F20, row.F21, row.F22, row.F23, row.F24, row.F25, row.F26, row.F27, row.F28, row.F29,
        row.F30, row.F31, row.F32, row.F33, row.F34, row.F35, row.F36, row.F37, row.F38, row.F39,
        row.F40, row.F41, row.F42, row.F43, row.F44, row.F45, row.F46, row.F47, row.F48, row.F49,
    ];

    private static MlRow ToMl(Row row) => new() { Features = FeaturesOf(row), Label = row.Label == 1 };

    public static FastForestBinaryTrainer.Options FastForestOptions(int leaves) => new()
    {
        NumberOfTrees = 100,
        NumberOfLeaves = leaves,
        NumberOfThreads = 2,
        Seed = 0,
    };

    /// <summary>Loads the models saved by <see cref="Verify"/> and the benchmark inputs.</summary>
    public static ForestModels Load()
    {
        var (_, test) = ReadRows();
        var rows = test.Take(Inputs).ToArray();
        var ml = new MLContext(seed: 0);
        PredictionEngine<MlRow, MlOutput> Engine(string name)
        {
            var transformer = ml.Model.Load(Path.Combine(ModelDirectory, name), out _);
            return ml.Model.CreatePredictionEngine<MlRow, MlOutput>(transformer);
        }
        return new ForestModels
        {
            Full = FullForest.Load(Path.Combine(ModelDirectory, "full.model")),
            Small = SmallForest.Load(Path.Combine(ModelDirectory, "small.model")),
            FastForest20 = Engine("fastforest20.zip"),
            FastForest32 = Engine("fastforest32.zip"),
            Rows = rows,
            MlRows = rows.Select(ToMl).ToArray(),
            Features = rows.Select(r => Array.ConvertAll(FeaturesOf(r), v => (double)v)).ToArray(),
        };
    }

    /// <summary>Trains and saves every model, prints their sizes and test accuracies, checks that the generated
    /// model and the runtime model agree, and counts the generated Predict's allocations.</summary>
    public static int Verify()
    {
        Directory.CreateDirectory(ModelDirectory);
        var (train, test) = ReadRows();
        Console.WriteLine($"rows: {train.Count:N0} training, {test.Count:N0} test; label 1 (class 0) share {train.Average(r => r.Label):P1} of training rows");

        var clock = Stopwatch.StartNew();
        var full = FullForest.Train(train);
        Console.WriteLine($"ModelDsl FullForest trained in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        var small = SmallForest.Train(train);
        Console.WriteLine($"ModelDsl SmallForest trained in {clock.Elapsed.TotalSeconds:F1} s");
        full.Save(Path.Combine(ModelDirectory, "full.model"));
        small.Save(Path.Combine(ModelDirectory, "small.model"));

        var ml = new MLContext(seed: 0);
        var trainView = ml.Data.LoadFromEnumerable(train.Select(ToMl));
        var testView = ml.Data.LoadFromEnumerable(test.Select(ToMl));
        var fastForests = new Dictionary<int, FastForestBinaryModelParameters>();
        foreach (int leaves in new[] { 20, 32 })
        {
            clock.Restart();
            var options = FastForestOptions(leaves);
            var transformer = ml.BinaryClassification.Trainers.FastForest(options).Fit(trainView);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ML.NET FastForest ({leaves} leaves) trained in {clock.Elapsed.TotalSeconds:F1} s; options: trees {options.NumberOfTrees}, leaves {options.NumberOfLeaves}, min rows per leaf {options.MinimumExampleCountPerLeaf}, bagging fraction {options.BaggingExampleFraction}, feature fraction per tree {options.FeatureFraction}, per split {options.FeatureFractionPerSplit}, bins {options.MaximumBinCountPerFeature}"));
            ml.Model.Save(transformer, trainView.Schema, Path.Combine(ModelDirectory, $"fastforest{leaves}.zip"));
            var metrics = ml.BinaryClassification.EvaluateNonCalibrated(transformer.Transform(testView));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ML.NET FastForest {leaves} leaves: test accuracy {metrics.Accuracy:0.0000}; trees: {Sizes(transformer.Model)}"));
            fastForests[leaves] = transformer.Model;
        }

        var testMatrix = new FeatureMatrix(test.SelectMany(r => FeaturesOf(r).Select(v => (double)v)).ToArray(), test.Count, 50);
        var testLabels = test.Select(r => r.Label).ToArray();
        foreach (var (name, model) in new (string, TreeClassifierModel)[]
                 {
                     ("FullForest", (TreeClassifierModel)full.Trained.Algorithm),
                     ("SmallForest", (TreeClassifierModel)small.Trained.Algorithm),
                 })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ModelDsl {name}: test accuracy {FitServer.Accuracy(model, testMatrix, testLabels):0.0000}; trees: {TreeSizes.Of(model.Trees)}"));
        }

        // The generated Predict and the runtime model's PredictProbabilities give the same probabilities.
        var loaded = Load();
        var runtime = (TreeClassifierModel)loaded.Small.Trained.Algorithm;
        Span<double> p = stackalloc double[2];
        double worst = 0;
        for (int i = 0; i < loaded.Rows.Length; i++)
        {
            runtime.PredictProbabilities(loaded.Features[i], p);
            var generated = loaded.Small.Predict(in loaded.Rows[i]);
            worst = Math.Max(worst, Math.Abs(generated.Probability1 - p[1]));
        }
        Console.WriteLine($"generated SmallForest.Predict against the runtime model on {loaded.Rows.Length} rows: largest difference {worst:G3}");

        // Allocations of the generated Predict (the BenchmarkDotNet suite reports them too).
        double sum = 0;
        for (int r = 0; r < 50; r++) foreach (var row in loaded.Rows) sum += loaded.Full.Predict(in row).Probability1 + loaded.Small.Predict(in row).Probability1;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int r = 0; r < 50; r++) foreach (var row in loaded.Rows) sum += loaded.Full.Predict(in row).Probability1 + loaded.Small.Predict(in row).Probability1;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"generated Predict: {2 * 50 * loaded.Rows.Length:N0} predictions, {allocated} bytes allocated in all (checksum {sum:G6})");
        return allocated == 0 && worst < 1e-12 ? 0 : 1;
    }

    /// <summary>Depth and leaves of FastForest's trees (a child index below 0 is leaf ~index).</summary>
    private static string Sizes(FastForestBinaryModelParameters model)
    {
        var trees = model.TrainedTreeEnsemble.Trees;
        long leaves = 0, leafDepthSum = 0;
        int maxDepth = 0;
        double depthSum = 0;
        foreach (var tree in trees)
        {
            leaves += tree.NumberOfLeaves;
            int treeMax = 0;
            var stack = new Stack<(int Node, int Depth)>();
            stack.Push((0, 0));
            while (stack.Count > 0)
            {
                var (node, depth) = stack.Pop();
                foreach (int child in new[] { tree.LeftChild[node], tree.RightChild[node] })
                {
                    if (child < 0)
                    {
                        leafDepthSum += depth + 1;
                        treeMax = Math.Max(treeMax, depth + 1);
                    }
                    else stack.Push((child, depth + 1));
                }
            }
            maxDepth = Math.Max(maxDepth, treeMax);
            depthSum += treeMax;
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{trees.Count} trees, depth max {maxDepth} (mean per tree {depthSum / trees.Count:0.0}, mean leaf depth {(double)leafDepthSum / leaves:0.0}), {leaves / (double)trees.Count:0.0} leaves per tree");
    }
}
