using System;
using System.IO;
using SkiaSharp;

namespace ModelDsl.Plots;

/// <summary>The file formats pictures are written in; <see cref="Pictures.FormatOf"/> picks one from a file's extension.</summary>
public enum PictureFormat
{
    /// <summary>PNG (<c>.png</c>).</summary>
    Png,

    /// <summary>SVG (<c>.svg</c>): vector shapes and text, drawn by Skia's SVG canvas.</summary>
    Svg,

    /// <summary>JPEG (<c>.jpg</c>, <c>.jpeg</c>).</summary>
    Jpeg,
}

/// <summary>Draws a picture onto a raster or SVG canvas and encodes it; writes the bytes, creating the folder.</summary>
internal static class PictureFile
{
    public static PictureFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => PictureFormat.Png,
        ".svg" => PictureFormat.Svg,
        ".jpg" or ".jpeg" => PictureFormat.Jpeg,
        // No "(Parameter …)" suffix: the CLI prints this message as its one line.
        _ => throw new ArgumentException($"Cannot tell the picture format of '{Path.GetFileName(path)}': name the file .png, .svg, .jpg or .jpeg."),
    };

    /// <summary>Runs <paramref name="draw"/> on a white <paramref name="width"/> × <paramref name="height"/> canvas of the format.</summary>
    public static byte[] Draw(int width, int height, PictureFormat format, Action<SKCanvas> draw)
    {
        if (format == PictureFormat.Svg)
        {
            using var stream = new SKDynamicMemoryWStream();
            // The SVG is written when the canvas is disposed, so it is disposed before the bytes are taken.
            using (var canvas = SKSvgCanvas.Create(SKRect.Create(width, height), stream))
            {
                using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
                canvas.DrawRect(SKRect.Create(width, height), white);
                draw(canvas);
            }
            using var data = stream.DetachAsData();
            return data.ToArray();
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Cannot create a {width} × {height} picture.");
        surface.Canvas.Clear(SKColors.White);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var encoded = format == PictureFormat.Jpeg ? image.Encode(SKEncodedImageFormat.Jpeg, 92) : image.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    public static void Write(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        File.WriteAllBytes(path, bytes);
    }
}
