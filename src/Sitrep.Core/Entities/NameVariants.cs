using Sitrep.Core.Documents;
using Sitrep.Core.Quotes;

namespace Sitrep.Core.Entities;

/// <summary>
/// Name forms of one mention: its words with titles ("US President"), determiners and the possessive stripped, and
/// its text and key (whether two person names can name one person: <see cref="PersonNames"/>).
/// </summary>
internal static class NameVariants
{
    /// <summary>The token range of the name proper inside a mention's tokens (titles, "the" and a trailing "'s" stripped).</summary>
    public static TokenRange Strip(TokenText t, TokenRange tokens, bool person)
    {
        int a = tokens.Start, b = tokens.End;
        while (b - 1 > a && (IsPossessive(t[b - 1]) || t.Token(b - 1).Kind is TokenKind.Punctuation))
        {
            b--;
        }

        while (a < b - 1 && (t[a] is "the" or "The" || (person && QuoteWords.IsTitle(t[a]))))
        {
            a++;
        }

        return new TokenRange(a, b);
    }

    public static bool IsPossessive(ReadOnlySpan<char> w) => w is "'s" or "’s" or "‘s" or "'" or "’";

    /// <summary>The text of tokens [range) of the document.</summary>
    public static string TextOf(TokenText t, TokenRange range)
        => range.Length <= 0 ? "" : t.Text[t.Token(range.Start).Start..t.Token(range.End - 1).End];

    /// <summary>The lower-cased key of an organization or place: its words without "the" or the possessive.</summary>
    public static string Key(TokenText t, TokenRange range) => TextOf(t, range).ToLowerInvariant();

    /// <summary>
    /// An organisation's name without a final legal form and the comma before it ("General Motors Corp", "Apple, Inc."
    /// → "General Motors", "Apple"), so that both forms are one key; the range itself when it has none or is only one.
    /// </summary>
    public static TokenRange WithoutLegalForm(TokenText t, TokenRange range)
    {
        int b = range.End;
        if (b - range.Start < 2 || !Tagging.NameTypes.IsLegalForm(t[b - 1]))
        {
            return range;
        }

        b--;
        if (b - range.Start >= 2 && t[b - 1] is ",")
        {
            b--;
        }

        return new TokenRange(range.Start, b);
    }
}
