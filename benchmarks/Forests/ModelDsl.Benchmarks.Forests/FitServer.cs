using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Benchmarks.Forests;

/// <summary>
/// ModelDsl's side of the fit comparison, as a long-lived process driven by ../compare.py. Line protocol:
/// <c>info</c>, <c>load</c>, <c>fit TREES [eval]</c> (one JSON line each), <c>quit</c>. The clock covers
/// <see cref="RandomForestTrainer.FitClassifier"/> only (its validation, feature binning and tree growing).
/// </summary>
public static class FitServer
{
    /// <summary>scikit-learn's RandomForestClassifier defaults: Gini, unlimited depth, min_samples_split 2,
    /// min_samples_leaf 1, max_features sqrt, bootstrap; all cores (DOTNET_PROCESSOR_COUNT=2 in compare.py).</summary>
    public static RandomForestOptions Options(int trees) => new()
    {
        Estimators = trees,
        Bootstrap = true,
        MaxDegreeOfParallelism = -1,
        Tree = new DecisionTreeOptions
        {
            Criterion = SplitCriterion.Gini,
            MaxDepth = 0,
            MinSamplesSplit = 2,
            MinSamplesLeaf = 1,
            MaxFeatures = MaxFeaturesMode.Sqrt,
            Seed = 0,
        },
    };

    public static int Serve()
    {
        Data? data = null;
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (words[0] == "quit") break;
            var reply = new Dictionary<string, object?>();
            switch (words[0])
            {
                case "info":
                    reply["tool"] = "ModelDsl";
                    reply["runtime"] = Environment.Version.ToString();
                    reply["processors"] = Environment.ProcessorCount;
                    break;
                case "load":
                    data ??= Data.Load();
                    reply["train_rows"] = data.Train.Rows;
                    reply["test_rows"] = data.Test.Rows;
                    reply["features"] = data.Train.Columns;
                    break;
                case "fit":
                    data ??= Data.Load();
                    var options = Options(int.Parse(words[1]));
                    long start = Stopwatch.GetTimestamp();
                    var model = RandomForestTrainer.FitClassifier(data.Train, data.TrainLabels, Data.Classes, options);
                    reply["seconds"] = Stopwatch.GetElapsedTime(start).TotalSeconds;
                    if (words.Length > 2 && words[2] == "eval")
                    {
                        reply["accuracy"] = Accuracy(model, data.Test, data.TestLabels);
                        var sizes = TreeSizes.Of(model.Trees);
                        reply["trees"] = sizes.Trees;
                        reply["max_depth"] = sizes.MaxDepth;
                        reply["mean_depth"] = sizes.MeanDepth;
                        reply["nodes"] = sizes.Nodes;
                        reply["mean_nodes"] = sizes.MeanNodes;
                        reply["mean_leaves"] = sizes.MeanLeaves;
                    }
                    break;
                default:
                    reply["error"] = "unknown request " + line;
                    break;
            }
            Console.Out.WriteLine(JsonSerializer.Serialize(reply));
            Console.Out.Flush();
        }
        return 0;
    }

    public static double Accuracy(IClassificationModel model, FeatureMatrix x, int[] labels)
    {
        Span<double> p = stackalloc double[model.ClassCount];
        int correct = 0;
        for (int r = 0; r < x.Rows; r++)
        {
            model.PredictProbabilities(x.Row(r), p);
            int best = 0;
            for (int k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
            if (best == labels[r]) correct++;
        }
        return (double)correct / x.Rows;
    }
}
