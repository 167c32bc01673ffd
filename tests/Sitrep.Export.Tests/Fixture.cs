using Sitrep.Core.Record;

namespace Sitrep.Export.Tests;

/// <summary>A record written for these tests: evidence with commas, quotes, a tab and line breaks.</summary>
internal static class Fixture
{
    public const string Text =
        "Shelling Hits Kars\n" +
        "Rebels said \"we will fight, and win\" as shelling hit Kars,\nkilling 12 people; the toll later rose to 15.\n" +
        "Officials from Romania met Turkish\tenvoys in Ankara on Monday.\n" +
        "Police arrested 3 protesters, the ministry said.\n";

    public static int At(string s) => Text.IndexOf(s, StringComparison.Ordinal);

    public static RecordSpan Span(string s) => new(At(s), At(s) + s.Length);

    public static RecordMention Mention(string s) => new(At(s), At(s) + s.Length, s);

    public static RecordQuantity Quantity(string s, double value, string? counts)
        => new(s, At(s), At(s) + s.Length, "count", value, null, "exact", counts);

    public static SitrepRecord Record(string source = "feeds/kars,report.txt") => new()
    {
        Document = new RecordDocument
        {
            Id = "0123456789abcdef",
            Source = source,
            Title = "Shelling Hits Kars",
            Published = "2025-03-03",
            Text = Text,
        },
        Entities =
        [
            new RecordEntity { Id = "e1", Type = "ORG", Name = "Rebels", Mentions = [Mention("Rebels")] },
            new RecordEntity { Id = "e2", Type = "GPE", Name = "Kars", Mentions = [Mention("Kars,")] },
            new RecordEntity { Id = "e3", Type = "NORP", Name = "Turkish\tenvoys", Mentions = [Mention("Turkish\tenvoys")] },
            new RecordEntity { Id = "e4", Type = "GPE", Name = "Turkey", Mentions = [] },
            new RecordEntity { Id = "e5", Type = "ORG", Name = "Police", Mentions = [Mention("Police")] },
        ],
        Quotes =
        [
            new RecordQuote { Id = "q1", Text = "we will fight, and win", Start = At("we will"), End = At("we will") + 22, Kind = "direct", Speaker = "e1", SpeakerName = "Rebels", Cue = "said", Confidence = 0.9 },
        ],
        Times = [new RecordTime("Monday", At("Monday"), At("Monday") + 6, "DATE", "2025-03-03", "published")],
        Quantities =
        [
            Quantity("12 people", 12, "killed"),
            Quantity("15", 15, "killed"),
            Quantity("3 protesters", 3, "arrested"),
        ],
        Events =
        [
            new RecordEvent
            {
                Id = "v1", Type = "ASSAULT", Mode = "heavy-weapons", Source = "e1", SourceCountry = "ROU", Where = "e2", When = "2025-03-02",
                Quantities = [0, 1], Evidence = Span("Rebels said \"we will fight, and win\" as shelling hit Kars,\nkilling 12 people"),
            },
            new RecordEvent
            {
                Id = "v2", Type = "CONSULT", Source = null, SourceCountry = "ROU", Target = "e3", TargetCountry = "TUR", Where = "e4", When = "2025-W10",
                Evidence = Span("Officials from Romania met Turkish\tenvoys"),
            },
            new RecordEvent
            {
                Id = "v3", Type = "COERCE", Mode = "arrest", Source = "e5", Quantities = [2], Evidence = Span("Police arrested 3 protesters"),
            },
            new RecordEvent { Id = "v4", Type = "RETREAT", Cameo = "0871", Evidence = Span("toll later rose") },
        ],
        Places =
        [
            new RecordPlace("e2", "Kars", "TUR", 40.6, 43.1, 743952),
            new RecordPlace("e4", "Turkey", "TUR", null, null, 298795),
        ],
        Findings =
        [
            new RecordFinding { Kind = "numeric_conflict", Severity = "warning", Message = "toll: 12, then 15", Evidence = [Span("12 people"), Span("15")] },
        ],
    };
}
