using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>
/// RFC 4180 CSV through CsvHelper (comma, CRLF, fields with commas, quotes or line breaks quoted, quotes doubled),
/// one table per item kind (<see cref="CsvKind"/>) with a header row. Every row carries its document id and evidence.
/// </summary>
public sealed class CsvExporter : RecordExporter
{
    private readonly CsvWriter _csv;
    private readonly ITable _table;
    private bool _header;

    public CsvExporter(TextWriter output, CsvKind kind)
        : base(output)
    {
        _csv = CreateWriter(output);
        _table = TableOf(kind);
    }

    /// <summary>A CsvHelper writer for RFC 4180 output (invariant culture, CRLF); the output stays open.</summary>
    internal static CsvWriter CreateWriter(TextWriter output)
        => new(output, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);

    public override void Write(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_header)
        {
            _table.WriteHeader(_csv);
            _header = true;
        }

        Rows += _table.WriteRows(_csv, new RecordView(record));
    }

    public override void Complete()
    {
        if (!_header)
        {
            _table.WriteHeader(_csv);
            _header = true;
        }

        _csv.Flush();
        base.Complete();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _csv.Dispose();
        }
    }

    private static ITable TableOf(CsvKind kind) => kind switch
    {
        CsvKind.Documents => new Table<CsvDocumentRow>(Documents),
        CsvKind.Entities => new Table<CsvEntityRow>(Entities),
        CsvKind.Mentions => new Table<CsvMentionRow>(Mentions),
        CsvKind.Quotes => new Table<CsvQuoteRow>(Quotes),
        CsvKind.Times => new Table<CsvTimeRow>(Times),
        CsvKind.Quantities => new Table<CsvQuantityRow>(Quantities),
        CsvKind.Events => new Table<CsvEventRow>(Events),
        CsvKind.Places => new Table<CsvPlaceRow>(Places),
        CsvKind.Findings => new Table<CsvFindingRow>(Findings),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown CSV table"),
    };

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
        DocId = v.Record.Document.Id, QuoteId = q.Id, Kind = q.Kind, Speaker = q.Speaker, SpeakerName = q.SpeakerName, Cue = q.Cue,
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

    private interface ITable
    {
        void WriteHeader(CsvWriter csv);

        int WriteRows(CsvWriter csv, RecordView view);
    }

    private sealed class Table<TRow>(Func<RecordView, IEnumerable<TRow>> rows) : ITable
    {
        public void WriteHeader(CsvWriter csv)
        {
            csv.WriteHeader<TRow>();
            csv.NextRecord();
        }

        public int WriteRows(CsvWriter csv, RecordView view)
        {
            int n = 0;
            foreach (var row in rows(view))
            {
                csv.WriteRecord(row);
                csv.NextRecord();
                n++;
            }

            return n;
        }
    }
}
