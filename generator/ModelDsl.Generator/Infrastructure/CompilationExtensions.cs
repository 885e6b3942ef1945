using Microsoft.CodeAnalysis;

namespace ModelDsl.Generator.Infrastructure;

internal static class CompilationExtensions
{
    /// <summary>
    /// The type of that metadata name the compilation means: its own if it declares one, else the one accessible
    /// type among the references — null if none or several are. <see cref="Compilation.GetTypeByMetadataName"/> gives
    /// null as soon as two references hold the name (a second copy of ModelDsl.Runtime.Torch through another package,
    /// or an internal type of that name elsewhere), which would turn networks off.
    /// </summary>
    public static INamedTypeSymbol? GetBestTypeByMetadataName(this Compilation compilation, string fullyQualifiedMetadataName)
    {
        INamedTypeSymbol? best = null;
        foreach (var candidate in compilation.GetTypesByMetadataName(fullyQualifiedMetadataName))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly)) return candidate;
            if (!compilation.IsSymbolAccessibleWithin(candidate, compilation.Assembly)) continue;
            if (best is not null) return null; // two accessible ones: ambiguous, as the compiler would say
            best = candidate;
        }
        return best;
    }
}
