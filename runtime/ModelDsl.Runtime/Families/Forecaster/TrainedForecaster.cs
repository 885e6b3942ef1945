using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ArCatalog = ModelDsl.Catalog.Algorithms.Autoregression;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// A trained forecaster: an autoregression of the declaration's target series, plus the end of the series
/// it was trained on so that it can forecast what comes next. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Rows are a time-ordered series, oldest first. A declared split holds out the <em>last</em> rows (never a
/// random sample, which would leak the future into training): the model is fitted on the rows before them
/// and <see cref="TestReport"/> scores one-step-ahead forecasts of the held-out rows.
/// </remarks>
public sealed class TrainedForecaster : ITrainedModelCore
{
    private readonly double[] _history;

    private TrainedForecaster(ModelSpec spec, AutoregressionModel algorithm, double[] history, TrainingSummary summary)
    {
        Spec = spec;
        Algorithm = algorithm;
        _history = history;
        Summary = summary;
    }

    /// <inheritdoc />
    public ModelSpec Spec { get; }

    /// <inheritdoc />
    public TrainingSummary Summary { get; }

    /// <summary>The fitted autoregression.</summary>
    public AutoregressionModel Algorithm { get; }

    /// <summary>One-step-ahead forecasts of the held-out last rows; null without a split.</summary>
    public RegressionReport? TestReport { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<(string Name, double Value)> TestMetrics => HeldOutMetrics.Of(TestReport);

    /// <summary>The last values of all the rows given to <see cref="Train"/> (what <see cref="Forecast(Span{double})"/> continues).</summary>
    public ReadOnlySpan<double> History => _history;

    /// <summary>Trains per the declaration on a time-ordered series (oldest first).</summary>
    /// <exception cref="ArgumentException">The series is too short for the declared lags.</exception>
    public static TrainedForecaster Train(ModelSpec spec, TrainingData data, TrainingOptions? options = null, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        var start = Stopwatch.GetTimestamp();
        var series = data.Labels;
        var testRows = spec.TestFraction > 0 && options?.IgnoreSplit != true ? (int)Math.Round(series.Length * spec.TestFraction) : 0;
        var trainRows = series.Length - testRows;
        progress?.Report(new TrainingProgress("fitting " + spec.Algorithm, 0.1, Stopwatch.GetElapsedTime(start)));
        var algorithm = AutoregressionTrainer.Fit(series.AsSpan(0, trainRows), Options(spec));
        var history = series.AsSpan(series.Length - Math.Min(series.Length, algorithm.HistoryNeeded)).ToArray();
        var model = new TrainedForecaster(spec, algorithm, history,
            new TrainingSummary(trainRows, testRows, algorithm.Coefficients.Length, Stopwatch.GetElapsedTime(start)));
        if (testRows > 0)
        {
            progress?.Report(new TrainingProgress("evaluating", 0.9, Stopwatch.GetElapsedTime(start)));
            model.TestReport = model.OneStepAhead(series, trainRows);
        }
        if ((options?.Log ?? spec.Log) is { } log) RunLogs.RunLog.WriteRun(log, model);
        progress?.Report(new TrainingProgress("done", 1, Stopwatch.GetElapsedTime(start)));
        return model;
    }

    private static AutoregressionOptions Options(ModelSpec spec) => spec.Algorithm switch
    {
        ArCatalog.Name => new AutoregressionOptions(spec.Integer(ArCatalog.Lags), spec.Integer(ArCatalog.Difference), spec.Integer(ArCatalog.SeasonalLag),
            spec.Flag(ModelDsl.Catalog.Algorithms.CommonParameters.FitIntercept)),
        _ => throw new NotSupportedException($"Forecaster algorithm '{spec.Algorithm}' is not known to this runtime."),
    };

    /// <summary>Scores one-step-ahead forecasts of every row of <paramref name="data"/> that has enough history before it.</summary>
    public RegressionReport Evaluate(TrainingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return OneStepAhead(data.Labels, Algorithm.HistoryNeeded);
    }

    private RegressionReport OneStepAhead(double[] series, int from)
    {
        from = Math.Max(from, Algorithm.HistoryNeeded);
        if (from >= series.Length) throw new ArgumentException($"Evaluating needs more than {Algorithm.HistoryNeeded} values (the forecast's history); the series has {series.Length}.");
        var truth = series.AsSpan(from);
        var predicted = new double[truth.Length];
        for (var t = from; t < series.Length; t++) Algorithm.Forecast(series.AsSpan(0, t), predicted.AsSpan(t - from, 1));
        var metrics = RegressionMetrics.Compute(truth, predicted);
        return new RegressionReport(truth.Length, metrics.R2, metrics.MeanAbsoluteError, metrics.RootMeanSquaredError);
    }

    /// <summary>Forecasts the <c>output.Length</c> values after <paramref name="history"/> (oldest first).</summary>
    public void Forecast(ReadOnlySpan<double> history, Span<double> output) => Algorithm.Forecast(history, output);

    /// <summary>The value right after <paramref name="history"/> (oldest first): a one-step forecast.</summary>
    public double ForecastNext(ReadOnlySpan<double> history) => Algorithm.ForecastNext(history);

    /// <summary>Forecasts the values after the series the model was trained on.</summary>
    public void Forecast(Span<double> output) => Algorithm.Forecast(_history, output);

    /// <inheritdoc />
    public void Save(string path) => ModelFile.Write(path, Header, Sections());

    /// <inheritdoc />
    public void Save(Stream stream) => ModelFile.Write(stream, Header, Sections());

    private ModelFileHeader Header => new(Spec.Name, Spec.Algorithm, Spec.DeclarationHash);

    private ModelFileSections Sections() => new ModelFileSections()
        .Add("summary", new[] { Summary.TrainingRows, Summary.TestRows, Summary.FeatureCount })
        .Add("summary.elapsed", new[] { Summary.Elapsed.TotalSeconds })
        .Add(ArCatalog.OrdersSection, new[] { Algorithm.Lags, Algorithm.Difference, Algorithm.SeasonalLag })
        .Add(ArCatalog.CoefficientsSection, Algorithm.Coefficients.ToArray())
        .Add(ArCatalog.InterceptSection, new[] { Algorithm.Intercept })
        .Add(ArCatalog.HistorySection, _history);

    /// <summary>Loads a saved forecaster, checking it was trained from this declaration.</summary>
    public static TrainedForecaster Load(ModelSpec spec, Stream stream) => Load(spec, stream, "the model stream");

    /// <summary>Loads a saved forecaster from a file.</summary>
    public static TrainedForecaster Load(ModelSpec spec, string path)
    {
        using var stream = File.OpenRead(path);
        return Load(spec, stream, path);
    }

    private static TrainedForecaster Load(ModelSpec spec, Stream stream, string source)
    {
        var content = ModelFile.Read(stream, spec.Name, spec.DeclarationHash, source);
        if (content.Header.Algorithm != spec.Algorithm)
            throw new ModelFileMismatchException($"{source} was trained with '{content.Header.Algorithm}', but the declaration uses '{spec.Algorithm}'.");
        var orders = content.Ints(ArCatalog.OrdersSection, 3);
        var declared = Options(spec);
        if (orders[0] != declared.Lags || orders[1] != declared.Difference || orders[2] != declared.SeasonalLag)
            throw new ModelFileMismatchException($"{source} holds AR({orders[0]}), d = {orders[1]}, seasonal lag {orders[2]}, but the declaration says AR({declared.Lags}), d = {declared.Difference}, seasonal lag {declared.SeasonalLag}.");
        try
        {
            var algorithm = AutoregressionModel.FromParameters(orders[0], orders[1], orders[2], content.Doubles(ArCatalog.CoefficientsSection), content.Doubles(ArCatalog.InterceptSection, 1)[0]);
            var history = content.Doubles(ArCatalog.HistorySection);
            if (history.Length < algorithm.HistoryNeeded) throw new ArgumentException($"the saved history has {history.Length} values, the model needs {algorithm.HistoryNeeded}");
            var counts = content.Ints("summary", 3);
            return new TrainedForecaster(spec, algorithm, history,
                new TrainingSummary(counts[0], counts[1], counts[2], TimeSpan.FromSeconds(content.Doubles("summary.elapsed", 1)[0])));
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException($"{source}: its parameters do not fit the model ({e.Message})", e);
        }
    }
}
