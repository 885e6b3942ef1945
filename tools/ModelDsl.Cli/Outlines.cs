using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelDsl.Generator;
using ModelDsl.Generator.Semantics;
using ModelDsl.Generator.Semantics.Networks;
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

    /// <summary>
    /// A network's steps as the binder inferred them: kind and settings, output shape, and learnable parameters as the
    /// layer definitions count them. A sub-network's steps are listed in its place, named <c>encoder.dense1</c>.
    /// </summary>
    public static NetworkDescription Network(LearnedModel model)
    {
        var network = model.Network ?? throw new ArgumentException($"'{model.DslName}' is not a network.", nameof(model));
        var layers = new List<NetworkLayer>();
        // A named input is a tensor kept from the start, which later merges and sub-networks read by name.
        foreach (var input in network.Graph.Inputs)
            layers.Add(new NetworkLayer(input.Name, "input", $"input {input.Name} from {string.Join(", ", input.Fields)}", input.Shape.ToArray(), 0, NetworkLayerRole.Keep, null));
        Describe(network.Graph, "", layers);
        return new NetworkDescription(model.DslName, network.InputShape.ToArray(), layers);
    }

    private static void Describe(NetworkGraph graph, string prefix, List<NetworkLayer> layers)
    {
        foreach (var node in graph.Nodes)
        {
            if (node.Body is { } body)
            {
                // denoiser(x, t): its inputs are the tensors its body reads by name.
                foreach (var input in body.Inputs)
                    layers.Add(new NetworkLayer(prefix + body.Name + "." + input.Name, "input", $"input {input.Name}", input.Shape.ToArray(), 0, NetworkLayerRole.Keep, null));
                Describe(body, prefix + body.Name + ".", layers);
                continue;
            }
            var keep = node.Layer == NetworkNode.Keep;
            var role = (keep, node.Residual) switch
            {
                (true, true) => NetworkLayerRole.ResidualStart,
                (false, true) => NetworkLayerRole.ResidualEnd,
                (true, false) => NetworkLayerRole.Keep,
                _ => node.Reads is null ? NetworkLayerRole.Layer : NetworkLayerRole.Merge,
            };
            // A kept tensor and what reads it carry the name as declared (the residual block's keep and add: residual1).
            var tensor = keep || node.Reads is not null ? prefix + node.Arguments.Text("tensor") : null;
            var name = keep ? tensor! : prefix + node.Field;
            var reads = keep ? null : tensor;
            layers.Add(new NetworkLayer(name, node.Residual ? "residual" : node.Layer, node.Detail, node.OutputShape.ToArray(), node.ParameterCount, role, reads));
        }
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
