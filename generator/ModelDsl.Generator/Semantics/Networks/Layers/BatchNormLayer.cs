using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary><c>batch_norm</c>: PyTorch's <c>nn.BatchNorm1d</c> over [features] or [channels, length], <c>nn.BatchNorm2d</c> over [channels, height, width].</summary>
internal sealed class BatchNormLayer : LayerDefinition
{
    public BatchNormLayer()
        : base("batch_norm", "batch normalisation over channels (or features)")
    {
    }

    public override LayerShape Infer(LayerInput layer) => layer.Rank > 3
        ? LayerShape.Error($"'batch_norm' expects [features], [channels, length] or [channels, height, width], but gets {layer.ShapeText}")
        : layer.Shape;

    public override string Factory(NetworkNode node) => $"{Nn}.{(node.InputShape.Count == 3 ? "BatchNorm2d" : "BatchNorm1d")}({Long(node.InputShape[0])})";

    // a scale and a shift per channel (the running statistics are buffers, not parameters)
    public override long ParameterCount(NetworkNode node) => 2 * node.InputShape[0];
}
