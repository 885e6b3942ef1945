using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.RunLogs;
using Xunit;

namespace ModelDsl.Runtime.Tests.RunLogs;

/// <summary>
/// Our event files as TensorBoard itself reads them. <c>Fixtures/runlog/</c> holds an event file this writer wrote
/// (the scalars below, a clock that ticks 250 ms a call) and what TensorBoard's own reader made of it
/// (<c>tensorboard_read.json</c>, from eng/reference/tensorboard_reference.py: its record reader with both CRC checks,
/// its protobuf classes, and the accumulator the scalars dashboard uses). CI has no Python: the test checks that the
/// writer still writes those bytes, and that what TensorBoard read is what was logged.
/// </summary>
public sealed class TensorBoardFixtureTests
{
    private const string FixtureFile = "events.out.tfevents.1796207405.fixture";

    /// <summary>Steps past one varint byte and past 2^32, a tag of more than 127 bytes, non-ASCII, negatives and a float-rounded value.</summary>
    private static readonly (string Tag, long Step, double Value)[] Scalars =
    {
        ("train/loss", 0, 2.302585092994046),
        ("train/loss", 1, 0.75),
        ("train/batch_loss", 300, 0.1),
        ("validation/accuracy", 2, 0.9),
        ("train/gap", 5_000_000_000, -1.5e-7),
        ("learning_rate", 2, 1e-3),
        ("validation/genauigkeit_ä", 3, 1),
        ("train/" + new string('x', 130), 4, -42.25),
    };

    [Fact]
    public void The_writer_writes_the_event_file_TensorBoard_read()
    {
        var folder = Path.Combine(Path.GetTempPath(), "modeldsl-tbfixture-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            string eventFile;
            using (var log = RunLog.Start(new RunLogOptions(folder, RunLogFormats.TensorBoard), "Fixture", Clock()))
            {
                foreach (var (tag, step, value) in Scalars) log.Scalar(tag, step, value);
                eventFile = log.EventFile!;
            }
            var written = File.ReadAllBytes(eventFile);
            var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "runlog", FixtureFile);
            if (Environment.GetEnvironmentVariable("MODELDSL_ACCEPT_BASELINES") == "1")
            {
                // then rerun eng/reference/tensorboard_reference.py for the JSON
                File.WriteAllBytes(Path.Combine(RepositoryRoot(), "tests", "ModelDsl.Runtime.Tests", "Fixtures", "runlog", FixtureFile), written);
                return;
            }
            Assert.True(File.Exists(fixture), $"{fixture} is missing; write it with MODELDSL_ACCEPT_BASELINES=1");
            Assert.True(written.AsSpan().SequenceEqual(File.ReadAllBytes(fixture)),
                "The event file differs from the one TensorBoard read; if intended, accept it with MODELDSL_ACCEPT_BASELINES=1 and rerun eng/reference/tensorboard_reference.py.");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TensorBoard_read_every_scalar_with_its_step_and_wall_time()
    {
        var read = TestData.Fixture(Path.Combine("runlog", "tensorboard_read.json"));
        Assert.Equal("brain.Event:2", read.GetProperty("file_version").GetString());
        Assert.Equal(Scalars.Length + 1, read.GetProperty("records").GetInt32());

        // the clock's first two calls name the run and stamp the file-version event; each scalar takes the next
        var clock = Clock();
        clock();
        clock();
        var expected = Scalars.Select(s => (s.Tag, s.Step, (double)(float)s.Value, clock().ToUnixTimeMilliseconds() / 1000.0))
            .OrderBy(s => s.Tag, StringComparer.Ordinal).ThenBy(s => s.Step).ToList();
        var actual = new List<(string, long, double, double)>();
        foreach (var tag in read.GetProperty("scalars").EnumerateObject())
        {
            foreach (var point in tag.Value.EnumerateArray())
                actual.Add((tag.Name, point.GetProperty("step").GetInt64(), point.GetProperty("value").GetDouble(), point.GetProperty("wall_time").GetDouble()));
        }
        Assert.Equal(expected, actual.OrderBy(s => s.Item1, StringComparer.Ordinal).ThenBy(s => s.Item2));
    }

    private static Func<DateTimeOffset> Clock()
    {
        var at = new DateTimeOffset(2026, 12, 2, 10, 30, 5, 0, TimeSpan.Zero);
        var calls = 0;
        return () => at.AddMilliseconds(250 * calls++);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ModelDsl.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ModelDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
