using System;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>k-means against scikit-learn 1.2.1 on digits.</summary>
public sealed class KMeansTests(ITestOutputHelper output)
{
    private readonly Parity _parity = new(output);

    [Fact]
    public void From_the_same_initial_centres_matches_scikit_learn()
    {
        var fixture = TestData.Fixture("kmeans_digits.json");
        var (x, _) = TestData.Numeric("digits.csv", "digit");

        var model = KMeansTrainer.Fit(x, new KMeansOptions
        {
            ClusterCount = 10,
            InitialCenters = fixture.Doubles("initial_centers"),
            MaxIterations = fixture.GetProperty("max_iter").GetInt32(),
            Tolerance = fixture.Double("tol"),
        });

        double expected = fixture.Double("inertia");
        output.WriteLine($"inertia {model.Inertia:R} vs {expected:R} (relative {(model.Inertia - expected) / expected:E2}); iterations {model.Iterations} vs {fixture.GetProperty("n_iter").GetInt32()}");
        Assert.InRange(Math.Abs(model.Inertia - expected) / expected, 0, 0.01);
        _parity.Close("k-means inertia", [expected], [model.Inertia], 1e-9, 1);
        // pixel units (0..16): entries below 1e-3 compared absolutely
        _parity.Close("k-means centres", fixture.Doubles("centers"), model.Centers, 1e-9, 1e-3);
        Assert.Equal(fixture.Ints("labels"), model.Predict(x));
        Assert.Equal(expected, ClusteringMetrics.Inertia(model, x), 6);
    }

    [Fact]
    public void KMeansPlusPlus_with_restarts_is_deterministic_for_a_seed_and_close_to_scikit_learn()
    {
        var fixture = TestData.Fixture("kmeans_digits.json");
        var (x, _) = TestData.Numeric("digits.csv", "digit");
        var options = new KMeansOptions { ClusterCount = 10, NInit = 2, Seed = 42 };

        var first = KMeansTrainer.Fit(x, options);
        var second = KMeansTrainer.Fit(x, options);
        var other = KMeansTrainer.Fit(x, options with { Seed = 43, NInit = 1 });

        Assert.Equal(first.Centers.ToArray(), second.Centers.ToArray());
        Assert.Equal(first.Inertia, second.Inertia);
        Assert.NotEqual(first.Centers.ToArray(), other.Centers.ToArray());
        double reference = fixture.Double("kmeanspp_n_init10_seed0_inertia");
        output.WriteLine($"k-means++ ×2 inertia {first.Inertia:F1}; scikit-learn k-means++ ×10: {reference:F1}");
        Assert.InRange(first.Inertia / reference, 0.97, 1.03);
    }

    [Fact]
    public void Finds_well_separated_clusters_and_relocates_an_empty_cluster()
    {
        // two tight groups; the third initial centre is far from everything, so its cluster starts empty
        var x = new FeatureMatrix([0, 0, 0.1, 0, 0, 0.1, 10, 10, 10.1, 10, 10, 10.1], 6, 2);
        var model = KMeansTrainer.Fit(x, new KMeansOptions { ClusterCount = 3, InitialCenters = [0, 0, 10, 10, 1000, 1000] });
        var labels = model.Predict(x);
        Assert.Equal(3, new System.Collections.Generic.HashSet<int>(labels).Count); // the empty cluster took a point
        for (int a = 0; a < 3; a++)
        {
            for (int b = 3; b < 6; b++) Assert.NotEqual(labels[a], labels[b]);
        }
        foreach (double v in model.Centers) Assert.InRange(v, -1, 11);
    }

    [Fact]
    public void Silhouette_matches_scikit_learn()
    {
        var fixture = TestData.Fixture("kmeans_digits.json");
        var (x, _) = TestData.Numeric("digits.csv", "digit");
        double silhouette = ClusteringMetrics.Silhouette(x, fixture.Ints("labels"), 10);
        _parity.Close("silhouette", [fixture.Double("silhouette")], [silhouette], 1e-9, 1e-9);
    }
}
