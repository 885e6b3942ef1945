using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ModelDsl.Runtime.Learning;
using nietras.SeparatedValues;

namespace ModelDsl.Benchmarks.Learners;

/// <summary>
/// One benchmark data set read from CSV (features, then the label or target in the last column), split exactly as
/// sklearn_fit.py splits it: row i (0-based, after the header) is a test row when i % 5 == 4.
/// </summary>
public sealed class Dataset
{
    private Dataset(string name, FeatureMatrix train, double[] trainTarget, FeatureMatrix test, double[] testTarget)
    {
        Name = name;
        Train = train;
        TrainTarget = trainTarget;
        Test = test;
        TestTarget = testTarget;
        TrainLabels = Array.ConvertAll(trainTarget, v => (int)v);
        TestLabels = Array.ConvertAll(testTarget, v => (int)v);
        int max = 0;
        foreach (var label in TrainLabels) max = Math.Max(max, label);
        ClassCount = max + 1;
    }

    public string Name { get; }

    public FeatureMatrix Train { get; }

    public double[] TrainTarget { get; }

    public int[] TrainLabels { get; }

    public FeatureMatrix Test { get; }

    public double[] TestTarget { get; }

    public int[] TestLabels { get; }

    /// <summary>1 + the largest training label (meaningful for classification sets only).</summary>
    public int ClassCount { get; }

    /// <summary>Reads a CSV with a header line; every column is a number, the last is the label or target.</summary>
    public static Dataset Load(string name, string path)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = true, CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
        int columns = reader.Header.ColNames.Count;
        int d = columns - 1;
        var train = new List<double>();
        var test = new List<double>();
        var trainTarget = new List<double>();
        var testTarget = new List<double>();
        int i = 0;
        foreach (var row in reader)
        {
            bool isTest = i % 5 == 4;
            var features = isTest ? test : train;
            for (int j = 0; j < d; j++) features.Add(row[j].Parse<double>());
            (isTest ? testTarget : trainTarget).Add(row[d].Parse<double>());
            i++;
        }
        return new Dataset(name,
            new FeatureMatrix(train.ToArray(), trainTarget.Count, d), trainTarget.ToArray(),
            new FeatureMatrix(test.ToArray(), testTarget.Count, d), testTarget.ToArray());
    }

    /// <summary>Where the data sets are: data/ beside make_data.py, and digits.csv from shared/ or the test copy.</summary>
    public static string FindLearnersDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "make_data.py"))) return dir.FullName;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "benchmarks", "Learners");
            if (File.Exists(Path.Combine(candidate, "make_data.py"))) return candidate;
        }
        throw new DirectoryNotFoundException("benchmarks/Learners (with make_data.py) not found above the program or the current directory.");
    }

    public static string FindDigits(string learners)
    {
        foreach (var candidate in new[]
                 {
                     Path.Combine(learners, "..", "..", "..", "shared", "datasets", "digits.csv"),
                     Path.Combine(learners, "..", "..", "tests", "ModelDsl.Runtime.Tests", "Data", "digits.csv"),
                 })
        {
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new FileNotFoundException("digits.csv not found: pass --digits PATH.");
    }
}
