using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary><c>dense(units, bias: true)</c>: PyTorch's <c>nn.Linear</c> over the last dimension.</summary>
internal sealed class DenseLayer : LayerDefinition
{
    public DenseLayer()
        : base("dense", "fully connected layer over the last dimension",
            new ParameterSpec("units", ParameterKind.Integer, null, Min: 1),
            new ParameterSpec("bias", ParameterKind.Bool, "true"))
    {
    }

    public override LayerShape Infer(LayerInput layer) => layer.Shape.Take(layer.Rank - 1).Concat(new long[] { layer.Arguments.Int("units") }).ToArray();

    public override string Detail(LayerArguments arguments) => $"dense({arguments.Int("units")})";

    public override string Factory(NetworkNode node) =>
        $"{Nn}.Linear({Long(node.InputShape[node.InputShape.Count - 1])}, {Long(node.Arguments.Int("units"))}, hasBias: {(node.Arguments.Bool("bias") ? "true" : "false")})";

    // in × units weights, and a bias per unit
    public override long ParameterCount(NetworkNode node)
    {
        long units = node.Arguments.Int("units");
        return node.InputShape[node.InputShape.Count - 1] * units + (node.Arguments.Bool("bias") ? units : 0);
    }
}
