using Sitrep.Core.Documents;

namespace Sitrep.Core.Quotes;

/// <summary>The document's tokens read together with its text: small questions asked of one token.</summary>
internal readonly struct TokenText(string text, TokenList tokens)
{
    public string Text { get; } = text;

    public TokenList Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> this[int index] => Tokens[index].Span(Text);

    public Token Token(int index) => Tokens[index];

    public bool IsWord(int i) => Tokens[i].Kind is TokenKind.Word;

    public bool IsCapitalized(int i)
    {
        var t = Tokens[i];
        return t.Kind is TokenKind.Word && char.IsUpper(Text[t.Start]);
    }

    public bool Is(int i, char c) => Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;

    public bool IsQuoteMark(int i) => Tokens[i].Kind is TokenKind.Quote;

    /// <summary>Final punctuation, a colon or a semicolon: a token a speaker phrase never crosses.</summary>
    public bool IsHardStop(int i)
    {
        var t = Tokens[i];
        if (t.Kind is TokenKind.Quote)
        {
            return true;
        }

        if (t.Kind is TokenKind.Punctuation)
        {
            char c = Text[t.Start];
            return c is '.' or '!' or '?' or ';' or ':' or '…';
        }

        return t.Kind is TokenKind.Dash;
    }

    /// <summary>True when a line break lies between token <paramref name="i"/> and the next one.</summary>
    public bool LineBreakAfter(int i)
        => i + 1 < Tokens.Count && Text.AsSpan(Tokens[i].End, Tokens[i + 1].Start - Tokens[i].End).Contains('\n');

    public CharRange Range(int first, int last) => new(Tokens[first].Start, Tokens[last].End);
}
