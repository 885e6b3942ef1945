using System.Collections.Generic;

namespace ModelDsl.Plots;

/// <summary>What a step of a network is in an architecture diagram.</summary>
public enum NetworkLayerRole
{
    /// <summary>A layer (dense, conv2d, relu, …).</summary>
    Layer,

    /// <summary>The start of a residual block: its input is kept to be added to the block's output.</summary>
    ResidualStart,

    /// <summary>The end of a residual block: the kept input is added.</summary>
    ResidualEnd,

    /// <summary>The running tensor kept under a name (<c>as skip</c>) for a later merge; the tensor does not change.</summary>
    Keep,

    /// <summary>A merge (<c>add(skip)</c>, <c>concat(skip)</c>) of the running tensor and the kept one named by <see cref="NetworkLayer.Reads"/>.</summary>
    Merge,
}

/// <summary>One step of a network, as the declaration's shape inference sees it.</summary>
/// <param name="Name">The layer's name in the generated code (<c>dense1</c>, <c>residual2</c>).</param>
/// <param name="Kind">The layer's kind as declared (<c>dense</c>, <c>conv2d</c>, <c>relu</c>).</param>
/// <param name="Detail">Its settings as declared, e.g. <c>dense(64)</c> or <c>conv2d(32, kernel 3, padding 1)</c>.</param>
/// <param name="OutputShape">The shape of one row after this step (without the batch dimension).</param>
/// <param name="Parameters">Learnable parameters of the layer (0 for activations and pooling).</param>
/// <param name="Role">A layer, the start or end of a residual block, a kept tensor or a merge.</param>
/// <param name="Reads">For the end of a residual block and a merge: the <see cref="Name"/> of the start or keep step it reads
/// (null: the innermost open residual block).</param>
public sealed record NetworkLayer(string Name, string Kind, string Detail, IReadOnlyList<long> OutputShape, long Parameters = 0,
    NetworkLayerRole Role = NetworkLayerRole.Layer, string? Reads = null);

/// <summary>A network as a list of steps: what an architecture diagram is drawn from. The <c>modeldsl</c> tool builds
/// it from a declaration; an application can build one by hand.</summary>
/// <param name="Name">The model's name.</param>
/// <param name="InputShape">The shape of one input row.</param>
/// <param name="Layers">The steps in order; residual blocks are bracketed by <see cref="NetworkLayerRole.ResidualStart"/>
/// and <see cref="NetworkLayerRole.ResidualEnd"/> steps (they may nest); a <see cref="NetworkLayerRole.Merge"/> reads the
/// <see cref="NetworkLayerRole.Keep"/> step it names.</param>
public sealed record NetworkDescription(string Name, IReadOnlyList<long> InputShape, IReadOnlyList<NetworkLayer> Layers);
