using System.Globalization;
using Sitrep.Core.Record;

namespace Sitrep.Store.Incidents;

/// <summary>A contradiction between two sources, with its evidence in each: document and span.</summary>
public sealed record SourceFinding(string Kind, string? Incident, string DocA, int AStart, int AEnd, string DocB, int BStart, int BEnd, string Message);

/// <summary>
/// The checks between sources, over resolved values:
/// <list type="bullet">
/// <item><c>source_conflict</c>: figures of one incident that cannot both be true (<see cref="IncidentFigure.Agrees"/>)
/// in sources of the same publication day; the days two sources state for one incident that differ; the same quoted
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

    /// <summary>The findings of one incident's reports (each document once per figure kind: its largest figure of that kind).</summary>
    public static IEnumerable<SourceFinding> OfIncident(string incident, IReadOnlyList<IncidentReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var docs = reports.GroupBy(r => r.DocumentId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (docs.Count < 2)
        {
            yield break;
        }

        foreach (string kind in IncidentReport.CasualtyKinds.Order(StringComparer.Ordinal))
        {
            var figures = docs
                .Select(g => (Doc: g.Key, Published: g.First().Published, Figure: g.SelectMany(r => r.Figures).Where(f => f.Kind == kind).MaxBy(f => f.Value)))
                .Where(x => x.Figure is not null).ToList();
            if (figures.Count < 2)
            {
                continue;
            }

            int? latest = figures.Max(x => x.Published);
            for (int i = 0; i < figures.Count; i++)
            {
                for (int j = i + 1; j < figures.Count; j++)
                {
                    var (a, b) = (figures[i], figures[j]);
                    if (a.Figure!.Agrees(b.Figure!))
                    {
                        continue;
                    }

                    if (a.Published is { } pa && b.Published is { } pb && pa != pb)
                    {
                        // The earlier figure is superseded when the later source is of the incident's latest day.
                        var (old, now) = pa < pb ? (a, b) : (b, a);
                        if (now.Published == latest)
                        {
                            yield return new SourceFinding(Superseded, incident, old.Doc, old.Figure!.Start, old.Figure.End, now.Doc, now.Figure!.Start, now.Figure.End,
                                $"“{old.Figure.Describe()}” as of {Day(old.Published)} is superseded by “{now.Figure.Describe()}” reported on {Day(now.Published)}.");
                        }

                        continue;
                    }

                    yield return new SourceFinding(Conflict, incident, a.Doc, a.Figure.Start, a.Figure.End, b.Doc, b.Figure!.Start, b.Figure.End,
                        $"One source gives “{a.Figure.Describe()}” and another “{b.Figure.Describe()}” for the same incident{(a.Published is null ? "" : " on " + Day(a.Published))}.");
                }
            }
        }

        var stated = docs.Select(g => g.Where(r => r.StatedDay is not null).OrderBy(r => r.Start).FirstOrDefault()).OfType<IncidentReport>().ToList();
        for (int i = 0; i < stated.Count; i++)
        {
            for (int j = i + 1; j < stated.Count; j++)
            {
                var (a, b) = (stated[i], stated[j]);
                if (a.StatedDay != b.StatedDay)
                {
                    yield return new SourceFinding(Conflict, incident, a.DocumentId, a.TimeStart, a.TimeEnd, b.DocumentId, b.TimeStart, b.TimeEnd,
                        $"One source dates the incident {Day(a.StatedDay)} and another {Day(b.StatedDay)}.");
                }
            }
        }
    }

    /// <summary>A quote with its words' keys (<see cref="QuoteKey.Of"/>) and its speaker.</summary>
    public sealed record QuoteEntry(string DocumentId, string QuoteId, string SpeakerIdentity, string SpeakerName, int Start, int End, string Words);

    /// <summary>The attributed quotes of a record with at least <see cref="QuoteKey.MinWords"/> words.</summary>
    public static IEnumerable<QuoteEntry> Quotes(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var identities = record.Entities.ToDictionary(e => e.Id, EntityIdentity.Of, StringComparer.Ordinal);
        foreach (var q in record.Quotes)
        {
            if (q.Speaker is { } s && identities.TryGetValue(s, out string? identity) && q.SpeakerName is { Length: > 0 } name
                && QuoteKey.Words(q.Text) is { } words)
            {
                yield return new QuoteEntry(record.Document.Id, q.Id, identity, name, q.Start, q.End, words);
            }
        }
    }

    /// <summary>source_conflict when two sources give the same quoted words to speakers that are not one person by name.</summary>
    public static SourceFinding? OfQuotes(QuoteEntry a, QuoteEntry b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.DocumentId == b.DocumentId || a.SpeakerIdentity == b.SpeakerIdentity || SamePerson(a.SpeakerName, b.SpeakerName) || !QuoteKey.Share(a.Words, b.Words))
        {
            return null;
        }

        var (x, y) = string.CompareOrdinal(a.DocumentId, b.DocumentId) < 0 ? (a, b) : (b, a);
        return new SourceFinding(Conflict, null, x.DocumentId, x.Start, x.End, y.DocumentId, y.Start, y.End,
            $"The same quoted words are given to {x.SpeakerName} by one source and to {y.SpeakerName} by another.");
    }

    /// <summary>Names of one person: equal, or one is a single word that ends the other ("Blair", "Tony Blair").</summary>
    public static bool SamePerson(string a, string b)
    {
        string x = EntityIdentity.Normalize(a), y = EntityIdentity.Normalize(b);
        if (x == y)
        {
            return true;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return !shorter.Contains(' ', StringComparison.Ordinal) && longer.EndsWith(" " + shorter, StringComparison.Ordinal);
    }

    private static string Day(int? day) => day is { } d ? DateOnly.FromDayNumber(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "an unknown day";
}
