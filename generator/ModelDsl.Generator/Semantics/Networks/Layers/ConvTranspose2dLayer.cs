using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// <c>conv_transpose2d(filters, kernel, stride: 1, padding: 0, output_padding: 0)</c>: PyTorch's <c>nn.ConvTranspose2d</c>
/// (<c>out_channels</c>, <c>kernel_size</c>, <c>stride</c>, <c>padding</c>, <c>output_padding</c>; bias on), which grows
/// [channels, height, width] to [filters, (h − 1)·stride − 2·padding + kernel + output_padding, …].
/// </summary>
internal sealed class ConvTranspose2dLayer : LayerDefinition
{
    public ConvTranspose2dLayer()
        : base("conv_transpose2d", "transposed 2-d convolution (upsamples [channels, height, width])",
            new ParameterSpec("filters", ParameterKind.Integer, null, Min: 1),
            new ParameterSpec("kernel", ParameterKind.Integer, null, Min: 1),
            new ParameterSpec("stride", ParameterKind.Integer, "1", Min: 1),
            new ParameterSpec("padding", ParameterKind.Integer, "0", Min: 0),
            new ParameterSpec("output_padding", ParameterKind.Integer, "0", Min: 0))
    {
    }

    public override LayerShape Infer(LayerInput layer)
    {
        if (layer.Rank != 3)
            return LayerShape.Error($"'conv_transpose2d' expects [channels, height, width], but gets {layer.ShapeText}{(layer.Rank == 1 ? "; reshape it first, e.g. reshape([32, 7, 7])" : "")}");
        var a = layer.Arguments;
        int filters = a.Int("filters"), kernel = a.Int("kernel"), stride = a.Int("stride"), padding = a.Int("padding"), extra = a.Int("output_padding");
        if (extra >= stride)
            return LayerShape.Error($"'conv_transpose2d' needs output_padding smaller than stride (as PyTorch), but output_padding is {extra} and stride {stride}");
        var output = new long[] { filters, 0, 0 };
        for (var d = 1; d < 3; d++)
        {
            output[d] = (layer.Shape[d] - 1) * stride - 2L * padding + kernel + extra;
            if (output[d] < 1)
                return LayerShape.Error($"'conv_transpose2d' with kernel {kernel}, stride {stride} and padding {padding} leaves nothing of the input {layer.ShapeText}: dimension {d} would be {output[d]}");
        }
        return output;
    }

    public override string Detail(LayerArguments a)
    {
        int stride = a.Int("stride"), padding = a.Int("padding"), extra = a.Int("output_padding");
        return $"conv_transpose2d({a.Int("filters")}, kernel {a.Int("kernel")}{(stride != 1 ? $", stride {stride}" : "")}{(padding != 0 ? $", padding {padding}" : "")}{(extra != 0 ? $", output_padding {extra}" : "")})";
    }

    public override string Factory(NetworkNode node)
    {
        var a = node.Arguments;
        return $"{Nn}.ConvTranspose2d({Long(node.InputShape[0])}, {Long(a.Int("filters"))}, {Long(a.Int("kernel"))}, stride: {Long(a.Int("stride"))}, padding: {Long(a.Int("padding"))}, output_padding: {Long(a.Int("output_padding"))})";
    }

    // in channels × filters × kernel² weights, and a bias per filter
    public override long ParameterCount(NetworkNode node)
    {
        long filters = node.Arguments.Int("filters"), kernel = node.Arguments.Int("kernel");
        return node.InputShape[0] * filters * kernel * kernel + filters;
    }
}
