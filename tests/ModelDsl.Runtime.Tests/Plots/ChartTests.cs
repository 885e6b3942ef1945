using System;
using System.IO;
using System.Linq;
using ModelDsl.Plots;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Runtime.Tests.Plots;

/// <summary>Training curves and confusion matrices as PNG files: real pictures of the asked size.</summary>
public sealed class ChartTests
{
    private static TrainingCurves Curves(bool withScore)
    {
        var steps = Enumerable.Range(1, 30).Select(i => (double)i).ToArray();
        var series = new System.Collections.Generic.List<TrainingSeries>
        {
            new("train loss", steps, steps.Select(s => 2 * Math.Exp(-s / 8) + 0.05).ToArray()),
            new("validation loss", steps, steps.Select(s => 2 * Math.Exp(-s / 9) + 0.1).ToArray()),
        };
        if (withScore) series.Add(new TrainingSeries("validation accuracy", steps, steps.Select(s => 1 - 0.7 * Math.Exp(-s / 6)).ToArray()));
        return new TrainingCurves("epoch", series);
    }

    [Fact]
    public void Curves_with_losses_and_a_score_are_two_panels_of_the_asked_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"curves-{Guid.NewGuid():N}", "curves.png"); // the folder is created
        try
        {
            Curves(withScore: true).SavePng(path, 800, 500);
            Png.AssertPicture(path, 800, 500);
            var png = File.ReadAllBytes(path);
            // Both halves hold a plot (losses above, accuracy below).
            Assert.True(Png.InkedIn(png, 0.1, 0.45) > 0.01);
            Assert.True(Png.InkedIn(png, 0.6, 0.95) > 0.01);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Curves_of_losses_only_fill_one_panel_and_empty_curves_are_refused()
    {
        Png.AssertPicture(Curves(withScore: false).ToPng(640, 400, "losses"), 640, 400);
        var error = Assert.Throws<InvalidOperationException>(() => TrainingCurves.Empty.ToPng());
        Assert.Contains("no training curves", error.Message);
    }

    [Theory]
    [InlineData("validation accuracy", true)]
    [InlineData("R² on validation", true)]
    [InlineData("train loss", false)]
    [InlineData("inertia", false)]
    public void Scores_and_losses_are_told_apart(string name, bool score) =>
        Assert.Equal(score, ModelDsl.Plots.Charts.CurvesChart.IsScore(name));

    [Fact]
    public void A_confusion_matrix_is_a_square_heat_map()
    {
        var confusion = new[,] { { 10, 0, 0 }, { 0, 9, 1 }, { 0, 2, 8 } };
        var report = new ClassificationReport(new[] { "setosa", "versicolor", "virginica" }, 30, 0.9,
            new[] { 1.0, 0.82, 0.89 }, new[] { 1.0, 0.9, 0.8 }, new[] { 1.0, 0.86, 0.84 }, new[] { 10, 10, 10 }, confusion, 0.3);
        var path = Path.Combine(Path.GetTempPath(), $"confusion-{Guid.NewGuid():N}.png");
        try
        {
            report.SaveConfusionPng(path, 500);
            var (_, inked) = Png.AssertPicture(path, 500, 500);
            Assert.True(inked > 0.2, $"the cells should cover much of the picture, not {inked:P0}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
