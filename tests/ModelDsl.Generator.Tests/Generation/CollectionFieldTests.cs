using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// The collection field types: <c>set of Department</c> (an allocation-free <c>EnumSet</c>, CSV <c>fruit;biscuits</c>,
/// multi-hot features, <c>contains</c> in rules) and <c>tokens(chars, 32)</c> (a string read as token ids), with their
/// located errors in the .mlmodel file and in the data.
/// </summary>
public sealed class CollectionFieldTests
{
    private const string Basket = """
        enum Department { fruit, biscuits, dairy, bakery }
        schema Basket {
            items: set of Department
            extras: set of enum { bag, receipt }
            total: double
            spender: enum { low, high }
        }
        """;

    /// <summary>Compiles the generated code with <paramref name="probe"/> and calls <c>Probe.P.Run(arg)</c>.</summary>
    private static string RunProbe(string declaration, string probe, string arg)
    {
        var run = GeneratorHarness.Run(new[] { ("Test.mlmodel", declaration) }, new[] { probe });
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationDiagnostics);
        using var stream = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("collections", isCollectible: true);
        try
        {
            stream.Position = 0;
            var method = context.LoadFromStream(stream).GetType("Probe.P")!.GetMethod("Run")!;
            try
            {
                return (string)method.Invoke(null, new object[] { arg })!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                return "threw|" + e.InnerException.GetType().Name + "|" + e.InnerException.Message;
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void A_set_field_is_an_enum_set_property_read_from_semicolon_separated_cells()
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", Basket));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var code = run.Sources.Single().Text;
        Assert.Contains("public global::ModelDsl.Runtime.Data.EnumSet<global::Test.Models.Department> Items { get; init; }", code);
        Assert.Contains("public enum BasketExtras", code);
        Assert.Contains("csv.GetEnumSet<global::Test.Models.Department>(columnItems, \"items\", global::Test.Models.DepartmentNames.TryParse, global::Test.Models.DepartmentNames.All)", code);

        const string probe = """
            namespace Probe
            {
                public static class P
                {
                    public static string Run(string csv)
                    {
                        var parts = new System.Collections.Generic.List<string>();
                        foreach (var row in global::Test.Models.Basket.ReadCsv(new System.IO.StringReader(csv), "baskets"))
                            parts.Add(row.Items.Count + ":" + row.Items + ":" + row.Items.Contains(global::Test.Models.Department.Dairy) + ":" + row.Extras);
                        return string.Join("|", parts);
                    }
                }
            }
            """;
        var good = "items,extras,total,spender\nfruit;biscuits,bag,3.5,low\n,,1,low\n Dairy ; bakery ;fruit,receipt;bag,9,high\n";
        Assert.Equal("2:Fruit;Biscuits:False:Bag|0::False:|3:Fruit;Dairy;Bakery:True:Bag;Receipt", RunProbe(Basket, probe, good));

        var unknown = RunProbe(Basket, probe, "items,extras,total,spender\nfruit,bag,1,low\nfruit;meat,bag,1,low\n");
        Assert.Equal("threw|CsvDataException|baskets: line 3, column 'items': 'meat' is not one of fruit, biscuits, dairy, bakery", unknown);
        var twice = RunProbe(Basket, probe, "items,extras,total,spender\nfruit;dairy;fruit,bag,1,low\n");
        Assert.Equal("threw|CsvDataException|baskets: line 2, column 'items': 'fruit' appears twice in 'fruit;dairy;fruit'", twice);
        var empty = RunProbe(Basket, probe, "items,extras,total,spender\nfruit;;dairy,bag,1,low\n");
        Assert.Contains("line 2, column 'items': 'fruit;;dairy' has an empty member", empty);
    }

    [Fact]
    public void A_model_sees_a_set_as_one_feature_per_member_and_rebuilds_the_set_from_features()
    {
        var declaration = Basket + """

            model Spending : classifier(Basket -> spender) {
                features items, total
                algorithm logistic_regression
            }
            """;
        const string probe = """
            namespace Probe
            {
                public static class P
                {
                    public static string Run(string unused)
                    {
                        var rows = new System.Collections.Generic.List<global::Test.Models.Basket>();
                        var random = new System.Random(5);
                        for (var i = 0; i < 300; i++)
                        {
                            var items = global::ModelDsl.Runtime.Data.EnumSet<global::Test.Models.Department>.Empty;
                            for (var m = 0; m < 4; m++) if (random.NextDouble() < 0.5) items = items.WithIndex(m, true);
                            // High spenders buy dairy and bakery.
                            var high = items.Contains(global::Test.Models.Department.Dairy) && items.Contains(global::Test.Models.Department.Bakery);
                            rows.Add(new global::Test.Models.Basket { Items = items, Total = random.NextDouble(), Spender = high ? global::Test.Models.BasketSpender.High : global::Test.Models.BasketSpender.Low });
                        }
                        var model = global::Test.Models.Spending.Train(rows);
                        var names = string.Join(",", model.Trained.Pipeline.OutputNames);
                        var features = new double[model.FeatureCount];
                        var roundTrips = 0;
                        foreach (var row in rows)
                        {
                            model.ToFeatures(row, features);
                            var back = model.FromFeatures(features);
                            if (back.Items == row.Items && System.Math.Abs(back.Total - row.Total) < 1e-12) roundTrips++;
                        }
                        // A generated vector: members at 0.5 or more are in the set.
                        var made = model.FromFeatures(new double[] { 0.9, 0.2, 0.5, 0.49, 7 }).Items.ToString();
                        return names + "|" + model.Evaluate(rows).Accuracy.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + roundTrips + "|" + made;
                    }
                }
            }
            """;
        var parts = RunProbe(declaration, probe, "").Split('|');
        Assert.Equal("items=fruit,items=biscuits,items=dairy,items=bakery,total", parts[0]);
        Assert.True(double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) >= 0.95, parts[1]);
        Assert.Equal("300", parts[2]);
        Assert.Equal("Fruit;Dairy", parts[3]);
    }

    [Fact]
    public void A_rule_tests_membership_with_contains_and_the_analysis_treats_members_independently()
    {
        var declaration = Basket + """

            enum Offer { coupon, none }
            rules Offers(Basket) -> Offer {
                rule breakfast when items contains dairy and items contains bakery => coupon
                rule again when items contains dairy and items contains bakery and total > 5 => coupon
                rule tidy when not (extras contains bag) => none
                otherwise none
            }
            """;
        var run = GeneratorHarness.Run(("Test.mlmodel", declaration));
        // 'again' is subsumed by 'breakfast' (same memberships): the analysis sees it.
        var unreachable = Assert.Single(run.Diagnostics);
        Assert.Equal("MDSL0201", unreachable.Id);
        Assert.Contains("'again'", unreachable.GetMessage());
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("input.Items.Contains(global::Test.Models.Department.Dairy)", run.Sources.Single().Text);

        const string probe = """
            namespace Probe
            {
                public static class P
                {
                    public static string Run(string unused)
                    {
                        var d = global::Test.Models.Department.Dairy;
                        var b = global::Test.Models.Department.Bakery;
                        var both = new global::Test.Models.Basket { Items = global::ModelDsl.Runtime.Data.EnumSet<global::Test.Models.Department>.Of(d, b) };
                        var one = new global::Test.Models.Basket { Items = global::ModelDsl.Runtime.Data.EnumSet<global::Test.Models.Department>.Of(d) };
                        return global::Test.Models.Offers.Evaluate(both).Outcome + "|" + global::Test.Models.Offers.Evaluate(one).Outcome;
                    }
                }
            }
            """;
        Assert.Equal("Coupon|None", RunProbe(declaration, probe, ""));
    }

    [Theory]
    [InlineData("rule r when total contains fruit => none", "MDSL0161", "total", "'total' is a number")]
    [InlineData("rule r when items contains meat => none", "MDSL0102", "meat", "'meat' is not a value of enum 'Department'")]
    [InlineData("rule r when extras contains fruit => none", "MDSL0102", "fruit", "is not a value of enum 'Basket.extras'")]
    public void A_bad_contains_is_a_located_error(string rule, string id, string span, string message)
    {
        var source = Basket + $"\nenum Offer {{ none }}\nrules R(Basket) -> Offer {{\n    {rule}\n    otherwise none\n}}\n";
        var d = GeneratorHarness.SingleDiagnostic(source, id);
        Assert.Equal(span, GeneratorHarness.SpanOf(source, d));
        Assert.Contains(message, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_set_over_an_enum_of_more_than_256_members_is_a_located_error()
    {
        var members = string.Join(", ", Enumerable.Range(0, 257).Select(i => "m" + i));
        var source = $"enum Big {{ {members} }}\nschema S {{\n    picks: set of Big\n    y: int\n}}";
        var d = GeneratorHarness.SingleDiagnostic(source, "MDSL0160");
        Assert.Equal("set of Big", GeneratorHarness.SpanOf(source, d));
        Assert.Contains("at most 256 values, but enum 'Big' has 257", d.GetMessage());
        var ok = source.Replace(", m256", "");
        Assert.Empty(GeneratorHarness.Run(("Test.mlmodel", ok)).Diagnostics);
    }

    [Theory]
    [InlineData("text: tokens(words, 32)", "MDSL0162", "words")]
    [InlineData("text: tokens(chars, 0)", "MDSL0163", "0")]
    [InlineData("text: tokens(chars, 2.5)", "MDSL0163", "2.5")]
    [InlineData("text: tokens(chars, 32, pad: true)", "MDSL0164", "pad")]
    [InlineData("text: tokens(chars, 32, truncate: 1)", "MDSL0123", "1")]
    [InlineData("text: set of Missing", "MDSL0103", "Missing")]
    [InlineData("text: set of 3", "MDSL0001", "3")]
    public void An_invalid_collection_type_is_a_located_error(string field, string id, string span)
    {
        var source = $"schema S {{\n    {field}\n    y: int\n}}";
        var d = GeneratorHarness.SingleDiagnostic(source, id);
        Assert.Equal(span, GeneratorHarness.SpanOf(source, d).Trim());
    }

    [Fact]
    public void A_tokens_field_is_a_string_with_its_tokenizer_and_long_cells_name_line_and_column()
    {
        const string declaration = """
            schema Name {
                text: tokens(chars, 8)
                note: tokens(chars, 4, truncate: true)
            }
            """;
        var code = GeneratorHarness.Run(("Test.mlmodel", declaration)).Sources.Single().Text;
        Assert.Contains("public string Text { get; init; }", code);
        Assert.Contains("public static global::ModelDsl.Runtime.Text.TokenField TextTokens { get; } = new(\"text\", global::ModelDsl.Runtime.Text.TokenizerKind.Chars, 8, truncate: false);", code);
        const string probe = """
            namespace Probe
            {
                public static class P
                {
                    public static string Run(string csv)
                    {
                        var rows = System.Linq.Enumerable.ToList(global::Test.Models.Name.ReadCsv(new System.IO.StringReader(csv), "names"));
                        var field = global::Test.Models.Name.TextTokens;
                        var tokenizer = field.Fit(System.Linq.Enumerable.Select(rows, r => r.Text));
                        var ids = new int[field.MaxLength];
                        var parts = new System.Collections.Generic.List<string>();
                        for (var i = 0; i < rows.Count; i++)
                        {
                            var n = field.Encode(tokenizer, rows[i].Text, ids, i);
                            parts.Add(string.Join(" ", System.Linq.Enumerable.Take(ids, n)) + "=" + tokenizer.Decode(System.MemoryExtensions.AsSpan(ids, 0, n)));
                        }
                        var note = global::Test.Models.Name.NoteTokens;
                        var noteIds = new int[note.MaxLength];
                        var cut = note.Encode(note.Fit(new[] { "abcdefg" }), "abcdefg", noteIds, 0);
                        try { field.Encode(tokenizer, "anné", ids, 7); }
                        catch (global::ModelDsl.Runtime.Models.TrainingDataException e) { parts.Add(e.Message); }
                        return string.Join("|", parts) + "|" + cut;
                    }
                }
            }
            """;
        var result = RunProbe(declaration, probe, "text,note\nanna,x\nbob,much too long\n");
        Assert.Equal("0 2 2 0=anna|1 3 1=bob|Row 7, column 'text': the character 'é' (U+00E9, at offset 3) is not in the tokenizer's vocabulary.|4", result);
        var tooLong = RunProbe(declaration, probe, "text,note\nanna,x\nbartholomew,y\n");
        Assert.Equal("threw|CsvDataException|names: line 3, column 'text': the value has 11 tokens; the field allows at most 8 (declare 'truncate: true' to cut longer values)", tooLong);
    }

    [Fact]
    public void Clamp_bounds_a_feature_forward_and_back_and_integers_round()
    {
        const string declaration = """
            schema Person {
                age: int
                income: double
                city: enum { paris, lyon, nice }
                member: bool
                score: double
            }
            model Score : regressor(Person -> score) {
                preprocess age: clamp(min: 18, max: 90)
                preprocess standardize
                algorithm ridge
            }
            """;
        const string probe = """
            namespace Probe
            {
                public static class P
                {
                    public static string Run(string unused)
                    {
                        var random = new System.Random(2);
                        var rows = new System.Collections.Generic.List<global::Test.Models.Person>();
                        for (var i = 0; i < 100; i++)
                            rows.Add(new global::Test.Models.Person { Age = 18 + random.Next(70), Income = random.NextDouble() * 1000, City = (global::Test.Models.PersonCity)random.Next(3), Member = random.Next(2) == 1, Score = random.NextDouble() });
                        var model = global::Test.Models.Score.Train(rows);
                        var f = new double[model.FeatureCount];
                        model.ToFeatures(new global::Test.Models.Person { Age = 150, Income = 10, City = global::Test.Models.PersonCity.Nice, Member = true }, f);
                        var clamped = model.FromFeatures(f);
                        // Argmax over the one-hot block: lyon has the largest value, and a tie goes to the first.
                        f[3] = 0.2; f[4] = 0.7; f[5] = 0.6;
                        var argmax = model.FromFeatures(f).City;
                        f[3] = 0.5; f[4] = 0.5; f[5] = 0.1;
                        var tie = model.FromFeatures(f).City;
                        // Far below the bound in standardized units, and a fraction: clamped, then rounded.
                        f[0] = -1000;
                        var low = model.FromFeatures(f).Age;
                        return clamped.Age + "|" + System.Math.Round(clamped.Income, 9) + "|" + clamped.City + "|" + clamped.Member + "|" + argmax + "|" + tie + "|" + low;
                    }
                }
            }
            """;
        Assert.Equal("90|10|Nice|True|Lyon|Paris|18", RunProbe(declaration, probe, ""));

        var bad = declaration.Replace("clamp(min: 18, max: 90)", "clamp(min: 90, max: 18)");
        var d = GeneratorHarness.SingleDiagnostic(bad, "MDSL0165");
        Assert.Contains("'clamp' needs min ≤ max, but min is 90 and max is 18", d.GetMessage());
        var onEnum = declaration.Replace("preprocess age: clamp", "preprocess city: clamp");
        Assert.Contains("'clamp' applies to numeric features, but 'city' is enum", GeneratorHarness.SingleDiagnostic(onEnum, "MDSL0189").GetMessage());
    }
}
