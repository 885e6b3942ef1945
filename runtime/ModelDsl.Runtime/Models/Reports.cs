using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// The held-out metrics a model file keeps (section <see cref="SectionName"/>: names, then <c>.values</c>), so a
/// saved model still says how well it did (<c>modeldsl inspect</c> shows them).
/// </summary>
public static class HeldOutMetrics
{
    /// <summary>The model-file section with the metric names; the values are in <c>metrics.test.values</c>.</summary>
    public const string SectionName = "metrics.test";

    /// <summary>The headline metrics of a report (none for other objects): accuracy, macro F1 and log-loss; R², MAE and RMSE (and a quantile regressor's pinball loss and coverage); inertia and silhouette.</summary>
    public static IReadOnlyList<(string Name, double Value)> Of(object? report) => report switch
    {
        ClassificationReport c => [("rows", c.Rows), ("accuracy", c.Accuracy), ("macro_f1", c.MacroF1), ("log_loss", c.LogLoss)],
        RegressionReport { Quantile: { } q } r => [("rows", r.Rows), ("r2", r.R2), ("mae", r.MeanAbsoluteError), ("rmse", r.RootMeanSquaredError),
            ("quantile", q), ("pinball_loss", r.PinballLoss), ("coverage", r.Coverage)],
        RegressionReport r => [("rows", r.Rows), ("r2", r.R2), ("mae", r.MeanAbsoluteError), ("rmse", r.RootMeanSquaredError)],
        ClusteringReport k => [("rows", k.Rows), ("inertia", k.Inertia), ("silhouette", k.Silhouette)],
        _ => [],
    };

    /// <summary>Adds a report's headline metrics to a model file's sections (nothing without a report).</summary>
    public static void AddTo(ModelFiles.ModelFileSections sections, object? report)
    {
        var metrics = Of(report);
        if (metrics.Count == 0) return;
        sections.Add(SectionName, metrics.Select(m => m.Name).ToArray());
        sections.Add(SectionName + ".values", metrics.Select(m => m.Value).ToArray());
    }

    /// <summary>The metrics a model file holds; empty when it has none (no split, or written before they were kept).</summary>
    public static IReadOnlyList<(string Name, double Value)> ReadFrom(ModelFiles.ModelFileContent content)
    {
        if (!content.Has(SectionName)) return [];
        var names = content.Strings(SectionName);
        var values = content.Doubles(SectionName + ".values", names.Length);
        return names.Zip(values).ToArray();
    }
}

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
/// <remarks>
/// For a quantile regressor, R² judges the wrong thing (a 0.9 quantile sits above most targets on purpose); its report
/// also has <see cref="Quantile"/>, <see cref="PinballLoss"/> and <see cref="Coverage"/>, which judge the quantile.
/// </remarks>
public sealed record RegressionReport(int Rows, double R2, double MeanAbsoluteError, double RootMeanSquaredError)
{
    /// <summary>The quantile a quantile regressor predicts (e.g. 0.9); null for other regressors.</summary>
    public double? Quantile { get; init; }

    /// <summary>A quantile regressor's mean pinball loss at <see cref="Quantile"/> (what it minimises; lower is better); NaN for others.</summary>
    public double PinballLoss { get; init; } = double.NaN;

    /// <summary>
    /// A quantile regressor's coverage: the share of rows whose target is at or below the prediction; a well-fitted
    /// quantile q covers about q. NaN for other regressors.
    /// </summary>
    public double Coverage { get; init; } = double.NaN;

    /// <summary>The pinball loss and coverage of <paramref name="quantile"/> on these targets and predictions.</summary>
    public static (double PinballLoss, double Coverage) QuantileMetrics(ReadOnlySpan<double> truth, ReadOnlySpan<double> predicted, double quantile)
    {
        if (truth.Length != predicted.Length) throw new ArgumentException("truth and predicted differ in length");
        if (truth.IsEmpty) return (double.NaN, double.NaN);
        double loss = 0;
        var covered = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            var residual = truth[i] - predicted[i];
            loss += residual >= 0 ? quantile * residual : (quantile - 1) * residual;
            if (residual <= 0) covered++;
        }
        return (loss / truth.Length, (double)covered / truth.Length);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"  rows {Rows}   R² {R2:0.0000}   MAE {MeanAbsoluteError:0.000}   RMSE {RootMeanSquaredError:0.000}") +
        (Quantile is { } q ? string.Create(CultureInfo.InvariantCulture, $"\n  quantile {q:0.###}   pinball loss {PinballLoss:0.000}   coverage {Coverage:0.000} (share of targets at or below the prediction)") : "");
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
        string.Create(CultureInfo.InvariantCulture, $"  {Folds.Count}-fold cross-validation: {Metric} {Mean:0.0000} ± {StandardDeviation:0.0000}{QuantileCoverage()}");

    /// <summary>A quantile regressor is judged by its pinball loss; the mean coverage says how often the rows fell below the fitted quantile.</summary>
    private string QuantileCoverage() =>
        Folds is IReadOnlyList<RegressionReport> { Count: > 0 } reports && reports[0].Quantile is { } quantile
            ? string.Create(CultureInfo.InvariantCulture, $"   coverage {reports.Average(r => r.Coverage):0.000} (quantile {quantile:0.###})")
            : "";
}
