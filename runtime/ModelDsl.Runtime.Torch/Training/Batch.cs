using System;
using System.Collections.Generic;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// One batch as an objective sees it: named tensors on the training device and the number of rows they hold.
/// Supervised training reads <see cref="Features"/> and <see cref="Target"/>; other objectives add their own names
/// (a timestep, a mask, a condition), which a <see cref="NetworkModule"/> passes to the module's forward by name.
/// The tensors belong to the dispose scope the batch was read in (the training loop opens one per batch).
/// </summary>
public sealed class Batch
{
    /// <summary>The network's input features, [rows, features...].</summary>
    public const string Features = "features";

    /// <summary>The supervised target: class indices (int64, [rows]) or values (float32, [rows, 1]).</summary>
    public const string Target = "target";

    private readonly string[] _names;
    private readonly Tensor[] _tensors;

    /// <summary>Creates a batch of <paramref name="rows"/> rows from named tensors.</summary>
    public Batch(int rows, params (string Name, Tensor Tensor)[] tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        Rows = rows;
        _names = new string[tensors.Length];
        _tensors = new Tensor[tensors.Length];
        for (var i = 0; i < tensors.Length; i++)
        {
            if (Array.IndexOf(_names, tensors[i].Name, 0, i) >= 0) throw new ArgumentException($"The batch has two tensors named '{tensors[i].Name}'.", nameof(tensors));
            _names[i] = tensors[i].Name ?? throw new ArgumentException("A tensor of the batch has no name.", nameof(tensors));
            _tensors[i] = tensors[i].Tensor ?? throw new ArgumentException($"The batch's tensor '{tensors[i].Name}' is null.", nameof(tensors));
        }
    }

    /// <summary>Rows in the batch (its first dimension).</summary>
    public int Rows { get; }

    /// <summary>The names of the batch's tensors, in the order given.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The tensor called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The batch has no such tensor; the message lists those it has.</exception>
    public Tensor this[string name] => TryGet(name, out var tensor)
        ? tensor
        : throw new KeyNotFoundException($"The batch has no tensor '{name}'; it has {string.Join(", ", _names)}.");

    /// <summary>The tensor called <paramref name="name"/>, if the batch has one.</summary>
    public bool TryGet(string name, out Tensor tensor)
    {
        var i = Array.IndexOf(_names, name);
        tensor = i >= 0 ? _tensors[i] : null!;
        return i >= 0;
    }
}
