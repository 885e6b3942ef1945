using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ModelDsl.Runtime.Learning;
using nietras.SeparatedValues;

namespace ModelDsl.Benchmarks.Forests;

/// <summary>
/// benchmarks/Learners/data/classification.csv (make_classification, 100,000 × 50, 3 classes), split as
/// sklearn_forest.py splits it: row i (0-based, after the header) is a test row when i % 5 == 4.
/// </summary>
public sealed class Data
{
    private Data(FeatureMatrix train, int[] trainLabels, FeatureMatrix test, int[] testLabels)
    {
        Train = train;
        TrainLabels = trainLabels;
        Test = test;
        TestLabels = testLabels;
    }

    public FeatureMatrix Train { get; }

    public int[] TrainLabels { get; }

    public FeatureMatrix Test { get; }

    public int[] TestLabels { get; }

    public const int Classes = 3;

    public static Data Load(string? path = null)
    {
        path ??= Path.Combine(FindForestsDirectory(), "..", "Learners", "data", "classification.csv");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} not found: run /usr/bin/python3 benchmarks/Learners/make_data.py first.");
        using var reader = Sep.Reader(o => o with { HasHeader = true, CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
        int d = reader.Header.ColNames.Count - 1;
        var train = new List<double>();
        var test = new List<double>();
        var trainLabels = new List<int>();
        var testLabels = new List<int>();
        int i = 0;
        foreach (var row in reader)
        {
            bool isTest = i % 5 == 4;
            var features = isTest ? test : train;
            for (int j = 0; j < d; j++) features.Add(row[j].Parse<double>());
            (isTest ? testLabels : trainLabels).Add(row[d].Parse<int>());
            i++;
        }
        return new Data(new FeatureMatrix(train.ToArray(), trainLabels.Count, d), trainLabels.ToArray(),
            new FeatureMatrix(test.ToArray(), testLabels.Count, d), testLabels.ToArray());
    }

    /// <summary>benchmarks/Forests (with compare.py), above the program or the current directory.</summary>
    public static string FindForestsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "sklearn_forest.py"))) return dir.FullName;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "benchmarks", "Forests");
            if (File.Exists(Path.Combine(candidate, "sklearn_forest.py"))) return candidate;
        }
        throw new DirectoryNotFoundException("benchmarks/Forests (with sklearn_forest.py) not found above the program or the current directory.");
    }
}

/// <summary>Sizes of the trees of an ensemble: depth of each tree (root = 0), nodes and leaves.</summary>
public readonly record struct TreeSizes(int Trees, int MaxDepth, double MeanDepth, double MeanLeafDepth, long Nodes, double MeanNodes, double MeanLeaves)
{
    public static TreeSizes Of(TreeEnsemble e)
    {
        var offsets = e.TreeOffsets;
        var features = e.Features;
        var left = e.LeftChildren;
        var right = e.RightChildren;
        var depth = new int[e.NodeCount];
        int max = 0;
        long depthSum = 0, leafDepthSum = 0, leaves = 0;
        for (int t = 0; t < e.TreeCount; t++)
        {
            int treeMax = 0;
            for (int i = offsets[t]; i < offsets[t + 1]; i++)
            {
                if (features[i] >= 0) depth[left[i]] = depth[right[i]] = depth[i] + 1;
                else
                {
                    leaves++;
                    leafDepthSum += depth[i];
                }
                treeMax = Math.Max(treeMax, depth[i]);
            }
            max = Math.Max(max, treeMax);
            depthSum += treeMax;
        }
        return new TreeSizes(e.TreeCount, max, (double)depthSum / e.TreeCount, (double)leafDepthSum / leaves, e.NodeCount,
            (double)e.NodeCount / e.TreeCount, (double)leaves / e.TreeCount);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Trees} trees, depth max {MaxDepth} (mean per tree {MeanDepth:0.0}, mean leaf depth {MeanLeafDepth:0.0}), {Nodes:N0} nodes ({MeanNodes:0.0} per tree, {MeanLeaves:0.0} leaves per tree)");
}
