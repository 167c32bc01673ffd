using Sitrep.Core.Record;

namespace Sitrep.Store;

/// <summary>
/// One event with its actors, place and counts resolved from its record: what the events table holds and what the
/// exports write. <see cref="Date"/> is the event's own full date, else its document's date.
/// </summary>
public sealed record EventRow(
    string DocumentId,
    string DocumentSource,
    RecordEvent Event,
    string? SourceIdentity,
    string? SourceName,
    string? TargetIdentity,
    string? TargetName,
    RecordPlace? Place,
    string? PlaceName,
    string? Date,
    long? Fatalities,
    string Evidence)
{
    /// <summary>The events of <paramref name="record"/>, in record order.</summary>
    public static IEnumerable<EventRow> Of(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var d = record.Document;
        string? date = d.Published ?? d.PublishedInferred?.Value;
        var entities = record.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var places = record.Places.GroupBy(p => p.Entity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var e in record.Events)
        {
            var source = e.Source is { } s ? entities.GetValueOrDefault(s) : null;
            var target = e.Target is { } t ? entities.GetValueOrDefault(t) : null;
            var place = e.Where is { } w ? places.GetValueOrDefault(w) : null;
            string? placeName = place?.Name ?? (e.Where is { } w2 ? entities.GetValueOrDefault(w2)?.Name : null);
            long? killed = null;
            foreach (int qi in e.Quantities)
            {
                if (qi >= 0 && qi < record.Quantities.Count && record.Quantities[qi] is { Counts: "killed" } kq)
                {
                    killed = (killed ?? 0) + (long)kq.Value;
                }
            }

            yield return new EventRow(
                d.Id,
                d.Source,
                e,
                source is null ? null : EntityIdentity.Of(source),
                source?.Name,
                target is null ? null : EntityIdentity.Of(target),
                target?.Name,
                place,
                placeName,
                EventDate(e.When, date),
                killed,
                e.Evidence.Start >= 0 && e.Evidence.End <= d.Text.Length && e.Evidence.Start <= e.Evidence.End ? d.Text[e.Evidence.Start..e.Evidence.End] : "");
        }
    }

    /// <summary>An event's day: its own when it is a full date, else the document's date.</summary>
    public static string? EventDate(string? when, string? documentDate)
        => when is { Length: >= 10 } w && char.IsAsciiDigit(w[0]) && w[4] == '-' && w[7] == '-' ? w[..10] : documentDate;
}
