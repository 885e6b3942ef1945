using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using Google.Protobuf;

namespace ModelDsl.Runtime.Tests.RunLogs;

/// <summary>One event of a TensorBoard event file as a reader sees it.</summary>
public sealed record LoggedEvent(double WallTime, long Step, string? FileVersion, string? Tag, float? Value);

/// <summary>
/// Reads TensorBoard event files independently of the writer: TFRecord framing with both checksums verified by a
/// bit-by-bit CRC-32C (not the writer's processor instruction), and the <c>Event</c> protobuf decoded field by field
/// as tensorflow/core/util/event.proto and summary.proto define it (unknown fields skipped, as protobuf readers do).
/// </summary>
public static class EventFileReader
{
    public static List<LoggedEvent> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var events = new List<LoggedEvent>();
        var at = 0;
        while (at < bytes.Length)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at)));
            Check(bytes.AsSpan(at, 8), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 8)), "length", at);
            var data = bytes.AsSpan(at + 12, length);
            Check(data, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 12 + length)), "data", at);
            events.Add(Parse(data.ToArray()));
            at += 12 + length + 4;
        }
        return events;
    }

    private static LoggedEvent Parse(byte[] data)
    {
        double wall = 0;
        long step = 0;
        string? version = null, tag = null;
        float? value = null;
        var input = new CodedInputStream(data);
        uint field;
        while ((field = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(field))
            {
                case 1: wall = input.ReadDouble(); break;
                case 2: step = input.ReadInt64(); break;
                case 3: version = input.ReadString(); break;
                case 5:
                    // Summary { repeated Value value = 1 } ; Value { string tag = 1; float simple_value = 2 }
                    var summary = new CodedInputStream(input.ReadBytes().ToByteArray());
                    uint s;
                    while ((s = summary.ReadTag()) != 0)
                    {
                        if (WireFormat.GetTagFieldNumber(s) != 1) { summary.SkipLastField(); continue; }
                        var v = new CodedInputStream(summary.ReadBytes().ToByteArray());
                        uint f;
                        while ((f = v.ReadTag()) != 0)
                        {
                            switch (WireFormat.GetTagFieldNumber(f))
                            {
                                case 1: tag = v.ReadString(); break;
                                case 2: value = v.ReadFloat(); break;
                                default: v.SkipLastField(); break;
                            }
                        }
                    }
                    break;
                default: input.SkipLastField(); break;
            }
        }
        return new LoggedEvent(wall, step, version, tag, value);
    }

    private static void Check(ReadOnlySpan<byte> data, uint stored, string what, int offset)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1; // Castagnoli, reflected
        }
        crc = ~crc;
        var masked = ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
        if (masked != stored) throw new InvalidDataException($"Bad {what} checksum of the record at byte {offset}.");
    }
}
