namespace ModelDsl.Generator.Semantics;

/// <summary>Limits of the collection field types (<c>set of E</c>, <c>tokens(…)</c>), shared by the binder and the index.</summary>
internal static class FieldTypes
{
    /// <summary>The most members an enum of a set may have: the bits of the runtime's <c>EnumSet&lt;T&gt;</c> mask.</summary>
    public const int MaxMembers = 256;

    /// <summary>The most tokens a tokens field may declare.</summary>
    public const int MaxTokens = 1 << 16;

    /// <summary>The tokenizers a tokens field may name: a character vocabulary learned in training (runtime: <c>TokenizerKind</c>).</summary>
    public static readonly string[] Tokenizers = { "chars" };
}
