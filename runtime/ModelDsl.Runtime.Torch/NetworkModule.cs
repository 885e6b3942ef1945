using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// A network as training and prediction drive it, whatever the arity of its forward: the TorchSharp module (parameters,
/// buffers, device, training mode) and how a <see cref="Batch"/>'s named tensors reach its forward. The public entry
/// points of <see cref="TrainedNetwork"/> (Train, Resume, Load) take a factory of these, so a module with a second input (a timestep, a mask, a condition) fits them as a
/// one-input module does: <c>NetworkModule.Of(module, "features", "timestep")</c>.
/// </summary>
public sealed class NetworkModule : IDisposable
{
    private readonly Func<Batch, Tensor> _forward;

    private NetworkModule(torch.nn.Module module, string[] inputs, Func<Batch, Tensor> forward)
    {
        Module = module;
        Inputs = inputs;
        _forward = forward;
    }

    /// <summary>The module: parameters, buffers, device and training mode.</summary>
    public torch.nn.Module Module { get; }

    /// <summary>The batch tensors the forward reads, in argument order.</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Runs the forward on the batch's inputs.</summary>
    public Tensor Forward(Batch batch) => _forward(batch);

    /// <summary>A module of one input, the batch's <see cref="Batch.Features"/>.</summary>
    public static NetworkModule Of(torch.nn.Module<Tensor, Tensor> module) => Of(module, Batch.Features);

    /// <summary>A module of one input, the batch tensor <paramref name="input"/>.</summary>
    public static NetworkModule Of(torch.nn.Module<Tensor, Tensor> module, string input)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new NetworkModule(module, Names(input), b => module.call(b[input]));
    }

    /// <summary>A module of two inputs (the features and a timestep, a mask or a condition), by batch tensor name.</summary>
    public static NetworkModule Of(torch.nn.Module<Tensor, Tensor, Tensor> module, string first, string second)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new NetworkModule(module, Names(first, second), b => module.call(b[first], b[second]));
    }

    /// <summary>A module of three inputs, by batch tensor name.</summary>
    public static NetworkModule Of(torch.nn.Module<Tensor, Tensor, Tensor, Tensor> module, string first, string second, string third)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new NetworkModule(module, Names(first, second, third), b => module.call(b[first], b[second], b[third]));
    }

    /// <summary>A module of four inputs, by batch tensor name.</summary>
    public static NetworkModule Of(torch.nn.Module<Tensor, Tensor, Tensor, Tensor, Tensor> module, string first, string second, string third, string fourth)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new NetworkModule(module, Names(first, second, third, fourth), b => module.call(b[first], b[second], b[third], b[fourth]));
    }

    /// <summary>A module of five inputs, by batch tensor name.</summary>
    public static NetworkModule Of(torch.nn.Module<Tensor, Tensor, Tensor, Tensor, Tensor, Tensor> module, string first, string second, string third, string fourth, string fifth)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new NetworkModule(module, Names(first, second, third, fourth, fifth), b => module.call(b[first], b[second], b[third], b[fourth], b[fifth]));
    }

    /// <summary>A module of six inputs (the most a TorchSharp module's forward takes), by batch tensor name.</summary>
    public static NetworkModule Of(torch.nn.Module<Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor> module, string first, string second, string third, string fourth, string fifth, string sixth)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new NetworkModule(module, Names(first, second, third, fourth, fifth, sixth), b => module.call(b[first], b[second], b[third], b[fourth], b[fifth], b[sixth]));
    }

    /// <summary>Any other module: its inputs by name and a forward over the batch (composite modules, more inputs).</summary>
    public static NetworkModule Of(torch.nn.Module module, IReadOnlyList<string> inputs, Func<Batch, Tensor> forward)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(forward);
        return new NetworkModule(module, Names(inputs.ToArray()), forward);
    }

    private static string[] Names(params string[] names)
    {
        if (names.Length == 0) throw new ArgumentException("A network reads at least one input.", nameof(names));
        if (names.Any(string.IsNullOrEmpty)) throw new ArgumentException("An input name is empty.", nameof(names));
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length) throw new ArgumentException($"The inputs {string.Join(", ", names)} repeat a name.", nameof(names));
        return names;
    }

    /// <summary>Disposes the module.</summary>
    public void Dispose() => Module.Dispose();
}
