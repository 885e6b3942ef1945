using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using ModelDsl.Benchmarks.Networks;
using ModelDsl.Runtime.Torch;
using TorchSharp;
using static TorchSharp.torch;

// Fashion-MNIST MLP 784-512-10 (Adam lr 0.001, batch 64, cross-entropy), three ways; ../run.sh drives it:
//
//   order <epochs> <file>             writes the batch order of every epoch (int32 row indices, epoch after epoch),
//                                     computed exactly as ModelDsl.Runtime.Torch shuffles (see BatchOrder); the
//                                     hand-written loop and ../pytorch_fashion.py read it, so all sides see the same batches
//   generated <epochs> <order-file>   FashionMlp.Train(rows, options): the generated model through the runtime
//   handwritten <epochs> <order-file> a hand-written TorchSharp module and training loop (TorchSharp MNIST example style)
//   ab <epochs> <order-file>          both in one process, epoch by epoch: FashionMlp.Train runs, and after each of its
//                                     epochs its progress callback runs the same epoch of the hand-written loop; the
//                                     generated epoch's time excludes the callback. The steadiest comparison on a busy machine.
//
// Each training run prints one JSON line: seconds, training loss, live tensors and working set per epoch, test accuracy.
// Environment: FASHION_MNIST (folder of the idx files, default /usr/share/datasets/fashion-mnist), THREADS (default 2).
var mode = args.Length > 0 ? args[0] : "";
var epochs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : FashionMlp.Network.Epochs;
var orderFile = args.Length > 2 ? args[2] : "results/order.bin";
var dataDir = Environment.GetEnvironmentVariable("FASHION_MNIST") ?? "/usr/share/datasets/fashion-mnist";
var threads = int.Parse(Environment.GetEnvironmentVariable("THREADS") ?? "2", CultureInfo.InvariantCulture);

switch (mode)
{
    case "order":
    {
        var rows = Idx.Read(Path.Combine(dataDir, "train-labels-idx1-ubyte.gz")).Count;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(orderFile))!);
        using var writer = new BinaryWriter(File.Create(orderFile));
        for (var epoch = 1; epoch <= epochs; epoch++)
            foreach (var i in BatchOrder.Of(FashionMlp.Network.Seed, epoch, rows)) writer.Write((int)i);
        Console.WriteLine($"wrote the batch order of {epochs} epochs × {rows} rows to {orderFile}");
        return 0;
    }
    case "generated":
    case "handwritten":
    case "ab":
    {
        torch.set_num_threads(threads);
        if (mode == "generated")
        {
            // The data as a user of the generated model holds it: rows of the generated schema read from the files,
            // with no pixel arrays beside them (the hand-written side's form is the arrays, from which it builds its tensor).
            var rows = Fashion.LoadRows(dataDir, "train");
            var testRows = Fashion.LoadRows(dataDir, "t10k");
            if (Environment.GetEnvironmentVariable("COLLECT_AFTER_LOAD") == "1") GC.Collect();
            var generatedRun = Runs.Generated(rows, testRows, epochs, BatchOrder.Read(orderFile, epochs, rows.Count));
            generatedRun.Threads = torch.get_num_threads();
            generatedRun.PeakWorkingSetMB = Memory.PeakWorkingSetMB();
            Console.WriteLine(JsonSerializer.Serialize(generatedRun));
            return 0;
        }
        var train = Fashion.Load(dataDir, "train");
        var test = Fashion.Load(dataDir, "t10k");
        var order = BatchOrder.Read(orderFile, epochs, train.Count);
        if (mode == "ab")
        {
            var (generated, handWritten) = Runs.Interleaved(train, test, epochs, order);
            generated.Threads = handWritten.Threads = torch.get_num_threads();
            Console.WriteLine(JsonSerializer.Serialize(generated));
            Console.WriteLine(JsonSerializer.Serialize(handWritten));
            return 0;
        }
        var run = Runs.HandWritten(train, test, epochs, order);
        run.Threads = torch.get_num_threads();
        run.PeakWorkingSetMB = Memory.PeakWorkingSetMB();
        Console.WriteLine(JsonSerializer.Serialize(run));
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: ModelDsl.Benchmarks.Networks order|generated|handwritten <epochs> <order-file>");
        return 2;
}

/// <summary>What one training run measured.</summary>
sealed class RunResult
{
    public string Side { get; set; } = "";
    public int Threads { get; set; }
    /// <summary>Seconds before the first epoch starts (rows to tensors; for the generated side also rows to TrainingData).</summary>
    public double SetupSeconds { get; set; }
    /// <summary>Generated side: epoch 1 together with the runtime's setup before it (TrainedNetwork's clock, EpochProgress.Elapsed).</summary>
    public double? FirstEpochWithSetupSeconds { get; set; }
    public List<double> EpochSeconds { get; } = new();
    /// <summary>Processor time (user + system, all threads) per epoch: less sensitive to other processes' load than wall time.</summary>
    public List<double> EpochCpuSeconds { get; } = new();
    public List<double> TrainLoss { get; } = new();
    public List<long> LiveTensors { get; } = new();
    public List<long> WorkingSetMB { get; } = new();
    /// <summary>The managed heap after each epoch (GC.GetGCMemoryInfo().HeapSizeBytes): what of the working set is .NET objects, live or not yet collected.</summary>
    public List<long> ManagedHeapMB { get; } = new();
    /// <summary>The memory the GC holds committed after each epoch (GC.GetGCMemoryInfo().TotalCommittedBytes), heap and free space it keeps.</summary>
    public List<long> ManagedCommittedMB { get; } = new();
    /// <summary>The most the process ever held resident (VmHWM), read after the test accuracy: what the machine must have.</summary>
    public long PeakWorkingSetMB { get; set; }
    public double TestAccuracy { get; set; }
    public double TotalSeconds { get; set; }
}

static class Runs
{
    /// <summary>The product path: the generated FashionMlp.Train, timing each epoch from its progress reports.</summary>
    public static RunResult Generated(List<FashionImage> rows, List<FashionImage> testRows, int epochs, long[][] order) => Generated(rows, testRows, epochs, order, null);

    /// <summary>Generated and hand-written epochs alternating in one process (see the 'ab' mode).</summary>
    public static (RunResult Generated, RunResult HandWritten) Interleaved(Fashion train, Fashion test, int epochs, long[][] order)
    {
        var hand = new HandTraining(train);
        var generated = Generated(train.RowList(), test.RowList(), epochs, order, epoch => hand.Epoch(order[epoch - 1]));
        hand.Finish(test);
        hand.Result.Side = "handwritten-ab";
        generated.Side = "generated-ab";
        return (generated, hand.Result);
    }

    private static RunResult Generated(List<FashionImage> rows, List<FashionImage> testRows, int epochs, long[][] order, Action<int>? afterEpoch)
    {
        for (var e = 1; e <= epochs; e++)
        {
            var expected = BatchOrder.Of(FashionMlp.Network.Seed, e, rows.Count);
            if (!expected.AsSpan().SequenceEqual(order[e - 1])) throw new InvalidOperationException($"The order file's epoch {e} is not the runtime's.");
        }
        var result = new RunResult { Side = "generated" };
        var start = Stopwatch.GetTimestamp();
        var last = 0L;
        var lastCpu = TimeSpan.Zero;
        var progress = new Recorder(e =>
        {
            var now = Stopwatch.GetTimestamp();
            // Epoch 1 is the loop's own time for it (EpochProgress.EpochTime: batches and validation), as the hand-written
            // side times its epochs; everything before it (rows checked, preprocessing fitted, the float32 rows built)
            // is SetupSeconds, as the hand-written side's tensors are. Epoch 1 with the runtime's setup is
            // FirstEpochWithSetupSeconds (what EpochProgress.Elapsed says, and what this benchmark reported before).
            var first = e.EpochTime ?? e.Elapsed;
            result.EpochSeconds.Add(e.Epoch == 1 ? first.TotalSeconds : Stopwatch.GetElapsedTime(last, now).TotalSeconds);
            if (e.Epoch == 1)
            {
                result.SetupSeconds = Stopwatch.GetElapsedTime(start, now).TotalSeconds - first.TotalSeconds;
                result.FirstEpochWithSetupSeconds = e.Elapsed.TotalSeconds;
            }
            var cpu = Memory.CpuTime();
            // epoch 1's processor time starts at the Train call (so it holds the setup too)
            result.EpochCpuSeconds.Add((cpu - lastCpu).TotalSeconds);
            result.TrainLoss.Add(e.TrainLoss);
            result.LiveTensors.Add(torch.Tensor.TotalCount);
            result.WorkingSetMB.Add(Memory.WorkingSetMB());
            result.ManagedHeapMB.Add(Memory.ManagedHeapMB());
            result.ManagedCommittedMB.Add(Memory.ManagedCommittedMB());
            afterEpoch?.Invoke(e.Epoch);
            lastCpu = Memory.CpuTime();
            last = Stopwatch.GetTimestamp();
        });
        lastCpu = Memory.CpuTime();
        // IN_MEMORY_MB chooses the runtime's row source as a user would (NetworkTrainingOptions.InMemoryFeatureBytes):
        // unset, the runtime's default; 0 streams every batch from the rows; a large value copies them to float32 once.
        var limit = Environment.GetEnvironmentVariable("IN_MEMORY_MB");
        var options = new NetworkTrainingOptions
        {
            Epochs = epochs,
            InMemoryFeatureBytes = limit is { Length: > 0 } ? long.Parse(limit, CultureInfo.InvariantCulture) * 1024 * 1024 : NetworkTrainingOptions.DefaultInMemoryFeatureBytes,
        };
        using var model = FashionMlp.Train(rows, options, progress);
        result.TotalSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        result.TestAccuracy = model.Evaluate(testRows).Accuracy;
        return result;
    }

    /// <summary>
    /// The same network by hand, in the style of TorchSharp's MNIST example: a module with one field per layer,
    /// RegisterComponents, and a loop with a dispose scope per batch. Same seed before the module is built, so the
    /// initial weights are the generated module's; batches in the order the order file gives.
    /// </summary>
    public static RunResult HandWritten(Fashion train, Fashion test, int epochs, long[][] order)
    {
        var hand = new HandTraining(train);
        for (var epoch = 1; epoch <= epochs; epoch++) hand.Epoch(order[epoch - 1]);
        hand.Finish(test);
        return hand.Result;
    }
}

/// <summary>
/// The same network by hand, in the style of TorchSharp's MNIST example: a module with one field per layer,
/// RegisterComponents, and a loop with a dispose scope per batch. Same seed before the module is built, so the
/// initial weights are the generated module's; batches in the order the order file gives.
/// </summary>
sealed class HandTraining
{
    private const int BatchSize = 64;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly Fashion _train;
    private readonly HandMlp _model;
    private readonly Tensor _x, _y;
    private readonly torch.optim.Optimizer _optimizer;
    private readonly nn.Module<Tensor, Tensor, Tensor> _loss;

    public HandTraining(Fashion train)
    {
        _train = train;
        torch.manual_seed(FashionMlp.Network.Seed);
        _model = new HandMlp();
        _x = torch.tensor(train.Pixels, new long[] { train.Count, Fashion.Features });
        _y = torch.tensor(train.Labels.Select(l => (long)l).ToArray());
        _optimizer = torch.optim.Adam(_model.parameters(), 0.001);
        _loss = torch.nn.CrossEntropyLoss();
        Result.SetupSeconds = Stopwatch.GetElapsedTime(_start).TotalSeconds;
    }

    public RunResult Result { get; } = new() { Side = "handwritten" };

    public void Epoch(long[] order)
    {
        var epochStart = Stopwatch.GetTimestamp();
        var epochCpu = Memory.CpuTime();
        _model.train();
        using var indices = torch.tensor(order);
        double total = 0;
        for (var at = 0; at < _train.Count; at += BatchSize)
        {
            using var d = torch.NewDisposeScope();
            var length = Math.Min(BatchSize, _train.Count - at);
            var batch = indices.narrow(0, at, length);
            var data = _x.index_select(0, batch);
            var target = _y.index_select(0, batch);
            _optimizer.zero_grad();
            var prediction = _model.call(data);
            var output = _loss.call(prediction, target);
            output.backward();
            _optimizer.step();
            total += output.item<float>() * (double)length;
        }
        Result.EpochSeconds.Add(Stopwatch.GetElapsedTime(epochStart).TotalSeconds);
        Result.EpochCpuSeconds.Add((Memory.CpuTime() - epochCpu).TotalSeconds);
        Result.TrainLoss.Add(total / _train.Count);
        Result.LiveTensors.Add(torch.Tensor.TotalCount);
        Result.WorkingSetMB.Add(Memory.WorkingSetMB());
        Result.ManagedHeapMB.Add(Memory.ManagedHeapMB());
        Result.ManagedCommittedMB.Add(Memory.ManagedCommittedMB());
    }

    /// <summary>Test accuracy; disposes the module, tensors and optimiser.</summary>
    public void Finish(Fashion test)
    {
        Result.TotalSeconds = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        _model.eval();
        using (torch.no_grad())
        using (torch.NewDisposeScope())
        {
            var xt = torch.tensor(test.Pixels, new long[] { test.Count, Fashion.Features });
            var yt = torch.tensor(test.Labels.Select(l => (long)l).ToArray());
            var correct = _model.call(xt).argmax(1).eq(yt).sum().item<long>();
            Result.TestAccuracy = correct / (double)test.Count;
        }
        _optimizer.Dispose();
        _loss.Dispose();
        _x.Dispose();
        _y.Dispose();
        _model.Dispose();
    }
}

/// <summary>The hand-written module: 784 → 512 → relu → 10.</summary>
sealed class HandMlp : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> fc1 = nn.Linear(Fashion.Features, 512);
    private readonly nn.Module<Tensor, Tensor> relu = nn.ReLU();
    private readonly nn.Module<Tensor, Tensor> fc2 = nn.Linear(512, 10);

    public HandMlp() : base("HandMlp") => RegisterComponents();

    public override Tensor forward(Tensor input) => fc2.forward(relu.forward(fc1.forward(input)));
}

/// <summary>
/// The batch order of an epoch exactly as ModelDsl.Runtime.Torch's TrainedNetwork.TrainEpoch computes it (rows 0..n-1
/// shuffled by a System.Random seeded from (seed, epoch)); Runs.Generated checks the order file against it.
/// </summary>
static class BatchOrder
{
    public static long[] Of(int seed, int epoch, int rows)
    {
        var order = new long[rows];
        for (var i = 0; i < rows; i++) order[i] = i;
        new Random(unchecked((int)(seed * 1_000_003L + epoch))).Shuffle(order);
        return order;
    }

    public static long[][] Read(string file, int epochs, int rows)
    {
        using var reader = new BinaryReader(File.OpenRead(file));
        if (reader.BaseStream.Length < (long)epochs * rows * 4)
            throw new InvalidDataException($"{file} holds fewer than {epochs} epochs of {rows} rows; rerun 'order'.");
        var order = new long[epochs][];
        for (var e = 0; e < epochs; e++)
        {
            order[e] = new long[rows];
            for (var i = 0; i < rows; i++) order[e][i] = reader.ReadInt32();
        }
        return order;
    }
}

/// <summary>Fashion-MNIST as flat arrays: pixels divided by 255 (float32, as the Python side does) and labels.</summary>
sealed class Fashion
{
    public const int Features = 784;

    private Fashion(float[] pixels, byte[] labels)
    {
        Pixels = pixels;
        Labels = labels;
    }

    public float[] Pixels { get; }
    public byte[] Labels { get; }
    public int Count => Labels.Length;

    public static Fashion Load(string folder, string prefix)
    {
        var (images, labels) = ReadIdx(folder, prefix);
        var pixels = new float[images.Data.Length];
        for (var i = 0; i < pixels.Length; i++) pixels[i] = images.Data[i] / 255f;
        return new Fashion(pixels, labels.Data);
    }

    private static (Idx Images, Idx Labels) ReadIdx(string folder, string prefix)
    {
        var images = Idx.Read(Path.Combine(folder, $"{prefix}-images-idx3-ubyte.gz"));
        var labels = Idx.Read(Path.Combine(folder, $"{prefix}-labels-idx1-ubyte.gz"));
        if (images.Dimensions is not [var n, 28, 28] || labels.Dimensions is not [var m] || n != m)
            throw new InvalidDataException($"{folder}/{prefix}: unexpected idx shapes.");
        return (images, labels);
    }

    /// <summary>The rows as one list of exactly their count (a List grown by ToList would leave its smaller arrays as garbage).</summary>
    public List<FashionImage> RowList()
    {
        var rows = new List<FashionImage>(Count);
        for (var r = 0; r < Count; r++) rows.Add(FashionImage.FromPixels(Pixels.AsSpan(r * Features, Features), Labels[r]));
        return rows;
    }

    /// <summary>The rows read straight from the idx files, pixels divided by 255 in float32 as <see cref="Load"/> does.</summary>
    public static List<FashionImage> LoadRows(string folder, string prefix)
    {
        var (images, labels) = ReadIdx(folder, prefix);
        var rows = new List<FashionImage>(labels.Count);
        var pixels = new float[Features];
        for (var r = 0; r < labels.Count; r++)
        {
            for (var j = 0; j < Features; j++) pixels[j] = images.Data[r * Features + j] / 255f;
            rows.Add(FashionImage.FromPixels(pixels, labels.Data[r]));
        }
        return rows;
    }
}

/// <summary>
/// The idx format of the MNIST family (http://yann.lecun.com/exdb/mnist/), a real file format but a trivial one, so it
/// is read here rather than through a package: a big-endian magic of two zero bytes, a type byte (0x08 = unsigned
/// byte, the only type these files use) and the number of dimensions; one big-endian int32 per dimension; then the
/// values, row-major. The Debian package ships the files gzipped.
/// </summary>
sealed class Idx
{
    private Idx(int[] dimensions, byte[] data)
    {
        Dimensions = dimensions;
        Data = data;
    }

    public int[] Dimensions { get; }
    public byte[] Data { get; }
    public int Count => Dimensions[0];

    public static Idx Read(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new BinaryReader(stream);
        var magic = reader.ReadBytes(4);
        if (magic.Length != 4 || magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08)
            throw new InvalidDataException($"{path} is not an idx file of unsigned bytes.");
        var dimensions = new int[magic[3]];
        for (var i = 0; i < dimensions.Length; i++)
        {
            var b = reader.ReadBytes(4);
            dimensions[i] = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
        }
        var length = dimensions.Aggregate(1L, (a, d) => a * d);
        var data = reader.ReadBytes(checked((int)length));
        if (data.Length != length) throw new InvalidDataException($"{path} is truncated: {data.Length} of {length} values.");
        return new Idx(dimensions, data);
    }
}

static class Memory
{
    public static long WorkingSetMB()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / (1024 * 1024);
    }

    public static long ManagedHeapMB() => GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024);

    public static long ManagedCommittedMB() => GC.GetGCMemoryInfo().TotalCommittedBytes / (1024 * 1024);

    public static long PeakWorkingSetMB()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }

    public static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>Calls back synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
sealed class Recorder(Action<EpochProgress> action) : IProgress<EpochProgress>
{
    public void Report(EpochProgress value) => action(value);
}
