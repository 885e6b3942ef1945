using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ModelDsl.Runtime.ModelFiles;

/// <summary>What a model file says about itself.</summary>
/// <param name="ModelName">The model's name as declared.</param>
/// <param name="Algorithm">The algorithm it was trained with.</param>
/// <param name="DeclarationHash">SHA-256 of the declaration it was trained from (generated code checks it on load).</param>
public sealed record ModelFileHeader(string ModelName, string Algorithm, string DeclarationHash);

/// <summary>
/// The model-file format: a small binary container of named numeric and text arrays.
/// <code>
/// "MDSLMODL" | version u16 | header strings | section count | sections (name, type, length, data) | SHA-256 of all before
/// types: 1 doubles, 2 int32s, 3 strings, 4 bytes
/// </code>
/// Written by hand on purpose: a trained model is a few arrays, and general serializers either run code
/// on load or do not check integrity. Every length is bounds-checked and the checksum is verified before
/// anything is interpreted, so a damaged file is a typed error, never garbage predictions.
/// </summary>
public static class ModelFile
{
    /// <summary>The format version this runtime writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] s_magic = Encoding.ASCII.GetBytes("MDSLMODL");
    private const int ChecksumLength = 32;
    private const byte DoublesType = 1;
    private const byte IntsType = 2;
    private const byte StringsType = 3;
    private const byte BytesType = 4; // added without a version bump: version 1 files never contain it, so every old file still reads

    /// <summary>Writes a model file to a stream.</summary>
    public static void Write(Stream stream, ModelFileHeader header, ModelFileSections sections)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(s_magic);
            writer.Write((ushort)FormatVersion);
            writer.Write(header.ModelName);
            writer.Write(header.Algorithm);
            writer.Write(header.DeclarationHash);
            writer.Write(sections.Count);
            foreach (var (name, value) in sections.Entries)
            {
                writer.Write(name);
                switch (value)
                {
                    case double[] doubles:
                        writer.Write(DoublesType);
                        writer.Write(doubles.Length);
                        foreach (var d in doubles) writer.Write(d);
                        break;
                    case int[] ints:
                        writer.Write(IntsType);
                        writer.Write(ints.Length);
                        foreach (var i in ints) writer.Write(i);
                        break;
                    case string[] strings:
                        writer.Write(StringsType);
                        writer.Write(strings.Length);
                        foreach (var s in strings) writer.Write(s);
                        break;
                    case byte[] raw:
                        writer.Write(BytesType);
                        writer.Write(raw.Length);
                        writer.Write(raw);
                        break;
                }
            }
        }
        var bytes = buffer.ToArray();
        stream.Write(bytes);
        stream.Write(Sha256(bytes));
    }

    /// <summary>
    /// SHA-256 by BouncyCastle's managed digest rather than System.Security.Cryptography: on Linux the latter
    /// loads OpenSSL on first use, 10–25 ms measured in the NativeAOT sample, which was all of its time from
    /// Main to the first prediction; the managed digest of a small model file takes well under a millisecond.
    /// </summary>
    internal static byte[] Sha256(ReadOnlySpan<byte> data)
    {
        var digest = new Org.BouncyCastle.Crypto.Digests.Sha256Digest();
        digest.BlockUpdate(data);
        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return hash;
    }

    /// <summary>
    /// Writes a model file atomically: to a temporary file beside it, then renamed over the target. Temporary files a
    /// killed writer left beside the target are removed first (<see cref="RemoveStaleTemporaryFiles"/>).
    /// </summary>
    public static void Write(string path, ModelFileHeader header, ModelFileSections sections)
    {
        var full = Path.GetFullPath(path);
        RemoveStaleTemporaryFiles(full);
        var temp = full + TemporarySuffix + Guid.NewGuid().ToString("N")[..8];
        try
        {
            // FileShare.None locks the file while it is written (flock on Unix): the lock tells a live writer's
            // temporary file from a killed one's, whose lock went with its process.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Write(stream, header, sections);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private const string TemporarySuffix = ".tmp-";

    /// <summary>
    /// Removes the temporary files (<c>&lt;file&gt;.tmp-xxxxxxxx</c>) that writers of <paramref name="path"/> killed
    /// mid-write left behind: those no live writer holds locked, and older than two seconds (so a file a writer has
    /// just created, before it takes its lock, is never touched). Returns how many it removed; never throws for a file
    /// it cannot remove.
    /// </summary>
    public static int RemoveStaleTemporaryFiles(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (directory is null || !Directory.Exists(directory)) return 0;
        var removed = 0;
        var pattern = Path.GetFileName(full) + TemporarySuffix + "????????";
        foreach (var temp in Directory.EnumerateFiles(directory, pattern))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(temp) < TimeSpan.FromSeconds(2)) continue;
                using (new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { } // throws while a writer holds it
                File.Delete(temp);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // held by a live writer, or removed by another cleaner: leave it
            }
        }
        return removed;
    }

    /// <summary>
    /// Reads and verifies a model file: format, checksum, version, then that it holds <paramref name="expectedModel"/>
    /// trained from the declaration with <paramref name="expectedHash"/>.
    /// </summary>
    public static ModelFileContent Read(Stream stream, string expectedModel, string expectedHash, string source = "the model file") =>
        ReadCore(stream, expectedModel, expectedHash, source);

    /// <summary>
    /// Reads and verifies a model file (format, checksum, version) whatever model or declaration it holds: for tools
    /// that show what a file contains. Loading a model for use goes through <see cref="Read(Stream, string, string, string)"/>.
    /// </summary>
    public static ModelFileContent Inspect(Stream stream, string source = "the model file") => ReadCore(stream, null, null, source);

    private static ModelFileContent ReadCore(Stream stream, string? expectedModel, string? expectedHash, string source)
    {
        byte[] bytes;
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        if (bytes.Length < s_magic.Length || !bytes.AsSpan(0, s_magic.Length).SequenceEqual(s_magic))
            throw new ModelFileFormatException($"{source} is not a ModelDsl model file (it does not start with 'MDSLMODL').");
        if (bytes.Length < s_magic.Length + 2 + ChecksumLength)
            throw new ModelFileCorruptedException($"{source} is truncated ({bytes.Length} bytes).");

        var body = bytes.AsSpan(0, bytes.Length - ChecksumLength);
        if (!Sha256(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - ChecksumLength)))
            throw new ModelFileCorruptedException($"{source} is damaged or was altered: its checksum does not match (or it is truncated).");

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length, writable: false), Encoding.UTF8);
            reader.ReadBytes(s_magic.Length);
            var version = reader.ReadUInt16();
            if (version != FormatVersion) throw new ModelFileVersionException(version, FormatVersion);
            var header = new ModelFileHeader(reader.ReadString(), reader.ReadString(), reader.ReadString());
            if (expectedModel is not null && header.ModelName != expectedModel)
                throw new ModelFileMismatchException($"{source} holds model '{header.ModelName}', not '{expectedModel}'.");
            if (expectedHash is not null && header.DeclarationHash != expectedHash)
                throw new ModelFileMismatchException(
                    $"{source} holds a '{header.ModelName}' trained from a different declaration (or schema) than this build's; retrain it. " +
                    $"(file {Short(header.DeclarationHash)}, build {Short(expectedHash)})");

            var count = reader.ReadInt32();
            if (count < 0 || count > 10_000) throw new ModelFileCorruptedException($"{source} declares {count} sections.");
            var sections = new ModelFileSections();
            for (var s = 0; s < count; s++)
            {
                var name = reader.ReadString();
                var type = reader.ReadByte();
                var length = reader.ReadInt32();
                var remaining = reader.BaseStream.Length - reader.BaseStream.Position;
                var elementSize = type switch { DoublesType => 8, IntsType => 4, StringsType => 1, BytesType => 1, _ => throw new ModelFileCorruptedException($"{source}: section '{name}' has unknown type {type}.") };
                if (length < 0 || (long)length * elementSize > remaining)
                    throw new ModelFileCorruptedException($"{source}: section '{name}' claims {length} values, more than the file holds.");
                switch (type)
                {
                    case DoublesType:
                        var doubles = new double[length];
                        for (var i = 0; i < length; i++) doubles[i] = reader.ReadDouble();
                        sections.Add(name, doubles);
                        break;
                    case IntsType:
                        var ints = new int[length];
                        for (var i = 0; i < length; i++) ints[i] = reader.ReadInt32();
                        sections.Add(name, ints);
                        break;
                    case BytesType:
                        sections.Add(name, reader.ReadBytes(length));
                        break;
                    default:
                        var strings = new string[length];
                        for (var i = 0; i < length; i++) strings[i] = reader.ReadString();
                        sections.Add(name, strings);
                        break;
                }
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length)
                throw new ModelFileCorruptedException($"{source} has {reader.BaseStream.Length - reader.BaseStream.Position} unexpected bytes after its sections.");
            return new ModelFileContent(header, sections, source);
        }
        catch (EndOfStreamException e)
        {
            throw new ModelFileCorruptedException($"{source} ends in the middle of its contents.", e);
        }
        catch (IOException e)
        {
            throw new ModelFileCorruptedException($"{source} has a malformed length.", e);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException($"{source} has malformed sections ({e.Message}).", e);
        }
        catch (FormatException e)
        {
            throw new ModelFileCorruptedException($"{source} has malformed text.", e);
        }
    }

    /// <summary>Reads and verifies a model file from a path.</summary>
    public static ModelFileContent Read(string path, string expectedModel, string expectedHash)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, expectedModel, expectedHash, path);
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}

/// <summary>Named arrays that make up a trained model.</summary>
public sealed class ModelFileSections
{
    private readonly List<(string Name, object Value)> _entries = new();

    /// <summary>The number of sections.</summary>
    public int Count => _entries.Count;

    internal IEnumerable<(string Name, object Value)> Entries => _entries;

    /// <summary>Adds numbers.</summary>
    public ModelFileSections Add(string name, double[] values) => AddEntry(name, values);

    /// <summary>Adds integers.</summary>
    public ModelFileSections Add(string name, int[] values) => AddEntry(name, values);

    /// <summary>Adds texts.</summary>
    public ModelFileSections Add(string name, string[] values) => AddEntry(name, values);

    /// <summary>Adds raw bytes (an opaque blob such as serialized network weights).</summary>
    public ModelFileSections Add(string name, byte[] values) => AddEntry(name, values);

    private ModelFileSections AddEntry(string name, object value)
    {
        if (_entries.Exists(e => e.Name == name)) throw new ArgumentException($"Section '{name}' is already added.", nameof(name));
        _entries.Add((name, value));
        return this;
    }

    internal bool TryGet(string name, out object value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Name == name)
            {
                value = entry.Value;
                return true;
            }
        }
        value = null!;
        return false;
    }
}

/// <summary>A verified model file's contents.</summary>
public sealed class ModelFileContent
{
    private readonly ModelFileSections _sections;
    private readonly string _source;

    /// <summary>Every section: its name, what it holds (numbers, integers, texts, bytes) and how many.</summary>
    public IReadOnlyList<(string Name, string Kind, int Length)> Sections
    {
        get
        {
            var list = new List<(string, string, int)>();
            foreach (var (name, value) in _sections.Entries)
            {
                list.Add(value switch
                {
                    double[] d => (name, "numbers", d.Length),
                    int[] i => (name, "integers", i.Length),
                    string[] t => (name, "texts", t.Length),
                    byte[] b => (name, "bytes", b.Length),
                    _ => (name, "?", 0),
                });
            }
            return list;
        }
    }

    internal ModelFileContent(ModelFileHeader header, ModelFileSections sections, string source)
    {
        Header = header;
        _sections = sections;
        _source = source;
    }

    /// <summary>The header.</summary>
    public ModelFileHeader Header { get; }

    /// <summary>A section of numbers; a missing section or one of another length is a corruption error.</summary>
    public double[] Doubles(string name, int? expectedLength = null) => Get<double[]>(name, expectedLength, a => a.Length);

    /// <summary>A section of integers.</summary>
    public int[] Ints(string name, int? expectedLength = null) => Get<int[]>(name, expectedLength, a => a.Length);

    /// <summary>A section of texts.</summary>
    public string[] Strings(string name, int? expectedLength = null) => Get<string[]>(name, expectedLength, a => a.Length);

    /// <summary>A section of raw bytes.</summary>
    public byte[] Bytes(string name, int? expectedLength = null) => Get<byte[]>(name, expectedLength, a => a.Length);

    /// <summary>Whether the file has a section named <paramref name="name"/>.</summary>
    public bool Has(string name) => _sections.TryGet(name, out _);

    private T Get<T>(string name, int? expectedLength, Func<T, int> length) where T : class
    {
        if (!_sections.TryGet(name, out var value) || value is not T typed)
            throw new ModelFileCorruptedException($"{_source} lacks the section '{name}' this model needs.");
        if (expectedLength is int n && length(typed) != n)
            throw new ModelFileCorruptedException($"{_source}: section '{name}' has {length(typed)} values; this model needs {n}.");
        return typed;
    }
}
