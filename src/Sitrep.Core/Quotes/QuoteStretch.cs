using Sitrep.Core.Documents;

namespace Sitrep.Core.Quotes;

/// <summary>One quoted stretch of a paragraph: the words between the marks.</summary>
/// <param name="Inner">The quoted words, without the marks and surrounding white space.</param>
/// <param name="Open">The offset of the opening mark.</param>
/// <param name="Close">The offset of the closing mark, or -1 when the paragraph ends with the quote still open.</param>
/// <param name="Continues">True when the stretch continues a quote left open at the end of the previous paragraph.</param>
internal readonly record struct QuoteStretch(CharRange Inner, int Open, int Close, bool Continues)
{
    public bool Closed => Close >= 0;

    /// <summary>The stretch with its marks.</summary>
    public CharRange Outer => new(Open, Closed ? Close + 1 : Inner.End);
}
