using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Models;

/// <summary>How training went.</summary>
/// <param name="TrainingRows">Rows the algorithm was fitted on.</param>
/// <param name="TestRows">Rows held out by the declared split.</param>
/// <param name="FeatureCount">Length of the feature vector after preprocessing.</param>
/// <param name="Elapsed">Wall time of training.</param>
public sealed record TrainingSummary(int TrainingRows, int TestRows, int FeatureCount, TimeSpan Elapsed);

/// <summary>What every trained model offers tools that work with any model.</summary>
public interface ITrainedModelCore
{
    /// <summary>The declaration it was trained from.</summary>
    ModelSpec Spec { get; }

    /// <summary>How training went.</summary>
    TrainingSummary Summary { get; }

    /// <summary>Saves the model atomically.</summary>
    void Save(string path);

    /// <summary>Saves the model to a stream.</summary>
    void Save(Stream stream);

    /// <summary>
    /// The curves of training: the loss (and a metric) per iteration, sweep or epoch; empty for a fit without
    /// iterations (closed-form learners, trees). Saved in the model file and loaded back with it.
    /// </summary>
    TrainingCurves Curves => TrainingCurves.Empty;

    /// <summary>
    /// The headline metrics on the rows the declared split held out (<see cref="HeldOutMetrics.Of"/>; what the model
    /// file keeps); empty without a split.
    /// </summary>
    IReadOnlyList<(string Name, double Value)> TestMetrics => [];
}

/// <summary>Implemented by every generated model class.</summary>
public interface ITrainedModel
{
    /// <summary>The trained model behind the typed API.</summary>
    ITrainedModelCore Core { get; }
}

/// <summary>Common part of trained classifiers, regressors and clusterers: preprocessing, saving, loading.</summary>
public abstract class TrainedModel : ITrainedModelCore
{
    private protected const int StackLimit = 1024;

    private protected TrainedModel(ModelSpec spec, FeaturePipeline pipeline, TrainingSummary summary)
    {
        Spec = spec;
        Pipeline = pipeline;
        Summary = summary;
    }

    /// <inheritdoc />
    public ModelSpec Spec { get; }

    /// <summary>The fitted preprocessing.</summary>
    public FeaturePipeline Pipeline { get; }

    /// <inheritdoc />
    public TrainingSummary Summary { get; }

    /// <summary>
    /// The loss (and a metric) per iteration of the fit, as the learner reported them: L-BFGS iterations, coordinate-descent
    /// sweeps, the winning k-means restart's Lloyd iterations, SMO iterations, interior-point iterations. Empty for
    /// closed-form learners and trees, and for models loaded from files written before curves were stored.
    /// </summary>
    public TrainingCurves Curves { get; private protected set; } = TrainingCurves.Empty;

    /// <inheritdoc />
    public void Save(string path) => ModelFile.Write(path, Header, Sections());

    /// <inheritdoc />
    public void Save(Stream stream) => ModelFile.Write(stream, Header, Sections());

    private ModelFileHeader Header => new(Spec.Name, Spec.Algorithm, Spec.DeclarationHash);

    private ModelFileSections Sections()
    {
        var sections = new ModelFileSections();
        sections.Add("summary", new[] { Summary.TrainingRows, Summary.TestRows, Summary.FeatureCount });
        sections.Add("summary.elapsed", new[] { Summary.Elapsed.TotalSeconds });
        Pipeline.WriteTo(sections);
        WriteAlgorithm(sections);
        Curves.AddTo(sections);
        HeldOutMetrics.AddTo(sections, HeldOutReport);
        return sections;
    }

    /// <summary>The metrics on the held-out rows, when training had a split (kept in the model file).</summary>
    private protected abstract object? HeldOutReport { get; }

    /// <inheritdoc />
    public IReadOnlyList<(string Name, double Value)> TestMetrics => HeldOutMetrics.Of(HeldOutReport);

    private protected abstract void WriteAlgorithm(ModelFileSections sections);

    private protected static (ModelFileContent Content, FeaturePipeline Pipeline, TrainingSummary Summary) Open(ModelSpec spec, Stream stream, string source)
    {
        var content = ModelFile.Read(stream, spec.Name, spec.DeclarationHash, source);
        if (content.Header.Algorithm != spec.Algorithm)
            throw new ModelFileMismatchException($"{source} was trained with '{content.Header.Algorithm}', but the declaration uses '{spec.Algorithm}'.");
        var counts = content.Ints("summary", 3);
        var pipeline = FeaturePipeline.ReadFrom(spec, content);
        if (pipeline.OutputCount != counts[2])
            throw new ModelFileCorruptedException($"{source}: its preprocessing makes {pipeline.OutputCount} features, but it was trained on {counts[2]}.");
        var summary = new TrainingSummary(counts[0], counts[1], counts[2], TimeSpan.FromSeconds(content.Doubles("summary.elapsed", 1)[0]));
        return (content, pipeline, summary);
    }

    /// <summary>Sets the curves a loaded model's file holds (none in files written before they were stored).</summary>
    private protected static T WithCurves<T>(T model, ModelFileContent content)
        where T : TrainedModel
    {
        model.Curves = TrainingCurves.ReadFrom(content);
        return model;
    }

    private protected static T LoadFile<T>(string path, Func<Stream, string, T> load)
    {
        using var stream = File.OpenRead(path);
        return load(stream, path);
    }

    /// <summary>The preprocessed feature matrix of some rows.</summary>
    private protected FeatureMatrix Features(TrainingData data) => Matrix(Pipeline, data);

    private protected static FeatureMatrix Matrix(FeaturePipeline pipeline, TrainingData data)
    {
        var values = new double[data.Rows * pipeline.OutputCount];
        for (var r = 0; r < data.Rows; r++)
            pipeline.Transform(data.NumericRow(r), data.TextRow(r), values.AsSpan(r * pipeline.OutputCount, pipeline.OutputCount));
        return new FeatureMatrix(values, data.Rows, pipeline.OutputCount);
    }

    /// <summary>Runs <paramref name="use"/> on one row's feature vector, on the stack when it is small.</summary>
    private protected TResult WithFeatures<TState, TResult>(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, TState state, FeatureFunc<TState, TResult> use)
        where TState : allows ref struct
    {
        var count = Pipeline.OutputCount;
        if (count <= StackLimit)
        {
            Span<double> features = stackalloc double[count];
            Pipeline.Transform(numeric, text, features);
            return use(features, state);
        }
        var rented = ArrayPool<double>.Shared.Rent(count);
        try
        {
            var features = rented.AsSpan(0, count);
            Pipeline.Transform(numeric, text, features);
            return use(features, state);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>A feature vector of up to 16 values kept in the caller's frame (no variable-size stackalloc).</summary>
    [System.Runtime.CompilerServices.InlineArray(SmallFeatures)]
    private protected struct SmallBuffer
    {
        private double _element;
    }

    /// <summary>The call site of the non-generic prediction methods (every caller shares its profile).</summary>
    private protected struct SharedCallSite { }

    /// <summary>Feature vectors up to this length use <see cref="SmallBuffer"/>.</summary>
    private protected const int SmallFeatures = 16;

    private protected delegate TResult FeatureFunc<TState, TResult>(ReadOnlySpan<double> features, TState state)
        where TState : allows ref struct;

    private protected static (TrainingData Train, TrainingData? Test) SplitFor(ModelSpec spec, TrainingData data, TrainingOptions? options)
    {
        if (data.Rows == 0) throw new TrainingDataException($"'{spec.Name}' has no rows to train on");
        if (data.Rows == 1) throw new TrainingDataException($"'{spec.Name}' has 1 row to train on; training needs at least 2");
        if (spec.TestFraction <= 0 || options?.IgnoreSplit == true) return (data, null);
        var labels = spec.Stratified ? ClassLabels(data) : default;
        var (train, test) = DataSplit.TrainTest(data.Rows, spec.TestFraction, options?.Seed ?? spec.Seed, labels);
        // A stratified split keeps every class in training, so when each class has a single row it holds out none; a
        // report on no rows would read as accuracy 0.
        if (test.Length == 0)
            throw new TrainingDataException($"the stratified split of '{spec.Name}' holds out none of its {data.Rows} rows: a class's only row always stays in training (add rows, or split without 'stratified')");
        return (data.Subset(train), data.Subset(test));
    }

    /// <summary>A classifier's training rows hold at least two classes (scikit-learn's LogisticRegression and LDA refuse
    /// one class too); a model of one class would predict it for every row.</summary>
    private protected static void RequireTwoClasses(ModelSpec spec, int[] labels)
    {
        if (labels.Length == 0) return;
        var first = labels[0];
        foreach (var label in labels)
        {
            if (label != first) return;
        }
        var name = first >= 0 && first < spec.ClassNames.Count ? spec.ClassNames[first] : first.ToString(System.Globalization.CultureInfo.InvariantCulture);
        throw new TrainingDataException($"the {labels.Length} training rows of '{spec.Name}' are all of the class '{name}'; a classifier needs rows of at least 2 classes");
    }

    private protected static int[] ClassLabels(TrainingData data)
    {
        var labels = new int[data.Labels.Length];
        for (var i = 0; i < labels.Length; i++) labels[i] = (int)data.Labels[i];
        return labels;
    }

    private protected static TimeSpan Since(long start) => Stopwatch.GetElapsedTime(start);
}

/// <summary>
/// A trained model with its algorithm and report types: the shared flow of training (split, fit the
/// preprocessing, fit the algorithm, evaluate the held-out rows) and of cross-validation.
/// </summary>
public abstract class TrainedModel<TAlgorithm, TReport> : TrainedModel
    where TReport : class
{
    private protected TrainedModel(ModelSpec spec, FeaturePipeline pipeline, TrainingSummary summary, TAlgorithm algorithm)
        : base(spec, pipeline, summary) => Algorithm = algorithm;

    /// <summary>The fitted algorithm (its parameters are public on the concrete type).</summary>
    public TAlgorithm Algorithm { get; }

    /// <summary>Metrics on the rows the declared split held out; null without a split.</summary>
    public TReport? TestReport { get; private set; } // set once, inside Train, before the model is returned

    private protected override object? HeldOutReport => TestReport;

    /// <summary>Metrics on <paramref name="data"/>.</summary>
    public abstract TReport Evaluate(TrainingData data);

    private protected static TModel Train<TModel>(
        ModelSpec spec,
        TrainingData data,
        TrainingOptions? options,
        IProgress<TrainingProgress>? progress,
        Func<ModelSpec, FeatureMatrix, TrainingData, IProgress<FitProgress>, TAlgorithm> fit,
        Func<FeaturePipeline, TrainingSummary, TAlgorithm, TModel> create,
        Func<TAlgorithm, int>? winningRun = null)
        where TModel : TrainedModel<TAlgorithm, TReport>
    {
        var start = Stopwatch.GetTimestamp();
        var (train, test) = SplitFor(spec, data, options);
        progress?.Report(new TrainingProgress("preprocessing", 0.05, Since(start)));
        var pipeline = FeaturePipeline.Fit(spec, train);
        var stage = "fitting " + spec.Algorithm;
        progress?.Report(new TrainingProgress(stage, 0.1, Since(start)));
        // The recorder always records the curves; it forwards iterations to progress (throttled) only when there is one.
        var recorder = new FitRecorder(progress, start, stage, 0.1, 0.95);
        // The options' seed reaches the algorithm's own seed parameter too (trees' feature draws, forests' bootstrap,
        // k-means' initialisation), not only the split.
        var fitSpec = options?.Seed is int seed ? spec.WithSeed(seed) : spec;
        var algorithm = fit(fitSpec, Matrix(pipeline, train), train, recorder);
        recorder.Flush();
        var model = create(pipeline, new TrainingSummary(train.Rows, test?.Rows ?? 0, pipeline.OutputCount, Since(start)), algorithm);
        model.Curves = recorder.Curves(winningRun?.Invoke(algorithm) ?? 0);
        if (test is not null)
        {
            progress?.Report(new TrainingProgress("evaluating", 0.95, Since(start)));
            model.TestReport = model.Evaluate(test);
        }
        if (options?.WithoutRunLog != true && (options?.Log ?? spec.Log) is { } log) RunLogs.RunLog.WriteRun(log, model);
        progress?.Report(new TrainingProgress("done", 1, Since(start)));
        return model;
    }

    private protected static CrossValidationReport<TReport> CrossValidate(
        ModelSpec spec,
        TrainingData data,
        int k,
        TrainingOptions? options,
        Func<TrainingData, TrainingOptions, TrainedModel<TAlgorithm, TReport>> train,
        Func<TReport, double> metric,
        string metricName)
    {
        if (k >= 2 && data.Rows < k) throw new TrainingDataException($"{k}-fold cross-validation of '{spec.Name}' needs at least {k} rows; the data has {data.Rows}");
        var stratify = spec.Stratified && spec.Task == LearningTask.Classifier ? ClassLabels(data) : default;
        var folds = DataSplit.KFold(data.Rows, k, options?.Seed ?? spec.Seed, stratify);
        // the folds are not runs of their own: no run log each
        var foldOptions = new TrainingOptions { IgnoreSplit = true, Seed = options?.Seed, WithoutRunLog = true };
        var reports = folds.Select(f => train(data.Subset(f.Train), foldOptions).Evaluate(data.Subset(f.Test))).ToList();
        var values = reports.Select(metric).ToList();
        var mean = values.Average();
        var std = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
        return new CrossValidationReport<TReport>(reports, metricName, mean, std);
    }
}
