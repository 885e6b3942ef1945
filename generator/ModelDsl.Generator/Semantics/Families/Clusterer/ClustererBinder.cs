using ModelDsl.Generator.Diagnostics;

namespace ModelDsl.Generator.Semantics.Families;

/// <summary>A clusterer: the header names no label; learned by an algorithm only (the registry allows no network).</summary>
internal sealed class ClustererBinder : FamilyBinder
{
    public override LearnedModel? Bind(Binder.ModelBinding binding)
    {
        if (binding.Declaration.Label is { } label)
            binding.Report(DiagnosticDescriptors.ClustererLabel, label.Location, label.Text);
        var parts = binding.BindParts();
        if (parts is null) return null;
        return new ClustererModel
        {
            DslName = parts.DslName,
            Name = parts.Name,
            InputFullName = parts.InputFullName,
            Features = parts.Features,
            Preprocessing = parts.Preprocessing,
            Learning = parts.Learning,
            Metrics = parts.Metrics,
            Logs = parts.Logs,
            DeclarationHash = parts.DeclarationHash,
            Holdout = parts.Holdout,
        };
    }
}
