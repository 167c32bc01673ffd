using System.Text;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Language;

namespace Sitrep.Core.Findings;

/// <summary>
/// Words given twice in one article with their speakers (quotes of every kind, reported speech included): what the
/// quote-conflict and attribution-conflict checks compare. A speaker counts when the quote layer resolved one (an
/// entity, or a name that is not a pronoun or a stray word: "the statistics office" counts).
/// </summary>
internal static class RepeatedWords
{
    // Words the quote layer can leave as a speaker that name no one: pronouns, and stray words around them.
    private static readonly HashSet<string> s_notSpeakers = new(
        ["this", "that", "there", "in", "on", "at", "the", "a", "an", "but", "and", "who", "which", .. Pronouns.All.Keys], StringComparer.OrdinalIgnoreCase);

    /// <summary>Quotes with a resolved speaker, their words lower-cased and joined by single spaces.</summary>
    public static List<(Quote Quote, string Words)> Attributed(Document document, int minWords)
    {
        var list = new List<(Quote, string)>();
        foreach (var q in document.GetOrDefault(Layers.Quotes, []))
        {
            if (SpeakerKey(q) is null)
            {
                continue;
            }

            string words = Words(document.TextOf(q.Range));
            if (words.Split(' ').Length >= minWords)
            {
                list.Add((q, words));
            }
        }

        return list;
    }

    /// <summary>One words are (nearly all of) the other's: one contains the other and the shorter is most of the longer.</summary>
    public static bool Same(string a, string b)
        => (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) && Math.Min(a.Length, b.Length) * 10 >= Math.Max(a.Length, b.Length) * 7;

    /// <summary>
    /// The same words, or the opening words of a quote that runs on over more sentences ("…not wise. “He lacks
    /// strategy…"): the shorter opens the longer at a word boundary. Words inside a longer quote elsewhere than at its
    /// start may be that speaker citing someone, so only <see cref="Same"/> holds for them.
    /// </summary>
    public static bool Within(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return Same(a, b) || (longer.StartsWith(shorter, StringComparison.Ordinal) && (shorter.Length == longer.Length || longer[shorter.Length] == ' '));
    }

    /// <summary>Two speakers that are one: the same entity, or names of one person, or one name inside the other ("Smith", "John Smith").</summary>
    public static bool SameSpeaker(Quote a, Quote b)
    {
        if (a.Speaker is not null && a.Speaker == b.Speaker)
        {
            return true;
        }

        string? x = a.SpeakerName;
        string? y = b.SpeakerName;
        if (x is null || y is null)
        {
            return a.Speaker is null || b.Speaker is null;
        }

        return PersonNames.Same(x, y) || x.Contains(y, StringComparison.OrdinalIgnoreCase) || y.Contains(x, StringComparison.OrdinalIgnoreCase)
            || OnlyTitled(a, b) || OnlyTitled(b, a);
    }

    /// <summary>
    /// One speaker is known only by an office ("the prime minister"), the other is a person the article names: may be the
    /// office-holder, unless the knowledge base knows the office's holders and the person is not one of them ("the Russian
    /// president" is not an analyst).
    /// </summary>
    private static bool OnlyTitled(Quote titled, Quote named)
    {
        if (titled.Speaker is not null || named.Speaker is null || named.SpeakerName is null || !OfficeTitle.TryParse(titled.SpeakerName!, out var kind, out var country))
        {
            return false;
        }

        var terms = country is null ? [] : OfficeHolders.Shared.TermsIn(kind, country);
        return terms.Count == 0 || terms.Any(t => t.IsNamed(named.SpeakerName));
    }

    public static string Name(Quote q) => q.SpeakerName ?? q.Speaker ?? "an unnamed speaker";

    private static string? SpeakerKey(Quote q)
    {
        if (q.Speaker is not null)
        {
            return q.Speaker;
        }

        string? n = q.SpeakerName?.Trim();
        return n is { Length: > 2 } && !s_notSpeakers.Contains(n) ? n : null;
    }

    public static string Words(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not ('\'' or '’'))
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    public static string Clip(string s) => s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 79), "…");
}
