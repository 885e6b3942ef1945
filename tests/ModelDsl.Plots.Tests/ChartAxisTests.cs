using System.Linq;
using ModelDsl.Plots;
using ModelDsl.Plots.Charts;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>The charts' titles and axes, checked on the plots before they are rendered.</summary>
public sealed class ChartAxisTests
{
    private static TrainingCurves Curves(string stepName, params (string Name, double[] Values)[] series) =>
        new(stepName, series.Select(s => new TrainingSeries(s.Name, Enumerable.Range(1, s.Values.Length).Select(i => (double)i).ToArray(), s.Values)).ToArray());

    [Fact]
    public void Every_default_title_names_the_model()
    {
        var curves = Curves("epoch", ("train loss", new[] { 1.0, 0.5, 0.3 }), ("accuracy", new[] { 0.5, 0.8, 0.9 }));
        Assert.Equal("IrisNet: training curves over 3 epochs", CurvesChart.Plots(curves, null, "IrisNet")[0].Axes.Title.Label.Text);

        var confusion = new[,] { { 10, 0 }, { 1, 9 } };
        var report = new ClassificationReport(new[] { "no", "yes" }, 20, 0.95, new[] { 0.9, 1.0 }, new[] { 1.0, 0.9 }, new[] { 0.95, 0.95 },
            new[] { 10, 10 }, confusion, 0.2);
        Assert.Equal("IrisTree: confusion matrix on 20 rows, accuracy 95.0%", ConfusionChart.Title(report, "IrisTree"));
    }

    [Fact]
    public void Counted_steps_get_whole_ticks_and_a_loss_that_reaches_zero_no_negative_axis()
    {
        var curves = Curves("epoch", ("train loss", new[] { 2.0, 0.5, 0.01, 0.0 }));
        var plot = CurvesChart.Plots(curves, null).Single();
        Assert.True(Assert.IsType<ScottPlot.TickGenerators.NumericAutomatic>(plot.Axes.Bottom.TickGenerator).IntegerTicksOnly);
        var limits = plot.Axes.GetLimits();
        Assert.Equal(0, limits.Bottom);
        Assert.True(limits.Top >= 2, $"top {limits.Top}");

        // Fractional steps keep fractional ticks, and a curve that goes negative keeps its negative axis.
        var fractional = new TrainingCurves("epoch", new[] { new TrainingSeries("margin", new[] { 0.5, 1.0, 1.5 }, new[] { 1.0, -0.5, -1.0 }) });
        plot = CurvesChart.Plots(fractional, null).Single();
        Assert.False(plot.Axes.Bottom.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly: true });
        Assert.True(plot.Axes.GetLimits().Bottom < -1);
    }

    [Fact]
    public void Curves_of_very_different_scales_get_their_own_axes()
    {
        // k-means: an inertia in the hundreds and a centre shift below 1 (a flat line at 0 on the inertia's axis).
        var kmeans = Curves("iteration", ("inertia", new[] { 480.0, 150, 142, 141 }), ("centre shift", new[] { 0.9, 0.05, 0.001, 0.0 }));
        var plots = CurvesChart.Plots(kmeans, null);
        Assert.Equal(new[] { "inertia", "centre shift" }, plots.Select(p => p.Axes.Left.Label.Text));
        Assert.True(plots[1].Axes.GetLimits().Top < 1.5, $"top {plots[1].Axes.GetLimits().Top}");

        // Curves of one scale still share a panel, and scores keep theirs.
        var network = Curves("epoch", ("train loss", new[] { 2.0, 0.6, 0.3 }), ("validation loss", new[] { 2.2, 0.9, 0.5 }), ("accuracy", new[] { 0.4, 0.8, 0.9 }));
        Assert.Equal(new[] { "loss", "accuracy" }, CurvesChart.Plots(network, null).Select(p => p.Axes.Left.Label.Text));
    }

    [Fact]
    public void The_legend_goes_where_no_curve_is()
    {
        // A rising accuracy reaches the upper right corner (where the legend used to be): the legend goes lower right.
        var rising = Curves("epoch", ("accuracy", new[] { 0.3, 0.6, 0.8, 0.9, 0.95 }));
        var limits = new ScottPlot.AxisLimits(1, 5, 0.3, 0.95);
        Assert.Equal(ScottPlot.Alignment.LowerRight, CurvesChart.EmptyCorner(rising.Series, limits));
        var plot = CurvesChart.Plots(rising, null).Single();
        Assert.True(plot.Legend.IsVisible);
        Assert.Equal(ScottPlot.Alignment.LowerRight, plot.Legend.Alignment);

        // A falling loss leaves the upper right empty.
        var falling = Curves("epoch", ("loss", new[] { 2.0, 0.5, 0.3, 0.2, 0.1 }));
        Assert.Equal(ScottPlot.Alignment.UpperRight, CurvesChart.Plots(falling, null).Single().Legend.Alignment);

        // Curves through every corner: the legend goes beside the plot, not over it.
        var everywhere = Curves("epoch", ("a", new[] { 0.0, 1, 0, 1, 0 }), ("b", new[] { 1.0, 0, 1, 0, 1 }));
        Assert.Null(CurvesChart.EmptyCorner(everywhere.Series, new ScottPlot.AxisLimits(1, 5, 0, 1)));
        Assert.False(CurvesChart.Plots(everywhere, null).Single().Legend.IsVisible); // drawn in a panel beside instead
        using var bitmap = SkiaSharp.SKBitmap.Decode(CurvesChart.Render(everywhere, 900, 400, null));
        Assert.Equal(900, bitmap.Width);
    }
}
