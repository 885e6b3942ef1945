using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// <c>conv1d</c> and <c>conv2d(filters, kernel, stride: 1, padding: 0)</c>: PyTorch's <c>nn.Conv1d</c> / <c>nn.Conv2d</c>
/// (<c>out_channels</c>, <c>kernel_size</c>, <c>stride</c>, <c>padding</c>) over [channels, length] or [channels, height, width].
/// </summary>
internal sealed class ConvolutionLayer : LayerDefinition
{
    private readonly int _rank; // of one row: 2 for conv1d, 3 for conv2d

    public ConvolutionLayer(int dimensions)
        : base(dimensions == 1 ? "conv1d" : "conv2d", dimensions == 1 ? "1-d convolution over [channels, length]" : "2-d convolution over [channels, height, width]",
            new ParameterSpec("filters", ParameterKind.Integer, null, Min: 1),
            new ParameterSpec("kernel", ParameterKind.Integer, null, Min: 1),
            new ParameterSpec("stride", ParameterKind.Integer, "1", Min: 1),
            new ParameterSpec("padding", ParameterKind.Integer, "0", Min: 0))
    {
        _rank = dimensions + 1;
    }

    public override LayerShape Infer(LayerInput layer)
    {
        if (layer.Rank != _rank)
            return LayerShape.Error(_rank == 3
                ? $"'conv2d' expects [channels, height, width], but gets {layer.ShapeText}{(layer.Rank == 1 ? $"; declare the image shape with 'input … as {ImageShape(layer.Shape[0])}' (or another [channels, height, width] whose product is {layer.Shape[0]})" : "")}"
                : $"'conv1d' expects [channels, length], but gets {layer.ShapeText}{(layer.Rank == 1 ? $"; declare the shape with 'input … as [1, {layer.Shape[0]}]'" : "")}");
        var a = layer.Arguments;
        int filters = a.Int("filters"), kernel = a.Int("kernel"), stride = a.Int("stride"), padding = a.Int("padding");
        var output = new long[_rank];
        output[0] = filters;
        for (var d = 1; d < _rank; d++)
        {
            if (layer.Shape[d] + 2L * padding < kernel)
                return LayerShape.Error($"'{Name}' with kernel {kernel} and padding {padding} does not fit the input {layer.ShapeText}: dimension {d} is {layer.Shape[d]}");
            output[d] = (layer.Shape[d] + 2L * padding - kernel) / stride + 1;
        }
        return output;
    }

    /// <summary>One channel and the most nearly square height × width that holds <paramref name="values"/>: 4 → [1, 2, 2], 64 → [1, 8, 8].</summary>
    internal static string ImageShape(long values)
    {
        var height = (long)Math.Sqrt(values);
        while ((height + 1) * (height + 1) <= values) height++; // the square root's rounding
        while (height > 1 && values % height != 0) height--;
        height = Math.Max(1, height);
        return $"[1, {height}, {values / height}]";
    }

    public override string Detail(LayerArguments a)
    {
        int stride = a.Int("stride"), padding = a.Int("padding");
        return $"{Name}({a.Int("filters")}, kernel {a.Int("kernel")}{(stride != 1 ? $", stride {stride}" : "")}{(padding != 0 ? $", padding {padding}" : "")})";
    }

    public override string Factory(NetworkNode node)
    {
        var a = node.Arguments;
        var head = $"{Long(node.InputShape[0])}, {Long(a.Int("filters"))}, {Long(a.Int("kernel"))}";
        // Conv1d and Conv2d have an overload whose fourth parameter is a Padding enum, which a constant 0 converts to
        // (CS0121 with 'padding: 0'): the stride (at least 1) goes by position, so only the numeric overload fits.
        return $"{Nn}.{(_rank == 2 ? "Conv1d" : "Conv2d")}({head}, {Long(a.Int("stride"))}, padding: {Long(a.Int("padding"))})";
    }

    // in channels × filters × kernel (× kernel in 2-d) weights, and a bias per filter
    public override long ParameterCount(NetworkNode node)
    {
        long filters = node.Arguments.Int("filters"), kernel = node.Arguments.Int("kernel");
        var window = _rank == 2 ? kernel : kernel * kernel;
        return node.InputShape[0] * filters * window + filters;
    }
}
