using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using TorchSharp;
using TorchSharp.Modules;
using ClassificationReport = ModelDsl.Runtime.Models.ClassificationReport;
using RegressionReport = ModelDsl.Runtime.Models.RegressionReport;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// A trained network: the fitted preprocessing plus the TorchSharp module, in evaluation mode. Prediction is
/// thread-safe (gradients off, no module state changes). Disposing it disposes the module.
/// </summary>
/// <remarks>
/// Determinism: on the CPU the same seed gives the same weights. Initial weights come from <c>torch.manual_seed(seed)</c>;
/// the epochs run in the generic <see cref="TrainingLoop"/> around a <see cref="SupervisedObjective"/>, which reseeds
/// torch and shuffles from (seed, epoch), so an epoch depends only on the weights and optimiser state it starts from.
/// That is what makes Resume exact. The number of CPU threads is left as TorchSharp sets it: results are reproducible
/// for a given thread count, which a process does not change between runs.
/// </remarks>
public sealed class TrainedNetwork : ITrainedModelCore, IDisposable
{
    /// <summary>The algorithm name in model-file headers.</summary>
    public const string AlgorithmName = "network";

    /// <summary>The algorithm name in checkpoint headers.</summary>
    public const string CheckpointAlgorithmName = "network-checkpoint";

    private const int EvaluationBatch = SupervisedObjective.ValidationBatch;

    private readonly FeaturePipeline _pipeline;
    private readonly double _targetMean;
    private readonly double _targetScale;

    private TrainedNetwork(ModelSpec spec, NetworkSpec network, FeaturePipeline pipeline, NetworkModule module, torch.Device device,
        TrainingSummary summary, TrainingHistory history, double targetMean, double targetScale)
    {
        Spec = spec;
        Network = network;
        _pipeline = pipeline;
        NetworkModule = module;
        Device = device;
        Summary = summary;
        History = history;
        Curves = history.ToCurves();
        _targetMean = targetMean;
        _targetScale = targetScale;
        module.Module.eval();
    }

    /// <inheritdoc />
    public ModelSpec Spec { get; }

    /// <summary>The network declaration.</summary>
    public NetworkSpec Network { get; }

    /// <inheritdoc />
    public TrainingSummary Summary { get; }

    /// <summary>The epochs of training (those stored in the model file after a load).</summary>
    public TrainingHistory History { get; }

    /// <summary>
    /// The epoch whose weights the network holds: the best one when the declaration restores it (<c>restore_best</c>)
    /// and training was not interrupted, else the last one run.
    /// </summary>
    public int WeightsEpoch =>
        !History.Interrupted && Network.RestoreBestWeights && History.BestEpoch > 0 ? History.BestEpoch
        : History.Epochs.Count > 0 ? History.Epochs[^1].Epoch : 0;

    /// <summary>The curves of <see cref="History"/>: train loss, validation loss and accuracy per epoch (saved as the model file's "history" section too).</summary>
    public TrainingCurves Curves { get; }

    /// <summary>The TorchSharp module, in evaluation mode (parameters, buffers, state dictionary).</summary>
    public torch.nn.Module Module => NetworkModule.Module;

    /// <summary>The module with its named inputs, as prediction calls it.</summary>
    public NetworkModule NetworkModule { get; }

    /// <summary>The device the module lives on.</summary>
    public torch.Device Device { get; }

    /// <summary>The fitted preprocessing.</summary>
    public FeaturePipeline Pipeline => _pipeline;

    /// <summary>Regressors: the training mean and standard deviation the target was standardized with (0 and 1 for classifiers).</summary>
    public (double Mean, double Scale) TargetScaling => (_targetMean, _targetScale);

    /// <summary>Metrics on the rows the declared split held out (classifiers); null without a split, after a load, or for regressors.</summary>
    public ClassificationReport? ClassificationTestReport { get; private set; }

    /// <summary>Metrics on the rows the declared split held out (regressors); null without a split, after a load, or for classifiers.</summary>
    public RegressionReport? RegressionTestReport { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<(string Name, double Value)> TestMetrics => HeldOutMetrics.Of((object?)ClassificationTestReport ?? RegressionTestReport);

    private int ClassCount => Spec.ClassNames.Count;

    // ---------------------------------------------------------------- training

    /// <summary>
    /// Trains per the declaration: the declared train/test split, preprocessing fitted on the training rows, a validation
    /// split of those, seeded batches, early stopping, checkpoints; then evaluates the held-out test rows.
    /// </summary>
    /// <param name="spec">The model declaration.</param>
    /// <param name="network">The network declaration and its <c>train { }</c> block.</param>
    /// <param name="createNetwork">Creates the network (called once, after torch is seeded), e.g. <c>() =&gt; NetworkModule.Of(new Module())</c>.</param>
    /// <param name="data">The rows.</param>
    /// <param name="options">Checkpoints, epochs, device, cancellation.</param>
    /// <param name="progress">Gets each epoch, synchronously.</param>
    /// <exception cref="ArgumentException">The network does not fit the task, the classes or the features.</exception>
    /// <exception cref="DeviceUnavailableException">The device cannot be used.</exception>
    public static TrainedNetwork Train(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork,
        TrainingData data, NetworkTrainingOptions? options = null, IProgress<EpochProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        return Run(spec, network, createNetwork, Rows(spec, data), null, options, progress);
    }

    /// <summary>
    /// Trains on the caller's rows, read through the generated <paramref name="reader"/> where they are: the rows are
    /// checked and their labels kept, and their features go through the preprocessing once, into the float32 rows
    /// batches are gathered from, with no array of every row's raw features in between.
    /// </summary>
    /// <exception cref="TrainingDataException">A value is missing or not finite and the declaration does not impute it; names the row and the column.</exception>
    /// <inheritdoc cref="Train(ModelSpec, NetworkSpec, Func{NetworkModule}, TrainingData, NetworkTrainingOptions?, IProgress{EpochProgress}?)"/>
    public static TrainedNetwork Train<T>(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork,
        IEnumerable<T> rows, RowReader<T> reader, NetworkTrainingOptions? options = null, IProgress<EpochProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Run(spec, network, createNetwork, NetworkRows.From(spec, rows, reader), null, options, progress);
    }

    /// <summary>
    /// Continues a run from its checkpoint; on the CPU it reaches the same weights as an uninterrupted run. The data
    /// must be the rows the run started with (the split is recomputed from them; the preprocessing comes from the checkpoint).
    /// Later checkpoints go to <paramref name="checkpointPath"/> unless <see cref="NetworkTrainingOptions.CheckpointPath"/> says otherwise.
    /// </summary>
    /// <exception cref="ModelFileMismatchException">The checkpoint is of another declaration or network.</exception>
    /// <exception cref="ModelFileCorruptedException">The checkpoint is damaged.</exception>
    public static TrainedNetwork Resume(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork,
        TrainingData data, string checkpointPath, NetworkTrainingOptions? options = null, IProgress<EpochProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(checkpointPath);
        return Resume(spec, network, createNetwork, Rows(spec, data), checkpointPath, options, progress);
    }

    /// <summary>Continues a run from its checkpoint on the caller's rows, read through the generated <paramref name="reader"/>.</summary>
    /// <inheritdoc cref="Resume(ModelSpec, NetworkSpec, Func{NetworkModule}, TrainingData, string, NetworkTrainingOptions?, IProgress{EpochProgress}?)"/>
    public static TrainedNetwork Resume<T>(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork,
        IEnumerable<T> rows, RowReader<T> reader, string checkpointPath, NetworkTrainingOptions? options = null, IProgress<EpochProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(checkpointPath);
        return Resume(spec, network, createNetwork, NetworkRows.From(spec, rows, reader), checkpointPath, options, progress);
    }

    private static TrainedNetwork Resume(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork,
        NetworkRows data, string checkpointPath, NetworkTrainingOptions? options, IProgress<EpochProgress>? progress)
    {
        var checkpoint = Checkpoint.Read(spec, checkpointPath);
        var resumed = new NetworkTrainingOptions
        {
            CheckpointPath = options?.CheckpointPath ?? checkpointPath,
            Epochs = options?.Epochs,
            Device = options?.Device,
            Log = options?.Log,
            CancellationToken = options?.CancellationToken ?? default,
            StopAfterEpoch = options?.StopAfterEpoch,
            InMemoryFeatureBytes = options?.InMemoryFeatureBytes ?? NetworkTrainingOptions.DefaultInMemoryFeatureBytes,
        };
        return Run(spec, network, createNetwork, data, checkpoint, resumed, progress);
    }

    private static NetworkRows Rows(ModelSpec spec, TrainingData data)
    {
        if (data.NumericCount != spec.NumericFeatures.Count || data.TextCount != spec.TextFeatures.Count)
            throw new ArgumentException($"The rows have {data.NumericCount} numeric and {data.TextCount} text features; '{spec.Name}' declares {spec.NumericFeatures.Count} and {spec.TextFeatures.Count}.", nameof(data));
        if (data.Labels.Length != data.Rows) throw new ArgumentException("The rows have no labels.", nameof(data));
        return NetworkRows.From(spec, data);
    }

    private static void CheckFit(ModelSpec spec, NetworkSpec network)
    {
        switch (spec.Task)
        {
            case LearningTask.Classifier when network.Loss == LossKind.CrossEntropy:
                if (network.OutputSize != spec.ClassNames.Count)
                    throw new ArgumentException($"The network of '{spec.Name}' outputs {network.OutputSize} values, but the label has {spec.ClassNames.Count} classes.", nameof(network));
                break;
            case LearningTask.Classifier when network.Loss == LossKind.BinaryCrossEntropy:
                if (network.OutputSize != 1 || spec.ClassNames.Count != 2)
                    throw new ArgumentException($"Binary cross-entropy needs 2 classes and 1 output; '{spec.Name}' has {spec.ClassNames.Count} classes and {network.OutputSize} outputs.", nameof(network));
                break;
            case LearningTask.Classifier:
                throw new ArgumentException($"'{spec.Name}' is a classifier; its loss must be cross-entropy or binary cross-entropy, not {network.Loss}.", nameof(network));
            case LearningTask.Regressor:
                if (network.Loss is LossKind.CrossEntropy or LossKind.BinaryCrossEntropy)
                    throw new ArgumentException($"'{spec.Name}' is a regressor; its loss must be MSE, MAE or Huber, not {network.Loss}.", nameof(network));
                if (network.OutputSize != 1)
                    throw new ArgumentException($"The regressor '{spec.Name}' must output 1 value, not {network.OutputSize}.", nameof(network));
                if (network.Monitor == "val_accuracy")
                    throw new ArgumentException($"The regressor '{spec.Name}' cannot monitor val_accuracy.", nameof(network));
                break;
            default:
                throw new ArgumentException($"'{spec.Name}' is a {spec.Task}; networks are classifiers or regressors.", nameof(spec));
        }
    }

    private static TrainedNetwork Run(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork,
        NetworkRows data, Checkpoint? checkpoint, NetworkTrainingOptions? options, IProgress<EpochProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(createNetwork);
        CheckFit(spec, network);
        var start = Stopwatch.GetTimestamp();
        var epochs = options?.Epochs ?? network.Epochs;
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1, "options.Epochs");
        ArgumentOutOfRangeException.ThrowIfNegative(options?.InMemoryFeatureBytes ?? 0, "options.InMemoryFeatureBytes");
        var device = DeviceSelector.Select(options?.Device ?? network.Device);
        var classifier = spec.Task == LearningTask.Classifier;

        // Row indices only: the declared split, then the validation split of the training rows (as TrainedModel.SplitFor
        // and before: the same rows as a classical model of the same declaration would hold out).
        var (train, test) = DeclaredSplit(spec, data.Labels);
        var pipeline = checkpoint?.Pipeline ?? FitPipeline(spec, data, train);
        if (pipeline.OutputCount != network.InputSize)
            throw new ArgumentException($"The preprocessing of '{spec.Name}' makes {pipeline.OutputCount} features, but the network's input shape [{string.Join(", ", network.InputShape)}] holds {network.InputSize}.", nameof(network));
        var trainLabels = Select(data.Labels, train);
        var (mean, scale) = checkpoint is not null ? (checkpoint.TargetMean, checkpoint.TargetScale) : classifier ? (0.0, 1.0) : TargetStatistics(trainLabels);
        var (fit, validation) = ValidationSplit(spec, network, train, trainLabels);
        var previous = checkpoint is null ? TimeSpan.Zero : TimeSpan.FromSeconds(checkpoint.ElapsedSeconds);

        TrainingLoop.SeedTorch(network.Seed, device);
        var net = createNetwork() ?? throw new InvalidOperationException("The network factory returned null.");
        IOwnedBatchSource? fitRows = null, validationRows = null;
        SupervisedObjective? objective = null;
        ModelDsl.Runtime.RunLogs.RunLog? runLog = null;
        try
        {
            net.Module.to(device);
            var inMemory = options?.InMemoryFeatureBytes ?? NetworkTrainingOptions.DefaultInMemoryFeatureBytes;
            fitRows = TrainingRows.Create(network, pipeline, data, fit, mean, scale, inMemory);
            if (validation is not null) validationRows = TrainingRows.Create(network, pipeline, data, validation, mean, scale, inMemory);
            objective = new SupervisedObjective(net, network);
            var path = options?.CheckpointPath;
            var logOptions = options?.Log ?? network.Log;
            runLog = logOptions is null ? null : ModelDsl.Runtime.RunLogs.RunLog.Start(logOptions, spec.Name);
            var settings = new TrainingLoopSettings
            {
                Epochs = epochs,
                BatchSize = network.BatchSize,
                Seed = network.Seed,
                Device = device,
                LearningRate = (initial, epoch, total) => LearningRateSchedule.At(network.Schedule, initial, network.StepSize, network.Gamma, epoch, total),
                Monitor = network.Monitor == "val_accuracy" ? "accuracy" : "loss",
                Maximize = network.Monitor == "val_accuracy",
                Patience = network.Patience,
                RestoreBestWeights = network.RestoreBestWeights,
                CheckpointEvery = network.CheckpointEvery > 0 ? network.CheckpointEvery : 1,
                StopAfterEpoch = options?.StopAfterEpoch,
                CancellationToken = options?.CancellationToken ?? default,
                Log = runLog,
                LogEveryBatches = logOptions?.EveryBatches ?? 0,
                Elapsed = () => previous + Stopwatch.GetElapsedTime(start),
                WriteCheckpoint = path is null ? null : state => new Checkpoint(path)
                {
                    State = state,
                    Pipeline = pipeline,
                    TargetMean = mean,
                    TargetScale = scale,
                    ElapsedSeconds = state.History[^1].Elapsed.TotalSeconds,
                }.Write(spec, path),
            };
            var result = TrainingLoop.Run(objective, fitRows, validationRows, settings, checkpoint?.State, checkpoint?.Source, progress);
            fitRows.Dispose();
            validationRows?.Dispose();

            var summary = new TrainingSummary(train.Length, test?.Length ?? 0, pipeline.OutputCount, previous + Stopwatch.GetElapsedTime(start));
            var model = new TrainedNetwork(spec, network, pipeline, net, device, summary,
                new TrainingHistory(result.History, result.BestEpoch, result.StoppedEarly, result.Interrupted), mean, scale);
            if (test is not null)
            {
                var rows = data.Collect(test);
                if (classifier) model.ClassificationTestReport = model.EvaluateClassifier(rows);
                else model.RegressionTestReport = model.EvaluateRegressor(rows);
                runLog?.TestMetrics(model.TestMetrics, result.History.Count == 0 ? 0 : result.History[^1].Epoch);
            }
            return model;
        }
        catch
        {
            net.Dispose();
            throw;
        }
        finally
        {
            runLog?.Dispose();
            objective?.Dispose();
            fitRows?.Dispose();
            validationRows?.Dispose();
        }
    }

    /// <summary>
    /// The preprocessing fitted on the training rows. A declaration without anything to learn (no imputation, no scaling,
    /// no text) fits to the same pipeline on any rows, so it is fitted on a few of them rather than on a copy of all
    /// (every value was already checked when the rows were read).
    /// </summary>
    private static FeaturePipeline FitPipeline(ModelSpec spec, NetworkRows data, int[] train)
    {
        var learnsNothing = spec.TextFeatures.Count == 0
            && spec.NumericFeatures.All(f => f.Imputation == Imputation.Reject && f.Scaling == FeatureScaling.None);
        return FeaturePipeline.Fit(spec, data.Collect(learnsNothing && train.Length > 16 ? train[..16] : train));
    }

    private static double[] Select(double[] values, int[] indices)
    {
        var selected = new double[indices.Length];
        for (var i = 0; i < indices.Length; i++) selected[i] = values[indices[i]];
        return selected;
    }

    private static (int[] Train, int[]? Test) DeclaredSplit(ModelSpec spec, double[] labels)
    {
        // The same checks as a classical model's (TrainedModel.SplitFor), with the same messages.
        if (labels.Length < 2) throw new TrainingDataException(labels.Length == 0 ? $"'{spec.Name}' has no rows to train on" : $"'{spec.Name}' has 1 row to train on; training needs at least 2");
        if (spec.TestFraction <= 0) return (Enumerable.Range(0, labels.Length).ToArray(), null);
        var classes = spec.Stratified && spec.Task == LearningTask.Classifier ? ClassLabels(labels) : null;
        var (train, test) = DataSplit.TrainTest(labels.Length, spec.TestFraction, spec.Seed, classes);
        if (test.Length == 0)
            throw new TrainingDataException($"the stratified split of '{spec.Name}' holds out none of its {labels.Length} rows: a class's only row always stays in training (add rows, or split without 'stratified')");
        return (train, test);
    }

    /// <summary>The fit and validation rows as indices into the data (the validation split is of the training rows).</summary>
    private static (int[] Fit, int[]? Validation) ValidationSplit(ModelSpec spec, NetworkSpec network, int[] train, double[] trainLabels)
    {
        if (network.ValidationFraction <= 0) return (train, null);
        var classes = spec.Task == LearningTask.Classifier ? ClassLabels(trainLabels) : null;
        var (fit, validation) = DataSplit.TrainTest(train.Length, network.ValidationFraction, network.Seed, classes);
        return (Map(fit), Map(validation));

        int[] Map(IReadOnlyList<int> local)
        {
            var rows = new int[local.Count];
            for (var i = 0; i < rows.Length; i++) rows[i] = train[local[i]];
            return rows;
        }
    }

    private static int[] ClassLabels(TrainingData data) => ClassLabels(data.Labels);

    private static int[] ClassLabels(double[] values)
    {
        var labels = new int[values.Length];
        for (var i = 0; i < labels.Length; i++) labels[i] = (int)values[i];
        return labels;
    }

    private static (double Mean, double Scale) TargetStatistics(double[] y)
    {
        if (y.Length == 0) return (0, 1);
        var mean = y.Average();
        var variance = y.Sum(v => (v - mean) * (v - mean)) / y.Length;
        var scale = Math.Sqrt(variance);
        return (mean, scale > 0 && double.IsFinite(scale) ? scale : 1);
    }

    /// <summary>Rows <paramref name="at"/>.. of <paramref name="data"/> through the pipeline, as float32 row-major.</summary>
    private static float[] FeatureChunk(FeaturePipeline pipeline, TrainingData data, int at, int length)
    {
        var count = pipeline.OutputCount;
        var values = new float[length * count];
        var row = new double[count];
        for (var r = 0; r < length; r++)
        {
            pipeline.Transform(data.NumericRow(at + r), data.TextRow(at + r), row);
            for (var j = 0; j < count; j++) values[r * count + j] = (float)row[j];
        }
        return values;
    }

    // ---------------------------------------------------------------- prediction

    /// <summary>Writes class probabilities for one row and returns the most probable class.</summary>
    public int PredictProbabilities(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, Span<double> probabilities)
    {
        if (Spec.Task != LearningTask.Classifier) throw new InvalidOperationException($"'{Spec.Name}' is a regressor; use PredictValue.");
        if (probabilities.Length < ClassCount) throw new ArgumentException($"The span holds {probabilities.Length} values; the model has {ClassCount} classes.", nameof(probabilities));
        var features = new double[_pipeline.OutputCount];
        _pipeline.Transform(numeric, text, features);
        var x = new float[features.Length];
        for (var j = 0; j < x.Length; j++) x[j] = (float)features[j];
        Span<int> best = stackalloc int[1];
        ForwardProbabilities(x, 1, probabilities[..ClassCount], best);
        return best[0];
    }

    /// <summary>Predicts the target of one row.</summary>
    public double PredictValue(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text)
    {
        if (Spec.Task != LearningTask.Regressor) throw new InvalidOperationException($"'{Spec.Name}' is a classifier; use PredictProbabilities.");
        var features = new double[_pipeline.OutputCount];
        _pipeline.Transform(numeric, text, features);
        var x = new float[features.Length];
        for (var j = 0; j < x.Length; j++) x[j] = (float)features[j];
        Span<double> value = stackalloc double[1];
        ForwardValues(x, 1, value);
        return value[0];
    }

    /// <summary>Class probabilities (rows × classes, row-major) and the most probable class of each row.</summary>
    public void PredictProbabilities(TrainingData rows, Span<double> probabilities, Span<int> classes)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Spec.Task != LearningTask.Classifier) throw new InvalidOperationException($"'{Spec.Name}' is a regressor; use PredictValues.");
        if (probabilities.Length < rows.Rows * ClassCount || classes.Length < rows.Rows)
            throw new ArgumentException($"The spans must hold {rows.Rows * ClassCount} probabilities and {rows.Rows} classes.");
        // Chunk by chunk: the features of one forward batch at a time, never of every row.
        for (var at = 0; at < rows.Rows; at += EvaluationBatch)
        {
            var length = Math.Min(EvaluationBatch, rows.Rows - at);
            ForwardProbabilities(FeatureChunk(_pipeline, rows, at, length), length, probabilities.Slice(at * ClassCount, length * ClassCount), classes.Slice(at, length));
        }
    }

    /// <summary>The predicted target of each row.</summary>
    public void PredictValues(TrainingData rows, Span<double> values)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Spec.Task != LearningTask.Regressor) throw new InvalidOperationException($"'{Spec.Name}' is a classifier; use PredictProbabilities.");
        if (values.Length < rows.Rows) throw new ArgumentException($"The span must hold {rows.Rows} values.", nameof(values));
        for (var at = 0; at < rows.Rows; at += EvaluationBatch)
        {
            var length = Math.Min(EvaluationBatch, rows.Rows - at);
            ForwardValues(FeatureChunk(_pipeline, rows, at, length), length, values.Slice(at, length));
        }
    }

    /// <summary>One forward batch (at most <see cref="EvaluationBatch"/> rows) to probabilities and classes.</summary>
    private void ForwardProbabilities(float[] features, int rows, Span<double> probabilities, Span<int> classes)
    {
        var classCount = ClassCount;
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        var output = NetworkModule.Forward(FeatureBatch(features, rows));
        var p = Network.Loss == LossKind.BinaryCrossEntropy
            ? torch.cat(new[] { 1 - torch.sigmoid(output), torch.sigmoid(output) }, 1)
            : torch.nn.functional.softmax(output, 1);
        var values = p.to_type(torch.ScalarType.Float64).cpu().contiguous().data<double>();
        values.CopyTo(probabilities);
        for (var r = 0; r < rows; r++)
        {
            var row = probabilities.Slice(r * classCount, classCount);
            var best = 0;
            for (var c = 1; c < classCount; c++)
            {
                if (row[c] > row[best]) best = c;
            }
            classes[r] = best;
        }
    }

    /// <summary>One forward batch to target values (unstandardized).</summary>
    private void ForwardValues(float[] features, int rows, Span<double> values)
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        var output = NetworkModule.Forward(FeatureBatch(features, rows)).reshape(rows).to_type(torch.ScalarType.Float64).cpu().contiguous().data<double>();
        output.CopyTo(values);
        for (var r = 0; r < rows; r++) values[r] = values[r] * _targetScale + _targetMean;
    }

    private Batch FeatureBatch(float[] features, int rows) =>
        NetworkInputs.Batch(Network, rows, torch.tensor(features, new long[] { rows, _pipeline.OutputCount }, device: Device), null);

    /// <summary>Classification metrics on <paramref name="data"/> (its labels are class indices).</summary>
    public ClassificationReport EvaluateClassifier(TrainingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var classes = ClassCount;
        var truth = ClassLabels(data);
        var predicted = new int[data.Rows];
        var probabilities = new double[data.Rows * classes];
        PredictProbabilities(data, probabilities, predicted);
        var metrics = ClassificationMetrics.Compute(truth, predicted, probabilities, classes);
        var confusion = new int[classes, classes];
        for (var i = 0; i < truth.Length; i++) confusion[truth[i], predicted[i]]++;
        return new ClassificationReport(Spec.ClassNames, truth.Length, metrics.Accuracy, metrics.Precision.ToArray(), metrics.Recall.ToArray(),
            metrics.F1.ToArray(), metrics.Support.ToArray(), confusion, metrics.LogLoss ?? double.NaN);
    }

    /// <summary>Regression metrics on <paramref name="data"/>.</summary>
    public RegressionReport EvaluateRegressor(TrainingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var predicted = new double[data.Rows];
        PredictValues(data, predicted);
        var metrics = RegressionMetrics.Compute(data.Labels, predicted);
        return new RegressionReport(data.Rows, metrics.R2, metrics.MeanAbsoluteError, metrics.RootMeanSquaredError);
    }

    // ---------------------------------------------------------------- files

    /// <inheritdoc />
    public void Save(string path) => ModelFile.Write(path, Header, Sections());

    /// <inheritdoc />
    public void Save(Stream stream) => ModelFile.Write(stream, Header, Sections());

    /// <summary>Writes the module's weights as a PyTorch-compatible safetensors file (for <c>safetensors.torch.load_file</c>).</summary>
    public void ExportSafetensors(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            File.WriteAllBytes(temp, NetworkWeights.ToBytes(Module));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private ModelFileHeader Header => new(Spec.Name, AlgorithmName, Spec.DeclarationHash);

    private ModelFileSections Sections()
    {
        var sections = new ModelFileSections();
        sections.Add("summary", new[] { Summary.TrainingRows, Summary.TestRows, Summary.FeatureCount });
        sections.Add("summary.elapsed", new[] { Summary.Elapsed.TotalSeconds });
        _pipeline.WriteTo(sections);
        sections.Add("network.shape", Network.InputShape.Select(d => (int)d).Append(Network.OutputSize).ToArray());
        sections.Add("network.target", new[] { _targetMean, _targetScale });
        Checkpoint.AddHistory(sections, History.Epochs);
        sections.Add("network.best", new[] { History.BestEpoch, History.StoppedEarly ? 1 : 0 });
        sections.Add("network.kept", new[] { WeightsEpoch }); // for tools reading the file alone (modeldsl inspect)
        HeldOutMetrics.AddTo(sections, (object?)ClassificationTestReport ?? RegressionTestReport);
        sections.Add("network.weights", NetworkWeights.ToBytes(Module));
        Curves.AddTo(sections);
        return sections;
    }

    /// <summary>Loads a saved network, checking its declaration, architecture and integrity.</summary>
    /// <param name="spec">The model declaration.</param>
    /// <param name="network">The network declaration.</param>
    /// <param name="createNetwork">Creates the network the weights go into.</param>
    /// <param name="path">The model file.</param>
    /// <param name="device">Overrides the declared device.</param>
    /// <exception cref="ModelFileMismatchException">Another model, declaration or architecture.</exception>
    /// <exception cref="ModelFileCorruptedException">The file is damaged or truncated.</exception>
    public static TrainedNetwork Load(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork, string path, string? device = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(spec, network, createNetwork, stream, path, device);
    }

    /// <summary>Loads a saved network from a stream.</summary>
    /// <param name="spec">The model declaration.</param>
    /// <param name="network">The network declaration.</param>
    /// <param name="createNetwork">Creates the network the weights go into.</param>
    /// <param name="stream">The model file's bytes.</param>
    /// <param name="device">Overrides the declared device.</param>
    public static TrainedNetwork Load(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork, Stream stream, string? device = null) =>
        Load(spec, network, createNetwork, stream, "the model stream", device);

    private static TrainedNetwork Load(ModelSpec spec, NetworkSpec network, Func<NetworkModule> createNetwork, Stream stream, string source, string? device)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(createNetwork);
        ArgumentNullException.ThrowIfNull(stream);
        var content = ModelFile.Read(stream, spec.Name, spec.DeclarationHash, source);
        if (content.Header.Algorithm != AlgorithmName)
            throw new ModelFileMismatchException($"{source} holds a '{content.Header.Algorithm}' model, not a network.");
        var counts = content.Ints("summary", 3);
        var pipeline = FeaturePipeline.ReadFrom(spec, content);
        if (pipeline.OutputCount != counts[2])
            throw new ModelFileCorruptedException($"{source}: its preprocessing makes {pipeline.OutputCount} features, but it was trained on {counts[2]}.");
        var shape = content.Ints("network.shape");
        var expectedShape = network.InputShape.Select(d => (int)d).Append(network.OutputSize).ToArray();
        if (!shape.SequenceEqual(expectedShape))
            throw new ModelFileMismatchException($"{source} holds a network with input [{string.Join(", ", shape[..^1])}] and {shape[^1]} outputs; the declaration's has input [{string.Join(", ", network.InputShape)}] and {network.OutputSize} outputs.");
        var target = content.Doubles("network.target", 2);
        var best = content.Ints("network.best", 2);
        var history = Checkpoint.ReadHistory(content, source);
        var summary = new TrainingSummary(counts[0], counts[1], counts[2], TimeSpan.FromSeconds(content.Doubles("summary.elapsed", 1)[0]));
        var selected = DeviceSelector.Select(device ?? network.Device);
        var module = createNetwork() ?? throw new InvalidOperationException("The network factory returned null.");
        try
        {
            module.Module.to(selected);
            NetworkWeights.Load(module.Module, content.Bytes("network.weights"), source);
            return new TrainedNetwork(spec, network, pipeline, module, selected, summary, new TrainingHistory(history, best[0], best[1] == 1), target[0], target[1]);
        }
        catch
        {
            module.Dispose();
            throw;
        }
    }

    /// <summary>Disposes the module.</summary>
    public void Dispose() => NetworkModule.Dispose();
}
