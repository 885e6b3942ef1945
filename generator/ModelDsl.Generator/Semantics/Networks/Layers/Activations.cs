using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// The activations: shape-preserving modules with at most one setting. Each is one line of
/// <see cref="LayerRegistry"/>: <c>new Activation("relu", "activation max(0, x)", "ReLU()")</c>.
/// </summary>
internal sealed class Activation : LayerDefinition
{
    private readonly Func<LayerArguments, string> _factory;

    /// <param name="factory">The TorchSharp constructor after <c>nn.</c>, e.g. <c>ReLU()</c>.</param>
    public Activation(string name, string description, string factory)
        : base(name, description)
    {
        _factory = _ => factory;
    }

    /// <summary>An activation with one numeric setting (<c>leaky_relu(slope: 0.01)</c>).</summary>
    public Activation(string name, string description, ParameterSpec parameter, Func<LayerArguments, string> factory)
        : base(name, description, parameter)
    {
        _factory = factory;
    }

    public override LayerShape Infer(LayerInput layer) => layer.Shape;

    public override string Detail(LayerArguments a) => Parameters.Length == 0 ? Name : $"{Name}({a.Text(Parameters[0].Name)})";

    public override string Factory(NetworkNode node) => $"{Nn}.{_factory(node.Arguments)}";

    /// <summary>The factory of an activation's setting: <c>LeakyReLU(0.01d)</c>.</summary>
    public static string With(string module, double value) => $"{module}({Number(value)})";
}
