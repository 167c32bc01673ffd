using Sitrep.Core.Record;

namespace Sitrep.Store.Tests;

/// <summary>Small hand-written records (no pipeline run: the store tests stay fast and self-contained).</summary>
internal static class Records
{
    public static readonly PipelineFingerprint Pipeline = new("a.v1+b.v1", "m1", "k1", "c1");

    public static SitrepRecord Article(string source, string text, string? published = "2025-03-04", PipelineFingerprint? pipeline = null)
    {
        int kim = text.IndexOf("Anna Kim", StringComparison.Ordinal);
        int army = text.IndexOf("the army", StringComparison.Ordinal);
        int town = text.IndexOf("Harbourtown", StringComparison.Ordinal);
        int quote = text.IndexOf('“', StringComparison.Ordinal);
        int quoteEnd = text.IndexOf('”', StringComparison.Ordinal) + 1;
        var entities = new List<RecordEntity>();
        if (kim >= 0)
        {
            entities.Add(new RecordEntity { Id = "e1", Type = "PERSON", Name = "Anna Kim", Mentions = [new RecordMention(kim, kim + 8, "Anna Kim")] });
        }

        if (army >= 0)
        {
            entities.Add(new RecordEntity { Id = "e2", Type = "ORG", Name = "Army", KbId = "Q42", Mentions = [new RecordMention(army, army + 8, "the army")] });
        }

        if (town >= 0)
        {
            entities.Add(new RecordEntity { Id = "e3", Type = "GPE", Name = "Harbourtown", Mentions = [new RecordMention(town, town + 11, "Harbourtown")] });
        }

        return new SitrepRecord
        {
            Document = new RecordDocument { Id = RecordWriter.DocumentId(text), Source = source, Title = text[..text.IndexOf('.', StringComparison.Ordinal)], Published = published, Text = text },
            Entities = entities,
            Quotes = quote >= 0 ? [new RecordQuote { Id = "q1", Text = text[quote..quoteEnd], Start = quote, End = quoteEnd, Kind = "direct", Speaker = kim >= 0 ? "e1" : null, SpeakerName = kim >= 0 ? "Anna Kim" : null, Confidence = 0.9 }] : [],
            Times = [new RecordTime("Tuesday", 0, 0, "DATE", "2025-03-04", "published")],
            Quantities = [new RecordQuantity("12 people", 0, 0, "count", 12, null, "at_least", "killed")],
            Events = army >= 0 ? [new RecordEvent { Id = "v1", Type = "ASSAULT", Source = "e2", Where = town >= 0 ? "e3" : null, When = "2025-03-03", Quantities = [0], Evidence = new RecordSpan(army, army + 8) }] : [],
            Places = town >= 0 ? [new RecordPlace("e3", "Harbourtown", "MLT", 35.9, 14.5, 12345)] : [],
            Findings = [new RecordFinding { Kind = "date_conflict", Severity = "warning", Message = "Two dates.", Evidence = [new RecordSpan(0, 4)] }],
            Pipeline = pipeline ?? Pipeline,
        };
    }

    /// <summary>The record with its quote's speaker speaking for <paramref name="principal"/> (an entity of the record), as "Kim's spokesman" would.</summary>
    public static SitrepRecord WithPrincipal(SitrepRecord record, string principal)
    {
        var entity = record.Entities.First(e => e.Id == principal);
        return record with { Quotes = [.. record.Quotes.Select(q => q with { SpeakerPrincipal = entity.Id, SpeakerPrincipalName = entity.Name })] };
    }

    public const string First = "Shelling in Harbourtown. Anna Kim said “the army shelled the port at dawn” on Tuesday.";
    public const string Second = "Talks resume. Anna Kim met envoys; “we are close to a deal,” she said.";
    public const string Third = "Quiet day. Nothing happened in the capital.";
}
