using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics.Families;
using ModelDsl.Generator.Semantics.Models;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics;

/// <summary>
/// Binding of <c>model</c> declarations, the parts every family shares: features, preprocessing, the algorithm and its
/// checked hyper-parameters or the network, split, cross-validation and metrics. What the header's arrow names and the
/// bound record are the family's own (<c>Semantics/Families/&lt;Family&gt;/</c>), reached through the registry.
/// </summary>
internal sealed partial class Binder
{
    private LearnedModel? BindModel(ModelDeclaration model)
    {
        var errorsBefore = ErrorCount;
        var schema = _index.Find(IndexedKind.Schema, model.InputSchema.Text);
        if (schema is null)
        {
            Report(DiagnosticDescriptors.UnknownType, model.InputSchema.Location, "schema", model.InputSchema.Text,
                NameSuggester.Hint(model.InputSchema.Text, _index.NamesOf(IndexedKind.Schema)));
            return null;
        }
        // A schema with a repeated field is reported where it is declared; here the first one counts.
        var fields = new Dictionary<string, DslType>(StringComparer.Ordinal);
        foreach (var f in schema.Fields)
        {
            if (!fields.ContainsKey(f.DslName)) fields[f.DslName] = IndexedFieldType(schema, f);
        }
        var fieldOrder = schema.Fields.Select(f => f.DslName).Distinct().ToList();
        // What the header's family allows and needs: data in the registry, its label rule and record in its binder.
        var family = ModelFamilies.Of(model.Task);
        return family.Binder.Bind(new ModelBinding(this, model, schema, fields, fieldOrder, family, errorsBefore));
    }

    /// <summary>
    /// One declaration being bound, as a family's binder sees it: the label field's lookup, then the shared parts with how
    /// it learns, in that order (the diagnostics come out as they did when one method bound every family).
    /// </summary>
    internal sealed class ModelBinding
    {
        private readonly Binder _binder;
        private readonly int _errorsBefore;

        public ModelBinding(Binder binder, ModelDeclaration declaration, IndexedDeclaration schema, Dictionary<string, DslType> fields, List<string> fieldOrder, ModelFamily family, int errorsBefore)
        {
            _binder = binder;
            Declaration = declaration;
            Schema = schema;
            Fields = fields;
            FieldOrder = fieldOrder;
            Family = family;
            _errorsBefore = errorsBefore;
        }

        public ModelDeclaration Declaration { get; }

        public IndexedDeclaration Schema { get; }

        /// <summary>The schema's fields by DSL name, and their order.</summary>
        public Dictionary<string, DslType> Fields { get; }

        public List<string> FieldOrder { get; }

        public ModelFamily Family { get; }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextLocation location, params string[] arguments) =>
            _binder.Report(descriptor, location, arguments);

        /// <summary>The field the header's arrow names, or null (reported) when there is none or the schema lacks it.</summary>
        public (string Name, DslType Type)? LabelField()
        {
            var model = Declaration;
            if (model.Label is null)
            {
                Report(DiagnosticDescriptors.MissingLabel, model.TaskLocation, Family.Name, Schema.DslName);
                return null;
            }
            if (!Fields.TryGetValue(model.Label.Text, out var type))
            {
                Report(DiagnosticDescriptors.UnknownName, model.Label.Location, model.Label.Text, $"schema '{Schema.DslName}'", NameSuggester.Hint(model.Label.Text, FieldOrder));
                return null;
            }
            return (model.Label.Text, type);
        }

        /// <summary>The label rule <see cref="LabelRule.Number"/>: a numeric field, without a class range.</summary>
        public FieldModel? NumericTarget()
        {
            if (LabelField() is not { } field) return null;
            var (name, type) = field;
            var model = Declaration;
            if (model.LabelRange is not null)
            {
                Report(DiagnosticDescriptors.LabelRangeMisuse, model.LabelRange.Location, name, type.Describe(), $" of a {Family.Name}");
                return null;
            }
            if (!type.IsNumeric)
            {
                Report(DiagnosticDescriptors.TargetNotNumeric, model.Label!.Location,
                    Family.Name, name, type.Describe(), type.Kind == ValueKind.Enum ? "; for an enum, declare a classifier" : "");
                return null;
            }
            return Field(name, type);
        }

        public static FieldModel Field(string name, DslType type) => new(name, Naming.Pascal(name), type);

        /// <summary>The clauses every family shares and how the model learns; null when the declaration has errors (the label's included).</summary>
        /// <param name="networkOutputs">
        /// What a network's last layer must give, the family's rule (a classifier's classes, 1 for a regressor); families
        /// that no network learns leave it out (a network clause is already an error there).
        /// </param>
        public ModelParts? BindParts(int networkOutputs = 0) => _binder.BindParts(this, _errorsBefore, networkOutputs);
    }

    /// <summary>What <see cref="ModelBinding.BindParts"/> bound: the parts of the record every family shares.</summary>
    internal sealed class ModelParts
    {
        public required string DslName { get; init; }

        public required string Name { get; init; }

        public required string InputFullName { get; init; }

        public required EquatableArray<FeatureModel> Features { get; init; }

        public required PreprocessingModel Preprocessing { get; init; }

        /// <summary>The algorithm, or the network (bound with the outputs the family asked for).</summary>
        public required Learning Learning { get; init; }

        /// <summary><c>split …</c> or <c>cross_validate …</c> of a family whose rows are exchangeable; null when neither is declared.</summary>
        public required Holdout? Holdout { get; init; }

        /// <summary><c>split last …</c> of a time-ordered family; null when not declared.</summary>
        public required double? SplitLast { get; init; }

        public required EquatableArray<string> Metrics { get; init; }

        /// <summary>A classical model's declared run logs (a network's are in its <see cref="TrainModel"/>).</summary>
        public required EquatableArray<RunLogModel> Logs { get; init; }

        public required string DeclarationHash { get; init; }
    }

    private ModelParts? BindParts(ModelBinding binding, int errorsBefore, int networkOutputs)
    {
        var model = binding.Declaration;
        var schema = binding.Schema;
        var fields = binding.Fields;
        var fieldOrder = binding.FieldOrder;
        var family = binding.Family;
        var task = family.Name;

        // ---- clauses that may appear once ----
        T? Single<T>(string keyword) where T : ModelMember
        {
            var all = model.Members.OfType<T>().ToList();
            foreach (var extra in all.Skip(1)) Report(DiagnosticDescriptors.RepeatedClause, extra.Location, keyword);
            return all.FirstOrDefault();
        }
        var featuresClause = Single<FeaturesClause>("features");
        var algorithmClause = Single<AlgorithmClause>("algorithm");
        var splitClause = Single<SplitClause>("split");
        var cvClause = Single<CrossValidateClause>("cross_validate");
        var metricsClause = Single<MetricsClause>("metrics");
        var inputClause = Single<InputClause>("input");
        var networkClause = Single<NetworkClause>("network");
        var trainClause = Single<TrainClause>("train");
        if (networkClause is null)
        {
            foreach (var loose in new ModelMember?[] { inputClause, trainClause }.Where(c => c is not null))
                Report(DiagnosticDescriptors.NetworkClauseWithoutNetwork, loose!.Location, loose is InputClause ? "input" : "train");
        }
        else if (!family.Networks)
            Report(DiagnosticDescriptors.NetworkForTask, networkClause.Location, model.Name.Text, task,
                family.Label == LabelRule.None ? $"; a {task} has no label to learn from" : $"; a {task} uses 'algorithm {string.Join(" | ", AlgorithmCatalog.Of(task).Select(a => a.Name))}(…)'");
        if (family.TimeOrdered)
        {
            // A forecaster reads only its target series, in row order.
            foreach (var clause in model.Members.Where(m => m is FeaturesClause or PreprocessClause or ImputeClause))
                Report(DiagnosticDescriptors.ForecasterClause, clause.Location, model.Label?.Text ?? "");
        }
        if (inputClause is not null && !inputClause.Features.IsEmpty)
        {
            if (featuresClause is not null)
                Report(DiagnosticDescriptors.FeaturesListedTwice, featuresClause.Location);
            else featuresClause = new FeaturesClause(false, inputClause.Features, inputClause.Location);
        }

        // ---- features ----
        List<string> ExpandReferences(IEnumerable<FeatureReference> references)
        {
            var names = new List<string>();
            foreach (var reference in references)
            {
                if (reference.RangeEnd is null)
                {
                    if (fields.ContainsKey(reference.Name.Text)) names.Add(reference.Name.Text);
                    else Report(DiagnosticDescriptors.UnknownName, reference.Name.Location, reference.Name.Text, $"schema '{schema.DslName}'", NameSuggester.Hint(reference.Name.Text, fieldOrder));
                    continue;
                }
                var first = Regex.Match(reference.Name.Text, @"^(.*?)(\d+)$");
                var last = Regex.Match(reference.RangeEnd.Text, @"^(.*?)(\d+)$");
                if (!first.Success || !last.Success || first.Groups[1].Value != last.Groups[1].Value
                    || !int.TryParse(first.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                    || !int.TryParse(last.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var to) || from > to)
                {
                    Report(DiagnosticDescriptors.InvalidFieldRange, reference.Location, reference.Name.Text, reference.RangeEnd.Text);
                    continue;
                }
                for (var i = from; i <= to; i++)
                {
                    var name = first.Groups[1].Value + i.ToString(CultureInfo.InvariantCulture);
                    if (fields.ContainsKey(name)) names.Add(name);
                    else
                    {
                        Report(DiagnosticDescriptors.UnknownName, reference.Location, name, $"schema '{schema.DslName}' (from the range {reference.Name.Text}..{reference.RangeEnd.Text})", "");
                        break;
                    }
                }
            }
            return names;
        }

        List<string> featureNames;
        if (featuresClause is null || featuresClause.All)
        {
            var excluded = featuresClause is null ? new List<string>() : ExpandReferences(featuresClause.Listed);
            featureNames = fieldOrder.Where(f => f != model.Label?.Text && !excluded.Contains(f)).ToList();
        }
        else
        {
            featureNames = new List<string>();
            foreach (var name in ExpandReferences(featuresClause.Listed))
            {
                if (featureNames.Contains(name)) Report(DiagnosticDescriptors.DuplicateName, featuresClause.Location, "Feature", name, " in this list");
                else if (name == model.Label?.Text) Report(DiagnosticDescriptors.LabelAsFeature, featuresClause.Location, name);
                else featureNames.Add(name);
            }
        }
        // A network's named inputs fed from the schema (input sepal from …): their fields are features too.
        var networkInputs = networkClause is not null && family.Networks
            ? NetworkInputFields(networkClause, featureNames, model.Label?.Text, ExpandReferences)
            : new List<NetworkInputSource>();
        if (family.TimeOrdered) featureNames.Clear();
        else if (featureNames.Count == 0 && ErrorCount == errorsBefore)
            Report(DiagnosticDescriptors.NoFeatures, model.Name.Location, model.Name.Text);

        var kinds = featureNames.ToDictionary(n => n, n => fields[n].Kind switch
        {
            ValueKind.Enum => FeatureKind.Enum,
            ValueKind.Set => FeatureKind.Set,
            ValueKind.Bool => FeatureKind.Bool,
            ValueKind.String => FeatureKind.Text,
            _ => FeatureKind.Numeric,
        });
        var scaling = featureNames.ToDictionary(n => n, _ => Scaling.None);
        var impute = featureNames.ToDictionary(n => n, _ => ("reject", 0.0));
        var clamp = new Dictionary<string, (double Low, double High)>(StringComparer.Ordinal);

        // ---- preprocessing ----
        int polynomialDegree = 1;
        var polynomialInteractionOnly = false;
        var lowercase = true;
        var minCount = 1;
        // A wrong target is reported on its own name in the clause ('note' of 'preprocess note: standardize').
        List<string> TargetsOf(EquatableArray<FeatureReference> targets, string transform, FeatureKind wanted)
        {
            if (targets.IsEmpty) return featureNames.Where(n => kinds[n] == wanted).ToList();
            var result = new List<string>();
            foreach (var reference in targets)
            {
                foreach (var name in ExpandReferences(new[] { reference }))
                {
                    if (!kinds.TryGetValue(name, out var kind))
                        Report(DiagnosticDescriptors.NotAFeature, reference.Location, name, model.Name.Text);
                    else if (kind != wanted)
                        Report(DiagnosticDescriptors.TransformDoesNotFit, reference.Location, transform, Describe(wanted), name, Describe(kind));
                    else result.Add(name);
                }
            }
            return result;
        }

        var seenWholeModelTransforms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in model.Members.OfType<PreprocessClause>())
        {
            if (clause.Transform.Text is "polynomial" or "bag_of_words" && !seenWholeModelTransforms.Add(clause.Transform.Text))
            {
                Report(DiagnosticDescriptors.RepeatedClause, clause.Location, "preprocess " + clause.Transform.Text);
                continue;
            }
            var spec = LearningCatalog.Transform(clause.Transform.Text);
            if (spec is null)
            {
                Report(DiagnosticDescriptors.UnknownOperation, clause.Transform.Location, "transform", clause.Transform.Text,
                    NameSuggester.Hint(clause.Transform.Text, LearningCatalog.Transforms.Select(t => t.Name)));
                continue;
            }
            var args = CheckArguments(spec, clause.Arguments, $"'{spec.Name}'", clause.Transform.Location);
            switch (spec.Name)
            {
                case "standardize":
                case "min_max":
                    foreach (var name in TargetsOf(clause.Targets, spec.Name, FeatureKind.Numeric))
                    {
                        if (scaling[name] != Scaling.None)
                            Report(DiagnosticDescriptors.ScaledTwice, clause.Location, name);
                        scaling[name] = spec.Name == "standardize" ? Scaling.Standardize : Scaling.MinMax;
                    }
                    break;
                case "clamp":
                {
                    var low = double.Parse(args["min"], CultureInfo.InvariantCulture);
                    var high = double.Parse(args["max"], CultureInfo.InvariantCulture);
                    if (!(low <= high) || double.IsInfinity(low) || double.IsInfinity(high))
                    {
                        Report(DiagnosticDescriptors.InvalidClampBounds, clause.Location, args["min"], args["max"]);
                        break;
                    }
                    foreach (var name in TargetsOf(clause.Targets, spec.Name, FeatureKind.Numeric))
                    {
                        if (fields[name].IsTensor)
                            Report(DiagnosticDescriptors.TransformDoesNotFit, clause.Location, "clamp", "single numeric", name, fields[name].Describe());
                        else if (clamp.ContainsKey(name))
                            Report(DiagnosticDescriptors.ClampedTwice, clause.Location, name);
                        else clamp[name] = (low, high);
                    }
                    break;
                }
                case "one_hot":
                    TargetsOf(clause.Targets, spec.Name, FeatureKind.Enum);
                    break;
                case "polynomial":
                    if (!clause.Targets.IsEmpty)
                        Report(DiagnosticDescriptors.PolynomialFeatureList, clause.Location);
                    polynomialDegree = int.Parse(args["degree"], CultureInfo.InvariantCulture);
                    polynomialInteractionOnly = args["interaction_only"] == "true";
                    break;
                case "bag_of_words":
                    TargetsOf(clause.Targets, spec.Name, FeatureKind.Text);
                    lowercase = args["lowercase"] == "true";
                    minCount = int.Parse(args["min_count"], CultureInfo.InvariantCulture);
                    break;
            }
        }

        foreach (var clause in model.Members.OfType<ImputeClause>())
        {
            var spec = LearningCatalog.Impute(clause.Strategy.Text);
            if (spec is null)
            {
                Report(DiagnosticDescriptors.UnknownOperation, clause.Strategy.Location, "imputation strategy", clause.Strategy.Text,
                    NameSuggester.Hint(clause.Strategy.Text, LearningCatalog.ImputeStrategies.Select(t => t.Name)));
                continue;
            }
            var args = CheckArguments(spec, clause.Arguments, $"'{spec.Name}'", clause.Strategy.Location);
            var constant = args.TryGetValue("value", out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : 0;
            foreach (var name in TargetsOf(clause.Targets, "impute", FeatureKind.Numeric)) impute[name] = (spec.Name, constant);
        }

        // ---- algorithm ----
        string algorithm = "";
        var parameters = new Dictionary<string, string>();
        if (networkClause is not null)
        {
            // The network is bound after the other clauses, with the outputs the family asks for.
            if (algorithmClause is not null)
                Report(DiagnosticDescriptors.AlgorithmWithNetwork, algorithmClause.Location);
        }
        else if (algorithmClause is null)
        {
            Report(DiagnosticDescriptors.MissingAlgorithm, model.Name.Location,
                model.Name.Text, task, string.Join(", ", LearningCatalog.Algorithms.Where(a => a.Task == model.Task).Select(a => a.Name)));
        }
        else
        {
            var spec = LearningCatalog.Algorithm(algorithmClause.Algorithm.Text, model.Task);
            if (spec is null)
            {
                Report(DiagnosticDescriptors.UnknownOperation, algorithmClause.Algorithm.Location, "algorithm", algorithmClause.Algorithm.Text,
                    NameSuggester.Hint(algorithmClause.Algorithm.Text, LearningCatalog.Algorithms.Select(a => a.Name).Distinct()));
            }
            else if (spec.Task != model.Task)
            {
                Report(DiagnosticDescriptors.AlgorithmForOtherTask, algorithmClause.Algorithm.Location,
                    spec.Name, LearningCatalog.TaskName(spec.Task!.Value), model.Name.Text, task, string.Join(", ", LearningCatalog.Algorithms.Where(a => a.Task == model.Task).Select(a => a.Name)));
            }
            else
            {
                algorithm = spec.Name;
                parameters = CheckArguments(spec, algorithmClause.Arguments, $"'{spec.Name}'", algorithmClause.Algorithm.Location);
                var scaled = scaling.Where(p => p.Value == Scaling.Standardize).Select(p => p.Key).FirstOrDefault();
                if (LearningCatalog.Spec(spec.Name, model.Task)?.Has(AlgorithmCapabilities.NeedsNonNegativeInput) == true && scaled is not null)
                    Report(DiagnosticDescriptors.NegativeInput, algorithmClause.Algorithm.Location, spec.Name, scaled);
            }
        }

        // ---- split, cross-validation, metrics ----
        double testFraction = 0;
        var stratified = false;
        var seed = 0;
        var folds = 0;
        if (splitClause is not null && cvClause is not null)
            Report(DiagnosticDescriptors.SplitAndCrossValidate, cvClause.Location);
        if (splitClause is not null && family.TimeOrdered && !splitClause.Last)
            Report(DiagnosticDescriptors.FutureLeak, splitClause.Location, "random split");
        if (splitClause is { Last: true } && !family.TimeOrdered)
            Report(DiagnosticDescriptors.SplitLastNotForecaster, splitClause.Location, model.Name.Text, task, splitClause.TestFraction.Text);
        if (cvClause is not null && family.TimeOrdered)
            Report(DiagnosticDescriptors.FutureLeak, cvClause.Location, "k-fold cross-validation");
        if (splitClause is not null)
        {
            if (CheckNumber(LearningCatalog.SplitFraction, splitClause.TestFraction, "'split'")) testFraction = splitClause.TestFraction.Value;
            stratified = splitClause.Stratified;
            if (stratified && !family.Stratifiable)
                Report(DiagnosticDescriptors.StratifiedNotClassifier, splitClause.Location, model.Name.Text, task);
            seed = CheckSeed(splitClause.Seed);
        }
        if (cvClause is not null)
        {
            if (CheckNumber(LearningCatalog.Folds, cvClause.Folds, "'cross_validate'")) folds = (int)cvClause.Folds.Value;
            seed = CheckSeed(cvClause.Seed);
        }
        var metrics = new List<string>();
        if (metricsClause is not null)
        {
            var known = family.Metrics;
            foreach (var metric in metricsClause.Metrics)
            {
                if (known.Contains(metric.Text)) metrics.Add(metric.Text);
                else if (ModelFamilies.All.Any(f => f.Metrics.Contains(metric.Text)))
                    Report(DiagnosticDescriptors.MetricForOtherTask, metric.Location, metric.Text, task, string.Join(", ", known));
                else
                    Report(DiagnosticDescriptors.UnknownOperation, metric.Location, "metric", metric.Text,
                        $"; a {task} reports {string.Join(", ", known)}" + NameSuggester.Hint(metric.Text, known));
            }
        }

        // ---- run log: a classical model's member; a network declares it in train { } ----
        var logClauses = model.Members.OfType<LogClause>().ToList();
        var logs = EquatableArray<RunLogModel>.Empty;
        if (networkClause is not null)
            foreach (var clause in logClauses) Report(DiagnosticDescriptors.LogOutsideTrain, clause.Location, model.Name.Text);
        else logs = BindRunLogs(logClauses.Select(c => c.Setting).ToList(), NetworkCatalog.ClassicalLog, "'model'");

        if (ErrorCount > errorsBefore) return null;

        NetworkModel? network = null;
        if (networkClause is not null)
        {
            var bagOfWords = model.Members.OfType<PreprocessClause>().FirstOrDefault(c => c.Transform.Text == "bag_of_words");
            var textFeature = featureNames.FirstOrDefault(n => kinds[n] == FeatureKind.Text);
            if (bagOfWords is not null || textFeature is not null)
            {
                Report(DiagnosticDescriptors.NetworkWithText, bagOfWords?.Location ?? networkClause.Location, textFeature ?? "");
                return null;
            }
            // A tensor field counts once per element.
            var block = featureNames.Where(n => kinds[n] != FeatureKind.Enum).Sum(n => fields[n].ElementCount);
            var featureCount = PolynomialCount(block, polynomialDegree, polynomialInteractionOnly)
                + featureNames.Where(n => kinds[n] == FeatureKind.Enum).Sum(n => fields[n].Members.Count);
            var outputs = networkOutputs; // the family's rule (its FamilyBinder)
            var defaultShape = featureNames.Count == 1 && fields[featureNames[0]].IsTensor && featureCount == block
                ? fields[featureNames[0]].Shape.Select(d => (long)d).ToArray()
                : new long[] { featureCount };
            int[]? mainColumns = null;
            if (networkInputs.Any(i => i.Fields.Count > 0))
            {
                // The features that feed named inputs leave the main input; each input takes its columns of the vector.
                var polynomial = model.Members.OfType<PreprocessClause>().LastOrDefault(c => c.Transform.Text == "polynomial");
                if (polynomialDegree > 1)
                {
                    Report(DiagnosticDescriptors.PolynomialWithNetworkInputs, polynomial?.Location ?? networkClause.Location);
                    return null;
                }
                var columns = FeatureColumns(featureNames, kinds, fields);
                foreach (var source in networkInputs) source.Columns = source.Fields.SelectMany(f => columns[f]).OrderBy(c => c).ToArray();
                var claimed = new HashSet<string>(networkInputs.SelectMany(i => i.Fields), StringComparer.Ordinal);
                var main = featureNames.Where(n => !claimed.Contains(n)).ToList();
                if (main.Count == 0)
                {
                    Report(DiagnosticDescriptors.ShapeMismatch, networkClause.Location,
                        $"Every feature of '{model.Name.Text}' feeds a named network input, so the network's main input has none; leave at least one feature to the main input");
                    return null;
                }
                mainColumns = main.SelectMany(f => columns[f]).OrderBy(c => c).ToArray();
                featureCount = mainColumns.Length;
                defaultShape = main.Count == 1 && fields[main[0]].IsTensor
                    ? fields[main[0]].Shape.Select(d => (long)d).ToArray()
                    : new long[] { featureCount };
                foreach (var source in networkInputs)
                {
                    source.DefaultShape = source.Fields.Count == 1 && fields[source.Fields[0]].IsTensor
                        ? fields[source.Fields[0]].Shape.Select(d => (long)d).ToArray()
                        : new long[] { source.Columns.Length };
                }
            }
            network = BindNetwork(model, networkClause, inputClause, trainClause, featureCount, outputs, defaultShape, networkInputs, mainColumns);
            if (network is null) return null;
        }

        var features = featureNames.Select(n => new FeatureModel(n, Naming.Pascal(n), kinds[n], fields[n], scaling[n], impute[n].Item1, impute[n].Item2)
            is var f && clamp.TryGetValue(n, out var bounds) ? f with { ClampLow = bounds.Low, ClampHigh = bounds.High } : f).ToEquatableArray();
        Holdout? holdout = splitClause is { Last: false } ? new RandomSplit(testFraction, stratified, seed)
            : cvClause is not null ? new CrossValidation(folds, seed)
            : null;
        return new ModelParts
        {
            DslName = model.Name.Text,
            Name = Naming.Pascal(model.Name.Text),
            InputFullName = schema.FullName,
            Features = features,
            Preprocessing = new PreprocessingModel(polynomialDegree, polynomialInteractionOnly, lowercase, minCount),
            Learning = network is not null
                ? new NetworkLearning(network)
                : new LearnerModel(algorithm, parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ParameterValue(p.Key, p.Value)).ToEquatableArray()),
            Holdout = family.TimeOrdered ? null : holdout,
            SplitLast = family.TimeOrdered && splitClause is { Last: true } ? testFraction : null,
            Metrics = metrics.ToEquatableArray(),
            Logs = logs,
            DeclarationHash = DeclarationHash(model, schema),
        };
    }

    /// <summary>Columns of the polynomial expansion of <paramref name="n"/> features (no bias), as the runtime's PolynomialFeatures.</summary>
    private static int PolynomialCount(int n, int degree, bool interactionOnly)
    {
        if (degree <= 1 || n == 0) return n;
        long total = 0;
        for (var k = 1; k <= degree; k++)
            total += interactionOnly ? Binomial(n, k) : Binomial(n + k - 1, k);
        return (int)Math.Min(total, int.MaxValue);
    }

    private static long Binomial(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        long result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    private int CheckSeed(NumberLiteral? seed) =>
        seed is not null && CheckNumber(LearningCatalog.Seed, seed, "the split") ? (int)seed.Value : 0;

    /// <summary>
    /// A number given outside a parameter list (a split fraction, a seed, a dimension, a train setting): reported on
    /// the number (MDSL0123) unless <see cref="ParameterSpec.Accepts"/>, the check every numeric parameter goes through.
    /// </summary>
    private bool CheckNumber(ParameterSpec spec, NumberLiteral number, string owner)
    {
        if (spec.Accepts(number.Value, number.IsInteger)) return true;
        Report(DiagnosticDescriptors.InvalidParameterValue, number.Location, spec.Name, owner, spec.DescribeRange(), $"'{number.Text}'");
        return false;
    }

    private static string Describe(FeatureKind kind) => kind switch
    {
        FeatureKind.Numeric => "numeric",
        FeatureKind.Bool => "bool",
        FeatureKind.Enum => "enum",
        FeatureKind.Set => "set",
        _ => "text (string)",
    };

    /// <summary>Checks named arguments against a spec; returns every parameter's value as invariant text, defaults filled in.</summary>
    private Dictionary<string, string> CheckArguments(OperationSpec spec, EquatableArray<Argument> arguments, string owner, TextLocation ownerLocation)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var parameter = spec.Parameters.FirstOrDefault(p => p.Name == argument.Name.Text);
            if (parameter is null)
            {
                Report(DiagnosticDescriptors.UnknownParameter, argument.Name.Location, argument.Name.Text, owner,
                    spec.Parameters.Length == 0 ? "; it takes none" : NameSuggester.ParameterHint(argument.Name.Text, spec.Parameters.Select(p => p.Name)) is { Length: > 0 } hint ? hint : $"; it takes {string.Join(", ", spec.Parameters.Select(p => p.Name))}");
                continue;
            }
            if (values.ContainsKey(parameter.Name))
            {
                Report(DiagnosticDescriptors.DuplicateName, argument.Name.Location, "Parameter", parameter.Name, $" for {owner}");
                continue;
            }
            if (ParameterText(parameter, argument.Value) is { } text) values[parameter.Name] = text;
            else
            {
                var shown = argument.Value switch
                {
                    NumberLiteral n => n.Text,
                    StringLiteral s => "\"" + s.Value + "\"",
                    BoolLiteral b => b.Value ? "true" : "false",
                    NameExpression name => name.Name.Text,
                    ShapeLiteral list => "[" + string.Join(", ", list.Dimensions.Select(d => d.Text)) + "]",
                    _ => "?",
                };
                var hint = parameter.Kind == ParameterKind.Choice && argument.Value is NameExpression ne ? NameSuggester.Hint(ne.Name.Text, parameter.Choices!) : "";
                Report(DiagnosticDescriptors.InvalidParameterValue, argument.Value.Location, parameter.Name, owner, parameter.DescribeRange(), $"'{shown}'{hint}");
            }
        }
        foreach (var parameter in spec.Parameters.Where(p => !values.ContainsKey(p.Name)))
        {
            if (parameter.Required) Report(DiagnosticDescriptors.MissingParameter, ownerLocation, owner, parameter.Name, parameter.DescribeRange(), spec.Name);
            else values[parameter.Name] = parameter.Default!;
        }
        return values;
    }

    private static string? ParameterText(ParameterSpec parameter, Expression value)
    {
        switch (parameter.Kind)
        {
            case ParameterKind.Bool:
                return value is BoolLiteral b ? (b.Value ? "true" : "false") : null;
            case ParameterKind.Shape:
                if (value is not ShapeLiteral shape || shape.Dimensions.Any(d => !d.IsInteger || (d.Value < 1 || d.Value > int.MaxValue) && d.Value != -1)) return null;
                return string.Join(",", shape.Dimensions.Select(d => ((long)d.Value).ToString(CultureInfo.InvariantCulture)));
            case ParameterKind.Tensor:
                return value is NameExpression tensor ? tensor.Name.Text : null;
            case ParameterKind.Choice:
                var text = value switch { NameExpression n => n.Name.Text, StringLiteral s => s.Value, _ => null };
                return text is not null && parameter.Choices!.Contains(text) ? text : null;
            default:
                return value is NumberLiteral number && parameter.Accepts(number.Value, number.IsInteger)
                    ? number.Value.ToString("R", CultureInfo.InvariantCulture)
                    : null;
        }
    }

    /// <summary>
    /// SHA-256 of the declaration (whitespace-normalised) and of the input schema's fields: a model file
    /// records it, so a file trained from another declaration or schema is refused on load.
    /// </summary>
    private string DeclarationHash(ModelDeclaration model, IndexedDeclaration schema)
    {
        var text = new StringBuilder();
        var source = _file.Text;
        var start = Math.Max(0, Math.Min(model.Location.Start, source.Length));
        var length = Math.Max(0, Math.Min(model.Location.Length, source.Length - start));
        text.Append(Regex.Replace(Regex.Replace(source.Substring(start, length), @"//[^\r\n\u0085\u2028\u2029]*|/\*.*?\*/", " ", RegexOptions.Singleline), @"\s+", " ").Trim());
        text.Append('|').Append(schema.DslName);
        foreach (var field in schema.Fields)
        {
            // A named enum's values decide the one-hot layout, so they are part of the hash too.
            var members = field.Keyword == TypeKeyword.Named ? _index.Find(IndexedKind.Enum, field.TypeName ?? "")?.Members ?? default : field.InlineMembers;
            text.Append('|').Append(field.DslName).Append(':').Append(field.Keyword).Append(':').Append(field.TypeName).Append(':').Append(string.Join(",", members));
            if (!field.Shape.IsEmpty) text.Append(":[").Append(string.Join(",", field.Shape)).Append(']');
        }
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        return string.Concat(hash.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Binding of <c>log tensorboard "runs/"</c> and <c>log csv "runs/"</c>, the same setting in a network's <c>train { }</c>
    /// and among a classical model's members: a known format (did-you-mean), a folder that is not empty, each format
    /// once, and the formats of one run side by side (one folder, one interval).
    /// </summary>
    /// <param name="settings">The <c>log</c> settings in declaration order.</param>
    /// <param name="spec">Its parameters: a network's <c>every</c>, none for a classical model.</param>
    /// <param name="owner">Where it stands, for messages: <c>'train'</c> or <c>'model'</c>.</param>
    private EquatableArray<RunLogModel> BindRunLogs(IReadOnlyList<TrainSetting> settings, OperationSpec spec, string owner)
    {
        var logs = new List<(RunLogModel Log, TrainSetting Setting)>();
        var formats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            var value = setting.Value;
            var format = value is NameExpression n ? n.Name.Text : null;
            if (format is null || !NetworkCatalog.LogFormats.Contains(format))
            {
                var hint = format is null ? "" : NameSuggester.Hint(format, NetworkCatalog.LogFormats);
                Report(DiagnosticDescriptors.InvalidParameterValue, value?.Location ?? setting.Location, "log", owner, "tensorboard or csv, then a folder: log tensorboard \"runs/\"",
                    $"'{(value is null ? "missing" : Shown(value))}'{hint}");
                continue;
            }
            if (!formats.Add(format))
            {
                Report(DiagnosticDescriptors.DuplicateName, setting.Name.Location, "Run log", "log " + format, " here");
                continue;
            }
            if (setting.Target is not { } folder || string.IsNullOrWhiteSpace(folder.Value))
            {
                Report(DiagnosticDescriptors.InvalidParameterValue, setting.Target?.Location ?? value!.Location, "log", owner, $"followed by the folder runs go in: log {format} \"runs/\"",
                    setting.Target is null ? "missing" : "empty");
                continue;
            }
            var args = CheckArguments(spec, setting.Arguments, "'log'", setting.Name.Location);
            var every = args.TryGetValue("every", out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
            logs.Add((new RunLogModel(format, folder.Value, every), setting));
        }
        foreach (var (log, setting) in logs.Skip(1))
        {
            var first = logs[0].Log;
            if (log.Directory == first.Directory && log.EveryBatches == first.EveryBatches) continue;
            var interval = spec.Parameters.Length == 0 ? "" : $", every: {first.EveryBatches.ToString(CultureInfo.InvariantCulture)}";
            Report(DiagnosticDescriptors.InvalidParameterValue, setting.Target?.Location ?? setting.Location, "log", owner,
                $"in the folder of the first log{(interval.Length == 0 ? "" : ", with the same interval")} (\"{first.Directory}\"{interval}): the formats of a run go side by side",
                $"\"{log.Directory}\"{(interval.Length == 0 ? "" : $", every: {log.EveryBatches.ToString(CultureInfo.InvariantCulture)}")}");
        }
        return logs.Select(l => l.Log).ToEquatableArray();
    }
}
