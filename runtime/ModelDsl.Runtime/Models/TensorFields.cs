using System;
using System.Numerics.Tensors;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// Copies a tensor field (a schema field such as <c>pixels: float[28, 28]</c>, an array on the generated record) into
/// a row's feature values, checking its length against the declared shape. Called by generated feature extraction.
/// </summary>
public static class TensorFields
{
    /// <summary>Copies <paramref name="values"/> into <paramref name="destination"/>, which has the declared element count.</summary>
    /// <exception cref="ArgumentException">The array is missing or has another length; the message names the field.</exception>
    public static void Copy(float[]? values, Span<double> destination, string field)
    {
        TensorPrimitives.ConvertChecked<float, double>(Checked(values, destination.Length, field), destination);
    }

    /// <inheritdoc cref="Copy(float[], Span{double}, string)"/>
    public static void Copy(double[]? values, Span<double> destination, string field) =>
        Checked(values, destination.Length, field).CopyTo(destination);

    /// <inheritdoc cref="Copy(float[], Span{double}, string)"/>
    public static void Copy(int[]? values, Span<double> destination, string field) =>
        TensorPrimitives.ConvertChecked<int, double>(Checked(values, destination.Length, field), destination);

    /// <inheritdoc cref="Copy(float[], Span{double}, string)"/>
    public static void Copy(long[]? values, Span<double> destination, string field) =>
        TensorPrimitives.ConvertChecked<long, double>(Checked(values, destination.Length, field), destination);

    private static ReadOnlySpan<T> Checked<T>(T[]? values, int count, string field)
    {
        if (values is null) throw new ArgumentException($"Field '{field}' is not set; it needs {count} values.", field);
        if (values.Length != count) throw new ArgumentException($"Field '{field}' has {values.Length} values; its declared shape holds {count}.", field);
        return values;
    }

    /// <summary>A tensor field's values from doubles (a reconstructed row): integers rounded half away from zero, out-of-range values saturated.</summary>
    public static T[] FromDoubles<T>(ReadOnlySpan<double> values) where T : struct, System.Numerics.INumberBase<T>
    {
        var integer = typeof(T) == typeof(int) || typeof(T) == typeof(long);
        var result = new T[values.Length];
        for (var i = 0; i < values.Length; i++)
            result[i] = T.CreateSaturating(integer ? Math.Round(values[i], MidpointRounding.AwayFromZero) : values[i]);
        return result;
    }
}
