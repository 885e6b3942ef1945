namespace ModelDsl.Generator.Semantics.Families;

/// <summary>
/// A forecaster's target rule (a numeric field) and its record. What it may not declare (features, preprocessing, a
/// random split, k folds) the shared binder reports from <see cref="ModelFamily.TimeOrdered"/>.
/// </summary>
internal sealed class ForecasterBinder : FamilyBinder
{
    public override LearnedModel? Bind(Binder.ModelBinding binding)
    {
        var target = binding.NumericTarget();
        var parts = binding.BindParts();
        if (target is null || parts is null) return null;
        return new ForecasterModel
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
            SplitLast = parts.SplitLast,
        };
    }
}
