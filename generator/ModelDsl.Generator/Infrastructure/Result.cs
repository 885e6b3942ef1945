using ModelDsl.Generator.Diagnostics;

namespace ModelDsl.Generator.Infrastructure;

/// <summary>A pipeline value together with the diagnostics found while computing it (both equatable).</summary>
internal sealed record Result<T>(T Value, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : System.IEquatable<T>
{
    /// <summary>
    /// Diagnostics that apply only to some compilations (MDSL0134: only without ModelDsl.Runtime.Torch). Kept beside
    /// <see cref="Value"/>, which emit reads, so that their locations never make an edit above a model re-emit the file.
    /// </summary>
    public EquatableArray<DiagnosticInfo> WithoutTorch { get; init; } = EquatableArray<DiagnosticInfo>.Empty;
}
