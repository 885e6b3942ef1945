using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using ModelDsl.Cli.Commands;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Cli;

/// <summary>Exit codes, the same for every command (docs/cli.md lists them).</summary>
internal static class ExitCodes
{
    /// <summary>The command did its job.</summary>
    public const int Ok = 0;

    /// <summary>The declarations have errors (printed in the compiler's format).</summary>
    public const int DeclarationErrors = 1;

    /// <summary>
    /// The command could not do its job: a usage mistake (an unknown or missing option, a bad value) or a problem with
    /// an input (a missing file, a damaged model file, a bad CSV cell, a model the declarations do not have).
    /// </summary>
    public const int Failed = 2;

    /// <summary>A fault of the tool itself (printed with its stack trace, to be reported).</summary>
    public const int Unexpected = 3;
}

/// <summary>
/// The <c>modeldsl</c> command: System.CommandLine parses the command line (help, version, unknown options, missing
/// options); each command lives in <c>Commands/</c>. Errors are one line on stderr, never a stack trace.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("The modeldsl command: check .mlmodel declarations, train, evaluate, cross-validate and predict with "
                                   + "their models, decide with their rule sets on CSV files, draw pictures, inspect model files.")
        {
            CheckCommand.Create(),
            InspectCommand.Create(),
            ModelCommands.Train(),
            ModelCommands.Eval(),
            ModelCommands.CrossValidate(),
            ModelCommands.Predict(),
            DecideCommand.Create(),
            PlotCommand.Create(),
        };
        // --version on every command, as --help is.
        foreach (var version in root.Options.OfType<VersionOption>()) version.Recursive = true;

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction error)
        {
            // The parser's messages ("Option '--model' is required.", "Unrecognized command or argument '--epochs'."),
            // with its did-you-mean suggestions; the full help only when no command was given at all.
            error.ShowHelp = parsed.CommandResult.Command is RootCommand;
            error.Invoke(parsed);
            if (parsed.CommandResult.Command is not RootCommand)
                Console.Error.WriteLine($"Run '{CommandPath(parsed.CommandResult)} --help' for its arguments and options.");
            return ExitCodes.Failed;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsInputError(e))
        {
            return Fail(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of the tool, not of the inputs: the whole exception, for a report.
            Console.Error.WriteLine($"modeldsl: unexpected error, please report it with the command line and the declarations: {e}");
            return ExitCodes.Unexpected;
        }
    }

    /// <summary>Failures of the inputs rather than of the tool: reported as their message alone.</summary>
    private static bool IsInputError(Exception e) =>
        e is IOException or UnauthorizedAccessException or ModelFileException
            or ModelDsl.Runtime.Data.CsvDataException or ModelDsl.Runtime.Models.TrainingDataException
            or ModelDsl.Runtime.Torch.DeviceUnavailableException or NotSupportedException;

    private static string CommandPath(System.CommandLine.Parsing.CommandResult command) =>
        command.Parent is System.CommandLine.Parsing.CommandResult parent ? CommandPath(parent) + " " + command.Command.Name : "modeldsl";

    /// <summary>Writes the message to stderr; returns <see cref="ExitCodes.Failed"/>.</summary>
    internal static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.Failed;
    }
}
