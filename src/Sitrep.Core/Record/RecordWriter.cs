using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Record;

/// <summary>
/// Writes a document as the sitrep/1 JSON record (see output-contract.md): every top-level array is
/// present even when empty, offsets are UTF-16 indexes into document.text.
/// </summary>
public static class RecordWriter
{
    public const string Schema = "sitrep/1";

    private static readonly JsonWriterOptions s_indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions s_compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record as a JSON string, indented or on one line.</summary>
    public static string ToJson(Document document, bool indented)
    {
        using var stream = new MemoryStream();
        Write(document, stream, indented);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the record to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(Document document, Stream stream, bool indented)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var w = new Utf8JsonWriter(stream, indented ? s_indented : s_compact);
        Write(document, w);
    }

    /// <summary>The document id: the first 16 hex digits of the SHA-256 of the normalized text.</summary>
    public static string DocumentId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static void Write(Document doc, Utf8JsonWriter w)
    {
        var structure = doc.GetOrDefault(Layers.Structure, new ArticleStructure());
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        WriteDocument(doc, structure, w);
        WriteEntities(doc.GetOrDefault(Layers.Entities, []), doc, w);
        WriteQuotes(doc.GetOrDefault(Layers.Quotes, []), doc, w);
        WriteTimes(doc.GetOrDefault(Layers.Times, []), doc, w);
        WriteQuantities(doc.GetOrDefault(Layers.Quantities, []), doc, w);
        WriteEvents(doc.GetOrDefault(Layers.Events, []), w);
        WritePlaces(doc.GetOrDefault(Layers.Places, []), w);
        WriteFindings(doc.GetOrDefault(Layers.Findings, []), w);
        w.WriteEndObject();
    }

    private static void WriteDocument(Document doc, ArticleStructure s, Utf8JsonWriter w)
    {
        w.WriteStartObject("document");
        w.WriteString("id", DocumentId(doc.Text));
        w.WriteString("source", doc.Input.Source);
        w.WriteString("title", s.Title?.Text ?? doc.Input.Title);
        w.WriteString("subtitle", s.Subtitle?.Text);
        WriteDate(w, "published", DocumentDates.Published(doc));
        if (doc.TryGet(Layers.PublishedInferred, out var inferred) && doc.Input.GivenPublished is null && s.Published is null)
        {
            w.WriteStartObject("published_inferred");
            w.WriteString("value", Iso(inferred.Value));
            w.WriteString("basis", inferred.Basis);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("published_inferred");
        }

        w.WriteString("language", "en");
        w.WriteString("author", s.Byline?.Text is { } by ? StripBy(by) : doc.Input.Author);
        w.WriteString("dateline", s.Dateline?.Text);
        w.WriteString("text", doc.Text);

        w.WriteStartArray("sections");
        foreach (var section in s.Sections)
        {
            w.WriteStartObject();
            w.WriteString("heading", section.Heading.Text);
            WriteRange(w, section.Range);
            w.WritePropertyName("heading_span");
            WriteRangeObject(w, section.Heading.Range);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("embedded_posts");
        foreach (var post in s.EmbeddedPosts)
        {
            w.WriteStartObject();
            w.WriteString("author", post.Author?.Text);
            w.WriteString("handle", post.Handle?.Text);
            WriteDate(w, "date", post.Date);
            w.WriteString("platform", post.Platform);
            WriteRange(w, post.Range);
            w.WritePropertyName("text_span");
            WriteRangeObject(w, post.TextRange);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("pull_quotes");
        foreach (var pull in s.PullQuotes)
        {
            w.WriteStartObject();
            w.WriteString("text", doc.TextOf(pull.TextRange));
            w.WriteString("attribution", pull.Attribution?.Text);
            WriteRange(w, pull.Range);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string StripBy(string byline) => byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline[3..].Trim() : byline;

    private static void WriteEntities(IReadOnlyList<Entity> entities, Document doc, Utf8JsonWriter w)
    {
        var links = doc.GetOrDefault(Layers.EntityLinks, new Dictionary<string, string>());
        w.WriteStartArray("entities");
        foreach (var e in entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", TypeName(e.Type));
            w.WriteString("name", e.Name);
            if ((e.KbId ?? links.GetValueOrDefault(e.Id)) is { } kb)
            {
                w.WriteString("kb_id", kb);
            }

            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                WriteRange(w, m);
                w.WriteString("text", doc.TextOf(m));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("roles");
            foreach (var r in e.Roles)
            {
                w.WriteStartObject();
                w.WriteString("title", r.Title);
                w.WriteString("of", r.Of);
                WriteRange(w, r.Range);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteQuotes(IReadOnlyList<Quote> quotes, Document doc, Utf8JsonWriter w)
    {
        w.WriteStartArray("quotes");
        foreach (var q in quotes)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteString("text", doc.TextOf(q.Range));
            WriteRange(w, q.Range);
            w.WriteString("kind", q.Kind switch
            {
                QuoteKind.Direct => "direct",
                QuoteKind.Partial => "partial",
                QuoteKind.Indirect => "indirect",
                QuoteKind.EmbeddedPost => "embedded_post",
                _ => "pull_quote",
            });
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speaker_name", q.SpeakerName);
            if (q.SpeakerPrincipal is not null || q.SpeakerPrincipalName is not null)
            {
                w.WriteString("speaker_principal", q.SpeakerPrincipal);
                w.WriteString("speaker_principal_name", q.SpeakerPrincipalName);
            }

            w.WritePropertyName("speaker_span");
            if (q.SpeakerRange is { } sr)
            {
                WriteRangeObject(w, sr);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteString("cue", q.Cue);
            w.WriteNumber("confidence", Math.Round(q.Confidence, 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTimes(IReadOnlyList<TimeExpression> times, Document doc, Utf8JsonWriter w)
    {
        w.WriteStartArray("times");
        foreach (var t in times)
        {
            w.WriteStartObject();
            w.WriteString("text", doc.TextOf(t.Range));
            WriteRange(w, t.Range);
            w.WriteString("type", t.Type.ToString().ToUpperInvariant());
            w.WriteString("value", t.Value);
            w.WriteString("anchor", t.Anchor.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteQuantities(IReadOnlyList<Quantity> quantities, Document doc, Utf8JsonWriter w)
    {
        w.WriteStartArray("quantities");
        foreach (var q in quantities)
        {
            w.WriteStartObject();
            w.WriteString("text", doc.TextOf(q.Range));
            WriteRange(w, q.Range);
            w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            w.WriteString("qualifier", q.Qualifier switch
            {
                Qualifier.AtLeast => "at_least",
                Qualifier.AtMost => "at_most",
                _ => q.Qualifier.ToString().ToLowerInvariant(),
            });
            w.WriteString("counts", q.Counts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteEvents(IReadOnlyList<NewsEvent> events, Utf8JsonWriter w)
    {
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            w.WriteString("mode", e.Mode);
            w.WriteString("cameo", e.Cameo);
            w.WriteString("source", e.Source);
            w.WriteString("target", e.Target);
            w.WriteString("source_country", e.SourceCountry);
            w.WriteString("target_country", e.TargetCountry);
            w.WriteString("where", e.Where);
            w.WriteString("when", e.When);
            w.WriteStartArray("quantities");
            foreach (int q in e.Quantities)
            {
                w.WriteNumberValue(q);
            }

            w.WriteEndArray();
            w.WritePropertyName("evidence");
            WriteRangeObject(w, e.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WritePlaces(IReadOnlyList<Place> places, Utf8JsonWriter w)
    {
        w.WriteStartArray("places");
        foreach (var p in places)
        {
            w.WriteStartObject();
            w.WriteString("entity", p.Entity);
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            WriteNumber(w, "lat", p.Lat);
            WriteNumber(w, "lon", p.Lon);
            if (p.GeonamesId is { } id)
            {
                w.WriteNumber("geonames_id", id);
            }
            else
            {
                w.WriteNull("geonames_id");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFindings(IReadOnlyList<Finding> findings, Utf8JsonWriter w)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("kind", f.Kind);
            w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            w.WriteString("message", f.Message);
            w.WriteStartArray("evidence");
            foreach (var r in f.Evidence)
            {
                WriteRangeObject(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The contract's name of an entity type (PERSON, ORG, GPE, …).</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        EntityType.Event => "EVENT",
        EntityType.Product => "PRODUCT",
        EntityType.Law => "LAW",
        EntityType.WorkOfArt => "WORK_OF_ART",
        _ => "MISC",
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } value)
        {
            w.WriteString(name, Iso(value));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteRange(Utf8JsonWriter w, CharRange r)
    {
        w.WriteNumber("start", r.Start);
        w.WriteNumber("end", r.End);
    }

    private static void WriteRangeObject(Utf8JsonWriter w, CharRange r)
    {
        w.WriteStartObject();
        WriteRange(w, r);
        w.WriteEndObject();
    }
}
