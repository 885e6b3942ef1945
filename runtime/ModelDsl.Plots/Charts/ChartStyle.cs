using System;
using System.Collections.Generic;
using ModelDsl.Plots.Rendering;
using SkiaSharp;

namespace ModelDsl.Plots.Charts;

/// <summary>What every chart shares: a plot with the pictures' font, and rendering plots stacked into one PNG.</summary>
internal static class ChartStyle
{
    public static ScottPlot.Plot NewPlot()
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set(PictureFonts.SansFamily);
        return plot;
    }

    /// <summary>Renders the plots one under the other, sharing the height equally.</summary>
    public static byte[] RenderStacked(IReadOnlyList<ScottPlot.Plot> plots, int width, int height, PictureFormat format = PictureFormat.Png)
    {
        if (width < 100 || height < 100) throw new ArgumentOutOfRangeException(nameof(width), $"A picture of {width} × {height} pixels is too small (100 × 100 at least).");
        return PictureFile.Draw(width, height, format, canvas =>
        {
            // Each plot clipped to its band: rendering a plot clears the whole (clip of the) canvas it is given.
            var top = 0;
            for (var i = 0; i < plots.Count; i++)
            {
                var bottom = height * (i + 1) / plots.Count;
                canvas.Save();
                canvas.ClipRect(SKRect.Create(0, top, width, bottom - top));
                canvas.Translate(0, top);
                plots[i].Render(canvas, width, bottom - top);
                canvas.Restore();
                top = bottom;
            }
        });
    }
}
