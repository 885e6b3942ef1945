using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// <c>maxpool</c> and <c>avgpool(size, stride: size)</c>: PyTorch's <c>nn.MaxPool1d/2d</c>, <c>nn.AvgPool1d/2d</c>
/// (<c>kernel_size</c>, <c>stride</c>), 1-d or 2-d by the input's rank.
/// </summary>
internal sealed class PoolingLayer : LayerDefinition
{
    private readonly string _module; // "MaxPool" or "AvgPool"

    public PoolingLayer(bool max)
        : base(max ? "maxpool" : "avgpool", max ? "max pooling (1-d or 2-d by the input's rank)" : "average pooling (1-d or 2-d by the input's rank)",
            new ParameterSpec("size", ParameterKind.Integer, null, Min: 1),
            new ParameterSpec("stride", ParameterKind.Integer, "0", Min: 0)) // 0: the pool size, as PyTorch's default
    {
        _module = max ? "MaxPool" : "AvgPool";
    }

    private static int Stride(LayerArguments a) => a.Int("stride") == 0 ? a.Int("size") : a.Int("stride");

    public override LayerShape Infer(LayerInput layer)
    {
        if (layer.Rank is not (2 or 3))
            return LayerShape.Error($"'{Name}' expects [channels, length] or [channels, height, width], but gets {layer.ShapeText}");
        int size = layer.Arguments.Int("size"), stride = Stride(layer.Arguments);
        var output = new long[layer.Rank];
        output[0] = layer.Shape[0];
        for (var d = 1; d < layer.Rank; d++)
        {
            if (layer.Shape[d] < size) return LayerShape.Error($"'{Name}({size})' does not fit the input {layer.ShapeText}: dimension {d} is {layer.Shape[d]}");
            output[d] = (layer.Shape[d] - size) / stride + 1;
        }
        return output;
    }

    public override string Detail(LayerArguments a)
    {
        int size = a.Int("size"), stride = Stride(a);
        return $"{Name}({size}{(stride != size ? $", stride {stride}" : "")})";
    }

    public override string Factory(NetworkNode node) =>
        $"{Nn}.{_module}{(node.InputShape.Count == 2 ? "1d" : "2d")}({Long(node.Arguments.Int("size"))}, stride: {Long(Stride(node.Arguments))})";
}
