using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>Metrics against scikit-learn 1.2.1; splits and folds.</summary>
public sealed class MetricsAndSplitTests(ITestOutputHelper output)
{
    private readonly Parity _parity = new(output);

    [Theory]
    [InlineData("logreg_iris.json")]
    [InlineData("gnb_digits.json")]
    [InlineData("mnb_topics.json")]
    public void Classification_report_matches_scikit_learn_given_its_predictions(string fixtureName)
    {
        var fixture = TestData.Fixture(fixtureName);
        var classes = fixture.Strings("classes").Length;
        var probabilities = fixture.Doubles("probabilities");
        var predicted = fixture.Ints("predicted");
        var truth = new int[predicted.Length];
        // the true labels follow from the confusion matrix only in aggregate; rebuild them from the data set
        var test = fixture.Ints("test");
        if (fixtureName.StartsWith("mnb", StringComparison.Ordinal))
        {
            var table = TestData.Csv("topics.csv");
            var all = TestData.Encode(table.Rows.Select(r => r[1]).ToArray(), fixture.Strings("classes"));
            truth = TestData.Select(all, test);
        }
        else
        {
            var (_, labels) = TestData.Numeric(fixture.GetProperty("dataset").GetString()!, fixtureName.Contains("digits", StringComparison.Ordinal) ? "digit" : "species");
            truth = TestData.Select(TestData.Encode(labels, fixture.Strings("classes")), test);
        }

        var report = ClassificationMetrics.Compute(truth, predicted, probabilities, classes);

        Assert.Equal(fixture.Double("accuracy"), report.Accuracy, 12);
        _parity.Close("precision", fixture.Doubles("precision"), report.Precision.ToArray(), 1e-12, 1e-12);
        _parity.Close("recall", fixture.Doubles("recall"), report.Recall.ToArray(), 1e-12, 1e-12);
        _parity.Close("F1", fixture.Doubles("f1"), report.F1.ToArray(), 1e-12, 1e-12);
        Assert.Equal(fixture.Ints("support"), report.Support);
        Assert.Equal(fixture.Doubles("confusion").Select(v => (int)v), report.ConfusionMatrix);
        _parity.Close("log-loss", [fixture.Double("log_loss")], [report.LogLoss!.Value], 1e-10, 1e-12);
    }

    [Fact]
    public void Classification_report_handles_a_class_never_predicted()
    {
        var report = ClassificationMetrics.Compute([0, 1, 2, 2], [0, 1, 1, 1], default, 3);
        Assert.Equal(0.5, report.Accuracy);
        Assert.Equal(0.0, report.Precision[2]);
        Assert.Equal(0.0, report.F1[2]);
        Assert.Null(report.LogLoss);
        Assert.Equal(2, report.Confusion(2, 1));
        Assert.Equal((1.0 + 1.0 / 3 + 0) / 3, report.MacroPrecision, 12);
    }

    [Fact]
    public void Regression_metrics_handle_a_constant_target()
    {
        Assert.Equal(1.0, RegressionMetrics.Compute([2.0, 2.0], [2.0, 2.0]).R2);
        Assert.Equal(0.0, RegressionMetrics.Compute([2.0, 2.0], [2.0, 3.0]).R2);
        var report = RegressionMetrics.Compute([1.0, 2.0, 3.0], [1.0, 2.0, 5.0]);
        Assert.Equal(2.0 / 3, report.MeanAbsoluteError, 12);
        Assert.Equal(Math.Sqrt(4.0 / 3), report.RootMeanSquaredError, 12);
    }

    [Fact]
    public void Train_test_split_is_seeded_disjoint_complete_and_stratified()
    {
        var (_, species) = TestData.Numeric("iris.csv", "species");
        var labels = TestData.Encode(species, ["setosa", "versicolor", "virginica"]);
        var (train, test) = DataSplit.TrainTest(150, 0.2, 42, labels);
        var again = DataSplit.TrainTest(150, 0.2, 42, labels);
        var other = DataSplit.TrainTest(150, 0.2, 7, labels);

        Assert.Equal(train, again.Train);
        Assert.Equal(test, again.Test);
        Assert.NotEqual(test, other.Test);
        Assert.Equal(30, test.Length);
        Assert.Equal(Enumerable.Range(0, 150), train.Concat(test).OrderBy(i => i));
        for (int c = 0; c < 3; c++) Assert.Equal(10, test.Count(i => labels[i] == c));

        // unbalanced classes keep their proportions to within one row
        var skewed = Enumerable.Range(0, 103).Select(i => i < 80 ? 0 : i < 100 ? 1 : 2).ToArray();
        var (skewTrain, skewTest) = DataSplit.TrainTest(103, 0.25, 1, skewed);
        Assert.Equal(26, skewTest.Length);
        Assert.InRange(skewTest.Count(i => skewed[i] == 0), 19, 21);
        Assert.InRange(skewTest.Count(i => skewed[i] == 1), 4, 6);
        Assert.InRange(skewTest.Count(i => skewed[i] == 2), 0, 1);
        Assert.Empty(skewTrain.Intersect(skewTest));
    }

    [Fact]
    public void Unstratified_split_rounds_the_test_size_up_as_scikit_learn()
    {
        var (train, test) = DataSplit.TrainTest(442, 0.2, 0);
        Assert.Equal(89, test.Length);
        Assert.Equal(353, train.Length);
    }

    [Fact]
    public void KFold_partitions_every_row_once_with_balanced_stratified_folds()
    {
        var labels = Enumerable.Range(0, 100).Select(i => i < 70 ? 0 : 1).ToArray();
        var folds = DataSplit.KFold(100, 5, 3, labels);
        Assert.Equal(5, folds.Length);
        var seen = new List<int>();
        foreach (var (train, test) in folds)
        {
            Assert.Equal(20, test.Length);
            Assert.Equal(80, train.Length);
            Assert.Equal(14, test.Count(i => labels[i] == 0));
            Assert.Empty(train.Intersect(test));
            seen.AddRange(test);
        }
        Assert.Equal(Enumerable.Range(0, 100), seen.OrderBy(i => i));

        var plain = DataSplit.KFold(11, 3, 3);
        Assert.Equal([4, 4, 3], plain.Select(f => f.Test.Length));
        Assert.Equal(plain.Select(f => f.Test), DataSplit.KFold(11, 3, 3).Select(f => f.Test));
    }
}
