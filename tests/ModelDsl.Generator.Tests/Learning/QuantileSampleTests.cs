using System.IO;
using System.Linq;
using ModelDsl.Tests.Infrastructure;
using Samples.Quantiles;
using Xunit;

namespace ModelDsl.Tests.Learning;

/// <summary>The generated quantile regressors: each line leaves about its quantile of the patients below it.</summary>
public sealed class QuantileSampleTests
{
    [Fact]
    public void Median_and_90th_percentile_lines_cover_their_share_of_the_patients()
    {
        var visits = Visit.ReadCsv(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "QuantileDiabetes", "data", "diabetes.csv")).ToList();
        var median = MedianProgression.Train(visits);
        var high = HighProgression.Train(visits);
        double Below(System.Func<Visit, double> predict) => visits.Count(v => v.Progression <= predict(v)) / (double)visits.Count;
        Assert.InRange(Below(v => median.Predict(v).Progression), 0.45, 0.55);
        Assert.InRange(Below(v => high.Predict(v).Progression), 0.85, 0.93);
        Assert.True(median.TestReport!.R2 >= 0.35, $"R² {median.TestReport.R2}");
        Assert.All(visits.Take(50), v => Assert.True(high.Predict(v).Progression > median.Predict(v).Progression));
    }

    [Fact]
    public void A_quantile_regressor_is_judged_by_pinball_loss_and_coverage()
    {
        var visits = Visit.ReadCsv(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "QuantileDiabetes", "data", "diabetes.csv")).ToList();
        var high = HighProgression.Train(visits).TestReport!;
        var median = MedianProgression.Train(visits).TestReport!;
        Assert.Equal(0.9, high.Quantile);
        Assert.Equal(0.5, median.Quantile);
        Assert.InRange(high.Coverage, 0.8, 0.97);
        Assert.InRange(median.Coverage, 0.4, 0.6);
        // Computed, not NaN: positive, and at most max(q, 1 − q) × MAE.
        Assert.InRange(high.PinballLoss, 1e-9, 0.9 * high.MeanAbsoluteError + 1e-9);
        Assert.Contains("pinball loss", high.ToString());
        Assert.Contains("coverage", high.ToString());
        Assert.Equal(median.MeanAbsoluteError / 2, median.PinballLoss, 9); // at q = 0.5 the pinball loss is half the MAE
    }
}
