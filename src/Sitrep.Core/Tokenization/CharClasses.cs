using System.Buffers;

namespace Sitrep.Core.Tokenization;

/// <summary>Character classes used by the tokenizer and the sentence splitter.</summary>
internal static class CharClasses
{
    public static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’‘ʼ`");

    public static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\"“‘«„‚‹");

    public static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"”’»‛›");

    public static readonly SearchValues<char> Dashes = SearchValues.Create("‐‑‒–—―");

    public static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?…");

    public static readonly SearchValues<char> Closers = SearchValues.Create("\"”’'»)]}›");

    public static bool IsApostrophe(char c) => Apostrophes.Contains(c);

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‹' or '›' or '\'' or '`';

    public static bool IsDash(char c) => Dashes.Contains(c);

    public static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₹' or '₽' or '₴' or '₩' or '¢' or '₺' or '₪';
}
