using Sitrep.Core.Documents;

namespace Sitrep.Core.Quotes;

/// <summary>
/// Finds reported speech: a reporting verb followed by its clause ("Zelensky has previously suggested
/// that Russia would…", "Trump indicated he had briefed…", "informed the BBC that…"), or a sentence
/// closed by its attribution ("…, a source said.").
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>One reported-speech item: the content's characters, the cue token and the speaker phrase's tokens.</summary>
    public readonly record struct Reported(CharRange Content, int Cue, int First, int Last);

    /// <summary>The reported speech of the sentences; a wire dateline (<paramref name="dateline"/>) opening a sentence is never part of what was said.</summary>
    public static List<Reported> Find(TokenText t, IReadOnlyList<Sentence> sentences, IReadOnlyList<CharRange> directQuotes, CharRange? dateline = null)
    {
        var found = new List<Reported>();
        foreach (var sentence in sentences)
        {
            int a = sentence.Tokens.Start, b = sentence.Tokens.End;
            if (dateline is { } d)
            {
                // "KYIV, March 5 — Russian forces shelled …, the governor said.": the clause starts after the dateline.
                while (a < b && t.Token(a).Start < d.End)
                {
                    a++;
                }
            }

            if (b - a < 4)
            {
                continue;
            }

            for (int c = a + 1; c < b - 1; c++)
            {
                if (!t.IsLowerCue(c) || !SpeakerPhrase.Left(t, c, a, out int first, out int last))
                {
                    continue;
                }

                int start = ClauseStart(t, c, b);
                if (start < 0)
                {
                    continue;
                }

                int end = b - 1;
                while (end > start && (t.Token(end).Kind is TokenKind.Punctuation or TokenKind.Quote))
                {
                    end--;
                }

                var content = t.Range(start, end);
                if (content.Length > 8 && !MostlyQuoted(content, directQuotes))
                {
                    found.Add(new Reported(content, c, first, last));
                    break;
                }
            }

            // "…, a source said." / "…, said Trump." closing a sentence without quotation marks.
            if (found.Count == 0 || found[^1].Content.End < sentence.Chars.Start)
            {
                TryClosingAttribution(t, a, b, directQuotes, found);
            }
        }

        return found;
    }

    private static void TryClosingAttribution(TokenText t, int a, int b, IReadOnlyList<CharRange> directQuotes, List<Reported> found)
    {
        int end = b - 1;
        if (!t.Is(end, '.'))
        {
            return;
        }

        for (int c = end - 1; c > a + 3 && c >= end - 8; c--)
        {
            if (t.IsQuoteMark(c))
            {
                return;
            }

            if (!t.IsLowerCue(c) || !QuoteWords.IsSayingVerb(t[c]))
            {
                continue;
            }

            int first, last;
            if (t.Is(c - 1, ','))
            {
                if (!SpeakerPhrase.Right(t, c, end, out first, out last))
                {
                    return;
                }

                Add(t, a, c - 2, c, first, last, directQuotes, found);
                return;
            }

            if (SpeakerPhrase.Left(t, c, a, out first, out last) && first - 1 > a && t.Is(first - 1, ','))
            {
                Add(t, a, first - 2, c, first, last, directQuotes, found);
            }

            return;
        }
    }

    private static void Add(TokenText t, int a, int last, int cue, int first, int speakerLast, IReadOnlyList<CharRange> directQuotes, List<Reported> found)
    {
        if (last <= a)
        {
            return;
        }

        var content = t.Range(a, last);
        if (!MostlyQuoted(content, directQuotes))
        {
            found.Add(new Reported(content, cue, first, speakerLast));
        }
    }

    /// <summary>The first token of the reported clause after the cue, or -1 when the cue does not introduce one.</summary>
    private static int ClauseStart(TokenText t, int cue, int end)
    {
        int k = cue + 1;
        var verb = t[cue];
        if (verb is "told" or "informed" or "tells" or "informs" or "assured" or "warned" or "reminded" or "telling" or "informing" or "warning" or "assuring")
        {
            // Skip the addressee: "informed the BBC", "told reporters".
            int stop = Math.Min(end, k + 6);
            while (k < stop && t.IsWord(k) && !(t[k] is "that"))
            {
                k++;
            }
        }

        if (k < end && t.IsWord(k) && t[k] is "that")
        {
            return k + 1 < end ? k + 1 : -1;
        }

        if (k < end && verb is "said" or "says" or "indicated" or "suggested" or "stated" or "claimed" or "argued" or "insisted" or "added" or "noted" or "warned" or "believes"
            && t.IsWord(k) && (QuoteWords.IsPronoun(t[k]) || QuoteWords.IsDeterminer(t[k])) && !(t[k] is "it" && k + 1 < end && t.Is(k + 1, '.')))
        {
            return k;
        }

        return -1;
    }

    private static bool MostlyQuoted(CharRange content, IReadOnlyList<CharRange> directQuotes)
    {
        foreach (var q in directQuotes)
        {
            int overlap = Math.Min(q.End, content.End) - Math.Max(q.Start, content.Start);
            if (overlap * 2 > content.Length)
            {
                return true;
            }
        }

        return false;
    }
}
