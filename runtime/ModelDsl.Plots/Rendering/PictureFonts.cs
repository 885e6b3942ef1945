using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SkiaSharp;

namespace ModelDsl.Plots.Rendering;

/// <summary>
/// The typefaces pictures use: a monospace one for diagram boxes (their layout assumes a fixed advance) and a sans one
/// for titles and charts. Skia's font manager finds installed families; when it finds none (Skia's native library
/// without fontconfig), the usual font folders are searched for the same families' files, which are also registered
/// with ScottPlot so charts use them.
/// </summary>
internal static class PictureFonts
{
    private static readonly (string Family, string File, string BoldFile)[] MonoFamilies =
    {
        ("DejaVu Sans Mono", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
        ("Liberation Mono", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
        ("Noto Sans Mono", "NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf"),
        ("Consolas", "consola.ttf", "consolab.ttf"),
        ("Menlo", "Menlo.ttc", "Menlo.ttc"),
        ("Courier New", "cour.ttf", "courbd.ttf"),
    };

    private static readonly (string Family, string File, string BoldFile)[] SansFamilies =
    {
        ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("Open Sans", "OpenSans-Regular.ttf", "OpenSans-Bold.ttf"),
        ("Lato", "Lato-Regular.ttf", "Lato-Bold.ttf"),
        ("Arial", "arial.ttf", "arialbd.ttf"),
        ("Helvetica", "Helvetica.ttc", "Helvetica.ttc"),
    };

    private static readonly string[] Folders =
    {
        "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts), "/System/Library/Fonts", "/Library/Fonts",
    };

    private sealed record Set(SKTypeface Mono, SKTypeface MonoBold, SKTypeface SansBold, string SansFamily);

    private static readonly Lazy<Set> Resolved = new(Resolve);

    public static SKTypeface Mono => Resolved.Value.Mono;

    public static SKTypeface MonoBold => Resolved.Value.MonoBold;

    public static SKTypeface SansBold => Resolved.Value.SansBold;

    /// <summary>The family name charts ask ScottPlot for.</summary>
    public static string SansFamily => Resolved.Value.SansFamily;

    private static Set Resolve()
    {
        var (mono, monoBold, _) = Find(MonoFamilies);
        var (sans, sansBold, sansFamily) = Find(SansFamilies);
        return new Set(mono ?? sans ?? SKTypeface.Default, monoBold ?? mono ?? sansBold ?? SKTypeface.Default,
            sansBold ?? monoBold ?? SKTypeface.Default, sansFamily ?? ScottPlot.Fonts.Default);
    }

    private static (SKTypeface? Regular, SKTypeface? Bold, string? Family) Find((string Family, string File, string BoldFile)[] families)
    {
        var manager = SKFontManager.Default;
        foreach (var (family, _, _) in families)
        {
            var regular = manager.MatchFamily(family, SKFontStyle.Normal);
            if (regular is not null && regular.FamilyName == family)
                return (regular, manager.MatchFamily(family, SKFontStyle.Bold) ?? regular, family);
        }
        // No installed family found by name: look for the files themselves.
        var files = FontFiles();
        foreach (var (family, file, boldFile) in families)
        {
            if (!files.TryGetValue(file, out var path)) continue;
            var regular = SKTypeface.FromFile(path);
            if (regular is null) continue;
            var bold = files.TryGetValue(boldFile, out var boldPath) ? SKTypeface.FromFile(boldPath) ?? regular : regular;
            ScottPlot.Fonts.AddFontFile(family, path, bold: false, italic: false);
            if (bold != regular) ScottPlot.Fonts.AddFontFile(family, boldPath!, bold: true, italic: false);
            return (regular, bold, family);
        }
        return (null, null, null);
    }

    private static Dictionary<string, string> FontFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in Folders.Where(f => f.Length > 0 && Directory.Exists(f)))
        {
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.tt?", SearchOption.AllDirectories)) files.TryAdd(Path.GetFileName(file), file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder: use the others.
            }
        }
        return files;
    }
}
