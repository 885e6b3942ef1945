using System;
using System.Linq;
using ModelDsl.Runtime.Learning;
using Xunit;
using Xunit.Abstractions;

namespace ModelDsl.Runtime.Tests;

/// <summary>Preprocessing against scikit-learn 1.2.1.</summary>
public sealed class PreprocessingTests(ITestOutputHelper output)
{
    private readonly Parity _parity = new(output);
    private static readonly System.Text.Json.JsonElement Fixture = TestData.Fixture("preprocessing.json");

    [Fact]
    public void Scalers_match_scikit_learn_on_iris()
    {
        var (x, _) = TestData.Numeric("iris.csv", "species");
        var standard = StandardScaler.Fit(x);
        _parity.Close("StandardScaler mean", Fixture.Doubles("iris_mean"), standard.Means, 1e-13, 1e-13);
        _parity.Close("StandardScaler scale", Fixture.Doubles("iris_scale"), standard.Scales, 1e-13, 1e-13);
        var minMax = MinMaxScaler.Fit(x);
        Assert.Equal(Fixture.Doubles("iris_min"), minMax.DataMin.ToArray());
        Assert.Equal(Fixture.Doubles("iris_max"), minMax.DataMax.ToArray());

        var scaled = minMax.Transform(x);
        Assert.All(scaled.Values, v => Assert.InRange(v, 0.0, 1.0));
        Span<double> row = stackalloc double[4];
        x.Row(7).CopyTo(row);
        standard.Transform(row, row); // in place
        standard.InverseTransform(row, row);
        for (int j = 0; j < 4; j++) Assert.Equal(x[7, j], row[j], 12);
    }

    [Fact]
    public void Scalers_leave_unselected_and_constant_columns_alone()
    {
        var x = new FeatureMatrix([1, 5, 7, 2, 5, 9, 3, 5, 11], 3, 3);
        var scaler = StandardScaler.Fit(x, columns: new[] { true, true, false });
        Assert.Equal([2.0, 5.0, 0.0], scaler.Means.ToArray());
        Assert.Equal(1.0, scaler.Scales[1]); // constant column
        Assert.Equal(1.0, scaler.Scales[2]); // not selected
        var minMax = MinMaxScaler.Fit(x);
        Span<double> output = stackalloc double[3];
        minMax.Transform(x.Row(2), output);
        Assert.Equal([1.0, 0.0, 1.0], output.ToArray());
    }

    [Fact]
    public void Polynomial_features_use_scikit_learn_order()
    {
        foreach (var property in Fixture.GetProperty("polynomial_powers").EnumerateObject())
        {
            // name: d{degree}_i{interaction}_b{bias}
            var parts = property.Name.Split('_');
            int degree = parts[0][1] - '0';
            bool interaction = parts[1][1] == '1', bias = parts[2][1] == '1';
            var poly = new PolynomialFeatures(3, degree, interaction, bias);
            var expected = property.Value.EnumerateArray().SelectMany(r => r.EnumerateArray().Select(v => v.GetInt32())).ToArray();
            Assert.Equal(expected, poly.Powers.ToArray());

            // every output is the product of the inputs raised to its powers
            double[] input = [2.0, 3.0, 5.0];
            var terms = new double[poly.OutputCount];
            poly.Transform(input, terms);
            for (int t = 0; t < terms.Length; t++)
            {
                double product = 1;
                for (int f = 0; f < 3; f++) product *= Math.Pow(input[f], poly.Powers[t * 3 + f]);
                Assert.Equal(product, terms[t]);
            }
        }
    }

    [Fact]
    public void Imputer_matches_scikit_learn_for_every_strategy()
    {
        var input = Fixture.Doubles("imputer_input");
        var x = new FeatureMatrix(input, 5, 3);
        foreach (var (name, strategy) in new[] { ("mean", ImputationStrategy.Mean), ("median", ImputationStrategy.Median), ("most_frequent", ImputationStrategy.MostFrequent), ("constant", ImputationStrategy.Constant) })
        {
            var imputer = SimpleImputer.Fit(x, strategy, fillValue: -1.0);
            var expected = Fixture.GetProperty("imputer").GetProperty(name);
            _parity.Close($"imputer {name} statistics", expected.Doubles("statistics"), imputer.Statistics, 1e-14, 1e-14);
            Assert.Equal(expected.Doubles("transformed"), imputer.Transform(x).Values);
        }
    }

    [Fact]
    public void Imputer_mask_keeps_missing_values_which_training_then_rejects()
    {
        var x = new FeatureMatrix([1, double.NaN, double.NaN, 2, 3, 4], 3, 2);
        var imputer = SimpleImputer.Fit(x, ImputationStrategy.Mean, columns: new[] { false, true });
        var imputed = imputer.Transform(x);
        Assert.Equal(3.0, imputed[0, 1]);
        var error = Assert.Throws<DataValidationException>(() => LinearRegressionTrainer.Fit(imputed, [1.0, 2, 3]));
        Assert.Equal((1, 0), (error.Row, error.Column));
    }

    [Fact]
    public void Bag_of_words_tokenises_and_counts_as_CountVectorizer()
    {
        var documents = Fixture.Strings("documents");
        var bag = BagOfWords.Fit(documents);
        Assert.Equal(Fixture.Strings("vocabulary"), bag.Vocabulary);
        Assert.Equal(Fixture.Strings("vocabulary_no_lowercase"), BagOfWords.Fit(documents, lowercase: false).Vocabulary);
        Assert.Equal(Fixture.Doubles("counts"), bag.Transform(documents).Values);
        Assert.Equal(bag.IndexOf("quick"), bag.IndexOf("QUICK"));
        Assert.Equal(-1, bag.IndexOf("missing"));

        var rebuilt = BagOfWords.FromVocabulary(bag.Vocabulary, bag.Lowercase);
        Assert.Equal(Fixture.Doubles("counts"), rebuilt.Transform(documents).Values);
    }

    [Fact]
    public void One_hot_encoding_writes_one_indicator()
    {
        Span<double> output = stackalloc double[4];
        output.Fill(7);
        OneHotEncoding.Encode(2, 3, output);
        Assert.Equal([0.0, 0.0, 1.0, 7.0], output.ToArray());
        Assert.Equal(2, OneHotEncoding.Decode(output.Slice(0, 3)));
        OneHotEncoding.EncodeOrZero(-1, 3, output);
        Assert.Equal([0.0, 0.0, 0.0, 7.0], output.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => OneHotEncoding.Encode(3, 3, new double[3]));
    }
}
