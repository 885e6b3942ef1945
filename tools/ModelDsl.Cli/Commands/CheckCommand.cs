using System;
using System.CommandLine;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelDsl.Cli.Commands;

/// <summary><c>modeldsl check</c>: the generator's diagnostics in the compiler's format, then a count.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = Arguments.Declarations();
        var command = new Command("check", "Check declarations with the build's own diagnostics (exit code 1 when there are errors).") { paths };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(paths)));
        return command;
    }

    private static int Run(string[] paths)
    {
        var files = InMemoryDeclarations.Files(paths);
        if (files is null) return ExitCodes.Failed;
        var (_, found) = InMemoryDeclarations.Generate(files, CSharpCompilation.Create("check"));
        var errors = InMemoryDeclarations.Print(found, Console.Out);
        var warnings = found.Count(d => d.Id != "MDSL0134") - errors;
        Console.WriteLine($"{files.Count} file{(files.Count == 1 ? "" : "s")} checked: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.");
        return errors > 0 ? ExitCodes.DeclarationErrors : ExitCodes.Ok;
    }
}
