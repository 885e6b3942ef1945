using System;
using System.Collections.Generic;

namespace ModelDsl.Runtime.Learning;

/// <summary>How <see cref="SimpleImputer"/> fills a missing (NaN) value.</summary>
public enum ImputationStrategy
{
    /// <summary>The mean of the column's present values.</summary>
    Mean,

    /// <summary>The median of the column's present values.</summary>
    Median,

    /// <summary>The most frequent present value (the smallest on ties, as scikit-learn).</summary>
    MostFrequent,

    /// <summary>A constant given when fitting.</summary>
    Constant,
}

/// <summary>
/// Missing-value imputation as scikit-learn 1.2.1's <c>SimpleImputer</c> (NaN = missing). A column whose values are
/// all missing is filled with 0 (scikit-learn's keep_empty_features=True) rather than dropped, so the feature count
/// never changes. Columns left out of the mask keep their NaN (and training then rejects them, naming row and column).
/// Immutable and thread-safe; span transforms allocate nothing and may work in place.
/// </summary>
public sealed class SimpleImputer
{
    private readonly double[] _statistics;

    private SimpleImputer(double[] statistics, ImputationStrategy strategy)
    {
        _statistics = statistics;
        Strategy = strategy;
    }

    /// <summary>Number of columns.</summary>
    public int FeatureCount => _statistics.Length;

    /// <summary>The strategy used to fit.</summary>
    public ImputationStrategy Strategy { get; }

    /// <summary>The value that replaces NaN in each column (NaN: the column is not imputed) — scikit-learn's <c>statistics_</c>.</summary>
    public ReadOnlySpan<double> Statistics => _statistics;

    /// <summary>Learns the fill value of each column.</summary>
    /// <param name="x">Training rows; NaN marks a missing value.</param>
    /// <param name="strategy">How to compute the fill value.</param>
    /// <param name="fillValue">The value for <see cref="ImputationStrategy.Constant"/> (default 0).</param>
    /// <param name="columns">Which columns to impute (empty: all).</param>
    /// <exception cref="DataValidationException">A value is infinite.</exception>
    public static SimpleImputer Fit(FeatureMatrix x, ImputationStrategy strategy, double fillValue = 0.0, ReadOnlySpan<bool> columns = default)
    {
        if (!Enum.IsDefined(strategy)) throw new ArgumentOutOfRangeException(nameof(strategy));
        if (strategy == ImputationStrategy.Constant && !double.IsFinite(fillValue)) throw new ArgumentOutOfRangeException(nameof(fillValue), "The fill value must be finite.");
        DataValidation.EnsureNoInfinity(x);
        int d = x.Columns;
        if (!columns.IsEmpty && columns.Length != d) throw new ArgumentException($"The column mask has {columns.Length} entries for {d} columns.", nameof(columns));
        var statistics = new double[d];
        var present = new List<double>(x.Rows);
        for (int j = 0; j < d; j++)
        {
            if (!columns.IsEmpty && !columns[j])
            {
                statistics[j] = double.NaN;
                continue;
            }
            if (strategy == ImputationStrategy.Constant)
            {
                statistics[j] = fillValue;
                continue;
            }
            present.Clear();
            for (int i = 0; i < x.Rows; i++)
            {
                double v = x.Values[i * d + j];
                if (!double.IsNaN(v)) present.Add(v);
            }
            statistics[j] = present.Count == 0 ? 0.0 : strategy switch
            {
                ImputationStrategy.Mean => Mean(present),
                ImputationStrategy.Median => Median(present),
                _ => MostFrequent(present),
            };
        }
        return new SimpleImputer(statistics, strategy);
    }

    /// <summary>Rebuilds an imputer from its <see cref="Statistics"/> (NaN entries: not imputed).</summary>
    public static SimpleImputer FromParameters(ReadOnlySpan<double> statistics, ImputationStrategy strategy = ImputationStrategy.Constant)
    {
        foreach (double v in statistics)
        {
            if (double.IsInfinity(v)) throw new ArgumentException("Imputation values must be finite (or NaN for not imputed).", nameof(statistics));
        }
        return new SimpleImputer(statistics.ToArray(), strategy);
    }

    /// <summary>Copies <paramref name="input"/> to <paramref name="output"/> replacing NaN by the column's fill value.</summary>
    public void Transform(ReadOnlySpan<double> input, Span<double> output)
    {
        DataValidation.EnsureFeatures(input, FeatureCount);
        DataValidation.EnsureOutput(output.Length, FeatureCount, nameof(output));
        for (int j = 0; j < _statistics.Length; j++)
        {
            double v = input[j];
            output[j] = double.IsNaN(v) ? _statistics[j] : v;
        }
    }

    /// <summary>Imputes every row into a new matrix.</summary>
    public FeatureMatrix Transform(FeatureMatrix x) => Preprocessing.MapRows(x, FeatureCount, Transform);

    private static double Mean(List<double> values)
    {
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum / values.Count;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        int n = values.Count;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }

    private static double MostFrequent(List<double> values)
    {
        values.Sort();
        double best = values[0];
        int bestCount = 0;
        for (int i = 0; i < values.Count;)
        {
            int j = i;
            while (j < values.Count && values[j] == values[i]) j++;
            if (j - i > bestCount) // strictly greater: on ties the smaller (earlier) value stays
            {
                bestCount = j - i;
                best = values[i];
            }
            i = j;
        }
        return best;
    }
}
