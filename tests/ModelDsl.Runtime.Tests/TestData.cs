using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelDsl.Runtime.Learning;

namespace ModelDsl.Runtime.Tests;

/// <summary>The bundled data sets (Data/) and the scikit-learn reference fixtures (Fixtures/).</summary>
internal static class TestData
{
    private static readonly string Root = AppContext.BaseDirectory;

    public sealed record Table(string[] Header, string[][] Rows)
    {
        public int Column(string name) => Array.IndexOf(Header, name) is var i and >= 0 ? i : throw new ArgumentException(name);
    }

    public static Table Csv(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "Data", name)).Where(l => l.Length > 0).ToArray();
        return new Table(SplitCsv(lines[0]), lines.Skip(1).Select(SplitCsv).ToArray());
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no embedded newlines).</summary>
    public static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields.ToArray();
    }

    /// <summary>A numeric data set: all columns but <paramref name="label"/> as features, in file order.</summary>
    public static (FeatureMatrix X, string[] Labels) Numeric(string file, string label)
    {
        var table = Csv(file);
        int li = table.Column(label);
        int d = table.Header.Length - 1;
        var values = new double[table.Rows.Length * d];
        for (int i = 0; i < table.Rows.Length; i++)
        {
            int j = 0;
            for (int c = 0; c < table.Header.Length; c++)
            {
                if (c == li) continue;
                values[i * d + j++] = double.Parse(table.Rows[i][c], CultureInfo.InvariantCulture);
            }
        }
        return (new FeatureMatrix(values, table.Rows.Length, d), table.Rows.Select(r => r[li]).ToArray());
    }

    public static JsonElement Fixture(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "Fixtures", name)));
        return document.RootElement.Clone();
    }

    public static double[] Doubles(this JsonElement e, string property) => Flatten(e.GetProperty(property)).ToArray();

    public static int[] Ints(this JsonElement e, string property) => e.GetProperty(property).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    public static string[] Strings(this JsonElement e, string property) => e.GetProperty(property).EnumerateArray().Select(v => v.GetString()!).ToArray();

    public static double Double(this JsonElement e, string property) => e.GetProperty(property).GetDouble();

    private static IEnumerable<double> Flatten(JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? e.EnumerateArray().SelectMany(Flatten)
        : [e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble()];

    /// <summary>Class indices of string labels, in the fixture's class order (scikit-learn's sorted classes_).</summary>
    public static int[] Encode(string[] labels, string[] classes) => labels.Select(l => Array.IndexOf(classes, l)).ToArray();

    public static int[] Select(int[] values, int[] rows) => rows.Select(r => values[r]).ToArray();

    public static double[] Select(double[] values, int[] rows) => rows.Select(r => values[r]).ToArray();

    /// <summary>Diabetes split of a regression fixture: train/test matrices and targets.</summary>
    public static (FeatureMatrix XTrain, double[] YTrain, FeatureMatrix XTest, double[] YTest) Diabetes(JsonElement fixture)
    {
        var (x, target) = Numeric("diabetes.csv", "progression");
        var y = target.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var train = fixture.Ints("train");
        var test = fixture.Ints("test");
        return (x.SelectRows(train), Select(y, train), x.SelectRows(test), Select(y, test));
    }

    /// <summary>Classification split of a fixture over a numeric CSV.</summary>
    public static (FeatureMatrix XTrain, int[] YTrain, FeatureMatrix XTest, int[] YTest) Classification(JsonElement fixture, string file, string label)
    {
        var (x, labels) = Numeric(file, label);
        var y = Encode(labels, fixture.Strings("classes"));
        var train = fixture.Ints("train");
        var test = fixture.Ints("test");
        return (x.SelectRows(train), Select(y, train), x.SelectRows(test), Select(y, test));
    }

    public static FeatureMatrix Standardize(FeatureMatrix x, double[] mean, double[] scale)
    {
        var scaler = StandardScaler.FromParameters(mean, scale);
        return scaler.Transform(x);
    }
}

/// <summary>Comparison with a relative tolerance and an absolute floor, recording the worst difference seen.</summary>
internal sealed class Parity(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>
    /// Asserts |actual − expected| ≤ relative · max(|expected|, floor) element-wise and reports the worst
    /// |actual − expected| / max(|expected|, floor).
    /// </summary>
    public double Close(string what, ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double relative, double floor)
    {
        Xunit.Assert.Equal(expected.Length, actual.Length);
        double worst = 0;
        int worstIndex = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            double diff = Math.Abs(actual[i] - expected[i]) / Math.Max(Math.Abs(expected[i]), floor);
            if (!(diff <= worst)) { worst = diff; worstIndex = i; }
        }
        output.WriteLine(FormattableString.Invariant($"{what}: worst relative difference {worst:E2} (floor {floor:G3}, n = {expected.Length})"));
        if (!(worst <= relative))
        {
            Xunit.Assert.Fail(FormattableString.Invariant(
                $"{what}: element {worstIndex} differs: expected {expected[worstIndex]:R}, got {actual[worstIndex]:R} (relative {worst:E2} > {relative:E2})"));
        }
        return worst;
    }

    /// <summary>Floor for a parameter vector: a fraction of its largest magnitude (near-zero entries compared absolutely).</summary>
    public static double ScaleFloor(ReadOnlySpan<double> values, double fraction = 1e-3)
    {
        double max = 0;
        foreach (double v in values) max = Math.Max(max, Math.Abs(v));
        return Math.Max(max * fraction, 1e-12);
    }

    public void Note(string line) => output.WriteLine(line);
}
