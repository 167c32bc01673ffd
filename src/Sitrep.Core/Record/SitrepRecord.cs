namespace Sitrep.Core.Record;

// The sitrep/1 record as types (see output-contract.md). Property order is the JSON order; names are written in
// snake_case by RecordJson. Every list is always present (never null). To add a field, add a property where it should
// appear: it is serialised, deserialised and stored without further code.

/// <summary>One article's record: the document and every item found in it, each with its evidence span.</summary>
public sealed record SitrepRecord
{
    /// <summary>The record's schema version, "sitrep/1".</summary>
    public string Schema { get; init; } = RecordWriter.Schema;

    public RecordDocument Document { get; init; } = new();

    public IReadOnlyList<RecordEntity> Entities { get; init; } = [];

    public IReadOnlyList<RecordQuote> Quotes { get; init; } = [];

    public IReadOnlyList<RecordTime> Times { get; init; } = [];

    public IReadOnlyList<RecordQuantity> Quantities { get; init; } = [];

    public IReadOnlyList<RecordEvent> Events { get; init; } = [];

    public IReadOnlyList<RecordPlace> Places { get; init; } = [];

    public IReadOnlyList<RecordFinding> Findings { get; init; } = [];

    /// <summary>A reviewer's corrections, beside the machine's reading: only in exports made with corrections (absent otherwise).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RecordCorrection>? Corrections { get; init; }

    /// <summary>What produced the record: components, models, knowledge base and code version.</summary>
    public PipelineFingerprint? Pipeline { get; init; }
}

/// <summary>A character span into <c>document.text</c> (UTF-16 code units, end exclusive).</summary>
public sealed record RecordSpan(int Start, int End);

public sealed record RecordDocument
{
    /// <summary>The content id: the first 16 hex digits of the SHA-256 of the normalized text.</summary>
    public string Id { get; init; } = "";

    public string Source { get; init; } = "";

    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>YYYY-MM-DD as given or stated, or null.</summary>
    public string? Published { get; init; }

    public RecordInferredDate? PublishedInferred { get; init; }

    public string Language { get; init; } = "en";

    public string? Author { get; init; }

    public string? Dateline { get; init; }

    public string Text { get; init; } = "";

    public IReadOnlyList<RecordSection> Sections { get; init; } = [];

    public IReadOnlyList<RecordEmbeddedPost> EmbeddedPosts { get; init; } = [];

    public IReadOnlyList<RecordPullQuote> PullQuotes { get; init; } = [];
}

public sealed record RecordInferredDate(string Value, string Basis);

public sealed record RecordSection(string Heading, int Start, int End, RecordSpan HeadingSpan);

public sealed record RecordEmbeddedPost(string? Author, string? Handle, string? Date, string? Platform, int Start, int End, RecordSpan TextSpan);

public sealed record RecordPullQuote(string Text, string? Attribution, int Start, int End);

public sealed record RecordEntity
{
    public string Id { get; init; } = "";

    /// <summary>PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, LAW, WORK_OF_ART or MISC.</summary>
    public string Type { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>A stable knowledge-base id (a Wikidata Q-id) when the entity is linked; absent otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? KbId { get; init; }

    public IReadOnlyList<RecordMention> Mentions { get; init; } = [];

    public IReadOnlyList<RecordRole> Roles { get; init; } = [];

    /// <summary>True for an actor the text describes without naming ("police", "three judges"); absent for a name.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Described { get; init; }

    /// <summary>The Phoenix agent code of a described actor's head noun (COP, JUD, GOV …); absent for a name.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Agent { get; init; }
}

public sealed record RecordMention(int Start, int End, string Text);

public sealed record RecordRole(string Title, string? Of, int Start, int End);

public sealed record RecordQuote
{
    public string Id { get; init; } = "";

    public string Text { get; init; } = "";

    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>direct, partial, indirect, embedded_post or pull_quote.</summary>
    public string Kind { get; init; } = "";

    public string? Speaker { get; init; }

    public string? SpeakerName { get; init; }

    /// <summary>The entity the speaker speaks for ("Blair" in "Tony Blair's official spokesman"); absent when none is named.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? SpeakerPrincipal { get; init; }

    /// <summary>The principal's canonical name; absent when no principal is named.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? SpeakerPrincipalName { get; init; }

    public RecordSpan? SpeakerSpan { get; init; }

    public string? Cue { get; init; }

    public double Confidence { get; init; }
}

public sealed record RecordTime(string Text, int Start, int End, string Type, string Value, string Anchor);

public sealed record RecordQuantity(string Text, int Start, int End, string Kind, double Value, string? Unit, string Qualifier, string? Counts);

public sealed record RecordEvent
{
    public string Id { get; init; } = "";

    /// <summary>The PLOVER category.</summary>
    public string Type { get; init; } = "";

    public string? Mode { get; init; }

    public string? Cameo { get; init; }

    public string? Source { get; init; }

    public string? Target { get; init; }

    public string? SourceCountry { get; init; }

    public string? TargetCountry { get; init; }

    public string? Where { get; init; }

    public string? When { get; init; }

    /// <summary>Indexes into the record's quantities.</summary>
    public IReadOnlyList<int> Quantities { get; init; } = [];

    public RecordSpan Evidence { get; init; } = new(0, 0);
}

public sealed record RecordPlace(string Entity, string Name, string? Country, double? Lat, double? Lon, long? GeonamesId);

public sealed record RecordFinding
{
    public string Kind { get; init; } = "";

    /// <summary>error, warning or info.</summary>
    public string Severity { get; init; } = "";

    public string Message { get; init; } = "";

    public IReadOnlyList<RecordSpan> Evidence { get; init; } = [];
}

/// <summary>
/// A reviewer's verdict on one item of a record: <see cref="Action"/> "wrong" (the item should not be there) or
/// "correct" (<see cref="Field"/> should read <see cref="Value"/>). <see cref="Machine"/> keeps what the machine read.
/// </summary>
public sealed record RecordCorrection
{
    /// <summary>The store's id of the correction.</summary>
    public long Id { get; init; }

    /// <summary>The item's kind: entity, quote, time, quantity, event, place or finding.</summary>
    public string Item { get; init; } = "";

    /// <summary>The item's id (entities, quotes, events), its place entity id (places) or its index (times, quantities, findings).</summary>
    public string ItemId { get; init; } = "";

    /// <summary>wrong or correct.</summary>
    public string Action { get; init; } = "";

    /// <summary>What is corrected: speaker (quotes), type or place (events), place (places); null for wrong.</summary>
    public string? Field { get; init; }

    /// <summary>The machine's value of the field (or the item's text when the whole item is marked wrong).</summary>
    public string? Machine { get; init; }

    /// <summary>The value the reviewer gives; null for wrong.</summary>
    public string? Value { get; init; }

    public string? Note { get; init; }

    /// <summary>When it was made, ISO 8601 UTC.</summary>
    public string Created { get; init; } = "";
}
