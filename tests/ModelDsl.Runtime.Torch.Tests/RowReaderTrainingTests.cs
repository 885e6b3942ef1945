using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Runtime.Torch.Tests;

/// <summary>Training on the caller's rows through a reader (what generated code does) against training on a TrainingData.</summary>
public sealed class RowReaderTrainingTests
{
    private static readonly string[] Features = ["sepal_length", "sepal_width", "petal_length", "petal_width"];
    private static readonly string[] Classes = ["setosa", "versicolor", "virginica"];

    private static (string[][] Rows, RowReader<string[]> Reader) IrisRows()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "iris.csv")).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var columns = Features.Select(f => Array.IndexOf(header, f)).ToArray();
        var label = Array.IndexOf(header, "species");
        var reader = new RowReader<string[]>(
            (in string[] row, Span<double> numeric, Span<string?> text) =>
            {
                for (var j = 0; j < columns.Length; j++) numeric[j] = double.Parse(row[columns[j]], CultureInfo.InvariantCulture);
            },
            (in string[] row) => Array.IndexOf(Classes, row[label]));
        return (lines.Skip(1).Select(l => l.Split(',')).ToArray(), reader);
    }

    [Fact]
    public void RowsThroughAReaderTrainTheWeightsTrainingDataTrains()
    {
        var spec = TestData.IrisSpec();
        var network = TestData.IrisNetwork(epochs: 6, restoreBest: true);
        var (rows, reader) = IrisRows();
        using var fromData = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), TrainingData.Collect(spec, rows, reader));
        // A lazy sequence (not a list), as a caller reading a file would pass.
        using var fromRows = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), Lazy(rows), reader);
        TestData.AssertSameWeights(fromData.Module, fromRows.Module);
        Assert.Equal(fromData.History.Epochs.Select(e => (e.TrainLoss, e.ValidationLoss)), fromRows.History.Epochs.Select(e => (e.TrainLoss, e.ValidationLoss)));
        Assert.Equal(fromData.ClassificationTestReport!.Accuracy, fromRows.ClassificationTestReport!.Accuracy);
        Assert.All(fromRows.History.Epochs, e => Assert.True(e.EpochTime > TimeSpan.Zero && e.EpochTime <= e.Elapsed));
    }

    [Fact]
    public void StreamedRowsTrainTheWeightsCopiedRowsTrain()
    {
        // Iris is far below the in-memory limit, so the default copies its features; a limit of 0 streams every batch
        // from the rows (as Fashion-MNIST's 188 MB of features are). Same batches, so the same weights bit for bit,
        // with dropout, a validation split and the best epoch's weights restored.
        var spec = TestData.IrisSpec();
        var network = TestData.IrisNetwork(epochs: 6, restoreBest: true);
        var (rows, reader) = IrisRows();
        var data = TrainingData.Collect(spec, rows, reader);
        using var copied = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), rows, reader);
        using var streamed = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), rows, reader,
            new NetworkTrainingOptions { InMemoryFeatureBytes = 0 });
        using var streamedData = TrainedNetwork.Train(spec, network, () => NetworkModule.Of(new IrisMlp(dropout: 0.1)), data,
            new NetworkTrainingOptions { InMemoryFeatureBytes = 0 });
        TestData.AssertSameWeights(copied.Module, streamed.Module);
        TestData.AssertSameWeights(copied.Module, streamedData.Module);
        Assert.Equal(copied.History.Epochs.Select(e => (e.TrainLoss, e.ValidationLoss, e.ValidationAccuracy)),
            streamed.History.Epochs.Select(e => (e.TrainLoss, e.ValidationLoss, e.ValidationAccuracy)));
        Assert.Equal(copied.ClassificationTestReport!.Accuracy, streamed.ClassificationTestReport!.Accuracy);
        Assert.True(copied.ClassificationTestReport.Accuracy >= 0.8, $"accuracy {copied.ClassificationTestReport.Accuracy}");
    }

    [Fact]
    public void ANegativeInMemoryLimitIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainedNetwork.Train(TestData.IrisSpec(), TestData.IrisNetwork(epochs: 1),
            () => NetworkModule.Of(new IrisMlp()), TestData.Iris(TestData.IrisSpec()), new NetworkTrainingOptions { InMemoryFeatureBytes = -1 }));

    private static System.Collections.Generic.IEnumerable<string[]> Lazy(string[][] rows)
    {
        foreach (var row in rows) yield return row;
    }

    [Fact]
    public void ABadValueNamesItsRowAndColumn()
    {
        var spec = TestData.IrisSpec();
        var (rows, reader) = IrisRows();
        var sepalWidth = Array.IndexOf(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "iris.csv")).First().Split(','), "sepal_width");
        rows[140] = rows[140].ToArray();
        rows[140][sepalWidth] = "NaN";
        var e = Assert.Throws<TrainingDataException>(() =>
            TrainedNetwork.Train(spec, TestData.IrisNetwork(epochs: 1), () => NetworkModule.Of(new IrisMlp()), rows, reader));
        Assert.Equal(140, e.Row);
        Assert.Equal("sepal_width", e.Column);
    }
}
