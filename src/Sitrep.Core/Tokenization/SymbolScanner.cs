using System.Text;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tokenization;

/// <summary>Scans everything that is not a word, a number or a web token: punctuation (runs kept whole), quotes, dashes, currency, emoticons, emoji.</summary>
internal static class SymbolScanner
{
    private static readonly string[] s_emoticons = [":-)", ":-(", ";-)", ":-D", ":-P", ":'(", "^_^", ":)", ":(", ";)", ":D", ":P", ":p", ";P", ";p", ":/", "=)", "=(", "(:", "<3", ":]", ":|", ":o", ":O", "^^"];

    public static (int End, TokenKind Kind) Scan(ReadOnlySpan<char> s, int i, int chunkStart, int end)
    {
        char c = s[i];
        if (c is ':' or ';' or '=' or '(' or '<' or '^' && i == chunkStart && TryEmoticon(s, i, end, out int face))
        {
            return (face, TokenKind.Emoticon);
        }

        if (c == '.' && i == chunkStart && TryExtension(s, i, end, out int extension))
        {
            return (extension, TokenKind.Word); // "the .doc file", "the .com boom"
        }

        if (c is '.' or '…')
        {
            int k = i + 1;
            while (k < end && s[k] is '.' or '…')
            {
                k++;
            }

            if (k == i + 1 && c == '.')
            {
                k = MarkRun(s, k, end); // ".?"
            }

            return (k, TokenKind.Punctuation); // ".", "...", "…"
        }

        if (CharClasses.SentenceEnds.Contains(c))
        {
            int k = MarkRun(s, i, end);
            if (k < end && s[k] == '.' && (k + 1 >= end || s[k + 1] != '.'))
            {
                k++; // "!."
            }

            return (k, TokenKind.Punctuation); // "?", "?!", "!!!"
        }

        if (c == '+' && i == chunkStart && i + 1 < end && CharClasses.IsDigit(s[i + 1]))
        {
            var (number, _) = NumberScanner.Scan(s, i + 1, end);
            return (number, TokenKind.Number); // "+44", "+1"
        }

        if (c == '-' || CharClasses.IsDash(c))
        {
            int k = i + 1;
            while (k < end && (s[k] == '-' || CharClasses.IsDash(s[k])))
            {
                k++;
            }

            return (k, c == '-' && k == i + 1 ? TokenKind.Punctuation : TokenKind.Dash);
        }

        if (CharClasses.IsQuote(c))
        {
            // Two single quotes in a row are one double quote ('' ’’ ‘’ ``).
            bool single = c is '\'' or '’' or '‘' or '`';
            int k = i + 1 < end && single && s[i + 1] is '\'' or '’' or '‘' or '`' ? i + 2 : i + 1;
            return (k, TokenKind.Quote);
        }

        if (CharClasses.IsCurrency(c))
        {
            return (i + 1, TokenKind.Currency);
        }

        if (c is '*' or '=' or '_' or '~' or '<' or '>' or '+' or '#' or '^' or '|')
        {
            int k = i + 1;
            while (k < end && s[k] == c)
            {
                k++;
            }

            return (k, c is '*' or '_' or '#' ? TokenKind.Punctuation : TokenKind.Symbol);
        }

        if (char.IsSurrogate(c) || (c >= '\u2190' && c <= '\u2BFF'))
        {
            return ScanRune(s, i, end);
        }

        int next = ExtendModifiers(s, i + 1, end);
        return (next, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }

    /// <summary>The end of a run of question and exclamation marks starting at <paramref name="k"/>.</summary>
    private static int MarkRun(ReadOnlySpan<char> s, int k, int end)
    {
        while (k < end && CharClasses.SentenceEnds.Contains(s[k]) && s[k] is not ('.' or '…'))
        {
            k++;
        }

        return k;
    }

    /// <summary>A file extension or top-level domain standing alone: a period, two to four lower-case letters, then the word's end.</summary>
    private static bool TryExtension(ReadOnlySpan<char> s, int i, int end, out int next)
    {
        next = i + 1;
        while (next < end && next - i <= 5 && CharClasses.IsLower(s[next]))
        {
            next++;
        }

        return next - i is >= 3 and <= 5 && (next >= end || !CharClasses.IsWordChar(s[next]));
    }

    private static bool TryEmoticon(ReadOnlySpan<char> s, int i, int end, out int next)
    {
        next = i;
        var rest = s[i..end];
        foreach (var face in s_emoticons)
        {
            if (rest.StartsWith(face, StringComparison.Ordinal) && (rest.Length == face.Length || !CharClasses.IsWordChar(rest[face.Length])))
            {
                next = i + face.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>One rune (a surrogate pair or a BMP pictograph) with its modifiers; letters of astral scripts continue as a word.</summary>
    private static (int End, TokenKind Kind) ScanRune(ReadOnlySpan<char> s, int i, int end)
    {
        if (Rune.DecodeFromUtf16(s[i..end], out var rune, out int used) != System.Buffers.OperationStatus.Done)
        {
            return (i + 1, TokenKind.Symbol); // lone surrogate
        }

        if (Rune.IsLetterOrDigit(rune))
        {
            int k = i + used;
            while (k < end)
            {
                if (Rune.DecodeFromUtf16(s[k..end], out var r, out int u) != System.Buffers.OperationStatus.Done || !(Rune.IsLetterOrDigit(r) || CharClasses.IsMark(s[k])))
                {
                    break;
                }

                k += u;
            }

            return (k, TokenKind.Word);
        }

        int next = i + used;
        if (IsRegionalIndicator(rune) && next + 1 < end && Rune.DecodeFromUtf16(s[next..end], out var second, out int u2) == System.Buffers.OperationStatus.Done && IsRegionalIndicator(second))
        {
            next += u2; // a flag: two regional indicators
        }

        next = ExtendModifiers(s, next, end);
        return (next, TokenKind.Emoji);
    }

    /// <summary>Variation selectors, skin tones, keycaps, tags, combining marks and zero-width-joined pictographs after a symbol.</summary>
    private static int ExtendModifiers(ReadOnlySpan<char> s, int k, int end)
    {
        while (k < end)
        {
            char c = s[k];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3' || CharClasses.IsMark(c))
            {
                k++;
            }
            else if (c == '\uD83C' && k + 1 < end && s[k + 1] >= '\uDFFB' && s[k + 1] <= '\uDFFF')
            {
                k += 2; // skin tone
            }
            else if (c == '\uDB40' && k + 1 < end && s[k + 1] >= '\uDC20' && s[k + 1] <= '\uDC7F')
            {
                k += 2; // tag characters (subdivision flags)
            }
            else if (c == '\u200D' && k + 1 < end && (char.IsSurrogate(s[k + 1]) || (s[k + 1] >= '\u2190' && s[k + 1] <= '\u2BFF')))
            {
                k += char.IsHighSurrogate(s[k + 1]) && k + 2 < end && char.IsLowSurrogate(s[k + 2]) ? 3 : 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    private static bool IsRegionalIndicator(Rune r) => r.Value is >= 0x1F1E6 and <= 0x1F1FF;
}
