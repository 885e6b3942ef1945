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
/// at the start of every epoch torch is reseeded from (seed, epoch) and the batch order is a permutation seeded from
/// (seed, epoch), so an epoch depends only on the weights and optimiser state it starts from. That is what makes
/// <see cref="Resume"/> exact. The number of CPU threads is left as TorchSharp sets it: results are reproducible for a
/// given thread count, which a process does not change between runs.
/// </remarks>
public sealed class TrainedNetwork : ITrainedModelCore, IDisposable
{
    /// <summary>The algorithm name in model-file headers.</summary>
    public const string AlgorithmName = "network";

    /// <summary>The algorithm name in checkpoint headers.</summary>
    public const string CheckpointAlgorithmName = "network-checkpoint";

    private const int EvaluationBatch = 4096;

    private readonly FeaturePipeline _pipeline;
    private readonly double _targetMean;
    private readonly double _targetScale;

    private TrainedNetwork(ModelSpec spec, NetworkSpec network, FeaturePipeline pipeline, torch.nn.Module<Tensor, Tensor> module, torch.Device device,
        TrainingSummary summary, TrainingHistory history, double targetMean, double targetScale)
    {
        Spec = spec;
        Network = network;
        _pipeline = pipeline;
        Module = module;
        Device = device;
        Summary = summary;
        History = history;
        Curves = history.ToCurves();
        _targetMean = targetMean;
        _targetScale = targetScale;
        module.eval();
    }

    /// <inheritdoc />
    public ModelSpec Spec { get; }

    /// <summary>The network declaration.</summary>
    public NetworkSpec Network { get; }

    /// <inheritdoc />
    public TrainingSummary Summary { get; }

    /// <summary>The epochs of training (those stored in the model file after a load).</summary>
    public TrainingHistory History { get; }

    /// <summary>The curves of <see cref="History"/>: train loss, validation loss and accuracy per epoch (saved as the model file's "history" section too).</summary>
    public TrainingCurves Curves { get; }

    /// <summary>The module, in evaluation mode.</summary>
    public torch.nn.Module<Tensor, Tensor> Module { get; }

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

    private int ClassCount => Spec.ClassNames.Count;

    // ---------------------------------------------------------------- training

    /// <summary>
    /// Trains per the declaration: the declared train/test split, preprocessing fitted on the training rows, a validation
    /// split of those, seeded batches, early stopping, checkpoints; then evaluates the held-out test rows.
    /// </summary>
    /// <exception cref="ArgumentException">The network does not fit the task, the classes or the features.</exception>
    /// <exception cref="DeviceUnavailableException">The device cannot be used.</exception>
    public static TrainedNetwork Train(ModelSpec spec, NetworkSpec network, Func<torch.nn.Module<Tensor, Tensor>> createModule,
        TrainingData data, NetworkTrainingOptions? options = null, IProgress<EpochProgress>? progress = null) =>
        Run(spec, network, createModule, data, null, options, progress);

    /// <summary>
    /// Continues a run from its checkpoint; on the CPU it reaches the same weights as an uninterrupted run. The data
    /// must be the rows the run started with (the split is recomputed from them; the preprocessing comes from the checkpoint).
    /// Later checkpoints go to <paramref name="checkpointPath"/> unless <see cref="NetworkTrainingOptions.CheckpointPath"/> says otherwise.
    /// </summary>
    /// <exception cref="ModelFileMismatchException">The checkpoint is of another declaration or network.</exception>
    /// <exception cref="ModelFileCorruptedException">The checkpoint is damaged.</exception>
    public static TrainedNetwork Resume(ModelSpec spec, NetworkSpec network, Func<torch.nn.Module<Tensor, Tensor>> createModule,
        TrainingData data, string checkpointPath, NetworkTrainingOptions? options = null, IProgress<EpochProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(checkpointPath);
        var checkpoint = Checkpoint.Read(spec, checkpointPath);
        var resumed = new NetworkTrainingOptions
        {
            CheckpointPath = options?.CheckpointPath ?? checkpointPath,
            Epochs = options?.Epochs,
            Device = options?.Device,
            CancellationToken = options?.CancellationToken ?? default,
            StopAfterEpoch = options?.StopAfterEpoch,
        };
        return Run(spec, network, createModule, data, checkpoint, resumed, progress);
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

    private static TrainedNetwork Run(ModelSpec spec, NetworkSpec network, Func<torch.nn.Module<Tensor, Tensor>> createModule,
        TrainingData data, Checkpoint? checkpoint, NetworkTrainingOptions? options, IProgress<EpochProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(createModule);
        ArgumentNullException.ThrowIfNull(data);
        CheckFit(spec, network);
        if (data.NumericCount != spec.NumericFeatures.Count || data.TextCount != spec.TextFeatures.Count)
            throw new ArgumentException($"The rows have {data.NumericCount} numeric and {data.TextCount} text features; '{spec.Name}' declares {spec.NumericFeatures.Count} and {spec.TextFeatures.Count}.", nameof(data));
        if (data.Labels.Length != data.Rows) throw new ArgumentException("The rows have no labels.", nameof(data));
        var start = Stopwatch.GetTimestamp();
        var token = options?.CancellationToken ?? default;
        var epochs = options?.Epochs ?? network.Epochs;
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1, "options.Epochs");
        var device = DeviceSelector.Select(options?.Device ?? network.Device);
        var classifier = spec.Task == LearningTask.Classifier;

        var (train, test) = DeclaredSplit(spec, data);
        var pipeline = checkpoint?.Pipeline ?? FeaturePipeline.Fit(spec, train);
        if (pipeline.OutputCount != network.InputSize)
            throw new ArgumentException($"The preprocessing of '{spec.Name}' makes {pipeline.OutputCount} features, but the network's input shape [{string.Join(", ", network.InputShape)}] holds {network.InputSize}.", nameof(network));
        var (mean, scale) = checkpoint is not null ? (checkpoint.TargetMean, checkpoint.TargetScale) : classifier ? (0.0, 1.0) : TargetStatistics(train.Labels);

        var (fit, validation) = ValidationSplit(spec, network, train);
        var featureCount = pipeline.OutputCount;
        var summaryRows = train.Rows;
        var previous = checkpoint is null ? TimeSpan.Zero : TimeSpan.FromSeconds(checkpoint.ElapsedSeconds);

        SeedTorch(network.Seed, device);
        var module = createModule();
        OptimizerHelper? optimizer = null;
        Tensor? xFit = null, yFit = null, xValidation = null, yValidation = null;
        try
        {
            module.to(device);
            optimizer = CreateOptimizer(module, network);
            var history = new List<EpochProgress>();
            var bestMetric = double.NaN;
            var bestEpoch = 0;
            var badEpochs = 0;
            byte[]? bestWeights = null;
            var first = 1;
            if (checkpoint is not null)
            {
                NetworkWeights.Load(module, checkpoint.Weights, checkpoint.Source);
                checkpoint.LoadOptimizer(optimizer);
                history.AddRange(checkpoint.History);
                bestMetric = checkpoint.BestMetric;
                bestEpoch = checkpoint.BestEpoch;
                badEpochs = checkpoint.BadEpochs;
                bestWeights = checkpoint.BestWeights;
                first = checkpoint.Epoch + 1;
            }

            (xFit, yFit) = Tensors(pipeline, fit, network, mean, scale, device);
            if (validation is not null) (xValidation, yValidation) = Tensors(pipeline, validation, network, mean, scale, device);
            var maximize = network.Monitor == "val_accuracy" && validation is not null;
            var every = network.CheckpointEvery > 0 ? network.CheckpointEvery : 1;
            var stoppedEarly = false;
            var interrupted = false;

            for (var epoch = first; epoch <= epochs; epoch++)
            {
                if (network.Patience > 0 && badEpochs >= network.Patience)
                {
                    stoppedEarly = true;
                    break;
                }
                token.ThrowIfCancellationRequested();
                var learningRate = network.LearningRateAt(epoch, epochs);
                foreach (var group in optimizer.ParamGroups) group.LearningRate = learningRate;
                SeedTorch(EpochSeed(network.Seed, epoch), device);

                var trainLoss = TrainEpoch(module, optimizer, network, xFit, yFit, fit.Rows, epoch, token);
                double? validationLoss = null, validationAccuracy = null;
                if (xValidation is not null && yValidation is not null)
                {
                    var (loss, accuracy) = Validate(module, network, xValidation, yValidation);
                    validationLoss = loss;
                    if (classifier) validationAccuracy = accuracy;
                }

                var metric = network.Monitor == "val_accuracy" && validationAccuracy is double a ? a : validationLoss ?? trainLoss;
                var isBest = !double.IsNaN(metric) && (double.IsNaN(bestMetric) || (maximize ? metric > bestMetric : metric < bestMetric));
                if (isBest)
                {
                    bestMetric = metric;
                    bestEpoch = epoch;
                    badEpochs = 0;
                    if (network.RestoreBestWeights) bestWeights = NetworkWeights.ToBytes(module);
                }
                else
                {
                    badEpochs++;
                }

                var entry = new EpochProgress(epoch, epochs, trainLoss, validationLoss, validationAccuracy, learningRate, previous + Stopwatch.GetElapsedTime(start), isBest);
                history.Add(entry);
                progress?.Report(entry);

                var stopHere = options?.StopAfterEpoch == epoch;
                if (options?.CheckpointPath is string path && (epoch % every == 0 || stopHere))
                {
                    new Checkpoint(CheckpointAlgorithmName)
                    {
                        Epoch = epoch,
                        Weights = NetworkWeights.ToBytes(module),
                        Optimizer = Checkpoint.SaveOptimizer(optimizer),
                        BestWeights = bestWeights,
                        BestMetric = bestMetric,
                        BestEpoch = bestEpoch,
                        BadEpochs = badEpochs,
                        History = history.ToArray(),
                        Pipeline = pipeline,
                        TargetMean = mean,
                        TargetScale = scale,
                        ElapsedSeconds = entry.Elapsed.TotalSeconds,
                    }.Write(spec, path);
                }
                if (stopHere)
                {
                    interrupted = true;
                    break;
                }
            }

            if (!interrupted && network.RestoreBestWeights && bestWeights is not null && bestEpoch != history[^1].Epoch)
                NetworkWeights.Load(module, bestWeights, "the best epoch's weights");

            var summary = new TrainingSummary(summaryRows, test?.Rows ?? 0, featureCount, previous + Stopwatch.GetElapsedTime(start));
            var model = new TrainedNetwork(spec, network, pipeline, module, device, summary, new TrainingHistory(history, bestEpoch, stoppedEarly, interrupted), mean, scale);
            if (test is not null)
            {
                if (classifier) model.ClassificationTestReport = model.EvaluateClassifier(test);
                else model.RegressionTestReport = model.EvaluateRegressor(test);
            }
            return model;
        }
        catch
        {
            module.Dispose();
            throw;
        }
        finally
        {
            optimizer?.Dispose();
            xFit?.Dispose();
            yFit?.Dispose();
            xValidation?.Dispose();
            yValidation?.Dispose();
        }
    }

    /// <summary>The torch seed of an epoch; resume depends on it being a function of (seed, epoch) only.</summary>
    private static long EpochSeed(int seed, int epoch) => seed * 1_000_003L + epoch;

    private static void SeedTorch(long seed, torch.Device device)
    {
        torch.manual_seed(seed);
        if (device.type == DeviceType.CUDA) torch.cuda.manual_seed_all(seed);
    }

    private static double TrainEpoch(torch.nn.Module<Tensor, Tensor> module, OptimizerHelper optimizer, NetworkSpec network, Tensor x, Tensor y, int rows, int epoch, System.Threading.CancellationToken token)
    {
        module.train();
        var order = new long[rows];
        for (var i = 0; i < rows; i++) order[i] = i;
        new Random(unchecked((int)EpochSeed(network.Seed, epoch))).Shuffle(order);
        using var indices = torch.tensor(order, device: x.device);
        var parameters = module.parameters().ToArray();
        double total = 0;
        for (var at = 0; at < rows; at += network.BatchSize)
        {
            token.ThrowIfCancellationRequested();
            var length = Math.Min(network.BatchSize, rows - at);
            using var scope = torch.NewDisposeScope();
            var batch = indices.narrow(0, at, length);
            var xb = x.index_select(0, batch);
            var yb = y.index_select(0, batch);
            optimizer.zero_grad();
            var loss = Loss(network.Loss, module.call(xb), yb);
            loss.backward();
            if (network.GradientClipNorm > 0) torch.nn.utils.clip_grad_norm_(parameters, network.GradientClipNorm);
            optimizer.step();
            total += loss.item<float>() * (double)length;
        }
        return total / rows;
    }

    private static (double Loss, double Accuracy) Validate(torch.nn.Module<Tensor, Tensor> module, NetworkSpec network, Tensor x, Tensor y)
    {
        module.eval();
        using var noGrad = torch.no_grad();
        var rows = (int)x.shape[0];
        double loss = 0, correct = 0;
        for (var at = 0; at < rows; at += EvaluationBatch)
        {
            using var scope = torch.NewDisposeScope();
            var length = Math.Min(EvaluationBatch, rows - at);
            var xb = x.narrow(0, at, length);
            var yb = y.narrow(0, at, length);
            var output = module.call(xb);
            loss += Loss(network.Loss, output, yb).item<float>() * (double)length;
            if (network.Loss == LossKind.CrossEntropy) correct += output.argmax(1).eq(yb).sum().item<long>();
            else if (network.Loss == LossKind.BinaryCrossEntropy) correct += output.gt(0).to_type(torch.ScalarType.Float32).eq(yb).sum().item<long>();
        }
        return (loss / rows, correct / rows);
    }

    private static Tensor Loss(LossKind kind, Tensor output, Tensor target) => kind switch
    {
        LossKind.CrossEntropy => torch.nn.functional.cross_entropy(output, target),
        LossKind.BinaryCrossEntropy => torch.nn.functional.binary_cross_entropy_with_logits(output, target),
        LossKind.MeanSquaredError => torch.nn.functional.mse_loss(output, target),
        LossKind.MeanAbsoluteError => torch.nn.functional.l1_loss(output, target),
        _ => torch.nn.functional.huber_loss(output, target, 1.0),
    };

    private static OptimizerHelper CreateOptimizer(torch.nn.Module<Tensor, Tensor> module, NetworkSpec network) => network.Optimizer switch
    {
        OptimizerKind.Sgd => torch.optim.SGD(module.parameters(), network.LearningRate, momentum: network.Momentum, weight_decay: network.WeightDecay),
        OptimizerKind.Adam => torch.optim.Adam(module.parameters(), network.LearningRate, weight_decay: network.WeightDecay),
        _ => torch.optim.AdamW(module.parameters(), network.LearningRate, weight_decay: network.WeightDecay),
    };

    private static (TrainingData Train, TrainingData? Test) DeclaredSplit(ModelSpec spec, TrainingData data)
    {
        // As TrainedModel.SplitFor: the same rows as a classical model of the same declaration would hold out.
        if (spec.TestFraction <= 0) return (data, null);
        var labels = spec.Stratified && spec.Task == LearningTask.Classifier ? ClassLabels(data) : null;
        var (train, test) = DataSplit.TrainTest(data.Rows, spec.TestFraction, spec.Seed, labels);
        return (data.Subset(train), data.Subset(test));
    }

    private static (TrainingData Fit, TrainingData? Validation) ValidationSplit(ModelSpec spec, NetworkSpec network, TrainingData train)
    {
        if (network.ValidationFraction <= 0) return (train, null);
        var labels = spec.Task == LearningTask.Classifier ? ClassLabels(train) : null;
        var (fit, validation) = DataSplit.TrainTest(train.Rows, network.ValidationFraction, network.Seed, labels);
        return (train.Subset(fit), train.Subset(validation));
    }

    private static int[] ClassLabels(TrainingData data)
    {
        var labels = new int[data.Labels.Length];
        for (var i = 0; i < labels.Length; i++) labels[i] = (int)data.Labels[i];
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

    private static float[] FeatureArray(FeaturePipeline pipeline, TrainingData data)
    {
        var count = pipeline.OutputCount;
        var values = new float[data.Rows * count];
        var row = new double[count];
        for (var r = 0; r < data.Rows; r++)
        {
            pipeline.Transform(data.NumericRow(r), data.TextRow(r), row);
            for (var j = 0; j < count; j++) values[r * count + j] = (float)row[j];
        }
        return values;
    }

    private static (Tensor X, Tensor Y) Tensors(FeaturePipeline pipeline, TrainingData data, NetworkSpec network, double mean, double scale, torch.Device device)
    {
        var x = torch.tensor(FeatureArray(pipeline, data), new long[] { data.Rows, pipeline.OutputCount }, device: device);
        Tensor y;
        if (network.Loss == LossKind.CrossEntropy)
        {
            y = torch.tensor(data.Labels.Select(v => (long)v).ToArray(), device: device);
        }
        else
        {
            var targets = network.Loss == LossKind.BinaryCrossEntropy
                ? data.Labels.Select(v => (float)v).ToArray()
                : data.Labels.Select(v => (float)((v - mean) / scale)).ToArray();
            y = torch.tensor(targets, new long[] { data.Rows, 1 }, device: device);
        }
        return (x, y);
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
        ForwardProbabilities(FeatureArray(_pipeline, rows), rows.Rows, probabilities[..(rows.Rows * ClassCount)], classes[..rows.Rows]);
    }

    /// <summary>The predicted target of each row.</summary>
    public void PredictValues(TrainingData rows, Span<double> values)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Spec.Task != LearningTask.Regressor) throw new InvalidOperationException($"'{Spec.Name}' is a classifier; use PredictProbabilities.");
        if (values.Length < rows.Rows) throw new ArgumentException($"The span must hold {rows.Rows} values.", nameof(values));
        ForwardValues(FeatureArray(_pipeline, rows), rows.Rows, values[..rows.Rows]);
    }

    private void ForwardProbabilities(float[] features, int rows, Span<double> probabilities, Span<int> classes)
    {
        var count = _pipeline.OutputCount;
        var classCount = ClassCount;
        using var noGrad = torch.no_grad();
        using var outer = torch.NewDisposeScope();
        var all = torch.tensor(features, new long[] { rows, count }, device: Device);
        for (var at = 0; at < rows; at += EvaluationBatch)
        {
            var length = Math.Min(EvaluationBatch, rows - at);
            using var scope = torch.NewDisposeScope();
            var x = all.narrow(0, at, length);
            var output = Module.call(x);
            var p = Network.Loss == LossKind.BinaryCrossEntropy
                ? torch.cat(new[] { 1 - torch.sigmoid(output), torch.sigmoid(output) }, 1)
                : torch.nn.functional.softmax(output, 1);
            var values = p.to_type(torch.ScalarType.Float64).cpu().contiguous().data<double>();
            var target = probabilities.Slice(at * classCount, length * classCount);
            values.CopyTo(target);
            for (var r = 0; r < length; r++)
            {
                var row = target.Slice(r * classCount, classCount);
                var best = 0;
                for (var c = 1; c < classCount; c++)
                {
                    if (row[c] > row[best]) best = c;
                }
                classes[at + r] = best;
            }
        }
    }

    private void ForwardValues(float[] features, int rows, Span<double> values)
    {
        var count = _pipeline.OutputCount;
        using var noGrad = torch.no_grad();
        using var outer = torch.NewDisposeScope();
        var all = torch.tensor(features, new long[] { rows, count }, device: Device);
        for (var at = 0; at < rows; at += EvaluationBatch)
        {
            var length = Math.Min(EvaluationBatch, rows - at);
            using var scope = torch.NewDisposeScope();
            var x = all.narrow(0, at, length);
            var output = Module.call(x).reshape(length).to_type(torch.ScalarType.Float64).cpu().contiguous().data<double>();
            var target = values.Slice(at, length);
            output.CopyTo(target);
            for (var r = 0; r < length; r++) target[r] = target[r] * _targetScale + _targetMean;
        }
    }

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
        sections.Add("network.history", Checkpoint.EncodeHistory(History.Epochs));
        sections.Add("network.best", new[] { History.BestEpoch, History.StoppedEarly ? 1 : 0 });
        HeldOutMetrics.AddTo(sections, (object?)ClassificationTestReport ?? RegressionTestReport);
        sections.Add("network.weights", NetworkWeights.ToBytes(Module));
        Curves.AddTo(sections);
        return sections;
    }

    /// <summary>Loads a saved network, checking its declaration, architecture and integrity.</summary>
    /// <param name="spec">The model declaration.</param>
    /// <param name="network">The network declaration.</param>
    /// <param name="createModule">Creates the module the weights go into.</param>
    /// <param name="path">The model file.</param>
    /// <param name="device">Overrides the declared device.</param>
    /// <exception cref="ModelFileMismatchException">Another model, declaration or architecture.</exception>
    /// <exception cref="ModelFileCorruptedException">The file is damaged or truncated.</exception>
    public static TrainedNetwork Load(ModelSpec spec, NetworkSpec network, Func<torch.nn.Module<Tensor, Tensor>> createModule, string path, string? device = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(spec, network, createModule, stream, path, device);
    }

    /// <summary>Loads a saved network from a stream.</summary>
    /// <param name="spec">The model declaration.</param>
    /// <param name="network">The network declaration.</param>
    /// <param name="createModule">Creates the module the weights go into.</param>
    /// <param name="stream">The model file's bytes.</param>
    /// <param name="device">Overrides the declared device.</param>
    public static TrainedNetwork Load(ModelSpec spec, NetworkSpec network, Func<torch.nn.Module<Tensor, Tensor>> createModule, Stream stream, string? device = null) =>
        Load(spec, network, createModule, stream, "the model stream", device);

    private static TrainedNetwork Load(ModelSpec spec, NetworkSpec network, Func<torch.nn.Module<Tensor, Tensor>> createModule, Stream stream, string source, string? device)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(createModule);
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
        var history = Checkpoint.DecodeHistory(content.Doubles("network.history"), source);
        var summary = new TrainingSummary(counts[0], counts[1], counts[2], TimeSpan.FromSeconds(content.Doubles("summary.elapsed", 1)[0]));
        var selected = DeviceSelector.Select(device ?? network.Device);
        var module = createModule();
        try
        {
            module.to(selected);
            NetworkWeights.Load(module, content.Bytes("network.weights"), source);
            return new TrainedNetwork(spec, network, pipeline, module, selected, summary, new TrainingHistory(history, best[0], best[1] == 1), target[0], target[1]);
        }
        catch
        {
            module.Dispose();
            throw;
        }
    }

    /// <summary>Disposes the module.</summary>
    public void Dispose() => Module.Dispose();
}
