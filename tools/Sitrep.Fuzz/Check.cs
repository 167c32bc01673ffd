using System.Globalization;
using System.Text;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Fuzz;

/// <summary>An output that breaks a promise the component makes to its users (a span outside the text, a malformed value…).</summary>
public sealed class InvariantException(string message) : Exception(message);

/// <summary>The invariant checks the targets share: spans, their order, their text.</summary>
internal static class Check
{
    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvariantException(what);
        }
    }

    /// <summary>A non-empty range inside <paramref name="text"/> that does not cut a surrogate pair.</summary>
    public static void Range(string text, CharRange r, string what)
    {
        That(r.Start >= 0 && r.End <= text.Length, $"{what} {r} lies outside the text (length {text.Length})");
        That(r.Start < r.End, $"{what} {r} is empty or reversed");
        That(!CutsPair(text, r.Start) && !CutsPair(text, r.End), $"{what} {r} cuts a surrogate pair");
    }

    /// <summary>A span whose text is the text under its range.</summary>
    public static void Span(string text, TextSpan? span, string what)
    {
        if (span is null)
        {
            return;
        }

        Range(text, span.Range, what);
        That(string.Equals(text.Substring(span.Range.Start, span.Range.Length), span.Text, StringComparison.Ordinal),
            $"{what} says \"{span.Text}\" but its range {span.Range} holds \"{text.Substring(span.Range.Start, span.Range.Length)}\"");
    }

    /// <summary>Ranges in text order that do not overlap.</summary>
    public static void Ordered(IEnumerable<CharRange> ranges, string what)
    {
        int end = 0;
        foreach (var r in ranges)
        {
            That(r.Start >= end, $"{what} {r} starts before the previous one ends ({end})");
            end = r.End;
        }
    }

    /// <summary>True when <paramref name="at"/> falls between the two halves of a surrogate pair.</summary>
    public static bool CutsPair(string text, int at)
        => at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);

    /// <summary>The fuzzer's bytes as text: UTF-8, invalid sequences replaced (what a decoded file or request body looks like).</summary>
    public static string Text(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);

    /// <summary>A letter, digit, punctuation mark or symbol: what a reader sees on the page.</summary>
    public static bool IsVisible(Rune r) => Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
