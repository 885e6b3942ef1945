using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// One input of a network's forward: the batch tensor's name, one row's shape, and which columns of the preprocessed
/// feature vector it holds (in that order). The main input is <see cref="Batch.Features"/>; a declaration's
/// <c>input sepal from sepal_length, sepal_width</c> adds one named <c>sepal</c>.
/// </summary>
public sealed class NetworkInput
{
    /// <summary>Creates an input; the shape holds as many values as there are columns.</summary>
    public NetworkInput(string name, long[] shape, int[] columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(columns);
        if (shape.Length == 0 || shape.Any(d => d < 1)) throw new ArgumentException($"Every dimension of the input '{name}' must be at least 1.", nameof(shape));
        if (shape.Aggregate(1L, (a, b) => a * b) != columns.Length)
            throw new ArgumentException($"The input '{name}' of shape [{string.Join(", ", shape)}] needs {shape.Aggregate(1L, (a, b) => a * b)} columns, not {columns.Length}.", nameof(columns));
        if (columns.Any(c => c < 0)) throw new ArgumentException($"The input '{name}' has a negative column.", nameof(columns));
        Name = name;
        Shape = shape.ToArray();
        Columns = columns.ToArray();
        var first = columns.Length == 0 ? 0 : columns[0];
        Contiguous = Columns.Select((c, i) => c == first + i).All(b => b);
        ColumnIndices = columns.Select(c => (long)c).ToArray();
    }

    /// <summary>The batch tensor's name (what a <see cref="NetworkModule"/> passes to the forward).</summary>
    public string Name { get; }

    /// <summary>One row's shape as the module's forward reshapes it.</summary>
    public IReadOnlyList<long> Shape { get; }

    /// <summary>Its columns of the preprocessed feature vector, in order.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>The columns are one run (first, first + 1, …): the batch tensor is a slice, not a gather.</summary>
    internal bool Contiguous { get; }

    /// <summary>The columns as the index of a gather.</summary>
    internal long[] ColumnIndices { get; }
}
