using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ModelDsl.Generator.Diagnostics;

/// <summary>
/// Every diagnostic ModelDsl reports. Each ID is documented in docs/diagnostics.md, has a test, and is listed in
/// AnalyzerReleases.Shipped.md or AnalyzerReleases.Unshipped.md (Roslyn's release tracking checks the two files).
/// <para>
/// IDs are grouped by family (docs/diagnostics.md lists the ranges): 00xx reading the file; 010x–011x names and
/// types; 012x learned models; 013x–014x network layers and shapes; 015x network training; 016x–017x field types;
/// 018x–019x learned models' features, preprocessing, splits and metrics; 02xx rule analysis; 03xx–10xx the model
/// families to come (fairness, associations, synthesizers, language models, autoencoders, GANs, diffusion, agents).
/// Within a family, new IDs go at the end of its block, in ID order. A message format says what is wrong with real
/// placeholders (never a bare "{0}"); changing a format means a new field name, so a call site written for the old
/// arguments fails to compile instead of printing a wrong message.
/// </para>
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Syntax = "ModelDsl.Syntax";
    private const string Semantics = "ModelDsl.Semantics";
    private const string RuleAnalysis = "ModelDsl.Rules";
    private const string Generator = "ModelDsl.Generator";
    private const string HelpBase = "https://github.com/modeldsl/modeldsl/blob/main/docs/diagnostics.md#";

    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // ---- 00xx: reading the file ----
    public static readonly DiagnosticDescriptor SyntaxError = new("MDSL0001", "Syntax error", "Syntax error: {0}", Syntax, Error, true, helpLinkUri: HelpBase + "mdsl0001");
    public static readonly DiagnosticDescriptor FileTooLarge = new("MDSL0002", "File too large", "The file is {0} characters long; the limit is {1}", Syntax, Error, true, helpLinkUri: HelpBase + "mdsl0002");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("MDSL0003", "Nesting too deep", "Expressions nest deeper than {0} levels; split the condition into 'let' values", Syntax, Error, true, helpLinkUri: HelpBase + "mdsl0003");
    public static readonly DiagnosticDescriptor InternalError = new("MDSL0004", "Internal generator error", "ModelDsl failed on this file: {0}. Please report it with the file.", Generator, Error, true, helpLinkUri: HelpBase + "mdsl0004");
    public static readonly DiagnosticDescriptor NamespaceFallback = new("MDSL0005", "Generated namespace not the project's", "The generated code goes to namespace '{0}': {1}; set ModelDslNamespace (or write a 'namespace' directive in the file) to choose it", Generator, Warning, true, helpLinkUri: HelpBase + "mdsl0005");

    // ---- 010x–011x: names and types (schemas, enums, rule sets, facts) ----
    public static readonly DiagnosticDescriptor UnknownName = new("MDSL0101", "Unknown name", "'{0}' is not a field, 'let' value or fact of {1}{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0101");
    public static readonly DiagnosticDescriptor UnknownEnumValue = new("MDSL0102", "Unknown enum value", "'{0}' is not a value of {1}{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0102");
    public static readonly DiagnosticDescriptor UnknownType = new("MDSL0103", "Unknown schema or type", "Unknown {0} '{1}'{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0103");
    public static readonly DiagnosticDescriptor CannotCompare = new("MDSL0104", "Values cannot be compared", "Cannot compare '{0}' ({1}) with '{2}' ({3})", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0104");
    public static readonly DiagnosticDescriptor DuplicateName = new("MDSL0105", "Duplicate name", "{0} '{1}' is already declared{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0105");
    public static readonly DiagnosticDescriptor DivisionByZero = new("MDSL0106", "Division by zero", "Division by the literal zero", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0106");
    public static readonly DiagnosticDescriptor OutcomeNotEnum = new("MDSL0107", "Outcome must be an enum", "The outcome type of a rule set must be an enum, but '{0}' is {1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0107");
    public static readonly DiagnosticDescriptor RepeatedClause = new("MDSL0108", "Repeated clause", "'{0}' may appear only once in a rule set", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0108");
    public static readonly DiagnosticDescriptor PriorityWithoutPolicy = new("MDSL0109", "Priority without priority policy", "The priority of rule '{0}' has no effect: the rule set's policy is not 'priority'", Semantics, Warning, true, helpLinkUri: HelpBase + "mdsl0109");
    public static readonly DiagnosticDescriptor ConditionNotBoolean = new("MDSL0110", "Condition is not boolean", "A rule condition must be true or false, but this expression is {0}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0110");
    public static readonly DiagnosticDescriptor GeneratedNameClash = new("MDSL0111", "Generated names clash", "'{0}' and '{1}' both become the C# name '{2}'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0111");
    public static readonly DiagnosticDescriptor EmptyDeclaration = new("MDSL0112", "Empty declaration", "{0} '{1}' declares nothing", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0112");
    public static readonly DiagnosticDescriptor OperandType = new("MDSL0113", "Operand of the wrong type", "'{0}' needs {1}, but '{2}' is {3}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0113");
    public static readonly DiagnosticDescriptor CannotOrder = new("MDSL0114", "Values cannot be ordered", "'{0}' cannot order values of {1}; use '==' or '!='{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0114");
    public static readonly DiagnosticDescriptor ValueOfWrongType = new("MDSL0115", "Value of the wrong type", "Cannot give {0} ({1}) a value that is {2}{3}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0115");
    public static readonly DiagnosticDescriptor TensorInRule = new("MDSL0116", "Tensor field in a rule", "'{0}' is {1}: tensor fields feed models, not rule conditions", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0116");
    public static readonly DiagnosticDescriptor RuleWithoutPriority = new("MDSL0117", "Rule without priority", "Rule '{0}' has no priority under 'policy priority'; it counts as priority 0", Semantics, Warning, true, helpLinkUri: HelpBase + "mdsl0117");
    public static readonly DiagnosticDescriptor TypeNamedLikeNamespace = new("MDSL0118", "Type named like its namespace", "'{0}' becomes the C# type '{1}' in namespace '{2}', which has a part of the same name: in C# code outside that namespace '{1}' means the namespace (CS0234); rename the declaration, or set ModelDslNamespace or a 'namespace' directive", Semantics, Warning, true, helpLinkUri: HelpBase + "mdsl0118");

    // ---- 012x: learned models — the declaration (task, label, algorithm); continued in 018x ----
    public static readonly DiagnosticDescriptor UnknownOperation = new("MDSL0120", "Unknown algorithm, transform, strategy, metric, layer or training setting", "Unknown {0} '{1}'{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0120");
    public static readonly DiagnosticDescriptor AlgorithmForOtherTask = new("MDSL0121", "Algorithm for another task", "'{0}' is a {1} algorithm, but '{2}' is a {3}; a {3} can use {4}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0121");
    public static readonly DiagnosticDescriptor UnknownParameter = new("MDSL0122", "Unknown parameter", "'{0}' is not a parameter of {1}{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0122");
    public static readonly DiagnosticDescriptor InvalidParameterValue = new("MDSL0123", "Invalid parameter value", "'{0}' of {1} must be {2}, but is {3}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0123");
    public static readonly DiagnosticDescriptor MissingParameter = new("MDSL0124", "Required parameter missing", "{0} needs '{1}' ({2}), for example {3}({1}: 3)", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0124");
    public static readonly DiagnosticDescriptor ClassifierLabel = new("MDSL0125", "Invalid classifier label", "The label of a classifier must be an enum field, or an integer field with its classes: '-> {0} in 0..9'; '{0}' is {1}{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0125");
    public static readonly DiagnosticDescriptor FutureLeak = new("MDSL0126", "Random split of a time series", "A {0} of a time series leaks the future into training; hold out the end of the series with 'split last 0.2'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0126");
    public static readonly DiagnosticDescriptor MissingLabel = new("MDSL0127", "Label missing", "A {0} needs a label: {0}({1} -> field)", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0127");
    public static readonly DiagnosticDescriptor ClustererLabel = new("MDSL0128", "Label on a clusterer", "A clusterer learns without a label; remove '-> {0}'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0128");
    public static readonly DiagnosticDescriptor TargetNotNumeric = new("MDSL0129", "Target is not a number", "The target of a {0} must be a number, but '{1}' is {2}{3}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0129");

    // ---- 013x–014x: networks — layers and shapes ----
    // MDSL0130 still carries a message composed by the shape rules; the layer definitions give it its own formats.
    public static readonly DiagnosticDescriptor ShapeMismatch = new("MDSL0130", "Tensor shape mismatch", "{0}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0130");
    public static readonly DiagnosticDescriptor NetworkOutputDoesNotFit = new("MDSL0131", "Network output does not fit the label", "The network ends in {0}, but {1}, so it must end in [{2}]{3}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0131");
    public static readonly DiagnosticDescriptor LossForOtherTask = new("MDSL0132", "Loss does not fit the task", "'{0}' is a {1} loss, but '{2}' is a {3}; use {4}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0132");
    public static readonly DiagnosticDescriptor ActivationBeforeLoss = new("MDSL0133", "Output activation doubles the loss's own", "The network ends in {0}, but {1} expects raw scores (it applies {2} itself); remove the {0}{3}", Semantics, Warning, true, helpLinkUri: HelpBase + "mdsl0133");
    public static readonly DiagnosticDescriptor TorchRuntimeMissing = new("MDSL0134", "Network needs ModelDsl.Runtime.Torch", "Model '{0}' declares a network, but this project does not reference ModelDsl.Runtime.Torch; add it and a TorchSharp backend package (TorchSharp-cpu, or a CUDA one)", Generator, Error, true, helpLinkUri: HelpBase + "mdsl0134");

    // ---- 015x: networks — input, size and training ----
    public static readonly DiagnosticDescriptor InputShapeSize = new("MDSL0150", "Input shape does not hold the features", "The input shape {0} holds {1} values, but the features give {2} per row (after one-hot and polynomial expansion)", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0150");
    public static readonly DiagnosticDescriptor NetworkTooLarge = new("MDSL0151", "Network too large", "The network has more than {0} layers once repeats are expanded", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0151");
    public static readonly DiagnosticDescriptor TooManyPositionalValues = new("MDSL0152", "Too many values by position", "Too many values for '{0}': it takes {1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0152");
    public static readonly DiagnosticDescriptor BinaryLossClasses = new("MDSL0153", "Binary loss for more than two classes", "binary_cross_entropy is for two classes, but the label has {0}; use cross_entropy", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0153");
    public static readonly DiagnosticDescriptor MomentumWithoutSgd = new("MDSL0154", "Momentum without sgd", "'momentum' is a parameter of sgd; {0} keeps its own moment estimates", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0154");
    public static readonly DiagnosticDescriptor EarlyStoppingValue = new("MDSL0155", "Early stopping takes named values", "'early_stopping' takes named values only: early_stopping(patience: 5)", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0155");
    public static readonly DiagnosticDescriptor AccuracyWithoutClasses = new("MDSL0156", "val_accuracy needs a classifier", "'val_accuracy' needs a classifier; a regressor monitors val_loss", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0156");
    public static readonly DiagnosticDescriptor EarlyStoppingWithoutValidation = new("MDSL0157", "Early stopping without validation rows", "Early stopping watches the validation rows; add 'validation 0.1' (the fraction of training rows held out)", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0157");
    public static readonly DiagnosticDescriptor NetworkForTask = new("MDSL0158", "Network for a task it cannot learn", "Model '{0}' is a {1}, which a network cannot learn; networks learn classifiers and regressors{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0158");
    public static readonly DiagnosticDescriptor NetworkWithText = new("MDSL0159", "Network over text", "A network needs its input size at build time, and a bag of words only knows it after training; exclude the text feature '{0}' or use a classical model", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0159");

    // ---- 016x–017x: field types (016x sets and token sequences, 017x tensors) ----
    public static readonly DiagnosticDescriptor TensorElementType = new("MDSL0170", "Tensor of non-numbers", "A tensor {0} holds numbers (float, double, int or long), not {1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0170");
    public static readonly DiagnosticDescriptor TensorTooLarge = new("MDSL0171", "Tensor too large", "The tensor {0} holds {1} values per row; at most {2} are supported", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0171");
    public static readonly DiagnosticDescriptor TensorFact = new("MDSL0172", "Tensor fact", "A fact holds one value; tensor types like {0}[…] belong to schema fields", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0172");

    // ---- 018x–019x: learned models — features, preprocessing, splits, metrics ----
    public static readonly DiagnosticDescriptor NoFeatures = new("MDSL0180", "Model without features", "Model '{0}' has no features", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0180");
    public static readonly DiagnosticDescriptor MissingAlgorithm = new("MDSL0181", "Model without algorithm", "Model '{0}' has no 'algorithm' (or 'network'); a {1} can use {2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0181");
    public static readonly DiagnosticDescriptor TooFewClasses = new("MDSL0182", "Fewer than two classes", "A classifier needs at least two classes, but enum '{0}' has {1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0182");
    public static readonly DiagnosticDescriptor LabelRangeMisuse = new("MDSL0183", "Class range on a label that has none", "'in first..last' names the classes of an integer label of a classifier, but '{0}' is {1}{2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0183");
    public static readonly DiagnosticDescriptor InvalidLabelRange = new("MDSL0184", "Invalid class range", "The classes of an integer label are a range of whole numbers like 'in 0..9', with 2 to 10000 values; '{0}..{1}' is not", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0184");
    public static readonly DiagnosticDescriptor LabelAsFeature = new("MDSL0185", "Label used as a feature", "The label '{0}' cannot also be a feature", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0185");
    public static readonly DiagnosticDescriptor InvalidFieldRange = new("MDSL0186", "Invalid field range", "A range names fields with one prefix and ascending numbers, like 'p0..p63'; '{0}..{1}' does not", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0186");
    public static readonly DiagnosticDescriptor FeaturesListedTwice = new("MDSL0187", "Features listed twice", "'input' already lists the features; remove 'features' or the list in 'input'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0187");
    public static readonly DiagnosticDescriptor NotAFeature = new("MDSL0188", "Not a feature of the model", "'{0}' is not a feature of model '{1}'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0188");
    public static readonly DiagnosticDescriptor TransformDoesNotFit = new("MDSL0189", "Transform does not fit the feature", "'{0}' applies to {1} features, but '{2}' is {3}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0189");
    public static readonly DiagnosticDescriptor ScaledTwice = new("MDSL0190", "Feature scaled twice", "Feature '{0}' is already scaled by an earlier 'preprocess'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0190");
    public static readonly DiagnosticDescriptor PolynomialFeatureList = new("MDSL0191", "Polynomial with a feature list", "'polynomial' applies to all numeric features together; remove the feature list", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0191");
    public static readonly DiagnosticDescriptor NegativeInput = new("MDSL0192", "Negative input to a count model", "'{0}' models counts, which are never negative; 'standardize' makes '{1}' negative — use 'min_max' or no scaling", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0192");
    public static readonly DiagnosticDescriptor AlgorithmWithNetwork = new("MDSL0193", "Algorithm and network", "A model with a network trains the network; remove 'algorithm' (or the network)", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0193");
    public static readonly DiagnosticDescriptor NetworkClauseWithoutNetwork = new("MDSL0194", "Network clause without a network", "'{0}' belongs to a network; add 'network {{ … }}' or remove it", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0194");
    public static readonly DiagnosticDescriptor ForecasterClause = new("MDSL0195", "Clause a forecaster does not use", "A forecaster reads only its target series '{0}', in row order; remove this clause", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0195");
    public static readonly DiagnosticDescriptor SplitAndCrossValidate = new("MDSL0196", "Split and cross-validation", "Declare either 'split test …' or 'cross_validate …', not both", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0196");
    public static readonly DiagnosticDescriptor SplitLastNotForecaster = new("MDSL0197", "split last without a time series", "'split last' holds out the end of a time series, for a forecaster; '{0}' is a {1}: use 'split test {2}'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0197");
    public static readonly DiagnosticDescriptor StratifiedNotClassifier = new("MDSL0198", "Stratified split without classes", "'stratified' keeps class proportions; it needs a classifier, and '{0}' is a {1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0198");
    public static readonly DiagnosticDescriptor MetricForOtherTask = new("MDSL0199", "Metric for another task", "'{0}' is not a {1} metric; a {1} reports {2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0199");

    // ---- 02xx: rule analysis ----
    public static readonly DiagnosticDescriptor UnreachableRule = new("MDSL0201", "Rule can never fire", "Rule '{0}' can never fire: every input it matches is matched first by {1}", RuleAnalysis, Warning, true, helpLinkUri: HelpBase + "mdsl0201");
    public static readonly DiagnosticDescriptor AlwaysFalse = new("MDSL0202", "Condition is always false", "The condition of rule '{0}' is always false{1}", RuleAnalysis, Warning, true, helpLinkUri: HelpBase + "mdsl0202");
    public static readonly DiagnosticDescriptor UncoveredInputs = new("MDSL0203", "Inputs no rule covers", "Rule set '{0}' has no 'otherwise' and no rule covers some inputs, for example {1}", RuleAnalysis, Warning, true, helpLinkUri: HelpBase + "mdsl0203");
    public static readonly DiagnosticDescriptor ChainingCycle = new("MDSL0204", "Chaining cycle", "Derived values depend on each other in a cycle: {0}", RuleAnalysis, Error, true, helpLinkUri: HelpBase + "mdsl0204");

    // ---- 03xx–10xx: reserved for the families to come (see docs/diagnostics.md) ----

    // ---- 013x: network graphs (fields stay above s_byId, whose initializer reads every field above it) ----
    public static readonly DiagnosticDescriptor UnknownTensor = new("MDSL0135", "Unknown tensor", "'{0}' is not a network input or a tensor kept with 'as' before this layer{1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0135");
    public static readonly DiagnosticDescriptor SubNetworkName = new("MDSL0136", "Sub-network name taken", "'{0}' is {1}; a sub-network needs another name (encoder, decoder, …)", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0136");
    public static readonly DiagnosticDescriptor NetworkInputWithoutSource = new("MDSL0137", "Network input without a source", "The network input '{0}' declares only a shape, which a family feeds itself (a timestep, a mask); a {1} feeds its network from its rows: write 'input {0} from field, …'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0137");
    public static readonly DiagnosticDescriptor NetworkInputOutOfPlace = new("MDSL0138", "Network input out of place", "'input {0}' declares an input of the whole network, so it belongs at the top of 'network {{ }}', not in {1}; pass it to a sub-network as 'name({0}) {{ … }}'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0138");
    public static readonly DiagnosticDescriptor PolynomialWithNetworkInputs = new("MDSL0139", "Polynomial features across network inputs", "'polynomial' multiplies the features of every network input together, so its columns belong to no one input; remove it or the network's 'input … from'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0139");

    // ---- 016x: set and token-sequence field types ----
    public static readonly DiagnosticDescriptor SetEnumTooLarge = new("MDSL0160", "Enum too large for a set", "A set holds members of an enum with at most {0} values, but {1} has {2}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0160");
    public static readonly DiagnosticDescriptor NotASet = new("MDSL0161", "'contains' needs a set", "'contains' tests whether a set field holds a value, but '{0}' is {1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0161");
    public static readonly DiagnosticDescriptor UnknownTokenizer = new("MDSL0162", "Unknown tokenizer", "Unknown tokenizer '{0}'; a tokens field can use chars (a character vocabulary learned in training){1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0162");
    public static readonly DiagnosticDescriptor InvalidTokenLength = new("MDSL0163", "Invalid token length", "The most tokens of a tokens field must be a whole number from 1 to {0}, but is {1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0163");
    public static readonly DiagnosticDescriptor UnknownTokensOption = new("MDSL0164", "Unknown tokens option", "'{0}' is not an option of a tokens field; the option is truncate (true or false){1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0164");
    public static readonly DiagnosticDescriptor InvalidClampBounds = new("MDSL0165", "Invalid clamp bounds", "'clamp' needs min ≤ max, but min is {0} and max is {1}", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0165");
    public static readonly DiagnosticDescriptor SettingExtraValue = new("MDSL0167", "Second value of a setting", "'{0}' takes one value, not a second one ({1}); only 'log' takes a folder after its value: log tensorboard \"runs/\"", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0167");
    public static readonly DiagnosticDescriptor LogOutsideTrain = new("MDSL0168", "Network run log outside train", "'{0}' is a network: its run log is a training setting, 'train {{ log tensorboard \"runs/\" }}'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0168");
    public static readonly DiagnosticDescriptor ClampedTwice = new("MDSL0166", "Feature clamped twice", "Feature '{0}' is already clamped by an earlier 'preprocess'", Semantics, Error, true, helpLinkUri: HelpBase + "mdsl0166");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    private static readonly Dictionary<string, int> s_argumentCounts = s_byId.ToDictionary(
        p => p.Key,
        p => Regex.Matches(p.Value.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace("{{", "").Replace("}}", ""), @"\{(\d+)\}")
            .Cast<Match>().Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max());

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    /// <summary>How many arguments the message format of <paramref name="id"/> takes.</summary>
    public static int ArgumentCount(string id) => s_argumentCounts[id];
}
