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

/// <summary>ML.NET's clustering output.</summary>
public sealed class MlNetCluster
{
    public uint PredictedLabel { get; set; }

    public float[] Score { get; set; } = [];
}

/// <summary>
/// The pipeline-floor rows of the catalog algorithms not in <see cref="PipelineFloor.Methods"/>'s first eight: every
/// classical algorithm of the catalog has a row (Pipelines.mlmodel declares each one), with ML.NET's nearest pipeline
/// where it has one (FastTree and FastForest through one-versus-all for the iris trees, FastTree and FastForest
/// regression, KMeans, Sdca with L1 for lasso and elastic net, its NaiveBayes beside multinomial naive Bayes).
/// </summary>
public static partial class PipelineFloor
{
    private static void AddCatalogRest(List<InterleavedMethod> methods, Measurements[] flowers, Patient[] patients)
    {
        int irisItems = flowers.Length * Repeats, diabetesItems = patients.Length * Repeats;
        var mlNetIris = flowers.Select(f => new MlNetIrisRow { SepalLength = f.SepalLength, SepalWidth = f.SepalWidth, PetalLength = f.PetalLength, PetalWidth = f.PetalWidth }).ToArray();
        var mlNetPatients = patients.Select(p => new MlNetPatient { Features = [p.Age, p.Sex, p.Bmi, p.Bp, p.S1, p.S2, p.S3, p.S4, p.S5, p.S6], Label = p.Progression }).ToArray();

        var multinomial = MinMaxMultinomialNb.Train(flowers);
        var naiveMultinomial = new NaiveMultinomialNb(MinMax(multinomial.Trained), (MultinomialNaiveBayesModel)multinomial.Trained.Algorithm);
        Check("multinomial_nb", flowers, f => multinomial.Predict(in f).ProbabilitySetosa, naiveMultinomial.Predict);
        methods.Add(new("floor multinomial_nb+min_max: generated Predict(in Measurements)", () => Classify(flowers, (in Measurements f) => multinomial.Predict(in f).ProbabilitySetosa), irisItems));
        methods.Add(new("floor multinomial_nb+min_max: naive hand-written", () => Classify(flowers, naiveMultinomial.Predict), irisItems));
        var mlNetBayes = MlNetIrisClassifier(c => c.Transforms.NormalizeMinMax("Features"), c => c.MulticlassClassification.Trainers.NaiveBayes());
        methods.Add(new("floor multinomial_nb+min_max: ML.NET NormalizeMinMax+NaiveBayes (present/absent features)+MapKeyToValue", () => MlNetClassify(mlNetBayes, mlNetIris), irisItems));

        var tree = StandardTree.Train(flowers);
        var naiveTree = new StandardisedAlgorithm(Standardisation(tree.Trained), tree.Trained.Algorithm);
        Check("decision_tree classifier", flowers, f => tree.Predict(in f).ProbabilitySetosa, naiveTree.Predict);
        methods.Add(new("floor decision_tree classifier+standardize: generated Predict(in Measurements)", () => Classify(flowers, (in Measurements f) => tree.Predict(in f).ProbabilitySetosa), irisItems));
        methods.Add(new("floor decision_tree classifier+standardize: hand-written standardisation + runtime tree", () => Classify(flowers, naiveTree.Predict), irisItems));
        var mlNetTreeOva = MlNetIrisClassifier(c => c.Transforms.NormalizeMeanVariance("Features"),
            c => c.MulticlassClassification.Trainers.OneVersusAll(c.BinaryClassification.Trainers.FastTree(numberOfLeaves: 20, numberOfTrees: 1)));
        methods.Add(new("floor decision_tree classifier+standardize: ML.NET NormalizeMeanVariance+OneVersusAll(FastTree, 1 tree)+MapKeyToValue", () => MlNetClassify(mlNetTreeOva, mlNetIris), irisItems));
        var mlNetForestOva = MlNetIrisClassifier(c => c.Transforms.NormalizeMeanVariance("Features"),
            c => c.MulticlassClassification.Trainers.OneVersusAll(c.BinaryClassification.Trainers.FastForest(numberOfLeaves: 20, numberOfTrees: 10)));
        methods.Add(new("floor random_forest(10)+standardize: ML.NET NormalizeMeanVariance+OneVersusAll(FastForest, 10 trees)+MapKeyToValue", () => MlNetClassify(mlNetForestOva, mlNetIris), irisItems));

        var kmeans = StandardKMeans.Train(flowers);
        var naiveKMeans = new NaiveKMeans(Standardisation(kmeans.Trained), (KMeansModel)kmeans.Trained.Algorithm);
        Check("kmeans", flowers, f => kmeans.Predict(in f).Cluster, naiveKMeans.Predict);
        methods.Add(new("floor kmeans(3)+standardize: generated Predict(in Measurements)", () => Classify(flowers, (in Measurements f) => kmeans.Predict(in f).Cluster), irisItems));
        methods.Add(new("floor kmeans(3)+standardize: naive hand-written", () => Classify(flowers, naiveKMeans.Predict), irisItems));
        var mlNetKMeans = MlNetIrisClusterer();
        var cluster = new MlNetCluster();
        methods.Add(new("floor kmeans(3)+standardize: ML.NET NormalizeMeanVariance+KMeans", () =>
        {
            double sum = 0;
            for (int r = 0; r < Repeats; r++)
            {
                foreach (var input in mlNetIris)
                {
                    mlNetKMeans.Predict(input, ref cluster);
                    sum += cluster.PredictedLabel;
                }
            }
            return sum;
        }, irisItems));

        var lasso = StandardLasso.Train(patients);
        var naiveLasso = new NaiveLinear(Standardisation(lasso.Trained), (LinearRegressionModel)lasso.Trained.Algorithm);
        Check("lasso", patients, p => lasso.Predict(in p).Progression, naiveLasso.Predict);
        methods.Add(new("floor lasso+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => lasso.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor lasso+standardize: naive hand-written", () => Regress(patients, naiveLasso.Predict), diabetesItems));
        var mlNetSdcaL1 = MlNetDiabetesRegressor(c => c.Regression.Trainers.Sdca(l2Regularization: 1e-6f, l1Regularization: 0.1f, maximumNumberOfIterations: 100));
        methods.Add(new("floor lasso+standardize: ML.NET NormalizeMeanVariance+Sdca (L1) regression", () => MlNetRegress(mlNetSdcaL1, mlNetPatients), diabetesItems));

        var elastic = StandardElasticNet.Train(patients);
        var naiveElastic = new NaiveLinear(Standardisation(elastic.Trained), (LinearRegressionModel)elastic.Trained.Algorithm);
        Check("elastic_net", patients, p => elastic.Predict(in p).Progression, naiveElastic.Predict);
        methods.Add(new("floor elastic_net+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => elastic.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor elastic_net+standardize: naive hand-written", () => Regress(patients, naiveElastic.Predict), diabetesItems));
        var mlNetSdcaElastic = MlNetDiabetesRegressor(c => c.Regression.Trainers.Sdca(l2Regularization: 0.05f, l1Regularization: 0.05f, maximumNumberOfIterations: 100));
        methods.Add(new("floor elastic_net+standardize: ML.NET NormalizeMeanVariance+Sdca (L1+L2) regression", () => MlNetRegress(mlNetSdcaElastic, mlNetPatients), diabetesItems));

        var quantile = StandardQuantile.Train(patients);
        var naiveQuantile = new NaiveLinear(Standardisation(quantile.Trained), (LinearRegressionModel)quantile.Trained.Algorithm);
        Check("quantile_regression", patients, p => quantile.Predict(in p).Progression, naiveQuantile.Predict);
        methods.Add(new("floor quantile_regression+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => quantile.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor quantile_regression+standardize: naive hand-written", () => Regress(patients, naiveQuantile.Predict), diabetesItems));

        var treeRegressor = StandardTreeRegressor.Train(patients);
        var naiveTreeRegressor = new StandardisedRegressor(Standardisation(treeRegressor.Trained), treeRegressor.Trained.Algorithm);
        Check("decision_tree regressor", patients, p => treeRegressor.Predict(in p).Progression, naiveTreeRegressor.Predict);
        methods.Add(new("floor decision_tree regressor(depth 8)+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => treeRegressor.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor decision_tree regressor(depth 8)+standardize: hand-written standardisation + runtime tree", () => Regress(patients, naiveTreeRegressor.Predict), diabetesItems));
        var mlNetFastTree = MlNetDiabetesRegressor(c => c.Regression.Trainers.FastTree(numberOfLeaves: 64, numberOfTrees: 1));
        methods.Add(new("floor decision_tree regressor(depth 8)+standardize: ML.NET NormalizeMeanVariance+FastTree (1 tree, 64 leaves)", () => MlNetRegress(mlNetFastTree, mlNetPatients), diabetesItems));

        var forestRegressor = StandardForestRegressor.Train(patients);
        var naiveForestRegressor = new StandardisedRegressor(Standardisation(forestRegressor.Trained), forestRegressor.Trained.Algorithm);
        Check("random_forest regressor", patients, p => forestRegressor.Predict(in p).Progression, naiveForestRegressor.Predict);
        methods.Add(new("floor random_forest regressor(10, depth 8)+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => forestRegressor.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor random_forest regressor(10, depth 8)+standardize: hand-written standardisation + runtime forest", () => Regress(patients, naiveForestRegressor.Predict), diabetesItems));
        var mlNetFastForest = MlNetDiabetesRegressor(c => c.Regression.Trainers.FastForest(numberOfLeaves: 64, numberOfTrees: 10));
        methods.Add(new("floor random_forest regressor(10, depth 8)+standardize: ML.NET NormalizeMeanVariance+FastForest (10 trees, 64 leaves)", () => MlNetRegress(mlNetFastForest, mlNetPatients), diabetesItems));

        var knnRegressor = StandardKnnRegressor.Train(patients);
        var naiveKnnRegressor = new StandardisedRegressor(Standardisation(knnRegressor.Trained), knnRegressor.Trained.Algorithm);
        Check("knn regressor", patients, p => knnRegressor.Predict(in p).Progression, naiveKnnRegressor.Predict);
        methods.Add(new("floor knn regressor(5)+standardize: generated Predict(in Patient)", () => Regress(patients, (in Patient p) => knnRegressor.Predict(in p).Progression), diabetesItems));
        methods.Add(new("floor knn regressor(5)+standardize: hand-written standardisation + runtime knn", () => Regress(patients, naiveKnnRegressor.Predict), diabetesItems));

        // The forecaster: one step ahead from each window of the last nine years (no preprocessing applies).
        var years = SunspotYear.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "sunspots.csv")).ToArray();
        var series = years.Select(y => (double)y.Activity).ToArray();
        var ar = SunspotAr.Train(years);
        var naiveAr = new NaiveAr(ar.Trained.Algorithm);
        int lags = naiveAr.Lags, windows = series.Length - lags;
        var arOutput = new double[1];
        double worst = 0;
        for (int t = lags; t < series.Length; t++)
        {
            ar.Forecast(series.AsSpan(t - lags, lags), arOutput);
            double b = naiveAr.Next(series.AsSpan(t - lags, lags));
            if (ar.ForecastNext(series.AsSpan(t - lags, lags)) != arOutput[0]) throw new InvalidOperationException("ForecastNext differs from Forecast.");
            double d = Math.Abs(arOutput[0] - b) / Math.Max(1, Math.Abs(b));
            if (!(d <= 1e-9)) throw new InvalidOperationException($"autoregression: the hand-written one-step forecast gives {b}, the generated model {arOutput[0]}.");
            worst = Math.Max(worst, d);
        }
        Console.WriteLine($"floor autoregression: hand-written = generated on all {windows} windows (largest relative difference {worst:G3})");
        // As the other rows: one shared loop calling a delegate per window (a loop in each lambda would be timed in its
        // on-stack-replacement form, which keeps the running sum in memory).
        var nextValue = new double[1];
        methods.Add(new("floor autoregression(9): generated Forecast(history, 1 step)", () => Windows(series, lags, w =>
        {
            ar.Forecast(w, nextValue);
            return nextValue[0];
        }), windows * Repeats));
        methods.Add(new("floor autoregression(9): generated ForecastNext(history)", () => Windows(series, lags, ar.ForecastNext), windows * Repeats));
        methods.Add(new("floor autoregression(9): naive hand-written", () => Windows(series, lags, naiveAr.Next), windows * Repeats));
    }

    private delegate double WindowFunc(ReadOnlySpan<double> window);

    private static double Windows(double[] series, int lags, WindowFunc next)
    {
        double sum = 0;
        for (int r = 0; r < Repeats; r++)
        {
            for (int t = lags; t < series.Length; t++) sum += next(series.AsSpan(t - lags, lags));
        }
        return sum;
    }

    private static double MlNetClassify(PredictionEngine<MlNetIrisRow, MlNetIrisSpecies> engine, MlNetIrisRow[] inputs)
    {
        var output = new MlNetIrisSpecies();
        double sum = 0;
        for (int r = 0; r < Repeats; r++)
        {
            foreach (var input in inputs)
            {
                engine.Predict(input, ref output);
                sum += output.Score[0];
            }
        }
        return sum;
    }

    private static double MlNetRegress(PredictionEngine<MlNetPatient, MlNetRegressionPrediction> engine, MlNetPatient[] inputs)
    {
        var output = new MlNetRegressionPrediction();
        double sum = 0;
        for (int r = 0; r < Repeats; r++)
        {
            foreach (var input in inputs)
            {
                engine.Predict(input, ref output);
                sum += output.Score;
            }
        }
        return sum;
    }

    private static PredictionEngine<MlNetIrisRow, MlNetIrisSpecies> MlNetIrisClassifier(Func<MLContext, IEstimator<ITransformer>> scaling,
        Func<MLContext, IEstimator<ITransformer>> trainer)
    {
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromTextFile<MlNetIrisRow>(IrisModels.IrisPath, hasHeader: true, separatorChar: ',');
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", nameof(MlNetIrisRow.Species))
            .Append(context.Transforms.Concatenate("Features", nameof(MlNetIrisRow.SepalLength), nameof(MlNetIrisRow.SepalWidth),
                nameof(MlNetIrisRow.PetalLength), nameof(MlNetIrisRow.PetalWidth)))
            .Append(scaling(context))
            .Append(trainer(context))
            .Append(context.Transforms.Conversion.MapKeyToValue(nameof(MlNetIrisSpecies.PredictedSpecies), "PredictedLabel"));
        return context.Model.CreatePredictionEngine<MlNetIrisRow, MlNetIrisSpecies>(pipeline.Fit(data));
    }

    private static PredictionEngine<MlNetIrisRow, MlNetCluster> MlNetIrisClusterer()
    {
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromTextFile<MlNetIrisRow>(IrisModels.IrisPath, hasHeader: true, separatorChar: ',');
        var pipeline = context.Transforms.Concatenate("Features", nameof(MlNetIrisRow.SepalLength), nameof(MlNetIrisRow.SepalWidth),
                nameof(MlNetIrisRow.PetalLength), nameof(MlNetIrisRow.PetalWidth))
            .Append(context.Transforms.NormalizeMeanVariance("Features"))
            .Append(context.Clustering.Trainers.KMeans(numberOfClusters: 3));
        return context.Model.CreatePredictionEngine<MlNetIrisRow, MlNetCluster>(pipeline.Fit(data));
    }

    private static PredictionEngine<MlNetPatient, MlNetRegressionPrediction> MlNetDiabetesRegressor(Func<MLContext, IEstimator<ITransformer>> trainer)
    {
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromTextFile<MlNetPatient>(Path.Combine(AppContext.BaseDirectory, "data", "diabetes.csv"), hasHeader: true, separatorChar: ',');
        var pipeline = context.Transforms.NormalizeMeanVariance("Features").Append(trainer(context));
        return context.Model.CreatePredictionEngine<MlNetPatient, MlNetRegressionPrediction>(pipeline.Fit(data));
    }

    /// <summary>The fitted min-max scaling (scale, offset per feature) as the runtime computes it from the stored data range.</summary>
    private static (double[] Scales, double[] Offsets) MinMax(ITrainedModelCore model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var content = ModelFile.Read(stream, model.Spec.Name, model.Spec.DeclarationHash);
        double[] min = content.Doubles("pipeline.minmax.min"), max = content.Doubles("pipeline.minmax.max");
        var scales = new double[min.Length];
        var offsets = new double[min.Length];
        for (int j = 0; j < min.Length; j++)
        {
            double range = max[j] - min[j];
            scales[j] = 1.0 / (range < 10 * 2.220446049250313e-16 ? 1.0 : range);
            offsets[j] = 0.0 - min[j] * scales[j];
        }
        return (scales, offsets);
    }

    /// <summary>Multinomial naive Bayes after min-max scaling: log prior + Σ x log θ per class, then the softmax.</summary>
    private sealed class NaiveMultinomialNb((double[] Scales, double[] Offsets) minMax, MultinomialNaiveBayesModel model)
    {
        private readonly double[] _scales = minMax.Scales, _offsets = minMax.Offsets, _logTheta = model.FeatureLogProbabilities.ToArray(), _priors = model.ClassLogPriors.ToArray();

        public double Predict(in Measurements f)
        {
            Span<double> x = stackalloc double[4];
            x[0] = f.SepalLength * _scales[0] + _offsets[0];
            x[1] = f.SepalWidth * _scales[1] + _offsets[1];
            x[2] = f.PetalLength * _scales[2] + _offsets[2];
            x[3] = f.PetalWidth * _scales[3] + _offsets[3];
            int classes = _priors.Length;
            Span<double> s = stackalloc double[classes];
            double max = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                double z = _priors[k];
                for (int j = 0; j < 4; j++) z += x[j] * _logTheta[k * 4 + j];
                s[k] = z;
                max = Math.Max(max, z);
            }
            double total = 0;
            for (int k = 0; k < classes; k++) total += s[k] = Math.Exp(s[k] - max);
            return s[0] / total;
        }
    }

    /// <summary>k-means: the standardisation, then the centre at the smallest squared distance.</summary>
    private sealed class NaiveKMeans((double[] Means, double[] Scales) standard, KMeansModel model)
    {
        private readonly double[] _means = standard.Means, _scales = standard.Scales, _centers = model.Centers.ToArray();

        public double Predict(in Measurements f)
        {
            Span<double> x = stackalloc double[4];
            x[0] = (f.SepalLength - _means[0]) / _scales[0];
            x[1] = (f.SepalWidth - _means[1]) / _scales[1];
            x[2] = (f.PetalLength - _means[2]) / _scales[2];
            x[3] = (f.PetalWidth - _means[3]) / _scales[3];
            int best = 0;
            double bestDistance = double.PositiveInfinity;
            for (int c = 0; c < _centers.Length / 4; c++)
            {
                double d2 = 0;
                for (int j = 0; j < 4; j++)
                {
                    double t = x[j] - _centers[c * 4 + j];
                    d2 += t * t;
                }
                if (d2 < bestDistance)
                {
                    bestDistance = d2;
                    best = c;
                }
            }
            return best;
        }
    }

    /// <summary>The standardisation by hand, then the runtime's regressor (trees, knn).</summary>
    private sealed class StandardisedRegressor((double[] Means, double[] Scales) standard, IRegressionModel algorithm)
    {
        private readonly double[] _means = standard.Means, _scales = standard.Scales;

        public double Predict(in Patient p)
        {
            Span<double> x = stackalloc double[10];
            StandardisedPatient(in p, _means, _scales, x);
            return algorithm.Predict(x);
        }
    }

    /// <summary>An AR(p) step: c + Σ φᵢ yₜ₋ᵢ over the window (oldest first).</summary>
    private sealed class NaiveAr(AutoregressionModel model)
    {
        private readonly double[] _phi = model.Coefficients.ToArray();
        private readonly double _intercept = model.Intercept;

        public int Lags => _phi.Length;

        public double Next(ReadOnlySpan<double> window)
        {
            double y = _intercept;
            for (int i = 0; i < _phi.Length; i++) y += _phi[i] * window[window.Length - 1 - i];
            return y;
        }
    }
}
