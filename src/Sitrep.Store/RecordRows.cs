using System.Text.Json;
using Sitrep.Core.Record;

namespace Sitrep.Store;

/// <summary>
/// A record flattened into the store's rows, the same for every backend. Every item row carries its document id and
/// evidence span; identities (<see cref="EntityIdentity"/>) are resolved here, once.
/// </summary>
internal sealed class RecordRows
{
    /// <summary>Each table's columns, in the order of the row values.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["documents"] = ["doc_id", "source", "title", "author", "published", "published_inferred", "date", "text", "pipeline", "record"],
        ["identities"] = ["identity", "type", "name", "norm_name", "kb_id"],
        ["entities"] = ["doc_id", "entity_id", "identity", "type", "name", "kb_id", "mention_count", "span_start", "span_end"],
        ["mentions"] = ["doc_id", "entity_id", "span_start", "span_end", "text"],
        ["quotes"] =
        [
            "doc_id", "quote_id", "text", "span_start", "span_end", "kind", "speaker_id", "speaker_identity", "speaker_name", "cue", "confidence",
            "speaker_principal", "speaker_principal_name",
        ],
        ["times"] = ["doc_id", "idx", "text", "span_start", "span_end", "type", "value", "anchor"],
        ["quantities"] = ["doc_id", "idx", "text", "span_start", "span_end", "kind", "value", "unit", "qualifier", "counts"],
        ["events"] =
        [
            "doc_id", "event_id", "type", "mode", "cameo", "source_id", "source_identity", "source_name", "target_id", "target_identity", "target_name",
            "source_country", "target_country", "place_id", "place_name", "place_country", "lat", "lon", "when_value", "event_date", "fatalities",
            "span_start", "span_end", "evidence",
        ],
        ["places"] = ["doc_id", "entity_id", "name", "country", "lat", "lon", "geonames_id"],
        ["findings"] = ["doc_id", "idx", "kind", "severity", "message", "span_start", "span_end", "evidence"],
        ["entity_counts"] = ["type", "identity", "documents", "mentions"],
        ["speaker_counts"] = ["identity", "quotes"],
    };

    public RecordRows(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Record = record;
        var d = record.Document;
        string id = d.Id;
        DocumentId = id;
        Source = d.Source;
        Pipeline = PipelineKey(record.Pipeline);
        string? date = d.Published ?? d.PublishedInferred?.Value;
        Add("documents", id, d.Source, d.Title, d.Author, d.Published, d.PublishedInferred?.Value, date, d.Text, PipelineKey(record.Pipeline), WithoutText(record));

        var identities = new Dictionary<string, (string Identity, string Name)>(StringComparer.Ordinal);
        foreach (var e in record.Entities)
        {
            string identity = EntityIdentity.Of(e, id);
            identities[e.Id] = (identity, e.Name);
            if (!e.Described)
            {
                Add("identities", identity, e.Type, e.Name, EntityIdentity.Normalize(e.Name), e.KbId);
            }

            var first = e.Mentions.Count > 0 ? e.Mentions[0] : null;
            Add("entities", id, e.Id, identity, e.Type, e.Name, e.KbId, (long)e.Mentions.Count, first?.Start, first?.End);
            foreach (var m in e.Mentions)
            {
                Add("mentions", id, e.Id, (long)m.Start, (long)m.End, m.Text);
            }
        }

        // This document's share of the per-identity counts (added to the stored counts on insert).
        // Described actors ("police") are counted nowhere: they name no one (`sitrep query orgs` lists names).
        foreach (var g in record.Entities.Where(e => !e.Described).GroupBy(e => (e.Type, Identity: identities[e.Id].Identity)))
        {
            Add("entity_counts", g.Key.Type, g.Key.Identity, (long)g.Count(), (long)g.Sum(e => e.Mentions.Count));
        }

        foreach (var g in record.Quotes.Select(q => q.Speaker is { } s && identities.TryGetValue(s, out var i) ? i.Identity : null).OfType<string>().GroupBy(x => x, StringComparer.Ordinal))
        {
            Add("speaker_counts", g.Key, (long)g.Count());
        }

        foreach (var q in record.Quotes)
        {
            string? who = q.Speaker is { } s && identities.TryGetValue(s, out var i) ? i.Identity : null;
            Add("quotes", id, q.Id, q.Text, (long)q.Start, (long)q.End, q.Kind, q.Speaker, who, q.SpeakerName, q.Cue, q.Confidence,
                q.SpeakerPrincipal, q.SpeakerPrincipalName);
        }

        for (int k = 0; k < record.Times.Count; k++)
        {
            var t = record.Times[k];
            Add("times", id, (long)k, t.Text, (long)t.Start, (long)t.End, t.Type, t.Value, t.Anchor);
        }

        for (int k = 0; k < record.Quantities.Count; k++)
        {
            var q = record.Quantities[k];
            Add("quantities", id, (long)k, q.Text, (long)q.Start, (long)q.End, q.Kind, q.Value, q.Unit, q.Qualifier, q.Counts);
        }

        foreach (var r in EventRow.Of(record))
        {
            var e = r.Event;
            Add(
                "events", id, e.Id, e.Type, e.Mode, e.Cameo, e.Source, r.SourceIdentity, r.SourceName, e.Target, r.TargetIdentity, r.TargetName,
                e.SourceCountry, e.TargetCountry, e.Where, r.PlaceName, r.Place?.Country, r.Place?.Lat, r.Place?.Lon,
                e.When, r.Date, r.Fatalities, (long)e.Evidence.Start, (long)e.Evidence.End, r.Evidence);
        }

        var places = record.Places.GroupBy(p => p.Entity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var p in places.Values)
        {
            Add("places", id, p.Entity, p.Name, p.Country, p.Lat, p.Lon, p.GeonamesId);
        }

        for (int k = 0; k < record.Findings.Count; k++)
        {
            var f = record.Findings[k];
            var first = f.Evidence.Count > 0 ? f.Evidence[0] : null;
            Add("findings", id, (long)k, f.Kind, f.Severity, f.Message, first?.Start, first?.End,
                JsonSerializer.Serialize(f.Evidence, StoreJsonContext.Default.IReadOnlyListRecordSpan));
        }
    }

    public string DocumentId { get; }

    /// <summary>The record the rows come from (the incident step reads its events' figures).</summary>
    public SitrepRecord Record { get; }

    public string Source { get; }

    /// <summary>The record's <see cref="PipelineKey"/>.</summary>
    public string Pipeline { get; }

    /// <summary>(table, values) in insert order: the document first.</summary>
    public List<(string Table, object?[] Values)> Rows { get; } = [];

    /// <summary>What a stored document's <c>pipeline</c> column holds: the full fingerprint, one string.</summary>
    public static string PipelineKey(PipelineFingerprint? p) => p?.Key ?? "";

    /// <summary>The record as stored: its JSON without the document text (which has its own column).</summary>
    public static string WithoutText(SitrepRecord record)
        => RecordWriter.ToJson(record with { Document = record.Document with { Text = "" } }, indented: false);

    /// <summary>The record back from its stored JSON and text.</summary>
    public static SitrepRecord Restore(string json, string text)
    {
        var r = RecordWriter.Read(json);
        return r with { Document = r.Document with { Text = text } };
    }

    private void Add(string table, params object?[] values) => Rows.Add((table, values));
}
