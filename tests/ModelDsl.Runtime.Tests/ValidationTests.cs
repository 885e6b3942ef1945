using System;
using ModelDsl.Runtime.Learning;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>Training data with NaN, infinity or a bad label is a typed error naming the row and column.</summary>
public sealed class ValidationTests
{
    private static FeatureMatrix WithBadValue(double bad, int row, int column)
    {
        var values = new double[12 * 3];
        var rng = new Random(1);
        for (int i = 0; i < values.Length; i++) values[i] = rng.NextDouble();
        values[row * 3 + column] = bad;
        return new FeatureMatrix(values, 12, 3);
    }

    private static readonly int[] Labels = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2];

    public static TheoryData<string> Trainers => ["linear", "lasso", "logistic", "gaussian", "multinomial", "lda", "kmeans"];

    private static void Train(string trainer, FeatureMatrix x, int[] labels)
    {
        var target = new double[x.Rows];
        switch (trainer)
        {
            case "linear": LinearRegressionTrainer.Fit(x, target); break;
            case "lasso": LinearRegressionTrainer.Fit(x, target, new LinearRegressionOptions { Penalty = Penalty.L1 }); break;
            case "logistic": LogisticRegressionTrainer.Fit(x, labels, 3); break;
            case "gaussian": GaussianNaiveBayesTrainer.Fit(x, labels, 3); break;
            case "multinomial": MultinomialNaiveBayesTrainer.Fit(x, labels, 3); break;
            case "lda": LinearDiscriminantTrainer.Fit(x, labels, 3); break;
            case "kmeans": KMeansTrainer.Fit(x, new KMeansOptions { ClusterCount = 2, NInit = 1 }); break;
        }
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void NaN_is_rejected_naming_row_and_column(string trainer)
    {
        var error = Assert.Throws<DataValidationException>(() => Train(trainer, WithBadValue(double.NaN, 7, 2), Labels));
        Assert.Equal(7, error.Row);
        Assert.Equal(2, error.Column);
        Assert.Contains("Row 7, column 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void Infinity_is_rejected_naming_row_and_column(string trainer)
    {
        var error = Assert.Throws<DataValidationException>(() => Train(trainer, WithBadValue(double.NegativeInfinity, 0, 1), Labels));
        Assert.Equal((0, 1), (error.Row, error.Column));
        Assert.Contains("infinity", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "missing")]
    [InlineData(3, "outside")]
    public void A_missing_or_unknown_label_is_rejected_naming_the_row(int label, string word)
    {
        var labels = (int[])Labels.Clone();
        labels[5] = label;
        var error = Assert.Throws<DataValidationException>(() => LogisticRegressionTrainer.Fit(WithBadValue(0.5, 0, 0), labels, 3));
        Assert.Equal(5, error.Row);
        Assert.Equal(DataValidationException.LabelColumn, error.Column);
        Assert.Contains(word, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NaN_target_is_rejected_naming_the_row()
    {
        var target = new double[12];
        target[4] = double.NaN;
        var error = Assert.Throws<DataValidationException>(() => LinearRegressionTrainer.Fit(WithBadValue(0.5, 0, 0), target));
        Assert.Equal((4, DataValidationException.LabelColumn), (error.Row, error.Column));
    }

    [Fact]
    public void Prediction_with_the_wrong_feature_count_is_an_argument_error()
    {
        var model = LinearRegressionModel.FromParameters([1.0, 2.0], 0.5);
        Assert.Throws<ArgumentException>(() => model.Predict([1.0]));
        Assert.Throws<ArgumentException>(() => LinearRegressionModel.FromParameters([1.0, double.NaN], 0));
        Assert.Throws<ArgumentException>(() => LogisticRegressionModel.FromParameters(2, 3, [1.0, 2.0], [0.0]));
    }
}
