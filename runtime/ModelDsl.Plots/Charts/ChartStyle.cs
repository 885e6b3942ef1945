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
    public static byte[] RenderStacked(IReadOnlyList<ScottPlot.Plot> plots, int width, int height)
    {
        if (width < 100 || height < 100) throw new ArgumentOutOfRangeException(nameof(width), $"A picture of {width} × {height} pixels is too small (100 × 100 at least).");
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Cannot create a {width} × {height} picture.");
        surface.Canvas.Clear(SKColors.White);
        // Each plot on a surface of its own, then copied into place: rendering a plot clears the whole canvas it is given.
        var top = 0;
        for (var i = 0; i < plots.Count; i++)
        {
            var bottom = height * (i + 1) / plots.Count;
            using var panel = SKSurface.Create(new SKImageInfo(width, bottom - top, SKColorType.Rgba8888, SKAlphaType.Premul))
                ?? throw new InvalidOperationException($"Cannot create a {width} × {bottom - top} picture.");
            plots[i].Render(panel);
            using var image = panel.Snapshot();
            surface.Canvas.DrawImage(image, 0, top);
            top = bottom;
        }
        using var picture = surface.Snapshot();
        using var png = picture.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
