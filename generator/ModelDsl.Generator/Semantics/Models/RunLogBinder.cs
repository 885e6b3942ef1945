using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics.Models;
using ModelDsl.Generator.Syntax;

namespace ModelDsl.Generator.Semantics;

/// <summary>
/// Binding of <c>log tensorboard "runs/"</c> and <c>log csv "runs/"</c>, the same setting in a network's <c>train { }</c>
/// and among a classical model's members: a known format (did-you-mean), a folder that is not empty, each format
/// once, and the formats of one run side by side (one folder, one interval).
/// </summary>
internal sealed partial class Binder
{
    /// <param name="settings">The <c>log</c> settings in declaration order.</param>
    /// <param name="spec">Its parameters: a network's <c>every</c>, none for a classical model.</param>
    /// <param name="owner">Where it stands, for messages: <c>'train'</c> or <c>'model'</c>.</param>
    private EquatableArray<RunLogModel> BindRunLogs(IReadOnlyList<TrainSetting> settings, OperationSpec spec, string owner)
    {
        var logs = new List<(RunLogModel Log, TrainSetting Setting)>();
        var formats = new HashSet<string>(System.StringComparer.Ordinal);
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
