using System.Collections.Generic;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;
using ModelDsl.Generator.Semantics.Networks.Layers;

namespace ModelDsl.Generator.Semantics.Networks;

/// <summary>
/// Every layer a <c>network { }</c> block may use, in the order the docs list them. Adding a layer: a
/// <see cref="LayerDefinition"/> in Layers/ and one line here (docs/contributing/common-tasks.md, "New layer").
/// </summary>
internal static class LayerRegistry
{
    public static readonly Activation Softmax = new("softmax", "probabilities over the last dimension", "Softmax(-1)");

    public static readonly Activation Sigmoid = new("sigmoid", "activation sigmoid", "Sigmoid()");

    public static readonly IReadOnlyList<LayerDefinition> All = new LayerDefinition[]
    {
        new DenseLayer(),
        new ConvolutionLayer(dimensions: 1),
        new ConvolutionLayer(dimensions: 2),
        new ConvTranspose2dLayer(),
        new PoolingLayer(max: true),
        new PoolingLayer(max: false),
        new UpsampleLayer(),
        new FlattenLayer(),
        new ReshapeLayer(),
        new DropoutLayer(),
        new BatchNormLayer(),
        new LayerNormLayer(),
        new EmbeddingLayer(),
        new AddLayer(),
        new ConcatLayer(),
        new Activation("relu", "activation max(0, x)", "ReLU()"),
        new Activation("gelu", "activation GELU", "GELU()"),
        new Activation("tanh", "activation tanh", "Tanh()"),
        Sigmoid,
        new Activation("leaky_relu", "activation max(slope·x, x)",
            new ParameterSpec("slope", ParameterKind.Number, "0.01", Min: 0), a => Activation.With("LeakyReLU", a.Number("slope"))),
        Softmax,
    };

    private static readonly Dictionary<string, LayerDefinition> s_byName = All.ToDictionary(l => l.Name);

    /// <summary>The definition named <paramref name="name"/>, or null.</summary>
    public static LayerDefinition? Find(string name) => s_byName.TryGetValue(name, out var layer) ? layer : null;
}
