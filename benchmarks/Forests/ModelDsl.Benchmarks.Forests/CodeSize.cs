using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelDsl.Benchmarks.Forests.Large;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Benchmarks.Forests;

/// <summary>
/// The size of what a 500-tree, depth-20 forest declaration (Forest500.mlmodel) produces: the generated C# (written
/// under obj/ by EmitCompilerGeneratedFiles) and the model file after training on the 80,000 training rows of the
/// synthetic classification set (3 classes). The trees live in the model file; the generated code does not grow with them.
/// </summary>
public static class CodeSize
{
    public static int Execute()
    {
        var project = Path.Combine(Data.FindForestsDirectory(), "ModelDsl.Benchmarks.Forests");
        var generated = Directory.GetFiles(Path.Combine(project, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains(Path.DirectorySeparatorChar + "Release" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && Path.GetFileName(f).Contains("mlmodel", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (generated.Count == 0) throw new FileNotFoundException("No generated .g.cs under obj/Release: build with -c Release first.");
        foreach (var file in generated)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetRelativePath(project, file)}: {new FileInfo(file).Length:N0} bytes, {File.ReadAllLines(file).Length:N0} lines"));
        }
        var declaration = Path.Combine(project, "Forest500.mlmodel");
        Console.WriteLine($"Forest500.mlmodel (the declaration): {new FileInfo(declaration).Length:N0} bytes");

        var rows = Wide.ReadCsv(Path.Combine(Data.FindForestsDirectory(), "..", "Learners", "data", "classification.csv"))
            .Where((_, i) => i % 5 != 4).ToList();
        var clock = Stopwatch.StartNew();
        var forest = Forest500.Train(rows);
        var seconds = clock.Elapsed.TotalSeconds;
        var path = Path.Combine(Data.FindForestsDirectory(), "results", "models", "forest500.model");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        forest.Save(path);
        var trees = ((TreeClassifierModel)forest.Trained.Algorithm).Trees;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Forest500 trained on {rows.Count:N0} rows in {seconds:F1} s: {TreeSizes.Of(trees)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model file {Path.GetFileName(path)}: {new FileInfo(path).Length:N0} bytes ({(double)new FileInfo(path).Length / trees.NodeCount:0.0} bytes per node)"));
        return 0;
    }
}
