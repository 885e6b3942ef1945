using System;
using System.Linq;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>k-nearest neighbours against scikit-learn 1.2.1's KNeighborsClassifier/Regressor (brute force) on digits and diabetes.</summary>
public sealed class KNeighborsTests(ITestOutputHelper output)
{
    private readonly Parity _parity = new(output);

    public static TheoryData<int> DigitCases => [0, 1, 2, 3, 4];

    public static TheoryData<int> DiabetesCases => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(DigitCases))]
    public void Classifier_predicts_what_scikit_learn_predicts_on_digits(int index)
    {
        var fixture = TestData.Fixture("knn_digits.json");
        var (xTrain, yTrain, xTest, _) = TestData.Classification(fixture, "digits.csv", "digit");
        var c = fixture.GetProperty("cases")[index];
        var classes = fixture.Strings("classes").Length;
        var model = KNeighborsTrainer.FitClassifier(xTrain, yTrain, classes, Options(c));

        var probabilities = new double[xTest.Rows * classes];
        var predicted = new int[xTest.Rows];
        for (var i = 0; i < xTest.Rows; i++)
        {
            var p = probabilities.AsSpan(i * classes, classes);
            model.PredictProbabilities(xTest.Row(i), p);
            predicted[i] = p.IndexOf(TensorMax(p));
        }
        Assert.Equal(c.Ints("predicted"), predicted);

        // Where the k-th and the next-nearest training rows are equally far, which one is a neighbour is a tie-break:
        // this runtime and scikit-learn's Euclidean search keep the earlier row; its Manhattan path (argpartition) does not
        // promise an order. Probabilities are compared on every row without such a tie, and the ties are counted.
        var expected = c.Doubles("probabilities");
        var k = c.GetProperty("n_neighbors").GetInt32();
        var (tied, differing) = (0, 0);
        for (var i = 0; i < xTest.Rows; i++)
        {
            var same = true;
            for (var j = i * classes; j < (i + 1) * classes; j++) same &= Math.Abs(expected[j] - probabilities[j]) <= 1e-12;
            if (TiedAtBoundary(xTrain, xTest.Row(i), k, c.GetProperty("metric").GetString()!)) tied++;
            else if (!same) differing++;
        }
        output.WriteLine($"case {index}: {tied} of {xTest.Rows} test rows have a tie at the k-th neighbour");
        Assert.Equal(0, differing);
        if (c.GetProperty("metric").GetString() == "euclidean")
            _parity.Close($"case {index} probabilities", expected, probabilities, 1e-12, 1e-12);
    }

    [Theory]
    [MemberData(nameof(DiabetesCases))]
    public void Regressor_predicts_what_scikit_learn_predicts_on_diabetes(int index)
    {
        var fixture = TestData.Fixture("knn_diabetes.json");
        var (xTrain, yTrain, xTest, yTest) = TestData.Diabetes(fixture);
        var c = fixture.GetProperty("cases")[index];
        if (c.GetProperty("standardized").GetBoolean())
        {
            xTrain = TestData.Standardize(xTrain, fixture.Doubles("scaler_mean"), fixture.Doubles("scaler_scale"));
            xTest = TestData.Standardize(xTest, fixture.Doubles("scaler_mean"), fixture.Doubles("scaler_scale"));
        }
        var model = KNeighborsTrainer.FitRegressor(xTrain, yTrain, Options(c));

        var predictions = Enumerable.Range(0, xTest.Rows).Select(i => model.Predict(xTest.Row(i))).ToArray();
        _parity.Close($"case {index} predictions", c.Doubles("predictions"), predictions, 1e-9, 1.0);
        Assert.InRange(RegressionMetrics.Compute(yTest, predictions).R2 - c.Double("r2"), -1e-9, 1e-9);
    }

    [Fact]
    public void An_exact_match_decides_alone_under_distance_weights()
    {
        var x = new FeatureMatrix([0, 0, 1, 1, 2, 2, 3, 3], 4, 2);
        var model = KNeighborsTrainer.FitRegressor(x, [10, 20, 30, 40], new KNeighborsOptions { Neighbors = 3, Weights = NeighborWeights.Distance });
        Assert.Equal(20, model.Predict([1, 1]));
        // Otherwise the inverse distances weigh: (1/√2·10 + 1/√2·20 + 1/√8·30) / (2/√2 + 1/√8) at (0.5, 0.5)... checked by hand below.
        var expected = (10 / Math.Sqrt(0.5) + 20 / Math.Sqrt(0.5) + 30 / Math.Sqrt(4.5)) / (2 / Math.Sqrt(0.5) + 1 / Math.Sqrt(4.5));
        Assert.Equal(expected, model.Predict([0.5, 0.5]), 12);
    }

    [Fact]
    public void Ties_in_distance_keep_the_earlier_training_row()
    {
        // Rows 1 and 2 are both at distance 1 from the query; with k = 2 the earlier (row 1, class 1) is kept with row 0.
        var x = new FeatureMatrix([0, 0, 1, 0, -1, 0], 3, 2);
        var model = KNeighborsTrainer.FitClassifier(x, [0, 1, 2], 3, new KNeighborsOptions { Neighbors = 2 });
        Span<double> p = stackalloc double[3];
        model.PredictProbabilities([0, 0], p);
        Assert.Equal([0.5, 0.5, 0.0], p.ToArray());
    }

    [Fact]
    public void More_neighbours_than_training_rows_is_a_clear_error()
    {
        var x = new FeatureMatrix([0, 1, 2], 3, 1);
        var e = Assert.Throws<ArgumentException>(() => KNeighborsTrainer.FitRegressor(x, [1, 2, 3], new KNeighborsOptions { Neighbors = 5 }));
        Assert.Contains("n_neighbors is 5", e.Message);
        Assert.Contains("3 rows", e.Message);
    }

    [Fact]
    public void Prediction_allocates_nothing()
    {
        var fixture = TestData.Fixture("knn_digits.json");
        var (xTrain, yTrain, xTest, _) = TestData.Classification(fixture, "digits.csv", "digit");
        var classifier = KNeighborsTrainer.FitClassifier(xTrain, yTrain, 10, new KNeighborsOptions { Neighbors = 200, Weights = NeighborWeights.Distance });
        var regressor = KNeighborsTrainer.FitRegressor(xTrain, yTrain.Select(v => (double)v).ToArray(), new KNeighborsOptions { Neighbors = 7 });
        var p = new double[10];
        long Allocated(Action predict)
        {
            for (var i = 0; i < 40; i++) predict(); // the pool's first rent for k = 200, and the JIT's tiers
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 50; i++) predict();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        var row = 0;
        Assert.Equal(0, Allocated(() => classifier.PredictProbabilities(xTest.Row(row++ % xTest.Rows), p)));
        Assert.Equal(0, Allocated(() => regressor.Predict(xTest.Row(row++ % xTest.Rows))));
    }

    private static KNeighborsOptions Options(System.Text.Json.JsonElement c) => new()
    {
        Neighbors = c.GetProperty("n_neighbors").GetInt32(),
        Weights = c.GetProperty("weights").GetString() == "distance" ? NeighborWeights.Distance : NeighborWeights.Uniform,
        Metric = c.GetProperty("metric").GetString() == "manhattan" ? NeighborMetric.Manhattan : NeighborMetric.Euclidean,
    };

    private static bool TiedAtBoundary(FeatureMatrix train, ReadOnlySpan<double> query, int k, string metric)
    {
        var distances = new double[train.Rows];
        for (var r = 0; r < train.Rows; r++)
        {
            var row = train.Row(r);
            double d = 0;
            for (var j = 0; j < row.Length; j++) d += metric == "manhattan" ? Math.Abs(row[j] - query[j]) : (row[j] - query[j]) * (row[j] - query[j]);
            distances[r] = d;
        }
        Array.Sort(distances);
        return k < distances.Length && distances[k - 1] == distances[k];
    }

    private static double TensorMax(ReadOnlySpan<double> p) => System.Numerics.Tensors.TensorPrimitives.Max(p);
}
