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
    private PredictionEngine<MlNetIrisRow, MlNetIrisPrediction> _chainEngine = null!;
    private MlNetIrisRow[] _rows = null!;
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
        _chainEngine = _models.TrainingChainEngine;
        _rows = _models.MlNetRows;
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

    /// <summary>The engine over the whole training chain (ML.NET's samples): the species column goes through the label mapping too.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public float MlNetPredictionEngineTrainingChain()
    {
        float sum = 0;
        for (int i = 0; i < Rows; i++) sum += _chainEngine.Predict(_rows[i]).Score[0];
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

/// <summary>
/// Where a generated prediction's time goes, layer by layer, on the same 150 rows (Mean per row): the preprocessing
/// pipeline, the runtime model's calls, and a hand-written floor for this model (three 4-term dot products and a softmax
/// with Math.Exp, no TensorPrimitives) — what the same arithmetic costs without per-call overheads.
/// </summary>
[MemoryDiagnoser]
public class PredictionBreakdown
{
    private const int Rows = 150;
    private IrisModels _models = null!;
    private ModelDsl.Runtime.Models.TrainedClassifier _trained = null!;
    private ModelDsl.Runtime.Models.FeaturePipeline _pipeline = null!;
    private LogisticRegressionModel _runtime = null!;
    private double[] _features = null!;
    private double[] _coefficients = null!;
    private double[] _intercepts = null!;
    private readonly double[] _output = new double[IrisModels.Classes + 1];

    [GlobalSetup]
    public void Setup()
    {
        _models = IrisModels.Create();
        _trained = _models.Generated.Trained;
        _pipeline = _trained.Pipeline;
        _runtime = _models.Runtime;
        _coefficients = _runtime.Coefficients.ToArray();
        _intercepts = _runtime.Intercepts.ToArray();
        var flowers = _models.Flowers;
        _features = new double[Rows * 4];
        for (int i = 0; i < Rows; i++)
        {
            _features[i * 4] = flowers[i].SepalLength;
            _features[i * 4 + 1] = flowers[i].SepalWidth;
            _features[i * 4 + 2] = flowers[i].PetalLength;
            _features[i * 4 + 3] = flowers[i].PetalWidth;
        }
    }

    private ReadOnlySpan<double> Row(int i) => new(_features, i * 4, 4);

    [Benchmark(OperationsPerInvoke = Rows)]
    public double FeaturePipelineTransform()
    {
        double sum = 0;
        Span<double> output = stackalloc double[4];
        for (int i = 0; i < Rows; i++)
        {
            _pipeline.Transform(Row(i), default, output);
            sum += output[0];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public double RuntimeDecisionFunction()
    {
        double sum = 0;
        Span<double> scores = stackalloc double[3];
        for (int i = 0; i < Rows; i++)
        {
            _runtime.DecisionFunction(Row(i), scores);
            sum += scores[0];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public double RuntimePredictProbabilities()
    {
        double sum = 0;
        Span<double> p = stackalloc double[3];
        for (int i = 0; i < Rows; i++)
        {
            _runtime.PredictProbabilities(Row(i), p);
            sum += p[0];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int RuntimePredictClass()
    {
        int sum = 0;
        for (int i = 0; i < Rows; i++) sum += _runtime.Predict(Row(i));
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public double TrainedClassifierPredictProbabilities()
    {
        double sum = 0;
        Span<double> p = stackalloc double[3];
        for (int i = 0; i < Rows; i++) sum += _trained.PredictProbabilities(Row(i), default, p);
        return sum;
    }

    /// <summary>Softmax alone, as the runtime does it (TensorPrimitives Max, Subtract, Exp, Sum, Divide on 3 values).</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public double SoftmaxTensorPrimitives()
    {
        double sum = 0;
        Span<double> s = stackalloc double[3];
        for (int i = 0; i < Rows; i++)
        {
            Row(i)[..3].CopyTo(s);
            double max = System.Numerics.Tensors.TensorPrimitives.Max<double>(s);
            System.Numerics.Tensors.TensorPrimitives.Subtract(s, max, s);
            System.Numerics.Tensors.TensorPrimitives.Exp(s, s);
            double total = System.Numerics.Tensors.TensorPrimitives.Sum<double>(s);
            System.Numerics.Tensors.TensorPrimitives.Divide(s, total, s);
            sum += s[0];
        }
        return sum;
    }

    /// <summary>The floor: the same probabilities with plain loops and Math.Exp.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public double HandWrittenFloor()
    {
        double sum = 0;
        var w = _coefficients;
        var b = _intercepts;
        var p = _output;
        for (int i = 0; i < Rows; i++)
        {
            var x = Row(i);
            double max = double.NegativeInfinity;
            for (int k = 0; k < 3; k++)
            {
                double s = b[k] + w[k * 4] * x[0] + w[k * 4 + 1] * x[1] + w[k * 4 + 2] * x[2] + w[k * 4 + 3] * x[3];
                p[k] = s;
                if (s > max) max = s;
            }
            double total = 0;
            for (int k = 0; k < 3; k++) total += p[k] = Math.Exp(p[k] - max);
            sum += p[0] / total;
        }
        return sum;
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
