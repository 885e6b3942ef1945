using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Plots.Rendering;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Plots.Charts;

/// <summary>
/// Training curves as line charts over the steps. Losses and scores live on different scales (a loss falls from 2 to
/// 0.05, an accuracy rises from 0.3 to 0.97), so they get two panels, losses on top, rather than one plot with two y axes.
/// </summary>
internal static class CurvesChart
{
    private static readonly string[] ScoreWords = { "accuracy", "f1", "r2", "r²", "auc", "precision", "recall", "score", "silhouette" };

    /// <summary>Whether a series is a score (higher is better, usually 0..1) rather than a loss.</summary>
    public static bool IsScore(string name) => ScoreWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));

    public static byte[] Render(TrainingCurves curves, int width, int height, string? title, PictureFormat format = PictureFormat.Png, string? name = null) =>
        ChartStyle.RenderStacked(Plots(curves, title, name), width, height, format);

    /// <summary>Largest first, series whose sizes are within <see cref="ScaleRatio"/> of each other's share a panel.</summary>
    private static List<List<TrainingSeries>> ByScale(List<TrainingSeries> series)
    {
        static double Size(TrainingSeries s) => s.Values.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        var groups = new List<List<TrainingSeries>>();
        foreach (var s in series.OrderByDescending(Size))
        {
            // A curve far smaller than the panel's largest would be a flat line at 0 on its axis: it gets its own.
            if (groups.Count > 0 && Size(s) * ScaleRatio >= Size(groups[^1][0])) groups[^1].Add(s);
            else groups.Add(new List<TrainingSeries> { s });
        }
        // Back in the order the series came, within and across panels.
        return groups.Select(g => g.OrderBy(series.IndexOf).ToList()).OrderBy(g => series.IndexOf(g[0])).ToList();
    }

    /// <summary>The first corner (upper right, lower right, upper left, lower left) whose legend-sized box no curve
    /// passes through, segments included; null when every corner has data.</summary>
    public static ScottPlot.Alignment? EmptyCorner(IReadOnlyList<TrainingSeries> series, ScottPlot.AxisLimits limits)
    {
        // The legend's share of the data area: about a fifth of the width, a line per curve of a 200-pixel-high panel.
        const double widthShare = 0.3;
        var heightShare = Math.Min(0.9, 0.12 + 0.1 * series.Count);
        var (left, right, bottom, top) = (limits.Left, limits.Right, limits.Bottom, limits.Top);
        var w = (right - left) * widthShare;
        var h = (top - bottom) * heightShare;
        var corners = new (ScottPlot.Alignment Corner, double X0, double X1, double Y0, double Y1)[]
        {
            (ScottPlot.Alignment.UpperRight, right - w, right, top - h, top),
            (ScottPlot.Alignment.LowerRight, right - w, right, bottom, bottom + h),
            (ScottPlot.Alignment.UpperLeft, left, left + w, top - h, top),
            (ScottPlot.Alignment.LowerLeft, left, left + w, bottom, bottom + h),
        };
        foreach (var (corner, x0, x1, y0, y1) in corners)
        {
            if (!series.Any(s => Passes(s, x0, x1, y0, y1))) return corner;
        }
        return null;
    }

    private static bool Passes(TrainingSeries s, double x0, double x1, double y0, double y1)
    {
        static bool Inside(double x, double y, double x0, double x1, double y0, double y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
        for (var i = 0; i < s.Values.Count; i++)
        {
            if (Inside(s.Steps[i], s.Values[i], x0, x1, y0, y1)) return true;
            if (i == 0) continue;
            // Points along the segment from the previous point: a line can cross a corner between two markers.
            for (var t = 1; t < 16; t++)
            {
                var x = s.Steps[i - 1] + (s.Steps[i] - s.Steps[i - 1]) * t / 16.0;
                var y = s.Values[i - 1] + (s.Values[i] - s.Values[i - 1]) * t / 16.0;
                if (Inside(x, y, x0, x1, y0, y1)) return true;
            }
        }
        return false;
    }

    /// <summary>How many times larger than another a curve may be and still share its axis.</summary>
    public const double ScaleRatio = 20;

    /// <summary>The default title; it starts with the model's name when one is known.</summary>
    public static string Title(TrainingCurves curves, string? name) =>
        $"{(name is null ? "" : name + ": ")}training curves over {curves.Series.Max(s => s.Steps.Count)} {curves.StepName}s";

    /// <summary>The panels, top to bottom, before rendering (so their axes can be checked).</summary>
    public static List<ScottPlot.Plot> Plots(TrainingCurves curves, string? title, string? name = null)
    {
        if (curves.IsEmpty) throw new InvalidOperationException("There are no training curves to draw (the model recorded none).");
        var series = curves.Series.Where(s => s.Values.Count > 0).ToList();
        var panels = new List<(string Axis, List<TrainingSeries> Series)>();
        var losses = series.Where(s => !IsScore(s.Name)).ToList();
        var scores = series.Where(s => IsScore(s.Name)).ToList();
        foreach (var group in ByScale(losses)) panels.Add((group.Count == 1 ? group[0].Name : "loss", group));
        foreach (var group in ByScale(scores)) panels.Add((group.Count == 1 ? group[0].Name : "score", group));

        var plots = new List<ScottPlot.Plot>();
        var colors = new ScottPlot.Palettes.Category10();
        var next = 0;
        foreach (var (axis, members) in panels)
        {
            var plot = ChartStyle.NewPlot();
            foreach (var s in members)
            {
                var line = plot.Add.Scatter(s.Steps.ToArray(), s.Values.ToArray());
                line.LegendText = s.Name;
                line.Color = colors.GetColor(next++);
                line.LineWidth = 2;
                line.MarkerSize = s.Values.Count <= 60 ? 4 : 0;
            }
            plot.YLabel(axis);
            plot.XLabel(curves.StepName);
            // Iterations and epochs are counted: no tick at 1.5 epochs.
            if (members.All(s => s.Steps.All(x => x == Math.Floor(x))))
                plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
            plot.Axes.AutoScale();
            // A curve that never goes below 0 (a loss, an accuracy) gets no negative axis from the autoscale's margin.
            var limits = plot.Axes.GetLimits();
            if (limits.Bottom < 0 && members.All(s => s.Values.All(v => !(v < 0))))
                plot.Axes.SetLimitsY(0, limits.Top);
            // The legend goes in a corner the curves leave empty; when they leave none, beside the plot.
            if (EmptyCorner(members, plot.Axes.GetLimits()) is { } corner) plot.ShowLegend(corner);
            else plot.ShowLegend(ScottPlot.Edge.Right);
            plots.Add(plot);
        }
        plots[0].Title(title ?? Title(curves, name));
        return plots;
    }
}
