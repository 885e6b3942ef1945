using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ModelDsl.Benchmarks.Shared;

/// <summary>One method of an interleaved comparison: a pass over the inputs returning a checksum, and its item count.</summary>
public sealed record InterleavedMethod(string Name, Func<double> Pass, int Items);

/// <summary>
/// An A/B comparison for a shared machine: BenchmarkDotNet runs one method after another, so a change in background load
/// lands on one side. Here every round times one pass per method, in a rotating order, each timed pass after an untimed
/// one over the same inputs (steady state, as BenchmarkDotNet measures; without it a method pays for the caches the
/// method before it in the rotation filled). Reports the median over rounds of the time per item, the fastest round,
/// allocated bytes per item, and the first method's median over each one's.
/// <c>AB_ONLY="a|b"</c> keeps only the methods whose names contain <c>a</c> or <c>b</c> (a quicker A/B of two or three).
/// </summary>
public static class InterleavedRuns
{
    public static int Run(IReadOnlyList<InterleavedMethod> all, int rounds, int warmupRounds = 30)
    {
        var only = Environment.GetEnvironmentVariable("AB_ONLY");
        var methods = only is null ? all.ToArray() : all.Where(m => only.Split('|').Any(o => m.Name.Contains(o, StringComparison.Ordinal))).ToArray();
        double check = 0;
        // JIT tiering: the rounds asked for, and at least eight seconds, since a loaded machine delays the background
        // tier-1 compiles (a short filtered run otherwise times tier-0 code).
        var warmup = Stopwatch.StartNew();
        for (int w = 0; w < warmupRounds || warmup.Elapsed.TotalSeconds < 8; w++) foreach (var method in methods) check += method.Pass();
        var times = methods.Select(_ => new List<double>()).ToArray();
        var bytes = new long[methods.Length];
        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < methods.Length; k++)
            {
                int i = (k + r) % methods.Length;
                check += methods[i].Pass();
                long before = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                check += methods[i].Pass();
                times[i].Add(Stopwatch.GetElapsedTime(start).TotalNanoseconds / methods[i].Items);
                bytes[i] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        double baseline = Median(times[0]);
        Console.WriteLine($"{rounds} interleaved rounds; load average {string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        Console.WriteLine($"| method | median per item | fastest round | allocated per item | {methods[0].Name} / this |");
        Console.WriteLine("|---|--:|--:|--:|--:|");
        for (int i = 0; i < methods.Length; i++)
        {
            double median = Median(times[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {methods[i].Name} | {median:N1} ns | {times[i].Min():N1} ns | {(double)bytes[i] / rounds / methods[i].Items:0} B | {baseline / median:0.0}× |"));
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
