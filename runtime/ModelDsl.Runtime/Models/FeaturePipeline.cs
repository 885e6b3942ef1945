using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// The fitted preprocessing of a model: imputation, scaling, polynomial expansion, one-hot encoding and
/// bag-of-words, turning a row's raw values into the algorithm's feature vector. Immutable after fitting;
/// <see cref="Transform"/> allocates nothing. Output layout: the numeric block (expanded if polynomial),
/// then one block per enum feature, then one block per text feature.
/// </summary>
public sealed class FeaturePipeline
{
    private readonly ModelSpec _spec;
    private readonly double[] _fill;      // per raw numeric feature: the value replacing NaN (NaN = reject)
    private readonly int[] _blockIndex;   // raw positions of the numeric/bool features (the numeric block)
    private readonly int[] _enumIndex;    // raw positions of enum features
    private readonly StandardScaler _standard;
    private readonly MinMaxScaler _minMax;
    private readonly PolynomialFeatures? _polynomial;
    private readonly BagOfWords[] _vocabularies;
    private readonly double[]? _standardMeans;   // null: the standard scaler is the identity
    private readonly double[]? _standardScales;
    private readonly double[]? _minMaxScales;    // null: the min-max scaler is the identity
    private readonly double[]? _minMaxOffsets;
    private readonly double[]? _clampLow;        // per block position; null: no feature is clamped
    private readonly double[]? _clampHigh;
    private readonly bool[] _isBool;             // per block position: a 0/1 feature (bool, set member)
    private readonly int[] _linearTerm;          // per block position: its output column (the degree-1 term when expanded)
    private readonly bool _numericOnly;          // no enum or text blocks
    private readonly bool _identity;             // numeric features only, no scaling or expansion: finite values pass unchanged
    private readonly bool _elementwise;          // numeric features only, no expansion: output k is input k, scaled
    private const int StackLimit = 128;

    private FeaturePipeline(ModelSpec spec, double[] fill, StandardScaler standard, MinMaxScaler minMax, BagOfWords[] vocabularies)
    {
        _spec = spec;
        _fill = fill;
        _blockIndex = BlockIndex(spec);
        _enumIndex = Enumerable.Range(0, spec.NumericFeatures.Count).Where(i => spec.NumericFeatures[i].Kind == FeatureKind.Enum).ToArray();
        _standard = standard;
        _minMax = minMax;
        _polynomial = spec.PolynomialDegree > 1 && _blockIndex.Length > 0
            ? new PolynomialFeatures(_blockIndex.Length, spec.PolynomialDegree, spec.PolynomialInteractionOnly, includeBias: false)
            : null;
        _vocabularies = vocabularies;
        // Decided once: a pass whose scaler is the identity is skipped (the common case of no preprocessing).
        _standardMeans = standard.IsIdentity ? null : standard.MeanArray;
        _standardScales = standard.IsIdentity ? null : standard.ScaleArray;
        _minMaxScales = minMax.IsIdentity ? null : minMax.ScaleArray;
        _minMaxOffsets = minMax.IsIdentity ? null : minMax.OffsetArray;
        var block = _blockIndex.Select(j => spec.NumericFeatures[j]).ToArray();
        if (block.Any(f => f.IsClamped))
        {
            _clampLow = block.Select(f => f.ClampLow).ToArray();
            _clampHigh = block.Select(f => f.ClampHigh).ToArray();
        }
        _isBool = block.Select(f => f.Kind == FeatureKind.Bool).ToArray();
        _linearTerm = LinearTerms(_polynomial, _blockIndex.Length);
        _numericOnly = _enumIndex.Length == 0 && vocabularies.Length == 0;
        _identity = _numericOnly && _polynomial is null && _standardMeans is null && _minMaxScales is null && _clampLow is null;
        _elementwise = _numericOnly && _polynomial is null;
        // Folded into a linear model's weights only when standardisation is all there is: a clamp bounds the raw value first.
        Standardisation = _elementwise && _minMaxScales is null && _clampLow is null && _standardMeans is not null ? (_standardMeans, _standardScales!) : null;
        MinMaxScaling = _elementwise && _standardMeans is null && _clampLow is null && _minMaxScales is not null ? (_minMaxScales, _minMaxOffsets!) : null;
        OutputCount = (_polynomial?.OutputCount ?? _blockIndex.Length)
            + _enumIndex.Sum(i => spec.NumericFeatures[i].Categories)
            + vocabularies.Sum(v => v.FeatureCount);
        OutputNames = Names();
    }

    /// <summary>The name of each output column, in output order: the feature's name (<c>age</c>); a polynomial
    /// term (<c>x0*x1</c>, <c>x0^2</c>); an enum's one-hot column (<c>color=red</c>); a word of a text feature
    /// (<c>text:free</c>, the field's name then the word).</summary>
    public IReadOnlyList<string> OutputNames { get; }

    private string[] Names()
    {
        var names = new List<string>(OutputCount);
        var block = _blockIndex.Select(j => _spec.NumericFeatures[j].Name).ToArray();
        if (_polynomial is null) names.AddRange(block);
        else
        {
            var powers = _polynomial.Powers;
            for (var term = 0; term < _polynomial.OutputCount; term++)
            {
                var factors = new List<string>();
                for (var k = 0; k < block.Length; k++)
                {
                    var power = powers[term * block.Length + k];
                    if (power > 0) factors.Add(power == 1 ? block[k] : $"{block[k]}^{power}");
                }
                names.Add(string.Join("*", factors));
            }
        }
        foreach (var j in _enumIndex)
        {
            var feature = _spec.NumericFeatures[j];
            for (var c = 0; c < feature.Categories; c++)
                names.Add(feature.Name + "=" + (feature.CategoryNames is { } labels && c < labels.Count ? labels[c] : c.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        for (var t = 0; t < _vocabularies.Length; t++)
        {
            foreach (var word in _vocabularies[t].Vocabulary) names.Add(_spec.TextFeatures[t].Name + ":" + word);
        }
        return names.ToArray();
    }

    /// <summary>For each numeric-block input, the output column holding it unchanged: itself, or its degree-1 polynomial term.</summary>
    private static int[] LinearTerms(PolynomialFeatures? polynomial, int width)
    {
        var terms = Enumerable.Range(0, width).ToArray();
        if (polynomial is null) return terms;
        var powers = polynomial.Powers;
        for (var term = 0; term < polynomial.OutputCount; term++)
        {
            int single = -1, total = 0;
            for (var k = 0; k < width; k++)
            {
                total += powers[term * width + k];
                if (powers[term * width + k] == 1) single = k;
            }
            if (total == 1 && single >= 0) terms[single] = term;
        }
        return terms;
    }

    private static int[] BlockIndex(ModelSpec spec) =>
        Enumerable.Range(0, spec.NumericFeatures.Count).Where(i => spec.NumericFeatures[i].Kind != FeatureKind.Enum).ToArray();

    /// <summary>Length of the feature vector the algorithm sees.</summary>
    public int OutputCount { get; }

    /// <summary>Learns imputation values, scaling and vocabularies from training rows; checks every value.</summary>
    /// <exception cref="TrainingDataException">A value is infinite, an enum value is out of range, or a value is missing and not imputed.</exception>
    public static FeaturePipeline Fit(ModelSpec spec, TrainingData data)
    {
        var n = spec.NumericFeatures.Count;
        var fill = new double[n];
        var column = new double[data.Rows];
        for (var j = 0; j < n; j++)
        {
            var feature = spec.NumericFeatures[j];
            var present = 0;
            for (var r = 0; r < data.Rows; r++)
            {
                var v = data.Numeric[r * n + j];
                if (double.IsInfinity(v)) throw new TrainingDataException(r, feature.Name, "the value is infinite");
                if (double.IsNaN(v))
                {
                    if (feature.Imputation == Imputation.Reject)
                        throw new TrainingDataException(r, feature.Name, "the value is missing and the declaration does not impute it (add 'impute " + feature.Name + ": median', for example)");
                    continue;
                }
                if (feature.Kind == FeatureKind.Enum && (v < 0 || v >= feature.Categories || v != Math.Floor(v)))
                    throw new TrainingDataException(r, feature.Name, $"{v} is not a value of the enum");
                column[present++] = v;
            }
            fill[j] = ImputedValue(feature, new FeatureMatrix(column[..present], present, 1));
        }

        // The numeric block after imputation, to fit the scalers on (as a scikit-learn Pipeline would).
        var block = BlockIndex(spec);
        var values = new double[data.Rows * block.Length];
        for (var r = 0; r < data.Rows; r++)
        {
            for (var k = 0; k < block.Length; k++)
            {
                var v = data.Numeric[r * n + block[k]];
                var feature = spec.NumericFeatures[block[k]];
                values[r * block.Length + k] = Math.Clamp(double.IsNaN(v) ? fill[block[k]] : v, feature.ClampLow, feature.ClampHigh);
            }
        }
        var x = new FeatureMatrix(values, data.Rows, block.Length);
        var standard = StandardScaler.Fit(x, columns: block.Select(i => spec.NumericFeatures[i].Scaling == FeatureScaling.Standardize).ToArray());
        var minMax = MinMaxScaler.Fit(x, columns: block.Select(i => spec.NumericFeatures[i].Scaling == FeatureScaling.MinMax).ToArray());

        var vocabularies = new BagOfWords[spec.TextFeatures.Count];
        for (var t = 0; t < vocabularies.Length; t++)
        {
            var texts = new string?[data.Rows];
            for (var r = 0; r < data.Rows; r++) texts[r] = data.Text[r * spec.TextFeatures.Count + t];
            vocabularies[t] = BagOfWords.Fit(texts, spec.Lowercase, spec.MinCount);
        }
        return new FeaturePipeline(spec, fill, standard, minMax, vocabularies);
    }

    /// <summary>The value replacing a missing one; NaN when missing values are rejected.</summary>
    private static double ImputedValue(FeatureSpec feature, FeatureMatrix present)
    {
        var strategy = feature.Imputation switch
        {
            Imputation.Mean => ImputationStrategy.Mean,
            Imputation.Median => ImputationStrategy.Median,
            Imputation.MostFrequent => ImputationStrategy.MostFrequent,
            Imputation.Constant => ImputationStrategy.Constant,
            _ => (ImputationStrategy?)null,
        };
        if (strategy is null) return double.NaN;
        if (present.Rows == 0) return feature.Imputation == Imputation.Constant ? feature.ImputeConstant : 0;
        return SimpleImputer.Fit(present, strategy.Value, feature.ImputeConstant).Statistics[0];
    }

    /// <summary>
    /// Whether <paramref name="numeric"/> is already the feature vector: true when the pipeline changes nothing (numeric
    /// features only, no scaling, no expansion) and every value is finite. Then the caller skips <see cref="Transform"/>
    /// and its copy; otherwise (a missing value to impute or reject, any preprocessing) it calls <see cref="Transform"/>.
    /// </summary>
    public bool PassesThrough(ReadOnlySpan<double> numeric) => _identity && numeric.Length == OutputCount && AllFinite(numeric);

    /// <summary>The means and scales when the pipeline is a standardisation of numeric features and nothing else
    /// (what <see cref="ScalingFold"/> folds into a linear algorithm); null otherwise.</summary>
    internal (double[] Means, double[] Scales)? Standardisation { get; }

    /// <summary>The scales and offsets when the pipeline is a min-max scaling of numeric features and nothing else
    /// (what <see cref="ScalingFold"/> folds into multinomial naive Bayes); null otherwise.</summary>
    internal (double[] Scales, double[] Offsets)? MinMaxScaling { get; }

    /// <summary>
    /// Whether output k is a non-decreasing function of raw numeric value k alone (numeric features only, no expansion:
    /// clamps, standardisation and min-max scaling with a positive scale are all monotone), so a test
    /// <c>output[k] ≤ t</c> is a test <c>raw[k] ≤ t′</c> for some t′ (<see cref="ScalingFold"/> folds tree thresholds).
    /// </summary>
    internal bool IsMonotoneElementwise => _elementwise && (_minMaxScales is null || _minMaxScales.All(v => v > 0))
        && (_standardScales is null || _standardScales.All(v => v > 0));

    /// <summary>Whether the pipeline changes no finite value (numeric features only, nothing declared).</summary>
    internal bool IsIdentity => _identity;

    /// <summary>What <see cref="Transform"/> makes of a finite raw value of numeric feature <paramref name="k"/> when
    /// <see cref="IsMonotoneElementwise"/>: the same operations in the same order as <see cref="Elementwise"/>.</summary>
    internal double ScaleValue(int k, double v)
    {
        if (_clampLow is { } low) v = Math.Clamp(v, low[k], _clampHigh![k]);
        if (_standardMeans is { } means) v = (v - means[k]) / _standardScales![k];
        if (_minMaxScales is { } minMaxScales) v = v * minMaxScales[k] + _minMaxOffsets![k];
        return v;
    }

    /// <summary>Whether <paramref name="numeric"/> holds the pipeline's numeric features, all finite: then a folded
    /// algorithm (<see cref="ScalingFold"/>) may take the row as it is.</summary>
    internal bool IsFiniteRow(ReadOnlySpan<double> numeric) => numeric.Length == OutputCount && AllFinite(numeric);

    /// <summary>
    /// Whether every value is finite, from their sum: any NaN or infinity makes it non-finite, and a sum of finite values
    /// that overflows only sends the row the exact way. Scalar loads on purpose: the row was just written value by value
    /// (generated extraction), and a vector load spanning several of those stores cannot be forwarded from them — it
    /// stalls until they reach the cache (measured: a vectorised sum made a 50-feature prediction about 100 ns slower).
    /// </summary>
    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        double a = 0, b = 0, c = 0, d = 0;
        var i = 0;
        for (; i + 4 <= values.Length; i += 4)
        {
            a += values[i];
            b += values[i + 1];
            c += values[i + 2];
            d += values[i + 3];
        }
        for (; i < values.Length; i++) a += values[i];
        return double.IsFinite(a + b + c + d);
    }

    /// <summary>
    /// Writes the feature vector of one row into <paramref name="output"/> (at least <see cref="OutputCount"/> long).
    /// Allocates nothing. A missing value that is not imputed, or an infinite one, throws.
    /// </summary>
    public void Transform(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text, Span<double> output)
    {
        if (output.Length < OutputCount)
            throw new ArgumentException($"The output has {output.Length} elements; {OutputCount} are needed.", nameof(output));
        if (_elementwise)
        {
            // The common declared pipeline (numeric features, scaled or not): one pass, no index, no second loop.
            Elementwise(numeric, output);
            return;
        }
        var width = _blockIndex.Length;
        int at;
        if (_polynomial is null)
        {
            // The numeric block goes straight into the output.
            NumericBlock(numeric, output[..width]);
            at = width;
        }
        else if (width <= StackLimit)
        {
            Span<double> block = stackalloc double[width];
            NumericBlock(numeric, block);
            _polynomial.Transform(block, output[.._polynomial.OutputCount]);
            at = _polynomial.OutputCount;
        }
        else
        {
            var rented = ArrayPool<double>.Shared.Rent(width);
            try
            {
                var block = rented.AsSpan(0, width);
                NumericBlock(numeric, block);
                _polynomial.Transform(block, output[.._polynomial.OutputCount]);
                at = _polynomial.OutputCount;
            }
            finally
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }
        if (_numericOnly) return;
        foreach (var j in _enumIndex)
        {
            var categories = _spec.NumericFeatures[j].Categories;
            var v = double.IsNaN(numeric[j]) ? _fill[j] : numeric[j];
            OneHotEncoding.EncodeOrZero(v == Math.Floor(v) && v >= 0 && v < categories ? (int)v : -1, categories, output.Slice(at, categories));
            at += categories;
        }
        for (var t = 0; t < _vocabularies.Length; t++)
        {
            var vocabulary = _vocabularies[t];
            vocabulary.Transform(t < text.Length ? text[t] : null, output.Slice(at, vocabulary.FeatureCount));
            at += vocabulary.FeatureCount;
        }
    }

    /// <summary>
    /// The numeric block: imputation, the finite check, then standardisation ((v − mean) / scale) and min-max scaling
    /// (v·scale + offset), element by element with the same rounding as the scalers' own transforms; the scalers that
    /// are the identity are skipped.
    /// </summary>
    private void NumericBlock(ReadOnlySpan<double> numeric, Span<double> block)
    {
        var index = _blockIndex;
        var fill = _fill;
        for (var k = 0; k < index.Length; k++)
        {
            var j = index[k];
            var v = numeric[j];
            if (!double.IsFinite(v))
            {
                if (double.IsNaN(v)) v = fill[j];
                if (!double.IsFinite(v)) throw NotFinite(j, v);
            }
            block[k] = v;
        }
        if (_clampLow is { } low)
        {
            var high = _clampHigh!;
            for (var k = 0; k < block.Length; k++) block[k] = Math.Clamp(block[k], low[k], high[k]);
        }
        if (_standardMeans is { } means)
        {
            var scales = _standardScales!;
            for (var k = 0; k < block.Length; k++) block[k] = (block[k] - means[k]) / scales[k];
        }
        if (_minMaxScales is { } minMaxScales)
        {
            var offsets = _minMaxOffsets!;
            for (var k = 0; k < block.Length; k++) block[k] = block[k] * minMaxScales[k] + offsets[k];
        }
    }

    /// <summary>
    /// The inverse of <see cref="Transform"/>: from a feature vector (<see cref="OutputCount"/> values, e.g. one a
    /// generative model produced) back to a row's raw values in <see cref="ModelSpec.NumericFeatures"/> order, written
    /// into <paramref name="numeric"/>. Scaling is undone (min-max, then standardisation), an expanded polynomial is read
    /// from its degree-1 terms, declared bounds clamp, a 0/1 feature (bool, set member) becomes 0 or 1 (at 0.5), and an
    /// enum's one-hot block becomes the index of its largest value (the first on a tie). Text features are not
    /// reconstructed. Allocates nothing; integer fields are rounded by the generated <c>FromFeatures</c>.
    /// </summary>
    public void Inverse(ReadOnlySpan<double> features, Span<double> numeric)
    {
        if (features.Length < OutputCount)
            throw new ArgumentException($"The feature vector has {features.Length} values; {OutputCount} are needed.", nameof(features));
        if (numeric.Length < _spec.NumericFeatures.Count)
            throw new ArgumentException($"The output has {numeric.Length} elements; {_spec.NumericFeatures.Count} are needed.", nameof(numeric));
        var index = _blockIndex;
        for (var k = 0; k < index.Length; k++)
        {
            var v = features[_linearTerm[k]];
            if (_minMaxScales is { } minMaxScales) v = (v - _minMaxOffsets![k]) / minMaxScales[k];
            if (_standardMeans is { } means) v = v * _standardScales![k] + means[k];
            if (_clampLow is { } low) v = Math.Clamp(v, low[k], _clampHigh![k]);
            if (_isBool[k]) v = v >= 0.5 ? 1 : 0;
            numeric[index[k]] = v;
        }
        var at = _polynomial?.OutputCount ?? index.Length;
        foreach (var j in _enumIndex)
        {
            var categories = _spec.NumericFeatures[j].Categories;
            var best = 0;
            for (var c = 1; c < categories; c++)
            {
                if (features[at + c] > features[at + best]) best = c;
            }
            numeric[j] = best;
            at += categories;
        }
    }

    /// <summary>
    /// <see cref="NumericBlock"/> when every feature is numeric (the block is the whole row, in order): each value is
    /// imputed, checked, clamped, standardised and min-max scaled in one pass, with the same operations in the same order, so
    /// the result is bit for bit what the two-pass form gives. Scalar loads and stores, as in <see cref="AllFinite"/>.
    /// </summary>
    private void Elementwise(ReadOnlySpan<double> numeric, Span<double> output)
    {
        var fill = _fill;
        if (numeric.Length < fill.Length) throw new ArgumentException($"The row has {numeric.Length} numeric values; {fill.Length} are needed.", nameof(numeric));
        numeric = numeric[..fill.Length];
        output = output[..fill.Length];
        var means = _standardMeans;
        var minMaxScales = _minMaxScales;
        if (means is not null && minMaxScales is null && _clampLow is null)
        {
            var scales = _standardScales!;
            if (means.Length != numeric.Length || scales.Length != numeric.Length) throw new InvalidOperationException("The scaler does not fit the row.");
            var k = 0;
            if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
            {
                // Four finite values at a time: the vector subtraction and division are per lane the scalar ones, so the
                // output is bit for bit the same; a block with a value to impute or refuse takes the scalar loop. The row
                // is read value by value (it was just written so; a vector load of it would wait for the cache).
                for (; k + 4 <= numeric.Length; k += 4)
                {
                    var v = System.Runtime.Intrinsics.Vector256.Create(numeric[k], numeric[k + 1], numeric[k + 2], numeric[k + 3]);
                    if (!System.Runtime.Intrinsics.Vector256.EqualsAll(v - v, System.Runtime.Intrinsics.Vector256<double>.Zero)) break;
                    var z = (v - System.Runtime.Intrinsics.Vector256.Create(new ReadOnlySpan<double>(means, k, 4)))
                        / System.Runtime.Intrinsics.Vector256.Create(new ReadOnlySpan<double>(scales, k, 4));
                    System.Runtime.Intrinsics.Vector256.CopyTo(z, output.Slice(k, 4));
                }
            }
            for (; k < numeric.Length; k++)
            {
                var v = numeric[k];
                if (!double.IsFinite(v)) v = Imputed(k, v);
                output[k] = (v - means[k]) / scales[k];
            }
            return;
        }
        for (var k = 0; k < numeric.Length; k++)
        {
            var v = numeric[k];
            if (!double.IsFinite(v)) v = Imputed(k, v);
            if (_clampLow is { } low) v = Math.Clamp(v, low[k], _clampHigh![k]);
            if (means is not null) v = (v - means[k]) / _standardScales![k];
            if (minMaxScales is not null) v = v * minMaxScales[k] + _minMaxOffsets![k];
            output[k] = v;
        }
    }

    /// <summary>A missing value's fill, or the error for a missing value that is not imputed or an infinite one.</summary>
    private double Imputed(int j, double v)
    {
        if (double.IsNaN(v)) v = _fill[j];
        return double.IsFinite(v) ? v : throw NotFinite(j, v);
    }

    private ArgumentException NotFinite(int j, double v) =>
        new($"Feature '{_spec.NumericFeatures[j].Name}' is {(double.IsNaN(v) ? "missing and not imputed" : "infinite")}.", "numeric");

    /// <summary>Adds the fitted parameters to a model file's sections (names start with <c>pipeline.</c>).</summary>
    public void WriteTo(ModelFileSections sections)
    {
        sections.Add("pipeline.fill", _fill)
            .Add("pipeline.standard.means", _standard.Means.ToArray()).Add("pipeline.standard.scales", _standard.Scales.ToArray())
            .Add("pipeline.minmax.min", _minMax.DataMin.ToArray()).Add("pipeline.minmax.max", _minMax.DataMax.ToArray());
        for (var t = 0; t < _vocabularies.Length; t++) sections.Add($"pipeline.vocabulary{t}", _vocabularies[t].Vocabulary.ToArray());
    }

    /// <summary>Reads the parameters <see cref="WriteTo"/> wrote; invalid ones are a <see cref="ModelFileCorruptedException"/>.</summary>
    public static FeaturePipeline ReadFrom(ModelSpec spec, ModelFileContent content)
    {
        var n = spec.NumericFeatures.Count;
        var width = BlockIndex(spec).Length;
        var vocabularies = new BagOfWords[spec.TextFeatures.Count];
        try
        {
            for (var t = 0; t < vocabularies.Length; t++) vocabularies[t] = BagOfWords.FromVocabulary(content.Strings($"pipeline.vocabulary{t}"), spec.Lowercase);
            var standard = StandardScaler.FromParameters(content.Doubles("pipeline.standard.means", width), content.Doubles("pipeline.standard.scales", width));
            var minMax = MinMaxScaler.FromParameters(content.Doubles("pipeline.minmax.min", width), content.Doubles("pipeline.minmax.max", width));
            return new FeaturePipeline(spec, content.Doubles("pipeline.fill", n), standard, minMax, vocabularies);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException("The model file's preprocessing parameters are invalid: " + e.Message, e);
        }
    }
}
