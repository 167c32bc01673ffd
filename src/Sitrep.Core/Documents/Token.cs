namespace Sitrep.Core.Documents;

/// <summary>One token: a half-open character range into the document text and its surface kind.</summary>
/// <remarks>Tokens are rows in one array owned by the document; they carry no text of their own.</remarks>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public CharRange Range => new(Start, End);

    /// <summary>The token's characters in <paramref name="text"/> (the document text).</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);

    /// <summary>The token's characters as a new string.</summary>
    public string Text(string text) => text.Substring(Start, End - Start);
}
