using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ModelDsl.Runtime.Models;
using Spectre.Console;

namespace ModelDsl.Cli;

/// <summary>
/// How <c>modeldsl train</c> shows a run: on a terminal a live progress bar (the stage and step with its loss and
/// metric, a bar, the percentage and the time left); with output redirected, plain lines a log can keep — every
/// stage, and a step at most every <c>--every</c> seconds plus the last one.
/// </summary>
internal static class TrainingDisplay
{
    public static ITrainedModel Train(IModelCommands model, string data, TrainingOverrides overrides, TimeSpan every)
    {
        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            var log = new PlainLog(model.ModelName, every, Console.Out);
            var result = model.Train(data, overrides, log);
            log.Finish();
            return result;
        }

        ITrainedModel? trained = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new DescriptionColumn(), new ProgressBarColumn { Width = 24 }, new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(model.ModelName), maxValue: 100);
                trained = model.Train(data, overrides, new Callback(p =>
                {
                    task.Value = Math.Clamp(p.Fraction, 0, 1) * 100;
                    task.Description = Markup.Escape($"{model.ModelName}: {Describe(p)}");
                }));
                task.Value = 100;
            });
        return trained!;
    }

    /// <summary>The run folders in a log directory (none when it does not exist yet).</summary>
    public static HashSet<string> RunFolders(string directory) =>
        Directory.Exists(directory) ? Directory.EnumerateDirectories(directory).Select(d => Path.GetFileName(d)).ToHashSet(StringComparer.Ordinal) : new(StringComparer.Ordinal);

    /// <summary>Where the run log went: the folder training added to the log directory.</summary>
    public static void RunLogLine(string directory, HashSet<string> before)
    {
        foreach (var run in RunFolders(directory).Except(before).Order(StringComparer.Ordinal))
            Console.WriteLine($"Run log in {Path.Combine(directory, run)} (open it with: tensorboard --logdir {directory})");
    }

    /// <summary>The closing line: rows, time, the final step of the curves, the file.</summary>
    public static void Summary(string name, ITrainedModelCore core, string path)
    {
        var summary = core.Summary;
        var curves = core.Curves;
        var final = "";
        if (!curves.IsEmpty && curves.Series[0].Values.Count > 0)
        {
            var first = curves.Series[0];
            var steps = first.Steps[^1];
            final = string.Create(CultureInfo.InvariantCulture, $" ({steps:0} {curves.StepName}{(steps == 1 ? "" : "s")}, final {first.Name} {first.Values[^1]:G6})");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Trained {name} on {summary.TrainingRows:N0} rows in {summary.Elapsed.TotalSeconds:F2} s{final}; saved to {path}."));
        if (core is ModelDsl.Runtime.Torch.TrainedNetwork network && EarlyStopping(network.History.StoppedEarly, network.History.Epochs.Count > 0 ? network.History.Epochs[^1].Epoch : 0, network.WeightsEpoch) is { } stopped)
            Console.WriteLine(char.ToUpperInvariant(stopped[0]) + stopped[1..] + ".");
    }

    /// <summary>"stopped early at epoch 30, weights of epoch 5 kept" from a network's model file; null when it ran every epoch.</summary>
    public static string? EarlyStopping(ModelDsl.Runtime.ModelFiles.ModelFileContent content)
    {
        if (!content.Sections.Any(s => s.Name == "network.best")) return null;
        var best = content.Ints("network.best");
        var curves = TrainingCurves.ReadFrom(content);
        var last = curves.IsEmpty || curves.Series[0].Steps.Count == 0 ? 0 : (int)curves.Series[0].Steps[^1];
        var kept = content.Sections.Any(s => s.Name == "network.kept") ? content.Ints("network.kept")[0] : last;
        return EarlyStopping(best.Length >= 2 && best[1] == 1, last, kept);
    }

    private static string? EarlyStopping(bool stoppedEarly, int lastEpoch, int keptEpoch) =>
        stoppedEarly ? string.Create(CultureInfo.InvariantCulture, $"stopped early at epoch {lastEpoch}, weights of epoch {keptEpoch} kept") : null;

    /// <summary>"fitting lasso: sweep 12/1000, objective 2461.2, max change 0.0031".</summary>
    internal static string Describe(TrainingProgress p)
    {
        var text = new StringBuilder(p.Stage);
        var inv = CultureInfo.InvariantCulture;
        if (p.Step is { } step)
        {
            text.Append(": ").Append(p.StepName ?? "step").Append(' ').Append(step.ToString(inv));
            if (p.Steps is { } steps) text.Append('/').Append(steps.ToString(inv));
        }
        if (p.Loss is { } loss) text.Append(", ").Append(p.LossName ?? "loss").Append(' ').Append(loss.ToString("G6", inv));
        if (p.Metric is { } metric) text.Append(", ").Append(p.MetricName ?? "metric").Append(' ').Append(metric.ToString("G4", inv));
        return text.ToString();
    }

    /// <summary>The task's description, wrapped onto more lines when the terminal is narrow (the stock column cuts it to "…").</summary>
    private sealed class DescriptionColumn : ProgressColumn
    {
        protected override bool NoWrap => false;

        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Markup(task.Description).Overflow(Overflow.Fold);
    }

    private sealed class Callback(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }

    /// <summary>Plain lines: "[ 42%] Name: stage: step 12/200, loss 0.41 (0.52 s, about 0.71 s left)".</summary>
    private sealed class PlainLog(string name, TimeSpan every, TextWriter output) : IProgress<TrainingProgress>
    {
        private readonly object _gate = new();
        private string? _stage;
        private long _lastStep;
        private bool _anyStep;
        private TrainingProgress? _held;

        public void Report(TrainingProgress value)
        {
            lock (_gate)
            {
                var now = Stopwatch.GetTimestamp();
                var newStage = value.Stage != _stage;
                if (newStage && _held is { } last) Write(last); // the last step of the stage before
                _held = null;
                _stage = value.Stage;
                var due = value.Step is null || newStage || !_anyStep || Stopwatch.GetElapsedTime(_lastStep, now) >= every
                          || (value.Steps is { } steps && value.Step >= steps);
                if (!due)
                {
                    _held = value;
                    return;
                }
                if (value.Step is not null)
                {
                    _anyStep = true;
                    _lastStep = now;
                }
                _held = null;
                Write(value);
            }
        }

        /// <summary>Writes the last step if it was held back.</summary>
        public void Finish()
        {
            lock (_gate)
            {
                if (_held is { } held) Write(held);
                _held = null;
                output.Flush();
            }
        }

        private void Write(TrainingProgress p)
        {
            var inv = CultureInfo.InvariantCulture;
            var fraction = Math.Clamp(p.Fraction, 0, 1);
            var left = fraction is > 0.1 and < 1 ? string.Create(inv, $", about {p.Elapsed.TotalSeconds * (1 - fraction) / fraction:F2} s left") : "";
            output.WriteLine(string.Create(inv, $"[{fraction * 100,3:F0}%] {name}: {Describe(p)} ({p.Elapsed.TotalSeconds:F2} s{left})"));
        }
    }
}
