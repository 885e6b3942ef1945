using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.ML;
using ModelDsl.Benchmarks.Learners.Iris;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Benchmarks.Learners;

/// <summary>
/// One prediction at a time on the 150 iris rows (each operation predicts every row once, so Mean and Allocated are per
/// row): ML.NET 5.0.1's PredictionEngine against the generated <see cref="IrisClassifier"/> and the runtime's
/// <see cref="LogisticRegressionModel"/>, all with the same weights (checked in the setup, see <see cref="IrisModels"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SinglePrediction
{
    private const int Rows = 150;
    private IrisModels _models = null!;
    private PredictionEngine<MlNetIrisFeatures, MlNetIrisPrediction> _engine = null!;
    private MlNetIrisFeatures[] _inputs = null!;
    private MlNetIrisPrediction _reused = new();
    private IrisClassifier _generated = null!;
    private Flower[] _flowers = null!;
    private LogisticRegressionModel _runtime = null!;
    private double[] _features = null!;

    [GlobalSetup]
    public void Setup()
    {
        _models = IrisModels.Create();
        Console.WriteLine(_models.Report);
        _engine = _models.Engine;
        _inputs = _models.MlNetInputs;
        _generated = _models.Generated;
        _flowers = _models.Flowers;
        _runtime = _models.Runtime;
        if (_flowers.Length != Rows) throw new InvalidOperationException($"iris.csv has {_flowers.Length} rows, not {Rows}.");
        _features = new double[Rows * IrisModels.Features];
        for (int i = 0; i < Rows; i++)
        {
            _features[i * 4] = _flowers[i].SepalLength;
            _features[i * 4 + 1] = _flowers[i].SepalWidth;
            _features[i * 4 + 2] = _flowers[i].PetalLength;
            _features[i * 4 + 3] = _flowers[i].PetalWidth;
        }
    }

    /// <summary>The usual call: a new output object per prediction.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public float MlNetPredictionEngine()
    {
        float sum = 0;
        for (int i = 0; i < Rows; i++) sum += _engine.Predict(_inputs[i]).Score[0];
        return sum;
    }

    /// <summary>ML.NET's cheapest single-row call: the output object (and its score array) reused.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public float MlNetPredictionEngineReusedOutput()
    {
        float sum = 0;
        for (int i = 0; i < Rows; i++)
        {
            _engine.Predict(_inputs[i], ref _reused);
            sum += _reused.Score[0];
        }
        return sum;
    }

    /// <summary>The generated typed API: <c>model.Predict(in Flower)</c> → <c>IrisClassifier.Prediction</c>.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public double ModelDslGenerated()
    {
        double sum = 0;
        for (int i = 0; i < Rows; i++) sum += _generated.Predict(in _flowers[i]).ProbabilitySetosa;
        return sum;
    }

    /// <summary>The runtime model alone, on a ready feature vector (what the generated class adds is the difference).</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public double ModelDslRuntime()
    {
        double sum = 0;
        Span<double> p = stackalloc double[IrisModels.Classes];
        for (int i = 0; i < Rows; i++)
        {
            _runtime.PredictProbabilities(new ReadOnlySpan<double>(_features, i * 4, 4), p);
            sum += p[0];
        }
        return sum;
    }
}

/// <summary>
/// Batch prediction of 15,000 rows (iris × 100) per operation; Mean and Allocated are per row, Rows/s = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class BatchPrediction
{
    public const int Rows = 15_000;
    private IrisModels _models = null!;
    private Flower[] _flowers = null!;
    private IrisClassifier.Prediction[] _predictions = null!;
    private FeatureMatrix _matrix;
    private double[] _probabilities = null!;
    private IDataView _view = null!;
    private MlNetIrisFeatures[] _inputs = null!;
    private MlNetIrisPrediction _reused = new();

    [GlobalSetup]
    public void Setup()
    {
        _models = IrisModels.Create();
        Console.WriteLine(_models.Report);
        _flowers = IrisModels.Repeat(_models.Flowers, Rows);
        _predictions = new IrisClassifier.Prediction[Rows];
        var values = new double[Rows * IrisModels.Features];
        for (int i = 0; i < Rows; i++)
        {
            values[i * 4] = _flowers[i].SepalLength;
            values[i * 4 + 1] = _flowers[i].SepalWidth;
            values[i * 4 + 2] = _flowers[i].PetalLength;
            values[i * 4 + 3] = _flowers[i].PetalWidth;
        }
        _matrix = new FeatureMatrix(values, Rows, IrisModels.Features);
        _probabilities = new double[Rows * IrisModels.Classes];
        _inputs = IrisModels.Repeat(_models.MlNetInputs, Rows);
        _view = _models.Context.Data.LoadFromEnumerable(_inputs);
    }

    /// <summary>ML.NET's batch path: Transform over an IDataView, rows read back through CreateEnumerable (row object reused).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public float MlNetTransform()
    {
        float sum = 0;
        var scored = _models.MlNetModel.Transform(_view);
        foreach (var p in _models.Context.Data.CreateEnumerable<MlNetIrisPrediction>(scored, reuseRowObject: true)) sum += p.Score[0];
        return sum;
    }

    /// <summary>ML.NET's PredictionEngine in a loop, output reused.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public float MlNetPredictionEngineLoop()
    {
        float sum = 0;
        var engine = _models.Engine;
        for (int i = 0; i < Rows; i++)
        {
            engine.Predict(_inputs[i], ref _reused);
            sum += _reused.Score[0];
        }
        return sum;
    }

    /// <summary>The generated span API: <c>Predict(ReadOnlySpan&lt;Flower&gt;, Span&lt;Prediction&gt;)</c>.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public double ModelDslGeneratedSpan()
    {
        _models.Generated.Predict(_flowers, _predictions);
        return _predictions[Rows - 1].ProbabilitySetosa;
    }

    /// <summary>The runtime's batch extension over a feature matrix (probabilities, row-major).</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public double ModelDslRuntimeMatrix()
    {
        _models.Runtime.PredictProbabilities(_matrix, _probabilities);
        return _probabilities[0];
    }
}

/// <summary>Adds a Rows/s column (1 s / Mean, Mean being per row).</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new RowsPerSecondColumn());
}

public sealed class RowsPerSecondColumn : IColumn
{
    public string Id => nameof(RowsPerSecondColumn);

    public string ColumnName => "Rows/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Rows predicted per second: 1 s / Mean (Mean is per row)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "NA" : (1e9 / statistics.Mean).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
