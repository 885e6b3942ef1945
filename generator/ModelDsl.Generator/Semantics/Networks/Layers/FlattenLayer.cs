using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary><c>flatten</c>: PyTorch's <c>nn.Flatten()</c>, everything but the batch into one dimension.</summary>
internal sealed class FlattenLayer : LayerDefinition
{
    public FlattenLayer()
        : base("flatten", "everything into one dimension")
    {
    }

    public override LayerShape Infer(LayerInput layer) => new[] { layer.Shape.Aggregate(1L, (a, b) => a * b) };

    public override string Factory(NetworkNode node) => $"{Nn}.Flatten()";
}
