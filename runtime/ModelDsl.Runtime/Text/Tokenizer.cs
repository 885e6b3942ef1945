using System;

namespace ModelDsl.Runtime.Text;

/// <summary>The tokenizers a <c>tokens(…)</c> field may name.</summary>
public enum TokenizerKind
{
    /// <summary><c>chars</c>: one token per character (Unicode scalar), the vocabulary learned from the training text and saved with the model.</summary>
    Chars,
}

/// <summary>Text to token ids and back. Implementations are immutable and thread-safe.</summary>
public abstract class Tokenizer
{
    /// <summary>How many token ids there are (ids are 0 … VocabularySize − 1).</summary>
    public abstract int VocabularySize { get; }

    /// <summary>How many tokens <paramref name="text"/> has.</summary>
    public abstract int CountTokens(ReadOnlySpan<char> text);

    /// <summary>
    /// Writes the ids of <paramref name="text"/>'s first tokens into <paramref name="ids"/> (as many as fit) and returns how
    /// many tokens the text has in all (more than <paramref name="ids"/>.Length when it did not fit); -1 with
    /// <paramref name="unknownAt"/> set to the character offset when a character is outside a fixed vocabulary.
    /// </summary>
    public abstract int Encode(ReadOnlySpan<char> text, Span<int> ids, out int unknownAt);

    /// <summary>The text of token ids (an id outside the vocabulary is an <see cref="ArgumentOutOfRangeException"/>).</summary>
    public abstract string Decode(ReadOnlySpan<int> ids);
}
