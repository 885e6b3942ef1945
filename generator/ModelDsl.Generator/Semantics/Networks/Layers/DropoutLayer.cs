using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary><c>dropout(p: 0.5)</c>: PyTorch's <c>nn.Dropout(p)</c>, active only while training.</summary>
internal sealed class DropoutLayer : LayerDefinition
{
    public DropoutLayer()
        : base("dropout", "zeroes values at random while training",
            new ParameterSpec("p", ParameterKind.Number, "0.5", Min: 0, Max: 1, MaxInclusive: false))
    {
    }

    public override LayerShape Infer(LayerInput layer) => layer.Shape;

    public override string Detail(LayerArguments a) => $"dropout({a.Text("p")})";

    public override string Factory(NetworkNode node) => $"{Nn}.Dropout({Number(node.Arguments.Number("p"))})";
}
