using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Benchmarks.Learners;

/// <summary>
/// The managed side of the fit-time comparison: the same algorithms, data, split, warm-up and repeats as
/// sklearn_fit.py, through ModelDsl.Runtime.Learning; then a side-by-side table with scikit-learn's JSON.
/// </summary>
public static class FitBenchmark
{
    private sealed record Outcome(double Value, int? Iterations, bool Converged, double? Objective, int? TotalIterations = null);

    /// <summary>Counts Lloyd iterations over all k-means runs (the trainer reports each one, synchronously).</summary>
    private sealed class IterationCounter : IProgress<FitProgress>
    {
        public int Count { get; private set; }

        public void Report(FitProgress value)
        {
            if (value.Stage.StartsWith("k-means run", StringComparison.Ordinal)) Count++;
        }
    }

    private sealed record Run(string Dataset, string Algorithm, string Metric, Func<Dataset, object> Fit, Func<object, Dataset, Outcome> Evaluate);

    public sealed record Result(string Dataset, string Algorithm, string Metric, double[] TimesSeconds, double MedianSeconds, double Value,
        int? Iterations, bool Converged, double? Objective, double? FirstSeconds, int? TotalIterations = null);

    /// <summary>Standalone: warm-up plus <c>--repeats</c> timed fits per algorithm, then the table (with <c>--sklearn FILE</c>).</summary>
    public static int Execute(string[] args)
    {
        int repeats = int.Parse(Option(args, "--repeats") ?? "5", CultureInfo.InvariantCulture);
        string? sklearn = Option(args, "--sklearn");
        string? json = Option(args, "--json");
        string? markdown = Option(args, "--markdown");
        var only = Option(args, "--only")?.Split(',').ToHashSet();
        var bench = new Bench(args);
        var results = new List<Result>();
        Console.Error.WriteLine($"ModelDsl fit benchmark: {Environment.ProcessorCount} processors, {repeats} timed repeats after warm-ups, load average {LoadAverage()}");
        foreach (var run in bench.Runs.Where(r => only is null || only.Contains($"{r.Dataset}:{r.Algorithm}")))
        {
            // Untimed warm-ups: at least one, then more until 30 fits or 3 s — the tiered JIT needs a few dozen calls to reach
            // its optimised code (sklearn_fit.py and compare.py use the same rule).
            var (first, _) = bench.FitOnce(run);
            double spent = first;
            for (int fits = 1; fits < 30 && spent < 3.0; fits++) spent += bench.FitOnce(run).Seconds;
            var times = new double[repeats];
            object? model = null;
            for (int r = 0; r < repeats; r++) (times[r], model) = bench.FitOnce(run);
            var outcome = run.Evaluate(model!, bench.Data(run.Dataset));
            var median = Median(times);
            results.Add(new Result(run.Dataset, run.Algorithm, run.Metric, times, median, outcome.Value, outcome.Iterations, outcome.Converged, outcome.Objective, first, outcome.TotalIterations));
            Console.Error.WriteLine(Invariant($"{run.Dataset,-15} {run.Algorithm,-12} median {median * 1000,10:0.0} ms  {run.Metric} {outcome.Value:G6}"));
        }
        if (json is not null) File.WriteAllText(json, ToJson(results, repeats));
        var table = Table(results, sklearn is null ? null : ReadSklearn(sklearn));
        Console.WriteLine(table);
        if (markdown is not null) File.WriteAllText(markdown, table);
        return 0;
    }

    /// <summary>The line protocol compare.py drives (the same as <c>sklearn_fit.py --serve</c>):
    /// <c>fit DATASET ALGORITHM [eval]</c> → one JSON line with the seconds (and the evaluation); <c>load DATASET</c>; <c>info</c>; <c>quit</c>.</summary>
    public static int Serve(string[] args)
    {
        var bench = new Bench(args);
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (words[0] == "quit") break;
            var reply = new Dictionary<string, object?>();
            if (words[0] == "load")
            {
                bench.Data(words[1]);
            }
            else if (words[0] == "info")
            {
                reply["tool"] = "ModelDsl";
                reply["runtime"] = Environment.Version.ToString();
                reply["processors"] = Environment.ProcessorCount;
            }
            else
            {
                var run = bench.Runs.Single(r => r.Dataset == words[1] && r.Algorithm == words[2]);
                var (seconds, model) = bench.FitOnce(run);
                reply["seconds"] = seconds;
                if (words.Length > 3 && words[3] == "eval")
                {
                    var o = run.Evaluate(model, bench.Data(run.Dataset));
                    reply["dataset"] = run.Dataset;
                    reply["algorithm"] = run.Algorithm;
                    reply["metric"] = run.Metric;
                    reply["value"] = o.Value;
                    reply["iterations"] = o.Iterations;
                    reply["converged"] = o.Converged;
                    reply["objective"] = o.Objective;
                    reply["total_iterations"] = o.TotalIterations;
                }
            }
            Console.Out.WriteLine(JsonSerializer.Serialize(reply));
            Console.Out.Flush();
        }
        return 0;
    }

    /// <summary><c>table --sklearn FILE --modeldsl FILE [--markdown FILE]</c>: the side-by-side table from two result files.</summary>
    public static int PrintTable(string[] args)
    {
        var sklearn = ReadSklearn(Option(args, "--sklearn") ?? throw new ArgumentException("--sklearn FILE is required"));
        var ours = ReadSklearn(Option(args, "--modeldsl") ?? throw new ArgumentException("--modeldsl FILE is required"));
        var results = ours.Values.Select(e => new Result(
            e.GetProperty("dataset").GetString()!, e.GetProperty("algorithm").GetString()!, e.GetProperty("metric").GetString()!,
            e.GetProperty("times_s").EnumerateArray().Select(t => t.GetDouble()).ToArray(), e.GetProperty("median_s").GetDouble(),
            e.GetProperty("value").GetDouble(),
            e.TryGetProperty("iterations", out var it) && it.ValueKind == JsonValueKind.Number ? it.GetInt32() : null,
            e.GetProperty("converged").GetBoolean(),
            e.TryGetProperty("objective", out var ob) && ob.ValueKind == JsonValueKind.Number ? ob.GetDouble() : null,
            e.TryGetProperty("first_s", out var fs) && fs.ValueKind == JsonValueKind.Number ? fs.GetDouble() : null,
            e.TryGetProperty("total_iterations", out var ti) && ti.ValueKind == JsonValueKind.Number ? ti.GetInt32() : null)).ToList();
        var table = Table(results, sklearn);
        Console.WriteLine(table);
        if (Option(args, "--markdown") is { } markdown) File.WriteAllText(markdown, table);
        return 0;
    }

    private sealed class Bench
    {
        private readonly Dictionary<string, string> _paths;
        private readonly Dictionary<string, Dataset> _loaded = new();

        public Bench(string[] args)
        {
            var learners = Dataset.FindLearnersDirectory();
            string data = Option(args, "--data") ?? Path.Combine(learners, "data");
            _paths = new Dictionary<string, string>
            {
                ["classification"] = Path.Combine(data, "classification.csv"),
                ["regression"] = Path.Combine(data, "regression.csv"),
                ["digits"] = Option(args, "--digits") ?? Dataset.FindDigits(learners),
            };
        }

        public List<Run> Runs { get; } = FitBenchmark.Runs().ToList();

        public Dataset Data(string name)
        {
            if (!_loaded.TryGetValue(name, out var set))
            {
                if (!File.Exists(_paths[name])) throw new FileNotFoundException($"{_paths[name]} is missing: run make_data.py first.");
                _loaded[name] = set = Dataset.Load(name, _paths[name]);
            }
            return set;
        }

        /// <summary>One fit; only the trainer call is inside the clock (a full collection runs before it, outside).</summary>
        public (double Seconds, object Model) FitOnce(Run run)
        {
            var set = Data(run.Dataset);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = Stopwatch.GetTimestamp();
            var model = run.Fit(set);
            return (Stopwatch.GetElapsedTime(start).TotalSeconds, model);
        }
    }

    private static double Median(double[] times)
    {
        var sorted = times.OrderBy(t => t).ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static string ToJson(List<Result> results, int repeats) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["tool"] = "ModelDsl",
        ["runtime"] = Environment.Version.ToString(),
        ["processors"] = Environment.ProcessorCount,
        ["repeats"] = repeats,
        ["load_average"] = LoadAverage(),
        ["results"] = results.Select(r => new Dictionary<string, object?>
        {
            ["dataset"] = r.Dataset, ["algorithm"] = r.Algorithm, ["metric"] = r.Metric, ["times_s"] = r.TimesSeconds,
            ["median_s"] = r.MedianSeconds, ["value"] = r.Value, ["iterations"] = r.Iterations, ["converged"] = r.Converged,
            ["objective"] = r.Objective, ["first_s"] = r.FirstSeconds, ["total_iterations"] = r.TotalIterations,
        }).ToList(),
    }, new JsonSerializerOptions { WriteIndented = true });

    private static IEnumerable<Run> Runs()
    {
        var ols = new LinearRegressionOptions { Penalty = Penalty.None };
        var ridge = new LinearRegressionOptions { Penalty = Penalty.L2, Alpha = 1.0 };
        var lasso = new LinearRegressionOptions { Penalty = Penalty.L1, Alpha = 1.0 };
        var elasticNet = new LinearRegressionOptions { Penalty = Penalty.ElasticNet, Alpha = 1.0, L1Ratio = 0.5 };
        foreach (var (name, options) in new[] { ("ols", ols), ("ridge", ridge), ("lasso", lasso), ("elastic_net", elasticNet) })
        {
            yield return new Run("regression", name, "r2", d => LinearRegressionTrainer.Fit(d.Train, d.TrainTarget, options), (m, d) =>
            {
                var model = (LinearRegressionModel)m;
                var r2 = RegressionMetrics.Compute(d.TestTarget, model.Predict(d.Test)).R2;
                return new Outcome(r2, options.Penalty is Penalty.L1 or Penalty.ElasticNet ? model.Iterations : null, model.Converged, null);
            });
        }
        var logistic = new LogisticRegressionOptions { C = 1.0, Penalty = Penalty.L2, MaxIterations = 1000 };
        foreach (var set in new[] { "classification", "digits" })
        {
            yield return new Run(set, "logistic", "accuracy", d => LogisticRegressionTrainer.Fit(d.Train, d.TrainLabels, d.ClassCount, logistic), (m, d) =>
            {
                var model = (LogisticRegressionModel)m;
                return new Outcome(Accuracy(model, d), model.Iterations, model.Converged, LogisticObjective(model, d, logistic.C));
            });
            yield return new Run(set, "gaussian_nb", "accuracy", d => GaussianNaiveBayesTrainer.Fit(d.Train, d.TrainLabels, d.ClassCount),
                (m, d) => new Outcome(Accuracy((IClassificationModel)m, d), null, true, null));
            yield return new Run(set, "lda", "accuracy", d => LinearDiscriminantTrainer.Fit(d.Train, d.TrainLabels, d.ClassCount),
                (m, d) => new Outcome(Accuracy((IClassificationModel)m, d), null, true, null));
            foreach (var nInit in new[] { 1, 10 })
            {
                var options = new KMeansOptions { ClusterCount = 8, NInit = nInit, Seed = 0 };
                yield return new Run(set, $"kmeans_{nInit}", "inertia", d => KMeansTrainer.Fit(d.Train, options), (m, d) =>
                {
                    var model = (KMeansModel)m;
                    var counter = new IterationCounter(); // an untimed refit, same seed, to count every run's iterations
                    KMeansTrainer.Fit(d.Train, options, counter);
                    return new Outcome(model.Inertia, model.Iterations, model.Iterations < options.MaxIterations, null, counter.Count);
                });
            }
        }
    }

    private static double Accuracy(IClassificationModel model, Dataset d)
    {
        var predicted = model.PredictClasses(d.Test);
        int right = 0;
        for (int i = 0; i < predicted.Length; i++) right += predicted[i] == d.TestLabels[i] ? 1 : 0;
        return (double)right / predicted.Length;
    }

    /// <summary>C · Σ multinomial log-loss + ½‖W‖² on the training rows (intercepts unpenalised), as sklearn_fit.py computes it.</summary>
    private static double LogisticObjective(LogisticRegressionModel model, Dataset d, double c)
    {
        double loss = 0;
        Span<double> p = stackalloc double[model.ClassCount];
        for (int i = 0; i < d.Train.Rows; i++)
        {
            model.PredictProbabilities(d.Train.Row(i), p);
            loss -= Math.Log(p[d.TrainLabels[i]]);
        }
        double norm = 0;
        foreach (var w in model.Coefficients) norm += w * w;
        return c * loss + 0.5 * norm;
    }

    private static Dictionary<(string, string), JsonElement> ReadSklearn(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var map = new Dictionary<(string, string), JsonElement>();
        foreach (var entry in document.RootElement.GetProperty("results").EnumerateArray())
            map[(entry.GetProperty("dataset").GetString()!, entry.GetProperty("algorithm").GetString()!)] = entry.Clone();
        return map;
    }

    /// <summary>
    /// Markdown: the times, the ratio ModelDsl / scikit-learn (target ≤ 1.0), both metrics and whether they are equal
    /// (accuracy and R² within 0.005 — issue 3's tolerances — or better; inertia within 1 % or lower).
    /// </summary>
    private static string Table(List<Result> results, Dictionary<(string, string), JsonElement>? sklearn)
    {
        var s = new StringBuilder();
        s.AppendLine("| data | algorithm | scikit-learn fit (ms) | ModelDsl fit (ms) | ratio | ≤ 1.0× | ratio of fastest runs | metric | scikit-learn | ModelDsl | equal or better |");
        s.AppendLine("|---|---|--:|--:|--:|:-:|--:|---|--:|--:|:-:|");
        foreach (var r in results)
        {
            string skTime = "–", ratio = "–", target = "–", skValue = "–", equal = "–", minRatio = "–";
            if (sklearn is not null && sklearn.TryGetValue((r.Dataset, r.Algorithm), out var e))
            {
                double t = e.GetProperty("median_s").GetDouble();
                double v = e.GetProperty("value").GetDouble();
                skTime = Invariant($"{t * 1000:0.0}");
                ratio = Invariant($"{r.MedianSeconds / t:0.00}×");
                double skMin = e.GetProperty("times_s").EnumerateArray().Min(x => x.GetDouble());
                minRatio = Invariant($"{r.TimesSeconds.Min() / skMin:0.00}×");
                target = r.MedianSeconds <= t ? "met" : "**missed**";
                skValue = Format(r.Metric, v);
                equal = EqualMetric(r.Metric, v, r.Value) ? "yes" : "**no**";
            }
            s.AppendLine(Invariant($"| {r.Dataset} | {r.Algorithm} | {skTime} | {r.MedianSeconds * 1000:0.0} | {ratio} | {target} | {minRatio} | {r.Metric} | {skValue} | {Format(r.Metric, r.Value)} | {equal} |"));
        }
        var iterative = results.Where(r => r.Iterations is not null).ToList();
        if (iterative.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("| data | algorithm | scikit-learn iterations | ModelDsl iterations | scikit-learn converged | ModelDsl converged | scikit-learn objective | ModelDsl objective |");
            s.AppendLine("|---|---|--:|--:|:-:|:-:|--:|--:|");
            foreach (var r in iterative)
            {
                string skIter = "–", skConverged = "–", skObjective = "–";
                if (sklearn is not null && sklearn.TryGetValue((r.Dataset, r.Algorithm), out var e))
                {
                    if (e.TryGetProperty("iterations", out var it)) skIter = it.GetInt32().ToString(CultureInfo.InvariantCulture);
                    skConverged = e.GetProperty("converged").GetBoolean() ? "yes" : "no";
                    if (e.TryGetProperty("objective", out var obj)) skObjective = Invariant($"{obj.GetDouble():G8}");
                }
                s.AppendLine(Invariant($"| {r.Dataset} | {r.Algorithm} | {skIter} | {r.Iterations} | {skConverged} | {(r.Converged ? "yes" : "no")} | {skObjective} | {(r.Objective is { } o ? Invariant($"{o:G8}") : "–")} |"));
            }
        }
        var kmeans = results.Where(r => r.TotalIterations is not null).ToList();
        if (kmeans.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("k-means: Lloyd iterations summed over all initialisations (different random streams give different starting centres), and fit time per iteration.");
            s.AppendLine();
            s.AppendLine("| data | algorithm | scikit-learn iterations | ModelDsl iterations | scikit-learn ms/iteration | ModelDsl ms/iteration | ratio per iteration |");
            s.AppendLine("|---|---|--:|--:|--:|--:|--:|");
            foreach (var r in kmeans)
            {
                string skIter = "–", skPer = "–", ratio = "–";
                double ours = r.MedianSeconds * 1000 / r.TotalIterations!.Value;
                if (sklearn is not null && sklearn.TryGetValue((r.Dataset, r.Algorithm), out var e) && e.TryGetProperty("total_iterations", out var t)
                    && t.ValueKind == JsonValueKind.Number)
                {
                    double per = e.GetProperty("median_s").GetDouble() * 1000 / t.GetInt32();
                    skIter = t.GetInt32().ToString(CultureInfo.InvariantCulture);
                    skPer = Invariant($"{per:0.000}");
                    ratio = Invariant($"{ours / per:0.00}×");
                }
                s.AppendLine(Invariant($"| {r.Dataset} | {r.Algorithm} | {skIter} | {r.TotalIterations} | {skPer} | {ours:0.000} | {ratio} |"));
            }
        }
        if (results.Any(r => r.FirstSeconds is not null))
        {
            s.AppendLine();
            s.AppendLine("First (cold) fit of each algorithm in the process: JIT compilation, tier-0 code and first-call costs included.");
            s.AppendLine();
            s.AppendLine("| data | algorithm | scikit-learn first fit (ms) | ModelDsl first fit (ms) | ratio |");
            s.AppendLine("|---|---|--:|--:|--:|");
            foreach (var r in results.Where(r => r.FirstSeconds is not null))
            {
                string skFirst = "–", ratio = "–";
                if (sklearn is not null && sklearn.TryGetValue((r.Dataset, r.Algorithm), out var e) && e.TryGetProperty("first_s", out var f))
                {
                    skFirst = Invariant($"{f.GetDouble() * 1000:0.0}");
                    ratio = Invariant($"{r.FirstSeconds!.Value / f.GetDouble():0.00}×");
                }
                s.AppendLine(Invariant($"| {r.Dataset} | {r.Algorithm} | {skFirst} | {r.FirstSeconds!.Value * 1000:0.0} | {ratio} |"));
            }
        }
        return s.ToString();
    }

    private static bool EqualMetric(string metric, double sklearn, double ours) => metric switch
    {
        "inertia" => ours <= sklearn * 1.01,
        _ => ours >= sklearn - 0.005,
    };

    private static string Format(string metric, double value) => metric switch
    {
        "inertia" => Invariant($"{value:G7}"),
        _ => Invariant($"{value:0.0000}"),
    };

    internal static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
