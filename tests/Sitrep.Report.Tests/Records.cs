using Sitrep.Core.Record;

namespace Sitrep.Report.Tests;

/// <summary>
/// Records written by hand for the tests: an article text and items whose spans are found in it by their words, so
/// that a test states what the record holds without counting offsets.
/// </summary>
internal sealed class RecordBuilder(string id, string title, string published, string text)
{
    private readonly List<RecordEntity> _entities = [];
    private readonly List<RecordQuote> _quotes = [];
    private readonly List<RecordTime> _times = [];
    private readonly List<RecordQuantity> _quantities = [];
    private readonly List<RecordEvent> _events = [];
    private readonly List<RecordPlace> _places = [];
    private readonly List<RecordFinding> _findings = [];

    public RecordSpan Span(string words, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(words, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{words}' is not in the test article");
        }

        return new RecordSpan(at, at + words.Length);
    }

    /// <summary>An entity; a mention's words repeated in <paramref name="mentions"/> are their next occurrences in the text.</summary>
    public string Entity(string type, string name, string? kb, params string[] mentions)
    {
        string eid = "e" + (_entities.Count + 1);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        _entities.Add(new RecordEntity
        {
            Id = eid, Type = type, Name = name, KbId = kb,
            Mentions = [.. mentions.Select(m =>
            {
                int n = seen.GetValueOrDefault(m);
                seen[m] = n + 1;
                var s = Span(m, n);
                return new RecordMention(s.Start, s.End, m);
            })],
        });
        return eid;
    }

    public void Place(string entity, string name, string country, double lat, double lon, long geonames)
        => _places.Add(new RecordPlace(entity, name, country, lat, lon, geonames));

    public void Quote(string words, string kind, string? speaker, string? speakerName, string? speakerWords, double confidence = 0.8)
    {
        var s = Span(words);
        _quotes.Add(new RecordQuote
        {
            Id = "q" + (_quotes.Count + 1), Text = words, Start = s.Start, End = s.End, Kind = kind, Speaker = speaker, SpeakerName = speakerName,
            SpeakerSpan = speakerWords is null ? null : Span(speakerWords), Cue = "said", Confidence = confidence,
        });
    }

    public void Time(string words, string value)
    {
        var s = Span(words);
        _times.Add(new RecordTime(words, s.Start, s.End, "DATE", value, "published"));
    }

    public int Quantity(string words, string kind, double value, string? unit, string qualifier, string? counts)
    {
        var s = Span(words);
        _quantities.Add(new RecordQuantity(words, s.Start, s.End, kind, value, unit, qualifier, counts));
        return _quantities.Count - 1;
    }

    public void Event(string type, string? source, string? target, string? where, string? when, string evidence, params int[] quantities)
        => _events.Add(new RecordEvent
        {
            Id = "v" + (_events.Count + 1), Type = type, Source = source, Target = target, Where = where, When = when,
            Quantities = quantities, Evidence = Span(evidence),
        });

    public void Finding(string kind, string message, params string[] evidence)
        => _findings.Add(new RecordFinding { Kind = kind, Severity = "warning", Message = message, Evidence = [.. evidence.Select(e => Span(e))] });

    public SitrepRecord Build() => new()
    {
        Document = new RecordDocument { Id = id, Source = id + ".txt", Title = title, Published = published, Text = text },
        Entities = _entities, Quotes = _quotes, Times = _times, Quantities = _quantities, Events = _events, Places = _places, Findings = _findings,
    };
}

/// <summary>Two articles of one story that disagree on the dead, and one that agrees on the aid.</summary>
internal static class Story
{
    public const string TextA =
        "Shelling Hits Marisol\n" +
        "Rebel forces shelled the port of Marisol on Sunday, killing at least 14 civilians, officials said.\n" +
        "\"We will hold the line whatever it costs,\" said General Ana Ruiz, the army commander.\n" +
        "The Relief Fund pledged $3.5 million to the city on Monday.\n";

    public const string TextB =
        "Marisol Counts Its Dead\n" +
        "Rebels shelled Marisol on Sunday and 22 people were killed, the health office said.\n" +
        "General Ana Ruiz said the army would hold the line. \"The city will not fall,\" Ruiz told reporters.\n" +
        "The Relief Fund pledged $3.5 million to the city on Monday.\n";

    public static SitrepRecord A()
    {
        var r = new RecordBuilder("aaaa000000000001", "Shelling Hits Marisol", "2025-03-03", TextA);
        string marisol = r.Entity("GPE", "Marisol", null, "Marisol", "Marisol");
        string rebels = r.Entity("ORG", "Rebel forces", null, "Rebel forces");
        string ruiz = r.Entity("PERSON", "Ana Ruiz", "Q999001", "General Ana Ruiz");
        string fund = r.Entity("ORG", "Relief Fund", null, "Relief Fund");
        r.Place(marisol, "Marisol", "MLT", 35.9, 14.5, 1234);
        r.Time("Sunday", "2025-03-02");
        r.Time("Monday", "2025-03-03");
        int killed = r.Quantity("at least 14 civilians", "count", 14, null, "at_least", "killed");
        int money = r.Quantity("$3.5 million", "money", 3_500_000, "USD", "exact", null);
        r.Event("ASSAULT", rebels, marisol, marisol, "2025-03-02", "Rebel forces shelled the port of Marisol on Sunday, killing at least 14 civilians, officials said.", killed);
        r.Event("AID", fund, marisol, null, "2025-03-03", "The Relief Fund pledged $3.5 million to the city on Monday.", money);
        r.Quote("We will hold the line whatever it costs,", "direct", ruiz, "Ana Ruiz", "General Ana Ruiz");
        r.Finding("numeric_conflict", "Two counts of the dead are given for one shelling.", "at least 14 civilians");
        return r.Build();
    }

    public static SitrepRecord B()
    {
        var r = new RecordBuilder("bbbb000000000002", "Marisol Counts Its Dead", "2025-03-03", TextB);
        string marisol = r.Entity("GPE", "Marisol", null, "Marisol", "Marisol");
        string rebels = r.Entity("ORG", "Rebel forces", null, "Rebels");
        string ruiz = r.Entity("PERSON", "Ana Ruiz", "Q999001", "General Ana Ruiz", "Ruiz");
        string fund = r.Entity("ORG", "Relief Fund", null, "Relief Fund");
        r.Place(marisol, "Marisol", "MLT", 35.9, 14.5, 1234);
        r.Time("Sunday", "2025-03-02");
        r.Time("Monday", "2025-03-03");
        int killed = r.Quantity("22 people were killed", "count", 22, null, "exact", "killed");
        int money = r.Quantity("$3.5 million", "money", 3_500_000, "USD", "exact", null);
        r.Event("ASSAULT", rebels, marisol, marisol, "2025-03-02", "Rebels shelled Marisol on Sunday and 22 people were killed, the health office said.", killed);
        r.Event("AID", fund, marisol, null, "2025-03-03", "The Relief Fund pledged $3.5 million to the city on Monday.", money);
        r.Quote("The city will not fall,", "direct", ruiz, "Ana Ruiz", "Ruiz");
        r.Quote("the army would hold the line", "indirect", ruiz, "Ana Ruiz", "General Ana Ruiz", 0.6);
        return r.Build();
    }
}
