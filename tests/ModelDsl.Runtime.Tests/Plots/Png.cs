using System;
using System.Collections.Generic;
using System.IO;
using SkiaSharp;
using Xunit;

namespace ModelDsl.Runtime.Tests.Plots;

/// <summary>Checks that bytes are a real, drawn picture: the PNG signature, the expected size, and more than a blank page.</summary>
public static class Png
{
    private static readonly byte[] Signature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };

    /// <summary>Asserts and returns the decoded picture's colour count and share of non-white pixels.</summary>
    public static (int Colors, double Inked) AssertPicture(byte[] png, int width, int height)
    {
        Assert.True(png.Length > Signature.Length, "empty file");
        Assert.Equal(Signature, png[..Signature.Length]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
        var colors = new HashSet<uint>();
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                Assert.True(c.Alpha == 255, $"pixel ({x}, {y}) is transparent: part of the picture was not drawn");
                colors.Add((uint)c);
                if (Inked(c)) inked++;
            }
        }
        var share = inked / (double)((bitmap.Width + 1) / 2 * ((bitmap.Height + 1) / 2));
        // Text, lines and fills antialias into many shades; a blank or single-colour picture has one or two.
        Assert.True(colors.Count >= 20, $"only {colors.Count} colours: the picture looks blank");
        Assert.True(share > 0.005, $"only {share:P2} of the picture is drawn on");
        return (colors.Count, share);
    }

    public static (int Colors, double Inked) AssertPicture(string path, int width, int height)
    {
        Assert.True(File.Exists(path), path + " was not written");
        return AssertPicture(File.ReadAllBytes(path), width, height);
    }

    private static bool Inked(SKColor c) => c.Alpha > 0 && (c.Red < 240 || c.Green < 240 || c.Blue < 240);

    /// <summary>The share of non-white pixels in a horizontal band of the picture.</summary>
    public static double InkedIn(byte[] png, double fromY, double toY)
    {
        using var bitmap = SKBitmap.Decode(png);
        int inked = 0, total = 0;
        for (var y = (int)(fromY * bitmap.Height); y < (int)(toY * bitmap.Height); y++)
        {
            for (var x = 0; x < bitmap.Width; x++, total++)
            {
                if (Inked(bitmap.GetPixel(x, y))) inked++;
            }
        }
        return inked / (double)Math.Max(1, total);
    }
}
