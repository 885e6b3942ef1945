using System;
using System.IO;
using System.Linq;
using ModelDsl.Cli;
using ModelDsl.Plots;
using ModelDsl.Runtime.Torch;
using ModelDsl.Tests.Infrastructure;
using ModelDsl.Tests.Networks.Shapes;
using Samples.Networks;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace ModelDsl.Tests.Networks;

/// <summary>
/// Networks with more than one input (docs/language.md, "Networks of several inputs"): the syntax and its located errors,
/// the generated module whose forward takes every input, and training end to end with a second input fed from the schema.
/// </summary>
public sealed class MultiInputDeclarationTests
{
    private const string Iris = """
        schema Flower {
            sepal_length: float
            sepal_width: float
            petal_length: float
            petal_width: float
            species: enum { setosa, versicolor, virginica }
        }
        """;

    private static string Model(string network, string clauses = "") => Iris + $$"""

        model Net : classifier(Flower -> species) {
            {{clauses}}
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
    public void A_second_input_takes_its_fields_columns_and_the_module_forward_takes_both()
    {
        var code = Code(Model("""
            input sepal from sepal_length, sepal_width
            dense(8) relu as petal
            branch(sepal) { dense(4) relu }
            concat(petal)
            dense(3)
            """));
        Assert.Contains("public sealed class Module : global::TorchSharp.torch.nn.Module<global::TorchSharp.torch.Tensor, global::TorchSharp.torch.Tensor, global::TorchSharp.torch.Tensor>", code);
        Assert.Contains("public override global::TorchSharp.torch.Tensor forward(global::TorchSharp.torch.Tensor input, global::TorchSharp.torch.Tensor sepalTensor)", code);
        Assert.Contains("x = branch.forward(sepalTensor);", code);
        Assert.Contains("NetworkModule.Of(new Module(), \"features\", \"sepal\")", code);
        // The schema's order puts the sepal fields first: columns 0 and 1; the main input keeps the petals' 2 and 3.
        Assert.Contains("new global::ModelDsl.Runtime.Torch.NetworkInput(\"features\", new long[] { 2 }, new int[] { 2, 3 }),", code);
        Assert.Contains("new global::ModelDsl.Runtime.Torch.NetworkInput(\"sepal\", new long[] { 2 }, new int[] { 0, 1 }),", code);
        Assert.Contains("\"sepal: input [2] from sepal_length, sepal_width\",", code);
        Assert.Contains("\"branch(sepal): sub-network -> [4]\",", code);
        Assert.Contains("\"concat1: concat(petal) -> [12]\",", code);
    }

    [Fact]
    public void Shapes_of_every_input_are_inferred_and_a_named_input_can_be_reshaped()
    {
        // A field that 'features' leaves out joins the model when an input reads it; 'as' gives the input a shape.
        var code = Code(Model("""
            input widths from sepal_width, petal_width as [2, 1]
            dense(4) as h
            mix(widths, h) { flatten concat(h) dense(3) }
            """, "features sepal_length, petal_length"));
        Assert.Contains("widthsTensor = widthsTensor.reshape(-1, 2, 1);", code);
        Assert.Contains("x = mix.forward(widthsTensor, hTensor);", code);
        Assert.Contains("public override global::TorchSharp.torch.Tensor forward(global::TorchSharp.torch.Tensor widthsTensor, global::TorchSharp.torch.Tensor hTensor)", code);
        Assert.Contains("\"mix.concat1: concat(h) -> [6]\",", code);
        // features sepal_length, petal_length, then the input's sepal_width, petal_width: columns 0, 1 and 2, 3.
        Assert.Contains("NetworkInput(\"features\", new long[] { 2 }, new int[] { 0, 1 })", code);
        Assert.Contains("NetworkInput(\"widths\", new long[] { 2, 1 }, new int[] { 2, 3 })", code);
    }

    [Fact]
    public void Unknown_names_are_located_errors()
    {
        var field = Model("input w from sepal_widht\ndense(3)");
        var d = GeneratorHarness.SingleDiagnostic(field, "MDSL0101");
        Assert.Equal("sepal_widht", GeneratorHarness.SpanOf(field, d));
        Assert.Contains("did you mean 'sepal_width'", d.GetMessage());

        var tensor = Model("input widths from sepal_width\ndense(4) concat(widht) dense(3)");
        d = GeneratorHarness.SingleDiagnostic(tensor, "MDSL0135");
        Assert.Equal("widht", GeneratorHarness.SpanOf(tensor, d));
        Assert.Contains("is not a network input or a tensor kept with 'as'", d.GetMessage());

        var sub = Model("input widths from sepal_width\nbranch(widths, nope) { dense(3) }");
        d = GeneratorHarness.SingleDiagnostic(sub, "MDSL0135");
        Assert.Equal("nope", GeneratorHarness.SpanOf(sub, d));
        Assert.Contains("known here: widths", d.GetMessage());

        // A sub-network sees the inputs it declares, not the network's.
        var unseen = Model("input widths from sepal_width\nbranch { dense(4) concat(widths) } dense(3)");
        Assert.Contains("kept outside 'branch'", GeneratorHarness.SingleDiagnostic(unseen, "MDSL0135").GetMessage());
    }

    [Fact]
    public void Mismatched_shapes_name_both_shapes_on_the_layer()
    {
        var concat = Model("input widths from sepal_width, petal_width as [1, 2]\ndense(4) concat(widths) dense(3)");
        var d = GeneratorHarness.SingleDiagnostic(concat, "MDSL0130");
        Assert.Equal("concat(widths)", GeneratorHarness.SpanOf(concat, d));
        Assert.Contains("the running tensor is [4] and 'widths' is [1, 2]", d.GetMessage());

        var add = Model("input widths from sepal_width\nadd(widths) dense(3)");
        d = GeneratorHarness.SingleDiagnostic(add, "MDSL0130");
        Assert.Contains("'widths' is [1] and the running tensor [3]", d.GetMessage());

        var size = Model("input widths from sepal_width, petal_width as [3]\ndense(3)");
        d = GeneratorHarness.SingleDiagnostic(size, "MDSL0150");
        Assert.Equal("[3]", GeneratorHarness.SpanOf(size, d));
        Assert.Contains("holds 3 values, but the features give 2", d.GetMessage());

        // The model-level 'input … as' shapes the main input alone: 4 features less the 2 of the named input.
        var main = Model("input widths from sepal_width, petal_width\ndense(3)", "input as [4]");
        Assert.Contains("holds 4 values, but the features give 2", GeneratorHarness.SingleDiagnostic(main, "MDSL0150").GetMessage());

        var all = Model("input everything from sepal_length..petal_width\ndense(3)");
        GeneratorHarness.SingleDiagnostic(all, "MDSL0186"); // sepal_length..petal_width is no range
        var none = Model("input everything from sepal_length, sepal_width, petal_length, petal_width\ndense(3)");
        Assert.Contains("the network's main input has none", GeneratorHarness.SingleDiagnostic(none, "MDSL0130").GetMessage());
    }

    [Fact]
    public void Inputs_are_checked_against_the_label_each_other_and_the_batch()
    {
        var label = Model("input s from species\ndense(3)");
        var d = GeneratorHarness.SingleDiagnostic(label, "MDSL0185");
        Assert.Equal("species", GeneratorHarness.SpanOf(label, d));

        var twice = Model("input a from sepal_width\ninput b from sepal_width\ndense(3)");
        d = GeneratorHarness.SingleDiagnostic(twice, "MDSL0105");
        Assert.Equal("sepal_width", GeneratorHarness.SpanOf(twice, d)[..11]);
        Assert.Contains("as a source of the network input 'a'", d.GetMessage());

        var sameName = Model("input a from sepal_width\ninput a from petal_width\ndense(3)");
        d = GeneratorHarness.SingleDiagnostic(sameName, "MDSL0105");
        Assert.Contains("Network input 'a' is already declared", d.GetMessage());

        var reserved = Model("input target from sepal_width\ndense(3)");
        Assert.Contains("the training target", GeneratorHarness.SingleDiagnostic(reserved, "MDSL0105").GetMessage());

        // TorchSharp's modules take six inputs at most: the seventh is reported where it is named.
        var many = Model(string.Join(" ", Enumerable.Range(1, 7).Select(i => $"as a{i}")) + $"\nnet({string.Join(", ", Enumerable.Range(1, 7).Select(i => $"a{i}"))}) {{ dense(3) }}");
        d = GeneratorHarness.SingleDiagnostic(many, "MDSL0152");
        Assert.Equal("a7", GeneratorHarness.SpanOf(many, d));
        Assert.Contains("at most 6 inputs", d.GetMessage());

        var sub = Model("as a\nnet(a, a) { dense(3) }");
        d = GeneratorHarness.SingleDiagnostic(sub, "MDSL0105");
        Assert.Contains("Input 'a' is already declared of the sub-network 'net'", d.GetMessage());
    }

    [Fact]
    public void A_shape_only_input_has_no_source_in_a_classifier_and_inputs_belong_at_the_top()
    {
        var timestep = Model("input t: [1]\ndense(3)");
        var d = GeneratorHarness.SingleDiagnostic(timestep, "MDSL0137");
        Assert.Equal("input t: [1]", GeneratorHarness.SpanOf(timestep, d));
        Assert.Contains("a classifier feeds its network from its rows", d.GetMessage());

        var nested = Model("encoder { input w from sepal_width dense(4) } dense(3)");
        d = GeneratorHarness.SingleDiagnostic(nested, "MDSL0138");
        Assert.Equal("input w from sepal_width", GeneratorHarness.SpanOf(nested, d));
        Assert.Contains("not in the sub-network 'encoder'", d.GetMessage());

        var syntax = Model("input t [1]\ndense(3)");
        Assert.Contains(GeneratorHarness.DiagnosticsOf(syntax), e => e.Id == "MDSL0001" && e.GetMessage().Contains("'from'"));
    }
}

/// <summary>The generated modules of multi-input networks, built and run with TorchSharp, and trained on real data.</summary>
[Collection(TorchCollection.Name)]
public sealed class MultiInputModuleTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static long Count(nn.Module module) => module.parameters().Sum(p => p.numel());

    private static string Data(string file) => Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "NeuralNetworks", "data", file);

    [Fact]
    public void A_three_input_module_gives_the_inferred_shapes_and_parameter_counts()
    {
        var path = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ModelDsl.Generator.Tests", "Networks", "LayerShapes.mlmodel");
        var bound = Outlines.Bind(new[] { (path, File.ReadAllText(path)) });
        Assert.Empty(bound.Diagnostics);
        var network = bound.Models.Single(m => m.DslName == "InputShapes").Network!;
        Assert.Equal(new[] { "t", "kind" }, network.Graph.Inputs.Select(i => i.Name));
        Assert.Equal(new[] { 16 }, network.Graph.Inputs[0].Columns.ToArray());
        Assert.Equal(new[] { 17, 18, 19 }, network.Graph.Inputs[1].Columns.ToArray());

        torch.manual_seed(1);
        using var module = new InputShapes.Module();
        using var scope = torch.NewDisposeScope();
        // Each input as the batch carries it: [batch, its columns].
        Assert.Equal(new long[] { 5, 1 }, module.forward(torch.rand(5, 16), torch.rand(5, 1), torch.rand(5, 3)).shape);
        Assert.Equal(Count(module), network.Graph.ParameterCount);
        // The sub-networks take their declared inputs in order, already shaped.
        Assert.Equal(new long[] { 5, 4 }, module.Time.forward(torch.rand(5, 1, 1)).shape);
        Assert.Equal(new long[] { 5, 39 }, module.Denoiser.forward(torch.rand(5, 1, 4, 4), torch.rand(5, 4), torch.rand(5, 3)).shape);
        var denoiser = network.Graph.Nodes.Single(n => n.Field == "denoiser");
        Assert.Equal(Count(module.Denoiser), denoiser.ParameterCount);
        Assert.Contains("denoiser.conv2d1.weight", module.state_dict().Keys);
        // The runtime's spec lists every input with its columns; the module reads them from the batch by name.
        Assert.Equal(new[] { "features", "t", "kind" }, InputShapes.Network.Inputs.Select(i => i.Name));
        Assert.Equal(20, InputShapes.Network.InputSize);

        // modeldsl plot's outline: each input is a tensor kept from the start, so the merges that read it draw their arrows.
        var outline = Outlines.Network(bound.Models.Single(m => m.DslName == "InputShapes"));
        Assert.Equal(network.Graph.ParameterCount, outline.Layers.Sum(l => l.Parameters));
        Assert.Contains(outline.Layers, l => l.Name == "t" && l.Role == NetworkLayerRole.Keep && l.OutputShape.SequenceEqual(new long[] { 1, 1 }));
        Assert.Contains(outline.Layers, l => l.Name == "denoiser.kind" && l.Role == NetworkLayerRole.Keep);
        Assert.Contains(outline.Layers, l => l.Reads == "denoiser.kind");
        Assert.NotNull(outline.Draw());
    }

    [Fact]
    public void Iris_with_interleaved_inputs_trains_to_90_percent_and_predicts_like_its_batches()
    {
        var rows = IrisFlower.ReadCsv(Data("iris.csv")).ToArray();
        using var model = IrisWidths.Train(rows);
        output.WriteLine($"IrisWidths: accuracy {model.TestReport!.Accuracy:F4} on {model.TestReport.Rows} held-out rows, {model.History.Epochs.Count} epochs");
        Assert.True(model.TestReport.Accuracy >= 0.90, $"accuracy {model.TestReport.Accuracy}");
        Assert.Equal(new[] { 0, 2 }, IrisWidths.Network.Inputs[0].Columns);
        Assert.Equal(new[] { 1, 3 }, IrisWidths.Network.Inputs[1].Columns);
        var batch = model.Predict(rows);
        for (var i = 0; i < rows.Length; i += 7)
        {
            var single = model.Predict(rows[i]);
            Assert.Equal(single.Species, batch[i].Species);
            Assert.Equal(single.Confidence, batch[i].Confidence, 5);
        }
        var p = model.Predict(sepalLength: 5.1f, sepalWidth: 3.5f, petalLength: 1.4f, petalWidth: 0.2f);
        Assert.Equal("setosa", p.Species.ToDslName());
    }

    [Fact]
    public void Diabetes_with_age_and_sex_as_a_second_input_reaches_r2_040_and_loads_back()
    {
        var rows = DiabetesPatient.ReadCsv(Data("diabetes.csv")).ToArray();
        using var model = DiabetesConditioned.Train(rows);
        output.WriteLine($"DiabetesConditioned: R² {model.TestReport!.R2:F4} on {model.TestReport.Rows} held-out rows, {model.History.Epochs.Count} epochs");
        Assert.True(model.TestReport.R2 >= 0.40, $"R² {model.TestReport.R2}");
        var path = Path.Combine(Path.GetTempPath(), $"diabetes-conditioned-{Guid.NewGuid():N}.mdsl");
        try
        {
            model.Save(path);
            using var loaded = DiabetesConditioned.Load(path);
            foreach (var row in rows.Take(10)) Assert.Equal(model.Predict(row), loaded.Predict(row));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
