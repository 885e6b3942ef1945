using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Benchmarks.Forests;

/// <summary>
/// <c>ab [ROUNDS]</c>: the prediction comparison interleaved, for a shared machine (BenchmarkDotNet runs one method after
/// another, so a change in background load lands on one side). Each round times one pass over the 1,000 rows per method,
/// in a rotating order, each timed pass after an untimed one over the same rows (steady state, as BenchmarkDotNet measures);
/// the median over rounds of the time per row is reported, with allocated bytes per row.
/// </summary>
public static class Interleaved
{
    public static int Execute(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 101;
        var m = ForestModels.Load();
        var full = (TreeClassifierModel)m.Full.Trained.Algorithm;
        var small = (TreeClassifierModel)m.Small.Trained.Algorithm;
        var p = new double[2];
        var output = new MlOutput();
        var methods = new (string Name, Func<double> Run)[]
        {
            ("ML.NET FastForest 20 leaves, engine.Predict(row)", () => { double s = 0; foreach (var r in m.MlRows) s += m.FastForest20.Predict(r).Score; return s; }),
            ("ML.NET FastForest 20 leaves, engine.Predict(row, ref output)", () => { double s = 0; foreach (var r in m.MlRows) { m.FastForest20.Predict(r, ref output); s += output.Score; } return s; }),
            ("ML.NET FastForest 32 leaves, engine.Predict(row)", () => { double s = 0; foreach (var r in m.MlRows) s += m.FastForest32.Predict(r).Score; return s; }),
            ("ModelDsl SmallForest (depth 5), generated Predict", () => { double s = 0; foreach (ref readonly var r in m.Rows.AsSpan()) s += m.Small.Predict(in r).Probability1; return s; }),
            ("ModelDsl SmallForest (depth 5), TrainedClassifier.PredictProbabilities (extracted rows)", () => { double s = 0; foreach (var f in m.Features) { m.Small.Trained.PredictProbabilities(f, default, p); s += p[1]; } return s; }),
            ("ModelDsl SmallForest (depth 5), runtime PredictProbabilities", () => { double s = 0; foreach (var f in m.Features) { small.PredictProbabilities(f, p); s += p[1]; } return s; }),
            ("ModelDsl FullForest (unlimited), generated Predict", () => { double s = 0; foreach (ref readonly var r in m.Rows.AsSpan()) s += m.Full.Predict(in r).Probability1; return s; }),
            ("ModelDsl FullForest (unlimited), runtime PredictProbabilities", () => { double s = 0; foreach (var f in m.Features) { full.PredictProbabilities(f, p); s += p[1]; } return s; }),
        };
        // AB_ONLY="a|b": only the methods whose names contain one of these (a quicker A/B of two or three).
        var only = Environment.GetEnvironmentVariable("AB_ONLY");
        if (only is not null) methods = methods.Where(x => only.Split('|').Any(o => x.Name.Contains(o, StringComparison.Ordinal))).ToArray();
        double check = 0;
        for (int w = 0; w < 30; w++) foreach (var method in methods) check += method.Run(); // JIT tiering
        var times = methods.Select(_ => new List<double>()).ToArray();
        var bytes = new long[methods.Length];
        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < methods.Length; k++)
            {
                int i = (k + r) % methods.Length;
                // One untimed pass first: otherwise a method pays for the caches the method before it filled (the rotation puts
                // the generated Predict after the 32-leaf FastForest, which cost it ~130 ns per row), not for its own work.
                check += methods[i].Run();
                long before = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                check += methods[i].Run();
                times[i].Add(Stopwatch.GetElapsedTime(start).TotalNanoseconds / m.Rows.Length);
                bytes[i] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        double baseline = Median(times[0]);
        Console.WriteLine($"{rounds} interleaved rounds of {m.Rows.Length} rows per method; load average {string.Join(" / ", System.IO.File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        Console.WriteLine("| method | median per row | fastest round | allocated per row | ML.NET engine.Predict / this |");
        Console.WriteLine("|---|--:|--:|--:|--:|");
        for (int i = 0; i < methods.Length; i++)
        {
            double median = Median(times[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {methods[i].Name} | {median:N0} ns | {times[i].Min():N0} ns | {(double)bytes[i] / rounds / m.Rows.Length:0} B | {baseline / median:0.0}× |"));
        }
        Console.WriteLine($"(checksum {check:G6})");
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
