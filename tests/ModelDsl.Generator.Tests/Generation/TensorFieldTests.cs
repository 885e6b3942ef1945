using System;
using System.IO;
using System.Linq;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// Tensor-valued schema fields (<c>pixels: float[4, 4]</c>): their checks, the generated record and CSV reader, and
/// their use as a network input (keeping the declared shape) or as the features of a classical model.
/// </summary>
public sealed class TensorFieldTests
{
    private const string Schema = """
        schema Bitmap {
            pixels: float[1, 4, 4]
            digit: int
        }
        """;

    [Fact]
    public void A_tensor_field_is_an_array_property_with_its_shape_documented()
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", Schema));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var code = run.Sources.Single().Text;
        Assert.Contains("public float[] Pixels { get; init; }", code);
        Assert.Contains("16 values of shape [1, 4, 4]", code);
        Assert.Contains("csv.RequireTensorColumns(\"pixels\", 16)", code);
    }

    [Theory]
    [InlineData("pixels: bool[4]", "MDSL0170", "bool[4]", "holds numbers")]
    [InlineData("pixels: string[2, 2]", "MDSL0170", "string[2, 2]", "holds numbers")]
    [InlineData("pixels: float[0]", "MDSL0123", "0", "a whole number from 1 to")]
    [InlineData("pixels: float[4, 2.5]", "MDSL0123", "2.5", "a whole number from 1 to")]
    [InlineData("pixels: float[2048, 2048]", "MDSL0171", "float[2048, 2048]", "4,194,304 values")]
    public void An_invalid_tensor_type_is_a_located_error(string field, string id, string span, string message)
    {
        var source = $"schema S {{\n    {field}\n    y: int\n}}";
        var d = GeneratorHarness.SingleDiagnostic(source, id);
        Assert.Equal(span, GeneratorHarness.SpanOf(source, d));
        Assert.Contains(message, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_tensor_field_in_a_rule_condition_is_a_type_error()
    {
        var source = Schema + """

            enum Size { small, large }
            rules Sizer(Bitmap) -> Size {
                rule big when pixels > 3 => large
                otherwise small
            }
            """;
        var d = GeneratorHarness.SingleDiagnostic(source, "MDSL0116");
        Assert.Equal("pixels", GeneratorHarness.SpanOf(source, d));
        Assert.Contains("tensor fields feed models, not rule conditions", d.GetMessage());
    }

    [Fact]
    public void A_network_input_keeps_the_declared_shape_or_checks_a_reshape()
    {
        var valid = Schema + """

            model Net : classifier(Bitmap -> digit in 0..9) {
                input pixels
                network { conv2d(4, kernel: 3, padding: 1) relu maxpool(2) flatten dense(10) }
            }
            """;
        var run = GeneratorHarness.Run(("Test.mlmodel", valid));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var code = run.Sources.Single().Text;
        Assert.Contains("var x = input.reshape(-1, 1, 4, 4);", code);
        Assert.Contains("TensorFields.Copy(row.Pixels, numeric.Slice(0, 16), \"pixels\");", code);
        Assert.Contains("FeatureSpec.Elements(\"pixels\", 16,", code);

        var reshaped = valid.Replace("input pixels", "input pixels as [16]").Replace("conv2d(4, kernel: 3, padding: 1) relu maxpool(2) flatten ", "");
        Assert.Empty(GeneratorHarness.Run(("Test.mlmodel", reshaped)).Diagnostics);

        var wrong = valid.Replace("input pixels", "input pixels as [1, 5, 5]");
        var d = GeneratorHarness.SingleDiagnostic(wrong, "MDSL0150");
        Assert.Equal("[1, 5, 5]", GeneratorHarness.SpanOf(wrong, d));
        Assert.Contains("holds 25 values, but the features give 16", d.GetMessage());
    }

    [Fact]
    public void A_tensor_field_trains_a_classical_model_from_csv_in_either_layout_and_bad_cells_name_row_and_column()
    {
        const string declaration = """
            schema Glyph {
                pixels: double[2, 2]
                label: int
            }

            model Bright : classifier(Glyph -> label in 0..1) {
                algorithm logistic_regression
            }
            """;
        // Label 1 when the pixels' sum is large; two layouts of the same data.
        var random = new Random(3);
        var rows = Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, 4).Select(_ => random.NextDouble()).ToArray()).ToList();
        string Label(double[] p) => p.Sum() > 2 ? "1" : "0";
        var oneCell = "pixels,label\n" + string.Join("\n", rows.Select(p => string.Join(' ', p.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "," + Label(p)));
        var columns = "label,pixels[0],pixels[1],pixels[2],pixels[3]\n" + string.Join("\n", rows.Select(p => Label(p) + "," + string.Join(',', p.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));
        var probe = """
            namespace Probe
            {
                public static class P
                {
                    public static string Run(string csv)
                    {
                        try
                        {
                            var rows = System.Linq.Enumerable.ToList(global::Test.Models.Glyph.ReadCsv(new System.IO.StringReader(csv), "glyphs"));
                            var model = global::Test.Models.Bright.Train(rows);
                            var dark = model.Predict(new global::Test.Models.Glyph { Pixels = new double[] { 0.1, 0.1, 0.2, 0.1 } });
                            var bright = model.Predict(new global::Test.Models.Glyph { Pixels = new double[] { 0.9, 0.9, 0.8, 0.9 } });
                            string shortRow;
                            try { model.Predict(new global::Test.Models.Glyph { Pixels = new double[3] }); shortRow = "no error"; }
                            catch (System.ArgumentException e) { shortRow = e.Message; }
                            return model.Evaluate(rows).Accuracy.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + dark.Label + "|" + bright.Label + "|" + shortRow;
                        }
                        catch (global::ModelDsl.Runtime.Data.CsvDataException e)
                        {
                            return "csv|" + e.Message;
                        }
                    }
                }
            }
            """;
        var run = GeneratorHarness.Run(new[] { ("Glyph.mlmodel", declaration) }, new[] { probe });
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        using var stream = new MemoryStream();
        Assert.True(run.OutputCompilation.Emit(stream).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("tensor", isCollectible: true);
        try
        {
            stream.Position = 0;
            var method = context.LoadFromStream(stream).GetType("Probe.P")!.GetMethod("Run")!;
            string Run(string csv) => (string)method.Invoke(null, new object[] { csv })!;
            foreach (var csv in new[] { oneCell, columns })
            {
                var parts = Run(csv).Split('|');
                Assert.True(double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) >= 0.95, parts[0]);
                Assert.Equal(new[] { "0", "1" }, parts[1..3]);
                Assert.Equal("Field 'pixels' has 3 values; its declared shape holds 4. (Parameter 'pixels')", parts[3]);
            }
            // A cell with three values, and a bad number: the error names the line and the column.
            var shortCell = Run(oneCell.Replace("\n" + oneCell.Split('\n')[3] + "\n", "\n0.5 0.5 0.5,1\n"));
            Assert.StartsWith("csv|", shortCell);
            Assert.Contains("line 4", shortCell);
            Assert.Contains("'pixels'", shortCell);
            Assert.Contains("holds 3 values; the field declares 4", shortCell);
            var badNumber = Run(columns.Replace("\n" + columns.Split('\n')[2] + "\n", "\n1,0.5,x,0.5,0.5\n"));
            Assert.Contains("line 3", badNumber);
            Assert.Contains("value 1 ('x') is not a finite number", badNumber);
            var missing = Run("label,pixels[0],pixels[1]\n1,0.5,0.5\n");
            Assert.Contains("has columns 'pixels[0]' … 'pixels[1]' but not 'pixels[2]'", missing);
        }
        finally
        {
            context.Unload();
        }
    }
}
