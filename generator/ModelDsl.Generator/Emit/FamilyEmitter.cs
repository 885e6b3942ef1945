using System.Collections.Generic;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Families;

namespace ModelDsl.Generator.Emit;

/// <summary>
/// A family's part of the generated class (<c>Emit/Families/&lt;Family&gt;/</c>). <see cref="ModelEmitter"/> writes what every
/// family shares (the declaration as data, feature extraction, the tools' commands); a network learning a family is
/// written by <see cref="NetworkEmitter"/>, which asks the family for its prediction type and classes.
/// </summary>
internal abstract class FamilyEmitter
{
    /// <summary>The emitter of <paramref name="model"/>'s family: one line per family.</summary>
    public static FamilyEmitter Of(LearnedModel model) => model switch
    {
        ClassifierModel classifier => new ClassifierEmitter(classifier),
        RegressorModel regressor => new RegressorEmitter(regressor),
        ClustererModel clusterer => new ClustererEmitter(clusterer),
        ForecasterModel forecaster => new ForecasterEmitter(forecaster),
        _ => throw new System.ArgumentException($"No emitter for the family of '{model.DslName}'.", nameof(model)),
    };

    protected FamilyEmitter(LearnedModel model) => Model = model;

    public LearnedModel Model { get; }

    /// <summary>The class of a model learned by <paramref name="learner"/>.</summary>
    public abstract void Write(SourceWriter w, LearnerModel learner);

    /// <summary>What <c>ModelSpec</c>'s <c>labelName</c> records.</summary>
    public abstract string LabelName { get; }

    /// <summary>The classes <c>ModelSpec</c> lists: a classifier's; none for other families.</summary>
    public virtual IReadOnlyList<string> ClassNames => System.Array.Empty<string>();

    /// <summary><c>ModelSpec</c>'s <c>testFraction</c>, <c>stratified</c>, <c>seed</c> and <c>folds</c> (0: none declared).</summary>
    public abstract (double TestFraction, bool Stratified, int Seed, int Folds) Split { get; }
}
