using System;
using System.Buffers;
using System.Numerics.Tensors;

namespace ModelDsl.Runtime.Learning;

/// <summary>Single-row conveniences and batch prediction over a <see cref="FeatureMatrix"/> for every model.</summary>
public static class ModelBatchExtensions
{
    private const int StackClassLimit = 256;

    /// <summary>The predicted class (argmax of the probabilities) for one row; allocates nothing for up to 256 classes.</summary>
    public static int PredictClass(this IClassificationModel model, ReadOnlySpan<double> features)
    {
        ArgumentNullException.ThrowIfNull(model);
        int k = model.ClassCount;
        if (k <= StackClassLimit)
        {
            Span<double> p = stackalloc double[k];
            model.PredictProbabilities(features, p);
            return TensorPrimitives.IndexOfMax<double>(p);
        }
        var rented = ArrayPool<double>.Shared.Rent(k);
        try
        {
            var p = rented.AsSpan(0, k);
            model.PredictProbabilities(features, p);
            return TensorPrimitives.IndexOfMax<double>(p);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>Predicts every row of <paramref name="x"/> into <paramref name="output"/> (one value per row).</summary>
    public static void Predict(this IRegressionModel model, FeatureMatrix x, Span<double> output)
    {
        ArgumentNullException.ThrowIfNull(model);
        x.EnsureValid();
        DataValidation.EnsureOutput(output.Length, x.Rows, nameof(output));
        for (int i = 0; i < x.Rows; i++) output[i] = model.Predict(x.Row(i));
    }

    /// <summary>Predicts every row of <paramref name="x"/>; a new array.</summary>
    public static double[] Predict(this IRegressionModel model, FeatureMatrix x)
    {
        var output = new double[x.Rows];
        Predict(model, x, output);
        return output;
    }

    /// <summary>Class probabilities of every row, row-major (<c>Rows × ClassCount</c>) into <paramref name="probabilities"/>.</summary>
    public static void PredictProbabilities(this IClassificationModel model, FeatureMatrix x, Span<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(model);
        x.EnsureValid();
        int k = model.ClassCount;
        DataValidation.EnsureOutput(probabilities.Length, x.Rows * k, nameof(probabilities));
        for (int i = 0; i < x.Rows; i++) model.PredictProbabilities(x.Row(i), probabilities.Slice(i * k, k));
    }

    /// <summary>Class probabilities of every row, row-major (<c>Rows × ClassCount</c>); a new array.</summary>
    public static double[] PredictProbabilities(this IClassificationModel model, FeatureMatrix x)
    {
        ArgumentNullException.ThrowIfNull(model);
        var output = new double[x.Rows * model.ClassCount];
        PredictProbabilities(model, x, output);
        return output;
    }

    /// <summary>The predicted class of every row into <paramref name="output"/>.</summary>
    public static void PredictClasses(this IClassificationModel model, FeatureMatrix x, Span<int> output)
    {
        ArgumentNullException.ThrowIfNull(model);
        x.EnsureValid();
        DataValidation.EnsureOutput(output.Length, x.Rows, nameof(output));
        for (int i = 0; i < x.Rows; i++) output[i] = PredictClass(model, x.Row(i));
    }

    /// <summary>The predicted class of every row; a new array.</summary>
    public static int[] PredictClasses(this IClassificationModel model, FeatureMatrix x)
    {
        var output = new int[x.Rows];
        PredictClasses(model, x, output);
        return output;
    }

    /// <summary>The cluster of every row into <paramref name="output"/>.</summary>
    public static void Predict(this IClusteringModel model, FeatureMatrix x, Span<int> output)
    {
        ArgumentNullException.ThrowIfNull(model);
        x.EnsureValid();
        DataValidation.EnsureOutput(output.Length, x.Rows, nameof(output));
        for (int i = 0; i < x.Rows; i++) output[i] = model.Predict(x.Row(i));
    }

    /// <summary>The cluster of every row; a new array.</summary>
    public static int[] Predict(this IClusteringModel model, FeatureMatrix x)
    {
        var output = new int[x.Rows];
        Predict(model, x, output);
        return output;
    }
}
