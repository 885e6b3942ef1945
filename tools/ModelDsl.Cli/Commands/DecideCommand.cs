using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Rules;

namespace ModelDsl.Cli.Commands;

/// <summary>
/// <c>modeldsl decide</c>: a rule set over a CSV file, one line per row with the outcome, the rule and its reason (and
/// with <c>--explain</c> the explanation), through the rule set's generated <c>Commands</c> class.
/// </summary>
internal static class DecideCommand
{
    public static Command Create()
    {
        var paths = Arguments.Declarations();
        var rules = Arguments.Required("--rules", "NAME", "the rule set's name in the declarations");
        var data = Arguments.Required("--data", "rows.csv", "the inputs (a header row with the input schema's columns)");
        var explain = new Option<bool>("--explain") { Description = "add an explanation column: every rule tested and each condition's value" };
        var output = Arguments.Optional("--out", "decisions.csv", "write the decisions there instead of to the standard output");
        var command = new Command("decide", "Decide with a rule set on every row of a CSV file: outcome, rule and reason per row.")
        {
            paths, rules, data, explain, output,
        };
        command.SetAction(parsed =>
        {
            var files = InMemoryDeclarations.Files(parsed.GetRequiredValue(paths));
            if (files is null) return ExitCodes.Failed;
            var (assembly, exitCode) = CompiledDeclarations.Load(files, Console.Error);
            if (assembly is null) return exitCode;
            var all = CompiledDeclarations.Instances<IRuleSetCommands>(assembly);
            var name = parsed.GetRequiredValue(rules);
            var ruleSet = all.FirstOrDefault(r => r.RuleSetName == name);
            if (ruleSet is null)
            {
                var known = all.Select(r => r.RuleSetName).Order(StringComparer.Ordinal).ToList();
                return Program.Fail(known.Count == 0
                    ? $"No rule set '{name}' in the declarations: they declare none."
                    : $"No rule set '{name}' in the declarations; there are: {string.Join(", ", known)}.");
            }
            var outPath = parsed.GetValue(output);
            using var stream = outPath is null ? null : new StreamWriter(outPath);
            var writer = stream ?? Console.Out;
            var rows = ruleSet.Decide(parsed.GetRequiredValue(data), writer, parsed.GetValue(explain));
            writer.Flush();
            if (outPath is not null) Console.WriteLine($"Wrote {rows:N0} decision{(rows == 1 ? "" : "s")} to {outPath}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
