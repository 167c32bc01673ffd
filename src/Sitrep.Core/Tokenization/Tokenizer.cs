using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tokenization;

/// <summary>
/// Splits the text into tokens, close to the Universal Dependencies English conventions: clitics split
/// ("do|n't", "Witkoff|‘s"), punctuation apart, abbreviations keep their period ("U.S.", "Dr."),
/// decimals and thousands whole ("6.4", "6,400"), currency and percent apart ("$|200", "25|%"),
/// URLs, e-mail addresses, handles and hashtags whole.
/// </summary>
public sealed class Tokenizer : IPipelineComponent
{
    public string Name => "tokenizer.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Tokens];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.Tokens, new TokenList(Tokenize(document.Text, cancellationToken)));
    }

    /// <summary>Tokenizes <paramref name="text"/>; offsets are into it.</summary>
    public static Token[] Tokenize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        int i = 0;
        int n = text.Length;
        int chunks = 0;
        while (i < n)
        {
            while (i < n && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            int end = i;
            while (end < n && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if ((++chunks & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            SplitChunk(text, i, end, tokens);
            i = end;
        }

        return [.. tokens];
    }

    private static void SplitChunk(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            int next;
            TokenKind kind;
            if (TryUrlOrEmail(text, i, end, out next, out kind))
            {
                // found
            }
            else if ((c == '@' || c == '#') && i + 1 < end && IsWordChar(text[i + 1]) && (i == start || !IsWordChar(text[i - 1])))
            {
                next = i + 1;
                while (next < end && (IsWordChar(text[next]) || text[next] == '_'))
                {
                    next++;
                }

                kind = c == '@' ? TokenKind.Handle : TokenKind.Hashtag;
            }
            else if (char.IsDigit(c))
            {
                next = ScanNumber(text, i, end);
                kind = TokenKind.Number;

                // "1990s", "3rd", "25th", "5pm" stay whole only for ordinal and decade suffixes.
                int suffixEnd = next;
                while (suffixEnd < end && char.IsLetter(text[suffixEnd]))
                {
                    suffixEnd++;
                }

                if (suffixEnd > next && IsNumberSuffix(text.AsSpan(next, suffixEnd - next)))
                {
                    next = suffixEnd;
                }
                else if (suffixEnd > next && next > i && !text.AsSpan(i, next - i).ContainsAny(".,") && suffixEnd - i <= 12 && HasDigitLetterMix(text, i, suffixEnd))
                {
                    // alphanumeric codes such as "4G", "B52" or "2nd" handled above; "10km" splits below.
                    if (!IsUnitStart(text.AsSpan(next, suffixEnd - next)))
                    {
                        next = suffixEnd;
                        kind = TokenKind.Word;
                    }
                }
            }
            else if (IsWordChar(c))
            {
                next = ScanWord(text, i, end, start, out kind);
            }
            else if (CharClasses.IsDash(c) || (c == '-' && i + 1 < end && text[i + 1] == '-'))
            {
                next = i + 1;
                while (next < end && (text[next] == '-' || CharClasses.IsDash(text[next])))
                {
                    next++;
                }

                kind = TokenKind.Dash;
            }
            else if (c == '.' && i + 1 < end && text[i + 1] == '.')
            {
                next = i + 1;
                while (next < end && text[next] == '.')
                {
                    next++;
                }

                kind = TokenKind.Punctuation;
            }
            else if (CharClasses.IsApostrophe(c) && TryClitic(text, i, end, out next))
            {
                kind = TokenKind.Word;
            }
            else if (CharClasses.IsQuote(c))
            {
                next = i + 1;
                kind = TokenKind.Quote;
            }
            else if (CharClasses.IsCurrency(c))
            {
                next = i + 1;
                kind = TokenKind.Currency;
            }
            else if (char.IsSurrogate(c))
            {
                next = i + 1 < end && char.IsSurrogatePair(c, text[i + 1]) ? i + 2 : i + 1;
                kind = TokenKind.Emoji;
            }
            else
            {
                next = i + 1;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            tokens.Add(new Token(i, next, kind));
            i = next;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool HasDigitLetterMix(string text, int start, int end)
    {
        bool digit = false, letter = false;
        for (int k = start; k < end; k++)
        {
            digit |= char.IsDigit(text[k]);
            letter |= char.IsLetter(text[k]);
        }

        return digit && letter;
    }

    private static bool IsNumberSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase)
        || s.Equals("s", StringComparison.Ordinal);

    private static bool IsUnitStart(ReadOnlySpan<char> s) =>
        s is "km" or "kg" or "m" or "cm" or "mm" or "mi" or "ft" or "lb" or "lbs" or "g" or "mg" or "ml" or "l"
        or "bn" or "mn" or "m2" or "pm" or "am" or "p" or "k" or "GB" or "MB" or "TB" or "kb" or "mph" or "kmh" or "min" or "h" or "hrs" or "yr" or "yrs";

    private static int ScanNumber(string text, int i, int end)
    {
        int k = i;
        while (k < end && char.IsDigit(text[k]))
        {
            k++;
        }

        // 6,400,000 / 6.4 / 10:30 / 1/2 / 2024-06-02
        while (k + 1 < end && (text[k] is ',' or '.' or ':' or '/' || (text[k] == '-' && k - i >= 4)) && char.IsDigit(text[k + 1]))
        {
            k++;
            while (k < end && char.IsDigit(text[k]))
            {
                k++;
            }
        }

        return k;
    }

    private static int ScanWord(string text, int i, int end, int chunkStart, out TokenKind kind)
    {
        kind = TokenKind.Word;
        int k = i;
        while (k < end)
        {
            char c = text[k];
            if (IsWordChar(c))
            {
                k++;
                continue;
            }

            // Internal hyphen or slash between word characters: "long-term", "and/or".
            if ((c == '-' || c == '‐' || c == '‑') && k + 1 < end && IsWordChar(text[k + 1]) && k > i)
            {
                k++;
                continue;
            }

            // Initialisms with internal periods: "U.S.", "U.N.", "e.g.", "a.m."
            if (c == '.' && k + 1 < end && char.IsLetter(text[k + 1]) && k - i <= 3 && IsInitialism(text, i, k + 2, end))
            {
                k++;
                continue;
            }

            if (CharClasses.IsApostrophe(c) && k + 1 < end && char.IsLetter(text[k + 1]))
            {
                // Clitic: stop before it ("Witkoff" | "‘s"); n't: stop before the n.
                if (IsCliticAt(text, k, end))
                {
                    if (k - 1 > i && (text[k - 1] == 'n' || text[k - 1] == 'N') && (text[k + 1] == 't' || text[k + 1] == 'T') && CliticEnds(text, k + 2, end))
                    {
                        return k - 1;
                    }

                    return k;
                }

                // O'Brien, rock'n'roll: the apostrophe is inside the word.
                k++;
                continue;
            }

            break;
        }

        // A trailing period belongs to an abbreviation or an initialism.
        if (k < end && text[k] == '.')
        {
            var word = text.AsSpan(i, k - i);
            bool initialism = word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0]));
            if (initialism || Abbreviations.AllLookup.Contains(word))
            {
                // "etc." at the end of a chunk that ends a sentence still keeps its period (the splitter knows).
                k++;
            }
        }

        _ = chunkStart;
        return k;
    }

    private static bool IsInitialism(string text, int start, int probe, int end)
    {
        // Letters alternating with periods: U.S / e.g / a.m
        for (int k = start; k < Math.Min(probe, end); k++)
        {
            bool letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCliticAt(string text, int apostrophe, int end)
    {
        int k = apostrophe + 1;
        int m = k;
        while (m < end && char.IsLetter(text[m]))
        {
            m++;
        }

        var tail = text.AsSpan(k, m - k);
        bool clitic = tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ve", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("d", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase)
            || (tail.Equals("t", StringComparison.OrdinalIgnoreCase) && apostrophe > 0 && (text[apostrophe - 1] is 'n' or 'N'));
        return clitic && CliticEnds(text, m, end);
    }

    private static bool CliticEnds(string text, int k, int end) => k >= end || !char.IsLetterOrDigit(text[k]);

    private static bool TryClitic(string text, int i, int end, out int next)
    {
        // A clitic at the start of what remains of a chunk ("'s" after a closing quote or a number: "1990's").
        next = i;
        if (i > 0 && !char.IsWhiteSpace(text[i - 1]) && IsCliticAt(text, i, end) && (i + 1 < end && !(text[i + 1] is 't' or 'T')))
        {
            int m = i + 1;
            while (m < end && char.IsLetter(text[m]))
            {
                m++;
            }

            next = m;
            return true;
        }

        return false;
    }

    private static bool TryUrlOrEmail(string text, int i, int end, out int next, out TokenKind kind)
    {
        next = i;
        kind = TokenKind.Url;
        var rest = text.AsSpan(i, end - i);
        bool url = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (!url)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                return false;
            }

            int at = rest.IndexOf('@');
            if (at <= 0 || rest[(at + 1)..].IndexOf('.') <= 0)
            {
                return false;
            }

            for (int k = 0; k < at; k++)
            {
                if (!(char.IsLetterOrDigit(rest[k]) || rest[k] is '.' or '_' or '-' or '+'))
                {
                    return false;
                }
            }

            kind = TokenKind.Email;
        }

        int stop = end;
        while (stop > i && (text[stop - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\'' || CharClasses.IsQuote(text[stop - 1])))
        {
            stop--;
        }

        next = stop;
        return stop > i;
    }
}
