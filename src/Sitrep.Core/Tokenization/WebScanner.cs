using Sitrep.Core.Documents;

namespace Sitrep.Core.Tokenization;

/// <summary>Scans URLs, e-mail addresses, handles (@name) and hashtags (#tag).</summary>
internal static class WebScanner
{
    /// <summary>A URL (scheme:// or www.) or an e-mail address starting at <paramref name="i"/>, without trailing punctuation.</summary>
    public static bool TryUrlOrEmail(ReadOnlySpan<char> s, int i, int end, out int next, out TokenKind kind)
    {
        next = i;
        kind = TokenKind.Url;
        var rest = s[i..end];
        if (rest.Length < 5)
        {
            return false;
        }

        if (IsUrlStart(rest))
        {
            next = TrimTrailing(s, i, end);
            return next > i + 4;
        }

        // Local parts are at most 64 characters and domains 255 (RFC 5321): bounded look-ahead keeps long chunks linear.
        int at = rest[..Math.Min(rest.Length, 65)].IndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        for (int k = 0; k < at; k++)
        {
            char c = rest[k];
            if (!(CharClasses.IsLetter(c) || CharClasses.IsDigit(c) || c is '.' or '_' or '-' or '+' or '%'))
            {
                return false;
            }
        }

        int d = at + 1;
        bool letter = false;
        int domainLimit = Math.Min(rest.Length, at + 256);
        while (d < domainLimit && (CharClasses.IsLetter(rest[d]) || CharClasses.IsDigit(rest[d]) || rest[d] is '.' or '-'))
        {
            letter |= CharClasses.IsLetter(rest[d]);
            d++;
        }

        while (d > at + 1 && rest[d - 1] is '.' or '-')
        {
            d--;
        }

        if (!letter || d - at - 1 < 2)
        {
            return false;
        }

        next = i + d;
        kind = TokenKind.Email;
        return true;
    }

    /// <summary>A handle or hashtag: '@' or '#' then letters, digits or underscores (at least one letter: "@ 2.975" is a price), not inside a word.</summary>
    public static bool TryHandle(ReadOnlySpan<char> s, int i, int chunkStart, int end, out int next)
    {
        next = i;
        if (i + 1 >= end || (i > chunkStart && CharClasses.IsWordChar(s[i - 1])))
        {
            return false;
        }

        int k = i + 1;
        while (k < end && (CharClasses.IsWordChar(s[k]) || s[k] == '_'))
        {
            k++;
        }

        if (k == i + 1 || !HasLetter(s[(i + 1)..k]))
        {
            return false;
        }

        next = k;
        return true;
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (CharClasses.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> rest) =>
        rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL's end: the chunk's end less trailing punctuation and quotes, and closing brackets when it opens none.</summary>
    private static int TrimTrailing(ReadOnlySpan<char> s, int i, int end)
    {
        int stop = end;
        bool opens = s[i..end].IndexOfAny('(', '[', '<') >= 0;
        while (stop > i)
        {
            char c = s[stop - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' || CharClasses.IsQuote(c) || (c is ')' or ']' or '>' && !opens))
            {
                stop--;
            }
            else
            {
                break;
            }
        }

        return stop;
    }
}
