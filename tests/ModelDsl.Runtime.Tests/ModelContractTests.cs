using System;
using System.Linq;
using ModelDsl.Runtime.Learning;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>Zero-allocation prediction, parameter round trips and determinism of every model.</summary>
public sealed class ModelContractTests
{
    private static readonly (FeatureMatrix X, int[] Y) Iris = LoadIris();

    private static (FeatureMatrix, int[]) LoadIris()
    {
        var (x, species) = TestData.Numeric("iris.csv", "species");
        return (x, TestData.Encode(species, ["setosa", "versicolor", "virginica"]));
    }

    private static IClassificationModel[] Classifiers()
    {
        var (x, y) = Iris;
        var binary = y.Select(v => v == 2 ? 1 : 0).ToArray();
        return
        [
            LogisticRegressionTrainer.Fit(x, y, 3),
            LogisticRegressionTrainer.Fit(x, binary, 2),
            LogisticRegressionTrainer.Fit(x, y, 3, new LogisticRegressionOptions { Penalty = Penalty.L1 }),
            GaussianNaiveBayesTrainer.Fit(x, y, 3),
            MultinomialNaiveBayesTrainer.Fit(x, y, 3),
            LinearDiscriminantTrainer.Fit(x, y, 3),
            LinearDiscriminantTrainer.Fit(x, binary, 2),
        ];
    }

    private static long AllocatedBy(Action action)
    {
        action(); // warm up (JIT, statics)
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Classifier_prediction_allocates_nothing()
    {
        var row = Iris.X.Row(77).ToArray();
        var probabilities = new double[3];
        foreach (var model in Classifiers())
        {
            long bytes = AllocatedBy(() =>
            {
                model.PredictProbabilities(row, probabilities);
                _ = model.PredictClass(row);
            });
            Assert.True(bytes == 0, $"{model.GetType().Name} allocated {bytes} bytes in 100 predictions");
        }
        var logistic = LogisticRegressionTrainer.Fit(Iris.X, Iris.Y, 3);
        Assert.Equal(0, AllocatedBy(() => logistic.Predict(row)));
        var lda = LinearDiscriminantTrainer.Fit(Iris.X, Iris.Y, 3);
        var projected = new double[2];
        Assert.Equal(0, AllocatedBy(() => lda.Transform(row, projected)));
    }

    [Fact]
    public void Regressor_clusterer_and_preprocessing_allocate_nothing_per_row()
    {
        var (x, _) = Iris;
        var target = Enumerable.Range(0, x.Rows).Select(i => x[i, 3]).ToArray();
        var first = x.SelectRows(Enumerable.Range(0, x.Rows).ToArray());
        var linear = LinearRegressionTrainer.Fit(first, target);
        var kmeans = KMeansTrainer.Fit(x, new KMeansOptions { ClusterCount = 3, NInit = 1 });
        var scaler = StandardScaler.Fit(x);
        var minMax = MinMaxScaler.Fit(x);
        var poly = new PolynomialFeatures(4, 3);
        var imputer = SimpleImputer.Fit(x, ImputationStrategy.Median);
        var bag = BagOfWords.Fit(["the quick brown fox", "jumps over the lazy dog", "The Dog sleeps"]);
        var row = x.Row(10).ToArray();
        var buffer = new double[4];
        var expanded = new double[poly.OutputCount];
        var counts = new double[bag.FeatureCount];
        const string document = "The DOG and the fox, the dog!";

        Assert.Equal(0, AllocatedBy(() => linear.Predict(row)));
        Assert.Equal(0, AllocatedBy(() => kmeans.Predict(row)));
        Assert.Equal(0, AllocatedBy(() => scaler.Transform(row, buffer)));
        Assert.Equal(0, AllocatedBy(() => minMax.Transform(row, buffer)));
        Assert.Equal(0, AllocatedBy(() => imputer.Transform(row, buffer)));
        Assert.Equal(0, AllocatedBy(() => poly.Transform(row, expanded)));
        Assert.Equal(0, AllocatedBy(() => bag.Transform(document, counts)));
        Assert.Equal(0, AllocatedBy(() => OneHotEncoding.Encode(1, 4, buffer)));
        Assert.Equal(3.0, counts[bag.IndexOf("the")]);
        Assert.Equal(2.0, counts[bag.IndexOf("dog")]);
    }

    [Fact]
    public void Parameters_round_trip_to_identical_predictions()
    {
        var (x, y) = Iris;
        var logistic = LogisticRegressionTrainer.Fit(x, y, 3);
        var gaussian = GaussianNaiveBayesTrainer.Fit(x, y, 3);
        var multinomial = MultinomialNaiveBayesTrainer.Fit(x, y, 3);
        var lda = LinearDiscriminantTrainer.Fit(x, y, 3);
        IClassificationModel[] originals = [logistic, gaussian, multinomial, lda];
        IClassificationModel[] rebuilt =
        [
            LogisticRegressionModel.FromParameters(logistic.FeatureCount, logistic.ClassCount, logistic.Coefficients, logistic.Intercepts),
            GaussianNaiveBayesModel.FromParameters(gaussian.FeatureCount, gaussian.ClassCount, gaussian.Means, gaussian.Variances, gaussian.ClassPriors),
            MultinomialNaiveBayesModel.FromParameters(multinomial.FeatureCount, multinomial.ClassCount, multinomial.FeatureLogProbabilities, multinomial.ClassLogPriors),
            LinearDiscriminantModel.FromParameters(lda.FeatureCount, lda.ClassCount, lda.Coefficients, lda.Intercepts, lda.Mean, lda.Scalings,
                lda.ScalingColumns, lda.ComponentCount, lda.ExplainedVarianceRatio),
        ];
        for (int m = 0; m < originals.Length; m++)
        {
            Assert.Equal(originals[m].PredictProbabilities(x), rebuilt[m].PredictProbabilities(x));
        }
        var a = new double[2];
        var b = new double[2];
        lda.Transform(x.Row(3), a);
        ((LinearDiscriminantModel)rebuilt[3]).Transform(x.Row(3), b);
        Assert.Equal(a, b);

        var target = Enumerable.Range(0, x.Rows).Select(i => x[i, 3]).ToArray();
        var linear = LinearRegressionTrainer.Fit(x, target, new LinearRegressionOptions { Penalty = Penalty.L2 });
        var linearCopy = LinearRegressionModel.FromParameters(linear.Coefficients, linear.Intercept);
        Assert.Equal(linear.Predict(x), linearCopy.Predict(x));

        var kmeans = KMeansTrainer.Fit(x, new KMeansOptions { ClusterCount = 3 });
        var kmeansCopy = KMeansModel.FromParameters(kmeans.Centers, kmeans.ClusterCount, kmeans.FeatureCount, kmeans.Inertia);
        Assert.Equal(kmeans.Predict(x), kmeansCopy.Predict(x));
        Assert.Equal(kmeans.Inertia, kmeansCopy.Inertia);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var (x, y) = Iris;
        var a = LogisticRegressionTrainer.Fit(x, y, 3, new LogisticRegressionOptions { Penalty = Penalty.L1 });
        var b = LogisticRegressionTrainer.Fit(x, y, 3, new LogisticRegressionOptions { Penalty = Penalty.L1 });
        Assert.Equal(a.Coefficients.ToArray(), b.Coefficients.ToArray());
        var k1 = KMeansTrainer.Fit(x, new KMeansOptions { ClusterCount = 4, Seed = 9 });
        var k2 = KMeansTrainer.Fit(x, new KMeansOptions { ClusterCount = 4, Seed = 9 });
        Assert.Equal(k1.Centers.ToArray(), k2.Centers.ToArray());
    }

    [Fact]
    public void Models_are_safe_to_share_between_threads()
    {
        var (x, y) = Iris;
        var model = LogisticRegressionTrainer.Fit(x, y, 3);
        var expected = model.PredictProbabilities(x);
        System.Threading.Tasks.Parallel.For(0, 8, _ =>
        {
            var p = new double[3];
            for (int i = 0; i < x.Rows; i++)
            {
                model.PredictProbabilities(x.Row(i), p);
                for (int k = 0; k < 3; k++) Assert.Equal(expected[i * 3 + k], p[k]);
            }
        });
    }
}
