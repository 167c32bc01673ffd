using System.Globalization;
using Sitrep.Core.Record;
using Sitrep.Export;

namespace Sitrep.Store;

/// <summary>
/// One event with its actors, place and counts resolved from its record: a row of the store's events table. <see cref="Date"/> is the event's own full date, else its document's date; <see cref="Fatalities"/>
/// the largest single killed count (never a sum).
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
    /// <summary>The events of <paramref name="record"/>, in record order. The day, place and killed count are
    /// <see cref="RecordView"/>'s, as the exports write them.</summary>
    public static IEnumerable<EventRow> Of(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var d = record.Document;
        var view = new RecordView(record);
        foreach (var e in record.Events)
        {
            var source = view.Entity(e.Source);
            var target = view.Entity(e.Target);
            var place = view.Place(e.Where);
            yield return new EventRow(
                d.Id,
                d.Source,
                e,
                source is null ? null : EntityIdentity.Shared(source),
                source?.Name,
                target is null ? null : EntityIdentity.Shared(target),
                target?.Name,
                place,
                place?.Name ?? view.Entity(e.Where)?.Name,
                view.EventDate(e)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                view.Killed(e),
                view.Text(e.Evidence));
        }
    }
}
