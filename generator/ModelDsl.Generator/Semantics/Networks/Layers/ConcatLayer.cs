using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// <c>concat(skip, dim: 0)</c>: PyTorch's <c>torch.cat([x, skip], dim)</c> of the running tensor and a tensor kept with
/// <c>as skip</c>; <c>dim</c> counts the dimensions of one row (0: channels or features; -1: the last).
/// </summary>
internal sealed class ConcatLayer : LayerDefinition
{
    public ConcatLayer()
        : base("concat", "joins a tensor kept with 'as' along a dimension",
            new ParameterSpec("tensor", ParameterKind.Tensor, null),
            new ParameterSpec("dim", ParameterKind.Integer, "0", Min: -8, Max: 7))
    {
    }

    private static int Axis(LayerArguments a, int rank) => a.Int("dim") < 0 ? a.Int("dim") + rank : a.Int("dim");

    public override LayerShape Infer(LayerInput layer)
    {
        var read = layer.ReadShape!;
        var name = layer.Arguments.Text("tensor");
        var axis = Axis(layer.Arguments, layer.Rank);
        if (axis < 0 || axis >= layer.Rank)
            return LayerShape.Error($"'concat' along dim {layer.Arguments.Int("dim")} does not fit the running tensor {layer.ShapeText}, which has {layer.Rank} dimension{(layer.Rank == 1 ? "" : "s")}");
        if (read.Length != layer.Rank || Enumerable.Range(0, layer.Rank).Any(d => d != axis && read[d] != layer.Shape[d]))
            return LayerShape.Error($"'concat' along dim {axis} needs tensors that agree in every other dimension, but the running tensor is {layer.ShapeText} and '{name}' is {Shape(read)}");
        var output = layer.Shape.ToArray();
        output[axis] += read[axis];
        return output;
    }

    public override string Detail(LayerArguments a) => a.Int("dim") == 0 ? $"concat({a.Text("tensor")})" : $"concat({a.Text("tensor")}, dim {a.Int("dim")})";

    public override bool HasModule => false;

    public override string? Factory(NetworkNode node) => null;

    // One more dimension with the batch in front.
    public override string Forward(NetworkNode node, string x) =>
        $"global::TorchSharp.torch.cat(new[] {{ {x}, {node.Reads} }}, {Long(Axis(node.Arguments, node.InputShape.Count) + 1)})";
}
