using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Families;

namespace ModelDsl.Generator.Emit;

/// <summary>
/// A forecaster: a typed class over the runtime's <c>TrainedForecaster</c>. The rows are a time-ordered
/// series; the generated part reads the target out of a row and types the forecast.
/// </summary>
internal sealed class ForecasterEmitter : FamilyEmitter
{
    private const string Models = "global::ModelDsl.Runtime.Models";

    private readonly ForecasterModel _model;

    public ForecasterEmitter(ForecasterModel model)
        : base(model) => _model = model;

    public override string LabelName => _model.Target.DslName;

    /// <summary>Only <c>split last</c>: never stratified, no seed, no folds (time order forbids them).</summary>
    public override (double TestFraction, bool Stratified, int Seed, int Folds) Split => (_model.SplitLast ?? 0, false, 0, 0);

    public override void Write(SourceWriter w, LearnerModel learner)
    {
        var model = _model;
        var input = model.InputFullName;
        var target = model.Target.Property;
        var rows = $"global::System.Collections.Generic.IEnumerable<{input}>";
        w.Line($"/// <summary>Forecaster '{EnumEmitter.Xml(model.DslName)}' ({learner.Algorithm}) of the series '{EnumEmitter.Xml(model.Target.DslName)}'; rows are in time order, oldest first.</summary>");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.Line($"public sealed partial class {model.Name} : {Models}.ITrainedModel").OpenBrace();
        ModelEmitter.WriteSpec(w, model);
        w.Line($"private readonly {Models}.TrainedForecaster _model;").Line();
        w.Line($"private {model.Name}({Models}.TrainedForecaster model) => _model = model;").Line();
        w.Line("/// <summary>The fitted autoregression and how training went.</summary>");
        w.Line($"public {Models}.TrainedForecaster Trained => _model;").Line();
        w.Line($"{Models}.ITrainedModelCore {Models}.ITrainedModel.Core => _model;").Line();
        w.Line("/// <summary>One-step-ahead forecasts of the rows held out at the end of the series (null without a split).</summary>");
        w.Line($"public {Models}.RegressionReport? TestReport => _model.TestReport;").Line();
        w.Line($"private static void Extract(in {input} row, global::System.Span<double> numeric, global::System.Span<string?> text) {{ }}").Line();
        w.Line($"private static readonly {Models}.RowReader<{input}> s_reader = new(Extract, static (in {input} row) => (double)row.{target});").Line();

        w.Line("/// <summary>One forecast value.</summary>");
        w.Line("/// <param name=\"Step\">1 for the value right after the history, 2 for the one after, …</param>");
        w.Line($"/// <param name=\"{target}\">The forecast.</param>");
        w.Line($"public readonly record struct ForecastStep(int Step, double {target});").Line();

        w.Line("/// <summary>Fits the declared autoregression to <paramref name=\"rows\"/> (time order, oldest first), holding out the declared last rows.</summary>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.Models.TrainingDataException\">A target value is missing or not finite; the message names the row.</exception>");
        w.Line($"public static {model.Name} Train({rows} rows, {Models}.TrainingOptions? options = null, global::System.IProgress<{Models}.TrainingProgress>? progress = null) =>");
        w.Indent().Line($"new {model.Name}({Models}.TrainedForecaster.Train(Spec, {Models}.TrainingData.Collect(Spec, rows, s_reader), options, progress));").Unindent().Line();
        w.Line("/// <summary>Scores one-step-ahead forecasts over <paramref name=\"rows\"/> (each from the rows before it).</summary>");
        w.Line($"public {Models}.RegressionReport Evaluate({rows} rows) => _model.Evaluate({Models}.TrainingData.Collect(Spec, rows, s_reader));").Line();

        w.Line("/// <summary>The next <paramref name=\"horizon\"/> values after the series the model was trained on.</summary>");
        w.Line("public ForecastStep[] Forecast(int horizon)").OpenBrace();
        w.Line("var values = new double[horizon];");
        w.Line("_model.Forecast(values);");
        w.Line("return Steps(values);");
        w.CloseBrace().Line();
        w.Line("/// <summary>The next <paramref name=\"horizon\"/> values after <paramref name=\"history\"/> (time order, oldest first).</summary>");
        w.Line($"public ForecastStep[] Forecast({rows} history, int horizon)").OpenBrace();
        w.Line($"var series = {Models}.TrainingData.Collect(Spec, history, s_reader).Labels;");
        w.Line("var values = new double[horizon];");
        w.Line("_model.Forecast(series, values);");
        w.Line("return Steps(values);");
        w.CloseBrace().Line();
        w.Line("/// <summary>Forecasts <c>output.Length</c> values after the raw <paramref name=\"history\"/> values (oldest first).</summary>");
        w.Line("public void Forecast(global::System.ReadOnlySpan<double> history, global::System.Span<double> output) => _model.Forecast(history, output);").Line();
        w.Line("private static ForecastStep[] Steps(double[] values)").OpenBrace();
        w.Line("var steps = new ForecastStep[values.Length];");
        w.Line("for (var i = 0; i < values.Length; i++) steps[i] = new ForecastStep(i + 1, values[i]);");
        w.Line("return steps;");
        w.CloseBrace().Line();

        w.Line("/// <summary>Saves the trained model (atomically: a temporary file, then renamed).</summary>");
        w.Line("public void Save(string path) => _model.Save(path);").Line();
        w.Line("/// <summary>Saves the trained model to a stream.</summary>");
        w.Line("public void Save(global::System.IO.Stream stream) => _model.Save(stream);").Line();
        w.Line("/// <summary>Loads a model saved by <see cref=\"Save(string)\"/>.</summary>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.ModelFiles.ModelFileException\">The file is not a model file, is damaged, or holds another model or declaration.</exception>");
        w.Line($"public static {model.Name} Load(string path) => new {model.Name}({Models}.TrainedForecaster.Load(Spec, path));").Line();
        w.Line("/// <summary>Loads a model from a stream.</summary>");
        w.Line($"public static {model.Name} Load(global::System.IO.Stream stream) => new {model.Name}({Models}.TrainedForecaster.Load(Spec, stream));").Line();
        WriteCommands(w, model);
        w.CloseBrace();
    }

    /// <summary>The nested <c>Commands</c> class (see IForecasterCommands): <c>predict</c> writes one-step-ahead forecasts, <c>Forecast</c> the values after a series.</summary>
    private static void WriteCommands(SourceWriter w, ForecasterModel model)
    {
        var input = model.InputFullName;
        var target = model.Target.DslName;
        var inv = "global::System.Globalization.CultureInfo.InvariantCulture";
        w.Line("/// <summary>Training, evaluation, one-step-ahead predictions and forecasts on CSV files, for tools such as <c>modeldsl</c>.</summary>");
        ModelEmitter.WriteCommandsStart(w, model, $"{Models}.IForecasterCommands", "progress");
        w.Line("/// <inheritdoc />");
        w.Line($"public {Models}.ITrainedModel Load(string modelPath) => {model.Name}.Load(modelPath);").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public string Evaluate({Models}.ITrainedModel model, string csvPath) => (({model.Name})model).Evaluate({input}.ReadCsv(csvPath)).ToString();").Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public void Predict({Models}.ITrainedModel model, string csvPath, global::System.IO.TextWriter output)").OpenBrace();
        w.Line($"var typed = ({model.Name})model;");
        w.Line($"var series = {Models}.TrainingData.Collect(Spec, {input}.ReadCsv(csvPath), s_reader).Labels;");
        w.Line("global::System.Span<double> next = stackalloc double[1];");
        w.Line($"output.WriteLine({Naming.Quote(target + ",forecast")});");
        w.Line("for (var t = 0; t < series.Length; t++)").OpenBrace();
        w.Line($"var actual = series[t].ToString(\"R\", {inv});");
        w.Line("if (t < typed.Trained.Algorithm.HistoryNeeded)").OpenBrace();
        w.Line("output.WriteLine(actual + \",\");");
        w.Line("continue;");
        w.CloseBrace();
        w.Line("typed.Forecast(global::System.MemoryExtensions.AsSpan(series, 0, t), next);");
        w.Line($"output.WriteLine(actual + \",\" + next[0].ToString(\"R\", {inv}));");
        w.CloseBrace();
        w.CloseBrace().Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public void Forecast({Models}.ITrainedModel model, string? csvPath, int horizon, global::System.IO.TextWriter output)").OpenBrace();
        w.Line($"var typed = ({model.Name})model;");
        w.Line($"var steps = csvPath is null ? typed.Forecast(horizon) : typed.Forecast({input}.ReadCsv(csvPath), horizon);");
        w.Line($"output.WriteLine({Naming.Quote("step," + target)});");
        w.Line($"foreach (var step in steps) output.WriteLine(step.Step.ToString({inv}) + \",\" + step.{model.Target.Property}.ToString(\"R\", {inv}));");
        w.CloseBrace();
        w.CloseBrace();
    }
}
