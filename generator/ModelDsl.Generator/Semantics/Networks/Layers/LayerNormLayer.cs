using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary><c>layer_norm</c>: PyTorch's <c>nn.LayerNorm</c> over the last dimension.</summary>
internal sealed class LayerNormLayer : LayerDefinition
{
    public LayerNormLayer()
        : base("layer_norm", "layer normalisation over the last dimension")
    {
    }

    public override LayerShape Infer(LayerInput layer) => layer.Shape;

    public override string Factory(NetworkNode node) => $"{Nn}.LayerNorm({Long(node.InputShape[node.InputShape.Count - 1])})";

    // a scale and a shift per value of the last dimension
    public override long ParameterCount(NetworkNode node) => 2 * node.InputShape[node.InputShape.Count - 1];
}
