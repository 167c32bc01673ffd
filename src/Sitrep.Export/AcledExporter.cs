using System.Globalization;
using CsvHelper.Configuration.Attributes;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>One ACLED-style row: ACLED's column names, then the document and event the row came from.</summary>
public sealed class AcledRow
{
    [Name("event_date")] public string? EventDate { get; set; }
    [Name("event_type")] public string EventType { get; set; } = "";
    [Name("actor1")] public string? Actor1 { get; set; }
    [Name("actor2")] public string? Actor2 { get; set; }
    [Name("country")] public string? Country { get; set; }
    [Name("admin1")] public string? Admin1 { get; set; }
    [Name("location")] public string? Location { get; set; }
    [Name("latitude")] public double? Latitude { get; set; }
    [Name("longitude")] public double? Longitude { get; set; }
    [Name("fatalities")] public int Fatalities { get; set; }
    [Name("source")] public string Source { get; set; } = "";
    [Name("notes")] public string Notes { get; set; } = "";
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("event_id")] public string EventId { get; set; } = "";
}

/// <summary>
/// Events as ACLED-style CSV rows (RFC 4180 through CsvHelper, with a header): PLOVER category and mode mapped to an
/// ACLED event type by Data/acled-types.tsv; events that are no ACLED event (verbal acts, meetings…) are skipped.
/// Fatalities: the event's largest single 'killed' count (<see cref="RecordView.Killed"/>), 0 when none is reported,
/// as ACLED records it; never a sum. Notes: the event's evidence text.
/// </summary>
public sealed class AcledExporter : CsvTableExporter
{
    private readonly ExportTables _tables;

    public AcledExporter(TextWriter output, ExportTables tables)
        : base(output)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
        Table = new CsvTable<AcledRow>(output, RowsOf);
    }

    /// <summary>The ACLED rows of one record (events without an ACLED type are counted in <see cref="RecordExporter.Skipped"/>).</summary>
    public IEnumerable<AcledRow> RowsOf(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var view = new RecordView(record);
        foreach (var e in record.Events)
        {
            if (_tables.AcledType(e.Type, e.Mode) is not { } type)
            {
                Skipped++;
                continue;
            }

            var place = view.Place(e.Where);
            yield return new AcledRow
            {
                EventDate = view.EventDate(e)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                EventType = type,
                Actor1 = ActorName(view, e.Source, e.SourceCountry),
                Actor2 = ActorName(view, e.Target, e.TargetCountry),
                Country = place?.Country is { } iso3 ? CountryName(iso3) : null,
                Location = place?.Name,
                Latitude = place?.Lat,
                Longitude = place?.Lon,
                Fatalities = view.Killed(e) ?? 0,
                Source = record.Document.Source,
                Notes = view.Text(e.Evidence),
                DocId = record.Document.Id,
                EventId = e.Id,
            };
        }
    }

    private string? ActorName(RecordView view, string? entityId, string? iso3)
        => view.Entity(entityId)?.Name ?? (iso3 is null ? null : CountryName(iso3));

    private string CountryName(string iso3) => _tables.Countries.GetValueOrDefault(iso3)?.Name ?? Countries.Shared.Name(iso3) ?? iso3;
}
