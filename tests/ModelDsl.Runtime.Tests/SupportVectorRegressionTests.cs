using System;
using System.Linq;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>SVR against scikit-learn 1.2.1's <c>SVR</c> (libsvm) on standardised diabetes.</summary>
public sealed class SupportVectorRegressionTests(ITestOutputHelper output)
{
    [Fact]
    public void R2_matches_scikit_learn_within_0_01()
    {
        var fixture = TestData.Fixture("svr_diabetes.json");
        var (rawTrain, yTrain, rawTest, yTest) = TestData.Diabetes(fixture);
        var xTrain = TestData.Standardize(rawTrain, fixture.Doubles("scaler_mean"), fixture.Doubles("scaler_scale"));
        var xTest = TestData.Standardize(rawTest, fixture.Doubles("scaler_mean"), fixture.Doubles("scaler_scale"));
        foreach (var c in fixture.GetProperty("cases").EnumerateArray())
        {
            var options = new SupportVectorRegressionOptions
            {
                Kernel = c.GetProperty("kernel").GetString() == "linear" ? SvmKernel.Linear : SvmKernel.Rbf,
                C = c.Double("C"), Epsilon = c.Double("epsilon"), Gamma = c.Double("gamma"), Tolerance = c.Double("tol"),
            };
            var model = SupportVectorRegressionTrainer.Fit(xTrain, yTrain, options);
            double r2 = RegressionMetrics.Evaluate(model, xTest, yTest).R2, expected = c.Double("r2");
            var first = model.Predict(xTest.SelectRows([0, 1, 2, 3, 4]));
            double worst = first.Zip(c.Doubles("first_test_predictions"), (a, b) => Math.Abs(a - b)).Max();
            output.WriteLine(FormattableString.Invariant(
                $"{options.Kernel} C={options.C} ε={options.Epsilon} γ={model.Gamma:G6} (scikit-learn {c.Double("gamma_value"):G6}): R² {r2:F5} vs {expected:F5}; {model.SupportVectorCount} support vectors vs {c.GetProperty("n_support").GetInt32()}; intercept {model.Intercept:F4} vs {c.Double("intercept"):F4}; {model.Iterations} SMO iterations; largest prediction difference {worst:G3}"));
            Assert.True(model.Converged);
            if (options.Kernel == SvmKernel.Rbf && options.Gamma == 0) Assert.Equal(c.Double("gamma_value"), model.Gamma, 12);
            Assert.InRange(r2, expected - 0.01, expected + 0.01);
        }
    }

    [Fact]
    public void Fits_a_noiseless_line_inside_the_tube_and_round_trips()
    {
        int n = 60;
        var values = Enumerable.Range(0, n).Select(i => i / 10.0).ToArray();
        var y = values.Select(v => 3 * v - 2).ToArray();
        var x = new FeatureMatrix(values, n, 1);
        var linear = SupportVectorRegressionTrainer.Fit(x, y, new SupportVectorRegressionOptions { Kernel = SvmKernel.Linear, C = 100, Epsilon = 0.05, Tolerance = 1e-6 });
        for (int i = 0; i < n; i++) Assert.InRange(linear.Predict(x.Row(i)) - y[i], -0.0501, 0.0501);
        var rbf = SupportVectorRegressionTrainer.Fit(x, y, new SupportVectorRegressionOptions { C = 100, Epsilon = 0.05, Gamma = 0.5 });
        var copy = SupportVectorRegressionModel.FromParameters(rbf.FeatureCount, rbf.Kernel, rbf.Gamma, rbf.SupportVectors, rbf.DualCoefficients, rbf.Intercept);
        Assert.Equal(rbf.Predict(x), copy.Predict(x));
        var row = x.Row(7).ToArray();
        double sink = rbf.Predict(row) + linear.Predict(row);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) sink += rbf.Predict(row) + linear.Predict(row);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before == 0, sink.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentException>(() => SupportVectorRegressionModel.FromParameters(1, SvmKernel.Rbf, 0.5, rbf.SupportVectors[1..], rbf.DualCoefficients, 0));
    }
}
