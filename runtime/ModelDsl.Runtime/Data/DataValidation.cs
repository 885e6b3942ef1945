using System;
using System.Numerics.Tensors;

namespace ModelDsl.Runtime.Learning;

/// <summary>Checks shared by the trainers; each failure names the row and column.</summary>
internal static class DataValidation
{
    public const string NotFiniteHint = "impute missing values or remove the row";

    public static void EnsureFinite(FeatureMatrix x)
    {
        x.EnsureValid();
        var all = x.Values.AsSpan(0, x.Rows * x.Columns);
        if (TensorPrimitives.IsFiniteAll<double>(all)) return; // vectorised fast path; locate only on failure
        for (int i = 0; i < x.Rows; i++)
        {
            var row = x.Row(i);
            for (int j = 0; j < row.Length; j++)
            {
                if (!double.IsFinite(row[j])) throw new DataValidationException(i, j, Describe(row[j]));
            }
        }
    }

    public static void EnsureNoInfinity(FeatureMatrix x)
    {
        x.EnsureValid();
        var all = x.Values.AsSpan(0, x.Rows * x.Columns);
        if (!TensorPrimitives.IsInfinityAny<double>(all)) return;
        for (int i = 0; i < x.Rows; i++)
        {
            var row = x.Row(i);
            for (int j = 0; j < row.Length; j++)
            {
                if (double.IsInfinity(row[j])) throw new DataValidationException(i, j, Describe(row[j]));
            }
        }
    }

    public static string Describe(double value) => double.IsNaN(value)
        ? $"the value is NaN (missing); {NotFiniteHint}"
        : $"the value is {(value > 0 ? "+" : "-")}infinity; {NotFiniteHint}";

    public static void EnsureTarget(ReadOnlySpan<double> y, int rows)
    {
        if (y.Length != rows) throw new ArgumentException($"The target has {y.Length} values for {rows} rows.", nameof(y));
        if (TensorPrimitives.IsFiniteAll(y)) return;
        for (int i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i])) throw new DataValidationException(i, DataValidationException.LabelColumn, Describe(y[i]));
        }
    }

    public static void EnsureLabels(ReadOnlySpan<int> labels, int rows, int classCount)
    {
        if (labels.Length != rows) throw new ArgumentException($"There are {labels.Length} labels for {rows} rows.", nameof(labels));
        for (int i = 0; i < labels.Length; i++)
        {
            if ((uint)labels[i] >= (uint)classCount)
            {
                throw new DataValidationException(i, DataValidationException.LabelColumn, labels[i] < 0
                    ? "the label is missing"
                    : $"the label {labels[i]} is outside 0..{classCount - 1}");
            }
        }
    }

    public static void EnsureRows(FeatureMatrix x, int minimum = 1)
    {
        x.EnsureValid();
        if (x.Rows < minimum) throw new ArgumentException($"Training needs at least {minimum} row(s); got {x.Rows}.", nameof(x));
        if (x.Columns < 1) throw new ArgumentException("Training needs at least one feature column.", nameof(x));
    }

    public static void EnsureFeatures(ReadOnlySpan<double> features, int featureCount)
    {
        if (features.Length != featureCount) ThrowFeatureCount(features.Length, featureCount);
    }

    public static void EnsureOutput(int length, int required, string name)
    {
        if (length < required) throw new ArgumentException($"The output span holds {length} values; {required} are needed.", name);
    }

    private static void ThrowFeatureCount(int got, int expected) =>
        throw new ArgumentException($"The model takes {expected} features; got {got}.", "features");
}
