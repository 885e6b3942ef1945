using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ModelDsl.Runtime.Models;

/// <summary>Metrics of a classifier on some rows.</summary>
public sealed record ClassificationReport(
    IReadOnlyList<string> ClassNames,
    int Rows,
    double Accuracy,
    IReadOnlyList<double> Precision,
    IReadOnlyList<double> Recall,
    IReadOnlyList<double> F1,
    IReadOnlyList<int> Support,
    int[,] ConfusionMatrix,
    double LogLoss)
{
    /// <summary>Unweighted mean of the per-class F1 scores.</summary>
    public double MacroF1 => F1.Count == 0 ? 0 : F1.Average();

    /// <summary>A table: accuracy, log-loss, per-class precision/recall/F1/support, confusion matrix.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"  rows {Rows}   accuracy {Accuracy:P2}   macro F1 {MacroF1:0.0000}   log-loss {LogLoss:0.0000}\n");
        var width = Math.Max(8, ClassNames.Max(n => n.Length) + 2);
        text.Append("  ").Append("class".PadRight(width)).Append("precision  recall     F1  support\n");
        for (var c = 0; c < ClassNames.Count; c++)
            text.Append(CultureInfo.InvariantCulture, $"  {ClassNames[c].PadRight(width)}{Precision[c],9:0.000}{Recall[c],8:0.000}{F1[c],7:0.000}{Support[c],9}\n");
        text.Append("  confusion (rows: true, columns: predicted)\n");
        for (var r = 0; r < ClassNames.Count; r++)
        {
            text.Append("  ").Append(ClassNames[r].PadRight(width));
            for (var c = 0; c < ClassNames.Count; c++) text.Append(ConfusionMatrix[r, c].ToString(CultureInfo.InvariantCulture).PadLeft(6));
            text.Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>Metrics of a regressor on some rows.</summary>
public sealed record RegressionReport(int Rows, double R2, double MeanAbsoluteError, double RootMeanSquaredError)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"  rows {Rows}   R² {R2:0.0000}   MAE {MeanAbsoluteError:0.000}   RMSE {RootMeanSquaredError:0.000}");
}

/// <summary>Metrics of a clusterer on some rows.</summary>
public sealed record ClusteringReport(int Rows, int Clusters, double Inertia, double Silhouette, IReadOnlyList<int> ClusterSizes)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"  rows {Rows}   clusters {Clusters}   inertia {Inertia:0.0}   silhouette {Silhouette:0.0000}   sizes {string.Join(" ", ClusterSizes)}");
}

/// <summary>k-fold cross-validation: one report per fold, and the mean of the main metric.</summary>
public sealed record CrossValidationReport<TReport>(IReadOnlyList<TReport> Folds, string Metric, double Mean, double StandardDeviation)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"  {Folds.Count}-fold cross-validation: {Metric} {Mean:0.0000} ± {StandardDeviation:0.0000}");
}
