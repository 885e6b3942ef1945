using System;
using System.Linq;
using SkiaSharp;

namespace ModelDsl.Plots.Rendering;

/// <summary>Draws a laid-out <see cref="Diagram"/> with SkiaSharp: rounded boxes, their text, arrows with heads.</summary>
internal static class DiagramRenderer
{
    public const float TitleSize = 18;
    private const float LabelSize = 11;

    public static byte[] Render(Diagram diagram, PictureFormat format = PictureFormat.Png) =>
        PictureFile.Draw(diagram.Width, diagram.Height, format, canvas => Draw(canvas, diagram));

    private static void Draw(SKCanvas canvas, Diagram diagram)
    {
        using var title = new SKFont(PictureFonts.SansBold, TitleSize);
        using var ink = new SKPaint { Color = new SKColor(0x21, 0x21, 0x21), IsAntialias = true };
        canvas.DrawText(diagram.Title, (float)Diagram.Margin, (float)Diagram.Margin + TitleSize, SKTextAlign.Left, title, ink);

        foreach (var arrow in diagram.Arrows) DrawArrow(canvas, arrow);
        foreach (var box in diagram.Boxes) DrawBox(canvas, box);
    }

    private static (SKColor Fill, SKColor Stroke) Colors(DiagramBoxKind kind) => kind switch
    {
        DiagramBoxKind.Input => (new SKColor(0xE3, 0xF2, 0xFD), new SKColor(0x15, 0x65, 0xC0)),
        DiagramBoxKind.Layer => (new SKColor(0xE8, 0xF5, 0xE9), new SKColor(0x2E, 0x7D, 0x32)),
        DiagramBoxKind.Operation => (new SKColor(0xF5, 0xF5, 0xF5), new SKColor(0x75, 0x75, 0x75)),
        DiagramBoxKind.Residual => (new SKColor(0xFF, 0xF3, 0xE0), new SKColor(0xEF, 0x6C, 0x00)),
        DiagramBoxKind.Decision => (new SKColor(0xE3, 0xF2, 0xFD), new SKColor(0x15, 0x65, 0xC0)),
        DiagramBoxKind.Outcome => (new SKColor(0xE8, 0xF5, 0xE9), new SKColor(0x2E, 0x7D, 0x32)),
        DiagramBoxKind.Fact => (new SKColor(0xF3, 0xE5, 0xF5), new SKColor(0x6A, 0x1B, 0x9A)),
        _ => (new SKColor(0xFA, 0xFA, 0xFA), new SKColor(0xBD, 0xBD, 0xBD)),
    };

    private static void DrawBox(SKCanvas canvas, DiagramBox box)
    {
        var (fill, stroke) = Colors(box.Kind);
        var rect = new SKRect((float)box.X, (float)box.Y, (float)(box.X + box.Width), (float)(box.Y + box.Height));
        using (var paint = new SKPaint { Color = fill, IsAntialias = true, Style = SKPaintStyle.Fill })
            canvas.DrawRoundRect(rect, 6, 6, paint);
        using (var paint = new SKPaint { Color = stroke, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f })
        {
            if (box.Kind == DiagramBoxKind.Elided) paint.PathEffect = SKPathEffect.CreateDash(new[] { 5f, 4f }, 0);
            canvas.DrawRoundRect(rect, 6, 6, paint);
        }

        using var regular = new SKFont(PictureFonts.Mono, (float)TextMetrics.BoxFontSize);
        using var bold = new SKFont(PictureFonts.MonoBold, (float)TextMetrics.BoxFontSize);
        using var ink = new SKPaint { Color = new SKColor(0x21, 0x21, 0x21), IsAntialias = true };
        var top = box.Y + (box.Height - box.Lines.Count * TextMetrics.LineHeight) / 2;
        for (var i = 0; i < box.Lines.Count; i++)
        {
            // Baseline about three quarters down the line.
            var y = (float)(top + i * TextMetrics.LineHeight + TextMetrics.LineHeight * 0.76);
            canvas.DrawText(box.Lines[i], (float)(box.X + box.Width / 2), y, SKTextAlign.Center, i == 0 ? bold : regular, ink);
        }
    }

    private static void DrawArrow(SKCanvas canvas, DiagramArrow arrow)
    {
        var points = arrow.Points.Select(p => new SKPoint((float)p.X, (float)p.Y)).ToArray();
        if (points.Length < 2) return;
        var color = new SKColor(0x55, 0x5B, 0x66);
        using var line = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f };
        using (var path = new SKPath())
        {
            path.MoveTo(points[0]);
            foreach (var p in points.Skip(1)) path.LineTo(p);
            canvas.DrawPath(path, line);
        }

        // The head: a triangle pointing along the last segment.
        var tip = points[^1];
        var from = points[^2];
        var dx = tip.X - from.X;
        var dy = tip.Y - from.Y;
        var length = MathF.Sqrt(dx * dx + dy * dy);
        if (length > 0)
        {
            dx /= length;
            dy /= length;
            const float headLength = 8, headHalfWidth = 4;
            using var head = new SKPath();
            head.MoveTo(tip);
            head.LineTo(tip.X - dx * headLength - dy * headHalfWidth, tip.Y - dy * headLength + dx * headHalfWidth);
            head.LineTo(tip.X - dx * headLength + dy * headHalfWidth, tip.Y - dy * headLength - dx * headHalfWidth);
            head.Close();
            using var fill = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
            canvas.DrawPath(head, fill);
        }

        if (arrow.Label is { Length: > 0 } label)
        {
            // Beside the middle of the first segment: right of a vertical one, above a horizontal one.
            var a = points[0];
            var b = points[1];
            var mid = new SKPoint((a.X + b.X) / 2, (a.Y + b.Y) / 2);
            var vertical = MathF.Abs(b.X - a.X) < MathF.Abs(b.Y - a.Y);
            using var font = new SKFont(PictureFonts.SansBold, LabelSize);
            using var ink = new SKPaint { Color = new SKColor(0x37, 0x47, 0x4F), IsAntialias = true };
            if (vertical) canvas.DrawText(label, mid.X + 5, mid.Y + LabelSize / 2, SKTextAlign.Left, font, ink);
            else canvas.DrawText(label, mid.X, mid.Y - 4, SKTextAlign.Center, font, ink);
        }
    }
}
