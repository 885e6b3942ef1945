using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ModelDsl.Benchmarks.Learners;

public static class Program
{
    /// <summary>
    /// <c>fit [--repeats N] [--sklearn FILE] [--json FILE] [--markdown FILE] [--only data:algorithm,...]</c>: fit times against
    /// scikit-learn (run sklearn_fit.py first for FILE).
    /// <c>serve</c>: one fit per request on stdin (compare.py interleaves it with scikit-learn). <c>table</c>: the side-by-side
    /// table from two result files. <c>verify</c>: the ML.NET weight copy and agreement check, plus a
    /// quick allocation count. <c>profile</c>: the time of each layer of a generated prediction. <c>ab [ROUNDS]</c>: single prediction against ML.NET, interleaved. Anything else: BenchmarkDotNet's command line (e.g. <c>--filter '*'</c>).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "fit") return FitBenchmark.Execute(args[1..]);
        if (args.Length > 0 && args[0] == "serve") return FitBenchmark.Serve(args[1..]);
        if (args.Length > 0 && args[0] == "table") return FitBenchmark.PrintTable(args[1..]);
        if (args.Length > 0 && args[0] == "verify") return Verify();
        if (args.Length > 0 && args[0] == "profile") return PredictionProfile.Execute(args[1..]);
        if (args.Length > 0 && args[0] == "ab") return Interleaved.Execute(args[1..]);
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Dataset.FindLearnersDirectory(), "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    private static int Verify()
    {
        var models = IrisModels.Create();
        Console.WriteLine(models.Report);
        const int Rounds = 20_000;
        var flowers = models.Flowers;
        double sum = 0;
        for (int r = 0; r < 2_000; r++)
        {
            for (int i = 0; i < flowers.Length; i++) sum += models.Generated.Predict(in flowers[i]).ProbabilitySetosa; // JIT tiering
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (int r = 0; r < Rounds; r++)
        {
            for (int i = 0; i < flowers.Length; i++) sum += models.Generated.Predict(in flowers[i]).ProbabilitySetosa;
        }
        var elapsed = Stopwatch.GetElapsedTime(start);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long predictions = (long)Rounds * flowers.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated Predict: {predictions:N0} predictions, {allocated} bytes allocated in all; roughly {elapsed.TotalNanoseconds / predictions:0} ns each (Stopwatch; the BenchmarkDotNet suites give the real figure). Checksum {sum:G6}."));
        return allocated == 0 ? 0 : 1;
    }
}
