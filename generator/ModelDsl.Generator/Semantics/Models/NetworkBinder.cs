using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics.Models;
using ModelDsl.Generator.Semantics.Networks;
using ModelDsl.Generator.Semantics.Networks.Layers;
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
    /// <param name="inputs">The named inputs declared at the top of the network (<c>input sepal from …</c>, <c>input t: [1]</c>).</param>
    /// <param name="mainColumns">With named inputs fed from the schema: the main input's columns of the feature vector.</param>
    private NetworkModel? BindNetwork(ModelDeclaration model, NetworkClause network, InputClause? input, TrainClause? train, int featureCount, int outputWanted, long[] defaultShape,
        IReadOnlyList<NetworkInputSource> inputs, int[]? mainColumns)
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
        var totals = new WalkTotals();
        var walk = new NetworkWalk(totals, null, model.Name.Text);
        var graphInputs = BindNetworkInputs(model, inputs, walk);
        if (graphInputs is null) return null;
        var output = Walk(network.Layers, shape, walk, first: true, top: true);
        if (output is null) return null;
        if (walk.Nodes.Count == 0)
        {
            Report(DiagnosticDescriptors.EmptyDeclaration, network.Location, "Network of model", model.Name.Text);
            return null;
        }

        // ---- the output against the label and the loss ----
        var binary = trainModel?.Loss == "binary_cross_entropy";
        var expected = binary ? 1 : outputWanted;
        var last = totals.LastLayerLocation ?? network.Location;
        if (output.Length != 1 || output[0] != expected)
        {
            var what = model.Task == ModelTask.Classifier
                ? binary ? "binary cross-entropy needs one output (the logit of the second class)" : $"the label has {outputWanted} classes"
                : "a regressor predicts one value";
            var hint = output.Length > 1 ? "; add 'flatten' before the last 'dense'" : $"; make the last layer dense({expected})";
            Report(DiagnosticDescriptors.NetworkOutputDoesNotFit, last, Shape(output), what, expected.ToString(CultureInfo.InvariantCulture), hint);
        }
        if (totals.LastLayer == LayerRegistry.Softmax.Name && trainModel?.Loss == "cross_entropy")
            Report(DiagnosticDescriptors.ActivationBeforeLoss, last, "softmax", "cross_entropy", "log-softmax", " — Predict returns probabilities anyway");
        if (totals.LastLayer == LayerRegistry.Sigmoid.Name && trainModel?.Loss == "binary_cross_entropy")
            Report(DiagnosticDescriptors.ActivationBeforeLoss, last, "sigmoid", "binary_cross_entropy", "the sigmoid", "");

        if (ErrorCount > errorsBefore || trainModel is null) return null;
        return new NetworkModel(shape.ToEquatableArray(), expected, new NetworkGraph(model.Name.Text, walk.Nodes.ToEquatableArray(), graphInputs.ToEquatableArray()), trainModel,
            mainColumns?.ToEquatableArray() ?? default);
    }

    /// <summary>TorchSharp's modules take at most six inputs (<c>Module&lt;T1, …, T6, TResult&gt;</c>).</summary>
    private const int MaxModuleInputs = 6;

    /// <summary>Batch tensors a supervised batch already holds under these names (the main input and the target).</summary>
    private static readonly string[] s_batchNames = { "features", "target" };

    /// <summary>A named input of the network as the model's binder found it: its fields, and their columns once the feature layout is known.</summary>
    private sealed class NetworkInputSource
    {
        public NetworkInputSource(LayerInputDeclaration declaration, List<string> fields)
        {
            Declaration = declaration;
            Fields = fields;
        }

        public LayerInputDeclaration Declaration { get; }

        public List<string> Fields { get; }

        public int[] Columns { get; set; } = Array.Empty<int>();

        public long[] DefaultShape { get; set; } = Array.Empty<long>();
    }

    /// <summary>
    /// The named inputs at the top of <c>network { }</c> and the schema fields they read (checked: known, not the label,
    /// not fed twice). A field that is not yet a feature becomes one, so the preprocessing treats it as any other.
    /// </summary>
    private List<NetworkInputSource> NetworkInputFields(NetworkClause network, List<string> featureNames, string? label, Func<IEnumerable<FeatureReference>, List<string>> expand)
    {
        var result = new List<NetworkInputSource>();
        var feeds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in network.Layers.OfType<LayerInputDeclaration>())
        {
            var fields = new List<string>();
            foreach (var name in expand(declaration.Fields))
            {
                var at = declaration.Fields.FirstOrDefault(f => f.Name.Text == name)?.Location ?? declaration.Location;
                if (name == label) Report(DiagnosticDescriptors.LabelAsFeature, at, name);
                else if (feeds.TryGetValue(name, out var other))
                    Report(DiagnosticDescriptors.DuplicateName, at, "Field", name, $" as a source of the network input '{other}'");
                else
                {
                    feeds[name] = declaration.Name.Text;
                    fields.Add(name);
                    if (!featureNames.Contains(name)) featureNames.Add(name);
                }
            }
            result.Add(new NetworkInputSource(declaration, fields));
        }
        return result;
    }

    /// <summary>Each feature's columns in the feature vector: the numeric block (numbers, bools, sets) in feature order, then one one-hot block per enum.</summary>
    private static Dictionary<string, int[]> FeatureColumns(List<string> featureNames, Dictionary<string, FeatureKind> kinds, Dictionary<string, DslType> fields)
    {
        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var at = 0;
        foreach (var name in featureNames.Where(n => kinds[n] != FeatureKind.Enum))
        {
            columns[name] = Enumerable.Range(at, fields[name].ElementCount).ToArray();
            at += fields[name].ElementCount;
        }
        foreach (var name in featureNames.Where(n => kinds[n] == FeatureKind.Enum))
        {
            columns[name] = Enumerable.Range(at, fields[name].Members.Count).ToArray();
            at += fields[name].Members.Count;
        }
        return columns;
    }

    /// <summary>The network's named inputs as tensors of the top-level walk, with their shapes checked; null after an error (reported).</summary>
    private List<GraphInput>? BindNetworkInputs(ModelDeclaration model, IReadOnlyList<NetworkInputSource> inputs, NetworkWalk walk)
    {
        var errors = ErrorCount;
        var result = new List<GraphInput>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in inputs)
        {
            var declaration = source.Declaration;
            var name = declaration.Name.Text;
            if (declaration.Fields.IsEmpty)
            {
                // A shape-only input is fed by the family (a timestep, a mask); a classifier or a regressor has nothing to feed it.
                Report(DiagnosticDescriptors.NetworkInputWithoutSource, declaration.Location, name, LearningCatalog.TaskName(model.Task));
                continue;
            }
            if (s_batchNames.Contains(name))
            {
                Report(DiagnosticDescriptors.DuplicateName, declaration.Name.Location, "Batch tensor", name, name == "features" ? " (the row's features, the network's main input)" : " (the training target)");
                continue;
            }
            if (!names.Add(name))
            {
                Report(DiagnosticDescriptors.DuplicateName, declaration.Name.Location, "Network input", name, " in this network");
                continue;
            }
            if (result.Count + 1 >= MaxModuleInputs)
            {
                Report(DiagnosticDescriptors.TooManyPositionalValues, declaration.Location, "network",
                    $"at most {MaxModuleInputs} inputs (the row's features and {MaxModuleInputs - 1} named ones), as TorchSharp's modules do");
                continue;
            }
            if (source.Fields.Count == 0) continue; // its fields were reported
            var shape = source.DefaultShape;
            if (!declaration.Shape.IsEmpty)
            {
                shape = new long[declaration.Shape.Count];
                var valid = true;
                for (var i = 0; i < shape.Length && valid; i++)
                {
                    valid = CheckNumber(NetworkCatalog.InputDimension, declaration.Shape[i], $"'input {name}'");
                    if (valid) shape[i] = (long)declaration.Shape[i].Value;
                }
                if (!valid) continue;
                var size = shape.Aggregate(1L, (a, b) => a * b);
                if (size != source.Columns.Length)
                {
                    Report(DiagnosticDescriptors.InputShapeSize, declaration.ShapeLocation,
                        Shape(shape), size.ToString(CultureInfo.InvariantCulture), source.Columns.Length.ToString(CultureInfo.InvariantCulture));
                    continue;
                }
            }
            var local = walk.NextLocal(name);
            walk.Tensors[name] = (local, shape);
            result.Add(new GraphInput(name, local, shape.ToEquatableArray(), source.Fields.ToEquatableArray(), source.Columns.ToEquatableArray()));
        }
        return ErrorCount > errors ? null : result;
    }

    /// <summary>What the whole walk shares: the step budget and the last layer (for the output checks).</summary>
    private sealed class WalkTotals
    {
        public int Steps;
        public TextLocation? LastLayerLocation;
        public string? LastLayer;
    }

    /// <summary>The walk of one graph (the network or a sub-network): its steps, field counters and kept tensors.</summary>
    private sealed class NetworkWalk
    {
        public NetworkWalk(WalkTotals totals, NetworkWalk? parent, string name)
        {
            Totals = totals;
            Parent = parent;
            Name = name;
        }

        public readonly WalkTotals Totals;
        public readonly NetworkWalk? Parent;
        public readonly string Name;
        public readonly List<NetworkNode> Nodes = new();
        public readonly Dictionary<string, int> Counters = new(StringComparer.Ordinal);
        public readonly Dictionary<string, (string Local, long[] Shape)> Tensors = new(StringComparer.Ordinal);
        public readonly HashSet<string> Locals = new(StringComparer.Ordinal);
        public readonly HashSet<string> SubNetworks = new(StringComparer.Ordinal);
        public int Residuals;

        public string NextField(string kind)
        {
            Counters.TryGetValue(kind, out var n);
            Counters[kind] = ++n;
            return Naming.Local(kind) + n.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>A C# local for a kept tensor, unique in the forward method (a repeated block keeps it again).</summary>
        public string NextLocal(string name)
        {
            var local = Naming.Local(name) + "Tensor";
            for (var i = 2; !Locals.Add(local); i++) local = Naming.Local(name) + "Tensor" + i.ToString(CultureInfo.InvariantCulture);
            return local;
        }

        public void Add(NetworkNode node)
        {
            Nodes.Add(node);
            Totals.Steps++;
        }
    }

    /// <summary>Shape inference through <paramref name="layers"/>; null after the first error (reported).</summary>
    /// <param name="top">The network's own top level, where <c>input</c> declarations belong (bound before the walk).</param>
    private long[]? Walk(EquatableArray<LayerSyntax> layers, long[] shape, NetworkWalk walk, bool first, bool top = false)
    {
        foreach (var layer in layers)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (walk.Totals.Steps > MaxSteps)
            {
                Report(DiagnosticDescriptors.NetworkTooLarge, layer.Location, MaxSteps.ToString(CultureInfo.InvariantCulture));
                return null;
            }
            switch (layer)
            {
                case LayerInputDeclaration declaration:
                    if (top) continue;
                    Report(DiagnosticDescriptors.NetworkInputOutOfPlace, declaration.Location, declaration.Name.Text, walk.Parent is null ? "a block" : $"the sub-network '{walk.Name}'");
                    return null;
                case LayerKeep keep:
                {
                    // A name for the running tensor; the input does not change, so an embedding may still follow.
                    var local = walk.NextLocal(keep.Name.Text);
                    walk.Tensors[keep.Name.Text] = (local, shape);
                    walk.Add(new NetworkNode(NetworkNode.Keep, local, new LayerArguments(new[] { new ParameterValue("tensor", keep.Name.Text) }.ToEquatableArray()), shape.ToEquatableArray(), shape.ToEquatableArray(),
                        "as " + keep.Name.Text, $"{keep.Name.Text}: keep {Shape(shape)}"));
                    continue;
                }
                case LayerBlock block:
                {
                    var next = WalkBlock(block, shape, walk, first);
                    if (next is null) return null;
                    shape = next;
                    first = false;
                    continue;
                }
                case LayerSubNetwork sub:
                {
                    var next = WalkSubNetwork(sub, shape, walk, first);
                    if (next is null) return null;
                    shape = next;
                    first = false;
                    continue;
                }
                default:
                {
                    var call = (LayerCall)layer;
                    var next = BindLayer(call, shape, walk, first);
                    if (next is null) return null;
                    walk.Totals.LastLayerLocation = call.Location;
                    walk.Totals.LastLayer = call.Name.Text;
                    shape = next;
                    first = false;
                    continue;
                }
            }
        }
        return shape;
    }

    /// <summary><c>block { } x N</c> expands its body N times; <c>residual { }</c> keeps its input and adds it to the body's output.</summary>
    private long[]? WalkBlock(LayerBlock block, long[] shape, NetworkWalk walk, bool first)
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
                walk.Locals.Add(id);
                walk.Add(new NetworkNode(NetworkNode.Keep, id, new LayerArguments(new[] { new ParameterValue("tensor", id) }.ToEquatableArray()), shape.ToEquatableArray(), shape.ToEquatableArray(),
                    "residual block", $"{id}: keep the input {Shape(shape)}", Residual: true));
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
                walk.Add(new NetworkNode("add", id, new LayerArguments(new[] { new ParameterValue("tensor", id) }.ToEquatableArray()),
                    shape.ToEquatableArray(), shape.ToEquatableArray(), "add the kept input", $"{id}: add the kept input -> {Shape(shape)}", Reads: id, Residual: true));
            }
            shape = inner;
        }
        return shape;
    }

    /// <summary><c>encoder { … }</c>: a graph of its own (its tensors are its own), emitted as a nested module.</summary>
    private long[]? WalkSubNetwork(LayerSubNetwork sub, long[] shape, NetworkWalk walk, bool first)
    {
        var name = sub.Name.Text;
        if (LayerRegistry.Find(name) is not null)
        {
            Report(DiagnosticDescriptors.SubNetworkName, sub.Name.Location, name, "a layer");
            return null;
        }
        if (s_moduleMembers.Contains(Naming.Local(name)) || s_moduleMembers.Contains(Naming.Pascal(name)))
        {
            // The sub-network becomes a field and a property of the generated module, beside TorchSharp's own members.
            Report(DiagnosticDescriptors.SubNetworkName, sub.Name.Location, name, "a member of TorchSharp's Module");
            return null;
        }
        if (!walk.SubNetworks.Add(name))
        {
            Report(DiagnosticDescriptors.DuplicateName, sub.Name.Location, "Sub-network", name, " in this network");
            return null;
        }
        if (sub.Body.IsEmpty)
        {
            Report(DiagnosticDescriptors.EmptyDeclaration, sub.Name.Location, "Sub-network", name);
            return null;
        }
        var inner = new NetworkWalk(walk.Totals, walk, name);
        // denoiser(x, t): the body starts from x and may read every input by its name; the tensors come from this graph.
        var inputs = new List<GraphInput>();
        var passes = new List<string>();
        if (sub.Inputs.Count > MaxModuleInputs)
        {
            Report(DiagnosticDescriptors.TooManyPositionalValues, sub.Inputs[MaxModuleInputs].Location, name, $"at most {MaxModuleInputs} inputs, as TorchSharp's modules do");
            return null;
        }
        foreach (var input in sub.Inputs)
        {
            if (!walk.Tensors.TryGetValue(input.Text, out var tensor))
            {
                Report(DiagnosticDescriptors.UnknownTensor, input.Location, input.Text, UnknownTensorHint(input.Text, walk));
                return null;
            }
            if (inputs.Any(i => i.Name == input.Text))
            {
                Report(DiagnosticDescriptors.DuplicateName, input.Location, "Input", input.Text, $" of the sub-network '{name}'");
                return null;
            }
            var local = inner.NextLocal(input.Text);
            inner.Tensors[input.Text] = (local, tensor.Shape);
            inputs.Add(new GraphInput(input.Text, local, tensor.Shape.ToEquatableArray()));
            passes.Add(tensor.Local);
        }
        if (inputs.Count > 0)
        {
            shape = inputs[0].Shape.ToArray();
            first = false; // an embedding reads the network's own input (the row), not a tensor passed in
        }
        var output = Walk(sub.Body, shape, inner, first);
        if (output is null) return null;
        var field = Naming.Local(name);
        var head = inputs.Count == 0 ? name : $"{name}({string.Join(", ", inputs.Select(i => i.Name))})";
        walk.Add(new NetworkNode(NetworkNode.SubNetwork, field, LayerArguments.None, shape.ToEquatableArray(), output.ToEquatableArray(),
            head, $"{head}: sub-network -> {Shape(output)}", Body: new NetworkGraph(name, inner.Nodes.ToEquatableArray(), inputs.ToEquatableArray()),
            Passes: passes.ToEquatableArray()));
        return output;
    }

    private long[]? BindLayer(LayerCall call, long[] shape, NetworkWalk walk, bool first)
    {
        var name = call.Name.Text;
        var definition = LayerRegistry.Find(name);
        if (definition is null)
        {
            Report(DiagnosticDescriptors.UnknownOperation, call.Name.Location, "layer", name, NameSuggester.Hint(name, LayerRegistry.All.Select(l => l.Name)));
            return null;
        }
        var parameters = definition.Parameters;
        if (call.Positional.Count > parameters.Length)
        {
            Report(DiagnosticDescriptors.TooManyPositionalValues, call.Positional[parameters.Length].Location, name,
                parameters.Length == 0
                    ? "none"
                    : $"at most {parameters.Length} value{(parameters.Length == 1 ? "" : "s")} by position ({string.Join(", ", parameters.Select(p => p.Name))})");
            return null;
        }
        var arguments = call.Positional
            .Select((value, i) => new Argument(new Identifier(parameters[i].Name, value.Location), value, value.Location))
            .Concat(call.Named)
            .ToEquatableArray();
        var errors = ErrorCount;
        var checkedValues = CheckArguments(definition.Spec, arguments, $"'{name}'", call.Name.Location);
        if (ErrorCount > errors) return null;
        var args = new LayerArguments(parameters.Select(p => new ParameterValue(p.Name, checkedValues[p.Name])).ToEquatableArray());

        // add(skip), concat(skip): the tensor kept under that name in this graph.
        string? reads = null;
        long[]? readShape = null;
        if (parameters.FirstOrDefault(p => p.Kind == ParameterKind.Tensor) is { } tensorParameter)
        {
            var tensor = args.Text(tensorParameter.Name);
            if (!walk.Tensors.TryGetValue(tensor, out var kept))
            {
                var at = arguments.First(a => a.Name.Text == tensorParameter.Name).Value.Location;
                Report(DiagnosticDescriptors.UnknownTensor, at, tensor, UnknownTensorHint(tensor, walk));
                return null;
            }
            (reads, readShape) = kept;
        }

        var inferred = definition.Infer(new LayerInput(shape, args, first, readShape));
        if (inferred.Output is not { } output)
        {
            Report(DiagnosticDescriptors.ShapeMismatch, call.Location, inferred.Message!);
            return null;
        }
        var field = walk.NextField(name);
        var detail = definition.Detail(args);
        walk.Add(new NetworkNode(name, field, args, shape.ToEquatableArray(), output.ToEquatableArray(), detail, $"{field}: {detail} -> {Shape(output)}", Reads: reads));
        return output;
    }

    // Members of TorchSharp's Module (0.107) and of object that a sub-network's field or property would clash with or hide.
    private static readonly HashSet<string> s_moduleMembers = new(StringComparer.Ordinal)
    {
        "forward", "call", "train", "eval", "training", "parameters", "named_parameters", "buffers", "named_buffers", "modules",
        "named_modules", "children", "named_children", "state_dict", "load_state_dict", "load", "save", "to", "cpu", "cuda",
        "apply", "zero_grad", "half", "bfloat16", "@float", "@double", "register_buffer", "register_parameter", "register_module",
        "get_buffer", "get_parameter", "get_submodule", "RegisterComponents", "Dispose", "GetName", "Equals", "GetHashCode",
        "GetType", "ToString", "Module", "x", "input",
    };

    /// <summary>Why a tensor name is not known here: kept outside this sub-network, or a near miss.</summary>
    private static string UnknownTensorHint(string tensor, NetworkWalk walk)
    {
        for (var outer = walk.Parent; outer is not null; outer = outer.Parent)
        {
            if (outer.Tensors.ContainsKey(tensor))
                return $"; it is kept outside '{walk.Name}', and a sub-network sees only the tensors it keeps itself";
        }
        var hint = NameSuggester.Hint(tensor, walk.Tensors.Keys);
        return hint.Length > 0 ? hint : walk.Tensors.Count == 0 ? "; keep one first with 'as name' after a layer" : $"; known here: {string.Join(", ", walk.Tensors.Keys)}";
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
        var logs = new List<TrainSetting>();
        foreach (var setting in train?.Settings ?? EquatableArray<TrainSetting>.Empty)
        {
            var name = setting.Name.Text;
            if (!NetworkCatalog.TrainSettings.Contains(name))
            {
                Report(DiagnosticDescriptors.UnknownOperation, setting.Name.Location, "training setting", name, NameSuggester.Hint(name, NetworkCatalog.TrainSettings));
                continue;
            }
            if (name == "log")
            {
                logs.Add(setting); // bound together below, as a classical model's
                continue;
            }
            var value = setting.Value;
            if (!seen.Add(name))
            {
                Report(DiagnosticDescriptors.DuplicateName, setting.Name.Location, "Training setting", name, " in this block");
                continue;
            }
            if (setting.Target is { } extra)
            {
                Report(DiagnosticDescriptors.SettingExtraValue, extra.Location, name, "\"" + extra.Value + "\"");
                continue;
            }
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
        result = result with { Logs = BindRunLogs(logs, NetworkCatalog.Log, "'train'") };
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
