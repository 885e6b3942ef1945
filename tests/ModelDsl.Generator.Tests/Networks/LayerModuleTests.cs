using System;
using System.IO;
using System.Linq;
using ModelDsl.Cli;
using ModelDsl.Generator.Semantics.Networks;
using ModelDsl.Tests.Infrastructure;
using ModelDsl.Tests.Networks.Shapes;
using TorchSharp;
using ModelDsl.Plots;
using Xunit;
using static TorchSharp.torch;

namespace ModelDsl.Tests.Networks;

/// <summary>
/// The generated TorchSharp modules of LayerShapes.mlmodel against what the build inferred: every step's output shape
/// equals its inferred shape, and every module's parameter count equals what its layer definition counts.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class LayerModuleTests
{
    private static NetworkGraph Graph(string model)
    {
        var path = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ModelDsl.Generator.Tests", "Networks", "LayerShapes.mlmodel");
        var bound = Outlines.Bind(new[] { (path, File.ReadAllText(path)) });
        Assert.Empty(bound.Diagnostics);
        return bound.Models.Single(m => m.DslName == model).Network!.Graph;
    }

    private static long Count(nn.Module module) => module.parameters().Sum(p => p.numel());

    [Fact]
    public void Each_step_of_a_chain_gives_the_inferred_shape_and_the_defined_parameter_count()
    {
        var graph = Graph("DecoderShapes");
        torch.manual_seed(1);
        using var module = new DecoderShapes.Module();
        module.eval();
        var children = module.named_children().ToDictionary(c => c.name, c => (nn.Module<Tensor, Tensor>)c.module);
        using var scope = torch.NewDisposeScope();
        var x = torch.rand(3, 16).reshape(3, 4, 2, 2);
        foreach (var node in graph.Nodes)
        {
            var layer = children[node.Field];
            x = layer.forward(x);
            Assert.True(new[] { 3L }.Concat(node.OutputShape).SequenceEqual(x.shape), $"{node.Summary}: the module gives [{string.Join(", ", x.shape)}]");
            Assert.True(node.ParameterCount == Count(layer), $"{node.Summary}: {Count(layer)} parameters, the definition counts {node.ParameterCount}");
        }
        Assert.Equal(Count(module), graph.ParameterCount);
        Assert.Contains(graph.Nodes, n => n.Layer == "conv_transpose2d" && n.ParameterCount == 4 * 3 * 3 * 3 + 3);
        // The whole forward pass (with its own input reshape) ends where the steps did.
        Assert.Equal(new long[] { 3, 1 }, module.forward(torch.rand(3, 16)).shape);
    }

    [Fact]
    public void A_graph_with_named_tensors_and_sub_networks_runs_as_inferred()
    {
        var graph = Graph("SkipShapes");
        torch.manual_seed(1);
        using var module = new SkipShapes.Module();
        using var scope = torch.NewDisposeScope();
        Assert.Equal(new long[] { 5, 1 }, module.forward(torch.rand(5, 16)).shape);
        Assert.Equal(Count(module), graph.ParameterCount);

        // Each sub-network is a nested module a family can call on its own; its parameters are its body's.
        var encoder = graph.Nodes.Single(n => n.Field == "encoder");
        Assert.Equal(new long[] { 8, 4, 4 }, encoder.OutputShape.ToArray());
        Assert.Equal(Count(module.Encoder), encoder.ParameterCount);
        Assert.Equal(new long[] { 5, 8, 4, 4 }, module.Encoder.forward(torch.rand(5, 1, 4, 4)).shape);
        var decoder = graph.Nodes.Single(n => n.Field == "decoder");
        Assert.Equal(Count(module.Decoder), decoder.ParameterCount);
        Assert.Equal(new long[] { 5, 16 }, module.Decoder.forward(torch.rand(5, 9, 4, 4)).shape);
        // Weights are named after the sub-network and the layer, as PyTorch's state_dict would.
        Assert.Contains("encoder.conv2d1.weight", module.state_dict().Keys);
        Assert.Contains("decoder.convTranspose2d1.bias", module.state_dict().Keys);
    }

    [Fact]
    public void The_architecture_outline_reads_the_graph_with_kept_tensors_merges_and_sub_networks()
    {
        var path = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "ModelDsl.Generator.Tests", "Networks", "LayerShapes.mlmodel");
        var bound = Outlines.Bind(new[] { (path, File.ReadAllText(path)) });
        var model = bound.Models.Single(m => m.DslName == "SkipShapes");
        var outline = Outlines.Network(model);
        Assert.Equal(model.Network!.Graph.ParameterCount, outline.Layers.Sum(l => l.Parameters));
        var merge = outline.Layers.Single(l => l.Detail == "concat(features)");
        Assert.Equal(NetworkLayerRole.Merge, merge.Role);
        Assert.Equal("encoder.features", merge.Reads);
        Assert.Contains(outline.Layers, l => l.Role == NetworkLayerRole.Keep && l.Name == "encoder.features");
        Assert.Contains(outline.Layers, l => l.Name == "decoder.convTranspose2d1" && l.Parameters == 9 * 2 + 2);
        var diagram = outline.Draw();
        Assert.Equal(3, diagram.Arrows.Count(a => a.Label == "concat")); // concat(features), concat(image), concat(h)
        Assert.Single(diagram.Arrows, a => a.Label == "add");
        Assert.Single(diagram.Arrows, a => a.Label == "skip");
    }
}
