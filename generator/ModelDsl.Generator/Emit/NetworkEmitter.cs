using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Networks;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Emit;

/// <summary>
/// A network model: a TorchSharp module in the style of TorchSharp's own examples (one field per layer,
/// named after it, declared in forward order, <c>RegisterComponents()</c> last) and a typed class over
/// ModelDsl.Runtime.Torch's <c>TrainedNetwork</c>, which runs training and inference.
/// </summary>
internal static class NetworkEmitter
{
    private const string Models = "global::ModelDsl.Runtime.Models";
    private const string Torch = "global::ModelDsl.Runtime.Torch";
    private const string Tensor = "global::TorchSharp.torch.Tensor";
    private const string Nn = "global::TorchSharp.torch.nn";

    public static void Write(SourceWriter w, LearnedModel model)
    {
        var network = model.Network!;
        var classifier = model.Task == ModelTask.Classifier;
        var report = classifier ? $"{Models}.ClassificationReport" : $"{Models}.RegressionReport";
        var input = model.InputFullName;
        var collection = $"global::System.Collections.Generic.IEnumerable<{input}>";

        w.Line($"/// <summary>{(classifier ? "Classifier" : "Regressor")} '{EnumEmitter.Xml(model.DslName)}': a network trained with TorchSharp. Dispose it to free the network's memory.</summary>");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.Line($"public sealed partial class {model.Name} : {Models}.ITrainedModel, global::System.IDisposable").OpenBrace();
        ModelEmitter.WriteSpec(w, model);
        WriteNetworkSpec(w, network);
        WriteModule(w, model, network);

        w.Line($"private readonly {Torch}.TrainedNetwork _model;").Line();
        w.Line($"private {model.Name}({Torch}.TrainedNetwork model) => _model = model;").Line();
        w.Line("/// <summary>The trained network, its preprocessing and how training went.</summary>");
        w.Line($"public {Torch}.TrainedNetwork Trained => _model;").Line();
        w.Line($"{Models}.ITrainedModelCore {Models}.ITrainedModel.Core => _model;").Line();
        w.Line("/// <summary>Losses and metrics per epoch.</summary>");
        w.Line($"public {Torch}.TrainingHistory History => _model.History;").Line();
        w.Line("/// <summary>Metrics on the held-out test rows of the declared split (null without a split).</summary>");
        w.Line($"public {report}? TestReport => _model.{(classifier ? "ClassificationTestReport" : "RegressionTestReport")};").Line();
        ModelEmitter.WriteExtraction(w, model);
        w.Line($"private static readonly {Models}.RowReader<{input}> s_features = new(Extract, null);").Line();
        w.Line("/// <summary>A fresh module, as training, resuming and loading take it.</summary>");
        w.Line($"private static {Torch}.NetworkModule CreateModule() => {Torch}.NetworkModule.Of(new Module(){InputNames(network)});").Line();

        // Training
        w.Line("/// <summary>Trains on <paramref name=\"rows\"/> as the declaration says (split, validation, early stopping, device); reports each epoch to <paramref name=\"progress\"/>.</summary>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.Models.TrainingDataException\">A value is missing or not finite and the declaration does not impute it; the message names the row and the column.</exception>");
        w.Line($"/// <exception cref=\"{Torch}.DeviceUnavailableException\">The declared or requested device is not available.</exception>");
        w.Line($"public static {model.Name} Train({collection} rows, {Torch}.NetworkTrainingOptions? options = null, global::System.IProgress<{Torch}.EpochProgress>? progress = null) =>");
        w.Indent().Line($"new {model.Name}({Torch}.TrainedNetwork.Train(Spec, Network, CreateModule, rows, s_reader, options, progress));").Unindent().Line();
        w.Line("/// <summary>Continues a run from the checkpoint at <paramref name=\"checkpointPath\"/>; on the CPU it reaches the same weights as a run that was never stopped.</summary>");
        w.Line($"public static {model.Name} Resume({collection} rows, string checkpointPath, {Torch}.NetworkTrainingOptions? options = null, global::System.IProgress<{Torch}.EpochProgress>? progress = null) =>");
        w.Indent().Line($"new {model.Name}({Torch}.TrainedNetwork.Resume(Spec, Network, CreateModule, rows, s_reader, checkpointPath, options, progress));").Unindent().Line();
        w.Line("/// <summary>Metrics on <paramref name=\"rows\"/>.</summary>");
        w.Line($"public {report} Evaluate({collection} rows) => _model.{(classifier ? "EvaluateClassifier" : "EvaluateRegressor")}({Models}.TrainingData.Collect(Spec, rows, s_reader));").Line();

        WritePrediction(w, model);
        FeatureInverseEmitter.Write(w, model, "_model.Pipeline");

        // Files
        w.Line("/// <summary>Saves the preprocessing and the weights with the declaration's hash (atomically: a temporary file, then renamed).</summary>");
        w.Line("public void Save(string path) => _model.Save(path);").Line();
        w.Line("/// <summary>Saves the model to a stream.</summary>");
        w.Line("public void Save(global::System.IO.Stream stream) => _model.Save(stream);").Line();
        w.Line("/// <summary>Writes the weights as PyTorch-compatible safetensors.</summary>");
        w.Line("public void ExportSafetensors(string path) => _model.ExportSafetensors(path);").Line();
        w.Line("/// <summary>Loads a model saved by <see cref=\"Save(string)\"/>, onto <paramref name=\"device\"/> (default: the declared device).</summary>");
        w.Line("/// <exception cref=\"global::ModelDsl.Runtime.ModelFiles.ModelFileException\">The file is not a model file, is damaged, or holds another model, declaration or architecture.</exception>");
        w.Line($"public static {model.Name} Load(string path, string? device = null) => new {model.Name}({Torch}.TrainedNetwork.Load(Spec, Network, CreateModule, path, device));").Line();
        w.Line("/// <summary>Loads a model from a stream.</summary>");
        w.Line($"public static {model.Name} Load(global::System.IO.Stream stream, string? device = null) => new {model.Name}({Torch}.TrainedNetwork.Load(Spec, Network, CreateModule, stream, device));").Line();
        w.Line("/// <summary>Frees the network's native memory.</summary>");
        w.Line("public void Dispose() => _model.Dispose();").Line();
        ModelEmitter.WriteCommands(w, model, network: true);
        w.CloseBrace();
    }

    private static void WriteNetworkSpec(SourceWriter w, NetworkModel network)
    {
        var t = network.Train;
        w.Line("/// <summary>The network's shapes and the declaration's <c>train { }</c> block as data.</summary>");
        w.Line($"public static {Torch}.NetworkSpec Network {{ get; }} = new {Torch}.NetworkSpec(").Indent();
        w.Line($"inputShape: new long[] {{ {string.Join(", ", network.InputShape.Select(Long))} }},");
        w.Line($"outputSize: {network.OutputSize},");
        w.Line($"loss: {Torch}.LossKind.{Loss(t.Loss)},");
        w.Line($"optimizer: {Torch}.OptimizerKind.{(t.Optimizer switch { "sgd" => "Sgd", "adamw" => "AdamW", _ => "Adam" })},");
        w.Line($"learningRate: {Number(t.LearningRate)},");
        w.Line($"momentum: {Number(t.Momentum)},");
        w.Line($"weightDecay: {Number(t.WeightDecay)},");
        w.Line($"schedule: {Torch}.ScheduleKind.{(t.Schedule switch { "step" => "Step", "cosine" => "Cosine", _ => "None" })},");
        w.Line($"stepSize: {t.StepSize},");
        w.Line($"gamma: {Number(t.Gamma)},");
        w.Line($"epochs: {t.Epochs},");
        w.Line($"batchSize: {t.BatchSize},");
        w.Line($"validationFraction: {Number(t.Validation)},");
        w.Line($"monitor: {Naming.Quote(t.Monitor)},");
        w.Line($"patience: {t.Patience},");
        w.Line($"restoreBestWeights: {(t.RestoreBest ? "true" : "false")},");
        w.Line($"gradientClipNorm: {Number(t.ClipGradient)},");
        w.Line($"seed: {t.Seed},");
        w.Line($"device: {Naming.Quote(t.Device)},");
        w.Line($"checkpointEvery: {t.CheckpointEvery},");
        w.Line("layerSummary: new string[]").OpenBrace();
        foreach (var input in network.Graph.Inputs)
            w.Line(Naming.Quote($"{input.Name}: input {Shape(input.Shape)} from {string.Join(", ", input.Fields)}") + ",");
        foreach (var line in Summary(network.Graph, "")) w.Line(Naming.Quote(line) + ",");
        if (network.Graph.Inputs.IsEmpty)
        {
            w.Unindent().Line("})" + RunLogEmitter.Initializer(t.Logs, batches: true) + ";").Unindent().Line();
            return;
        }
        // The named inputs: each takes its columns of the preprocessed feature vector, the main input the rest.
        w.Unindent().Line("},");
        w.Line($"inputs: new {Torch}.NetworkInput[]").OpenBrace();
        w.Line($"new {Torch}.NetworkInput(\"features\", new long[] {{ {string.Join(", ", network.InputShape.Select(Long))} }}, new int[] {{ {string.Join(", ", network.MainColumns.Select(c => Long(c)))} }}),");
        foreach (var input in network.Graph.Inputs)
            w.Line($"new {Torch}.NetworkInput({Naming.Quote(input.Name)}, new long[] {{ {string.Join(", ", input.Shape.Select(Long))} }}, new int[] {{ {string.Join(", ", input.Columns.Select(c => Long(c)))} }}),");
        w.Unindent().Line("})" + RunLogEmitter.Initializer(t.Logs, batches: true) + ";").Unindent().Line();
    }

    /// <summary>The batch tensors a multi-input module's forward reads after the features: <c>, "features", "sepal"</c>; empty for one input.</summary>
    private static string InputNames(NetworkModel network) => network.Graph.Inputs.IsEmpty
        ? ""
        : ", " + string.Join(", ", new[] { "\"features\"" }.Concat(network.Graph.Inputs.Select(i => Naming.Quote(i.Name))));

    private static string Shape(IEnumerable<long> shape) => "[" + string.Join(", ", shape.Select(Long)) + "]";

    /// <summary><c>Module&lt;Tensor, …, Tensor&gt;</c> of a forward with <paramref name="inputs"/> tensor arguments.</summary>
    private static string ModuleType(int inputs) => $"{Nn}.Module<{string.Join(", ", Enumerable.Repeat(Tensor, inputs + 1))}>";

    /// <summary>One line per step; a sub-network's steps follow its own line, prefixed with its name.</summary>
    private static IEnumerable<string> Summary(NetworkGraph graph, string prefix)
    {
        foreach (var node in graph.Nodes)
        {
            yield return prefix + node.Summary;
            if (node.Body is { } body)
            {
                foreach (var line in Summary(body, prefix + body.Name + ".")) yield return line;
            }
        }
    }

    private static void WriteModule(SourceWriter w, LearnedModel model, NetworkModel network)
    {
        var inputs = network.Graph.Inputs;
        var named = inputs.IsEmpty ? "" : ", then one per named input (" + string.Join(", ", inputs.Select(i => $"{EnumEmitter.Xml(i.Name)}: [batch, {i.Shape.Aggregate(1L, (a, b) => a * b)}]")) + ")";
        w.Line($"/// <summary>The network as a TorchSharp module: one field per layer, in forward order. Input: [batch, features]{named}; output: [batch, " + network.OutputSize.ToString(CultureInfo.InvariantCulture) + "].</summary>");
        w.Line($"public sealed class Module : {ModuleType(1 + inputs.Count)}").OpenBrace();
        WriteModuleBody(w, "Module", model.DslName, network.Graph, () =>
        {
            var shape = string.Join(", ", new[] { "-1" }.Concat(network.InputShape.Select(Long)));
            var integerIds = FirstLayer(network.Graph) is { } first && LayerRegistry.Find(first.Layer)?.ReadsIntegerIds == true;
            w.Line(network.InputShape.Count == 1 && !integerIds
                ? "var x = input;"
                : $"var x = input.reshape({shape}){(integerIds ? ".to_type(global::TorchSharp.torch.ScalarType.Int64)" : "")};");
            // A named input arrives as [batch, values] (its columns of the feature vector) and takes its declared shape.
            foreach (var input in inputs.Where(i => i.Shape.Count > 1))
                w.Line($"{input.Local} = {input.Local}.reshape({string.Join(", ", new[] { "-1" }.Concat(input.Shape.Select(Long)))});");
        }, inputs.Select(i => i.Local).Prepend("input"));
        w.CloseBrace().Line();
    }

    /// <summary>
    /// The members of a module class: one field per layer (a sub-network's field holds its nested module class), the
    /// constructor creating them in forward order (so weights are drawn in that order), and <c>forward</c>.
    /// </summary>
    /// <param name="parameters">The forward method's tensor parameters, in order.</param>
    private static void WriteModuleBody(SourceWriter w, string className, string moduleName, NetworkGraph graph, System.Action writeInput, IEnumerable<string> parameters)
    {
        var modules = graph.Nodes.Where(n => n.HasModule).ToList();
        foreach (var node in modules)
            w.Line($"private readonly {FieldType(node)} {node.Field};");
        foreach (var member in graph.Nodes.Select(n => LayerRegistry.Find(n.Layer)?.ModuleMember).Where(m => m is not null).Distinct())
            w.Line(member!);
        w.Line();
        w.Line("/// <summary>Creates the layers with fresh weights (seed them with <c>torch.manual_seed</c> first).</summary>");
        w.Line($"public {className}() : base({Naming.Quote(moduleName)})").OpenBrace();
        foreach (var node in modules)
            w.Line($"{node.Field} = {(node.Body is { } body ? $"new {SubModuleClass(body)}()" : LayerRegistry.Find(node.Layer)!.Factory(node))};");
        w.Line("RegisterComponents();");
        w.CloseBrace().Line();

        foreach (var node in graph.Nodes.Where(n => n.Body is not null))
        {
            w.Line(node.Body!.Inputs.IsEmpty
                ? $"/// <summary>The sub-network '{EnumEmitter.Xml(node.Body!.Name)}' (its input is the running tensor at its place).</summary>"
                : $"/// <summary>The sub-network '{EnumEmitter.Xml(node.Body!.Name)}' (its inputs: {string.Join(", ", node.Body.Inputs.Select(i => EnumEmitter.Xml(i.Name)))}).</summary>");
            w.Line($"public {SubModuleClass(node.Body)} {Naming.Pascal(node.Body.Name)} => {node.Field};").Line();
        }

        w.Line("/// <inheritdoc />");
        w.Line($"public override {Tensor} forward({string.Join(", ", parameters.Select(p => $"{Tensor} {p}"))})").OpenBrace();
        writeInput();
        foreach (var node in graph.Nodes)
        {
            if (node.Layer == NetworkNode.Keep) w.Line($"var {node.Field} = x;");
            else if (node.Body is not null) w.Line($"x = {node.Field}.forward({(node.Passes.IsEmpty ? "x" : string.Join(", ", node.Passes))});");
            else w.Line($"x = {LayerRegistry.Find(node.Layer)!.Forward(node, "x")};");
        }
        w.Line("return x;");
        w.CloseBrace();

        foreach (var node in graph.Nodes.Where(n => n.Body is not null))
        {
            var body = node.Body!;
            w.Line();
            w.Line($"/// <summary>The sub-network '{EnumEmitter.Xml(body.Name)}': one field per layer, in forward order.</summary>");
            w.Line($"public sealed class {SubModuleClass(body)} : {ModuleType(Math.Max(1, body.Inputs.Count))}").OpenBrace();
            if (body.Inputs.IsEmpty) WriteModuleBody(w, SubModuleClass(body), body.Name, body, () => w.Line("var x = input;"), new[] { "input" });
            else WriteModuleBody(w, SubModuleClass(body), body.Name, body, () => w.Line($"var x = {body.Inputs[0].Local};"), body.Inputs.Select(i => i.Local));
            w.CloseBrace();
        }
    }

    private static string SubModuleClass(NetworkGraph body) => Naming.Pascal(body.Name) + "Module";

    private static string FieldType(NetworkNode node) => node.Body is { } body ? SubModuleClass(body) : $"{Nn}.Module<{Tensor}, {Tensor}>";

    /// <summary>The first step that is a layer (not a kept name), looking into sub-networks.</summary>
    private static NetworkNode? FirstLayer(NetworkGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            if (node.Layer == NetworkNode.Keep) continue;
            return node.Body is { } body ? FirstLayer(body) : node;
        }
        return null;
    }

    private static void WritePrediction(SourceWriter w, LearnedModel model)
    {
        var input = model.InputFullName;
        var numericCount = ModelEmitter.NumericCount(model);
        var classifier = model.Task == ModelTask.Classifier;
        ModelEmitter.WritePredictionType(w, model);

        w.Line("/// <summary>Predicts for one row; only the features are read (the label may be left unset).</summary>");
        w.Line($"public Prediction Predict(in {input} input)").OpenBrace();
        w.Line($"global::System.Span<double> numeric = {ModelEmitter.NumericBuffer(numericCount)};");
        w.Line("Extract(in input, numeric, default);");
        if (classifier)
        {
            var classCount = ModelEmitter.ClassNames(model).Count;
            w.Line($"global::System.Span<double> p = stackalloc double[{classCount}];");
            w.Line("var best = _model.PredictProbabilities(numeric, default, p);");
            w.Line($"return new Prediction({ModelEmitter.ClassFromIndex(model, "best")}, {string.Join(", ", Enumerable.Range(0, classCount).Select(i => $"p[{i}]"))});");
        }
        else
        {
            w.Line("return new Prediction(_model.PredictValue(numeric, default));");
        }
        w.CloseBrace().Line();

        ModelEmitter.WriteFeatureOverload(w, model);

        w.Line("/// <summary>Predicts for many rows at once (one forward pass per batch).</summary>");
        w.Line($"public Prediction[] Predict(global::System.Collections.Generic.IEnumerable<{input}> rows)").OpenBrace();
        w.Line($"var data = {Models}.TrainingData.Collect(Spec, rows, s_features);");
        w.Line("var predictions = new Prediction[data.Rows];");
        if (classifier)
        {
            var classCount = ModelEmitter.ClassNames(model).Count;
            w.Line($"var p = new double[data.Rows * {classCount}];");
            w.Line("var best = new int[data.Rows];");
            w.Line("_model.PredictProbabilities(data, p, best);");
            w.Line("for (var i = 0; i < predictions.Length; i++)").OpenBrace();
            w.Line($"var o = i * {classCount};");
            w.Line($"predictions[i] = new Prediction({ModelEmitter.ClassFromIndex(model, "best[i]")}, {string.Join(", ", Enumerable.Range(0, classCount).Select(i => $"p[o + {i}]"))});");
            w.CloseBrace();
        }
        else
        {
            w.Line("var values = new double[data.Rows];");
            w.Line("_model.PredictValues(data, values);");
            w.Line("for (var i = 0; i < predictions.Length; i++) predictions[i] = new Prediction(values[i]);");
        }
        w.Line("return predictions;");
        w.CloseBrace().Line();
    }

    private static string Loss(string loss) => loss switch
    {
        "binary_cross_entropy" => "BinaryCrossEntropy",
        "mse" => "MeanSquaredError",
        "mae" => "MeanAbsoluteError",
        "huber" => "Huber",
        _ => "CrossEntropy",
    };

    private static string Long(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";
}
