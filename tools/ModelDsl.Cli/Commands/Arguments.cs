using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace ModelDsl.Cli.Commands;

/// <summary>Arguments and options several commands share, so their names and help read the same everywhere.</summary>
internal static class Arguments
{
    /// <summary>The declarations: <c>.mlmodel</c> files or folders (searched for them), at least one.</summary>
    public static Argument<string[]> Declarations(bool optional = false)
    {
        var argument = new Argument<string[]>("declarations")
        {
            Description = ".mlmodel files, or folders holding them (compiled together as one project)",
            Arity = optional ? ArgumentArity.ZeroOrMore : ArgumentArity.OneOrMore,
        };
        // The parser hands a word it does not know ('--epoch') to the argument that takes any number of words: here it is
        // a mistyped option, never a path.
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            {
                var options = (result.Parent as CommandResult)?.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)) ?? [];
                var near = options.Where(o => o.StartsWith("--", StringComparison.Ordinal) && Distance(o, token.Value) <= 2).ToList();
                result.AddError($"Unknown option '{token.Value}'{(near.Count > 0 ? $"; did you mean '{string.Join("' or '", near)}'?" : ".")}");
            }
        });
        return argument;
    }

    /// <summary>The edit distance of two short words, for did-you-mean.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>A required option with a value, e.g. <c>--data train.csv</c>.</summary>
    public static Option<string> Required(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Required = true,
    };

    /// <summary>An optional option with a value.</summary>
    public static Option<string> Optional(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
    };

    /// <summary>An optional whole number of at least <paramref name="min"/>, checked by the parser.</summary>
    public static Option<int?> Count(string name, string helpName, string description, int min = 1) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min)
                return value;
            result.AddError($"{name} takes a whole number of at least {min}, not '{text}'.");
            return null;
        },
    };
}
