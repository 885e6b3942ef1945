using System;
using System.Linq;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary><c>embedding(vocabulary, dim)</c>: PyTorch's <c>nn.Embedding(num_embeddings, embedding_dim)</c>; integer ids [length] to vectors [length, dim].</summary>
internal sealed class EmbeddingLayer : LayerDefinition
{
    public EmbeddingLayer()
        : base("embedding", "integer ids [length] to vectors [length, dim]",
            new ParameterSpec("vocabulary", ParameterKind.Integer, null, Min: 1),
            new ParameterSpec("dim", ParameterKind.Integer, null, Min: 1))
    {
    }

    public override bool ReadsIntegerIds => true;

    public override LayerShape Infer(LayerInput layer)
    {
        if (!layer.First) return LayerShape.Error("'embedding' reads integer ids, so it must be the first layer");
        if (layer.Rank != 1) return LayerShape.Error($"'embedding' expects [length] integer ids, but gets {layer.ShapeText}");
        return new[] { layer.Shape[0], layer.Arguments.Int("dim") };
    }

    public override string Detail(LayerArguments a) => $"embedding({a.Int("vocabulary")}, {a.Int("dim")})";

    public override string Factory(NetworkNode node) => $"{Nn}.Embedding({Long(node.Arguments.Int("vocabulary"))}, {Long(node.Arguments.Int("dim"))})";

    public override long ParameterCount(NetworkNode node) => (long)node.Arguments.Int("vocabulary") * node.Arguments.Int("dim");
}
