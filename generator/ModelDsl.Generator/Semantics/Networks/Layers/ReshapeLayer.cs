using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// <c>reshape([32, 14, 14])</c>: PyTorch's <c>x.reshape(batch, 32, 14, 14)</c> as a module (<c>nn.Unflatten</c>, after
/// <c>nn.Flatten</c> unless the row is already flat); one dimension may be -1, inferred from the others. No parameters.
/// </summary>
internal sealed class ReshapeLayer : LayerDefinition
{
    public ReshapeLayer()
        : base("reshape", "the same values in another shape",
            new ParameterSpec("shape", ParameterKind.Shape, null))
    {
    }

    public override LayerShape Infer(LayerInput layer)
    {
        var wanted = layer.Arguments.Shape("shape");
        var size = layer.Shape.Aggregate(1L, (a, b) => a * b);
        var known = wanted.Where(d => d != -1).Aggregate(1L, (a, b) => a * b);
        var inferred = wanted.Count(d => d == -1);
        if (inferred > 1)
            return LayerShape.Error($"'reshape' can infer one dimension, but {Text(wanted)} has {inferred} of -1");
        if (inferred == 1)
        {
            if (size % known != 0)
                return LayerShape.Error($"'reshape' to {Text(wanted)} does not fit the input {layer.ShapeText}: {size} values are not a multiple of {known}");
            return wanted.Select(d => d == -1 ? size / known : d).ToArray();
        }
        if (known != size)
            return LayerShape.Error($"'reshape' to {Text(wanted)} needs {known} values, but the input {layer.ShapeText} holds {size}");
        return wanted;
    }

    private static string Text(long[] shape) => Shape(shape);

    public override string Detail(LayerArguments a) => $"reshape({Text(a.Shape("shape"))})";

    public override string Factory(NetworkNode node)
    {
        var output = node.OutputShape;
        if (output.Count == 1) return $"{Nn}.Flatten()";
        var unflatten = $"{Nn}.Unflatten(1, {Longs(output)})";
        return node.InputShape.Count == 1 ? unflatten : $"{Nn}.Sequential({Nn}.Flatten(), {unflatten})";
    }
}
