using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;

namespace ModelDsl.Generator.Emit;

/// <summary>
/// A family whose rows are independent: a row's features in, one typed prediction out (classifiers, regressors,
/// clusterers). <see cref="ModelEmitter"/> writes the class (train, evaluate, cross-validate, predict, files); these are
/// the family's parts of it.
/// </summary>
internal abstract class RowModelEmitter : FamilyEmitter
{
    protected const string Models = "global::ModelDsl.Runtime.Models";

    protected RowModelEmitter(LearnedModel model)
        : base(model)
    {
    }

    /// <summary>The emitter of a classifier, regressor or clusterer (networks learn only the first two).</summary>
    public static new RowModelEmitter Of(LearnedModel model) =>
        FamilyEmitter.Of(model) as RowModelEmitter ?? throw new System.ArgumentException($"'{model.DslName}' is not a row model.", nameof(model));

    /// <summary>How the class's summary names the family: "Classifier".</summary>
    public abstract string Title { get; }

    /// <summary>The runtime's trained type (<c>TrainedClassifier</c>, …).</summary>
    public abstract string Trained { get; }

    /// <summary>The runtime's report type.</summary>
    public abstract string Report { get; }

    /// <summary><c>split …</c> or <c>cross_validate …</c>; null when neither is declared.</summary>
    public abstract Holdout? Holdout { get; }

    public override (double TestFraction, bool Stratified, int Seed, int Folds) Split => Holdout switch
    {
        RandomSplit split => (split.TestFraction, split.Stratified, split.Seed, 0),
        CrossValidation folds => (0, false, folds.Seed, folds.Folds),
        _ => (0, false, 0, 0),
    };

    public override void Write(SourceWriter w, LearnerModel learner) => ModelEmitter.WriteRowModel(w, this, learner);

    /// <summary>The <c>RowReader</c>'s label lambda, or <c>null</c> without a label.</summary>
    public abstract string LabelReader { get; }

    /// <summary>The typed <c>Prediction</c> record.</summary>
    public abstract void WritePredictionType(SourceWriter w);

    /// <summary>Buffers a prediction needs beside the row's values (a classifier's class probabilities).</summary>
    public virtual void WritePredictionBuffers(SourceWriter w)
    {
    }

    /// <summary>One row's prediction from the extracted buffers, handed to <paramref name="target"/> ("return " or an assignment).</summary>
    public virtual void WritePredictionOfRow(SourceWriter w, string target) =>
        w.Line($"{target}new Prediction(_model.Predict(numeric, text));");

    /// <summary>The body of the commands' <c>Predict</c>: a CSV header, then one line per row of <c>csvPath</c> (from <c>typed</c>).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="network">Networks predict rows in batches (<c>typed.Predict(rows)</c>).</param>
    public abstract void WriteCsvPredictions(SourceWriter w, bool network);

    protected const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
}
