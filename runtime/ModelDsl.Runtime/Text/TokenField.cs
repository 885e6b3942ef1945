using System;
using System.Collections.Generic;
using ModelDsl.Runtime.Models;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Text;

/// <summary>
/// A <c>tokens(chars, 32[, truncate: true])</c> field as declared: which tokenizer reads it, and the most tokens a value
/// may have. The generated schema exposes one per tokens field (<c>Schema.TextTokens</c>); the record property stays a
/// string and this turns it into ids and back. A value longer than <see cref="MaxLength"/> is an error naming its row
/// and column, unless the field declares <c>truncate: true</c> (then its first <see cref="MaxLength"/> tokens are used).
/// </summary>
public sealed class TokenField
{
    /// <summary>Creates the declaration (called by generated code).</summary>
    public TokenField(string name, TokenizerKind tokenizer, int maxLength, bool truncate = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        Name = name;
        Tokenizer = tokenizer;
        MaxLength = maxLength;
        Truncate = truncate;
    }

    /// <summary>The field's name as declared.</summary>
    public string Name { get; }

    /// <summary>The declared tokenizer.</summary>
    public TokenizerKind Tokenizer { get; }

    /// <summary>The most tokens a value may have.</summary>
    public int MaxLength { get; }

    /// <summary>Whether a longer value is cut to <see cref="MaxLength"/> tokens rather than refused.</summary>
    public bool Truncate { get; }

    /// <summary>The tokenizer for training texts: for <c>chars</c>, the vocabulary of their characters.</summary>
    public Tokenizer Fit(IEnumerable<string?> texts) => CharTokenizer.Fit(texts);

    /// <summary>How many tokens <paramref name="text"/> has, before any vocabulary is known (for <c>chars</c>: its characters).</summary>
    public int CountTokens(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes()) count++;
        return count;
    }

    /// <summary>
    /// The ids of <paramref name="text"/> (row <paramref name="row"/>, 0-based) into <paramref name="ids"/> (at least
    /// <see cref="MaxLength"/> long); returns how many were written. Allocates nothing.
    /// </summary>
    /// <exception cref="TrainingDataException">A character is outside the vocabulary, or the value is too long and the field does not truncate.</exception>
    public int Encode(Tokenizer tokenizer, ReadOnlySpan<char> text, Span<int> ids, int row)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        if (ids.Length < MaxLength) throw new ArgumentException($"ids has {ids.Length} elements; {MaxLength} are needed.", nameof(ids));
        var count = tokenizer.Encode(text, ids[..MaxLength], out var unknownAt);
        if (count < 0)
        {
            var rune = System.Text.Rune.GetRuneAt(text.ToString(), unknownAt);
            throw new TrainingDataException(row, Name, $"the character '{rune}' (U+{rune.Value:X4}, at offset {unknownAt}) is not in the tokenizer's vocabulary");
        }
        if (count > MaxLength)
        {
            if (!Truncate) throw new TrainingDataException(row, Name, TooLong(count));
            return MaxLength;
        }
        return count;
    }

    internal string TooLong(int count) =>
        $"the value has {count} tokens; the field allows at most {MaxLength} (declare 'truncate: true' to cut longer values)";

    /// <summary>Saves a fitted tokenizer's vocabulary in a model file (sections <c>tokens.{name}.vocabulary</c>).</summary>
    public void WriteTo(ModelFileSections sections, Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (tokenizer is CharTokenizer chars) sections.Add($"tokens.{Name}.vocabulary", [.. chars.Vocabulary]);
    }

    /// <summary>The tokenizer <see cref="WriteTo"/> saved; a damaged vocabulary is a <see cref="ModelFileCorruptedException"/>.</summary>
    public Tokenizer ReadFrom(ModelFileContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return CharTokenizer.FromVocabulary(content.Strings($"tokens.{Name}.vocabulary"));
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException($"The vocabulary of tokens field '{Name}' is invalid: " + e.Message, e);
        }
    }
}
