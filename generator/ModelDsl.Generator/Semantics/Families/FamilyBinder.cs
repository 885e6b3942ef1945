namespace ModelDsl.Generator.Semantics.Families;

/// <summary>
/// A family's part of binding a <c>model</c> declaration: the rule for what the header's arrow names, what a network
/// must output, and the family's bound record. The shared parts (features, preprocessing, algorithm or network, split,
/// metrics) come from <see cref="Binder.ModelBinding"/> (Semantics/Models/ModelBinder.cs).
/// </summary>
internal abstract class FamilyBinder
{
    /// <summary>The bound model, or null when the declaration has errors (each one reported).</summary>
    public abstract LearnedModel? Bind(Binder.ModelBinding binding);
}
