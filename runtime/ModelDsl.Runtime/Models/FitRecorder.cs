using System;
using System.Collections.Generic;
using System.Diagnostics;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// Between a trainer's per-iteration <see cref="FitProgress"/> and a training run: records every iteration's
/// objective and metric into <see cref="TrainingCurves"/> (per restart; thinned to at most
/// <see cref="MaxPoints"/> points, deterministically), and forwards them to the caller's
/// <see cref="IProgress{T}"/> of <see cref="TrainingProgress"/> at most every <see cref="Interval"/> (always the
/// first and last of each restart, the last planned and, by <see cref="Flush"/>, the last one). Trainers report one at a time.
/// </summary>
internal sealed class FitRecorder : IProgress<FitProgress>
{
    /// <summary>The shortest time between two forwarded reports.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>The most points a series keeps: beyond it every other point goes, and then only every second iteration is kept.</summary>
    public const int MaxPoints = 2048;

    private static readonly long IntervalTicks = (long)(Interval.TotalSeconds * Stopwatch.Frequency);

    private readonly IProgress<TrainingProgress>? _outer;
    private readonly long _start;
    private readonly string _stage;
    private readonly double _from;
    private readonly double _to;
    private readonly Dictionary<int, Run> _runs = new();
    private long _lastForwarded;
    private bool _forwardedAny;
    private FitProgress _last;
    private bool _pending;
    private string? _stepName;

    public FitRecorder(IProgress<TrainingProgress>? outer, long start, string stage, double from, double to)
    {
        _outer = outer;
        _start = start;
        _stage = stage;
        _from = from;
        _to = to;
    }

    public void Report(FitProgress value)
    {
        _stepName ??= value.StepName;
        Record(value);
        if (_outer is null) return;
        var now = Stopwatch.GetTimestamp();
        // A new restart: the previous one's last iteration first, then this one's first, whatever the time.
        var newRun = _forwardedAny && value.Run != _last.Run;
        if (newRun && _pending) Forward(_last, now);
        _last = value;
        _pending = true;
        var final = value.MaxIterations is { } max && value.Iteration >= max && value.Run == value.Runs;
        if (!_forwardedAny || newRun || final || now - _lastForwarded >= IntervalTicks) Forward(value, now);
    }

    /// <summary>Forwards the last report if it was held back: the caller always sees the final step.</summary>
    public void Flush()
    {
        if (_outer is not null && _pending) Forward(_last, Stopwatch.GetTimestamp());
    }

    /// <summary>The curves of restart <paramref name="run"/> (1-based; 0: the last one recorded), empty when nothing was recorded.</summary>
    public TrainingCurves Curves(int run = 0)
    {
        if (_runs.Count == 0) return TrainingCurves.Empty;
        if (!_runs.TryGetValue(run, out var chosen))
        {
            var lastKey = int.MinValue;
            foreach (var key in _runs.Keys) lastKey = Math.Max(lastKey, key);
            chosen = _runs[lastKey];
        }
        var (steps, objectives, metrics) = chosen.Points();
        var series = new List<TrainingSeries> { new(chosen.ObjectiveName, steps, objectives) };
        if (chosen.MetricName is not null) series.Add(new TrainingSeries(chosen.MetricName, steps, metrics));
        return new TrainingCurves(_stepName ?? "iteration", series);
    }

    private void Record(FitProgress value)
    {
        if (!double.IsFinite(value.Objective)) return; // trees: nothing to draw
        if (!_runs.TryGetValue(value.Run, out var run))
        {
            run = new Run(value.ObjectiveName ?? "objective", value.MetricName);
            _runs.Add(value.Run, run);
        }
        run.Add(value.Iteration, value.Objective, value.Metric);
    }

    private void Forward(FitProgress value, long now)
    {
        _lastForwarded = now;
        _forwardedAny = true;
        _pending = false;
        var fraction = _from;
        if (value.MaxIterations is > 0 and var max)
        {
            var local = Math.Min(1.0, value.Iteration / (double)max);
            if (value.Runs > 0) local = (Math.Max(0, value.Run - 1) + local) / value.Runs;
            fraction = _from + (_to - _from) * local;
        }
        else if (value.Runs > 0)
        {
            fraction = _from + (_to - _from) * Math.Max(0, value.Run - 1) / value.Runs;
        }
        var stage = value.Runs > 1 ? $"{_stage}, restart {value.Run} of {value.Runs}" : _stage;
        _outer!.Report(new TrainingProgress(stage, fraction, Stopwatch.GetElapsedTime(_start, now))
        {
            Step = value.Iteration,
            Steps = value.MaxIterations,
            StepName = value.StepName ?? "iteration",
            Loss = double.IsFinite(value.Objective) ? value.Objective : null,
            LossName = double.IsFinite(value.Objective) ? value.ObjectiveName ?? "objective" : null,
            Metric = value.MetricName is not null && !double.IsNaN(value.Metric) ? value.Metric : null,
            MetricName = value.MetricName,
        });
    }

    /// <summary>One restart's series, thinned as it grows.</summary>
    private sealed class Run(string objectiveName, string? metricName)
    {
        private int _stride = 1;
        private int _seen;

        public string ObjectiveName { get; } = objectiveName;

        public string? MetricName { get; } = metricName;

        public List<double> Steps { get; } = new();

        public List<double> Objectives { get; } = new();

        public List<double> Metrics { get; } = new();

        private (int Step, double Objective, double Metric) _last;

        /// <summary>The kept points, and always the last one.</summary>
        public (double[] Steps, double[] Objectives, double[] Metrics) Points()
        {
            if (Steps.Count > 0 && Steps[^1] == _last.Step) return (Steps.ToArray(), Objectives.ToArray(), Metrics.ToArray());
            return ([.. Steps, _last.Step], [.. Objectives, _last.Objective], [.. Metrics, _last.Metric]);
        }

        public void Add(int step, double objective, double metric)
        {
            _last = (step, objective, metric);
            if (_seen++ % _stride != 0) return;
            Steps.Add(step);
            Objectives.Add(objective);
            Metrics.Add(metric);
            if (Steps.Count < MaxPoints) return;
            Thin(Steps);
            Thin(Objectives);
            Thin(Metrics);
            _stride *= 2;
        }

        private static void Thin(List<double> values)
        {
            var kept = 0;
            for (var i = 0; i < values.Count; i += 2) values[kept++] = values[i];
            values.RemoveRange(kept, values.Count - kept);
        }
    }
}
