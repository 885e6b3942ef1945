using System;
using System.IO;
using System.Linq;
using ModelDsl.Tests.Infrastructure;
using Samples.Forest;
using Xunit;

namespace ModelDsl.Tests.Learning;

/// <summary>The generated random-forest sample end to end: accuracy, importances, and a decision path that explains the vote.</summary>
public sealed class ForestSampleTests
{
    private static readonly Lazy<Scan[]> s_scans = new(() => Scan.ReadCsv(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "ForestDigits", "data", "digits.csv")).ToArray());
    private static readonly Lazy<DigitForest> s_forest = new(() => DigitForest.Train(s_scans.Value));

    [Fact]
    public void The_forest_reaches_its_accuracy_floor_with_an_out_of_bag_estimate()
    {
        var forest = s_forest.Value;
        Assert.Equal(100, forest.Trained.TreeCount);
        Assert.True(forest.TestReport!.Accuracy >= 0.96, $"accuracy {forest.TestReport.Accuracy}");
        Assert.InRange(forest.Trained.OobScore, 0.93, 1.0);
        Assert.Equal(1.0, forest.FeatureImportances.Sum(f => f.Importance), 6);
        Assert.Equal("p0", forest.FeatureImportances[0].Feature);
    }

    [Fact]
    public void Explain_walks_the_tree_to_the_leaf_it_predicts_with()
    {
        var forest = s_forest.Value;
        foreach (var scan in s_scans.Value.Take(20))
        {
            var path = forest.Explain(scan, tree: 3);
            Assert.Equal(3, path.Tree);
            Assert.NotEmpty(path.Tests);
            Assert.All(path.Tests, t => Assert.Equal(t.Value <= t.Threshold, t.WentLeft));
            Assert.Equal(10, path.LeafValue.Count);
            Assert.Equal(1.0, path.LeafValue.Sum(), 6);
        }
        var prediction = forest.Predict(s_scans.Value[1]);
        Assert.Equal(1.0, Enumerable.Range(0, 10).Sum(d => d switch
        {
            0 => prediction.Probability0, 1 => prediction.Probability1, 2 => prediction.Probability2, 3 => prediction.Probability3, 4 => prediction.Probability4,
            5 => prediction.Probability5, 6 => prediction.Probability6, 7 => prediction.Probability7, 8 => prediction.Probability8, _ => prediction.Probability9,
        }), 6);
    }

    [Fact]
    public void A_saved_forest_predicts_the_same_after_loading()
    {
        using var stream = new MemoryStream();
        s_forest.Value.Save(stream);
        stream.Position = 0;
        var loaded = DigitForest.Load(stream);
        foreach (var scan in s_scans.Value.Take(50)) Assert.Equal(s_forest.Value.Predict(scan), loaded.Predict(scan));
    }
}
