using ModelDsl.Generator.Diagnostics;

namespace ModelDsl.Generator.Semantics.Families;

/// <summary>A classifier's label rule (an enum with two values or more, or an integer with <c>in first..last</c>) and its record.</summary>
internal sealed class ClassifierBinder : FamilyBinder
{
    public override LearnedModel? Bind(Binder.ModelBinding binding)
    {
        var label = BindLabel(binding, out var integerClasses);
        // A network's last layer gives one score per class (a label with errors stops the binding before any network).
        var parts = binding.BindParts(networkOutputs: integerClasses?.Count ?? label?.Type.Members.Count ?? 0);
        if (parts is null || label is null) return null;
        return new ClassifierModel
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
            Label = label,
            IntegerClasses = integerClasses,
            Holdout = parts.Holdout,
        };
    }

    private static FieldModel? BindLabel(Binder.ModelBinding binding, out IntegerClasses? integerClasses)
    {
        integerClasses = null;
        if (binding.LabelField() is not { } field) return null;
        var (name, type) = field;
        var model = binding.Declaration;
        if (model.LabelRange is { } range)
        {
            if (!type.IsIntegral)
            {
                binding.Report(DiagnosticDescriptors.LabelRangeMisuse, range.Location, name, type.Describe(), "");
                return null;
            }
            if (!range.First.IsInteger || !range.Last.IsInteger || range.First.Value > int.MaxValue || range.Last.Value <= range.First.Value || range.Last.Value - range.First.Value >= 10_000)
            {
                binding.Report(DiagnosticDescriptors.InvalidLabelRange, range.Location, range.First.Text, range.Last.Text);
                return null;
            }
            integerClasses = new IntegerClasses((int)range.First.Value, (int)range.Last.Value);
            return Binder.ModelBinding.Field(name, type);
        }
        if (type.Kind != ValueKind.Enum)
        {
            binding.Report(DiagnosticDescriptors.ClassifierLabel, model.Label!.Location,
                name, type.Describe(), type.IsNumeric ? " (for a quantity, declare a regressor)" : "");
            return null;
        }
        if (type.Members.Count < 2)
        {
            binding.Report(DiagnosticDescriptors.TooFewClasses, model.Label!.Location,
                type.EnumDslName ?? "", type.Members.Count == 1 ? "1 value" : $"{type.Members.Count} values");
            return null;
        }
        return Binder.ModelBinding.Field(name, type);
    }
}
