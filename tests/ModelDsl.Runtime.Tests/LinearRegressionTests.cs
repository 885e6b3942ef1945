using System;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>Linear regressors against scikit-learn 1.2.1 on diabetes (same split; fixtures from eng/reference).</summary>
public sealed class LinearRegressionTests(ITestOutputHelper output)
{
    private readonly Parity _parity = new(output);

    [Theory]
    [InlineData("ols_diabetes.json", Penalty.None)]
    [InlineData("ridge_diabetes.json", Penalty.L2)]
    [InlineData("lasso_diabetes.json", Penalty.L1)]
    [InlineData("elasticnet_diabetes.json", Penalty.ElasticNet)]
    public void Matches_scikit_learn_on_diabetes(string fixtureName, Penalty penalty)
    {
        var fixture = TestData.Fixture(fixtureName);
        var (xTrain, yTrain, xTest, yTest) = TestData.Diabetes(fixture);
        var options = new LinearRegressionOptions { Penalty = penalty };
        if (penalty != Penalty.None) options = options with { Alpha = fixture.Double("alpha") };
        if (penalty == Penalty.ElasticNet) options = options with { L1Ratio = fixture.Double("l1_ratio") };

        var model = LinearRegressionTrainer.Fit(xTrain, yTrain, options);

        var coef = fixture.Doubles("coef");
        // closed-form and convex: 1e-4 relative; entries below 1e-3 × the largest coefficient compared on that scale
        _parity.Close($"{fixtureName} coefficients", coef, model.Coefficients, 1e-4, Parity.ScaleFloor(coef));
        _parity.Close($"{fixtureName} intercept", [fixture.Double("intercept")], [model.Intercept], 1e-4, 1e-9);
        var predictions = model.Predict(xTest);
        _parity.Close($"{fixtureName} test predictions", fixture.Doubles("predictions"), predictions, 1e-4, 1e-9);
        var report = RegressionMetrics.Compute(yTest, predictions);
        Assert.InRange(report.R2 - fixture.Double("r2"), -0.005, 0.005);
        _parity.Close($"{fixtureName} R²/MAE/RMSE", [fixture.Double("r2"), fixture.Double("mae"), fixture.Double("rmse")],
            [report.R2, report.MeanAbsoluteError, report.RootMeanSquaredError], 1e-6, 1e-9);
        if (penalty is Penalty.L1 or Penalty.ElasticNet)
        {
            Assert.True(model.Converged);
            output.WriteLine($"coordinate descent passes: {model.Iterations} (scikit-learn: {fixture.GetProperty("n_iter").GetInt32()})");
            Assert.Equal(fixture.GetProperty("n_iter").GetInt32(), model.Iterations);
            for (int j = 0; j < coef.Length; j++) Assert.Equal(coef[j] == 0, model.Coefficients[j] == 0);
        }
    }

    [Fact]
    public void Polynomial_degree_two_with_ridge_matches_scikit_learn()
    {
        var fixture = TestData.Fixture("poly2_ridge_diabetes.json");
        var (xTrain, yTrain, xTest, yTest) = TestData.Diabetes(fixture);
        var scaler = StandardScaler.Fit(xTrain);
        _parity.Close("scaler mean", fixture.Doubles("scaler_mean"), scaler.Means, 1e-12, 1e-12);
        _parity.Close("scaler scale", fixture.Doubles("scaler_scale"), scaler.Scales, 1e-12, 1e-12);
        var poly = new PolynomialFeatures(xTrain.Columns, degree: 2, includeBias: false);
        Assert.Equal(Array.ConvertAll(fixture.Doubles("powers"), v => (int)v), poly.Powers.ToArray());
        var train = poly.Transform(scaler.Transform(xTrain));
        var test = poly.Transform(scaler.Transform(xTest));
        _parity.Close("expanded first test row", fixture.Doubles("first_test_row_expanded"), test.Row(0), 1e-12, 1e-12);

        var model = LinearRegressionTrainer.Fit(train, yTrain, new LinearRegressionOptions { Penalty = Penalty.L2, Alpha = fixture.Double("alpha") });
        var coef = fixture.Doubles("coef");
        _parity.Close("poly2 ridge coefficients", coef, model.Coefficients, 1e-4, Parity.ScaleFloor(coef));
        var r2 = RegressionMetrics.Evaluate(model, test, yTest).R2;
        Assert.InRange(r2 - fixture.Double("r2"), -0.005, 0.005);
    }

    [Fact]
    public void Ols_recovers_exact_coefficients_and_handles_a_duplicated_column()
    {
        // y = 3 + 2·a − b; column c duplicates a (rank deficient): the minimum-norm solution splits a's weight.
        var rng = new Random(5);
        int n = 50;
        var values = new double[n * 3];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double a = rng.NextDouble() * 10, b = rng.NextDouble() * 5;
            values[i * 3] = a;
            values[i * 3 + 1] = b;
            values[i * 3 + 2] = a;
            y[i] = 3 + 2 * a - b;
        }
        var model = LinearRegressionTrainer.Fit(new FeatureMatrix(values, n, 3), y);
        Assert.Equal(1.0, model.Coefficients[0], 9);
        Assert.Equal(-1.0, model.Coefficients[1], 9);
        Assert.Equal(1.0, model.Coefficients[2], 9);
        Assert.Equal(3.0, model.Intercept, 8);
    }

    [Fact]
    public void Without_intercept_fits_through_the_origin()
    {
        var x = new FeatureMatrix([1, 2, 3, 4], 4, 1);
        var model = LinearRegressionTrainer.Fit(x, [2.5, 5, 7.5, 10], new LinearRegressionOptions { FitIntercept = false });
        Assert.Equal(2.5, model.Coefficients[0], 12);
        Assert.Equal(0.0, model.Intercept);
    }

    [Fact]
    public void Lasso_with_a_large_alpha_gives_all_zero_coefficients()
    {
        var fixture = TestData.Fixture("ols_diabetes.json");
        var (xTrain, yTrain, _, _) = TestData.Diabetes(fixture);
        var model = LinearRegressionTrainer.Fit(xTrain, yTrain, new LinearRegressionOptions { Penalty = Penalty.L1, Alpha = 1e6 });
        Assert.All(model.Coefficients.ToArray(), c => Assert.Equal(0.0, c));
        double mean = 0;
        foreach (var v in yTrain) mean += v;
        Assert.Equal(mean / yTrain.Length, model.Intercept, 9);
    }
}
