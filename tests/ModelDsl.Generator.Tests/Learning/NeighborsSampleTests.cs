using System;
using System.IO;
using System.Linq;
using ModelDsl.Tests.Infrastructure;
using Samples.Neighbors;
using Xunit;

namespace ModelDsl.Tests.Learning;

/// <summary>The NearestNeighbors sample's generated knn models, end to end on their bundled real data.</summary>
public sealed class NeighborsSampleTests
{
    private static string Data(string file) => Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "NearestNeighbors", "data", file);

    private static readonly Lazy<Handwriting[]> s_digits = new(() => Handwriting.ReadCsv(Data("digits.csv")).ToArray());
    private static readonly Lazy<Checkup[]> s_patients = new(() => Checkup.ReadCsv(Data("diabetes.csv")).ToArray());

    [Fact]
    public void Digit_neighbours_reach_the_accuracy_floor_and_round_trip()
    {
        var model = DigitNeighbors.Train(s_digits.Value);
        Assert.Equal(360, model.TestReport!.Rows);
        Assert.True(model.TestReport.Accuracy >= 0.975, $"accuracy {model.TestReport.Accuracy}");

        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = DigitNeighbors.Load(file);
        foreach (var image in s_digits.Value.Take(100)) Assert.Equal(model.Predict(image), loaded.Predict(image));

        var first = s_digits.Value[5];
        for (var i = 0; i < 40; i++) model.Predict(first);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++) model.Predict(first);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Progression_neighbours_reach_the_r2_floor()
    {
        var model = ProgressionNeighbors.Train(s_patients.Value);
        Assert.True(model.TestReport!.R2 >= 0.38, $"R² {model.TestReport.R2}");
        // An exact match among the training rows decides alone under distance weights.
        var patient = s_patients.Value[0];
        Assert.Equal(patient.Progression, model.Predict(patient).Progression, 9);
    }
}
