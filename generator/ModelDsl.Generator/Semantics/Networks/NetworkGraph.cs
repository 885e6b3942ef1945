using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics.Networks.Layers;

namespace ModelDsl.Generator.Semantics.Networks;

// The bound network: a small graph of steps over named tensors. The running tensor flows from step to step; a
// step may also keep it under a name (`as skip`, the input of a residual block) or read a kept one (`add`,
// `concat`), and a named sub-network (`encoder { … }`) is a step whose body is a graph of its own, emitted as a
// nested module. Every record is value-equatable, so an unchanged network is never emitted again.

/// <summary>
/// One step of the forward pass, in order. <see cref="Layer"/> names its <see cref="LayerDefinition"/> in the
/// <see cref="LayerRegistry"/> (or is <see cref="NetworkNode.Keep"/> or <see cref="NetworkNode.SubNetwork"/>).
/// </summary>
/// <param name="Layer">The layer's name as declared (<c>dense</c>), or <c>keep</c>, or <c>network</c>.</param>
/// <param name="Field">The module field (<c>dense1</c>); for <c>keep</c>, the C# local the tensor is kept in; for a sub-network, its field.</param>
/// <param name="Arguments">The checked arguments by name, defaults filled in; for <c>keep</c>, <c>add</c> and <c>concat</c>, <c>tensor</c> is the kept tensor's name.</param>
/// <param name="InputShape">One row's shape as the step receives it.</param>
/// <param name="OutputShape">One row's shape after the step.</param>
/// <param name="Detail">The settings as a summary shows them: <c>dense(64)</c>.</param>
/// <param name="Summary">The line of the network's layer summary.</param>
/// <param name="Reads">For <c>add</c> and <c>concat</c>: the C# local of the kept tensor they read.</param>
/// <param name="Body">For a sub-network: its steps.</param>
/// <param name="Residual">The keep and the add of a <c>residual { }</c> block.</param>
/// <param name="Passes">For a sub-network with inputs (<c>denoiser(x, t)</c>): the C# locals of the tensors passed to its forward, in order.</param>
internal sealed record NetworkNode(
    string Layer,
    string Field,
    LayerArguments Arguments,
    EquatableArray<long> InputShape,
    EquatableArray<long> OutputShape,
    string Detail,
    string Summary,
    string? Reads = null,
    NetworkGraph? Body = null,
    bool Residual = false,
    EquatableArray<string> Passes = default)
{
    /// <summary>Keeps the running tensor under a name (<c>as skip</c>, or the input of a residual block).</summary>
    public const string Keep = "keep";

    /// <summary>A named sub-network: <see cref="Body"/> runs as a nested module.</summary>
    public const string SubNetwork = "network";

    /// <summary>A step that creates a module (a field of the generated module class).</summary>
    public bool HasModule => Layer == SubNetwork || Layer != Keep && LayerRegistry.Find(Layer)?.HasModule == true;

    /// <summary>The learnable parameters of this step (of the whole body for a sub-network).</summary>
    public long ParameterCount => Body is { } body ? body.ParameterCount : LayerRegistry.Find(Layer)?.ParameterCount(this) ?? 0;
}

/// <summary>
/// A tensor a graph's forward receives as an argument: a named input of the network (<c>input t: [1]</c>, fed after the
/// row's features) or a declared input of a sub-network (<c>denoiser(x, t)</c>, whose body starts from the first).
/// </summary>
/// <param name="Name">The name layers read it by (<c>concat(t)</c>).</param>
/// <param name="Local">The C# parameter of the forward method that holds it.</param>
/// <param name="Shape">One row's shape.</param>
/// <param name="Fields">For a network input fed from the schema: its fields, in the feature layout's order.</param>
/// <param name="Columns">For a network input fed from the schema: its columns in the preprocessed feature vector.</param>
internal sealed record GraphInput(string Name, string Local, EquatableArray<long> Shape, EquatableArray<string> Fields = default, EquatableArray<int> Columns = default);

/// <summary>A network or a named sub-network: its steps in forward order.</summary>
/// <param name="Name">The sub-network's name (<c>encoder</c>), or the model's name for the whole network.</param>
/// <param name="Nodes">The steps.</param>
/// <param name="Inputs">
/// The whole network: its named inputs after the row's features (none for a one-input network). A sub-network: its
/// declared inputs (none: it starts from the running tensor at its place).
/// </param>
internal sealed record NetworkGraph(string Name, EquatableArray<NetworkNode> Nodes, EquatableArray<GraphInput> Inputs = default)
{
    public long ParameterCount
    {
        get
        {
            long total = 0;
            foreach (var node in Nodes) total += node.ParameterCount;
            return total;
        }
    }
}
