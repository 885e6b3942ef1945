namespace ModelDsl.Generator.Semantics.Families;

/// <summary>A regressor's target rule (a numeric field) and its record.</summary>
internal sealed class RegressorBinder : FamilyBinder
{
    public override LearnedModel? Bind(Binder.ModelBinding binding)
    {
        var target = binding.NumericTarget();
        var parts = binding.BindParts();
        if (parts is null || target is null) return null;
        // The network's last layer gives the one predicted value.
        var learning = binding.BindLearning(parts, 1);
        if (learning is null) return null;
        return new RegressorModel
        {
            DslName = parts.DslName,
            Name = parts.Name,
            InputFullName = parts.InputFullName,
            Features = parts.Features,
            Preprocessing = parts.Preprocessing,
            Learning = learning,
            Metrics = parts.Metrics,
            DeclarationHash = parts.DeclarationHash,
            Target = target,
            Holdout = parts.Holdout,
        };
    }
}
