using System;
using System.Globalization;
using System.Linq;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Plots.Charts;

/// <summary>
/// A confusion matrix as a heat map: rows are the true classes (top to bottom), columns the predicted ones; each cell
/// shows its count, and its colour is the count's share of the row (so a rare class's errors are as visible as a
/// common one's).
/// </summary>
internal static class ConfusionChart
{
    public static int DefaultSize(int classes) => Math.Clamp(160 + 80 * classes, 480, 1600);

    public static byte[] Render(ClassificationReport report, int width, int height, string? title, PictureFormat format = PictureFormat.Png, string? name = null)
    {
        var n = report.ClassNames.Count;
        if (n == 0) throw new InvalidOperationException("The report has no classes.");
        var plot = ChartStyle.NewPlot();
        var low = new ScottPlot.Color(0xF7, 0xFB, 0xFF);
        var high = new ScottPlot.Color(0x08, 0x45, 0x94);
        for (var r = 0; r < n; r++)
        {
            var rowTotal = Enumerable.Range(0, n).Sum(c => report.ConfusionMatrix[r, c]);
            for (var c = 0; c < n; c++)
            {
                var count = report.ConfusionMatrix[r, c];
                var share = rowTotal == 0 ? 0 : (double)count / rowTotal;
                // Row r is drawn from the top: y from n − r − 1 to n − r.
                var cell = plot.Add.Rectangle(c, c + 1, n - r - 1, n - r);
                cell.FillColor = Mix(low, high, share);
                cell.LineColor = ScottPlot.Colors.White;
                cell.LineWidth = 1;
                var label = plot.Add.Text(count.ToString(CultureInfo.InvariantCulture), c + 0.5, n - r - 0.5);
                label.LabelFontSize = n <= 6 ? 20 : n <= 12 ? 14 : 10;
                label.LabelBold = r == c;
                // Zeros fade, so the errors stand out.
                label.LabelFontColor = share > 0.5 ? ScottPlot.Colors.White : count == 0 ? new ScottPlot.Color(0xB0, 0xB0, 0xB0) : new ScottPlot.Color(0x21, 0x21, 0x21);
                label.LabelAlignment = ScottPlot.Alignment.MiddleCenter;
            }
        }
        var centers = Enumerable.Range(0, n).Select(i => i + 0.5).ToArray();
        plot.Axes.Bottom.SetTicks(centers, report.ClassNames.ToArray());
        plot.Axes.Left.SetTicks(centers.Reverse().ToArray(), report.ClassNames.ToArray());
        plot.Axes.SetLimits(0, n, 0, n);
        plot.HideGrid();
        plot.XLabel("predicted");
        plot.YLabel("true");
        plot.Title(title ?? Title(report, name));
        return ChartStyle.RenderStacked(new[] { plot }, width, height, format);
    }

    /// <summary>The default title; it starts with the model's name when one is known.</summary>
    public static string Title(ClassificationReport report, string? name) => string.Create(CultureInfo.InvariantCulture,
        $"{(name is null ? "" : name + ": ")}confusion matrix on {report.Rows:N0} rows, accuracy {report.Accuracy * 100:F1}%");

    private static ScottPlot.Color Mix(ScottPlot.Color a, ScottPlot.Color b, double t)
    {
        static byte Lerp(byte x, byte y, double t) => (byte)Math.Round(x + (y - x) * t);
        return new ScottPlot.Color(Lerp(a.R, b.R, t), Lerp(a.G, b.G, t), Lerp(a.B, b.B, t));
    }
}
