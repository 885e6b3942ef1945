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
        // A network clause is already an error here (ModelFamily.Networks), so the parts hold the algorithm.
        if (target is null || parts?.Learner is not { } learner) return null;
        return new ForecasterModel
        {
            DslName = parts.DslName,
            Name = parts.Name,
            InputFullName = parts.InputFullName,
            Features = parts.Features,
            Preprocessing = parts.Preprocessing,
            Learning = learner,
            Metrics = parts.Metrics,
            DeclarationHash = parts.DeclarationHash,
            Target = target,
            SplitLast = parts.SplitLast,
        };
    }
}
