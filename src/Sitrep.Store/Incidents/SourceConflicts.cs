using System.Globalization;
using Sitrep.Core.Record;

namespace Sitrep.Store.Incidents;

/// <summary>A contradiction between two sources, with its evidence in each: document and span.</summary>
public sealed record SourceFinding(string Kind, string? Incident, string DocA, int AStart, int AEnd, string DocB, int BStart, int BEnd, string Message);

/// <summary>
/// The checks between sources, over resolved values:
/// <list type="bullet">
/// <item><c>source_conflict</c>: figures of one incident that cannot both be true (<see cref="IncidentFigure.Agrees"/>)
/// in sources of the same publication day; the days two sources state for one incident that differ by more than a day; the same quoted
/// words (<see cref="QuoteKey"/>) given to different speakers.</item>
/// <item><c>superseded_figure</c>: a figure of an incident as of an earlier publication day that a later source gives
/// otherwise (the later one is the incident's current figure).</item>
/// </list>
/// Casualty counts are compared; money is kept per source but not compared (one deal's price, its premium and its
/// financing are all money of one event).
/// </summary>
public static class SourceConflicts
{
    public const string Conflict = "source_conflict";
    public const string Superseded = "superseded_figure";

    /// <summary>
    /// The findings of one incident's reports. Only reports linked to each other directly (<see cref="IncidentRules.Linked"/>)
    /// are compared — an incident joined through a chain of reports may hold reports too far apart to be compared — each
    /// pair of documents once per figure kind (a document's largest figure of the kind among its linked reports) and once
    /// for the day.
    /// </summary>
    /// <param name="incident">The incident's id.</param>
    /// <param name="reports">Its reports.</param>
    /// <param name="daysOf">The categories and days of each document's reports that state their day in its body, when known: a source
    /// that itself tells a happening of the category on the other source's day tells two steps of a story (the Friday
    /// attack and the Sunday reply), not another date for one.</param>
    public static IEnumerable<SourceFinding> OfIncident(string incident, IReadOnlyList<IncidentReport> reports, Func<string, IReadOnlyCollection<(string Type, int Day)>>? daysOf = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var sorted = reports.OrderBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Start).ThenBy(r => r.EventId, StringComparer.Ordinal).ToList();
        var seen = new HashSet<(string, string, string)>();
        for (int i = 0; i < sorted.Count; i++)
        {
            for (int j = i + 1; j < sorted.Count; j++)
            {
                var (a, b) = (sorted[i], sorted[j]);
                if (a.DocumentId == b.DocumentId || !IncidentRules.Linked(a, b))
                {
                    continue;
                }

                foreach (string kind in IncidentReport.CasualtyKinds.Order(StringComparer.Ordinal))
                {
                    var fa = a.Figures.Where(f => f.Kind == kind).MaxBy(f => f.Value);
                    var fb = b.Figures.Where(f => f.Kind == kind).MaxBy(f => f.Value);
                    if (fa is null || fb is null || fa.Agrees(fb) || !seen.Add((a.DocumentId, b.DocumentId, kind)))
                    {
                        continue;
                    }

                    if (a.Published is { } pa && b.Published is { } pb && pa != pb)
                    {
                        // A figure as of an earlier day, and a later source's.
                        var (old, oldFigure, now, nowFigure) = pa < pb ? (a, fa, b, fb) : (b, fb, a, fa);
                        yield return new SourceFinding(Superseded, incident, old.DocumentId, oldFigure.Start, oldFigure.End, now.DocumentId, nowFigure.Start, nowFigure.End,
                            $"“{oldFigure.Describe()}” as of {Day(old.Published)} is superseded by “{nowFigure.Describe()}” reported on {Day(now.Published)}.");
                    }
                    else
                    {
                        yield return new SourceFinding(Conflict, incident, a.DocumentId, fa.Start, fa.End, b.DocumentId, fb.Start, fb.End,
                            $"One source gives “{fa.Describe()}” and another “{fb.Describe()}” for the same incident{(a.Published is null ? "" : " on " + Day(a.Published))}.");
                    }
                }

                // A stated day is read ± 1 (time zones, overnight, "yesterday" from a filing time): days one apart are within
                // that precision; further apart they disagree — unless a day is only the source's dateline (the day it wrote),
                // or a source states the other's day too (the Friday attack and the Sunday reply: two steps, both told).
                if (a.StatedDay is { } da && b.StatedDay is { } db && Math.Abs(da - db) > 1 && !a.DayFromDateline && !b.DayFromDateline
                    && !(daysOf is not null && (Tells(daysOf(a.DocumentId), b.Type, db) || Tells(daysOf(b.DocumentId), a.Type, da)))
                    && seen.Add((a.DocumentId, b.DocumentId, "day")))
                {
                    yield return new SourceFinding(Conflict, incident, a.DocumentId, a.TimeStart, a.TimeEnd, b.DocumentId, b.TimeStart, b.TimeEnd,
                        $"One source dates the incident {Day(da)} and another {Day(db)}.");
                }
            }
        }
    }

    /// <summary>Whether a document tells a happening of a category compatible with <paramref name="type"/> on <paramref name="day"/>.</summary>
    private static bool Tells(IReadOnlyCollection<(string Type, int Day)> days, string type, int day)
    {
        var types = IncidentRules.CompatibleTypes(type);
        return days.Any(d => d.Day == day && types.Contains(d.Type, StringComparer.Ordinal));
    }

    /// <summary>A quote with its words' keys (<see cref="QuoteKey.Of"/>) and its speaker.</summary>
    public sealed record QuoteEntry(string DocumentId, string QuoteId, string SpeakerIdentity, string SpeakerName, int Start, int End, string Words);

    /// <summary>The attributed direct and partial quotes of a record with at least <see cref="QuoteKey.MinWords"/> words.</summary>
    public static IEnumerable<QuoteEntry> Quotes(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var identities = record.Entities.ToDictionary(e => e.Id, EntityIdentity.Of, StringComparer.Ordinal);
        foreach (var q in record.Quotes)
        {
            // Quoted words only (direct and partial quotes): reported speech is the writer's paraphrase.
            if (q.Kind is "direct" or "partial" && q.Speaker is { } s && identities.TryGetValue(s, out string? identity) && q.SpeakerName is { Length: > 0 } name
                && QuoteKey.Words(q.Text) is { } words)
            {
                yield return new QuoteEntry(record.Document.Id, q.Id, identity, name, q.Start, q.End, words);
            }
        }
    }

    /// <summary>
    /// source_conflict when two sources give the same quoted words to two people that are not one person by name. An
    /// organisation speaks through people: words given to it in one source and to a person in another are its spokesman's.
    /// Where the documents' texts are at hand, <see cref="OneAttribution"/> checks what the sources themselves say before
    /// such a finding is kept.
    /// </summary>
    public static SourceFinding? OfQuotes(QuoteEntry a, QuoteEntry b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.DocumentId == b.DocumentId || a.SpeakerIdentity == b.SpeakerIdentity || !EntityIdentity.IsPerson(a.SpeakerIdentity) || !EntityIdentity.IsPerson(b.SpeakerIdentity)
            || SamePerson(a.SpeakerName, b.SpeakerName) || !QuoteKey.Share(a.Words, b.Words))
        {
            return null;
        }

        var (x, y) = string.CompareOrdinal(a.DocumentId, b.DocumentId) < 0 ? (a, b) : (b, a);
        return new SourceFinding(Conflict, null, x.DocumentId, x.Start, x.End, y.DocumentId, y.Start, y.End,
            $"The same quoted words are given to {x.SpeakerName} by one source and to {y.SpeakerName} by another.");
    }

    /// <summary>
    /// Whether the two sources' own texts tie the words to one attribution, so that two speakers are two readings of it
    /// (not what the quote layer read, what the sources say): the same passage — the <see cref="PassageWords"/> words
    /// before the quote are the same in both, and so is the rest of its sentence ("…told Reuters. “…” he added") — or
    /// the other source's speaker named in the paragraph that holds the quote ("said Robert Murphy…, adding, “…”").
    /// </summary>
    public static bool OneAttribution(string textA, QuoteEntry a, string textB, QuoteEntry b)
    {
        ArgumentNullException.ThrowIfNull(textA);
        ArgumentNullException.ThrowIfNull(textB);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SamePassage(textA, a, textB, b) || NamedBeside(textA, a, b.SpeakerName) || NamedBeside(textB, b, a.SpeakerName);
    }

    /// <summary>How many words before two quotes must agree for them to be one passage.</summary>
    public const int PassageWords = 10;

    /// <summary>
    /// Whether both sources tell the quote in one passage: the <see cref="PassageWords"/> words before it are the same, and so
    /// is the rest of its sentence after it (the attribution: "…,” he added." in both; nothing when the quote closes its
    /// sentence). A source that gives the words to another name after them ("…,” Rachel Ainsworth said.") differs.
    /// </summary>
    private static bool SamePassage(string textA, QuoteEntry a, string textB, QuoteEntry b)
    {
        static string[]? Before(string text, int start)
        {
            start = Math.Clamp(start, 0, text.Length);
            int from = Math.Max(0, start - (PassageWords * 20));
            string[] words = EntityIdentity.Normalize(text[from..start]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= PassageWords ? words[^PassageWords..] : null;
        }

        static string After(string text, QuoteEntry q)
        {
            int end = Math.Clamp(q.End, 0, text.Length);
            string inside = text[Math.Clamp(q.Start, 0, end)..end].TrimEnd('"', '\u201d', '\'', '\u2019', ' ');
            if (inside.Length == 0 || inside[^1] is '.' or '!' or '?')
            {
                return "";
            }

            int stop = text.IndexOfAny(['.', '!', '?', '\n'], end);
            return EntityIdentity.Normalize(text[end..(stop < 0 ? text.Length : stop)]);
        }

        return Before(textA, a.Start) is { } x && Before(textB, b.Start) is { } y && x.SequenceEqual(y, StringComparer.Ordinal)
            && string.Equals(After(textA, a), After(textB, b), StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="name"/>'s surname (its last word of three letters or more) is a word of the paragraph that holds the quote, outside the quote.</summary>
    private static bool NamedBeside(string text, QuoteEntry quote, string name)
    {
        string[] parts = EntityIdentity.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[^1].Length < 3 || quote.Start > text.Length)
        {
            return false;
        }

        int start = text.LastIndexOf('\n', Math.Max(0, quote.Start - 1)) + 1;
        int end = text.IndexOf('\n', Math.Min(quote.End, text.Length));
        end = end < 0 ? text.Length : end;
        string around = text[start..quote.Start] + " " + text[Math.Min(quote.End, text.Length)..end];
        return EntityIdentity.Normalize(around).Split(' ').Contains(parts[^1], StringComparer.Ordinal);
    }

    /// <summary>Names that may be one person, by the entity layer's one matcher (<see cref="Sitrep.Core.Entities.PersonNames"/>).</summary>
    public static bool SamePerson(string a, string b) => Sitrep.Core.Entities.PersonNames.SamePerson(EntityIdentity.Normalize(a), EntityIdentity.Normalize(b));


    private static string Day(int? day) => day is { } d ? DateOnly.FromDayNumber(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "an unknown day";
}
