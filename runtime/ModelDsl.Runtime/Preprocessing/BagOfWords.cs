using System;
using System.Collections.Generic;
using System.Globalization;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Bag of words as scikit-learn 1.2.1's <c>CountVectorizer</c> with its defaults: tokens are maximal runs of two
/// or more word characters (the token pattern <c>(?u)\b\w\w+\b</c>; a word character is a Unicode letter or
/// number or '_'), optionally lowercased; the vocabulary keeps tokens found in at least <c>minCount</c> training
/// documents (integer <c>min_df</c>), sorted ordinally; a document becomes the count of each vocabulary token.
/// <para>
/// Counting allocates nothing: tokens are looked up as spans (<c>Dictionary</c> alternate lookup), and with
/// lowercasing the dictionary compares ignoring case instead of lowercasing each token. Differences from Python
/// are limited to characters whose case mapping is not one-to-one (e.g. 'İ') and to combining marks, which
/// Python's <c>\w</c> excludes as .NET's letter test does.
/// </para>
/// </summary>
public sealed class BagOfWords
{
    private readonly string[] _vocabulary;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private BagOfWords(string[] vocabulary, bool lowercase)
    {
        _vocabulary = vocabulary;
        Lowercase = lowercase;
        _index = new Dictionary<string, int>(vocabulary.Length, lowercase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            if (!_index.TryAdd(vocabulary[i], i)) throw new ArgumentException($"The vocabulary holds '{vocabulary[i]}' twice.", nameof(vocabulary));
        }
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tokens, in feature order (ordinal sort, as scikit-learn's <c>get_feature_names_out</c>).</summary>
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <summary>Number of features a document becomes.</summary>
    public int FeatureCount => _vocabulary.Length;

    /// <summary>Whether tokens are lowercased.</summary>
    public bool Lowercase { get; }

    /// <summary>Learns the vocabulary of <paramref name="documents"/> (null documents count as empty).</summary>
    /// <param name="documents">Training documents.</param>
    /// <param name="lowercase">Lowercase tokens (default true).</param>
    /// <param name="minCount">Keep tokens that occur in at least this many documents (default 1).</param>
    public static BagOfWords Fit(IEnumerable<string?> documents, bool lowercase = true, int minCount = 1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = frequency.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenLookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        foreach (var document in documents)
        {
            seen.Clear();
            var tokens = new TokenEnumerator(document);
            while (tokens.MoveNext())
            {
                var token = tokens.Current;
                if (!lowercase)
                {
                    CountDocument(token, seenLookup, lookup);
                    continue;
                }
                var target = token.Length <= buffer.Length ? buffer.Slice(0, token.Length) : new char[token.Length];
                token.ToLowerInvariant(target);
                CountDocument(target, seenLookup, lookup);
            }
        }
        var words = new List<string>();
        foreach (var (word, count) in frequency)
        {
            if (count >= minCount) words.Add(word);
        }
        var vocabulary = words.ToArray();
        Array.Sort(vocabulary, StringComparer.Ordinal);
        return new BagOfWords(vocabulary, lowercase);
    }

    private static void CountDocument(ReadOnlySpan<char> key, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> frequency)
    {
        // counts documents, not occurrences (scikit-learn's document frequency)
        if (!seen.Add(key)) return;
        frequency[key] = frequency.TryGetValue(key, out int count) ? count + 1 : 1;
    }

    /// <summary>Rebuilds a bag of words from its <see cref="Vocabulary"/> (in feature order) and <see cref="Lowercase"/>.</summary>
    public static BagOfWords FromVocabulary(IEnumerable<string> vocabulary, bool lowercase = true)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var words = new List<string>(vocabulary).ToArray();
        foreach (var w in words)
        {
            if (string.IsNullOrEmpty(w)) throw new ArgumentException("Vocabulary tokens must be non-empty.", nameof(vocabulary));
        }
        return new BagOfWords(words, lowercase);
    }

    /// <summary>The feature index of a token, or −1 when it is not in the vocabulary.</summary>
    public int IndexOf(ReadOnlySpan<char> token) => _lookup.TryGetValue(token, out int index) ? index : -1;

    /// <summary>Writes the count of each vocabulary token in <paramref name="document"/> (unknown tokens are ignored); allocates nothing.</summary>
    public void Transform(ReadOnlySpan<char> document, Span<double> counts)
    {
        DataValidation.EnsureOutput(counts.Length, FeatureCount, nameof(counts));
        var output = counts.Slice(0, FeatureCount);
        output.Clear();
        var tokens = new TokenEnumerator(document);
        while (tokens.MoveNext())
        {
            if (_lookup.TryGetValue(tokens.Current, out int index)) output[index]++;
        }
    }

    /// <summary>Counts of every document, one row each, in a new matrix.</summary>
    public FeatureMatrix Transform(IReadOnlyList<string?> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var values = new double[checked(documents.Count * FeatureCount)];
        for (int i = 0; i < documents.Count; i++) Transform(documents[i], values.AsSpan(i * FeatureCount, FeatureCount));
        return new FeatureMatrix(values, documents.Count, FeatureCount);
    }

    /// <summary>The tokens of a text (not lowercased), as spans over it; a struct enumerator that allocates nothing.</summary>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    /// <summary>Whether a character is a word character of Python's Unicode <c>\w</c>: a letter, a number or '_'.</summary>
    public static bool IsWordCharacter(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c) || c == '_';
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>Enumerates tokens (maximal runs of two or more word characters) of a text.</summary>
    public ref struct TokenEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        /// <summary>Starts before the first token of <paramref name="text"/>.</summary>
        public TokenEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _position = 0;
            Current = default;
        }

        /// <summary>The current token.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Lets <c>foreach</c> use the enumerator directly.</summary>
        public readonly TokenEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next token; false at the end of the text.</summary>
        public bool MoveNext()
        {
            var text = _text;
            int i = _position;
            while (i < text.Length)
            {
                while (i < text.Length && !IsWordCharacter(text[i])) i++;
                int start = i;
                while (i < text.Length && IsWordCharacter(text[i])) i++;
                if (i - start >= 2)
                {
                    Current = text.Slice(start, i - start);
                    _position = i;
                    return true;
                }
            }
            _position = text.Length;
            return false;
        }
    }
}
