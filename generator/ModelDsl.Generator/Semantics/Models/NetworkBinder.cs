using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics.Models;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics;

/// <summary>
/// Binding of <c>network { }</c>, <c>input</c> and <c>train { }</c>: shape inference through every layer
/// (a mismatch is reported on the layer that breaks it), the output against the label, the loss against
/// the task, and the training settings with their defaults.
/// </summary>
internal sealed partial class Binder
{
    private const int MaxSteps = 10_000;

    /// <param name="outputWanted">Classes of a classifier, 1 for a regressor.</param>
    /// <param name="defaultShape">The input's shape without <c>as [...]</c>: a single tensor field's declared shape, else [features].</param>
    private NetworkModel? BindNetwork(ModelDeclaration model, NetworkClause network, InputClause? input, TrainClause? train, int featureCount, int outputWanted, long[] defaultShape)
    {
        var errorsBefore = ErrorCount;
        var task = LearningCatalog.TaskName(model.Task);

        // ---- the input shape ----
        long[] shape;
        if (input is null || input.Shape.IsEmpty) shape = defaultShape;
        else
        {
            shape = new long[input.Shape.Count];
            for (var i = 0; i < input.Shape.Count; i++)
            {
                var d = input.Shape[i];
                if (!CheckNumber(NetworkCatalog.InputDimension, d, "'input'")) return null;
                shape[i] = (long)d.Value;
            }
            var size = shape.Aggregate(1L, (a, b) => a * b);
            if (size != featureCount)
            {
                Report(DiagnosticDescriptors.InputShapeSize, input.ShapeLocation,
                    Shape(shape), size.ToString(CultureInfo.InvariantCulture), featureCount.ToString(CultureInfo.InvariantCulture));
                return null;
            }
        }

        var trainModel = BindTrain(model, train, outputWanted);

        // ---- layers ----
        var walk = new NetworkWalk();
        var output = Walk(network.Layers, shape, walk, first: true);
        if (output is null) return null;
        if (walk.Steps.Count == 0)
        {
            Report(DiagnosticDescriptors.EmptyDeclaration, network.Location, "Network of model", model.Name.Text);
            return null;
        }

        // ---- the output against the label and the loss ----
        var binary = trainModel?.Loss == "binary_cross_entropy";
        var expected = binary ? 1 : outputWanted;
        var last = walk.LastLayerLocation ?? network.Location;
        if (output.Length != 1 || output[0] != expected)
        {
            var what = model.Task == ModelTask.Classifier
                ? binary ? "binary cross-entropy needs one output (the logit of the second class)" : $"the label has {outputWanted} classes"
                : "a regressor predicts one value";
            var hint = output.Length > 1 ? "; add 'flatten' before the last 'dense'" : $"; make the last layer dense({expected})";
            Report(DiagnosticDescriptors.NetworkOutputDoesNotFit, last, Shape(output), what, expected.ToString(CultureInfo.InvariantCulture), hint);
        }
        var lastOp = walk.Steps.LastOrDefault(s => s.Op is not (LayerOp.ResidualStart or LayerOp.ResidualEnd))?.Op;
        if (lastOp == LayerOp.Softmax && trainModel?.Loss == "cross_entropy")
            Report(DiagnosticDescriptors.ActivationBeforeLoss, last, "softmax", "cross_entropy", "log-softmax", " — Predict returns probabilities anyway");
        if (lastOp == LayerOp.Sigmoid && trainModel?.Loss == "binary_cross_entropy")
            Report(DiagnosticDescriptors.ActivationBeforeLoss, last, "sigmoid", "binary_cross_entropy", "the sigmoid", "");

        if (ErrorCount > errorsBefore || trainModel is null) return null;
        return new NetworkModel(shape.ToEquatableArray(), expected, walk.Steps.ToEquatableArray(), trainModel);
    }

    private sealed class NetworkWalk
    {
        public readonly List<NetworkStep> Steps = new();
        public readonly Dictionary<string, int> Counters = new(StringComparer.Ordinal);
        public int Residuals;
        public TextLocation? LastLayerLocation;

        public string NextField(string kind)
        {
            Counters.TryGetValue(kind, out var n);
            Counters[kind] = ++n;
            return Naming.Local(kind) + n.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Shape inference through <paramref name="layers"/>; null after the first error (reported).</summary>
    private long[]? Walk(EquatableArray<LayerSyntax> layers, long[] shape, NetworkWalk walk, bool first)
    {
        foreach (var layer in layers)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (walk.Steps.Count > MaxSteps)
            {
                Report(DiagnosticDescriptors.NetworkTooLarge, layer.Location, MaxSteps.ToString(CultureInfo.InvariantCulture));
                return null;
            }
            if (layer is LayerBlock block)
            {
                var repeat = 1;
                if (block.Repeat is { } r)
                {
                    if (!CheckNumber(NetworkCatalog.Repeat, r, "the block")) return null;
                    repeat = (int)r.Value;
                }
                if (block.Body.IsEmpty)
                {
                    Report(DiagnosticDescriptors.EmptyDeclaration, block.HeadLocation, block.Residual ? "Residual block" : "Block", "in the network");
                    return null;
                }
                for (var i = 0; i < repeat; i++)
                {
                    var id = "";
                    if (block.Residual)
                    {
                        id = "residual" + (++walk.Residuals).ToString(CultureInfo.InvariantCulture);
                        walk.Steps.Add(new NetworkStep(LayerOp.ResidualStart, id, default, shape.ToEquatableArray(), $"{id}: keep the input {Shape(shape)}"));
                    }
                    var inner = Walk(block.Body, shape, walk, first && i == 0);
                    if (inner is null) return null;
                    if (block.Residual)
                    {
                        if (!inner.SequenceEqual(shape))
                        {
                            Report(DiagnosticDescriptors.ShapeMismatch, block.HeadLocation,
                                $"A residual block adds its input to its output, so they must have one shape, but this block turns {Shape(shape)} into {Shape(inner)}");
                            return null;
                        }
                        walk.Steps.Add(new NetworkStep(LayerOp.ResidualEnd, id, default, shape.ToEquatableArray(), $"{id}: add the kept input -> {Shape(shape)}"));
                    }
                    shape = inner;
                }
                first = false;
                continue;
            }

            var call = (LayerCall)layer;
            var next = BindLayer(call, shape, walk, first);
            if (next is null) return null;
            walk.LastLayerLocation = call.Location;
            shape = next;
            first = false;
        }
        return shape;
    }

    private long[]? BindLayer(LayerCall call, long[] shape, NetworkWalk walk, bool first)
    {
        var name = call.Name.Text;
        var spec = NetworkCatalog.Layer(name);
        if (spec is null)
        {
            Report(DiagnosticDescriptors.UnknownOperation, call.Name.Location, "layer", name, NameSuggester.Hint(name, NetworkCatalog.Layers.Select(l => l.Name)));
            return null;
        }
        if (call.Positional.Count > spec.Parameters.Length)
        {
            Report(DiagnosticDescriptors.TooManyPositionalValues, call.Positional[spec.Parameters.Length].Location, name,
                spec.Parameters.Length == 0
                    ? "none"
                    : $"at most {spec.Parameters.Length} value{(spec.Parameters.Length == 1 ? "" : "s")} by position ({string.Join(", ", spec.Parameters.Select(p => p.Name))})");
            return null;
        }
        var arguments = call.Positional
            .Select((value, i) => new Argument(new Identifier(spec.Parameters[i].Name, value.Location), value, value.Location))
            .Concat(call.Named)
            .ToEquatableArray();
        var errors = ErrorCount;
        var args = CheckArguments(spec, arguments, $"'{name}'", call.Name.Location);
        if (ErrorCount > errors) return null;
        int Int(string parameter) => int.Parse(args[parameter], CultureInfo.InvariantCulture);
        double Num(string parameter) => double.Parse(args[parameter], CultureInfo.InvariantCulture);

        long[]? Fail(string message)
        {
            Report(DiagnosticDescriptors.ShapeMismatch, call.Location, message);
            return null;
        }

        long[] output;
        LayerOp op;
        double[] numbers;
        string detail;
        switch (name)
        {
            case "dense":
            {
                var units = Int("units");
                op = LayerOp.Dense;
                numbers = new double[] { shape[shape.Length - 1], units, args["bias"] == "true" ? 1 : 0 };
                output = shape.Take(shape.Length - 1).Concat(new long[] { units }).ToArray();
                detail = $"dense({units})";
                break;
            }
            case "conv1d":
            case "conv2d":
            {
                var rank = name == "conv1d" ? 2 : 3;
                if (shape.Length != rank)
                    return Fail(rank == 3
                        ? $"'conv2d' expects [channels, height, width], but gets {Shape(shape)}{(shape.Length == 1 ? "; declare the image shape with 'input … as [1, 8, 8]'" : "")}"
                        : $"'conv1d' expects [channels, length], but gets {Shape(shape)}{(shape.Length == 1 ? "; declare the shape with 'input … as [1, n]'" : "")}");
                int filters = Int("filters"), kernel = Int("kernel"), stride = Int("stride"), padding = Int("padding");
                output = new long[rank];
                output[0] = filters;
                for (var d = 1; d < rank; d++)
                {
                    var size = (shape[d] + 2L * padding - kernel) / stride + 1;
                    if (shape[d] + 2L * padding < kernel)
                        return Fail($"'{name}' with kernel {kernel} and padding {padding} does not fit the input {Shape(shape)}: dimension {d} is {shape[d]}");
                    output[d] = size;
                }
                op = rank == 2 ? LayerOp.Conv1d : LayerOp.Conv2d;
                numbers = new double[] { shape[0], filters, kernel, stride, padding };
                detail = $"{name}({filters}, kernel {kernel}{(stride != 1 ? $", stride {stride}" : "")}{(padding != 0 ? $", padding {padding}" : "")})";
                break;
            }
            case "maxpool":
            case "avgpool":
            {
                if (shape.Length is not (2 or 3))
                    return Fail($"'{name}' expects [channels, length] or [channels, height, width], but gets {Shape(shape)}");
                int size = Int("size"), stride = Int("stride");
                if (stride == 0) stride = size;
                output = new long[shape.Length];
                output[0] = shape[0];
                for (var d = 1; d < shape.Length; d++)
                {
                    if (shape[d] < size) return Fail($"'{name}({size})' does not fit the input {Shape(shape)}: dimension {d} is {shape[d]}");
                    output[d] = (shape[d] - size) / stride + 1;
                }
                op = (name, shape.Length) switch
                {
                    ("maxpool", 2) => LayerOp.MaxPool1d,
                    ("maxpool", _) => LayerOp.MaxPool2d,
                    (_, 2) => LayerOp.AvgPool1d,
                    _ => LayerOp.AvgPool2d,
                };
                numbers = new double[] { size, stride };
                detail = $"{name}({size}{(stride != size ? $", stride {stride}" : "")})";
                break;
            }
            case "flatten":
                op = LayerOp.Flatten;
                numbers = Array.Empty<double>();
                output = new[] { shape.Aggregate(1L, (a, b) => a * b) };
                detail = "flatten";
                break;
            case "dropout":
                op = LayerOp.Dropout;
                numbers = new[] { Num("p") };
                output = shape;
                detail = $"dropout({args["p"]})";
                break;
            case "batch_norm":
                if (shape.Length > 3) return Fail($"'batch_norm' expects [features], [channels, length] or [channels, height, width], but gets {Shape(shape)}");
                op = shape.Length == 3 ? LayerOp.BatchNorm2d : LayerOp.BatchNorm1d;
                numbers = new double[] { shape[0] };
                output = shape;
                detail = "batch_norm";
                break;
            case "layer_norm":
                op = LayerOp.LayerNorm;
                numbers = new double[] { shape[shape.Length - 1] };
                output = shape;
                detail = "layer_norm";
                break;
            case "embedding":
            {
                if (!first) return Fail("'embedding' reads integer ids, so it must be the first layer");
                if (shape.Length != 1) return Fail($"'embedding' expects [length] integer ids, but gets {Shape(shape)}");
                int vocabulary = Int("vocabulary"), dim = Int("dim");
                op = LayerOp.Embedding;
                numbers = new double[] { vocabulary, dim };
                output = new[] { shape[0], dim };
                detail = $"embedding({vocabulary}, {dim})";
                break;
            }
            case "leaky_relu":
                op = LayerOp.LeakyRelu;
                numbers = new[] { Num("slope") };
                output = shape;
                detail = $"leaky_relu({args["slope"]})";
                break;
            default:
                op = name switch
                {
                    "relu" => LayerOp.Relu,
                    "gelu" => LayerOp.Gelu,
                    "tanh" => LayerOp.Tanh,
                    "sigmoid" => LayerOp.Sigmoid,
                    _ => LayerOp.Softmax,
                };
                numbers = Array.Empty<double>();
                output = shape;
                detail = name;
                break;
        }

        var field = walk.NextField(name);
        walk.Steps.Add(new NetworkStep(op, field, numbers.ToEquatableArray(), output.ToEquatableArray(), $"{field}: {detail} -> {Shape(output)}"));
        return output;
    }

    /// <summary>The <c>train { }</c> settings with defaults; null after an error (reported).</summary>
    private TrainModel? BindTrain(ModelDeclaration model, TrainClause? train, int outputWanted)
    {
        var errors = ErrorCount;
        var classifier = model.Task == ModelTask.Classifier;
        var result = new TrainModel(
            Loss: classifier ? "cross_entropy" : "mse",
            Optimizer: "adam", LearningRate: 0.001, Momentum: 0, WeightDecay: 0,
            Schedule: "none", StepSize: 10, Gamma: 0.1,
            Epochs: 10, BatchSize: 32, Validation: 0,
            Monitor: "val_loss", Patience: 0, RestoreBest: true,
            ClipGradient: 0, Seed: 0, Device: "auto", CheckpointEvery: 0);
        TextLocation? earlyStoppingAt = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in train?.Settings ?? EquatableArray<TrainSetting>.Empty)
        {
            var name = setting.Name.Text;
            if (!NetworkCatalog.TrainSettings.Contains(name))
            {
                Report(DiagnosticDescriptors.UnknownOperation, setting.Name.Location, "training setting", name, NameSuggester.Hint(name, NetworkCatalog.TrainSettings));
                continue;
            }
            if (!seen.Add(name))
            {
                Report(DiagnosticDescriptors.DuplicateName, setting.Name.Location, "Training setting", name, " in this block");
                continue;
            }
            var value = setting.Value;
            string? Word() => value switch { NameExpression n => n.Name.Text, StringLiteral s => s.Value, _ => null };
            void Invalid(string wanted) => Report(DiagnosticDescriptors.InvalidParameterValue, value?.Location ?? setting.Location, name, "'train'", wanted, value is null ? "missing" : $"'{Shown(value)}'");
            bool NoArguments()
            {
                if (setting.Arguments.IsEmpty) return true;
                Report(DiagnosticDescriptors.UnknownParameter, setting.Arguments[0].Name.Location, setting.Arguments[0].Name.Text, $"'{name}'", "; it takes none");
                return false;
            }
            double? Number()
            {
                var spec = NetworkCatalog.TrainNumber(name);
                if (value is NumberLiteral n) return CheckNumber(spec, n, "'train'") ? n.Value : null;
                Invalid(spec.DescribeRange());
                return null;
            }
            int? Integer() => Number() is { } n ? (int)n : null;

            switch (name)
            {
                case "loss":
                {
                    var loss = Word();
                    if (loss is null || !NetworkCatalog.Losses.Contains(loss))
                    {
                        var hint = loss is null ? "" : NameSuggester.Hint(loss, NetworkCatalog.Losses);
                        Report(DiagnosticDescriptors.InvalidParameterValue, value?.Location ?? setting.Location, "loss", "'train'", "one of " + string.Join(", ", NetworkCatalog.Losses), $"'{(value is null ? "missing" : Shown(value))}'{hint}");
                        break;
                    }
                    if (NoArguments())
                    {
                        var fits = classifier == NetworkCatalog.ClassifierLosses.Contains(loss);
                        if (!fits)
                            Report(DiagnosticDescriptors.LossForOtherTask, value!.Location, loss, classifier ? "regression" : "classification", model.Name.Text, classifier ? "classifier" : "regressor",
                                classifier ? "cross_entropy (or binary_cross_entropy for two classes)" : "mse, mae or huber");
                        else if (loss == "binary_cross_entropy" && outputWanted != 2)
                            Report(DiagnosticDescriptors.BinaryLossClasses, value!.Location, outputWanted.ToString(CultureInfo.InvariantCulture));
                        else result = result with { Loss = loss };
                    }
                    break;
                }
                case "optimizer":
                {
                    var optimizer = Word();
                    if (optimizer is null || !NetworkCatalog.Optimizers.Contains(optimizer))
                    {
                        var hint = optimizer is null ? "" : NameSuggester.Hint(optimizer, NetworkCatalog.Optimizers);
                        Report(DiagnosticDescriptors.InvalidParameterValue, value?.Location ?? setting.Location, "optimizer", "'train'", "one of " + string.Join(", ", NetworkCatalog.Optimizers), $"'{(value is null ? "missing" : Shown(value))}'{hint}");
                        break;
                    }
                    var spec = NetworkCatalog.OptimizerSpec(optimizer);
                    var args = CheckArguments(spec, setting.Arguments, $"'{optimizer}'", value!.Location);
                    if (optimizer != "sgd" && setting.Arguments.FirstOrDefault(a => a.Name.Text == "momentum") is { } momentum)
                        Report(DiagnosticDescriptors.MomentumWithoutSgd, momentum.Location, optimizer);
                    result = result with
                    {
                        Optimizer = optimizer,
                        LearningRate = Parse(args["lr"]),
                        Momentum = Parse(args["momentum"]),
                        WeightDecay = Parse(args["weight_decay"]),
                    };
                    break;
                }
                case "schedule":
                {
                    var schedule = Word();
                    if (schedule is not ("none" or "step" or "cosine"))
                    {
                        Invalid("one of none, step, cosine");
                        break;
                    }
                    if (schedule == "step")
                    {
                        var args = CheckArguments(NetworkCatalog.StepSchedule, setting.Arguments, "'step'", value!.Location);
                        result = result with { Schedule = schedule, StepSize = int.Parse(args["every"], CultureInfo.InvariantCulture), Gamma = Parse(args["gamma"]) };
                    }
                    else if (NoArguments()) result = result with { Schedule = schedule };
                    break;
                }
                case "epochs":
                    if (NoArguments() && Integer() is { } epochs) result = result with { Epochs = epochs };
                    break;
                case "batch":
                    if (NoArguments() && Integer() is { } batch) result = result with { BatchSize = batch };
                    break;
                case "checkpoint_every":
                    if (NoArguments() && Integer() is { } every) result = result with { CheckpointEvery = every };
                    break;
                case "seed":
                    if (NoArguments() && Integer() is { } seed) result = result with { Seed = seed };
                    break;
                case "validation":
                    if (!NoArguments()) break;
                    if (Number() is { } fraction) result = result with { Validation = fraction };
                    break;
                case "clip_grad":
                    if (!NoArguments()) break;
                    if (Number() is { } clip) result = result with { ClipGradient = clip };
                    break;
                case "device":
                {
                    if (!NoArguments()) break;
                    var device = Word();
                    if (device is "auto" or "cpu" or "cuda" || device is not null && Regex.IsMatch(device, @"^cuda:\d{1,3}$")) result = result with { Device = device };
                    else Invalid("auto, cpu, cuda or \"cuda:N\"");
                    break;
                }
                case "early_stopping":
                {
                    if (value is not null)
                    {
                        Report(DiagnosticDescriptors.EarlyStoppingValue, value.Location);
                        break;
                    }
                    var args = CheckArguments(NetworkCatalog.EarlyStopping, setting.Arguments, "'early_stopping'", setting.Name.Location);
                    if (args["monitor"] == "val_accuracy" && !classifier)
                        Report(DiagnosticDescriptors.AccuracyWithoutClasses, setting.Location);
                    result = result with { Monitor = args["monitor"], Patience = int.Parse(args["patience"], CultureInfo.InvariantCulture), RestoreBest = args["restore_best"] == "true" };
                    earlyStoppingAt = setting.Location;
                    break;
                }
            }
        }
        if (earlyStoppingAt is { } at && result.Validation <= 0)
            Report(DiagnosticDescriptors.EarlyStoppingWithoutValidation, at);
        return ErrorCount > errors ? null : result;
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Shown(Expression value) => value switch
    {
        NumberLiteral n => n.Text,
        StringLiteral s => "\"" + s.Value + "\"",
        BoolLiteral b => b.Value ? "true" : "false",
        NameExpression name => name.Name.Text,
        _ => "?",
    };

    private static string Shape(IEnumerable<long> shape) => "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
}
