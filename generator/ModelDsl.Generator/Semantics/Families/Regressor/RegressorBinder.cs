namespace ModelDsl.Generator.Semantics.Families;

/// <summary>A regressor's target rule (a numeric field) and its record.</summary>
internal sealed class RegressorBinder : FamilyBinder
{
    public override LearnedModel? Bind(Binder.ModelBinding binding)
    {
        var target = binding.NumericTarget();
        // A network's last layer gives the one predicted value.
        var parts = binding.BindParts(networkOutputs: 1);
        if (parts is null || target is null) return null;
        return new RegressorModel
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
            Target = target,
            Holdout = parts.Holdout,
        };
    }
}
