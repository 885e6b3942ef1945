using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Networks;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Networks;

/// <summary>
/// Build-time checks of the layers conv_transpose2d, upsample and reshape and of the network graph (named tensors,
/// add, concat, sub-networks): inferred shapes, located errors naming both shapes, and code that compiles.
/// </summary>
public sealed class LayerDeclarationTests
{
    private const string Digits = """
        schema Bitmap {
            p0: float p1: float p2: float p3: float p4: float p5: float p6: float p7: float
            p8: float p9: float p10: float p11: float p12: float p13: float p14: float p15: float
            digit: int
        }
        """;

    private static string Model(string network, string input = "input p0..p15 as [1, 4, 4]") => Digits + $$"""

        model Net : classifier(Bitmap -> digit in 0..9) {
            {{input}}
            network {
                {{network}}
            }
        }
        """;

    private static string Code(string source)
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", source));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        return run.Sources.Single().Text;
    }

    [Fact]
    public void The_new_layers_infer_their_shapes_with_PyTorch_names_and_defaults()
    {
        var code = Code(Model("""
            conv_transpose2d(2, kernel: 3, stride: 2, padding: 1, output_padding: 1)
            upsample(2)
            upsample(scale_factor: 0.5, mode: bilinear)
            reshape([-1, 16])
            flatten dense(10)
            """));
        // (4 − 1)·2 − 2·1 + 3 + 1 = 8; PyTorch's ConvTranspose2d(1, 2, 3, stride=2, padding=1, output_padding=1) on 4×4 gives 8×8.
        Assert.Contains("\"convTranspose2d1: conv_transpose2d(2, kernel 3, stride 2, padding 1, output_padding 1) -> [2, 8, 8]\"", code);
        Assert.Contains("\"upsample1: upsample(2) -> [2, 16, 16]\"", code);
        Assert.Contains("\"upsample2: upsample(0.5, bilinear) -> [2, 8, 8]\"", code);
        Assert.Contains("\"reshape1: reshape([-1, 16]) -> [8, 16]\"", code);
        Assert.Contains("convTranspose2d1 = global::TorchSharp.torch.nn.ConvTranspose2d(1, 2, 3, stride: 2, padding: 1, output_padding: 1);", code);
        Assert.Contains("upsample1 = global::TorchSharp.torch.nn.Upsample(scale_factor: new double[] { 2d, 2d }, mode: global::TorchSharp.torch.UpsampleMode.Nearest);", code);
        Assert.Contains("reshape1 = global::TorchSharp.torch.nn.Sequential(global::TorchSharp.torch.nn.Flatten(), global::TorchSharp.torch.nn.Unflatten(1, new long[] { 8, 16 }));", code);
    }

    [Theory]
    [InlineData("conv_transpose2d(2, kernel: 3)", "input p0..p15", "expects [channels, height, width], but gets [16]; reshape it first")]
    [InlineData("conv_transpose2d(2, kernel: 3, stride: 2, output_padding: 2)", null, "output_padding smaller than stride")]
    [InlineData("conv_transpose2d(2, kernel: 1, padding: 2)", null, "leaves nothing of the input [1, 4, 4]: dimension 1 would be 0")]
    [InlineData("upsample(2, mode: linear)", null, "'upsample' in mode linear does not fit the input [1, 4, 4]")]
    [InlineData("upsample(2)", "input p0..p15", "expects [channels, length] or [channels, height, width], but gets [16]")]
    [InlineData("upsample(0.1)", null, "leaves nothing of the input [1, 4, 4]")]
    [InlineData("reshape([3, 5])", null, "'reshape' to [3, 5] needs 15 values, but the input [1, 4, 4] holds 16")]
    [InlineData("reshape([-1, 3])", null, "16 values are not a multiple of 3")]
    [InlineData("reshape([-1, -1])", null, "can infer one dimension, but [-1, -1] has 2")]
    public void A_layer_that_does_not_fit_is_reported_on_its_line_with_both_shapes(string layer, string? input, string message)
    {
        var source = Model(layer + "\n        flatten dense(10)", input ?? "input p0..p15 as [1, 4, 4]");
        var d = GeneratorHarness.SingleDiagnostic(source, "MDSL0130");
        Assert.Equal(layer, GeneratorHarness.SpanOf(source, d));
        Assert.Equal(source.Split('\n').ToList().FindIndex(l => l.Contains(layer, StringComparison.Ordinal)), d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(message, d.GetMessage());
    }

    [Fact]
    public void Bad_values_are_range_checked_where_they_are_written()
    {
        var zero = Model("reshape([0, 16]) flatten dense(10)");
        var d = GeneratorHarness.SingleDiagnostic(zero, "MDSL0123");
        Assert.Equal("[0, 16]", GeneratorHarness.SpanOf(zero, d));
        Assert.Contains("a shape like [32, 14, 14]", d.GetMessage());
        Assert.Contains("must be a number > 0", GeneratorHarness.SingleDiagnostic(Model("upsample(0) flatten dense(10)"), "MDSL0123").GetMessage());
        Assert.Contains("did you mean 'bilinear'", GeneratorHarness.SingleDiagnostic(Model("upsample(2, mode: bilinea) flatten dense(10)"), "MDSL0123").GetMessage());
        Assert.Contains("'reshape' needs 'shape'", GeneratorHarness.SingleDiagnostic(Model("reshape flatten dense(10)"), "MDSL0124").GetMessage());
    }

    [Fact]
    public void Named_tensors_are_kept_with_as_and_read_by_add_and_concat()
    {
        var code = Code(Model("""
            conv2d(4, kernel: 3, padding: 1) as skip
            relu conv2d(4, kernel: 1)
            add(skip)
            concat(skip)
            flatten dense(10)
            """));
        Assert.Contains("var skipTensor = x;", code);
        Assert.Contains("x = x.add(skipTensor, s_one);", code);
        Assert.Contains("x = global::TorchSharp.torch.cat(new[] { x, skipTensor }, 1);", code);
        Assert.Contains("\"concat1: concat(skip) -> [8, 4, 4]\"", code);
    }

    [Fact]
    public void A_merge_of_tensors_that_do_not_agree_names_both_shapes()
    {
        var add = Model("as image conv2d(2, kernel: 1) add(image) flatten dense(10)");
        var d = GeneratorHarness.SingleDiagnostic(add, "MDSL0130");
        Assert.Equal("add(image)", GeneratorHarness.SpanOf(add, d));
        Assert.Contains("'image' is [1, 4, 4] and the running tensor [2, 4, 4]", d.GetMessage());

        var concat = Model("as image maxpool(2) concat(image) flatten dense(10)");
        Assert.Contains("agree in every other dimension, but the running tensor is [1, 2, 2] and 'image' is [1, 4, 4]",
            GeneratorHarness.SingleDiagnostic(concat, "MDSL0130").GetMessage());
        Assert.Contains("does not fit the running tensor [1, 4, 4], which has 3 dimensions",
            GeneratorHarness.SingleDiagnostic(Model("as image concat(image, dim: 3) flatten dense(10)"), "MDSL0130").GetMessage());
    }

    [Fact]
    public void MDSL0135_an_unknown_tensor_is_located_with_a_suggestion()
    {
        var typo = Model("conv2d(2, kernel: 1) as skip add(skp) flatten dense(10)");
        var d = GeneratorHarness.SingleDiagnostic(typo, "MDSL0135");
        Assert.Equal("skp", GeneratorHarness.SpanOf(typo, d));
        Assert.Contains("did you mean 'skip'", d.GetMessage());

        var none = Model("add(skip) flatten dense(10)");
        Assert.Contains("keep one first with 'as name'", GeneratorHarness.SingleDiagnostic(none, "MDSL0135").GetMessage());

        // A sub-network sees only its own tensors.
        var outside = Model("as image encoder { conv2d(1, kernel: 1) add(image) } flatten dense(10)");
        Assert.Contains("kept outside 'encoder'", GeneratorHarness.SingleDiagnostic(outside, "MDSL0135").GetMessage());
    }

    [Fact]
    public void Sub_networks_become_nested_modules_in_forward_order()
    {
        var code = Code(Model("""
            encoder { conv2d(4, kernel: 3, padding: 1) relu maxpool(2) }
            decoder { upsample(2) conv_transpose2d(1, kernel: 1) }
            flatten dense(10)
            """));
        Assert.Contains("private readonly EncoderModule encoder;", code);
        Assert.Contains("encoder = new EncoderModule();", code);
        Assert.Contains("public EncoderModule Encoder => encoder;", code);
        Assert.Contains("public sealed class DecoderModule : global::TorchSharp.torch.nn.Module<", code);
        Assert.True(code.IndexOf("encoder = new EncoderModule();", StringComparison.Ordinal) < code.IndexOf("decoder = new DecoderModule();", StringComparison.Ordinal));
        Assert.Contains("\"encoder.conv2d1: conv2d(4, kernel 3, padding 1) -> [4, 4, 4]\"", code);
        Assert.Contains("\"decoder: sub-network -> [1, 4, 4]\"", code);
    }

    [Fact]
    public void Sub_network_names_are_checked()
    {
        var layer = Model("dense { relu } flatten dense(10)");
        var d = GeneratorHarness.SingleDiagnostic(layer, "MDSL0136");
        Assert.Equal("dense", GeneratorHarness.SpanOf(layer, d));
        Assert.Contains("is a layer; a sub-network needs another name", d.GetMessage());
        Assert.Contains("already declared", GeneratorHarness.SingleDiagnostic(Model("part { relu } part { relu } flatten dense(10)"), "MDSL0105").GetMessage());
        Assert.Contains("a member of TorchSharp's Module", GeneratorHarness.SingleDiagnostic(Model("eval { relu } flatten dense(10)"), "MDSL0136").GetMessage());
        Assert.Contains("declares nothing", GeneratorHarness.SingleDiagnostic(Model("part { } flatten dense(10)"), "MDSL0112").GetMessage());
    }

    [Fact]
    public void Every_layer_has_a_unique_name_parameters_and_a_description()
    {
        Assert.Equal(LayerRegistry.All.Count, LayerRegistry.All.Select(l => l.Name).Distinct().Count());
        Assert.All(LayerRegistry.All, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
        Assert.All(LayerRegistry.All, l => Assert.Same(l, LayerRegistry.Find(l.Name)));
        Assert.Contains(LayerRegistry.All, l => l.Name == "conv_transpose2d");
    }

    [Fact]
    public void Every_layer_is_documented_and_highlighted_in_the_editor()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot, "docs", "language.md"));
        var grammar = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot, "editors", "vscode", "syntaxes", "mlmodel.tmLanguage.json"));
        var highlighted = System.Text.RegularExpressions.Regex.Match(grammar, @"support\.function\.layer\.mlmodel"",\s*""match"": ""\\\\b\(([^)]*)\)").Groups[1].Value.Split('|');
        foreach (var layer in LayerRegistry.All)
        {
            Assert.Contains("`" + layer.Name, docs);
            Assert.Contains(layer.Name, highlighted);
        }
    }
}
