using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;

namespace ModelDsl.Generator.Emit;

/// <summary>The declared <c>log</c> settings as the <c>Log</c> of a spec: one folder, the formats together.</summary>
internal static class RunLogEmitter
{
    private const string RunLogs = "global::ModelDsl.Runtime.RunLogs";

    /// <summary>
    /// <c> { Log = new RunLogOptions("runs/", TensorBoard | Csv) }</c> after a spec's constructor, with a network's
    /// <c>{ EveryBatches = N }</c>; empty without any log.
    /// </summary>
    public static string Initializer(EquatableArray<RunLogModel> logs, bool batches)
    {
        if (logs.IsEmpty) return "";
        var formats = string.Join(" | ", logs.Select(l => $"{RunLogs}.RunLogFormats.{(l.Format == "csv" ? "Csv" : "TensorBoard")}"));
        var every = batches ? $" {{ EveryBatches = {logs[0].EveryBatches} }}" : "";
        return $" {{ Log = new {RunLogs}.RunLogOptions({Naming.Quote(logs[0].Directory)}, {formats}){every} }}";
    }
}
