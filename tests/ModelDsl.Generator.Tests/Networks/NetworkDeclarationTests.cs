using System;
using System.IO;
using System.Linq;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Networks;

/// <summary>
/// Build-time checks of <c>network { }</c>, <c>input</c> and <c>train { }</c>: shape inference through every
/// layer, the output against the label, the loss against the task, and did-you-mean for names.
/// </summary>
public sealed class NetworkDeclarationTests
{
    private const string Digits = """
        schema Bitmap {
            p0: float p1: float p2: float p3: float p4: float p5: float p6: float p7: float
            p8: float p9: float p10: float p11: float p12: float p13: float p14: float p15: float
            digit: int
        }
        """;

    private static string DigitModel(string body, string head = "classifier(Bitmap -> digit in 0..9)") =>
        Digits + $$"""

        model Net : {{head}} {
            {{body}}
        }
        """;

    [Fact]
    public void MDSL0134_a_network_without_the_torch_runtime_is_left_out_with_a_located_error()
    {
        var source = DigitModel("network { dense(10) }");
        var run = GeneratorHarness.Run(new[] { ("Test.mlmodel", source) }, Array.Empty<string>(), withTorch: false);
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("MDSL0134", d.Id);
        Assert.Equal("Net", GeneratorHarness.SpanOf(source, d));
        Assert.Contains("does not reference ModelDsl.Runtime.Torch", d.GetMessage());
        // The schema is still generated, the network class is not, and what is generated compiles.
        Assert.Contains("record struct Bitmap", run.Sources.Single().Text);
        Assert.DoesNotContain("class Net", run.Sources.Single().Text);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_valid_network_generates_a_module_that_compiles_without_warnings()
    {
        var source = DigitModel("""
            input p0..p15 as [1, 4, 4]
            network {
                conv2d(4, kernel: 3, padding: 1) relu
                maxpool(2)
                flatten
                block { dense(8) relu } x 2
                residual { dense(8) tanh }
                dense(10)
            }
            train { epochs 2 batch 8 validation 0.2 early_stopping(patience: 1) schedule step(every: 1, gamma: 0.5) }
            """);
        var run = GeneratorHarness.Run(("Test.mlmodel", source));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var code = run.Sources.Single().Text;
        // One field per layer, named after it, in forward order; blocks expanded; the residual adds its input back.
        var fields = new[] { "conv2d1", "relu1", "maxpool1", "flatten1", "dense1", "relu2", "dense2", "relu3", "dense3", "tanh1", "dense4" };
        var positions = fields.Select(f => code.IndexOf("> " + f + ";", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Contains("RegisterComponents();", code);
        Assert.Contains("var x = input.reshape(-1, 1, 4, 4);", code);
        Assert.Contains("var residual1 = x;", code);
        Assert.Contains("x = x.add(residual1, s_one);", code);
    }

    [Fact]
    public void The_input_shape_must_hold_exactly_the_features()
    {
        var source = DigitModel("input p0..p15 as [1, 3, 5]\nnetwork { flatten dense(10) }");
        var d = GeneratorHarness.SingleDiagnostic(source, "MDSL0150");
        Assert.Equal("[1, 3, 5]", GeneratorHarness.SpanOf(source, d));
        Assert.Contains("holds 15 values, but the features give 16", d.GetMessage());
    }

    [Fact]
    public void A_mismatch_is_reported_on_the_layer_that_breaks_it_with_both_shapes()
    {
        var source = DigitModel("input p0..p15 as [1, 4, 4]\nnetwork {\n conv2d(4, kernel: 3)\n maxpool(2)\n conv2d(4, kernel: 3)\n flatten dense(10) }");
        var d = GeneratorHarness.SingleDiagnostic(source, "MDSL0130");
        Assert.Equal("conv2d(4, kernel: 3)", GeneratorHarness.SpanOf(source, d));
        Assert.Equal(6, d.Location.GetLineSpan().StartLinePosition.Line - Digits.Count(c => c == '\n'));
        Assert.Contains("does not fit the input [4, 1, 1]", d.GetMessage());
    }

    [Fact]
    public void A_residual_block_must_keep_its_shape()
    {
        var source = DigitModel("network { dense(8) residual { dense(4) } dense(10) }");
        var d = GeneratorHarness.SingleDiagnostic(source, "MDSL0130");
        Assert.Equal("residual", GeneratorHarness.SpanOf(source, d));
        Assert.Contains("turns [8] into [4]", d.GetMessage());
    }

    [Fact]
    public void Forgetting_flatten_is_explained_at_the_last_layer()
    {
        var source = DigitModel("input p0..p15 as [1, 4, 4]\nnetwork { conv2d(2, kernel: 1) dense(10) }");
        var d = GeneratorHarness.SingleDiagnostic(source, "MDSL0131");
        Assert.Contains("ends in [2, 4, 10]", d.GetMessage());
        Assert.Contains("add 'flatten'", d.GetMessage());
    }

    [Fact]
    public void A_regressor_ends_in_one_value_and_uses_a_regression_loss()
    {
        var head = "regressor(Bitmap -> digit)";
        Assert.Contains("must end in [1]", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(2) }", head), "MDSL0131").GetMessage());
        Assert.Contains("use mse, mae or huber", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(1) }\ntrain { loss cross_entropy }", head), "MDSL0132").GetMessage());
    }

    [Fact]
    public void Binary_cross_entropy_needs_two_classes_and_one_output()
    {
        Assert.Contains("for two classes", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { loss binary_cross_entropy }"), "MDSL0153").GetMessage());
        var two = DigitModel("network { dense(2) }\ntrain { loss binary_cross_entropy }", "classifier(Bitmap -> digit in 0..1)");
        Assert.Contains("must end in [1]", GeneratorHarness.SingleDiagnostic(two, "MDSL0131").GetMessage());
    }

    [Fact]
    public void Unknown_layers_settings_and_parameters_get_suggestions()
    {
        var layer = DigitModel("network { dense(10) relu drop_out(0.1) }");
        var d = GeneratorHarness.SingleDiagnostic(layer, "MDSL0120");
        Assert.Equal("drop_out", GeneratorHarness.SpanOf(layer, d));
        Assert.Contains("did you mean 'dropout'", d.GetMessage());

        var setting = DigitModel("network { dense(10) }\ntrain { epoch 3 }");
        Assert.Contains("did you mean 'epochs'", GeneratorHarness.SingleDiagnostic(setting, "MDSL0120").GetMessage());

        var parameter = DigitModel("network { conv1d(4, kernal: 3) }");
        Assert.Contains("did you mean 'kernel'", GeneratorHarness.SingleDiagnostic(parameter, "MDSL0122").GetMessage());

        var optimizer = DigitModel("network { dense(10) }\ntrain { optimizer adma(lr: 0.1) }");
        Assert.Contains("did you mean 'adam'", GeneratorHarness.SingleDiagnostic(optimizer, "MDSL0123").GetMessage());
    }

    [Fact]
    public void Settings_are_range_checked()
    {
        Assert.Contains("a whole number from 1", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { epochs 0 }"), "MDSL0123").GetMessage());
        Assert.Contains("'p' of 'dropout' must be", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) dropout(1.5) }"), "MDSL0123").GetMessage());
        Assert.Contains("\"cuda:N\"", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { device gpu }"), "MDSL0123").GetMessage());
        Assert.Contains("add 'validation 0.1'", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { early_stopping(patience: 3) }"), "MDSL0157").GetMessage());
        Assert.Contains("'momentum' is a parameter of sgd", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { optimizer adam(momentum: 0.9) }"), "MDSL0154").GetMessage());
    }

    [Fact]
    public void A_run_log_is_declared_in_train_and_becomes_the_specs_log()
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", DigitModel("network { dense(10) }\ntrain { epochs 2 log tensorboard \"runs/\" log csv \"runs/\" }")));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("{ Log = new global::ModelDsl.Runtime.RunLogs.RunLogOptions(\"runs/\", global::ModelDsl.Runtime.RunLogs.RunLogFormats.TensorBoard | global::ModelDsl.Runtime.RunLogs.RunLogFormats.Csv) { EveryBatches = 50 } }", run.Sources.Single().Text);

        var every = GeneratorHarness.Run(("Test.mlmodel", DigitModel("network { dense(10) }\ntrain { log csv \"out\" (every: 0) }")));
        Assert.Empty(every.Diagnostics);
        Assert.Contains("RunLogFormats.Csv) { EveryBatches = 0 }", every.Sources.Single().Text);
        // without a log setting the spec has none (and the generated code is as before)
        Assert.DoesNotContain("RunLogOptions", GeneratorHarness.Run(("Test.mlmodel", DigitModel("network { dense(10) }\ntrain { epochs 2 }"))).Sources.Single().Text);
    }

    [Fact]
    public void A_wrong_run_log_is_a_located_error()
    {
        var typo = GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { log tensorbord \"runs/\" }"), "MDSL0123");
        Assert.Contains("did you mean 'tensorboard'", typo.GetMessage());
        Assert.Contains("followed by the folder", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { log csv }"), "MDSL0123").GetMessage());
        Assert.EndsWith("but is empty", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { log csv \"\" }"), "MDSL0123").GetMessage());
        Assert.Contains("'log csv'", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { log csv \"a\" log csv \"a\" }"), "MDSL0105").GetMessage());
        Assert.Contains("in the folder of the first log", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { log csv \"a\" log tensorboard \"b\" }"), "MDSL0123").GetMessage());
        var extra = GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { epochs 3 \"x\" }"), "MDSL0167");
        Assert.Contains("'epochs' takes one value", extra.GetMessage());
        Assert.Contains("every", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }\ntrain { log csv \"a\" (evry: 3) }"), "MDSL0122").GetMessage());
    }

    [Fact]
    public void Network_clauses_do_not_mix_with_classical_ones()
    {
        Assert.Contains("remove 'algorithm'", GeneratorHarness.SingleDiagnostic(DigitModel("algorithm lda\nnetwork { dense(10) }"), "MDSL0193").GetMessage());
        Assert.Contains("belongs to a network", GeneratorHarness.SingleDiagnostic(DigitModel("algorithm lda\ntrain { epochs 3 }"), "MDSL0194").GetMessage());
        Assert.Contains("a clusterer has no label to learn from", GeneratorHarness.SingleDiagnostic(DigitModel("network { dense(10) }", "clusterer(Bitmap)"), "MDSL0158").GetMessage());
    }

    [Fact]
    public void An_integer_label_names_its_classes_as_a_range()
    {
        var reversed = DigitModel("algorithm lda", "classifier(Bitmap -> digit in 9..0)");
        Assert.Contains("'9..0' is not", GeneratorHarness.SingleDiagnostic(reversed, "MDSL0184").GetMessage());
        var noRange = DigitModel("algorithm lda", "classifier(Bitmap -> digit)");
        Assert.Contains("'-> digit in 0..9'", GeneratorHarness.SingleDiagnostic(noRange, "MDSL0125").GetMessage());
        Assert.Empty(GeneratorHarness.DiagnosticsOf(DigitModel("algorithm lda", "classifier(Bitmap -> digit in 0..9)")));
    }

    [Fact]
    public void Enum_features_count_one_hot_in_the_input_size()
    {
        var source = """
            schema S { a: float  b: enum { x, y, z }  t: float }
            model M : regressor(S -> t) {
                input as [2, 2]
                network { flatten dense(1) }
            }
            """;
        Assert.Empty(GeneratorHarness.DiagnosticsOf(source));
        var wrong = source.Replace("[2, 2]", "[2]");
        Assert.Contains("the features give 4", GeneratorHarness.SingleDiagnostic(wrong, "MDSL0150").GetMessage());
    }

    [Fact]
    public void The_network_samples_declare_valid_networks()
    {
        var dir = Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "NeuralNetworks");
        var files = Directory.GetFiles(dir, "*.mlmodel").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        Assert.Equal(4, files.Length); // DigitsCnn, IrisMlp, DiabetesMlp, DiabetesConditioned (two inputs)
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
