using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelDsl.Runtime.Models;

/// <summary>Writes a row's numeric features (NaN = missing) and text features into spans; generated per model.</summary>
public delegate void FeatureExtractor<T>(in T row, Span<double> numeric, Span<string?> text);

/// <summary>Reads a row's label (a class index for classifiers) or target.</summary>
public delegate double LabelExtractor<T>(in T row);

/// <summary>How generated code reads its rows: features and, for supervised models, the label.</summary>
public sealed class RowReader<T>
{
    /// <summary>Creates the reader.</summary>
    public RowReader(FeatureExtractor<T> features, LabelExtractor<T>? label)
    {
        Features = features;
        Label = label;
    }

    /// <summary>Feature extraction.</summary>
    public FeatureExtractor<T> Features { get; }

    /// <summary>Label extraction, null for clusterers.</summary>
    public LabelExtractor<T>? Label { get; }
}

/// <summary>Rows as arrays: numeric features row-major (NaN = missing), texts row-major, labels.</summary>
public sealed class TrainingData
{
    private TrainingData(int rows, double[] numeric, string?[] text, double[] labels, int numericCount, int textCount)
    {
        Rows = rows;
        Numeric = numeric;
        Text = text;
        Labels = labels;
        NumericCount = numericCount;
        TextCount = textCount;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Numeric features per row.</summary>
    public int NumericCount { get; }

    /// <summary>Text features per row.</summary>
    public int TextCount { get; }

    /// <summary>Row-major numeric features.</summary>
    public double[] Numeric { get; }

    /// <summary>Row-major texts.</summary>
    public string?[] Text { get; }

    /// <summary>Labels (class index or target); empty for clusterers.</summary>
    public double[] Labels { get; }

    /// <summary>The numeric features of row <paramref name="row"/>.</summary>
    public ReadOnlySpan<double> NumericRow(int row) => Numeric.AsSpan(row * NumericCount, NumericCount);

    /// <summary>The texts of row <paramref name="row"/>.</summary>
    public ReadOnlySpan<string?> TextRow(int row) => Text.AsSpan(row * TextCount, TextCount);

    /// <summary>Reads every row through the generated extractors; a missing label is an error naming the row.</summary>
    public static TrainingData Collect<T>(ModelSpec spec, IEnumerable<T> rows, RowReader<T> reader)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var numericCount = spec.NumericFeatures.Count;
        var textCount = spec.TextFeatures.Count;
        // Filled in place, sized once when the row count is known (a list or an array of rows): for large data
        // (60,000 images × 784 pixels) growing lists and copying them out doubled the memory and the time.
        var capacity = rows.TryGetNonEnumeratedCount(out var known) ? known : 1024;
        var numeric = new double[capacity * numericCount];
        var text = new string?[capacity * textCount];
        var labels = new double[reader.Label is null ? 0 : capacity];
        Span<double> n = numericCount <= 512 ? stackalloc double[numericCount] : new double[numericCount];
        var t = new string?[textCount];
        var count = 0;
        foreach (var row in rows)
        {
            if (count == capacity)
            {
                capacity = checked(capacity * 2);
                Array.Resize(ref numeric, capacity * numericCount);
                Array.Resize(ref text, capacity * textCount);
                if (labels.Length > 0) Array.Resize(ref labels, capacity);
            }
            n.Clear();
            Array.Clear(t);
            reader.Features(in row, n, t);
            for (var j = 0; j < numericCount; j++)
            {
                // Checked here, where the row number is the caller's, not after a split reorders rows.
                var feature = spec.NumericFeatures[j];
                if (double.IsInfinity(n[j])) throw new TrainingDataException(count, feature.Name, "the value is infinite");
                if (double.IsNaN(n[j]) && feature.Imputation == Imputation.Reject)
                    throw new TrainingDataException(count, feature.Name, $"the value is missing and the declaration does not impute it (add 'impute {feature.Name}: median', for example)");
                if (feature.Kind == FeatureKind.Enum && !double.IsNaN(n[j]) && (n[j] < 0 || n[j] >= feature.Categories || n[j] != Math.Floor(n[j])))
                    throw new TrainingDataException(count, feature.Name, $"{n[j]} is not a value of the enum");
            }
            n.CopyTo(numeric.AsSpan(count * numericCount, numericCount));
            t.CopyTo(text.AsSpan(count * textCount, textCount));
            if (reader.Label is not null)
            {
                var label = reader.Label(in row);
                if (!double.IsFinite(label))
                    throw new TrainingDataException(count, spec.LabelName, "the label is missing or not a finite number");
                if (spec.Task == LearningTask.Classifier && (label < 0 || label >= spec.ClassNames.Count || label != Math.Floor(label)))
                    throw new TrainingDataException(count, spec.LabelName, $"the label is not one of the {spec.ClassNames.Count} classes ({Classes(spec)})");
                labels[count] = label;
            }
            count++;
        }
        if (count != capacity)
        {
            Array.Resize(ref numeric, count * numericCount);
            Array.Resize(ref text, count * textCount);
            if (labels.Length > 0) Array.Resize(ref labels, count);
        }
        return new TrainingData(count, numeric, text, labels, numericCount, textCount);
    }

    private static string Classes(ModelSpec spec) =>
        spec.ClassNames.Count <= 12 ? string.Join(", ", spec.ClassNames) : string.Join(", ", spec.ClassNames.Take(5)) + ", …, " + spec.ClassNames[^1];

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public TrainingData Subset(ReadOnlySpan<int> indices)
    {
        var numeric = new double[indices.Length * NumericCount];
        var text = new string?[indices.Length * TextCount];
        var labels = Labels.Length == 0 ? Array.Empty<double>() : new double[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            NumericRow(indices[i]).CopyTo(numeric.AsSpan(i * NumericCount));
            TextRow(indices[i]).CopyTo(text.AsSpan(i * TextCount));
            if (labels.Length > 0) labels[i] = Labels[indices[i]];
        }
        return new TrainingData(indices.Length, numeric, text, labels, NumericCount, TextCount);
    }
}

/// <summary>
/// Training data with a value the declaration does not know how to handle (names the row and the column), or data that
/// cannot train the model as a whole: too few rows, a split that holds out none, a classifier's rows of a single class.
/// </summary>
public sealed class TrainingDataException : Exception
{
    /// <summary>Creates the exception for a problem in one row and column.</summary>
    public TrainingDataException(int row, string column, string problem)
        : base($"Row {row}, column '{column}': {problem}.")
    {
        Row = row;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception for a problem of the data as a whole (<see cref="Row"/> is −1, <see cref="Column"/> null).</summary>
    public TrainingDataException(string problem)
        : base(problem.EndsWith('.') ? problem : problem + ".")
    {
        Row = -1;
        Problem = problem;
    }

    /// <summary>0-based index of the row in the training sequence; −1 when the problem is of the data as a whole.</summary>
    public int Row { get; }

    /// <summary>The column (schema field) name; null when the problem is of the data as a whole.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
