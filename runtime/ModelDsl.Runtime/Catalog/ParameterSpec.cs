using System;
using System.Globalization;
using System.Linq;

namespace ModelDsl.Catalog;

// Compiled into the generator and the runtime alike (see Catalog/README.md): the build checks a declaration against
// the same parameters the runtime reads, so a name that differs between the two is a compile error.

/// <summary>How a parameter's value is written.</summary>
internal enum ParameterKind
{
    /// <summary>A real number.</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>One of a fixed set of names.</summary>
    Choice,

    /// <summary>A list of dimensions, <c>[32, 14, 14]</c> (-1: inferred); kept as <c>32,14,14</c> (network layers).</summary>
    Shape,

    /// <summary>The name of a tensor kept in a network with <c>as name</c>.</summary>
    Tensor,
}

/// <summary>A parameter the build checks: its kind, default, range or choices.</summary>
internal sealed record ParameterSpec(
    string Name,
    ParameterKind Kind,
    string? Default,
    double Min = double.NegativeInfinity,
    bool MinInclusive = true,
    double Max = double.PositiveInfinity,
    bool MaxInclusive = true,
    string[]? Choices = null)
{
    /// <summary>Whether a declaration must give it.</summary>
    public bool Required => Default is null;

    /// <summary>A real number with a default and an optional range.</summary>
    /// <remarks>The default is text as the generated spec writes it (<c>"1.0"</c>), so a catalog edit never changes generated code by itself.</remarks>
    public static ParameterSpec Number(string name, string defaultValue, double min = double.NegativeInfinity, bool minInclusive = true,
        double max = double.PositiveInfinity, bool maxInclusive = true) =>
        new(name, ParameterKind.Number, defaultValue, min, minInclusive, max, maxInclusive);

    /// <summary>A whole number with a default (null: required) and an optional range.</summary>
    public static ParameterSpec Integer(string name, int? defaultValue, double min = double.NegativeInfinity, double max = double.PositiveInfinity) =>
        new(name, ParameterKind.Integer, defaultValue?.ToString(CultureInfo.InvariantCulture), min, true, max, true);

    /// <summary>true or false, with a default.</summary>
    public static ParameterSpec Flag(string name, bool defaultValue) => new(name, ParameterKind.Bool, defaultValue ? "true" : "false");

    /// <summary>One of <paramref name="choices"/>, with a default among them.</summary>
    public static ParameterSpec Choice(string name, string defaultValue, params string[] choices) =>
        new(name, ParameterKind.Choice, defaultValue, Choices: choices);

    /// <summary>
    /// The one range check every numeric setting goes through (hyper-parameters, layer parameters, train settings,
    /// split fractions, seeds, dimensions): a finite number — <c>1e400</c> parses as infinity and must not reach the
    /// generated C# — that is whole where an integer is wanted and lies within the range.
    /// </summary>
    public bool Accepts(double value, bool isInteger)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return false;
        if (Kind == ParameterKind.Integer && (!isInteger || value < int.MinValue || value > int.MaxValue)) return false;
        var aboveMin = MinInclusive ? value >= Min : value > Min;
        var belowMax = MaxInclusive ? value <= Max : value < Max;
        return aboveMin && belowMax;
    }

    /// <summary>How messages describe the values it takes.</summary>
    public string DescribeRange()
    {
        if (Kind == ParameterKind.Choice) return "one of " + string.Join(", ", Choices!);
        if (Kind == ParameterKind.Bool) return "true or false";
        if (Kind == ParameterKind.Shape) return "a shape like [32, 14, 14] (whole numbers ≥ 1, one may be -1)";
        if (Kind == ParameterKind.Tensor) return "the name of a tensor kept with 'as'";
        var what = Kind == ParameterKind.Integer ? "a whole number" : "a number";
        var hasMin = !double.IsNegativeInfinity(Min);
        var hasMax = !double.IsPositiveInfinity(Max) && !(Kind == ParameterKind.Integer && Max >= int.MaxValue);
        if (hasMin && hasMax && MinInclusive && MaxInclusive) return $"{what} from {Show(Min)} to {Show(Max)}";
        var low = hasMin ? (MinInclusive ? "≥ " : "> ") + Show(Min) : null;
        var high = hasMax ? (MaxInclusive ? "≤ " : "< ") + Show(Max) : null;
        return low is null && high is null ? $"{what} (finite)" : $"{what} {string.Join(" and ", new[] { low, high }.Where(x => x is not null))}";
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
