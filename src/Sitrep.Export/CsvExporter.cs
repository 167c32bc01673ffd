using System.Diagnostics.CodeAnalysis;
using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>
/// RFC 4180 CSV through CsvHelper (comma, CRLF, fields with commas, quotes or line breaks quoted, quotes doubled),
/// one table per item kind (<see cref="CsvKind"/>) with a header row. Every row carries its document id and evidence.
/// </summary>
public sealed class CsvExporter : CsvTableExporter
{
    public CsvExporter(TextWriter output, CsvKind kind)
        : base(output) => Table = TableOf(output, kind);

    private static ICsvTable TableOf(TextWriter output, CsvKind kind) => kind switch
    {
        CsvKind.Documents => NewTable<CsvDocumentRow>(output, Documents),
        CsvKind.Entities => NewTable<CsvEntityRow>(output, Entities),
        CsvKind.Mentions => NewTable<CsvMentionRow>(output, Mentions),
        CsvKind.Quotes => NewTable<CsvQuoteRow>(output, Quotes),
        CsvKind.Times => NewTable<CsvTimeRow>(output, Times),
        CsvKind.Quantities => NewTable<CsvQuantityRow>(output, Quantities),
        CsvKind.Events => NewTable<CsvEventRow>(output, Events),
        CsvKind.Places => NewTable<CsvPlaceRow>(output, Places),
        CsvKind.Findings => NewTable<CsvFindingRow>(output, Findings),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown CSV table"),
    };

    private static CsvTable<TRow> NewTable<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TRow>(TextWriter output, Func<RecordView, IEnumerable<TRow>> rows)
        => new(output, record => rows(new RecordView(record)));

    private static IEnumerable<CsvDocumentRow> Documents(RecordView v)
    {
        var r = v.Record;
        var d = r.Document;
        yield return new CsvDocumentRow
        {
            DocId = d.Id, Source = d.Source, Title = d.Title, Subtitle = d.Subtitle, Published = d.Published,
            PublishedInferred = d.PublishedInferred?.Value, Author = d.Author, Dateline = d.Dateline, Language = d.Language,
            Entities = r.Entities.Count, Quotes = r.Quotes.Count, Events = r.Events.Count, Findings = r.Findings.Count,
            EvidenceStart = 0, EvidenceEnd = d.Text.Length, Evidence = d.Text,
        };
    }

    private static IEnumerable<CsvEntityRow> Entities(RecordView v) => v.Record.Entities.Select(e =>
    {
        var first = e.Mentions.Count > 0 ? e.Mentions[0] : new RecordMention(0, 0, "");
        return new CsvEntityRow
        {
            DocId = v.Record.Document.Id, EntityId = e.Id, Type = e.Type, Name = e.Name, KbId = e.KbId, Mentions = e.Mentions.Count,
            Roles = e.Roles.Count == 0 ? null : string.Join("; ", e.Roles.Select(x => x.Of is null ? x.Title : $"{x.Title} of {x.Of}")),
            EvidenceStart = first.Start, EvidenceEnd = first.End, Evidence = v.Text(first.Start, first.End),
        };
    });

    private static IEnumerable<CsvMentionRow> Mentions(RecordView v) => v.Record.Entities.SelectMany(e => e.Mentions.Select(m => new CsvMentionRow
    {
        DocId = v.Record.Document.Id, EntityId = e.Id, Type = e.Type, Name = e.Name,
        EvidenceStart = m.Start, EvidenceEnd = m.End, Evidence = v.Text(m.Start, m.End),
    }));

    private static IEnumerable<CsvQuoteRow> Quotes(RecordView v) => v.Record.Quotes.Select(q => new CsvQuoteRow
    {
        DocId = v.Record.Document.Id, QuoteId = q.Id, Kind = q.Kind, Speaker = q.Speaker, SpeakerName = q.SpeakerName,
        SpeakerPrincipal = q.SpeakerPrincipal, SpeakerPrincipalName = q.SpeakerPrincipalName, Cue = q.Cue,
        Confidence = q.Confidence, EvidenceStart = q.Start, EvidenceEnd = q.End, Evidence = v.Text(q.Start, q.End),
    });

    private static IEnumerable<CsvTimeRow> Times(RecordView v) => v.Record.Times.Select((t, i) => new CsvTimeRow
    {
        DocId = v.Record.Document.Id, Index = i, Type = t.Type, Value = t.Value, Anchor = t.Anchor,
        EvidenceStart = t.Start, EvidenceEnd = t.End, Evidence = v.Text(t.Start, t.End),
    });

    private static IEnumerable<CsvQuantityRow> Quantities(RecordView v) => v.Record.Quantities.Select((q, i) => new CsvQuantityRow
    {
        DocId = v.Record.Document.Id, Index = i, Kind = q.Kind, Value = q.Value, Unit = q.Unit, Qualifier = q.Qualifier, Counts = q.Counts,
        EvidenceStart = q.Start, EvidenceEnd = q.End, Evidence = v.Text(q.Start, q.End),
    });

    private static IEnumerable<CsvEventRow> Events(RecordView v) => v.Record.Events.Select(e => new CsvEventRow
    {
        DocId = v.Record.Document.Id, EventId = e.Id, Type = e.Type, Mode = e.Mode, Cameo = e.Cameo,
        Source = e.Source, SourceName = v.Entity(e.Source)?.Name, SourceCountry = e.SourceCountry,
        Target = e.Target, TargetName = v.Entity(e.Target)?.Name, TargetCountry = e.TargetCountry,
        Where = e.Where, WhereName = v.Place(e.Where)?.Name ?? v.Entity(e.Where)?.Name, When = e.When, Killed = v.Killed(e),
        Quantities = e.Quantities.Count == 0 ? null : string.Join(';', e.Quantities),
        EvidenceStart = e.Evidence.Start, EvidenceEnd = e.Evidence.End, Evidence = v.Text(e.Evidence),
    });

    private static IEnumerable<CsvPlaceRow> Places(RecordView v) => v.Record.Places.Select(p =>
    {
        var m = v.Entity(p.Entity) is { Mentions.Count: > 0 } e ? e.Mentions[0] : new RecordMention(0, 0, "");
        return new CsvPlaceRow
        {
            DocId = v.Record.Document.Id, EntityId = p.Entity, Name = p.Name, Country = p.Country, Lat = p.Lat, Lon = p.Lon, GeonamesId = p.GeonamesId,
            EvidenceStart = m.Start, EvidenceEnd = m.End, Evidence = v.Text(m.Start, m.End),
        };
    });

    private static IEnumerable<CsvFindingRow> Findings(RecordView v) => v.Record.Findings.Select((f, i) => new CsvFindingRow
    {
        DocId = v.Record.Document.Id, Index = i, Kind = f.Kind, Severity = f.Severity, Message = f.Message,
        EvidenceStart = f.Evidence.Count > 0 ? f.Evidence[0].Start : 0,
        EvidenceEnd = f.Evidence.Count > 0 ? f.Evidence[0].End : 0,
        Evidence = string.Join(" … ", f.Evidence.Select(v.Text)),
    });
}
