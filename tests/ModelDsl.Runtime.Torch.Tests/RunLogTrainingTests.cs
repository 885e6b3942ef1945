using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.RunLogs;
using ModelDsl.Runtime.Tests.RunLogs;
using Xunit;

namespace ModelDsl.Runtime.Torch.Tests;

/// <summary>A network's run log: the epochs' scalars and the batch loss, in files TorchSharp's own TensorBoard writer agrees with.</summary>
public sealed class RunLogTrainingTests
{
    [Fact]
    public void Event_files_decode_like_those_of_TorchSharps_SummaryWriter()
    {
        var folder = TestData.TempDirectory();
        try
        {
            // TorchSharp's writer (a port of PyTorch's) as the reference for what TensorBoard reads
            var reference = Path.Combine(folder, "torchsharp");
            var writer = TorchSharp.torch.utils.tensorboard.SummaryWriter(reference);
            writer.add_scalar("train/loss", 0.75f, 1);
            writer.add_scalar("validation/accuracy", 0.875f, 2);
            // it appends each event to its file as it is added (it has no Dispose)
            string ours;
            using (var log = RunLog.Start(new RunLogOptions(Path.Combine(folder, "ours"), RunLogFormats.TensorBoard), "m"))
            {
                log.Scalar("train/loss", 1, 0.75);
                log.Scalar("validation/accuracy", 2, 0.875);
                ours = log.EventFile!;
            }
            var theirs = EventFileReader.Read(Directory.GetFiles(reference, "events.out.tfevents.*", SearchOption.AllDirectories).Single());
            var mine = EventFileReader.Read(ours);
            Assert.Equal(theirs[0].FileVersion, mine[0].FileVersion);
            Assert.Equal(theirs.Where(e => e.Tag is not null).Select(e => (e.Tag, e.Step, e.Value)), mine.Where(e => e.Tag is not null).Select(e => (e.Tag, e.Step, e.Value)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Training_logs_every_epoch_and_every_nth_batch()
    {
        var folder = TestData.TempDirectory();
        try
        {
            var spec = TestData.IrisSpec();
            var options = new NetworkTrainingOptions { Log = new RunLogOptions(folder) { EveryBatches = 4 } };
            using var model = TrainedNetwork.Train(spec, TestData.IrisNetwork(epochs: 4), () => NetworkModule.Of(new IrisMlp()), TestData.Iris(spec), options);
            var run = Assert.Single(Directory.GetDirectories(folder));
            var events = EventFileReader.Read(Assert.Single(Directory.GetFiles(run, "events.out.tfevents.*")));
            var epochs = model.History.Epochs;

            float[] Values(string tag) => events.Where(e => e.Tag == tag).Select(e => e.Value!.Value).ToArray();
            long[] Steps(string tag) => events.Where(e => e.Tag == tag).Select(e => e.Step).ToArray();
            Assert.Equal(epochs.Select(e => (float)e.TrainLoss), Values("train/loss"));
            Assert.Equal(new long[] { 1, 2, 3, 4 }, Steps("train/loss"));
            Assert.Equal(epochs.Select(e => (float)e.ValidationLoss!.Value), Values("validation/loss"));
            Assert.Equal(epochs.Select(e => (float)e.ValidationAccuracy!.Value), Values("validation/accuracy"));
            Assert.Equal(epochs.Select(e => (float)e.LearningRate), Values("learning_rate"));
            Assert.Equal(4, Values("time/epoch_seconds").Length);
            // the held-out rows' metrics after the last epoch
            Assert.Equal(new[] { (float)model.ClassificationTestReport!.Accuracy }, Values("test/accuracy"));
            Assert.Equal(new long[] { 4 }, Steps("test/log_loss"));

            // 150 rows, 20% held out for testing and 20% of the rest for validation: 96 rows, 6 batches of 16 per epoch;
            // the step counts batches across epochs, and every 4th of them is logged though an epoch has 6
            Assert.Equal(new long[] { 4, 8, 12, 16, 20, 24 }, Steps("train/batch_loss"));
            var csv = File.ReadAllLines(Path.Combine(run, "log.csv"));
            Assert.Equal(events.Count(e => e.Tag is not null) + 1, csv.Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
