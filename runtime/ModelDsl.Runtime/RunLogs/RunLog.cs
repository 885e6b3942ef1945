using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Runtime.RunLogs;

/// <summary>
/// One training run's log: the scalars it is given, written as they come to a TensorBoard event file and/or a CSV
/// file in a folder of the run's own (<see cref="RunLogOptions"/>). Tags follow TensorBoard's habit of
/// <c>group/name</c>: <c>train/loss</c>, <c>validation/accuracy</c>, <c>learning_rate</c>, <c>train/inertia</c>.
/// </summary>
public sealed class RunLog : IDisposable
{
    private readonly TensorBoardEventFile? _events;
    private readonly StreamWriter? _csv;
    private readonly Func<DateTimeOffset> _clock;

    private RunLog(string directory, RunLogFormats formats, Func<DateTimeOffset> clock)
    {
        RunDirectory = directory;
        _clock = clock;
        var now = clock();
        if ((formats & RunLogFormats.TensorBoard) != 0) _events = new TensorBoardEventFile(directory, now);
        if ((formats & RunLogFormats.Csv) != 0)
        {
            _csv = new StreamWriter(new FileStream(Path.Combine(directory, "log.csv"), FileMode.CreateNew, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
            _csv.WriteLine("wall_time,step,tag,value");
            _csv.Flush();
        }
    }

    /// <summary>The run's own folder.</summary>
    public string RunDirectory { get; }

    /// <summary>The event file, or null when TensorBoard is not among the formats.</summary>
    public string? EventFile => _events?.Path;

    /// <summary>The CSV file, or null when CSV is not among the formats.</summary>
    public string? CsvFile => _csv is null ? null : Path.Combine(RunDirectory, "log.csv");

    /// <summary>
    /// Starts the log of a run of <paramref name="modelName"/>: creates <c>&lt;directory&gt;/&lt;model&gt;-&lt;UTC time&gt;</c>
    /// (with <c>-2</c>, <c>-3</c>, … when a run of the same second exists) and its files.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    /// <exception cref="IOException">The folder or its files cannot be created.</exception>
    public static RunLog Start(RunLogOptions options, string modelName, Func<DateTimeOffset>? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        clock ??= () => DateTimeOffset.UtcNow;
        var stamp = clock().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = SafeName(modelName) + "-" + stamp;
        Directory.CreateDirectory(options.Directory);
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(options.Directory, n == 1 ? name : $"{name}-{n}");
            if (Directory.Exists(path)) continue;
            Directory.CreateDirectory(path);
            return new RunLog(path, options.Formats, clock);
        }
    }

    /// <summary>Logs a scalar at a step (an iteration, a batch or an epoch, as the tag says).</summary>
    public void Scalar(string tag, long step, double value)
    {
        var at = _clock();
        _events?.Scalar(tag, step, value, at);
        _csv?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{at.ToUnixTimeMilliseconds() / 1000.0:0.000},{step},{Quoted(tag)},{value:R}"));
    }

    /// <summary>Makes everything logged so far visible to readers (called after each epoch, so TensorBoard follows a live run).</summary>
    public void Flush()
    {
        _events?.Flush();
        _csv?.Flush();
    }

    /// <summary>
    /// Logs a finished run's curves (classical learners record theirs per iteration, sweep or tree): each series as
    /// <c>train/&lt;name&gt;</c> over its steps; series named "validation …" as <c>validation/…</c>.
    /// </summary>
    public void Curves(TrainingCurves curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        foreach (var series in curves.Series)
        {
            var tag = TagOf(series.Name);
            for (var i = 0; i < series.Values.Count; i++) Scalar(tag, (long)series.Steps[i], series.Values[i]);
        }
        Flush();
    }

    /// <summary>
    /// Logs a finished run's held-out metrics as <c>test/&lt;metric&gt;</c> (<c>test/accuracy</c>, <c>test/r2</c>), at
    /// <paramref name="step"/> so they sit at the end of the curves; the row count and a quantile regressor's quantile,
    /// which describe the test rather than score it, are left out.
    /// </summary>
    public void TestMetrics(IReadOnlyList<(string Name, double Value)> metrics, long step)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var (name, value) in metrics)
            if (name is not ("rows" or "quantile")) Scalar("test/" + name, step, value);
        Flush();
    }

    /// <summary>
    /// Writes the log of a finished run of a model trained without a loop of ours (classical learners, forecasters):
    /// its curves, then its held-out metrics at the curves' last step.
    /// </summary>
    /// <returns>The run's folder.</returns>
    public static string WriteRun(RunLogOptions options, ITrainedModelCore model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var log = Start(options, model.Spec.Name);
        log.Curves(model.Curves);
        var last = model.Curves.Series.Where(s => s.Steps.Count > 0).Select(s => (long)s.Steps[^1]).DefaultIfEmpty(0).Max();
        log.TestMetrics(model.TestMetrics, last);
        return log.RunDirectory;
    }

    /// <summary>"train loss" → <c>train/loss</c>, "validation accuracy" → <c>validation/accuracy</c>, "inertia" → <c>train/inertia</c>.</summary>
    public static string TagOf(string seriesName)
    {
        var name = seriesName.Trim().Replace(' ', '_');
        foreach (var group in new[] { "train_", "validation_" })
            if (name.StartsWith(group, StringComparison.Ordinal)) return group[..^1] + "/" + name[group.Length..];
        return "train/" + name;
    }

    /// <summary>Closes the files (what was logged stays).</summary>
    public void Dispose()
    {
        _events?.Dispose();
        _csv?.Dispose();
    }

    private static string Quoted(string tag) => tag.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? tag : "\"" + tag.Replace("\"", "\"\"") + "\"";

    private static string SafeName(string name)
    {
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        return safe.Length == 0 ? "run" : safe;
    }
}
