using System.Buffers;
using System.Globalization;

namespace Sitrep.Core.Tokenization;

/// <summary>Character classes used by the tokenizer and the sentence splitter.</summary>
internal static class CharClasses
{
    public static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’‘ʼ`");

    public static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\"“‘«„‚‹`");

    public static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"”’»‛›'");

    public static readonly SearchValues<char> Dashes = SearchValues.Create("‐‑‒–—―");

    public static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?…‼⁇⁈⁉。！？");

    public static readonly SearchValues<char> Closers = SearchValues.Create("\"”’'»)]}›");

    public static readonly SearchValues<char> Openers = SearchValues.Create("\"“‘«„‚‹([{`");

    /// <summary>Invisible format characters that separate tokens like white space (zero-width space, direction marks, BOM).</summary>
    public static readonly SearchValues<char> InvisibleSeparators = SearchValues.Create("\u200B\u200E\u200F\u2060\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static bool IsApostrophe(char c) => Apostrophes.Contains(c);

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‹' or '›' or '\'' or '`' or '‛' or '‟';

    public static bool IsDash(char c) => Dashes.Contains(c);

    /// <summary>A hyphen that can join two parts of a word.</summary>
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    public static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₹' or '₽' or '₴' or '₩' or '¢' or '₺' or '₪' or '₦' or '₱' or '₫' or '฿' or '₿';

    /// <summary>White space or an invisible separator: never part of a token.</summary>
    public static bool IsSeparator(char c) => c <= ' ' ? c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v' or '\0' || char.IsControl(c)
        : c >= '\u0085' && (char.IsWhiteSpace(c) || InvisibleSeparators.Contains(c));

    /// <summary>Letters, digits and the marks and joiners that live inside words.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        return char.IsLetterOrDigit(c) || c is '\u00AD' or '\u200C' or '\u200D' || IsMark(c);
    }

    public static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    public static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    public static bool IsMark(char c) => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
