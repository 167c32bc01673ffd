namespace Sitrep.Core.Documents;

/// <summary>The surface class of a token, decided by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    Dash,
    Symbol,
    Currency,
    Url,
    Email,
    Handle,
    Hashtag,
    Emoji,

    /// <summary>A text emoticon such as ":)" or ";-)".</summary>
    Emoticon,
}
