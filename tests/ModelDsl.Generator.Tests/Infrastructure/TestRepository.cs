using System;
using System.IO;

namespace ModelDsl.Tests.Infrastructure;

/// <summary>
/// Where the repository is and how a test runs a program: shared by the generator, integration and plot test projects
/// (linked into each), so none of them needs the others' references.
/// </summary>
public static class TestRepository
{
    /// <summary>The repository root (the folder holding ModelDsl.sln).</summary>
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelDsl.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ModelDsl.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Runs a program to its end (dotnet telemetry and logo off) and returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) RunProcess(string file, string arguments, string workingDirectory, TimeSpan timeout,
                                                          System.Collections.Generic.IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new System.Diagnostics.ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new System.Collections.Generic.Dictionary<string, string>()) start.Environment[name] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish within {timeout}.");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
