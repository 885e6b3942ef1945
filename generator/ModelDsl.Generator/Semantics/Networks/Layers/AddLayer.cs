using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// <c>add(skip)</c>: the running tensor plus a tensor kept earlier with <c>as skip</c>, of the same shape (what a
/// <c>residual { }</c> block does with its input).
/// </summary>
internal sealed class AddLayer : LayerDefinition
{
    public AddLayer()
        : base("add", "adds a tensor kept with 'as' (same shape)",
            new ParameterSpec("tensor", ParameterKind.Tensor, null))
    {
    }

    /// <summary>Held for the process: TorchSharp 0.107 leaves implicitly converted Scalars to the finalizer, which can free
    /// one during the native call when another thread triggers a GC.</summary>
    public const string One = "private static readonly global::TorchSharp.Scalar s_one = 1.0;";

    public override string? ModuleMember => One;

    public override LayerShape Infer(LayerInput layer) => layer.ReadShape!.SequenceEqual(layer.Shape)
        ? layer.Shape
        : LayerShape.Error($"'add' needs two tensors of one shape, but '{layer.Arguments.Text("tensor")}' is {Shape(layer.ReadShape!)} and the running tensor {layer.ShapeText}");

    public override string Detail(LayerArguments a) => $"add({a.Text("tensor")})";

    public override bool HasModule => false;

    public override string? Factory(NetworkNode node) => null;

    public override string Forward(NetworkNode node, string x) => $"{x}.add({node.Reads}, s_one)";
}
