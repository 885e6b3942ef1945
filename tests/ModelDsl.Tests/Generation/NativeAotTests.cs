using System;
using System.Diagnostics;
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
    private readonly string _out = Path.Combine(GeneratorHarness.RepositoryRoot, "artifacts", "aot-test-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try { Directory.Delete(_out, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static (int ExitCode, string Output) Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(8)), file + " " + arguments + " timed out");
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void The_aot_sample_publishes_without_warnings_and_runs_natively()
    {
        var repo = GeneratorHarness.RepositoryRoot;
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
