using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelDsl.Generator;
using ModelDsl.Generator.Semantics;
using ModelDsl.Plots;

namespace ModelDsl.Cli;

/// <summary>
/// The neutral descriptions that <c>plot</c> draws without training: a network's layers with their inferred shapes and
/// a rule set's flow, read from the generator's semantic model of the declarations (parse, index, bind: the build's
/// own stages, internals visible to this tool), so the pictures show exactly what the build checked.
/// </summary>
internal static class Outlines
{
    /// <summary>The bound files and every parse and bind diagnostic.</summary>
    internal sealed record Bound(IReadOnlyList<FileModel> Files, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IEnumerable<LearnedModel> Models => Files.SelectMany(f => f.Models);

        public IEnumerable<RuleSetModel> RuleSets => Files.SelectMany(f => f.RuleSets);

        /// <summary>Every declared model and rule set name, for "there are: …" messages.</summary>
        public IEnumerable<string> Names => Models.Select(m => m.DslName).Concat(RuleSets.Select(r => r.DslName));
    }

    /// <summary>Parses and binds the files as one project (so cross-file names resolve).</summary>
    public static Bound Bind(IReadOnlyList<(string Path, string Text)> files)
    {
        var options = new GeneratorOptions("ModelDsl.Tool", "");
        var parsed = files.Select(f => ModelDslGenerator.ParseFile(f.Path, f.Text, options, default)).ToList();
        var index = DeclarationIndex.Build(parsed.Select(DeclarationIndex.Of).ToImmutableArray());
        var bound = parsed.Select(p => ModelDslGenerator.BindFile(p, index, default)).ToList();
        var diagnostics = parsed.SelectMany(p => p.Diagnostics).Concat(bound.SelectMany(b => b.Diagnostics))
            .Select(d => d.ToDiagnostic()).ToList();
        return new Bound(bound.Select(b => b.Value).ToList(), diagnostics);
    }

    /// <summary>A network's steps as the binder inferred them: kind and settings, output shape, learnable parameters.</summary>
    public static NetworkDescription Network(LearnedModel model)
    {
        var network = model.Network ?? throw new ArgumentException($"'{model.DslName}' is not a network.", nameof(model));
        var layers = network.Steps.Select(step => new NetworkLayer(
            step.Field,
            Kind(step),
            Detail(step),
            step.OutputShape.ToArray(),
            Parameters(step),
            step.Op switch
            {
                LayerOp.ResidualStart => NetworkLayerRole.ResidualStart,
                LayerOp.ResidualEnd => NetworkLayerRole.ResidualEnd,
                _ => NetworkLayerRole.Layer,
            })).ToList();
        return new NetworkDescription(model.DslName, network.InputShape.ToArray(), layers);
    }

    // The binder's summary reads "dense1: dense(64) -> [64]": the declared settings sit between ": " and " -> ".
    private static string Detail(NetworkStep step)
    {
        var start = step.Summary.IndexOf(": ", StringComparison.Ordinal);
        var end = step.Summary.LastIndexOf(" -> ", StringComparison.Ordinal);
        return start >= 0 && end > start ? step.Summary.Substring(start + 2, end - start - 2) : step.Summary;
    }

    private static string Kind(NetworkStep step) => step.Op switch
    {
        LayerOp.ResidualStart or LayerOp.ResidualEnd => "residual",
        _ => Detail(step).Split('(')[0],
    };

    /// <summary>Learnable parameters, from the constructor numbers the binder keeps (see NetworkEmitter for their order).</summary>
    private static long Parameters(NetworkStep step)
    {
        long A(int i) => (long)step.Arguments[i];
        return step.Op switch
        {
            LayerOp.Dense => A(0) * A(1) + A(2) * A(1),               // in × units, + units with a bias
            LayerOp.Conv1d => A(0) * A(1) * A(2) + A(1),              // in channels × filters × kernel, + a bias per filter
            LayerOp.Conv2d => A(0) * A(1) * A(2) * A(2) + A(1),
            LayerOp.BatchNorm1d or LayerOp.BatchNorm2d or LayerOp.LayerNorm => 2 * A(0), // scale and shift
            LayerOp.Embedding => A(0) * A(1),
            _ => 0,
        };
    }

    /// <summary>A rule set in evaluation order: let values and facts (with their rules), the rules, otherwise.</summary>
    public static RuleSetDescription RuleSet(RuleSetModel rules, IEnumerable<EnumModel> enums)
    {
        var names = rules.Derived.ToDictionary(d => d.Local, d => d.DslName, StringComparer.Ordinal);
        IReadOnlyList<string> Reads(BoundExpression condition) =>
            condition.ReferencedLocals().Distinct().Select(l => names.TryGetValue(l, out var n) ? n : l).ToList();

        var facts = rules.Derived.Select(d => new FactDescription(
            d.DslName,
            d.Kind == DerivedKind.Fact,
            d.Value.Text,
            d.SetRules.Select(r => new RuleDescription(r.DslName, r.Condition.Text, $"set {d.DslName} = {r.Value.Text}", r.Reason, Reads(r.Condition))).ToList()))
            .ToList();
        var outcomeRules = rules.Rules.Select(r => new RuleDescription(
            r.Priority is double p ? string.Create(CultureInfo.InvariantCulture, $"{r.DslName} (priority {p})") : r.DslName,
            r.Condition.Text, r.OutcomeText, r.Reason, Reads(r.Condition))).ToList();
        string? otherwise = null;
        if (rules.Otherwise is { } o)
        {
            // The otherwise outcome is kept as its C# member; show it as written, as the rules do.
            otherwise = rules.Rules.FirstOrDefault(r => r.OutcomeMember == o.OutcomeMember)?.OutcomeText
                ?? enums.Where(e => rules.OutcomeFullName.EndsWith("." + e.Name, StringComparison.Ordinal))
                    .SelectMany(e => e.Members).FirstOrDefault(m => m.Name == o.OutcomeMember)?.DslName
                ?? o.OutcomeMember;
        }
        return new RuleSetDescription(rules.DslName, rules.Policy.ToString().ToLowerInvariant(), facts, outcomeRules, otherwise, rules.Otherwise?.Reason);
    }
}
