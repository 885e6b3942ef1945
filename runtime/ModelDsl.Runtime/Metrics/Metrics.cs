using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using System.Threading.Tasks;

namespace ModelDsl.Runtime.Learning;

/// <summary>Classification quality, as scikit-learn 1.2.1's metrics (a class never predicted has precision 0, never present recall 0).</summary>
public sealed class ClassificationReport
{
    internal ClassificationReport(int classCount, int samples, double accuracy, double[] precision, double[] recall, double[] f1, int[] support,
        int[] confusion, double? logLoss)
    {
        ClassCount = classCount;
        SampleCount = samples;
        Accuracy = accuracy;
        Precision = precision;
        Recall = recall;
        F1 = f1;
        Support = support;
        ConfusionMatrix = confusion;
        LogLoss = logLoss;
        MacroPrecision = Average(precision);
        MacroRecall = Average(recall);
        MacroF1 = Average(f1);
        double weighted = 0;
        for (int k = 0; k < classCount; k++) weighted += f1[k] * support[k];
        WeightedF1 = samples == 0 ? 0 : weighted / samples;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of rows evaluated.</summary>
    public int SampleCount { get; }

    /// <summary>Share of rows predicted correctly.</summary>
    public double Accuracy { get; }

    /// <summary>Per class: correct predictions of the class / predictions of the class.</summary>
    public IReadOnlyList<double> Precision { get; }

    /// <summary>Per class: correct predictions of the class / rows of the class.</summary>
    public IReadOnlyList<double> Recall { get; }

    /// <summary>Per class: harmonic mean of precision and recall.</summary>
    public IReadOnlyList<double> F1 { get; }

    /// <summary>Per class: number of rows whose true class it is.</summary>
    public IReadOnlyList<int> Support { get; }

    /// <summary>Unweighted mean of the per-class precisions.</summary>
    public double MacroPrecision { get; }

    /// <summary>Unweighted mean of the per-class recalls.</summary>
    public double MacroRecall { get; }

    /// <summary>Unweighted mean of the per-class F1 scores.</summary>
    public double MacroF1 { get; }

    /// <summary>Mean of the per-class F1 scores weighted by support.</summary>
    public double WeightedF1 { get; }

    /// <summary>Counts, row-major ClassCount × ClassCount: row = true class, column = predicted class (as scikit-learn).</summary>
    public IReadOnlyList<int> ConfusionMatrix { get; }

    /// <summary>Mean negative log-probability of the true class (probabilities clipped to [eps, 1 − eps] and renormalised,
    /// as scikit-learn); null when no probabilities were given.</summary>
    public double? LogLoss { get; }

    /// <summary>Rows of true class <paramref name="actual"/> predicted as <paramref name="predicted"/>.</summary>
    public int Confusion(int actual, int predicted) => ConfusionMatrix[actual * ClassCount + predicted];

    private static double Average(double[] values)
    {
        double sum = 0;
        foreach (double v in values) sum += v;
        return values.Length == 0 ? 0 : sum / values.Length;
    }
}

/// <summary>Computes <see cref="ClassificationReport"/>s.</summary>
public static class ClassificationMetrics
{
    /// <summary>Accuracy, per-class precision/recall/F1/support, macro averages, confusion matrix and (with probabilities) log-loss.</summary>
    /// <param name="truth">True class of each row.</param>
    /// <param name="predicted">Predicted class of each row.</param>
    /// <param name="probabilities">Row-major rows × classCount class probabilities, or empty for none.</param>
    /// <param name="classCount">Number of classes.</param>
    public static ClassificationReport Compute(ReadOnlySpan<int> truth, ReadOnlySpan<int> predicted, ReadOnlySpan<double> probabilities, int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        if (predicted.Length != truth.Length) throw new ArgumentException($"{predicted.Length} predictions for {truth.Length} rows.", nameof(predicted));
        if (!probabilities.IsEmpty && probabilities.Length != truth.Length * classCount)
            throw new ArgumentException($"Probabilities must hold rows × classes = {truth.Length * classCount} values.", nameof(probabilities));
        int n = truth.Length;
        var confusion = new int[classCount * classCount];
        int correct = 0;
        for (int i = 0; i < n; i++)
        {
            if ((uint)truth[i] >= (uint)classCount) throw new ArgumentOutOfRangeException(nameof(truth), $"truth[{i}] = {truth[i]} is not a class.");
            if ((uint)predicted[i] >= (uint)classCount) throw new ArgumentOutOfRangeException(nameof(predicted), $"predicted[{i}] = {predicted[i]} is not a class.");
            confusion[truth[i] * classCount + predicted[i]]++;
            if (truth[i] == predicted[i]) correct++;
        }
        var precision = new double[classCount];
        var recall = new double[classCount];
        var f1 = new double[classCount];
        var support = new int[classCount];
        for (int k = 0; k < classCount; k++)
        {
            int tp = confusion[k * classCount + k], predictedK = 0, actualK = 0;
            for (int j = 0; j < classCount; j++)
            {
                predictedK += confusion[j * classCount + k];
                actualK += confusion[k * classCount + j];
            }
            support[k] = actualK;
            precision[k] = predictedK == 0 ? 0 : (double)tp / predictedK;
            recall[k] = actualK == 0 ? 0 : (double)tp / actualK;
            f1[k] = precision[k] + recall[k] == 0 ? 0 : 2 * precision[k] * recall[k] / (precision[k] + recall[k]);
        }
        double? logLoss = null;
        if (!probabilities.IsEmpty && n > 0)
        {
            const double eps = 2.220446049250313e-16;
            double total = 0;
            for (int i = 0; i < n; i++)
            {
                var row = probabilities.Slice(i * classCount, classCount);
                double sum = 0;
                foreach (double p in row) sum += Math.Clamp(p, eps, 1 - eps);
                total -= Math.Log(Math.Clamp(row[truth[i]], eps, 1 - eps) / sum);
            }
            logLoss = total / n;
        }
        return new ClassificationReport(classCount, n, n == 0 ? 0 : (double)correct / n, precision, recall, f1, support, confusion, logLoss);
    }

    /// <summary>Evaluates a classifier on rows with known classes.</summary>
    public static ClassificationReport Evaluate(IClassificationModel model, FeatureMatrix x, ReadOnlySpan<int> truth)
    {
        ArgumentNullException.ThrowIfNull(model);
        var probabilities = model.PredictProbabilities(x);
        var predicted = new int[x.Rows];
        for (int i = 0; i < x.Rows; i++) predicted[i] = TensorPrimitives.IndexOfMax<double>(probabilities.AsSpan(i * model.ClassCount, model.ClassCount));
        return Compute(truth, predicted, probabilities, model.ClassCount);
    }
}

/// <summary>Regression quality: R², MAE, RMSE (and MSE).</summary>
/// <param name="R2">Coefficient of determination 1 − SSres/SStot (1 for a perfect fit of a constant target, 0 otherwise, as scikit-learn).</param>
/// <param name="MeanAbsoluteError">Mean of |y − ŷ|.</param>
/// <param name="RootMeanSquaredError">Square root of the mean of (y − ŷ)².</param>
/// <param name="MeanSquaredError">Mean of (y − ŷ)².</param>
/// <param name="SampleCount">Number of rows evaluated.</param>
public sealed record RegressionReport(double R2, double MeanAbsoluteError, double RootMeanSquaredError, double MeanSquaredError, int SampleCount);

/// <summary>Computes <see cref="RegressionReport"/>s.</summary>
public static class RegressionMetrics
{
    /// <summary>R², MAE, RMSE and MSE of <paramref name="predicted"/> against <paramref name="truth"/>.</summary>
    public static RegressionReport Compute(ReadOnlySpan<double> truth, ReadOnlySpan<double> predicted)
    {
        if (predicted.Length != truth.Length) throw new ArgumentException($"{predicted.Length} predictions for {truth.Length} rows.", nameof(predicted));
        int n = truth.Length;
        if (n == 0) return new RegressionReport(double.NaN, double.NaN, double.NaN, double.NaN, 0);
        double mean = TensorPrimitives.Sum(truth) / n;
        double ssRes = 0, ssTot = 0, abs = 0;
        for (int i = 0; i < n; i++)
        {
            double e = truth[i] - predicted[i];
            ssRes += e * e;
            abs += Math.Abs(e);
            ssTot += (truth[i] - mean) * (truth[i] - mean);
        }
        double r2 = ssTot == 0 ? (ssRes == 0 ? 1.0 : 0.0) : 1.0 - ssRes / ssTot;
        return new RegressionReport(r2, abs / n, Math.Sqrt(ssRes / n), ssRes / n, n);
    }

    /// <summary>Evaluates a regressor on rows with known targets.</summary>
    public static RegressionReport Evaluate(IRegressionModel model, FeatureMatrix x, ReadOnlySpan<double> truth) => Compute(truth, model.Predict(x));
}

/// <summary>Clustering quality: inertia and mean silhouette.</summary>
/// <param name="Inertia">Sum of squared distances of the rows to their nearest centre.</param>
/// <param name="Silhouette">Mean silhouette coefficient (scikit-learn's <c>silhouette_score</c>, Euclidean); NaN with fewer than 2 or more than n − 1 clusters in use.</param>
/// <param name="SampleCount">Number of rows evaluated.</param>
public sealed record ClusteringReport(double Inertia, double Silhouette, int SampleCount);

/// <summary>Computes clustering metrics.</summary>
public static class ClusteringMetrics
{
    /// <summary>Sum of squared distances from each row to its nearest centre of <paramref name="model"/>.</summary>
    public static double Inertia(KMeansModel model, FeatureMatrix x)
    {
        ArgumentNullException.ThrowIfNull(model);
        x.EnsureValid();
        double total = 0;
        var centers = model.Centers.ToArray();
        for (int i = 0; i < x.Rows; i++)
        {
            DataValidation.EnsureFeatures(x.Row(i), model.FeatureCount);
            KMeansTrainer.Nearest(x.Row(i), centers, model.FeatureCount, out double distance);
            total += distance;
        }
        return total;
    }

    /// <summary>
    /// Mean silhouette coefficient of a labelling: for each row, (b − a) / max(a, b) with a the mean distance to the other
    /// rows of its cluster and b the smallest mean distance to another cluster; 0 for a row alone in its cluster.
    /// O(n²·d): pass <paramref name="sampleSize"/> to score a seeded random sample of rows (as scikit-learn's sample_size).
    /// </summary>
    public static double Silhouette(FeatureMatrix x, ReadOnlySpan<int> labels, int clusterCount, int sampleSize = 0, int seed = 0)
    {
        x.EnsureValid();
        if (labels.Length != x.Rows) throw new ArgumentException($"{labels.Length} labels for {x.Rows} rows.", nameof(labels));
        var label = labels.ToArray();
        var rows = new int[x.Rows];
        for (int i = 0; i < rows.Length; i++) rows[i] = i;
        if (sampleSize > 0 && sampleSize < x.Rows)
        {
            new Random(seed).Shuffle(rows);
            rows = rows[..sampleSize];
            Array.Sort(rows);
        }
        int n = rows.Length;
        var sizes = new int[clusterCount];
        foreach (int r in rows)
        {
            if ((uint)label[r] >= (uint)clusterCount) throw new ArgumentOutOfRangeException(nameof(labels), $"labels[{r}] = {label[r]} is not a cluster.");
            sizes[label[r]]++;
        }
        int used = 0;
        foreach (int s in sizes) used += s > 0 ? 1 : 0;
        if (used < 2 || used > n - 1) return double.NaN;
        var scores = new double[n];
        Parallel.For(0, n, Blocks.Options, () => new double[clusterCount], (a, _, sums) =>
        {
            Array.Clear(sums);
            var row = x.Row(rows[a]);
            for (int b = 0; b < n; b++)
            {
                if (b == a) continue;
                sums[label[rows[b]]] += TensorPrimitives.Distance(row, x.Row(rows[b]));
            }
            int own = label[rows[a]];
            if (sizes[own] <= 1)
            {
                scores[a] = 0;
                return sums;
            }
            double intra = sums[own] / (sizes[own] - 1);
            double nearest = double.PositiveInfinity;
            for (int c = 0; c < clusterCount; c++)
            {
                if (c != own && sizes[c] > 0) nearest = Math.Min(nearest, sums[c] / sizes[c]);
            }
            double denominator = Math.Max(intra, nearest);
            scores[a] = denominator == 0 ? 0 : (nearest - intra) / denominator;
            return sums;
        }, _ => { });
        double total = 0;
        foreach (double s in scores) total += s;
        return total / n;
    }

    /// <summary>Inertia and silhouette of a k-means model on rows (the silhouette of the labels it predicts).</summary>
    public static ClusteringReport Evaluate(KMeansModel model, FeatureMatrix x, int silhouetteSampleSize = 0, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        var labels = model.Predict(x);
        return new ClusteringReport(Inertia(model, x), Silhouette(x, labels, model.ClusterCount, silhouetteSampleSize, seed), x.Rows);
    }
}
