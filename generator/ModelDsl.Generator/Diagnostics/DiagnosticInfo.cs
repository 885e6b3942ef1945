using System.Linq;
using Microsoft.CodeAnalysis;
using ModelDsl.Generator.Infrastructure;

namespace ModelDsl.Generator.Diagnostics;

/// <summary>
/// An equatable description of a diagnostic: the descriptor's ID, the file and span as plain values,
/// and the message arguments. Turned into a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextLocation Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, TextLocation location, params string[] arguments)
    {
        // A call site that passes other arguments than the format takes is a generator bug: fail loudly (MDSL0004)
        // rather than report a message with a hole in it.
        var expected = DiagnosticDescriptors.ArgumentCount(descriptor.Id);
        if (arguments.Length != expected)
            throw new System.InvalidOperationException($"{descriptor.Id} takes {expected} message argument(s), but was given {arguments.Length}");
        return new(descriptor.Id, filePath, location, arguments.ToEquatableArray());
    }

    public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.ById(Id);

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(FilePath), Arguments.Cast<object>().ToArray());

    /// <summary>The message as the compiler prints it (used by the CLI and tests).</summary>
    public string FormatMessage() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Arguments.Cast<object>().ToArray());

    public override string ToString() => $"{FilePath}{Location}: {Descriptor.DefaultSeverity.ToString().ToLowerInvariant()} {Id}: {FormatMessage()}";
}
