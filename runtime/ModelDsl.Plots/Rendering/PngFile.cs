using System.IO;

namespace ModelDsl.Plots.Rendering;

/// <summary>Writes picture bytes, creating the folder if needed.</summary>
internal static class PngFile
{
    public static void Write(string path, byte[] png)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        File.WriteAllBytes(path, png);
    }
}
