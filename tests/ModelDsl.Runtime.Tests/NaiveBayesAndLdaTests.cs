using System;
using System.Linq;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>Naive Bayes and LDA against scikit-learn 1.2.1.</summary>
public sealed class NaiveBayesAndLdaTests(ITestOutputHelper output)
{
    private readonly Parity _parity = new(output);

    [Theory]
    [InlineData("gnb_iris.json", "iris.csv", "species")]
    [InlineData("gnb_digits.json", "digits.csv", "digit")]
    public void Gaussian_naive_bayes_matches_scikit_learn(string fixtureName, string file, string label)
    {
        var fixture = TestData.Fixture(fixtureName);
        var (xTrain, yTrain, xTest, yTest) = TestData.Classification(fixture, file, label);
        int classes = fixture.Strings("classes").Length;

        var model = GaussianNaiveBayesTrainer.Fit(xTrain, yTrain, classes, fixture.Double("var_smoothing"));

        _parity.Close($"{fixtureName} means", fixture.Doubles("theta"), model.Means, 1e-10, 1e-9);
        _parity.Close($"{fixtureName} variances", fixture.Doubles("var"), model.Variances, 1e-9, 1e-12);
        _parity.Close($"{fixtureName} priors", fixture.Doubles("class_prior"), model.ClassPriors, 1e-12, 1e-12);
        var jll = new double[xTest.Rows * classes];
        for (int i = 0; i < xTest.Rows; i++) model.JointLogLikelihood(xTest.Row(i), jll.AsSpan(i * classes, classes));
        _parity.Close($"{fixtureName} joint log-likelihood", fixture.Doubles("joint_log_likelihood"), jll, 1e-8, 1.0);
        _parity.Close($"{fixtureName} test probabilities", fixture.Doubles("probabilities"), model.PredictProbabilities(xTest), 1e-4, 1e-6);
        Assert.InRange(ClassificationMetrics.Evaluate(model, xTest, yTest).Accuracy - fixture.Double("accuracy"), -0.005, 0.005);
    }

    [Fact]
    public void Multinomial_naive_bayes_on_the_topic_corpus_matches_scikit_learn()
    {
        var fixture = TestData.Fixture("mnb_topics.json");
        var table = TestData.Csv("topics.csv");
        var texts = table.Rows.Select(r => r[0]).ToArray();
        var classes = fixture.Strings("classes");
        var y = TestData.Encode(table.Rows.Select(r => r[1]).ToArray(), classes);
        var train = fixture.Ints("train");
        var test = fixture.Ints("test");

        var bag = BagOfWords.Fit(train.Select(i => texts[i]));
        Assert.Equal(fixture.Strings("vocabulary"), bag.Vocabulary);
        Assert.Equal(fixture.Strings("vocabulary_min_df2"), BagOfWords.Fit(train.Select(i => texts[i]), minCount: 2).Vocabulary);
        var xTrain = bag.Transform(train.Select(i => texts[i]).ToArray());
        var xTest = bag.Transform(test.Select(i => texts[i]).ToArray());
        Assert.Equal(fixture.Doubles("first_test_counts"), xTest.Row(0).ToArray());

        var model = MultinomialNaiveBayesTrainer.Fit(xTrain, TestData.Select(y, train), classes.Length, fixture.Double("alpha"));
        _parity.Close("feature log-probabilities", fixture.Doubles("feature_log_prob"), model.FeatureLogProbabilities, 1e-12, 1e-12);
        _parity.Close("class log-priors", fixture.Doubles("class_log_prior"), model.ClassLogPriors, 1e-12, 1e-12);
        _parity.Close("test probabilities", fixture.Doubles("probabilities"), model.PredictProbabilities(xTest), 1e-4, 1e-6);
        var report = ClassificationMetrics.Evaluate(model, xTest, TestData.Select(y, test));
        output.WriteLine($"topic accuracy {report.Accuracy:F4} (scikit-learn {fixture.Double("accuracy"):F4})");
        Assert.InRange(report.Accuracy - fixture.Double("accuracy"), -0.005, 0.005);
    }

    [Fact]
    public void Multinomial_naive_bayes_rejects_negative_counts_naming_row_and_column()
    {
        var x = new FeatureMatrix([1, 0, 2, 3, -1, 0], 3, 2);
        var error = Assert.Throws<DataValidationException>(() => MultinomialNaiveBayesTrainer.Fit(x, [0, 1, 0], 2));
        Assert.Equal((2, 0), (error.Row, error.Column));
    }

    [Fact]
    public void Linear_discriminant_matches_scikit_learn_on_iris()
    {
        var fixture = TestData.Fixture("lda_iris.json");
        var (xTrain, yTrain, xTest, yTest) = TestData.Classification(fixture, "iris.csv", "species");

        var model = LinearDiscriminantTrainer.Fit(xTrain, yTrain, 3);

        var coef = fixture.Doubles("coef");
        _parity.Close("LDA coefficients", coef, model.Coefficients, 1e-4, Parity.ScaleFloor(coef));
        _parity.Close("LDA intercepts", fixture.Doubles("intercept"), model.Intercepts, 1e-4, 1e-6);
        _parity.Close("LDA mean", fixture.Doubles("xbar"), model.Mean, 1e-12, 1e-12);
        _parity.Close("LDA explained variance ratio", fixture.Doubles("explained_variance_ratio"), model.ExplainedVarianceRatio, 1e-6, 1e-9);
        _parity.Close("LDA test probabilities", fixture.Doubles("probabilities"), model.PredictProbabilities(xTest), 1e-4, 1e-6);
        Assert.Equal(2, model.ComponentCount);

        // The transform is defined up to the sign of each axis (SVD): align signs on the first test row, then compare.
        var expected = fixture.Doubles("transform");
        var actual = new double[xTest.Rows * 2];
        for (int i = 0; i < xTest.Rows; i++) model.Transform(xTest.Row(i), actual.AsSpan(i * 2, 2));
        for (int c = 0; c < 2; c++)
        {
            if (Math.Sign(expected[c]) != Math.Sign(actual[c]))
            {
                for (int i = 0; i < xTest.Rows; i++) actual[i * 2 + c] = -actual[i * 2 + c];
            }
        }
        _parity.Close("LDA transform (signs aligned)", expected, actual, 1e-4, Parity.ScaleFloor(expected));
        Assert.InRange(ClassificationMetrics.Evaluate(model, xTest, yTest).Accuracy - fixture.Double("accuracy"), -0.005, 0.005);
    }

    [Fact]
    public void Linear_discriminant_binary_uses_one_score_row()
    {
        var (x, species) = TestData.Numeric("iris.csv", "species");
        var keep = Enumerable.Range(0, x.Rows).Where(i => species[i] != "setosa").ToArray();
        var y = keep.Select(i => species[i] == "virginica" ? 1 : 0).ToArray();
        var model = LinearDiscriminantTrainer.Fit(x.SelectRows(keep), y, 2);
        Assert.Equal(1, model.CoefficientRows);
        Assert.Equal(1, model.ComponentCount);
        var report = ClassificationMetrics.Evaluate(model, x.SelectRows(keep), y);
        Assert.True(report.Accuracy > 0.95, $"accuracy {report.Accuracy}");
    }
}
