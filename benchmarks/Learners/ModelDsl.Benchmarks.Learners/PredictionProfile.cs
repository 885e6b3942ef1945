using System;
using System.Diagnostics;
using System.Globalization;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Benchmarks.Learners;

/// <summary>
/// 'profile': where a generated single prediction spends its time, layer by layer, timed with a Stopwatch over
/// the 150 iris rows (a rough breakdown; the BenchmarkDotNet suites give the real numbers).
/// </summary>
public static class PredictionProfile
{
    public static int Execute(string[] args)
    {
        int rounds = int.Parse(FitBenchmark.Option(args, "--rounds") ?? "20000", CultureInfo.InvariantCulture);
        var models = IrisModels.Create();
        var flowers = models.Flowers;
        int n = flowers.Length;
        var raw = new double[n * 4];
        for (int i = 0; i < n; i++)
        {
            raw[i * 4] = flowers[i].SepalLength;
            raw[i * 4 + 1] = flowers[i].SepalWidth;
            raw[i * 4 + 2] = flowers[i].PetalLength;
            raw[i * 4 + 3] = flowers[i].PetalWidth;
        }
        var trained = models.Generated.Trained;
        var pipeline = trained.Pipeline;
        var runtime = models.Runtime;
        var scores = new double[3];
        var output = new double[pipeline.OutputCount];

        Measure("LogisticRegressionModel.DecisionFunction (3 dot products)", rounds, n, i =>
        {
            runtime.DecisionFunction(new ReadOnlySpan<double>(raw, i * 4, 4), scores);
            return scores[0];
        });
        Measure("LogisticRegressionModel.PredictProbabilities (+ softmax)", rounds, n, i =>
        {
            runtime.PredictProbabilities(new ReadOnlySpan<double>(raw, i * 4, 4), scores);
            return scores[0];
        });
        Measure("LogisticRegressionModel.Predict (class only)", rounds, n, i => runtime.Predict(new ReadOnlySpan<double>(raw, i * 4, 4)));
        Measure("FeaturePipeline.Transform", rounds, n, i =>
        {
            pipeline.Transform(new ReadOnlySpan<double>(raw, i * 4, 4), default, output);
            return output[0];
        });
        Measure("TrainedClassifier.PredictProbabilities (pipeline + model)", rounds, n, i =>
            trained.PredictProbabilities(new ReadOnlySpan<double>(raw, i * 4, 4), default, scores));
        Measure("IrisClassifier.Predict(in Flower) (generated)", rounds, n, i => models.Generated.Predict(in flowers[i]).ProbabilitySetosa);
        Measure("softmax alone (TensorPrimitives Max/Subtract/Exp/Sum/Divide, 3 values)", rounds, n, i =>
        {
            scores[0] = raw[i * 4];
            scores[1] = raw[i * 4 + 1];
            scores[2] = raw[i * 4 + 2];
            Softmax(scores);
            return scores[0];
        });
        Measure("TensorPrimitives.Dot, 4 doubles (x3)", rounds, n, i =>
        {
            var x = new ReadOnlySpan<double>(raw, i * 4, 4);
            return System.Numerics.Tensors.TensorPrimitives.Dot(x, runtime.Coefficients.Slice(0, 4))
                   + System.Numerics.Tensors.TensorPrimitives.Dot(x, runtime.Coefficients.Slice(4, 4))
                   + System.Numerics.Tensors.TensorPrimitives.Dot(x, runtime.Coefficients.Slice(8, 4));
        });
        Measure("hand-written: 3 dot products + softmax with Math.Exp", rounds, n, i =>
        {
            var x = new ReadOnlySpan<double>(raw, i * 4, 4);
            var w = runtime.Coefficients;
            var b = runtime.Intercepts;
            double max = double.NegativeInfinity;
            for (int k = 0; k < 3; k++)
            {
                double s = b[k];
                for (int j = 0; j < 4; j++) s += w[k * 4 + j] * x[j];
                scores[k] = s;
                max = Math.Max(max, s);
            }
            double sum = 0;
            for (int k = 0; k < 3; k++) sum += scores[k] = Math.Exp(scores[k] - max);
            return scores[0] / sum;
        });
        return 0;
    }

    private static void Softmax(Span<double> scores)
    {
        double max = System.Numerics.Tensors.TensorPrimitives.Max<double>(scores);
        System.Numerics.Tensors.TensorPrimitives.Subtract(scores, max, scores);
        System.Numerics.Tensors.TensorPrimitives.Exp(scores, scores);
        double sum = System.Numerics.Tensors.TensorPrimitives.Sum<double>(scores);
        System.Numerics.Tensors.TensorPrimitives.Divide(scores, sum, scores);
    }

    private static void Measure(string name, int rounds, int n, Func<int, double> body)
    {
        double sink = 0;
        for (int r = 0; r < 200; r++)
        {
            for (int i = 0; i < n; i++) sink += body(i);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (int r = 0; r < rounds; r++)
        {
            for (int i = 0; i < n; i++) sink += body(i);
        }
        var elapsed = Stopwatch.GetElapsedTime(start);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long calls = (long)rounds * n;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{elapsed.TotalNanoseconds / calls,8:0.0} ns/row  {(double)allocated / calls,5:0.0} B/row  {name}  (sink {sink:G3})"));
    }
}
