using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;
using ModelDsl.Benchmarks.Learners.Pipelines;
using ModelDsl.Benchmarks.Shared;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;

namespace ModelDsl.Benchmarks.Learners;

/// <summary>A diabetes row as ML.NET loads it (the ten measurements, then the target).</summary>
public sealed class MlNetPatient
{
    [LoadColumn(0, 9)]
    [VectorType(10)]
    public float[] Features { get; set; } = [];

    [LoadColumn(10)] public float Label { get; set; }
}

/// <summary>ML.NET's regression output.</summary>
public sealed class MlNetRegressionPrediction
{
    public float Score { get; set; }
}

/// <summary>ML.NET's multiclass output after <c>MapKeyToValue</c>: the species name and the probabilities.</summary>
public sealed class MlNetIrisSpecies
{
    public string PredictedSpecies { get; set; } = "";

    public float[] Score { get; set; } = [];
}

/// <summary>
/// The pipeline-floor rows of the <c>ab</c> command (issue 12 §9): for each algorithm, its model declared with
/// <c>preprocess standardize</c> (Pipelines.mlmodel) predicted through the generated <c>Predict(in row)</c>, beside a
/// naive hand-written C# of the same pipeline (the row's values, (x − mean) / scale per feature with the fitted
/// parameters, then the algorithm's arithmetic in plain loops with <see cref="Math.Exp(double)"/>), and ML.NET's
/// equivalent pipeline where it has one. For the forest and knn the hand-written part is the standardisation only; the
/// algorithm is the runtime's own model object (writing a forest walk or a neighbour search by hand measures the
/// walk, not the pipeline). Every hand-written prediction is checked against the generated one before timing.
/// </summary>
public static partial class PipelineFloor
{
    private const int Repeats = 20;

    public static IEnumerable<InterleavedMethod> Methods()
    {
        var flowers = Measurements.ReadCsv(IrisModels.IrisPath).ToArray();
        var patients = Patient.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "diabetes.csv")).ToArray();
        int irisItems = flowers.Length * Repeats, diabetesItems = patients.Length * Repeats;
        var methods = new List<InterleavedMethod>();

        var logistic = StandardLogistic.Train(flowers);
        var naiveLogistic = new NaiveSoftmaxLinear(Standardisation(logistic.Trained), (LogisticRegressionModel)logistic.Trained.Algorithm);
        Check("logistic_regression", flowers, f => logistic.Predict(in f).ProbabilitySetosa, naiveLogistic.Predict);
        methods.Add(new("floor logistic_regression+standardize: generated Predict(in Measurements)", () => Classify(flowers, (in Measurements f) => logistic.Predict(in f).ProbabilitySetosa), irisItems));
        methods.Add(new("floor logistic_regression+standardize: naive hand-written", () => Classify(flowers, naiveLogistic.Predict), irisItems));
        methods.Add(new("floor logistic_regression+standardize: naive hand-written, returning the generated Prediction (class + 3 probabilities)", () =>
            Classify(flowers, (in Measurements f) => naiveLogistic.PredictRecord(in f).ProbabilitySetosa), irisItems));
        // Where the time goes: the runtime behind the generated Predict on already extracted rows, and the pipeline alone.
        var extracted = new double[flowers.Length * 4];
        for (int i = 0; i < flowers.Length; i++)
        {
            extracted[i * 4] = flowers[i].SepalLength;
            extracted[i * 4 + 1] = flowers[i].SepalWidth;
            extracted[i * 4 + 2] = flowers[i].PetalLength;
            extracted[i * 4 + 3] = flowers[i].PetalWidth;
        }
        var probabilities = new double[3];
        var transformed = new double[4];
        var trained = logistic.Trained;
        methods.Add(new("floor logistic_regression+standardize: TrainedClassifier.PredictProbabilities (extracted rows)", () =>
        {
            double sum = 0;
            for (int r = 0; r < Repeats; r++)
            {
                for (int i = 0; i < flowers.Length; i++)
                {
                    trained.PredictProbabilities(extracted.AsSpan(i * 4, 4), default, probabilities);
                    sum += probabilities[0];
                }
            }
            return sum;
        }, irisItems));
        methods.Add(new("floor logistic_regression+standardize: FeaturePipeline.Transform alone (extracted rows)", () =>
        {
            double sum = 0;
            for (int r = 0; r < Repeats; r++)
            {
                for (int i = 0; i < flowers.Length; i++)
                {
                    trained.Pipeline.Transform(extracted.AsSpan(i * 4, 4), default, transformed);
                    sum += transformed[0];
                }
            }
            return sum;
        }, irisItems));
        var standardised = new double[extracted.Length];
        for (int i = 0; i < flowers.Length; i++) trained.Pipeline.Transform(extracted.AsSpan(i * 4, 4), default, standardised.AsSpan(i * 4, 4));
        var algorithm = trained.Algorithm;
        methods.Add(new("floor logistic_regression+standardize: the algorithm alone (rows standardised beforehand)", () =>
        {
            double sum = 0;
            for (int r = 0; r < Repeats; r++)
            {
                for (int i = 0; i < flowers.Length; i++)
                {
                    algorithm.PredictProbabilities(standardised.AsSpan(i * 4, 4), probabilities);
                    sum += probabilities[0];
                }
            }
            return sum;
        }, irisItems));
        methods.Add(new("floor logistic_regression+standardize: Transform then the algorithm, chained by hand", () =>
        {
            double sum = 0;
            for (int r = 0; r < Repeats; r++)
            {
                for (int i = 0; i < flowers.Length; i++)
                {
                    trained.Pipeline.Transform(extracted.AsSpan(i * 4, 4), default, transformed);
                    algorithm.PredictProbabilities(transformed, probabilities);
                    sum += probabilities[0];
                }
            }
            return sum;
        }, irisItems));
        // The generated Predict written out here (stackalloc buffers), and the same with fixed-size buffers in the frame.
        methods.Add(new("floor logistic_regression+standardize: the generated Predict's body, stackalloc buffers", () =>
            Classify(flowers, (in Measurements f) => WithStackalloc(trained, in f)), irisItems));
        methods.Add(new("floor logistic_regression+standardize: the generated Predict's body, fixed-size buffers", () =>
            Classify(flowers, (in Measurements f) => WithFixedBuffers(trained, in f)), irisItems));
        methods.Add(new("floor logistic_regression+standardize: the generated Predict's body, stackalloc buffers, Prediction returned", () =>
            Classify(flowers, (in Measurements f) => StackallocPrediction(trained, in f).ProbabilitySetosa), irisItems));
        methods.Add(new("floor logistic_regression+standardize: the generated Predict's body, fixed-size buffers, Prediction returned", () =>
            Classify(flowers, (in Measurements f) => FixedPrediction(trained, in f).ProbabilitySetosa), irisItems));
        var mlNetLogistic = MlNetIrisPipeline(flowers);
        var mlNetInputs = flowers.Select(f => new MlNetIrisRow { SepalLength = f.SepalLength, SepalWidth = f.SepalWidth, PetalLength = f.PetalLength, PetalWidth = f.PetalWidth }).ToArray();
        var mlNetOutput = new MlNetIrisSpecies();
        methods.Add(new("floor logistic_regression+standardize: ML.NET NormalizeMeanVariance+LbfgsMaximumEntropy+MapKeyToValue", () =>
        {
            double sum = 0;
            for (int r = 0; r < Repeats; r++)
            {
                foreach (var input in mlNetInputs)
                {
                    mlNetLogistic.Predict(input, ref mlNetOutput);
                    sum += mlNetOutput.Score[0];
                }
            }
            return sum;
        }, irisItems));

        var bayes = StandardGaussianNb.Train(flowers);
        var naiveBayes = new NaiveGaussianNb(Standardisation(bayes.Trained), (GaussianNaiveBayesModel)bayes.Trained.Algorithm);
        Check("gaussian_nb", flowers, f => bayes.Predict(in f).ProbabilitySetosa, naiveBayes.Predict);
        methods.Add(new("floor gaussian_nb+standardize: generated Predict(in Measurements)", () => Classify(flowers, (in Measurements f) => bayes.Predict(in f).ProbabilitySetosa), irisItems));
        methods.Add(new("floor gaussian_nb+standardize: naive hand-written", () => Classify(flowers, naiveBayes.Predict), irisItems));

        var lda = StandardLda.Train(flowers);
        var lm = (LinearDiscriminantModel)lda.Trained.Algorithm;
        var naiveLda = new NaiveSoftmaxLinear(Standardisation(lda.Trained), lm.Coefficients.ToArray(), lm.Intercepts.ToArray());
        Check("lda", flowers, f => lda.Predict(in f).ProbabilitySetosa, naiveLda.Predict);
        methods.Add(new("floor lda+standardize: generated Predict(in Measurements)", () => Classify(flowers, (in Measurements f) => lda.Predict(in f).ProbabilitySetosa), irisItems));
        methods.Add(new("floor lda+standardize: naive hand-written", () => Classify(flowers, naiveLda.Predict), irisItems));

        var forest = StandardForest.Train(flowers);
        var naiveForest = new StandardisedAlgorithm(Standardisation(forest.Trained), forest.Trained.Algorithm);
        Check("random_forest", flowers, f => forest.Predict(in f).ProbabilitySetosa, naiveForest.Predict);
        methods.Add(new("floor random_forest(10)+standardize: generated Predict(in Measurements)", () => Classify(flowers, (in Measurements f) => forest.Predict(in f).ProbabilitySetosa), irisItems));
        methods.Add(new("floor random_forest(10)+standardize: hand-written standardisation + runtime forest", () => Classify(flowers, naiveForest.Predict), irisItems));

        var knn = StandardKnn.Train(flowers);
        var naiveKnn = new StandardisedAlgorithm(Standardisation(knn.Trained), knn.Trained.Algorithm);
        Check("knn", flowers, f => knn.Predict(in f).ProbabilitySetosa, naiveKnn.Predict);
        methods.Add(new("floor knn(5)+standardize: generated Predict(in Measurements)", () => Classify(flowers, (in Measurements f) => knn.Predict(in f).ProbabilitySetosa), irisItems));
        methods.Add(new("floor knn(5)+standardize: hand-written standardisation + runtime knn", () => Classify(flowers, naiveKnn.Predict), irisItems));

        var linear = StandardLinear.Train(patients);
        var naiveLinear = new NaiveLinear(Standardisation(linear.Trained), (LinearRegressionModel)linear.Trained.Algorithm);
        Check("linear_regression", patients, p => linear.Predict(in p).Progression, naiveLinear.Predict);
        methods.Add(new("floor linear_regression+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => linear.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor linear_regression+standardize: naive hand-written", () => Regress(patients, naiveLinear.Predict), diabetesItems));

        var ridge = StandardRidge.Train(patients);
        var naiveRidge = new NaiveLinear(Standardisation(ridge.Trained), (LinearRegressionModel)ridge.Trained.Algorithm);
        Check("ridge", patients, p => ridge.Predict(in p).Progression, naiveRidge.Predict);
        methods.Add(new("floor ridge+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => ridge.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor ridge+standardize: naive hand-written", () => Regress(patients, naiveRidge.Predict), diabetesItems));
        var mlNetSdca = MlNetDiabetesPipeline(out var mlNetPatients);
        var regression = new MlNetRegressionPrediction();
        methods.Add(new("floor ridge+standardize: ML.NET NormalizeMeanVariance+Sdca (L2) regression", () =>
        {
            double sum = 0;
            for (int r = 0; r < Repeats; r++)
            {
                foreach (var input in mlNetPatients)
                {
                    mlNetSdca.Predict(input, ref regression);
                    sum += regression.Score;
                }
            }
            return sum;
        }, diabetesItems));

        var svr = StandardSvr.Train(patients);
        var naiveSvr = new NaiveRbfSvr(Standardisation(svr.Trained), (SupportVectorRegressionModel)svr.Trained.Algorithm);
        Check("svr", patients, p => svr.Predict(in p).Progression, naiveSvr.Predict);
        methods.Add(new("floor svr(rbf)+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => svr.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor svr(rbf)+standardize: naive hand-written", () => Regress(patients, naiveSvr.Predict), diabetesItems));
        AddCatalogRest(methods, flowers, patients);
        return methods;
    }

    private delegate double RowFunc<T>(in T row);

    private static double WithStackalloc(TrainedClassifier model, in Measurements input)
    {
        Span<double> numeric = stackalloc double[4];
        Span<string?> text = default;
        Span<double> p = stackalloc double[3];
        numeric[0] = input.SepalLength;
        numeric[1] = input.SepalWidth;
        numeric[2] = input.PetalLength;
        numeric[3] = input.PetalWidth;
        var best = model.PredictProbabilities(numeric, text, p);
        return best + p[0] + p[1] + p[2];
    }

    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct Four
    {
        private double _element;
    }

    [System.Runtime.CompilerServices.InlineArray(3)]
    private struct Three
    {
        private double _element;
    }

    private static StandardLogistic.Prediction StackallocPrediction(TrainedClassifier model, in Measurements input)
    {
        Span<double> numeric = stackalloc double[4];
        Span<string?> text = default;
        Span<double> p = stackalloc double[3];
        numeric[0] = input.SepalLength;
        numeric[1] = input.SepalWidth;
        numeric[2] = input.PetalLength;
        numeric[3] = input.PetalWidth;
        var best = model.PredictProbabilities(numeric, text, p);
        return new StandardLogistic.Prediction((MeasurementsSpecies)best, p[0], p[1], p[2]);
    }

    private static StandardLogistic.Prediction FixedPrediction(TrainedClassifier model, in Measurements input)
    {
        var numericBuffer = default(Four);
        var pBuffer = default(Three);
        Span<double> numeric = numericBuffer;
        Span<double> p = pBuffer;
        numeric[0] = input.SepalLength;
        numeric[1] = input.SepalWidth;
        numeric[2] = input.PetalLength;
        numeric[3] = input.PetalWidth;
        var best = model.PredictProbabilities(numeric, default, p);
        return new StandardLogistic.Prediction((MeasurementsSpecies)best, p[0], p[1], p[2]);
    }

    private static double WithFixedBuffers(TrainedClassifier model, in Measurements input)
    {
        var numericBuffer = default(Four);
        var pBuffer = default(Three);
        Span<double> numeric = numericBuffer;
        Span<double> p = pBuffer;
        numeric[0] = input.SepalLength;
        numeric[1] = input.SepalWidth;
        numeric[2] = input.PetalLength;
        numeric[3] = input.PetalWidth;
        var best = model.PredictProbabilities(numeric, default, p);
        return best + p[0] + p[1] + p[2];
    }

    private static double Classify(Measurements[] rows, RowFunc<Measurements> predict)
    {
        double sum = 0;
        for (int r = 0; r < Repeats; r++)
        {
            for (int i = 0; i < rows.Length; i++) sum += predict(in rows[i]);
        }
        return sum;
    }

    private static double Regress(Patient[] rows, RowFunc<Patient> predict)
    {
        double sum = 0;
        for (int r = 0; r < Repeats; r++)
        {
            for (int i = 0; i < rows.Length; i++) sum += predict(in rows[i]);
        }
        return sum;
    }

    /// <summary>Hand-written and generated must agree (relative 1e-9) on every row before anything is timed.</summary>
    private static void Check<T>(string name, T[] rows, Func<T, double> generated, RowFunc<T> naive)
    {
        double worst = 0;
        foreach (var row in rows)
        {
            double a = generated(row), b = naive(in row);
            double d = Math.Abs(a - b) / Math.Max(1, Math.Abs(a));
            if (!(d <= 1e-9)) throw new InvalidOperationException($"{name}: the hand-written pipeline gives {b}, the generated model {a}.");
            worst = Math.Max(worst, d);
        }
        Console.WriteLine($"floor {name}: hand-written = generated on all {rows.Length} rows (largest relative difference {worst:G3})");
    }

    /// <summary>The fitted standardisation (means, scales) as the model file stores it.</summary>
    private static (double[] Means, double[] Scales) Standardisation(ITrainedModelCore model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var content = ModelFile.Read(stream, model.Spec.Name, model.Spec.DeclarationHash);
        return (content.Doubles("pipeline.standard.means"), content.Doubles("pipeline.standard.scales"));
    }

    private static PredictionEngine<MlNetIrisRow, MlNetIrisSpecies> MlNetIrisPipeline(Measurements[] flowers)
    {
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromTextFile<MlNetIrisRow>(IrisModels.IrisPath, hasHeader: true, separatorChar: ',');
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", nameof(MlNetIrisRow.Species))
            .Append(context.Transforms.Concatenate("Features", nameof(MlNetIrisRow.SepalLength), nameof(MlNetIrisRow.SepalWidth),
                nameof(MlNetIrisRow.PetalLength), nameof(MlNetIrisRow.PetalWidth)))
            .Append(context.Transforms.NormalizeMeanVariance("Features"))
            .Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy())
            .Append(context.Transforms.Conversion.MapKeyToValue(nameof(MlNetIrisSpecies.PredictedSpecies), "PredictedLabel"));
        var model = pipeline.Fit(data);
        _ = flowers;
        return context.Model.CreatePredictionEngine<MlNetIrisRow, MlNetIrisSpecies>(model);
    }

    private static PredictionEngine<MlNetPatient, MlNetRegressionPrediction> MlNetDiabetesPipeline(out MlNetPatient[] rows)
    {
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromTextFile<MlNetPatient>(Path.Combine(AppContext.BaseDirectory, "data", "diabetes.csv"), hasHeader: true, separatorChar: ',');
        var pipeline = context.Transforms.NormalizeMeanVariance("Features")
            .Append(context.Regression.Trainers.Sdca(l2Regularization: 1.0f / 442, maximumNumberOfIterations: 100));
        var model = pipeline.Fit(data);
        rows = context.Data.CreateEnumerable<MlNetPatient>(data, reuseRowObject: false).ToArray();
        return context.Model.CreatePredictionEngine<MlNetPatient, MlNetRegressionPrediction>(model);
    }

    /// <summary>Softmax over a linear score per class (logistic regression, LDA), written the plain way.</summary>
    private sealed class NaiveSoftmaxLinear((double[] Means, double[] Scales) standard, double[] weights, double[] intercepts)
    {
        private readonly double[] _means = standard.Means, _scales = standard.Scales, _weights = weights, _intercepts = intercepts;

        public NaiveSoftmaxLinear((double[] Means, double[] Scales) standard, LogisticRegressionModel model)
            : this(standard, model.Coefficients.ToArray(), model.Intercepts.ToArray())
        {
        }

        /// <summary>The same arithmetic delivering what the generated Predict delivers: the class and every probability.</summary>
        public StandardLogistic.Prediction PredictRecord(in Measurements f)
        {
            double x0 = (f.SepalLength - _means[0]) / _scales[0];
            double x1 = (f.SepalWidth - _means[1]) / _scales[1];
            double x2 = (f.PetalLength - _means[2]) / _scales[2];
            double x3 = (f.PetalWidth - _means[3]) / _scales[3];
            Span<double> s = stackalloc double[3];
            double max = double.NegativeInfinity;
            int best = 0;
            for (int k = 0; k < 3; k++)
            {
                s[k] = _intercepts[k] + _weights[k * 4] * x0 + _weights[k * 4 + 1] * x1 + _weights[k * 4 + 2] * x2 + _weights[k * 4 + 3] * x3;
                if (s[k] > max)
                {
                    max = s[k];
                    best = k;
                }
            }
            double total = 0;
            for (int k = 0; k < 3; k++) total += s[k] = Math.Exp(s[k] - max);
            return new StandardLogistic.Prediction((MeasurementsSpecies)best, s[0] / total, s[1] / total, s[2] / total);
        }

        public double Predict(in Measurements f)
        {
            Span<double> x = stackalloc double[4];
            x[0] = (f.SepalLength - _means[0]) / _scales[0];
            x[1] = (f.SepalWidth - _means[1]) / _scales[1];
            x[2] = (f.PetalLength - _means[2]) / _scales[2];
            x[3] = (f.PetalWidth - _means[3]) / _scales[3];
            int classes = _intercepts.Length;
            Span<double> s = stackalloc double[classes];
            double max = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                double z = _intercepts[k];
                for (int j = 0; j < 4; j++) z += _weights[k * 4 + j] * x[j];
                s[k] = z;
                max = Math.Max(max, z);
            }
            double total = 0;
            for (int k = 0; k < classes; k++) total += s[k] = Math.Exp(s[k] - max);
            return s[0] / total;
        }
    }

    /// <summary>Gaussian naive Bayes: log prior − ½ Σ (log 2πσ² + (x − μ)² / σ²) per class, then the softmax.</summary>
    private sealed class NaiveGaussianNb
    {
        private readonly double[] _means, _scales, _classMeans, _variances, _constants;

        public NaiveGaussianNb((double[] Means, double[] Scales) standard, GaussianNaiveBayesModel model)
        {
            (_means, _scales) = standard;
            _classMeans = model.Means.ToArray();
            _variances = model.Variances.ToArray();
            _constants = new double[model.ClassCount];
            for (int k = 0; k < model.ClassCount; k++)
            {
                double c = Math.Log(model.ClassPriors[k]);
                for (int j = 0; j < 4; j++) c -= 0.5 * Math.Log(2 * Math.PI * _variances[k * 4 + j]);
                _constants[k] = c;
            }
        }

        public double Predict(in Measurements f)
        {
            Span<double> x = stackalloc double[4];
            x[0] = (f.SepalLength - _means[0]) / _scales[0];
            x[1] = (f.SepalWidth - _means[1]) / _scales[1];
            x[2] = (f.PetalLength - _means[2]) / _scales[2];
            x[3] = (f.PetalWidth - _means[3]) / _scales[3];
            int classes = _constants.Length;
            Span<double> s = stackalloc double[classes];
            double max = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                double q = 0;
                for (int j = 0; j < 4; j++)
                {
                    double t = x[j] - _classMeans[k * 4 + j];
                    q += t * t / _variances[k * 4 + j];
                }
                s[k] = _constants[k] - 0.5 * q;
                max = Math.Max(max, s[k]);
            }
            double total = 0;
            for (int k = 0; k < classes; k++) total += s[k] = Math.Exp(s[k] - max);
            return s[0] / total;
        }
    }

    /// <summary>The standardisation by hand, then the runtime's algorithm object (forest, knn).</summary>
    private sealed class StandardisedAlgorithm((double[] Means, double[] Scales) standard, IClassificationModel algorithm)
    {
        private readonly double[] _means = standard.Means, _scales = standard.Scales;

        public double Predict(in Measurements f)
        {
            Span<double> x = stackalloc double[4];
            x[0] = (f.SepalLength - _means[0]) / _scales[0];
            x[1] = (f.SepalWidth - _means[1]) / _scales[1];
            x[2] = (f.PetalLength - _means[2]) / _scales[2];
            x[3] = (f.PetalWidth - _means[3]) / _scales[3];
            Span<double> p = stackalloc double[3];
            algorithm.PredictProbabilities(x, p);
            return p[0];
        }
    }

    private static void StandardisedPatient(in Patient p, double[] means, double[] scales, Span<double> x)
    {
        x[0] = (p.Age - means[0]) / scales[0];
        x[1] = (p.Sex - means[1]) / scales[1];
        x[2] = (p.Bmi - means[2]) / scales[2];
        x[3] = (p.Bp - means[3]) / scales[3];
        x[4] = (p.S1 - means[4]) / scales[4];
        x[5] = (p.S2 - means[5]) / scales[5];
        x[6] = (p.S3 - means[6]) / scales[6];
        x[7] = (p.S4 - means[7]) / scales[7];
        x[8] = (p.S5 - means[8]) / scales[8];
        x[9] = (p.S6 - means[9]) / scales[9];
    }

    /// <summary>Linear and ridge regression: a dot product and the intercept.</summary>
    private sealed class NaiveLinear((double[] Means, double[] Scales) standard, LinearRegressionModel model)
    {
        private readonly double[] _means = standard.Means, _scales = standard.Scales, _weights = model.Coefficients.ToArray();
        private readonly double _intercept = model.Intercept;

        public double Predict(in Patient p)
        {
            Span<double> x = stackalloc double[10];
            StandardisedPatient(in p, _means, _scales, x);
            double y = _intercept;
            for (int j = 0; j < 10; j++) y += _weights[j] * x[j];
            return y;
        }
    }

    /// <summary>RBF support vector regression: Σ αᵢ exp(−γ‖x − svᵢ‖²) + b.</summary>
    private sealed class NaiveRbfSvr
    {
        private readonly double[] _means, _scales, _vectors, _alphas;
        private readonly double _gamma, _intercept;

        public NaiveRbfSvr((double[] Means, double[] Scales) standard, SupportVectorRegressionModel model)
        {
            if (model.Kernel != SvmKernel.Rbf) throw new InvalidOperationException("The svr row expects the rbf kernel.");
            (_means, _scales) = standard;
            _vectors = model.SupportVectors.ToArray();
            _alphas = model.DualCoefficients.ToArray();
            _gamma = model.Gamma;
            _intercept = model.Intercept;
        }

        public double Predict(in Patient p)
        {
            Span<double> x = stackalloc double[10];
            StandardisedPatient(in p, _means, _scales, x);
            double y = _intercept;
            for (int i = 0; i < _alphas.Length; i++)
            {
                double d2 = 0;
                for (int j = 0; j < 10; j++)
                {
                    double t = x[j] - _vectors[i * 10 + j];
                    d2 += t * t;
                }
                y += _alphas[i] * Math.Exp(-_gamma * d2);
            }
            return y;
        }
    }
}
