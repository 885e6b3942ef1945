using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.Models;
using ModelDsl.Runtime.RunLogs;
using Xunit;

namespace ModelDsl.Runtime.Tests.RunLogs;

/// <summary>Run logs: TensorBoard event files a reader can decode, the CSV beside them, a folder per run, and classical learners' iterations.</summary>
public sealed class RunLogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "modeldsl-runlog-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Crc32C_matches_the_standard_check_value()
    {
        // RFC 3720 / the CRC catalogue's check value of CRC-32C for "123456789"
        Assert.Equal(0xE3069283u, TensorBoardEventFile.Crc32C(Encoding.ASCII.GetBytes("123456789")));
        Assert.Equal(0u, TensorBoardEventFile.Crc32C(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Scalars_go_to_an_event_file_and_a_csv_in_a_folder_of_the_run()
    {
        var clock = new DateTimeOffset(2026, 12, 2, 10, 30, 5, 250, TimeSpan.Zero);
        string eventFile, csvFile;
        using (var log = RunLog.Start(new RunLogOptions(_folder), "Iris Net", () => clock))
        {
            Assert.Equal(Path.Combine(_folder, "Iris_Net-20261202-103005"), log.RunDirectory);
            log.Scalar("train/loss", 1, 0.75);
            log.Scalar("train/loss", 2, 0.5);
            log.Scalar("validation/accuracy", 2, 0.9);
            log.Flush();
            eventFile = log.EventFile!;
            csvFile = log.CsvFile!;
        }
        Assert.StartsWith("events.out.tfevents.1796207405.", Path.GetFileName(eventFile));

        var events = EventFileReader.Read(eventFile);
        Assert.Equal("brain.Event:2", events[0].FileVersion);
        Assert.Null(events[0].Tag);
        Assert.Equal(new (string?, long, float?)[] { ("train/loss", 1, 0.75f), ("train/loss", 2, 0.5f), ("validation/accuracy", 2, 0.9f) },
            events.Skip(1).Select(e => (e.Tag, e.Step, e.Value)));
        Assert.All(events, e => Assert.Equal(clock.ToUnixTimeMilliseconds() / 1000.0, e.WallTime));

        Assert.Equal(new[]
        {
            "wall_time,step,tag,value",
            "1796207405.250,1,train/loss,0.75",
            "1796207405.250,2,train/loss,0.5",
            "1796207405.250,2,validation/accuracy,0.9",
        }, File.ReadAllLines(csvFile));
    }

    [Fact]
    public void Two_runs_in_the_same_second_get_folders_of_their_own_and_formats_can_be_chosen()
    {
        var clock = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var first = RunLog.Start(new RunLogOptions(_folder, RunLogFormats.Csv), "m", () => clock);
        using var second = RunLog.Start(new RunLogOptions(_folder, RunLogFormats.TensorBoard), "m", () => clock);
        Assert.NotEqual(first.RunDirectory, second.RunDirectory);
        Assert.EndsWith("-2", second.RunDirectory);
        Assert.Null(first.EventFile);
        Assert.Null(second.CsvFile);
        Assert.Equal(new[] { "log.csv" }, Directory.GetFiles(first.RunDirectory).Select(Path.GetFileName));
        Assert.Single(Directory.GetFiles(second.RunDirectory, "events.out.tfevents.*"));
    }

    [Fact]
    public void Invalid_options_are_refused_before_anything_is_created()
    {
        Assert.Throws<ArgumentException>(() => RunLog.Start(new RunLogOptions(" "), "m"));
        Assert.Throws<ArgumentException>(() => RunLog.Start(new RunLogOptions(_folder, RunLogFormats.None), "m"));
        Assert.Throws<ArgumentOutOfRangeException>(() => RunLog.Start(new RunLogOptions(_folder) { EveryBatches = -1 }, "m"));
        Assert.False(Directory.Exists(_folder));
    }

    [Theory]
    [InlineData("train loss", "train/loss")]
    [InlineData("validation accuracy", "validation/accuracy")]
    [InlineData("inertia", "train/inertia")]
    [InlineData("max change", "train/max_change")]
    public void Series_names_become_tensorboard_tags(string series, string tag) => Assert.Equal(tag, RunLog.TagOf(series));

    private static readonly string[] s_species = ["setosa", "versicolor", "virginica"];

    /// <summary>Iris by logistic regression, 20% held out, with a declared run log or none.</summary>
    private static ModelSpec IrisSpec(RunLogOptions? declaredLog = null)
    {
        var features = TestData.Csv("iris.csv").Header[..4].Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0)).ToArray();
        return new ModelSpec("Iris", LearningTask.Classifier, "logistic_regression", new[] { ("c", "1.0"), ("penalty", "l2"), ("max_iter", "200"), ("tol", "1e-8"), ("fit_intercept", "true"), ("class_weight", "none") }.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)).ToArray(),
            features, 1, false, true, 1, s_species, 0.2, true, 42, 0, [], "hash", "species") { Log = declaredLog };
    }

    private static TrainingData Iris(ModelSpec spec)
    {
        var rows = TestData.Csv("iris.csv").Rows.Select(r => r[..4].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Append(Array.IndexOf(s_species, r[4])).ToArray()).ToArray();
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 4).CopyTo(n), (in double[] row) => row[4]);
        return TrainingData.Collect(spec, rows, reader);
    }

    [Fact]
    public void A_declared_log_is_written_unless_the_options_give_another_and_cross_validation_folds_write_none()
    {
        string declared = Path.Combine(_folder, "declared"), given = Path.Combine(_folder, "given");
        var spec = IrisSpec(new RunLogOptions(declared, RunLogFormats.Csv));
        TrainedClassifier.Train(spec, Iris(spec));
        Assert.Single(Directory.GetDirectories(declared, "Iris-*"));

        TrainedClassifier.Train(spec, Iris(spec), new TrainingOptions { Log = new RunLogOptions(given, RunLogFormats.Csv) });
        Assert.Single(Directory.GetDirectories(declared));
        Assert.Single(Directory.GetDirectories(given));

        TrainedClassifier.CrossValidate(spec, Iris(spec), 3);
        Assert.Single(Directory.GetDirectories(declared));
    }

    [Fact]
    public void A_classical_learner_logs_every_iteration_it_records()
    {
        var spec = IrisSpec();
        var model = TrainedClassifier.Train(spec, Iris(spec), new TrainingOptions { Log = new RunLogOptions(_folder) });

        var run = Assert.Single(Directory.GetDirectories(_folder));
        Assert.StartsWith("Iris-", Path.GetFileName(run));
        var events = EventFileReader.Read(Assert.Single(Directory.GetFiles(run, "events.out.tfevents.*"))).Skip(1).ToList();
        var loss = model.Curves.Series[0];
        Assert.True(loss.Values.Count > 5);
        var logged = events.Where(e => e.Tag == RunLog.TagOf(loss.Name)).ToList();
        Assert.Equal(loss.Steps.Select(s => (long)s), logged.Select(e => e.Step));
        Assert.Equal(loss.Values.Select(v => (float)v), logged.Select(e => e.Value!.Value));
        // the CSV keeps the doubles exactly
        var csv = File.ReadAllLines(Path.Combine(run, "log.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(loss.Values, csv.Where(c => c[2] == RunLog.TagOf(loss.Name)).Select(c => double.Parse(c[3], CultureInfo.InvariantCulture)));

        // then the held-out metrics, at the curves' last step
        var test = model.TestReport!;
        var metrics = events.Where(e => e.Tag!.StartsWith("test/", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "test/accuracy", "test/macro_f1", "test/log_loss" }, metrics.Select(e => e.Tag));
        Assert.Equal(new[] { (float)test.Accuracy, (float)test.MacroF1, (float)test.LogLoss }, metrics.Select(e => e.Value!.Value));
        Assert.All(metrics, e => Assert.Equal((long)loss.Steps[^1], e.Step));
        Assert.Equal(test.Accuracy, double.Parse(csv.Single(c => c[2] == "test/accuracy")[3], CultureInfo.InvariantCulture));
    }
}
