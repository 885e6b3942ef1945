using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>
/// Trees behind a monotone per-feature preprocessing (standardisation, min-max, clamps) test raw values against folded
/// thresholds (ScalingFold.FoldThresholds, issue 12 §9). The fold must be exact: each folded threshold is the largest raw
/// value whose preprocessed value is ≤ the tree's threshold, so a raw value exactly on it goes left and the next double up
/// goes right, as through the pipeline; and every prediction equals the two-step one bit for bit.
/// </summary>
public sealed class TreeThresholdFoldTests
{
    private static readonly string[] Names = { "sepal_length", "sepal_width", "petal_length", "petal_width" };

    private static (ModelSpec Spec, TrainingData Data, double[][] Rows) Iris(string algorithm, Func<int, FeatureSpec> feature)
    {
        var table = TestData.Csv("iris.csv");
        var classes = new[] { "setosa", "versicolor", "virginica" };
        var rows = table.Rows.Select(r => r.Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Append(Array.IndexOf(classes, r[4])).ToArray()).ToArray();
        var parameters = new[] { new KeyValuePair<string, string>("seed", "0"), new("n_estimators", "5") };
        var spec = new ModelSpec("Iris", LearningTask.Classifier, algorithm, parameters, Enumerable.Range(0, 4).Select(feature).ToArray(),
            1, false, true, 1, classes, 0, false, 1, 0, Array.Empty<string>(), "hash");
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 4).CopyTo(n), (in double[] row) => row[4]);
        return (spec, TrainingData.Collect(spec, rows, reader), rows);
    }

    public static TheoryData<string, string> Cases() => new()
    {
        { "decision_tree", "standardize" }, { "random_forest", "standardize" }, { "decision_tree", "min_max" }, { "decision_tree", "clamp+standardize" },
    };

    private static FeatureSpec Feature(int i, string preprocessing) => preprocessing switch
    {
        "standardize" => new(Names[i], FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0),
        "min_max" => new(Names[i], FeatureKind.Numeric, 0, FeatureScaling.MinMax, Imputation.Reject, 0),
        // Petal length clamped into [2, 6]: thresholds outside the bounds fold to a raw threshold at the bound's side.
        _ => new(Names[i], FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0,
            ClampLow: i == 2 ? 2.0 : double.NegativeInfinity, ClampHigh: i == 2 ? 6.0 : double.PositiveInfinity),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_raw_value_on_a_folded_threshold_goes_left_and_the_next_double_goes_right(string algorithm, string preprocessing)
    {
        var (spec, data, rows) = Iris(algorithm, i => Feature(i, preprocessing));
        var model = TrainedClassifier.Train(spec, data);
        var trees = ((TreeClassifierModel)model.Algorithm).Trees;
        var folded = ScalingFold.FoldThresholds(model.Pipeline, trees);
        Assert.NotNull(folded);
        var probabilities = new double[3];
        var twoStep = new double[3];
        var features = new double[4];
        var tested = 0;
        for (var node = 0; node < trees.NodeCount; node++)
        {
            var k = trees.Features[node];
            if (k < 0) continue;
            double t = trees.Thresholds[node], raw = folded!.Thresholds[node];
            Assert.True(model.Pipeline.ScaleValue(k, raw) <= t, $"node {node}: {raw} preprocesses above {t}");
            Assert.True(model.Pipeline.ScaleValue(k, Math.BitIncrement(raw)) > t, $"node {node}: the double after {raw} preprocesses to ≤ {t}");
            // Whole rows on both sides of the boundary: the model (folded) and the pipeline then the unfolded trees agree.
            foreach (var value in new[] { raw, Math.BitIncrement(raw), Math.BitDecrement(raw) })
            {
                var row = rows[node % rows.Length].Take(4).ToArray();
                row[k] = value;
                var best = model.PredictProbabilities(row, default, probabilities);
                model.Pipeline.Transform(row, default, features);
                model.Algorithm.PredictProbabilities(features, twoStep);
                Assert.Equal(twoStep, probabilities);
                Assert.Equal(Array.IndexOf(twoStep, twoStep.Max()), best);
                tested++;
            }
        }
        Assert.True(tested >= 6, $"only {tested} boundary rows");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_training_row_predicts_bit_for_bit_as_through_the_pipeline(string algorithm, string preprocessing)
    {
        var (spec, data, rows) = Iris(algorithm, i => Feature(i, preprocessing));
        var model = TrainedClassifier.Train(spec, data);
        var probabilities = new double[3];
        var twoStep = new double[3];
        var features = new double[4];
        foreach (var row in rows)
        {
            model.PredictProbabilities(row.AsSpan(0, 4), default, probabilities);
            model.Pipeline.Transform(row.AsSpan(0, 4), default, features);
            model.Algorithm.PredictProbabilities(features, twoStep);
            Assert.Equal(twoStep, probabilities);
        }
    }

    [Fact]
    public void The_raw_threshold_is_exact_where_the_arithmetic_inverse_is_not()
    {
        // t·σ + μ, the obvious inverse, lands an ulp or more off the boundary for some thresholds; the bisection never does.
        var (spec, data, _) = Iris("decision_tree", i => Feature(i, "standardize"));
        var pipeline = TrainedClassifier.Train(spec, data).Pipeline;
        var (means, scales) = pipeline.Standardisation!.Value;
        var random = new Random(7);
        var arithmeticMisses = 0;
        for (var n = 0; n < 2000; n++)
        {
            var k = n % 4;
            var t = random.NextDouble() * 6 - 3;
            var raw = ScalingFold.RawThreshold(pipeline, k, t);
            Assert.True(pipeline.ScaleValue(k, raw) <= t);
            Assert.True(pipeline.ScaleValue(k, Math.BitIncrement(raw)) > t);
            var naive = t * scales[k] + means[k];
            if ((pipeline.ScaleValue(k, naive) <= t) != true || pipeline.ScaleValue(k, Math.BitIncrement(naive)) <= t) arithmeticMisses++;
        }
        Assert.True(arithmeticMisses > 0, "the arithmetic inverse never missed, so this test would not catch a fold that used it");
    }

    [Fact]
    public void A_threshold_no_raw_value_reaches_is_not_folded()
    {
        var (spec, data, _) = Iris("decision_tree", i => Feature(i, "min_max"));
        var pipeline = TrainedClassifier.Train(spec, data).Pipeline;
        // Min-max of doubles near −MaxValue overflows to −∞ ≤ every t, but the largest raw value is bounded: ±MaxValue.
        Assert.Equal(double.MaxValue, ScalingFold.RawThreshold(pipeline, 0, double.PositiveInfinity));
        Assert.Equal(double.NegativeInfinity, ScalingFold.RawThreshold(pipeline, 0, double.NegativeInfinity));
    }
}
