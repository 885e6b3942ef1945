using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics.Tensors;

namespace ModelDsl.Runtime.Learning;

/// <summary>Options of <see cref="AutoregressionTrainer"/>.</summary>
/// <param name="Lags">p: the model reads the p previous (differenced) values.</param>
/// <param name="Difference">d: how many times the series is differenced before fitting (0–2).</param>
/// <param name="SeasonalLag">s: one more term at lag s (e.g. 12 for monthly data); 0 for none.</param>
/// <param name="FitIntercept">Fit a constant term.</param>
public sealed record AutoregressionOptions(int Lags, int Difference = 0, int SeasonalLag = 0, bool FitIntercept = true)
{
    internal void Validate()
    {
        if (Lags < 1) throw new ArgumentOutOfRangeException(nameof(Lags), Lags, "An autoregression needs at least one lag.");
        if (Difference is < 0 or > 2) throw new ArgumentOutOfRangeException(nameof(Difference), Difference, "Differencing is 0, 1 or 2 times.");
        if (SeasonalLag < 0) throw new ArgumentOutOfRangeException(nameof(SeasonalLag), SeasonalLag, "The seasonal lag must be 0 (none) or positive.");
    }
}

/// <summary>
/// A fitted autoregression AR(p) on a d-times differenced series, with an optional seasonal term:
/// z_t = c + φ₁ z_{t−1} + … + φ_p z_{t−p} [+ φ_s z_{t−s}], where z = Δ^d y. Immutable and thread-safe.
/// </summary>
public sealed class AutoregressionModel
{
    private readonly double[] _coefficients;

    internal AutoregressionModel(int lags, int difference, int seasonalLag, double[] coefficients, double intercept)
    {
        Lags = lags;
        Difference = difference;
        SeasonalLag = seasonalLag;
        _coefficients = coefficients;
        Intercept = intercept;
        HistoryNeeded = Span + Difference;
        _oneStep = Difference == 0 && !HasSeasonalTerm && coefficients.Length > 0;
    }

    private readonly bool _oneStep; // a one-step forecast is the AR sum over the history (no differencing, no seasonal term)

    /// <summary>p.</summary>
    public int Lags { get; }

    /// <summary>d.</summary>
    public int Difference { get; }

    /// <summary>s, or 0.</summary>
    public int SeasonalLag { get; }

    /// <summary>φ₁ … φ_p, then φ_s when there is a seasonal term beyond the ordinary lags.</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>c.</summary>
    public double Intercept { get; }

    /// <summary>Whether the seasonal lag adds a term (a seasonal lag within 1..p is already one of the lags).</summary>
    public bool HasSeasonalTerm => SeasonalLag > Lags;

    /// <summary>The largest lag the model reads.</summary>
    public int Span => Math.Max(Lags, SeasonalLag);

    /// <summary>How many most recent values of the (undifferenced) series a forecast needs.</summary>
    public int HistoryNeeded { get; }

    /// <summary>Rebuilds a model from saved parameters.</summary>
    public static AutoregressionModel FromParameters(int lags, int difference, int seasonalLag, ReadOnlySpan<double> coefficients, double intercept)
    {
        new AutoregressionOptions(lags, difference, seasonalLag).Validate();
        var expected = lags + (seasonalLag > lags ? 1 : 0);
        if (coefficients.Length != expected) throw new ArgumentException($"AR({lags}) with seasonal lag {seasonalLag} has {expected} coefficients, not {coefficients.Length}.", nameof(coefficients));
        if (!double.IsFinite(intercept) || HasNonFinite(coefficients))
            throw new ArgumentException("The parameters must be finite.", nameof(coefficients));
        return new AutoregressionModel(lags, difference, seasonalLag, coefficients.ToArray(), intercept);
    }

    private static bool HasNonFinite(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) return true;
        }
        return false;
    }

    /// <summary><see cref="Next"/> on the last <see cref="Lags"/> values (no seasonal term), then the finite check.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private double OneStep(ReadOnlySpan<double> history)
    {
        // The caller checked history.Length ≥ HistoryNeeded = Lags = the coefficients' count (no seasonal term).
        var coefficients = _coefficients;
        var tail = history[^coefficients.Length..];
        // Most recent first (φ₁ yₜ₋₁ first), as Next sums, reading back from the last value.
        ref double last = ref Unsafe.Add(ref MemoryMarshal.GetReference(tail), tail.Length - 1);
        double value = Intercept;
        for (int i = 0; i < coefficients.Length; i++) value += coefficients[i] * Unsafe.Subtract(ref last, i);
        // The finite check afterwards: a NaN or an infinity among the values makes the sum non-finite (c·NaN, c·∞ and
        // 0·∞ are all non-finite, the coefficients being finite), so only a non-finite sum needs the look at the values.
        if (!double.IsFinite(value) && HasNonFinite(tail)) ThrowNotFinite();
        return value;
    }

    private static void ThrowNotFinite() => throw new ArgumentException("The history holds a missing or infinite value.", "history");

    private void ThrowShortHistory(int length) =>
        throw new ArgumentException($"A forecast needs the last {HistoryNeeded} values of the series; the history has {length}.", "history");

    /// <summary>The next value of the differenced series given its past (the last value is the most recent).</summary>
    internal double Next(ReadOnlySpan<double> differenced)
    {
        var n = differenced.Length;
        var value = Intercept;
        for (var i = 0; i < Lags; i++) value += _coefficients[i] * differenced[n - 1 - i];
        if (HasSeasonalTerm) value += _coefficients[Lags] * differenced[n - SeasonalLag];
        return value;
    }

    /// <summary>The value right after <paramref name="history"/> (oldest first): <see cref="Forecast"/> of one step.</summary>
    /// <exception cref="ArgumentException">The history is shorter than <see cref="HistoryNeeded"/> or holds a non-finite value.</exception>
    public double ForecastNext(ReadOnlySpan<double> history)
    {
        if (history.Length < HistoryNeeded) ThrowShortHistory(history.Length);
        // An undifferenced series without a seasonal term (the common case): the AR sum straight from the history, no
        // buffers, in a method without the stack buffers and the try/finally of the general path.
        return _oneStep ? OneStep(history) : FirstStep(history[^HistoryNeeded..]);
    }

    // The general path's first step, apart: a stackalloc would keep ForecastNext from being inlined and give it a cookie.
    private double FirstStep(ReadOnlySpan<double> tail)
    {
        Span<double> next = stackalloc double[1];
        ForecastSteps(tail, next);
        return next[0];
    }

    /// <summary>
    /// Forecasts the next <c>output.Length</c> values of the series after <paramref name="history"/> (oldest
    /// first), each step feeding the previous forecasts back in.
    /// </summary>
    /// <exception cref="ArgumentException">The history is shorter than <see cref="HistoryNeeded"/> or holds a non-finite value.</exception>
    public void Forecast(ReadOnlySpan<double> history, Span<double> output)
    {
        if (output.Length == 1)
        {
            output[0] = ForecastNext(history);
            return;
        }
        if (history.Length < HistoryNeeded) ThrowShortHistory(history.Length);
        ForecastSteps(history[^HistoryNeeded..], output);
    }

    private void ForecastSteps(ReadOnlySpan<double> tail, Span<double> output)
    {
        if (HasNonFinite(tail)) ThrowNotFinite();

        // Allocation-free: the history is differenced in place in one buffer, keeping the last value of each lower level
        // to integrate back; the forecast extends the differenced series in a second one.
        var count = Span + output.Length;
        const int StackLimit = 1024;
        double[]? pooled = null;
        var buffer = tail.Length + count <= StackLimit
            ? stackalloc double[tail.Length + count]
            : (pooled = System.Buffers.ArrayPool<double>.Shared.Rent(tail.Length + count)).AsSpan(0, tail.Length + count);
        try
        {
            var level = buffer[..tail.Length];
            tail.CopyTo(level);
            Span<double> last = stackalloc double[Math.Max(1, Difference)];
            for (var j = 0; j < Difference; j++)
            {
                last[j] = level[^1];
                for (var i = 0; i < level.Length - 1; i++) level[i] = level[i + 1] - level[i];
                level = level[..^1];
            }
            var z = buffer.Slice(tail.Length, count);
            level[^Span..].CopyTo(z);
            for (var step = 0; step < output.Length; step++)
            {
                var next = Next(z[..(Span + step)]);
                z[Span + step] = next;
                // Integrate back: each level's next value is its last value plus the next value one level up.
                var value = next;
                for (var j = Difference - 1; j >= 0; j--)
                {
                    last[j] += value;
                    value = last[j];
                }
                output[step] = value;
            }
        }
        finally
        {
            if (pooled is not null) System.Buffers.ArrayPool<double>.Shared.Return(pooled);
        }
    }

    internal static double[] Differenced(ReadOnlySpan<double> series)
    {
        var result = new double[Math.Max(0, series.Length - 1)];
        for (var i = 0; i < result.Length; i++) result[i] = series[i + 1] - series[i];
        return result;
    }
}

/// <summary>
/// Fits an autoregression by ordinary least squares on the lagged values (the conditional maximum-likelihood
/// estimate of a Gaussian AR, as statsmodels' <c>AutoReg</c>), through <see cref="LinearRegressionTrainer"/>.
/// </summary>
public static class AutoregressionTrainer
{
    /// <summary>Fits the model to <paramref name="series"/> (oldest first).</summary>
    /// <exception cref="ArgumentException">The series is too short for the lags, or holds a non-finite value.</exception>
    public static AutoregressionModel Fit(ReadOnlySpan<double> series, AutoregressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        for (var i = 0; i < series.Length; i++)
        {
            if (!double.IsFinite(series[i])) throw new DataValidationException(i, DataValidationException.LabelColumn, "the value of the series is missing or infinite");
        }
        var z = series.ToArray();
        for (var j = 0; j < options.Difference; j++) z = AutoregressionModel.Differenced(z);
        var span = Math.Max(options.Lags, options.SeasonalLag);
        var seasonal = options.SeasonalLag > options.Lags;
        var columns = options.Lags + (seasonal ? 1 : 0);
        var rows = z.Length - span;
        if (rows < columns + 2)
            throw new ArgumentException($"AR({options.Lags}){(seasonal ? $" with seasonal lag {options.SeasonalLag}" : "")} after {options.Difference} differences needs at least {span + columns + 2 + options.Difference} values; the series has {series.Length}.", nameof(series));

        var x = new double[rows * columns];
        var y = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            var t = span + r;
            for (var i = 0; i < options.Lags; i++) x[r * columns + i] = z[t - 1 - i];
            if (seasonal) x[r * columns + options.Lags] = z[t - options.SeasonalLag];
            y[r] = z[t];
        }
        var fit = LinearRegressionTrainer.Fit(new FeatureMatrix(x, rows, columns), y, new LinearRegressionOptions { Penalty = Penalty.None, FitIntercept = options.FitIntercept });
        return new AutoregressionModel(options.Lags, options.Difference, options.SeasonalLag, fit.Coefficients.ToArray(), fit.Intercept);
    }
}
