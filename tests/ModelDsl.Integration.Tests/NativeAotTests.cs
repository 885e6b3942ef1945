using System;
using System.IO;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// The AotDecisions sample published with NativeAOT: no trimming or AOT warnings (they would be errors
/// here), and the native executable decides with a rule set and predicts with a saved classical model.
/// Start-up time is measured by benchmarks/aot-startup.py, not here.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class NativeAotTests : IDisposable
{
    private readonly string _out = Path.Combine(TestRepository.Root, "artifacts", "aot-test-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try { Directory.Delete(_out, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static (int ExitCode, string Output) Run(string file, string arguments, string directory) =>
        TestRepository.RunProcess(file, arguments, directory, TimeSpan.FromMinutes(8));

    [Fact]
    public void The_aot_sample_publishes_without_warnings_and_runs_natively()
    {
        var repo = TestRepository.Root;
        var (code, output) = Run("dotnet", $"publish dsl-samples/AotDecisions -c Release -o \"{_out}\"", repo);
        Assert.True(code == 0, output);
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
        var exe = Path.Combine(_out, "AotDecisions");
        Assert.True(File.Exists(exe));
        Assert.False(File.Exists(Path.Combine(_out, "AotDecisions.dll")), "a native executable, not a managed assembly");

        (code, output) = Run(exe, "train", _out);
        Assert.True(code == 0, output);
        Assert.Contains("Trained IrisClassifier on 150 rows", output);
        Assert.Contains("Loan: approve by rule 'prime'", output);
        Assert.Contains("(NativeAOT)", output);

        (code, output) = Run(exe, "--first-prediction", _out);
        Assert.True(code == 0, output);
        Assert.StartsWith("versicolor ", output);
    }
}
