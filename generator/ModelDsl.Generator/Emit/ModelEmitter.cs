using System.Globalization;
using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Families;

namespace ModelDsl.Generator.Emit;

/// <summary>
/// A learned model: a typed class over the runtime's trainer. The generated part is what needs the
/// schema's types — reading features out of a row without reflection, the label, the typed prediction —
/// and the declaration as data (<c>Spec</c>); training and inference live in ModelDsl.Runtime.
/// What every family shares is here; each family's own part is its <see cref="FamilyEmitter"/> (Emit/Families/).
/// </summary>
internal static class ModelEmitter
{
    private const string Models = "global::ModelDsl.Runtime.Models";
    private const int MaxParameterOverload = 16;

    /// <summary>What a network's <c>ModelSpec</c> and model file record as the algorithm (<c>TrainedNetwork.AlgorithmName</c>).</summary>
    private const string NetworkAlgorithm = "network";

    public static void Write(SourceWriter w, LearnedModel model)
    {
        switch (model.Learning)
        {
            case NetworkLearning:
                NetworkEmitter.Write(w, model);
                break;
            case LearnerModel learner:
                FamilyEmitter.Of(model).Write(w, learner);
                break;
        }
    }

    /// <summary>The class of a classifier, regressor or clusterer learned by an algorithm: <paramref name="family"/> writes its own parts.</summary>
    internal static void WriteRowModel(SourceWriter w, RowModelEmitter family, LearnerModel learner)
    {
        var model = family.Model;
        var trained = family.Trained;
        var report = family.Report;
        var input = model.InputFullName;
        var text = model.Features.Where(f => f.Kind == FeatureKind.Text).ToList();

        w.Line($"/// <summary>{family.Title} '{EnumEmitter.Xml(model.DslName)}' ({learner.Algorithm}).</summary>");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.Line($"public sealed partial class {model.Name} : {Models}.ITrainedModel").OpenBrace();
        WriteSpec(w, model);

        w.Line($"private readonly {trained} _model;").Line();
        w.Line($"private {model.Name}({trained} model) => _model = model;").Line();
        w.Line("/// <summary>The trained parameters and how training went.</summary>");
        w.Line($"public {trained} Trained => _model;").Line();
        w.Line($"{Models}.ITrainedModelCore {Models}.ITrainedModel.Core => _model;").Line();
        w.Line("/// <summary>Metrics on the held-out test rows of the declared split (null without a split).</summary>");
        w.Line($"public {report}? TestReport => _model.TestReport;").Line();
        WriteExtraction(w, model);

        // Training
        w.Line("/// <summary>Trains on <paramref name=\"rows\"/> (after the declared split, if any). The result is immutable and thread-safe.</summary>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.Models.TrainingDataException\">A value is missing or not finite and the declaration does not impute it; the message names the row and the column.</exception>");
        w.Line($"public static {model.Name} Train(global::System.Collections.Generic.IEnumerable<{input}> rows, {Models}.TrainingOptions? options = null, global::System.IProgress<{Models}.TrainingProgress>? progress = null) =>");
        w.Indent().Line($"new {model.Name}({trained}.Train(Spec, {Models}.TrainingData.Collect(Spec, rows, s_reader), options, progress));").Unindent().Line();
        w.Line("/// <summary>Metrics on <paramref name=\"rows\"/>.</summary>");
        w.Line($"public {report} Evaluate(global::System.Collections.Generic.IEnumerable<{input}> rows) => _model.Evaluate({Models}.TrainingData.Collect(Spec, rows, s_reader));").Line();
        w.Line("/// <summary>k-fold cross-validation of the declaration on <paramref name=\"rows\"/>: a report per fold and their mean.</summary>");
        w.Line($"public static {Models}.CrossValidationReport<{report}> CrossValidate(global::System.Collections.Generic.IEnumerable<{input}> rows, int k = {(family.Holdout is CrossValidation folds ? folds.Folds : 5)}, {Models}.TrainingOptions? options = null) =>");
        w.Indent().Line($"{trained}.CrossValidate(Spec, {Models}.TrainingData.Collect(Spec, rows, s_reader), k, options);").Unindent().Line();

        // Prediction
        WritePrediction(w, family, learner, NumericCount(model), text.Count);
        w.Line();
        FeatureInverseEmitter.Write(w, model, "_model.Pipeline");

        // Files
        w.Line("/// <summary>Saves the trained model (atomically: a temporary file, then renamed).</summary>");
        w.Line("public void Save(string path) => _model.Save(path);").Line();
        w.Line("/// <summary>Saves the trained model to a stream.</summary>");
        w.Line("public void Save(global::System.IO.Stream stream) => _model.Save(stream);").Line();
        w.Line("/// <summary>Loads a model saved by <see cref=\"Save(string)\"/>.</summary>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.ModelFiles.ModelFileException\">The file is not a model file, is damaged, has another format version, or holds another model or declaration.</exception>");
        w.Line($"public static {model.Name} Load(string path) => new {model.Name}({trained}.Load(Spec, path));").Line();
        w.Line("/// <summary>Loads a model from a stream.</summary>");
        w.Line($"public static {model.Name} Load(global::System.IO.Stream stream) => new {model.Name}({trained}.Load(Spec, stream));").Line();
        WriteCommands(w, model);
        w.CloseBrace();
    }

    /// <summary>The nested class's name: a member may not share its class's name.</summary>
    internal static string CommandsName(LearnedModel model) => model.Name == "Commands" ? "ModelCommands" : "Commands";

    /// <summary>The start of the nested <c>Commands</c> class, up to and including <c>Train</c>.</summary>
    internal static void WriteCommandsStart(SourceWriter w, LearnedModel model, string interfaceName, string trainProgress, string readArguments = "csvPath")
    {
        var input = model.InputFullName;
        var commands = CommandsName(model);
        w.Line($"public sealed class {commands} : {interfaceName}").OpenBrace();
        w.Line("/// <summary>The one instance.</summary>");
        w.Line($"public static {commands} Instance {{ get; }} = new {commands}();").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public string ModelName => {Naming.Quote(model.DslName)};").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public {Models}.ITrainedModel Train(string csvPath, global::System.IProgress<{Models}.TrainingProgress>? progress = null) => {model.Name}.Train({input}.ReadCsv({readArguments}), null, {trainProgress});").Line();
        if (!model.Logs.IsEmpty)
        {
            // a run log given by the tool replaces the declared one (the interface's default would write both)
            w.Line("/// <inheritdoc />");
            w.Line($"public {Models}.ITrainedModel Train(string csvPath, {Models}.TrainingOverrides overrides, global::System.IProgress<{Models}.TrainingProgress>? progress = null) => {model.Name}.Train({input}.ReadCsv({readArguments}), overrides.ForClassical(ModelName), {trainProgress});").Line();
        }
    }

    /// <summary>The nested <c>Commands</c> class: CSV in and out for tools (see IModelCommands).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="model">The model.</param>
    /// <param name="network">Networks: progress per epoch goes through <c>NetworkProgress.Forward</c>, and rows are predicted in batches.</param>
    internal static void WriteCommands(SourceWriter w, LearnedModel model, bool network = false)
    {
        var input = model.InputFullName;
        // Where the declaration imputes, an empty, NA or NaN cell of a numeric feature is a missing value to impute, in
        // every command (elsewhere it stays an error naming its line and column).
        var imputes = model.Features.Any(f => f.Imputation != "reject");
        var read = imputes ? "csvPath, missingAsNaN: true" : "csvPath";
        var family = FamilyEmitter.Of(model);
        w.Line("/// <summary>Training, evaluation and prediction on CSV files, for tools such as <c>modeldsl</c>.</summary>");
        WriteCommandsStart(w, model, $"{Models}.IModelCommands",
            network ? "progress is null ? null : global::ModelDsl.Runtime.Torch.NetworkProgress.Forward(progress)" : "progress", read);
        if (network)
        {
            w.Line("/// <inheritdoc />");
            w.Line($"public {Models}.ITrainedModel Train(string csvPath, {Models}.TrainingOverrides overrides, global::System.IProgress<{Models}.TrainingProgress>? progress = null)").OpenBrace();
            w.Line("global::System.ArgumentNullException.ThrowIfNull(overrides);");
            w.Line("var options = new global::ModelDsl.Runtime.Torch.NetworkTrainingOptions { Epochs = overrides.Epochs, Device = overrides.Device, CheckpointPath = overrides.CheckpointPath, Log = overrides.Log };");
            w.Line("var forward = progress is null ? null : global::ModelDsl.Runtime.Torch.NetworkProgress.Forward(progress);");
            w.Line($"return overrides.ResumeFrom is {{ }} checkpoint ? {model.Name}.Resume({input}.ReadCsv({read}), checkpoint, options, forward) : {model.Name}.Train({input}.ReadCsv({read}), options, forward);");
            w.CloseBrace().Line();
        }
        else
        {
            w.Line("/// <inheritdoc />");
            w.Line($"public string CrossValidate(string csvPath, int? folds) => {model.Name}.CrossValidate({input}.ReadCsv({read}), folds ?? {(family.Split.Folds > 0 ? family.Split.Folds : 5)}).ToString();").Line();
        }
        w.Line("/// <inheritdoc />");
        w.Line($"public {Models}.ITrainedModel Load(string modelPath) => {model.Name}.Load(modelPath);").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public string Evaluate({Models}.ITrainedModel model, string csvPath) => (({model.Name})model).Evaluate({input}.ReadCsv({read})).ToString();").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public object EvaluateReport({Models}.ITrainedModel model, string csvPath) => (({model.Name})model).Evaluate({input}.ReadCsv({read}));").Line();
        // New data: the label may be absent (prediction never reads it).
        var optional = model is ClustererModel ? "global::System.Array.Empty<string>()" : $"new string[] {{ {Naming.Quote(family.LabelName)} }}";
        w.Line("/// <summary>How <see cref=\"Predict\"/> reads new rows: without the label if need be, missing values where the declaration imputes them.</summary>");
        w.Line($"public static global::ModelDsl.Runtime.Data.CsvReadOptions PredictionRows {{ get; }} = new global::ModelDsl.Runtime.Data.CsvReadOptions {{ MissingAsNaN = {(imputes ? "true" : "false")}, OptionalColumns = {optional} }};").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public void Predict({Models}.ITrainedModel model, string csvPath, global::System.IO.TextWriter output)").OpenBrace();
        w.Line($"var typed = ({model.Name})model;");
        RowModelEmitter.Of(model).WriteCsvPredictions(w, network);
        w.CloseBrace();
        w.CloseBrace();
    }

    /// <summary>The class names a classifier reports: an enum's values as written, or an integer label's values (none for other families).</summary>
    internal static System.Collections.Generic.IReadOnlyList<string> ClassNames(LearnedModel model) => FamilyEmitter.Of(model).ClassNames;

    /// <summary><c>DeclarationHash</c> and <c>Spec</c>: the declaration as data.</summary>
    internal static void WriteSpec(SourceWriter w, LearnedModel model)
    {
        var family = FamilyEmitter.Of(model);
        var split = family.Split;
        w.Line("/// <summary>SHA-256 of the declaration and its schema; a model file trained from another declaration is refused.</summary>");
        w.Line($"public const string DeclarationHash = \"{model.DeclarationHash}\";").Line();
        w.Line("/// <summary>The declaration as data: features, preprocessing, algorithm and its parameters.</summary>");
        w.Line($"public static {Models}.ModelSpec Spec {{ get; }} = new {Models}.ModelSpec(").Indent();
        w.Line($"name: {Naming.Quote(model.DslName)},");
        w.Line($"task: {Models}.LearningTask.{model.Task},");
        w.Line($"algorithm: {Naming.Quote(model.Learner?.Algorithm ?? NetworkAlgorithm)},");
        w.Line($"parameters: new global::System.Collections.Generic.KeyValuePair<string, string>[] {{ {string.Join(", ", (model.Learner?.Parameters ?? EquatableArray<ParameterValue>.Empty).Select(p => $"new({Naming.Quote(p.Name)}, {Naming.Quote(p.Value)})"))} }},");
        if (model.Features.Any(f => f.Type.IsTensor || f.Type.IsSet))
        {
            // A tensor field is one feature per element (named pixels[0], pixels[1], …) to the runtime, a set field one
            // 0/1 feature per member (items=fruit, …).
            w.Line($"features: {Models}.FeatureSpec.Join(").Indent();
            for (var i = 0; i < model.Features.Count; i++)
            {
                var f = model.Features[i];
                var separator = i + 1 < model.Features.Count ? "," : "),";
                w.Line((f.Type.IsTensor
                    ? $"{Models}.FeatureSpec.Elements({Naming.Quote(f.DslName)}, {f.Type.ElementCount}, {Models}.FeatureScaling.{f.Scaling}, {Models}.Imputation.{Pascal(f.Imputation)}, {Number(f.ImputeConstant)})"
                    : f.Type.IsSet
                    ? $"{Models}.FeatureSpec.Members({Naming.Quote(f.DslName)}, new string[] {{ {string.Join(", ", f.Type.DslMembers.Select(Naming.Quote))} }})"
                    : $"new {Models}.FeatureSpec[] {{ {FeatureSpecOf(f)} }}") + separator);
            }
            w.Unindent();
        }
        else
        {
            w.Line($"features: new {Models}.FeatureSpec[]").OpenBrace();
            foreach (var f in model.Features) w.Line($"{FeatureSpecOf(f)},");
            w.Unindent().Line("},");
        }
        var preprocessing = model.Preprocessing;
        w.Line($"polynomialDegree: {preprocessing.PolynomialDegree},");
        w.Line($"polynomialInteractionOnly: {Bool(preprocessing.PolynomialInteractionOnly)},");
        w.Line($"lowercase: {Bool(preprocessing.BagOfWordsLowercase)},");
        w.Line($"minCount: {preprocessing.BagOfWordsMinCount},");
        w.Line($"classNames: new string[] {{ {string.Join(", ", family.ClassNames.Select(Naming.Quote))} }},");
        w.Line($"testFraction: {Number(split.TestFraction)},");
        w.Line($"stratified: {Bool(split.Stratified)},");
        w.Line($"seed: {split.Seed},");
        w.Line($"folds: {split.Folds},");
        w.Line($"metrics: new string[] {{ {string.Join(", ", model.Metrics.Select(Naming.Quote))} }},");
        w.Line("declarationHash: DeclarationHash,");
        w.Line($"labelName: {Naming.Quote(family.LabelName)})" + RunLogEmitter.Initializer(model.Logs, batches: false) + ";").Unindent().Line();
    }

    private static string FeatureSpecOf(FeatureModel f)
    {
        var categories = f.Kind == FeatureKind.Enum ? f.Type.Members.Count : 0;
        var names = f.Kind == FeatureKind.Enum ? $", new string[] {{ {string.Join(", ", f.Type.DslMembers.Select(Naming.Quote))} }}" : "";
        var clamp = f.IsClamped ? $", ClampLow: {Number(f.ClampLow)}, ClampHigh: {Number(f.ClampHigh)}" : "";
        return $"new({Naming.Quote(f.DslName)}, {Models}.FeatureKind.{f.Kind}, {categories}, {Models}.FeatureScaling.{f.Scaling}, {Models}.Imputation.{Pascal(f.Imputation)}, {Number(f.ImputeConstant)}{names}{clamp})";
    }

    /// <summary>Feature extraction: the only code that touches the schema's properties.</summary>
    internal static void WriteExtraction(SourceWriter w, LearnedModel model)
    {
        var input = model.InputFullName;
        var numeric = model.Features.Where(f => f.Kind != FeatureKind.Text).ToList();
        var text = model.Features.Where(f => f.Kind == FeatureKind.Text).ToList();
        w.Line($"private static void Extract(in {input} row, global::System.Span<double> numeric, global::System.Span<string?> text)").OpenBrace();
        var at = 0;
        foreach (var feature in numeric)
        {
            if (feature.Type.IsTensor)
            {
                // A tensor field: its elements in row-major order, the length checked against the declared shape.
                var n = feature.Type.ElementCount;
                w.Line($"{Models}.TensorFields.Copy(row.{feature.Property}, numeric.Slice({at}, {n}), {Naming.Quote(feature.DslName)});");
                at += n;
            }
            else if (feature.Type.IsSet)
            {
                // A set field: one 0/1 value per member (multi-hot).
                var n = feature.Type.ElementCount;
                w.Line($"row.{feature.Property}.WriteMultiHot(numeric.Slice({at}, {n}));");
                at += n;
            }
            else w.Line($"numeric[{at++}] = {NumericValue(feature)};");
        }
        for (var i = 0; i < text.Count; i++) w.Line($"text[{i}] = row.{text[i].Property};");
        w.CloseBrace().Line();
        w.Line($"private static readonly {Models}.RowReader<{input}> s_reader = new(Extract, {RowModelEmitter.Of(model).LabelReader});").Line();
    }

    /// <summary>Numeric values a row gives the model: one per scalar feature, every element of a tensor field.</summary>
    internal static int NumericCount(LearnedModel model) =>
        model.Features.Where(f => f.Kind != FeatureKind.Text).Sum(f => f.Type.ElementCount);

    /// <summary>
    /// The buffer for a row's numeric values: on the stack, so prediction allocates nothing, up to
    /// <see cref="MaxStackValues"/> values (64 KB); a larger tensor gets an array per prediction rather than risk the stack.
    /// </summary>
    internal static string NumericBuffer(int count) =>
        count <= MaxStackValues ? $"stackalloc double[{System.Math.Max(1, count)}]" : $"new double[{count}]";

    private const int MaxStackValues = 8192;

    /// <summary>The C# expression turning class index <paramref name="index"/> into a classifier's predicted class.</summary>
    internal static string ClassFromIndex(LearnedModel model, string index) => ClassifierEmitter.ClassFromIndex((ClassifierModel)model, index);

    /// <summary>The typed <c>Prediction</c> record.</summary>
    internal static void WritePredictionType(SourceWriter w, LearnedModel model) => RowModelEmitter.Of(model).WritePredictionType(w);

    /// <summary>The stack buffers one prediction needs: the row's values, its texts, and the class probabilities.</summary>
    private static void WritePredictionBuffers(SourceWriter w, RowModelEmitter family, int numericCount, int textCount)
    {
        w.Line($"global::System.Span<double> numeric = {NumericBuffer(numericCount)};");
        if (textCount > 0)
        {
            w.Line("var texts = new TextBuffer();");
            w.Line("global::System.Span<string?> text = texts;");
        }
        else
        {
            w.Line("global::System.Span<string?> text = default;");
        }
        family.WritePredictionBuffers(w);
    }

    /// <summary>One row's prediction into the buffers of <see cref="WritePredictionBuffers"/>, handed to
    /// <paramref name="target"/> ("return " or an assignment).</summary>
    private static void WritePredictionOfRow(SourceWriter w, RowModelEmitter family, string row, string target)
    {
        w.Line($"Extract(in {row}, numeric, text);");
        family.WritePredictionOfRow(w, target);
    }

    private static void WritePrediction(SourceWriter w, RowModelEmitter family, LearnerModel learner, int numericCount, int textCount)
    {
        var model = family.Model;
        var input = model.InputFullName;
        family.WritePredictionType(w);

        w.Line("/// <summary>Predicts for one row; only the features are read (the label may be left unset). Allocates nothing.</summary>");
        w.Line($"public Prediction Predict(in {input} input)").OpenBrace();
        WritePredictionBuffers(w, family, numericCount, textCount);
        WritePredictionOfRow(w, family, "input", "return ");
        w.CloseBrace().Line();

        WriteFeatureOverload(w, model);

        w.Line("/// <summary>This model's own instance of the runtime's prediction method, so the JIT's profile of it sees this model's algorithm alone.</summary>");
        w.Line("private struct PredictionSite { }").Line();

        var algorithm = Semantics.Models.LearningCatalog.Spec(learner.Algorithm, model.Task);
        if (algorithm?.Has(AlgorithmCapabilities.FeatureImportances | AlgorithmCapabilities.DecisionPaths) == true)
        {
            w.Line("/// <summary>Each preprocessed feature column's share of the impurity decrease (summing to 1; averaged over the trees of a forest).</summary>");
            w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Models}.FeatureImportance> FeatureImportances => _model.FeatureImportances;").Line();
            w.Line("/// <summary>Why: the tests <paramref name=\"input\"/> passes through in tree <paramref name=\"tree\"/> (0 for a decision tree), each with its value, and the leaf it reaches.</summary>");
            w.Line($"public {Models}.DecisionPath Explain(in {input} input, int tree = 0)").OpenBrace();
            w.Line($"global::System.Span<double> numeric = {NumericBuffer(numericCount)};");
            if (textCount > 0) w.Line("var texts = new TextBuffer();").Line("global::System.Span<string?> text = texts;");
            else w.Line("global::System.Span<string?> text = default;");
            w.Line("Extract(in input, numeric, text);");
            w.Line("return _model.DecisionPath(numeric, text, tree);");
            w.CloseBrace().Line();
        }

        if (algorithm?.Has(AlgorithmCapabilities.Projection) == true)
        {
            w.Line("/// <summary>The number of discriminant axes (at most classes − 1).</summary>");
            w.Line("public int ComponentCount => _model.ComponentCount;").Line();
            w.Line("/// <summary>Projects a row onto the discriminant axes; <paramref name=\"output\"/> needs <see cref=\"ComponentCount\"/> values. Allocates nothing.</summary>");
            w.Line($"public void Transform(in {input} input, global::System.Span<double> output)").OpenBrace();
            w.Line($"global::System.Span<double> numeric = {NumericBuffer(numericCount)};");
            if (textCount > 0) w.Line("var texts = new TextBuffer();").Line("global::System.Span<string?> text = texts;");
            else w.Line("global::System.Span<string?> text = default;");
            w.Line("Extract(in input, numeric, text);");
            w.Line("_model.Transform(numeric, text, output);");
            w.CloseBrace().Line();
        }

        // The loop body is the single-row prediction again, with the buffers made once: calling Predict(in) per row would
        // copy each returned Prediction with one wide load over the callee's narrower stores, which the CPU cannot
        // forward (measured: 54 against 22 ns per iris row).
        w.Line("/// <summary>Predicts for many rows into <paramref name=\"outputs\"/> (same length). Allocates nothing.</summary>");
        w.Line($"public void Predict(global::System.ReadOnlySpan<{input}> inputs, global::System.Span<Prediction> outputs)").OpenBrace();
        w.Line("if (outputs.Length < inputs.Length) throw new global::System.ArgumentException(\"outputs is shorter than inputs\", nameof(outputs));");
        WritePredictionBuffers(w, family, numericCount, textCount);
        w.Line("for (var i = 0; i < inputs.Length; i++)").OpenBrace();
        WritePredictionOfRow(w, family, "inputs[i]", "outputs[i] = ");
        w.CloseBrace();
        w.CloseBrace();

        if (textCount > 0)
        {
            w.Line();
            w.Line($"[global::System.Runtime.CompilerServices.InlineArray({textCount})]");
            w.Line("private struct TextBuffer").OpenBrace().Line("private string? _first;").CloseBrace();
        }
    }

    /// <summary><c>Predict(a, b, …)</c> from the feature values alone, for models with few features.</summary>
    internal static void WriteFeatureOverload(SourceWriter w, LearnedModel model)
    {
        var features = model.Features.ToList();
        if (features.Count > MaxParameterOverload) return;
        w.Line("/// <summary>Predicts from the feature values alone.</summary>");
        var list = string.Join(", ", features.Select(f => $"{f.Type.CSharpName}{(f.Kind == FeatureKind.Text ? "?" : "")} {Naming.Local(f.DslName)}"));
        w.Line($"public Prediction Predict({list}) =>");
        w.Indent().Line($"Predict(new {model.InputFullName} {{ {string.Join(", ", features.Select(f => $"{f.Property} = {Naming.Local(f.DslName)}{(f.Kind == FeatureKind.Text ? " ?? \"\"" : "")}"))} }});").Unindent().Line();
    }

    private static string NumericValue(FeatureModel f) => f.Kind switch
    {
        FeatureKind.Bool => $"row.{f.Property} ? 1d : 0d",
        FeatureKind.Enum => $"(double)(int)row.{f.Property}",
        _ => $"row.{f.Property}",
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Pascal(string name) => Naming.Pascal(name);
}
