using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Data;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using ModelDsl.Runtime.Text;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>
/// The runtime halves of the collection field types and of the inverse preprocessing: <see cref="EnumSet{T}"/> over
/// all 256 members, the character tokenizer and its model-file section, and <see cref="FeaturePipeline.Inverse"/>
/// on diabetes with min-max scaling and a polynomial expansion.
/// </summary>
public sealed class CollectionTypesTests
{
    private enum Wide { First }

    [Fact]
    public void An_enum_set_holds_members_across_all_four_words_and_enumerates_them_in_order()
    {
        var members = new[] { 0, 1, 63, 64, 127, 128, 200, 255 };
        var set = EnumSet<Wide>.Empty;
        foreach (var m in members) set = set.Add((Wide)m);
        Assert.Equal(members.Length, set.Count);
        Assert.Equal(members, set.ToList().Select(w => (int)w));
        Assert.True(set.Contains((Wide)255) && !set.Contains((Wide)254) && !set.ContainsIndex(256) && !set.ContainsIndex(-1));
        Assert.Equal(set, EnumSet<Wide>.Of(members.Select(m => (Wide)m).Reverse().ToArray()));
        Assert.Equal(members.Length - 1, set.Remove((Wide)128).Count);
        Assert.True(EnumSet<Wide>.Of((Wide)64).IsSubsetOf(set));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add((Wide)256));

        var hot = new double[256];
        set.WriteMultiHot(hot);
        Assert.Equal(members, Enumerable.Range(0, 256).Where(i => hot[i] == 1));
        Assert.Equal(set, EnumSet<Wide>.FromMultiHot(hot));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var r = 0; r < 100; r++)
        {
            foreach (var w in set) sum += (int)w;
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(100 * members.Sum(), sum);
    }

    [Fact]
    public void The_character_tokenizer_round_trips_text_and_its_vocabulary_through_a_model_file()
    {
        var field = new TokenField("text", TokenizerKind.Chars, 16);
        var names = TestData.Csv("iris.csv").Rows.Select(r => r[^1]).Distinct().Append("naïve 🌸").ToArray();
        var tokenizer = field.Fit(names);
        var ids = new int[16];
        var n = field.Encode(tokenizer, "naïve 🌸", ids, 0);
        Assert.Equal(7, n); // the flower is one token (a surrogate pair)
        Assert.Equal("naïve 🌸", tokenizer.Decode(ids.AsSpan(0, n)));

        var sections = new ModelFileSections();
        field.WriteTo(sections, tokenizer);
        using var stream = new MemoryStream();
        ModelFile.Write(stream, new ModelFileHeader("Names", "chars", "hash"), sections);
        stream.Position = 0;
        var loaded = field.ReadFrom(ModelFile.Read(stream, "Names", "hash"));
        Assert.Equal(tokenizer.VocabularySize, loaded.VocabularySize);
        Assert.Equal(n, field.Encode(loaded, "naïve 🌸", ids, 0));
        Assert.Equal("naïve 🌸", loaded.Decode(ids.AsSpan(0, n)));

        var e = Assert.Throws<TrainingDataException>(() => field.Encode(tokenizer, "naïve naïve naïve naïve", ids, 4));
        Assert.Equal("Row 4, column 'text': the value has 23 tokens; the field allows at most 16 (declare 'truncate: true' to cut longer values).", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => tokenizer.Decode(new[] { tokenizer.VocabularySize }));
        var unknown = Assert.Throws<TrainingDataException>(() => field.Encode(tokenizer, "naïve €", ids, 9));
        Assert.Contains("the character '€' (U+20AC, at offset 6) is not in the tokenizer's vocabulary", unknown.Message);
        var cut = new TokenField("text", TokenizerKind.Chars, 4, truncate: true);
        Assert.Equal(4, cut.Encode(tokenizer, "naïve naïve", ids, 0));
        Assert.Equal("naïv", tokenizer.Decode(ids.AsSpan(0, 4)));

        var damaged = new ModelFileSections().Add("tokens.text.vocabulary", new[] { "a", "bc" });
        using var bad = new MemoryStream();
        ModelFile.Write(bad, new ModelFileHeader("Names", "chars", "hash"), damaged);
        bad.Position = 0;
        Assert.Throws<ModelFileCorruptedException>(() => field.ReadFrom(ModelFile.Read(bad, "Names", "hash")));
    }

    [Fact]
    public void The_inverse_undoes_min_max_scaling_and_reads_a_polynomial_expansion_on_diabetes()
    {
        var table = TestData.Csv("diabetes.csv");
        var rows = table.Rows.Select(r => r.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var features = table.Header[..^1].Select((name, i) => new FeatureSpec(name, FeatureKind.Numeric, 0, i % 2 == 0 ? FeatureScaling.MinMax : FeatureScaling.Standardize, Imputation.Reject, 0,
            ClampLow: i == 2 ? 0.0 : double.NegativeInfinity, ClampHigh: i == 2 ? 0.05 : double.PositiveInfinity)).ToArray();
        var spec = new ModelSpec("Progression", LearningTask.Regressor, "ridge", [new("alpha", "1"), new("fit_intercept", "true")],
            features, 2, false, true, 1, [], 0, false, 0, 0, [], "hash", "progression");
        var reader = new RowReader<double[]>((in double[] row, Span<double> numeric, Span<string?> _) => row.AsSpan(0, 10).CopyTo(numeric), (in double[] row) => row[10]);
        var pipeline = FeaturePipeline.Fit(spec, TrainingData.Collect(spec, rows, reader));
        Assert.Equal(65, pipeline.OutputCount); // 10 + 55 products

        var vector = new double[pipeline.OutputCount];
        var back = new double[10];
        foreach (var row in rows)
        {
            pipeline.Transform(row.AsSpan(0, 10), default, vector);
            pipeline.Inverse(vector, back);
            for (var j = 0; j < 10; j++)
            {
                var expected = j == 2 ? Math.Clamp(row[j], 0, 0.05) : row[j];
                Assert.True(Math.Abs(back[j] - expected) < 1e-12, $"{table.Header[j]}: {back[j]} against {expected}");
            }
        }
        Assert.Throws<ArgumentException>(() => pipeline.Inverse(vector.AsSpan(0, 64), back));
    }
}
