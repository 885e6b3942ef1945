using System;
using BenchmarkDotNet.Attributes;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Benchmarks.Forests;

/// <summary>
/// Single prediction of a 100-tree forest: ML.NET 5.0.1 FastForest through a <c>PredictionEngine</c> against ModelDsl's
/// generated model and its runtime model, on the same 1,000 test rows (<see cref="ForestModels"/>; run <c>verify</c>
/// first). Each operation predicts every row once (<c>OperationsPerInvoke = 1000</c>), so times and bytes are per row.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class SinglePrediction
{
    private ForestModels _m = null!;
    private MlOutput _output = new();
    private TreeClassifierModel _fullRuntime = null!;
    private TreeClassifierModel _smallRuntime = null!;
    private double[] _probabilities = new double[2];

    [GlobalSetup]
    public void Setup()
    {
        _m = ForestModels.Load();
        _fullRuntime = (TreeClassifierModel)_m.Full.Trained.Algorithm;
        _smallRuntime = (TreeClassifierModel)_m.Small.Trained.Algorithm;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ForestModels.Inputs, Description = "ML.NET FastForest 20 leaves: engine.Predict(row)")]
    public float MlNet20()
    {
        float sum = 0;
        foreach (var row in _m.MlRows) sum += _m.FastForest20.Predict(row).Score;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = ForestModels.Inputs, Description = "ML.NET FastForest 20 leaves: engine.Predict(row, ref output)")]
    public float MlNet20Reused()
    {
        float sum = 0;
        foreach (var row in _m.MlRows)
        {
            _m.FastForest20.Predict(row, ref _output);
            sum += _output.Score;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = ForestModels.Inputs, Description = "ML.NET FastForest 32 leaves: engine.Predict(row)")]
    public float MlNet32()
    {
        float sum = 0;
        foreach (var row in _m.MlRows) sum += _m.FastForest32.Predict(row).Score;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = ForestModels.Inputs, Description = "ModelDsl SmallForest (depth 5): generated Predict(in row)")]
    public double SmallGenerated()
    {
        double sum = 0;
        foreach (ref readonly var row in _m.Rows.AsSpan()) sum += _m.Small.Predict(in row).Probability1;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = ForestModels.Inputs, Description = "ModelDsl SmallForest (depth 5): runtime PredictProbabilities(span)")]
    public double SmallRuntime()
    {
        double sum = 0;
        foreach (var features in _m.Features)
        {
            _smallRuntime.PredictProbabilities(features, _probabilities);
            sum += _probabilities[1];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = ForestModels.Inputs, Description = "ModelDsl FullForest (unlimited depth): generated Predict(in row)")]
    public double FullGenerated()
    {
        double sum = 0;
        foreach (ref readonly var row in _m.Rows.AsSpan()) sum += _m.Full.Predict(in row).Probability1;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = ForestModels.Inputs, Description = "ModelDsl FullForest (unlimited depth): runtime PredictProbabilities(span)")]
    public double FullRuntime()
    {
        double sum = 0;
        foreach (var features in _m.Features)
        {
            _fullRuntime.PredictProbabilities(features, _probabilities);
            sum += _probabilities[1];
        }
        return sum;
    }
}
