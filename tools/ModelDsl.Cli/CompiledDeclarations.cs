using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace ModelDsl.Cli;

/// <summary>
/// The declarations compiled into an assembly, kept on disk by content hash: a repeated <c>train</c>, <c>eval</c>,
/// <c>predict</c>, <c>cv</c>, <c>decide</c> or <c>plot</c> on unchanged files loads the assembly instead of running the
/// generator and the C# compiler again. The key covers every file's path and text and the tool's own build (its
/// assemblies' module version ids), so an edited declaration or another tool version never sees a stale assembly.
/// Only declarations without any diagnostic are kept, so a cache hit has nothing to print.
/// The folder is <c>$MODELDSL_CACHE</c>, else <c>$XDG_CACHE_HOME/modeldsl</c>, else <c>~/.cache/modeldsl</c>;
/// <c>MODELDSL_CACHE=off</c> turns the cache off. At most <see cref="MaxEntries"/> are kept, the least recently used
/// removed first.
/// </summary>
internal static class CompiledDeclarations
{
    /// <summary>Every assembly the generated code is compiled against and by: a new build of any of them is a new key.</summary>
    private static readonly Assembly[] ToolAssemblies =
    {
        typeof(CompiledDeclarations).Assembly,
        typeof(ModelDsl.Runtime.Models.IModelCommands).Assembly,
        typeof(ModelDsl.Runtime.Torch.TrainedNetwork).Assembly,
    };

    /// <summary>
    /// The compiled declarations, from the cache or compiled now (diagnostics printed to <paramref name="diagnostics"/>);
    /// null with the exit code when they have errors or the generated code does not compile.
    /// </summary>
    public static (Assembly? Assembly, int ExitCode) Load(IReadOnlyList<string> files, TextWriter diagnostics)
    {
        var folder = Folder();
        var cached = folder is null ? null : Path.Combine(folder, Key(files) + ".dll");
        if (cached is not null && File.Exists(cached))
        {
            try
            {
                var assembly = System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(File.ReadAllBytes(cached)));
                Touch(cached);
                return (assembly, ExitCodes.Ok);
            }
            catch (BadImageFormatException)
            {
                File.Delete(cached); // damaged: compile again below
            }
        }
        return Compile(files, diagnostics, cached);
    }

    /// <summary>
    /// The generator and the compiler; a method of its own so that a cache hit never loads Roslyn (the JIT loads an
    /// assembly when it compiles the first method naming its types).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Assembly? Assembly, int ExitCode) Compile(IReadOnlyList<string> files, TextWriter diagnostics, string? cachePath)
    {
        var (output, found) = InMemoryDeclarations.Generate(files, InMemoryDeclarations.ModelCompilation("ModelDsl.Tool.Declarations"));
        if (InMemoryDeclarations.Print(found, diagnostics) > 0) return (null, ExitCodes.DeclarationErrors);
        var image = InMemoryDeclarations.Emit(output);
        if (image is null) return (null, Program.Fail("The generated code did not compile; please report it with the declarations."));
        if (cachePath is not null && found.All(d => d.Id == "MDSL0134")) Keep(cachePath, image);
        return (System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image)), ExitCodes.Ok);
    }

    /// <summary>An instance of every class in <paramref name="assembly"/> implementing <typeparamref name="T"/> (the generated <c>Commands</c> classes).</summary>
    public static List<T> Instances<T>(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToList();

    /// <summary>At most this many compiled declarations are kept; the least recently used go first.</summary>
    internal const int MaxEntries = 64;

    /// <summary>Marks an entry as used (its write time orders the pruning).</summary>
    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still serves.
        }
    }

    private static void Prune(string folder)
    {
        var entries = new DirectoryInfo(folder).GetFiles("*.dll").OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        foreach (var old in entries.Skip(MaxEntries)) old.Delete();
    }

    private static string? Folder()
    {
        var setting = Environment.GetEnvironmentVariable("MODELDSL_CACHE");
        if (string.Equals(setting, "off", StringComparison.OrdinalIgnoreCase)) return null;
        if (!string.IsNullOrEmpty(setting)) return setting;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(xdg)) return Path.Combine(xdg, "modeldsl");
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "modeldsl");
    }

    private static string Key(IReadOnlyList<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in ToolAssemblies) hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in files)
        {
            // The full path too: generated names and source paths come from it.
            var path = Path.GetFullPath(file);
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\0"));
            var text = File.ReadAllBytes(file);
            hash.AppendData(BitConverter.GetBytes(text.LongLength));
            hash.AppendData(text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Writes the assembly atomically (a temporary file renamed over the target); a cache that cannot be written is skipped.</summary>
    private static void Keep(string path, byte[] image)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, path, overwrite: true);
            Prune(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only slower next time.
        }
    }
}
