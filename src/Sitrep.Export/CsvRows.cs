using CsvHelper.Configuration.Attributes;

namespace Sitrep.Export;

// The rows of the CSV tables, one class per item kind. Property order is column order. Every row carries its
// document id and its evidence: the span (UTF-16 offsets into document.text, end exclusive) and the text of it.

/// <summary>The CSV tables: one per item kind.</summary>
public enum CsvKind
{
    Documents,
    Entities,
    Mentions,
    Quotes,
    Times,
    Quantities,
    Events,
    Places,
    Findings,
}

/// <summary>A document; its evidence is its whole text.</summary>
public sealed class CsvDocumentRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("source")] public string Source { get; set; } = "";
    [Name("title")] public string? Title { get; set; }
    [Name("subtitle")] public string? Subtitle { get; set; }
    [Name("published")] public string? Published { get; set; }
    [Name("published_inferred")] public string? PublishedInferred { get; set; }
    [Name("author")] public string? Author { get; set; }
    [Name("dateline")] public string? Dateline { get; set; }
    [Name("language")] public string Language { get; set; } = "";
    [Name("entities")] public int Entities { get; set; }
    [Name("quotes")] public int Quotes { get; set; }
    [Name("events")] public int Events { get; set; }
    [Name("findings")] public int Findings { get; set; }
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}

/// <summary>An entity; its evidence is its first mention.</summary>
public sealed class CsvEntityRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("entity_id")] public string EntityId { get; set; } = "";
    [Name("type")] public string Type { get; set; } = "";
    [Name("name")] public string Name { get; set; } = "";
    [Name("kb_id")] public string? KbId { get; set; }
    [Name("mentions")] public int Mentions { get; set; }
    [Name("roles")] public string? Roles { get; set; }
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}

/// <summary>One mention of an entity.</summary>
public sealed class CsvMentionRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("entity_id")] public string EntityId { get; set; } = "";
    [Name("type")] public string Type { get; set; } = "";
    [Name("name")] public string Name { get; set; } = "";
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}

/// <summary>A quote; its evidence is the quoted text.</summary>
public sealed class CsvQuoteRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("quote_id")] public string QuoteId { get; set; } = "";
    [Name("kind")] public string Kind { get; set; } = "";
    [Name("speaker")] public string? Speaker { get; set; }
    [Name("speaker_name")] public string? SpeakerName { get; set; }
    [Name("speaker_principal")] public string? SpeakerPrincipal { get; set; }
    [Name("speaker_principal_name")] public string? SpeakerPrincipalName { get; set; }
    [Name("cue")] public string? Cue { get; set; }
    [Name("confidence")] public double Confidence { get; set; }
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}

/// <summary>A time expression and its resolved TIMEX3 value.</summary>
public sealed class CsvTimeRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("index")] public int Index { get; set; }
    [Name("type")] public string Type { get; set; } = "";
    [Name("value")] public string Value { get; set; } = "";
    [Name("anchor")] public string Anchor { get; set; } = "";
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}

/// <summary>A quantity; <see cref="Index"/> is what events' <c>quantities</c> refer to.</summary>
public sealed class CsvQuantityRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("index")] public int Index { get; set; }
    [Name("kind")] public string Kind { get; set; } = "";
    [Name("value")] public double Value { get; set; }
    [Name("unit")] public string? Unit { get; set; }
    [Name("qualifier")] public string Qualifier { get; set; } = "";
    [Name("counts")] public string? Counts { get; set; }
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}

/// <summary>A PLOVER event with its actors' and place's names resolved.</summary>
public sealed class CsvEventRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("event_id")] public string EventId { get; set; } = "";
    [Name("type")] public string Type { get; set; } = "";
    [Name("mode")] public string? Mode { get; set; }
    [Name("cameo")] public string? Cameo { get; set; }
    [Name("source")] public string? Source { get; set; }
    [Name("source_name")] public string? SourceName { get; set; }
    [Name("source_country")] public string? SourceCountry { get; set; }
    [Name("target")] public string? Target { get; set; }
    [Name("target_name")] public string? TargetName { get; set; }
    [Name("target_country")] public string? TargetCountry { get; set; }
    [Name("where")] public string? Where { get; set; }
    [Name("where_name")] public string? WhereName { get; set; }
    [Name("when")] public string? When { get; set; }
    [Name("killed")] public int? Killed { get; set; }
    [Name("quantities")] public string? Quantities { get; set; }
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}

/// <summary>A place (a GPE or LOC entity found in the gazetteer); its evidence is the entity's first mention.</summary>
public sealed class CsvPlaceRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("entity_id")] public string EntityId { get; set; } = "";
    [Name("name")] public string Name { get; set; } = "";
    [Name("country")] public string? Country { get; set; }
    [Name("lat")] public double? Lat { get; set; }
    [Name("lon")] public double? Lon { get; set; }
    [Name("geonames_id")] public long? GeonamesId { get; set; }
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}

/// <summary>A finding; its span is its first evidence span, its evidence the text of every span joined by " … ".</summary>
public sealed class CsvFindingRow
{
    [Name("doc_id")] public string DocId { get; set; } = "";
    [Name("index")] public int Index { get; set; }
    [Name("kind")] public string Kind { get; set; } = "";
    [Name("severity")] public string Severity { get; set; } = "";
    [Name("message")] public string Message { get; set; } = "";
    [Name("evidence_start")] public int EvidenceStart { get; set; }
    [Name("evidence_end")] public int EvidenceEnd { get; set; }
    [Name("evidence")] public string Evidence { get; set; } = "";
}
