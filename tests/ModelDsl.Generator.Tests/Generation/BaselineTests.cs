using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// Snapshot tests of generated code, in Verify's layout: <c>Baselines/{Sample}/{HintName}.verified.cs</c>.
/// A difference fails with a diff and writes <c>*.received.cs</c> beside the baseline; run with
/// <c>MODELDSL_ACCEPT_BASELINES=1</c> to accept the new output as the baseline.
/// </summary>
public class BaselineTests
{
    public const string AcceptVariable = "MODELDSL_ACCEPT_BASELINES";

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples")).OrderBy(d => d, StringComparer.Ordinal))
        {
            if (Directory.GetFiles(dir, "*.mlmodel", SearchOption.AllDirectories).Length > 0) data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_code_matches_the_baseline(string sample)
    {
        var sampleDir = Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", sample);
        var files = Directory.GetFiles(sampleDir, "*.mlmodel", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(sampleDir, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToArray();
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);

        var baselineDir = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ModelDsl.Generator.Tests", "Baselines", sample);
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var failures = new List<string>();
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (hintName, text) in run.Sources)
        {
            var stem = Path.Combine(baselineDir, hintName[..^".cs".Length]);
            var verified = stem + ".verified.cs";
            var received = stem + ".received.cs";
            expectedFiles.Add(Path.GetFileName(verified));
            var actual = Normalize(text);
            if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual)
            {
                File.Delete(received);
                continue;
            }
            if (accept)
            {
                Directory.CreateDirectory(baselineDir);
                File.WriteAllText(verified, actual);
                File.Delete(received);
                continue;
            }
            Directory.CreateDirectory(baselineDir);
            File.WriteAllText(received, actual);
            failures.Add(File.Exists(verified)
                ? $"{Path.GetFileName(verified)} differs (see {Path.GetFileName(received)}):\n{Diff(Normalize(File.ReadAllText(verified)), actual)}"
                : $"{Path.GetFileName(verified)} does not exist; the output is in {Path.GetFileName(received)}");
        }
        if (Directory.Exists(baselineDir))
        {
            foreach (var stale in Directory.GetFiles(baselineDir, "*.verified.cs").Select(Path.GetFileName).Where(f => !expectedFiles.Contains(f!)))
            {
                if (accept) File.Delete(Path.Combine(baselineDir, stale!));
                else failures.Add($"{stale} is no longer generated; delete it or run with {AcceptVariable}=1");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + $"\n\nIf the change is intended, run the tests with {AcceptVariable}=1.");
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var sampleDir = Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "LoanApproval");
        var files = Directory.GetFiles(sampleDir, "*.mlmodel").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        var first = GeneratorHarness.Run(files).Sources;
        var second = GeneratorHarness.Run(files.Reverse().ToArray()).Sources.OrderBy(s => s.HintName, StringComparer.Ordinal);
        Assert.Equal(first.OrderBy(s => s.HintName, StringComparer.Ordinal), second);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');

    /// <summary>A compact line diff: the first differing region with a few lines of context.</summary>
    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        var endA = a.Length - 1;
        var endB = b.Length - 1;
        while (endA >= start && endB >= start && a[endA] == b[endB]) { endA--; endB--; }
        var text = new StringBuilder();
        for (var i = Math.Max(0, start - 3); i < start; i++) text.Append("  ").Append(a[i]).Append('\n');
        for (var i = start; i <= endA && i < start + 40; i++) text.Append("- ").Append(a[i]).Append('\n');
        for (var i = start; i <= endB && i < start + 40; i++) text.Append("+ ").Append(b[i]).Append('\n');
        return $"@@ line {start + 1} @@\n{text}";
    }
}
