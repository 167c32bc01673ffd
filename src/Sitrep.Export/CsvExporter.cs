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
        CsvKind.Documents => new Table<DocumentRow>(Documents),
        CsvKind.Entities => new Table<EntityRow>(Entities),
        CsvKind.Mentions => new Table<MentionRow>(Mentions),
        CsvKind.Quotes => new Table<QuoteRow>(Quotes),
        CsvKind.Times => new Table<TimeRow>(Times),
        CsvKind.Quantities => new Table<QuantityRow>(Quantities),
        CsvKind.Events => new Table<EventRow>(Events),
        CsvKind.Places => new Table<PlaceRow>(Places),
        CsvKind.Findings => new Table<FindingRow>(Findings),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown CSV table"),
    };

    private static IEnumerable<DocumentRow> Documents(RecordView v)
    {
        var r = v.Record;
        var d = r.Document;
        yield return new DocumentRow
        {
            DocId = d.Id, Source = d.Source, Title = d.Title, Subtitle = d.Subtitle, Published = d.Published,
            PublishedInferred = d.PublishedInferred?.Value, Author = d.Author, Dateline = d.Dateline, Language = d.Language,
            Entities = r.Entities.Count, Quotes = r.Quotes.Count, Events = r.Events.Count, Findings = r.Findings.Count,
            EvidenceStart = 0, EvidenceEnd = d.Text.Length, Evidence = d.Text,
        };
    }

    private static IEnumerable<EntityRow> Entities(RecordView v) => v.Record.Entities.Select(e =>
    {
        var first = e.Mentions.Count > 0 ? e.Mentions[0] : new RecordMention(0, 0, "");
        return new EntityRow
        {
            DocId = v.Record.Document.Id, EntityId = e.Id, Type = e.Type, Name = e.Name, KbId = e.KbId, Mentions = e.Mentions.Count,
            Roles = e.Roles.Count == 0 ? null : string.Join("; ", e.Roles.Select(x => x.Of is null ? x.Title : $"{x.Title} of {x.Of}")),
            EvidenceStart = first.Start, EvidenceEnd = first.End, Evidence = v.Text(first.Start, first.End),
        };
    });

    private static IEnumerable<MentionRow> Mentions(RecordView v) => v.Record.Entities.SelectMany(e => e.Mentions.Select(m => new MentionRow
    {
        DocId = v.Record.Document.Id, EntityId = e.Id, Type = e.Type, Name = e.Name,
        EvidenceStart = m.Start, EvidenceEnd = m.End, Evidence = v.Text(m.Start, m.End),
    }));

    private static IEnumerable<QuoteRow> Quotes(RecordView v) => v.Record.Quotes.Select(q => new QuoteRow
    {
        DocId = v.Record.Document.Id, QuoteId = q.Id, Kind = q.Kind, Speaker = q.Speaker, SpeakerName = q.SpeakerName, Cue = q.Cue,
        Confidence = q.Confidence, EvidenceStart = q.Start, EvidenceEnd = q.End, Evidence = v.Text(q.Start, q.End),
    });

    private static IEnumerable<TimeRow> Times(RecordView v) => v.Record.Times.Select((t, i) => new TimeRow
    {
        DocId = v.Record.Document.Id, Index = i, Type = t.Type, Value = t.Value, Anchor = t.Anchor,
        EvidenceStart = t.Start, EvidenceEnd = t.End, Evidence = v.Text(t.Start, t.End),
    });

    private static IEnumerable<QuantityRow> Quantities(RecordView v) => v.Record.Quantities.Select((q, i) => new QuantityRow
    {
        DocId = v.Record.Document.Id, Index = i, Kind = q.Kind, Value = q.Value, Unit = q.Unit, Qualifier = q.Qualifier, Counts = q.Counts,
        EvidenceStart = q.Start, EvidenceEnd = q.End, Evidence = v.Text(q.Start, q.End),
    });

    private static IEnumerable<EventRow> Events(RecordView v) => v.Record.Events.Select(e => new EventRow
    {
        DocId = v.Record.Document.Id, EventId = e.Id, Type = e.Type, Mode = e.Mode, Cameo = e.Cameo,
        Source = e.Source, SourceName = v.Entity(e.Source)?.Name, SourceCountry = e.SourceCountry,
        Target = e.Target, TargetName = v.Entity(e.Target)?.Name, TargetCountry = e.TargetCountry,
        Where = e.Where, WhereName = v.Place(e.Where)?.Name ?? v.Entity(e.Where)?.Name, When = e.When, Killed = v.Killed(e),
        Quantities = e.Quantities.Count == 0 ? null : string.Join(';', e.Quantities),
        EvidenceStart = e.Evidence.Start, EvidenceEnd = e.Evidence.End, Evidence = v.Text(e.Evidence),
    });

    private static IEnumerable<PlaceRow> Places(RecordView v) => v.Record.Places.Select(p =>
    {
        var m = v.Entity(p.Entity) is { Mentions.Count: > 0 } e ? e.Mentions[0] : new RecordMention(0, 0, "");
        return new PlaceRow
        {
            DocId = v.Record.Document.Id, EntityId = p.Entity, Name = p.Name, Country = p.Country, Lat = p.Lat, Lon = p.Lon, GeonamesId = p.GeonamesId,
            EvidenceStart = m.Start, EvidenceEnd = m.End, Evidence = v.Text(m.Start, m.End),
        };
    });

    private static IEnumerable<FindingRow> Findings(RecordView v) => v.Record.Findings.Select((f, i) => new FindingRow
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
