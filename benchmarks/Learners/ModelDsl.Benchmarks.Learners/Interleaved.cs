using System;
using System.Globalization;
using System.Linq;
using ModelDsl.Benchmarks.Learners.Iris;
using ModelDsl.Benchmarks.Shared;

namespace ModelDsl.Benchmarks.Learners;

/// <summary>
/// <c>ab [ROUNDS]</c>: single prediction against ML.NET interleaved (see <see cref="InterleavedRuns"/>), on the same
/// models as <see cref="SinglePrediction"/>, plus the generated span API. A pass predicts the 150 iris rows 100 times;
/// times and bytes per prediction. Then the pipeline-floor rows (<see cref="PipelineFloor"/>): every algorithm with its
/// declared standardisation against a naive hand-written pipeline and ML.NET's (<c>AB_ONLY=floor</c> runs only those).
/// </summary>
public static class Interleaved
{
    private const int Repeats = 100;

    public static int Execute(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 101;
        var m = IrisModels.Create();
        var engine = m.Engine;
        var inputs = m.MlNetInputs;
        var flowers = m.Flowers;
        var generated = m.Generated;
        var trained = generated.Trained;
        var runtime = m.Runtime;
        var features = new double[flowers.Length * IrisModels.Features];
        for (int i = 0; i < flowers.Length; i++)
        {
            features[i * 4] = flowers[i].SepalLength;
            features[i * 4 + 1] = flowers[i].SepalWidth;
            features[i * 4 + 2] = flowers[i].PetalLength;
            features[i * 4 + 3] = flowers[i].PetalWidth;
        }
        var reused = new MlNetIrisPrediction();
        var outputs = new IrisClassifier.Prediction[flowers.Length];
        var p = new double[IrisModels.Classes];
        int items = flowers.Length * Repeats;
        var methods = new InterleavedMethod[]
        {
            new("ML.NET engine.Predict(input)", () => Repeat(i => engine.Predict(inputs[i]).Score[0]), items),
            new("ML.NET engine.Predict(input, ref output)", () => Repeat(i => { engine.Predict(inputs[i], ref reused); return reused.Score[0]; }), items),
            new("ModelDsl generated IrisClassifier.Predict(in Flower)", () => Repeat(i => generated.Predict(in flowers[i]).ProbabilitySetosa), items),
            new("ModelDsl generated IrisClassifier.Predict(ReadOnlySpan<Flower>, Span<Prediction>)", () =>
            {
                double sum = 0;
                for (int r = 0; r < Repeats; r++)
                {
                    generated.Predict(flowers, outputs);
                    sum += outputs[r].ProbabilitySetosa;
                }
                return sum;
            }, items),
            new("ModelDsl TrainedClassifier.PredictProbabilities (extracted rows)", () => Repeat(i => { trained.PredictProbabilities(features.AsSpan(i * 4, 4), default, p); return p[0]; }), items),
            new("ModelDsl runtime LogisticRegressionModel.PredictProbabilities", () => Repeat(i => { runtime.PredictProbabilities(features.AsSpan(i * 4, 4), p); return p[0]; }), items),
        }.Concat(PipelineFloor.Methods()).ToArray();
        return InterleavedRuns.Run(methods, rounds, warmupRounds: 100);

        double Repeat(Func<int, double> predict)
        {
            double sum = 0;
            for (int r = 0; r < Repeats; r++)
            {
                for (int i = 0; i < flowers.Length; i++) sum += predict(i);
            }
            return sum;
        }
    }
}
