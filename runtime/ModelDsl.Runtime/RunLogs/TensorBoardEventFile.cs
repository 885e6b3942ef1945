using System;
using System.Buffers.Binary;
using System.IO;
using System.Numerics;
using Google.Protobuf;

namespace ModelDsl.Runtime.RunLogs;

/// <summary>
/// Writes a TensorBoard event file: TFRecord framing (length, masked CRC-32C of the length, the record, its masked
/// CRC-32C) around protobuf <c>Event</c> messages (tensorflow/core/util/event.proto): a first event with the file
/// version, then one event per scalar (<c>Summary.Value.simple_value</c>, which TensorBoard reads as a scalar).
/// </summary>
/// <remarks>
/// Written here rather than with TorchSharp's <c>SummaryWriter</c> so that classical models, whose runtime has no
/// TorchSharp, log in the same format as networks; the messages are encoded with Google.Protobuf's coded stream
/// (three small messages need no generated classes), and CRC-32C is the processor's instruction through
/// <see cref="BitOperations.Crc32C(uint, byte)"/>.
/// </remarks>
internal sealed class TensorBoardEventFile : IDisposable
{
    private readonly FileStream _file;
    private readonly byte[] _header = new byte[12];
    private readonly byte[] _footer = new byte[4];

    /// <summary>Creates <c>events.out.tfevents.&lt;unix seconds&gt;.&lt;host&gt;</c> in <paramref name="directory"/>.</summary>
    public TensorBoardEventFile(string directory, DateTimeOffset now)
    {
        Path = System.IO.Path.Combine(directory, $"events.out.tfevents.{now.ToUnixTimeSeconds()}.{SafeHost()}");
        _file = new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        Write(Event(now, step: 0, fileVersion: "brain.Event:2", tag: null, value: 0));
        _file.Flush();
    }

    /// <summary>The event file.</summary>
    public string Path { get; }

    /// <summary>Appends a scalar.</summary>
    public void Scalar(string tag, long step, double value, DateTimeOffset at) => Write(Event(at, step, null, tag, value));

    /// <summary>Makes what was written visible to a reader (TensorBoard reads a growing file).</summary>
    public void Flush() => _file.Flush();

    public void Dispose() => _file.Dispose();

    private void Write(byte[] record)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_header, (ulong)record.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(_header.AsSpan(8), MaskedCrc32C(_header.AsSpan(0, 8)));
        BinaryPrimitives.WriteUInt32LittleEndian(_footer, MaskedCrc32C(record));
        _file.Write(_header);
        _file.Write(record);
        _file.Write(_footer);
    }

    /// <summary>Event { wall_time = 1; step = 2; file_version = 3 | summary = 5 { value = 1 { tag = 1; simple_value = 2 } } }.</summary>
    private static byte[] Event(DateTimeOffset at, long step, string? fileVersion, string? tag, double value)
    {
        var wallTime = at.ToUnixTimeMilliseconds() / 1000.0;
        var valueSize = tag is null ? 0 : 1 + CodedOutputStream.ComputeStringSize(tag) + 1 + 4;
        var summarySize = tag is null ? 0 : 1 + CodedOutputStream.ComputeLengthSize(valueSize) + valueSize;
        var size = 1 + 8
            + (step != 0 ? 1 + CodedOutputStream.ComputeInt64Size(step) : 0)
            + (fileVersion is null ? 0 : 1 + CodedOutputStream.ComputeStringSize(fileVersion))
            + (tag is null ? 0 : 1 + CodedOutputStream.ComputeLengthSize(summarySize) + summarySize);
        var buffer = new byte[size];
        var output = new CodedOutputStream(buffer);
        output.WriteTag(1, WireFormat.WireType.Fixed64);
        output.WriteDouble(wallTime);
        if (step != 0)
        {
            output.WriteTag(2, WireFormat.WireType.Varint);
            output.WriteInt64(step);
        }
        if (fileVersion is not null)
        {
            output.WriteTag(3, WireFormat.WireType.LengthDelimited);
            output.WriteString(fileVersion);
        }
        if (tag is not null)
        {
            output.WriteTag(5, WireFormat.WireType.LengthDelimited);
            output.WriteLength(summarySize);
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteLength(valueSize);
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteString(tag);
            output.WriteTag(2, WireFormat.WireType.Fixed32);
            output.WriteFloat((float)value);
        }
        output.CheckNoSpaceLeft();
        return buffer;
    }

    /// <summary>TFRecord's checksum: CRC-32C, rotated right by 15 bits plus a constant.</summary>
    internal static uint MaskedCrc32C(ReadOnlySpan<byte> data)
    {
        var crc = Crc32C(data);
        return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
    }

    /// <summary>CRC-32C (Castagnoli) of <paramref name="data"/>, with the usual initial and final inversion.</summary>
    internal static uint Crc32C(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        while (data.Length >= 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }
        foreach (var b in data) crc = BitOperations.Crc32C(crc, b);
        return ~crc;
    }

    private static string SafeHost()
    {
        var host = Environment.MachineName;
        return string.IsNullOrEmpty(host) ? "localhost" : host;
    }
}
