using System;
using System.Linq;
using Xunit;

namespace ModelDsl.Runtime.Torch.Tests;

/// <summary>A network's epochs become the same <see cref="ModelDsl.Runtime.Models.TrainingCurves"/> classical models keep.</summary>
public sealed class TrainingHistoryTests
{
    [Fact]
    public void The_epochs_become_curves_with_only_the_measured_series()
    {
        var epochs = new[]
        {
            new EpochProgress(1, 3, 1.2, 1.3, 0.5, 0.01, TimeSpan.FromSeconds(1), true),
            new EpochProgress(2, 3, 0.8, 0.9, 0.7, 0.01, TimeSpan.FromSeconds(2), true),
            new EpochProgress(3, 3, 0.6, 1.0, 0.75, 0.01, TimeSpan.FromSeconds(3), false),
        };
        var curves = new TrainingHistory(epochs, bestEpoch: 2, stoppedEarly: false).ToCurves();
        Assert.Equal("epoch", curves.StepName);
        Assert.Equal(new[] { "train loss", "validation loss", "validation accuracy" }, curves.Series.Select(s => s.Name));
        Assert.Equal(new[] { 1.0, 2.0, 3.0 }, curves.Series[0].Steps);
        Assert.Equal(new[] { 1.2, 0.8, 0.6 }, curves.Series[0].Values);
        Assert.Equal(new[] { 0.5, 0.7, 0.75 }, curves.Series[2].Values);

        // Without validation rows only the training loss was measured.
        var plain = new TrainingHistory(new[] { new EpochProgress(1, 1, 0.4, null, null, 0.01, TimeSpan.Zero, true) }, 1, false).ToCurves();
        Assert.Equal("train loss", Assert.Single(plain.Series).Name);
    }
}
