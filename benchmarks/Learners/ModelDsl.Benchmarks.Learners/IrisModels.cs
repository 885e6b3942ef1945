using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using ModelDsl.Benchmarks.Learners.Iris;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Benchmarks.Learners;

/// <summary>An iris row as ML.NET loads it for training.</summary>
public sealed class MlNetIrisRow
{
    [LoadColumn(0)] public float SepalLength { get; set; }

    [LoadColumn(1)] public float SepalWidth { get; set; }

    [LoadColumn(2)] public float PetalLength { get; set; }

    [LoadColumn(3)] public float PetalWidth { get; set; }

    [LoadColumn(4)] public string Species { get; set; } = "";
}

/// <summary>The prediction input: the four measurements only (as the generated model's Predict needs no label).</summary>
public sealed class MlNetIrisFeatures
{
    public float SepalLength { get; set; }

    public float SepalWidth { get; set; }

    public float PetalLength { get; set; }

    public float PetalWidth { get; set; }
}

/// <summary>ML.NET's multiclass output: the predicted key (1-based) and the per-class probabilities.</summary>
public sealed class MlNetIrisPrediction
{
    public uint PredictedLabel { get; set; }

    public float[] Score { get; set; } = [];
}

/// <summary>
/// The three models of the prediction benchmarks, with the same weights:
/// <list type="number">
/// <item>ML.NET 5.0.1: <c>LbfgsMaximumEntropy</c> trained on iris.csv (label keys by value: setosa, versicolor, virginica;
/// features = the four raw measurements concatenated), used through a <c>PredictionEngine</c>.</item>
/// <item>ModelDsl, generated: <see cref="IrisClassifier"/> (Iris.mlmodel, no preprocessing). Its logistic coefficients are
/// replaced by ML.NET's: a model file is written with the generated model's own header and preprocessing sections
/// and ML.NET's weights and biases (widened float → double, exactly) as <c>logistic.coefficients</c> /
/// <c>logistic.intercepts</c>, then loaded with <see cref="IrisClassifier.Load(Stream)"/>, which rebuilds the
/// algorithm through <see cref="LogisticRegressionModel.FromParameters"/>.</item>
/// <item>ModelDsl, runtime only: <see cref="LogisticRegressionModel.FromParameters"/> with the same arrays.</item>
/// </list>
/// <see cref="Create"/> checks that all three give the same probabilities on all 150 rows before anything is timed.
/// </summary>
public sealed class IrisModels
{
    public const int Classes = 3;
    public const int Features = 4;

    private IrisModels(MLContext context, ITransformer mlNetModel, ITransformer mlNetTrainingChain, IrisClassifier generated,
        LogisticRegressionModel runtime, Flower[] flowers, MlNetIrisFeatures[] mlNetInputs, MlNetIrisRow[] mlNetRows, string report)
    {
        Context = context;
        MlNetModel = mlNetModel;
        MlNetTrainingChain = mlNetTrainingChain;
        Engine = context.Model.CreatePredictionEngine<MlNetIrisFeatures, MlNetIrisPrediction>(mlNetModel);
        TrainingChainEngine = context.Model.CreatePredictionEngine<MlNetIrisRow, MlNetIrisPrediction>(mlNetTrainingChain);
        MlNetRows = mlNetRows;
        Generated = generated;
        Runtime = runtime;
        Flowers = flowers;
        MlNetInputs = mlNetInputs;
        Report = report;
    }

    public MLContext Context { get; }

    public ITransformer MlNetModel { get; }

    public PredictionEngine<MlNetIrisFeatures, MlNetIrisPrediction> Engine { get; }

    /// <summary>The whole fitted training pipeline (label mapping, concatenation, predictor), as ML.NET's samples use it.</summary>
    public ITransformer MlNetTrainingChain { get; }

    /// <summary>An engine over <see cref="MlNetTrainingChain"/>; its input carries the (here unused) species column.</summary>
    public PredictionEngine<MlNetIrisRow, MlNetIrisPrediction> TrainingChainEngine { get; }

    /// <summary>The rows as ML.NET's training class (species included).</summary>
    public MlNetIrisRow[] MlNetRows { get; }

    public IrisClassifier Generated { get; }

    public LogisticRegressionModel Runtime { get; }

    /// <summary>The 150 iris rows, as the generated schema.</summary>
    public Flower[] Flowers { get; }

    /// <summary>The same rows as ML.NET's input class.</summary>
    public MlNetIrisFeatures[] MlNetInputs { get; }

    /// <summary>What the weight copy and the agreement check found.</summary>
    public string Report { get; }

    public static string IrisPath => Path.Combine(AppContext.BaseDirectory, "data", "iris.csv");

    public static IrisModels Create()
    {
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromTextFile<MlNetIrisRow>(IrisPath, hasHeader: true, separatorChar: ',');
        var labelMap = context.Transforms.Conversion
            .MapValueToKey("Label", nameof(MlNetIrisRow.Species), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data);
        var labelled = labelMap.Transform(data);
        var concat = context.Transforms.Concatenate("Features", nameof(MlNetIrisRow.SepalLength), nameof(MlNetIrisRow.SepalWidth),
            nameof(MlNetIrisRow.PetalLength), nameof(MlNetIrisRow.PetalWidth)).Fit(labelled);
        var predictor = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy().Fit(concat.Transform(labelled));
        // Scoring needs only the features: the chain without the label mapping, so prediction inputs carry no label.
        var mlNetModel = new TransformerChain<ITransformer>(concat, predictor);
        var trainingChain = new TransformerChain<ITransformer>(labelMap, concat, predictor);

        // ML.NET's parameters: one weight vector and one bias per class, in key order.
        VBuffer<float>[] weights = [];
        predictor.Model.GetWeights(ref weights, out int classCount);
        var biases = predictor.Model.GetBiases().ToArray();
        if (classCount != Classes || biases.Length != Classes) throw new InvalidOperationException($"ML.NET model has {classCount} classes.");
        var coefficients = new double[Classes * Features];
        var intercepts = new double[Classes];
        for (int k = 0; k < Classes; k++)
        {
            var dense = weights[k].DenseValues().ToArray();
            if (dense.Length != Features) throw new InvalidOperationException($"ML.NET class {k} has {dense.Length} weights.");
            for (int j = 0; j < Features; j++) coefficients[k * Features + j] = dense[j];
            intercepts[k] = biases[k];
        }
        var keyNames = default(VBuffer<ReadOnlyMemory<char>>);
        concat.Transform(labelled).Schema["Label"].GetKeyValues(ref keyNames);
        var labels = keyNames.DenseValues().Select(m => m.ToString()).ToArray();
        if (!labels.SequenceEqual(new[] { "setosa", "versicolor", "virginica" }))
            throw new InvalidOperationException($"ML.NET label keys are [{string.Join(", ", labels)}], not the enum's order.");

        var flowers = Flower.ReadCsv(IrisPath).ToArray();
        var generated = WithWeights(IrisClassifier.Train(flowers), coefficients, intercepts);
        var runtime = LogisticRegressionModel.FromParameters(Features, Classes, coefficients, intercepts);
        var inputs = flowers.Select(f => new MlNetIrisFeatures
        {
            SepalLength = f.SepalLength, SepalWidth = f.SepalWidth, PetalLength = f.PetalLength, PetalWidth = f.PetalWidth,
        }).ToArray();
        var rows = context.Data.CreateEnumerable<MlNetIrisRow>(data, reuseRowObject: false).ToArray();
        var models = new IrisModels(context, mlNetModel, trainingChain, generated, runtime, flowers, inputs, rows, "");
        return new IrisModels(context, mlNetModel, trainingChain, generated, runtime, flowers, inputs, rows, models.CheckAgreement(coefficients, intercepts));
    }

    /// <summary>
    /// The generated model with another set of logistic weights: the model file of <paramref name="trained"/> (its header —
    /// name, algorithm, declaration hash — and its preprocessing sections, which are the identity for Iris.mlmodel) with the
    /// two coefficient sections replaced, loaded back through the generated <c>Load</c>.
    /// </summary>
    private static IrisClassifier WithWeights(IrisClassifier trained, double[] coefficients, double[] intercepts)
    {
        using var original = new MemoryStream();
        trained.Save(original);
        original.Position = 0;
        var content = ModelFile.Read(original, IrisClassifier.Spec.Name, IrisClassifier.DeclarationHash);
        var means = content.Doubles("pipeline.standard.means");
        var scales = content.Doubles("pipeline.standard.scales");
        var min = content.Doubles("pipeline.minmax.min");
        var max = content.Doubles("pipeline.minmax.max");
        // No preprocessing declared: the scalers must be the identity, or ML.NET's weights would see other features.
        if (means.Any(v => v != 0) || scales.Any(v => v != 1))
            throw new InvalidOperationException("Iris.mlmodel's standard scaler is not the identity.");
        var sections = new ModelFileSections()
            .Add("summary", content.Ints("summary"))
            .Add("summary.elapsed", content.Doubles("summary.elapsed"))
            .Add("pipeline.fill", content.Doubles("pipeline.fill"))
            .Add("pipeline.standard.means", means)
            .Add("pipeline.standard.scales", scales)
            .Add("pipeline.minmax.min", min)
            .Add("pipeline.minmax.max", max)
            .Add("logistic.coefficients", coefficients)
            .Add("logistic.intercepts", intercepts);
        using var replaced = new MemoryStream();
        ModelFile.Write(replaced, content.Header, sections);
        replaced.Position = 0;
        return IrisClassifier.Load(replaced);
    }

    /// <summary>
    /// Every row: ML.NET's probabilities (float) against the generated model's and the runtime model's (double); the
    /// largest absolute difference must stay below 1e-5 (ML.NET computes in single precision) and the predicted
    /// classes must be identical. The generated model's coefficients are read back and compared bit for bit.
    /// </summary>
    private string CheckAgreement(double[] coefficients, double[] intercepts)
    {
        var algorithm = (LogisticRegressionModel)Generated.Trained.Algorithm;
        if (!algorithm.Coefficients.SequenceEqual(coefficients) || !algorithm.Intercepts.SequenceEqual(intercepts))
            throw new InvalidOperationException("The generated model's coefficients are not ML.NET's.");
        double worstGenerated = 0, worstRuntime = 0;
        Span<double> features = stackalloc double[Features];
        Span<double> p = stackalloc double[Classes];
        for (int i = 0; i < Flowers.Length; i++)
        {
            var mlNet = Engine.Predict(MlNetInputs[i]);
            var chain = TrainingChainEngine.Predict(MlNetRows[i]);
            if (!chain.Score.SequenceEqual(mlNet.Score)) throw new InvalidOperationException($"Row {i}: the training chain scores differently.");
            var ours = Generated.Predict(in Flowers[i]);
            double[] generated = [ours.ProbabilitySetosa, ours.ProbabilityVersicolor, ours.ProbabilityVirginica];
            features[0] = Flowers[i].SepalLength;
            features[1] = Flowers[i].SepalWidth;
            features[2] = Flowers[i].PetalLength;
            features[3] = Flowers[i].PetalWidth;
            Runtime.PredictProbabilities(features, p);
            for (int k = 0; k < Classes; k++)
            {
                worstGenerated = Math.Max(worstGenerated, Math.Abs(mlNet.Score[k] - generated[k]));
                worstRuntime = Math.Max(worstRuntime, Math.Abs(mlNet.Score[k] - p[k]));
            }
            if ((int)ours.Species != (int)mlNet.PredictedLabel - 1)
                throw new InvalidOperationException($"Row {i}: ML.NET predicts key {mlNet.PredictedLabel}, the generated model {ours.Species}.");
        }
        if (worstGenerated > 1e-5 || worstRuntime > 1e-5)
            throw new InvalidOperationException($"Probabilities differ from ML.NET's by up to {worstGenerated:G3} (generated) / {worstRuntime:G3} (runtime).");
        var w = string.Join("; ", Enumerable.Range(0, Classes).Select(k =>
            string.Join(" ", coefficients.Skip(k * Features).Take(Features).Select(v => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)))
            + " | " + intercepts[k].ToString("G6", System.Globalization.CultureInfo.InvariantCulture)));
        return $"ML.NET LbfgsMaximumEntropy weights | bias per class: {w}\n" +
               $"All {Flowers.Length} rows: same predicted class; largest |Δ probability| vs ML.NET: generated {worstGenerated:G3}, runtime {worstRuntime:G3}.";
    }

    /// <summary>The rows repeated to <paramref name="count"/> for batch throughput.</summary>
    public static T[] Repeat<T>(IReadOnlyList<T> rows, int count)
    {
        var result = new T[count];
        for (int i = 0; i < count; i++) result[i] = rows[i % rows.Count];
        return result;
    }
}
