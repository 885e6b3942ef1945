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
}
