using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// <c>upsample(scale_factor, mode: nearest)</c>: PyTorch's <c>nn.Upsample(scale_factor=…, mode=…)</c> over
/// [channels, length] (<c>nearest</c>, <c>linear</c>) or [channels, height, width] (<c>nearest</c>, <c>bilinear</c>,
/// <c>bicubic</c>); each spatial dimension becomes ⌊d · scale_factor⌋. No parameters.
/// </summary>
internal sealed class UpsampleLayer : LayerDefinition
{
    public UpsampleLayer()
        : base("upsample", "resizes [channels, length] or [channels, height, width] by a scale factor",
            new ParameterSpec("scale_factor", ParameterKind.Number, null, Min: 0, MinInclusive: false, Max: 1024),
            new ParameterSpec("mode", ParameterKind.Choice, "nearest", Choices: new[] { "nearest", "linear", "bilinear", "bicubic" }))
    {
    }

    public override LayerShape Infer(LayerInput layer)
    {
        var mode = layer.Arguments.Text("mode");
        if (layer.Rank is not (2 or 3))
            return LayerShape.Error($"'upsample' expects [channels, length] or [channels, height, width], but gets {layer.ShapeText}");
        var fits = layer.Rank == 2 ? mode is "nearest" or "linear" : mode is "nearest" or "bilinear" or "bicubic";
        if (!fits)
            return LayerShape.Error($"'upsample' in mode {mode} does not fit the input {layer.ShapeText}: {(layer.Rank == 2 ? "[channels, length] takes nearest or linear" : "[channels, height, width] takes nearest, bilinear or bicubic")}");
        var scale = layer.Arguments.Number("scale_factor");
        var output = layer.Shape.ToArray();
        for (var d = 1; d < output.Length; d++)
        {
            output[d] = (long)Math.Floor(layer.Shape[d] * scale);
            if (output[d] < 1)
                return LayerShape.Error($"'upsample' by {layer.Arguments.Text("scale_factor")} leaves nothing of the input {layer.ShapeText}: dimension {d} would be {output[d]}");
        }
        return output;
    }

    public override string Detail(LayerArguments a) => a.Text("mode") == "nearest" ? $"upsample({a.Text("scale_factor")})" : $"upsample({a.Text("scale_factor")}, {a.Text("mode")})";

    public override string Factory(NetworkNode node)
    {
        var scale = Number(node.Arguments.Number("scale_factor"));
        var scales = string.Join(", ", Enumerable.Repeat(scale, node.InputShape.Count - 1));
        var mode = node.Arguments.Text("mode") switch { "linear" => "Linear", "bilinear" => "Bilinear", "bicubic" => "Bicubic", _ => "Nearest" };
        return $"{Nn}.Upsample(scale_factor: new double[] {{ {scales} }}, mode: global::TorchSharp.torch.UpsampleMode.{mode})";
    }
}
