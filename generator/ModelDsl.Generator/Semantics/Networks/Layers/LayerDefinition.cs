using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics.Models;

namespace ModelDsl.Generator.Semantics.Networks.Layers;

/// <summary>
/// Everything the build knows about one kind of layer, in one place: its parameters (types, ranges,
/// PyTorch names and defaults), its shape rule, the C# that creates its TorchSharp module and its count of
/// learnable parameters. The binder, the emitter and <c>modeldsl plot</c> read only this; adding a layer is
/// a new subclass and a line in <see cref="LayerRegistry"/> (docs/contributing/common-tasks.md).
/// </summary>
internal abstract class LayerDefinition
{
    protected const string Nn = "global::TorchSharp.torch.nn";

    protected LayerDefinition(string name, string description, params ParameterSpec[] parameters)
    {
        Name = name;
        Description = description;
        Parameters = parameters;
    }

    /// <summary>The name as written in a <c>network { }</c> block.</summary>
    public string Name { get; }

    /// <summary>One line for docs and hovers.</summary>
    public string Description { get; }

    /// <summary>Parameters in positional order.</summary>
    public ParameterSpec[] Parameters { get; }

    /// <summary>As the parameters' checks see it: name, parameters, description.</summary>
    public OperationSpec Spec => new(Name, null, Parameters, Description);

    /// <summary>Creates a module (a field of the generated module class); false for a merge of tensors.</summary>
    public virtual bool HasModule => true;

    /// <summary>Reads integer ids rather than values (the module's input is converted to Int64).</summary>
    public virtual bool ReadsIntegerIds => false;

    /// <summary>
    /// The shape rule: the output shape of one row (no batch dimension) for <paramref name="layer"/>'s input, or
    /// <see cref="LayerShape.Error"/> with a message naming both shapes (reported as MDSL0130 on the layer).
    /// </summary>
    public abstract LayerShape Infer(LayerInput layer);

    /// <summary>How the settings read in a summary: <c>conv2d(32, kernel 3, padding 1)</c>.</summary>
    public virtual string Detail(LayerArguments arguments) => Name;

    /// <summary>A C# expression creating the module, or null for a step with no module (a merge of tensors).</summary>
    public abstract string? Factory(NetworkNode node);

    /// <summary>The C# expression of the forward step; <paramref name="x"/> is the running tensor.</summary>
    public virtual string Forward(NetworkNode node, string x) => $"{node.Field}.forward({x})";

    /// <summary>A static member the generated module class needs once for this layer (a held scalar), or null.</summary>
    public virtual string? ModuleMember => null;

    /// <summary>Learnable parameters the module holds (what PyTorch's <c>parameters()</c> counts).</summary>
    public virtual long ParameterCount(NetworkNode node) => 0;

    protected static string Long(long value) => value.ToString(CultureInfo.InvariantCulture);

    protected static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

    protected static string Longs(IEnumerable<long> values) => "new long[] { " + string.Join(", ", values.Select(Long)) + " }";

    /// <summary>A shape as messages write it: <c>[32, 8, 8]</c>.</summary>
    public static string Shape(IEnumerable<long> shape) => "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
}

/// <summary>What a shape rule sees: the input shape, the checked arguments, and the tensor a merge reads.</summary>
internal sealed class LayerInput
{
    public LayerInput(long[] shape, LayerArguments arguments, bool first, long[]? readShape)
    {
        Shape = shape;
        Arguments = arguments;
        First = first;
        ReadShape = readShape;
    }

    /// <summary>The shape of one row as the layer receives it.</summary>
    public long[] Shape { get; }

    public LayerArguments Arguments { get; }

    /// <summary>The first step of the network (nothing before it has changed the input).</summary>
    public bool First { get; }

    /// <summary>For <c>add</c> and <c>concat</c>: the shape of the named tensor.</summary>
    public long[]? ReadShape { get; }

    public int Rank => Shape.Length;

    public long Last => Shape[Shape.Length - 1];

    public string ShapeText => LayerDefinition.Shape(Shape);
}

/// <summary>A shape rule's answer: the output shape, or why the layer does not fit its input.</summary>
internal readonly struct LayerShape
{
    private LayerShape(long[]? output, string? error)
    {
        Output = output;
        Message = error;
    }

    public long[]? Output { get; }

    public string? Message { get; }

    public static LayerShape Of(params long[] output) => new(output, null);

    public static LayerShape Error(string message) => new(null, message);

    public static implicit operator LayerShape(long[] output) => Of(output);
}

/// <summary>A layer's checked arguments by name (defaults filled in), as invariant text: equatable, so it can sit in the pipeline.</summary>
internal sealed record LayerArguments(EquatableArray<ParameterValue> Values)
{
    public static readonly LayerArguments None = new(EquatableArray<ParameterValue>.Empty);

    public string Text(string name)
    {
        foreach (var value in Values)
        {
            if (value.Name == name) return value.Value;
        }
        throw new ArgumentException($"The layer has no parameter '{name}'.", nameof(name));
    }

    public int Int(string name) => int.Parse(Text(name), CultureInfo.InvariantCulture);

    public double Number(string name) => double.Parse(Text(name), CultureInfo.InvariantCulture);

    public bool Bool(string name) => Text(name) == "true";

    /// <summary>A <c>[32, 14, 14]</c> value, kept as <c>32,14,14</c>.</summary>
    public long[] Shape(string name) => Text(name).Split(',').Select(d => long.Parse(d, CultureInfo.InvariantCulture)).ToArray();
}
