using ModelDsl.Generator.Diagnostics;

namespace ModelDsl.Generator.Infrastructure;

/// <summary>A pipeline value together with the diagnostics found while computing it (both equatable).</summary>
internal sealed record Result<T>(T Value, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : System.IEquatable<T>;
