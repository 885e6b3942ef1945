using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ModelDsl.Generator.Semantics.Families;

/// <summary><c>model X : classifier(Schema -&gt; label)</c>: an enum label, or an integer label with its classes.</summary>
internal sealed record ClassifierModel : LearnedModel
{
    /// <summary>The label field: an enum, or an integer whose classes are <see cref="IntegerClasses"/>.</summary>
    public required FieldModel Label { get; init; }

    /// <summary><c>-&gt; digit in 0..9</c>; null for an enum label, whose members are the classes.</summary>
    public required IntegerClasses? IntegerClasses { get; init; }

    /// <summary><c>split …</c> or <c>cross_validate …</c>; null when neither is declared.</summary>
    public required Holdout? Holdout { get; init; }

    public override ModelFamily Family => ModelFamilies.Classifier;

    public int ClassCount => IntegerClasses?.Count ?? Label.Type.Members.Count;

    /// <summary>The class names reports and files use: an enum's values as written, or an integer label's values.</summary>
    public IReadOnlyList<string> ClassNames =>
        IntegerClasses is { } range
            ? Enumerable.Range(range.First, range.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList()
            : Label.Type.DslMembers.ToList();

    /// <summary>The C# names of the per-class probability properties (<c>Probability{name}</c>).</summary>
    public IReadOnlyList<string> ClassMemberNames =>
        IntegerClasses is { } range
            ? Enumerable.Range(range.First, range.Count).Select(i => i < 0 ? "Minus" + (-i).ToString(CultureInfo.InvariantCulture) : i.ToString(CultureInfo.InvariantCulture)).ToList()
            : Label.Type.Members.ToList();
}

/// <summary>An integer label whose values <see cref="First"/>..<see cref="Last"/> are the classes.</summary>
internal sealed record IntegerClasses(int First, int Last)
{
    public int Count => Last - First + 1;
}
