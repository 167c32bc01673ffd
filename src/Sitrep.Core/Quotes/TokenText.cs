using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Quotes;

/// <summary>The document's tokens read together with its text: small questions asked of one token.</summary>
internal readonly struct TokenText
{
    private const byte Capitalized = 1;
    private const byte LowerCue = 2;
    private const byte NounCue = 4;

    private readonly byte[] _flags;

    /// <param name="pos">When given, marks the cue words read as nouns (<see cref="IsNounCue"/>).</param>
    public TokenText(string text, TokenList tokens, PosTags? pos = null)
    {
        Text = text;
        Tokens = tokens;
        _flags = new byte[tokens.Count];
        var rows = tokens.AsSpan();
        for (int i = 0; i < rows.Length; i++)
        {
            var t = rows[i];
            if (t.Kind is not TokenKind.Word)
            {
                continue;
            }

            char c = text[t.Start];
            if (char.IsUpper(c))
            {
                _flags[i] = Capitalized;
            }
            else if (t.Length >= 3 && char.IsLower(c) && QuoteWords.IsLowerCaseCue(text.AsSpan(t.Start, t.Length)))
            {
                _flags[i] = LowerCue;
                if (pos is not null && i > 0 && i < pos.Count && pos[i] is UposTag.Noun or UposTag.Propn or UposTag.Adj
                    && pos[i - 1] is UposTag.Det or UposTag.Adj or UposTag.Adp or UposTag.Num)
                {
                    _flags[i] |= NounCue;
                }
            }
        }
    }

    public string Text { get; }

    public TokenList Tokens { get; }

    /// <summary>A reporting verb in lower case ("said", not "Said"): computed once per document.</summary>
    public bool IsLowerCue(int i) => (_flags[i] & LowerCue) != 0;

    /// <summary>
    /// A cue word the tagger reads as a noun or adjective after a determiner, adjective, preposition or number ("in other
    /// states", "the charges"): the word lists hold forms that are verbs and nouns alike. A name or pronoun before the word
    /// keeps it a verb whatever its tag ("Viguerie notes", tagged a noun). False without tags.
    /// </summary>
    public bool IsNounCue(int i) => (_flags[i] & NounCue) != 0;

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> this[int index] => Tokens[index].Span(Text);

    public Token Token(int index) => Tokens[index];

    public bool IsWord(int i) => Tokens[i].Kind is TokenKind.Word;

    public bool IsCapitalized(int i) => (_flags[i] & Capitalized) != 0;

    public bool Is(int i, char c) => Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;

    /// <summary>A quotation mark; an apostrophe glued to a word ending in s ("Sanders' campaign") is a possessive, not a mark.</summary>
    public bool IsQuoteMark(int i)
    {
        var t = Tokens[i];
        if (t.Kind is not TokenKind.Quote)
        {
            return false;
        }

        char c = Text[t.Start];
        bool possessive = (c == '\'' || c == '’') && i > 0 && Tokens[i - 1].End == t.Start && Tokens[i - 1].Kind is TokenKind.Word
            && Text[t.Start - 1] is 's' && (t.End >= Text.Length || char.IsWhiteSpace(Text[t.End]));
        return !possessive;
    }

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
