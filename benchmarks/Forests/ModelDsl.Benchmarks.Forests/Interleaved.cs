using System;
using System.Globalization;
using ModelDsl.Benchmarks.Shared;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Benchmarks.Forests;

/// <summary>
/// <c>ab [ROUNDS]</c>: the prediction comparison interleaved (see <see cref="InterleavedRuns"/>): one pass over the
/// 1,000 test rows per method and round; times and bytes per row.
/// </summary>
public static class Interleaved
{
    public static int Execute(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 101;
        var m = ForestModels.Load();
        var full = (TreeClassifierModel)m.Full.Trained.Algorithm;
        var small = (TreeClassifierModel)m.Small.Trained.Algorithm;
        var p = new double[2];
        var output = new MlOutput();
        int rows = m.Rows.Length;
        var methods = new InterleavedMethod[]
        {
            new("ML.NET FastForest 20 leaves, engine.Predict(row)", () => { double s = 0; foreach (var r in m.MlRows) s += m.FastForest20.Predict(r).Score; return s; }, rows),
            new("ML.NET FastForest 20 leaves, engine.Predict(row, ref output)", () => { double s = 0; foreach (var r in m.MlRows) { m.FastForest20.Predict(r, ref output); s += output.Score; } return s; }, rows),
            new("ML.NET FastForest 32 leaves, engine.Predict(row)", () => { double s = 0; foreach (var r in m.MlRows) s += m.FastForest32.Predict(r).Score; return s; }, rows),
            new("ModelDsl SmallForest (depth 5), generated Predict", () => { double s = 0; foreach (ref readonly var r in m.Rows.AsSpan()) s += m.Small.Predict(in r).Probability1; return s; }, rows),
            new("ModelDsl SmallForest (depth 5), TrainedClassifier.PredictProbabilities (extracted rows)", () => { double s = 0; foreach (var f in m.Features) { m.Small.Trained.PredictProbabilities(f, default, p); s += p[1]; } return s; }, rows),
            new("ModelDsl SmallForest (depth 5), runtime PredictProbabilities", () => { double s = 0; foreach (var f in m.Features) { small.PredictProbabilities(f, p); s += p[1]; } return s; }, rows),
            new("ModelDsl FullForest (unlimited), generated Predict", () => { double s = 0; foreach (ref readonly var r in m.Rows.AsSpan()) s += m.Full.Predict(in r).Probability1; return s; }, rows),
            new("ModelDsl FullForest (unlimited), runtime PredictProbabilities", () => { double s = 0; foreach (var f in m.Features) { full.PredictProbabilities(f, p); s += p[1]; } return s; }, rows),
        };
        return InterleavedRuns.Run(methods, rounds);
    }
}
