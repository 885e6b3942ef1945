using System;
using System.Collections.Generic;
using System.Text;

namespace ModelDsl.Runtime.Text;

/// <summary>
/// One token per Unicode scalar value (so a surrogate pair is one token), the vocabulary being the characters of the
/// training text in ordinal order. Encoding allocates nothing; a character outside the vocabulary is reported, not guessed.
/// </summary>
public sealed class CharTokenizer : Tokenizer
{
    private readonly Rune[] _vocabulary;             // id → character, ascending
    private readonly Dictionary<int, int> _ids;      // scalar → id (beyond the ASCII table)
    private readonly int[] _ascii = new int[128];    // scalar → id + 1 for ASCII (0: not in the vocabulary)

    private CharTokenizer(Rune[] vocabulary)
    {
        _vocabulary = vocabulary;
        _ids = new Dictionary<int, int>(vocabulary.Length);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var value = vocabulary[i].Value;
            if (value < 128) _ascii[value] = i + 1;
            else _ids[value] = i;
        }
    }

    /// <summary>The vocabulary of <paramref name="texts"/>: every character that occurs, in ordinal order (null texts are skipped).</summary>
    public static CharTokenizer Fit(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var seen = new SortedSet<Rune>();
        foreach (var text in texts)
        {
            if (text is null) continue;
            foreach (var rune in text.EnumerateRunes()) seen.Add(rune);
        }
        return new CharTokenizer([.. seen]);
    }

    /// <summary>A tokenizer over a saved vocabulary (see <see cref="Vocabulary"/>): each entry one character, no repeats.</summary>
    /// <exception cref="ArgumentException">An entry is not exactly one character, or repeats.</exception>
    public static CharTokenizer FromVocabulary(IReadOnlyList<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var runes = new Rune[vocabulary.Count];
        var seen = new HashSet<Rune>();
        for (var i = 0; i < runes.Length; i++)
        {
            var entry = vocabulary[i] ?? "";
            if (Rune.DecodeFromUtf16(entry, out var rune, out var used) != System.Buffers.OperationStatus.Done || used != entry.Length)
                throw new ArgumentException($"Vocabulary entry {i} is not one character.", nameof(vocabulary));
            if (!seen.Add(rune)) throw new ArgumentException($"Vocabulary entry {i} ('{entry}') repeats an earlier one.", nameof(vocabulary));
            runes[i] = rune;
        }
        return new CharTokenizer(runes);
    }

    /// <summary>The characters, by id (what a model file stores).</summary>
    public IReadOnlyList<string> Vocabulary => Array.ConvertAll(_vocabulary, r => r.ToString());

    /// <inheritdoc />
    public override int VocabularySize => _vocabulary.Length;

    /// <summary>The id of <paramref name="character"/>, or -1 outside the vocabulary.</summary>
    public int IdOf(Rune character)
    {
        var value = character.Value;
        if (value < 128) return _ascii[value] - 1;
        return _ids.TryGetValue(value, out var id) ? id : -1;
    }

    /// <inheritdoc />
    public override int CountTokens(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes()) count++;
        return count;
    }

    /// <inheritdoc />
    public override int Encode(ReadOnlySpan<char> text, Span<int> ids, out int unknownAt)
    {
        var count = 0;
        var offset = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var id = IdOf(rune);
            if (id < 0)
            {
                unknownAt = offset;
                return -1;
            }
            if (count < ids.Length) ids[count] = id;
            count++;
            offset += rune.Utf16SequenceLength;
        }
        unknownAt = -1;
        return count;
    }

    /// <inheritdoc />
    public override string Decode(ReadOnlySpan<int> ids)
    {
        var builder = new StringBuilder(ids.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var id in ids)
        {
            if ((uint)id >= (uint)_vocabulary.Length) throw new ArgumentOutOfRangeException(nameof(ids), id, $"Token ids are 0 … {_vocabulary.Length - 1}.");
            builder.Append(utf16[.._vocabulary[id].EncodeToUtf16(utf16)]);
        }
        return builder.ToString();
    }
}
