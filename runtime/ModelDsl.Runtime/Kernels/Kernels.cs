using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Small hand-written loops for the hot paths. TensorPrimitives validates its arguments and handles overlap on every
/// call, which dominates for vectors of a few dozen doubles or fewer (a row of features, a handful of class scores);
/// these loops do none of that and fall back to scalar code below one <see cref="Vector256{T}"/>.
/// </summary>
internal static class Kernels
{
    /// <summary>Σ a[i]·b[i] over equal-length spans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length;
        if (b.Length != n) ThrowLengths();
        if (n < Vector256<double>.Count) return DotScalar(a, b);
        if (n == Vector256<double>.Count && Vector256.IsHardwareAccelerated)
            return Vector256.Sum(Vector256.Create(a) * Vector256.Create(b)); // one register: no loop, no call
        return DotVector(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b), n);
    }

    /// <summary>Rows shorter than this take <see cref="SmallDot"/>'s scalar path.</summary>
    public const int SmallDotLimit = 16;

    /// <summary>
    /// <see cref="Dot"/> for one row of a prediction: below 16 values scalar loads, two running sums, because the row was
    /// usually just written value by value (generated extraction) and a vector load spanning those stores cannot be
    /// forwarded from them (it waits for the cache). The sum's rounding differs from <see cref="Dot"/>'s at the last bits.
    /// </summary>
    public static double SmallDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length;
        if (b.Length != n) ThrowLengths();
        if (n >= SmallDotLimit) return Dot(a, b);
        double even = 0, odd = 0;
        int i = 0;
        for (; i + 1 < n; i += 2)
        {
            even += a[i] * b[i];
            odd += a[i + 1] * b[i + 1];
        }
        if (i < n) even += a[i] * b[i];
        return even + odd;
    }

    private static void ThrowLengths() => throw new ArgumentException("The spans differ in length.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double DotScalar(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double DotVector(ref double a, ref double b, int n)
    {
        if (!Vector256.IsHardwareAccelerated) return TensorPrimitives.Dot(MemoryMarshal.CreateReadOnlySpan(ref a, n), MemoryMarshal.CreateReadOnlySpan(ref b, n));
        var acc0 = Vector256<double>.Zero;
        var acc1 = Vector256<double>.Zero;
        int i = 0;
        for (; i <= n - 8; i += 8)
        {
            acc0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, (nuint)i), Vector256.LoadUnsafe(ref b, (nuint)i), acc0);
            acc1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, (nuint)(i + 4)), Vector256.LoadUnsafe(ref b, (nuint)(i + 4)), acc1);
        }
        if (i <= n - 4)
        {
            acc0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, (nuint)i), Vector256.LoadUnsafe(ref b, (nuint)i), acc0);
            i += 4;
        }
        double sum = Vector256.Sum(acc0 + acc1);
        for (; i < n; i++) sum += Unsafe.Add(ref a, i) * Unsafe.Add(ref b, i);
        return sum;
    }

    /// <summary>target[i] += source[i].</summary>
    public static void AddInPlace(Span<double> target, ReadOnlySpan<double> source)
    {
        int n = target.Length, i = 0;
        ref double t = ref MemoryMarshal.GetReference(target);
        ref double s = ref MemoryMarshal.GetReference(source);
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= n - 4; i += 4)
                (Vector256.LoadUnsafe(ref t, (nuint)i) + Vector256.LoadUnsafe(ref s, (nuint)i)).StoreUnsafe(ref t, (nuint)i);
        }
        for (; i < n; i++) Unsafe.Add(ref t, i) += Unsafe.Add(ref s, i);
    }

    /// <summary>output[i] = a[i] − b[i].</summary>
    public static void Subtract(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> output)
    {
        int n = a.Length, i = 0;
        ref double x = ref MemoryMarshal.GetReference(a);
        ref double y = ref MemoryMarshal.GetReference(b);
        ref double o = ref MemoryMarshal.GetReference(output);
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= n - 4; i += 4)
                (Vector256.LoadUnsafe(ref x, (nuint)i) - Vector256.LoadUnsafe(ref y, (nuint)i)).StoreUnsafe(ref o, (nuint)i);
        }
        for (; i < n; i++) Unsafe.Add(ref o, i) = Unsafe.Add(ref x, i) - Unsafe.Add(ref y, i);
    }

    /// <summary>target[i] += a[i]·factor (multiply, then add: not fused).</summary>
    public static void MultiplyAddInPlace(ReadOnlySpan<double> a, double factor, Span<double> target)
    {
        int n = a.Length, i = 0;
        ref double x = ref MemoryMarshal.GetReference(a);
        ref double t = ref MemoryMarshal.GetReference(target);
        if (Vector256.IsHardwareAccelerated)
        {
            var f = Vector256.Create(factor);
            for (; i <= n - 4; i += 4)
                (Vector256.LoadUnsafe(ref x, (nuint)i) * f + Vector256.LoadUnsafe(ref t, (nuint)i)).StoreUnsafe(ref t, (nuint)i);
        }
        for (; i < n; i++) Unsafe.Add(ref t, i) += Unsafe.Add(ref x, i) * factor;
    }
}
