using Sitrep.Core.Record;
using Sitrep.Store.Incidents;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>Incidents across articles and the contradictions between their sources: the rules, the store step, the queries.</summary>
public sealed class IncidentTests
{
    private static readonly string[] s_filler =
    [
        "Residents said the shooting lasted several minutes before the attackers fled towards the hills on foot.",
        "Shops in the area stayed closed for the rest of the day and the roads were blocked by soldiers.",
        "The regional governor called an emergency meeting and promised that the wounded would be treated free of charge.",
    ];

    /// <summary>A report of an attack on the Harbourtown market: its killed count, its stated day, the publication day, optionally a quote.</summary>
    private static SitrepRecord Report(string source, string lead, int killed, string? when, string published, string? quote = null, string? speaker = null, int filler = 0)
    {
        string text = lead + (quote is null ? "" : $" “{quote},” {speaker} said.") + string.Concat(s_filler.Take(filler).Select(f => " " + f));
        int number = text.IndexOf(killed.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        int town = text.IndexOf("Harbourtown", StringComparison.Ordinal);
        int army = text.IndexOf("the army", StringComparison.Ordinal);
        var entities = new List<RecordEntity>
        {
            new() { Id = "e1", Type = "GPE", Name = "Harbourtown", Mentions = [new RecordMention(town, town + 11, "Harbourtown")] },
            new() { Id = "e2", Type = "ORG", Name = "Army", Mentions = [new RecordMention(army, army + 8, "the army")] },
        };
        var quotes = new List<RecordQuote>();
        if (quote is not null)
        {
            int s = text.IndexOf('“', StringComparison.Ordinal);
            int who = text.IndexOf(speaker!, s, StringComparison.Ordinal);
            entities.Add(new RecordEntity { Id = "e3", Type = "PERSON", Name = speaker!, Mentions = [new RecordMention(who, who + speaker!.Length, speaker)] });
            quotes.Add(new RecordQuote { Id = "q1", Text = text[(s + 1)..text.IndexOf('”', StringComparison.Ordinal)].TrimEnd(','), Start = s, End = text.IndexOf('”', StringComparison.Ordinal) + 1, Kind = "direct", Speaker = "e3", SpeakerName = speaker, Confidence = 0.9 });
        }

        var times = when is null ? new List<RecordTime>() : [new RecordTime(when, text.IndexOf(" on ", StringComparison.Ordinal) + 4, text.IndexOf(" on ", StringComparison.Ordinal) + 10, "DATE", when, "published")];
        return new SitrepRecord
        {
            Document = new RecordDocument { Id = RecordWriter.DocumentId(text), Source = source, Title = "Attack", Published = published, Text = text },
            Entities = entities,
            Quotes = quotes,
            Times = times,
            Quantities = [new RecordQuantity(killed.ToString(System.Globalization.CultureInfo.InvariantCulture), number, number + killed.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, "count", killed, null, "exact", "killed")],
            Events = [new RecordEvent { Id = "v1", Type = "ASSAULT", Source = "e2", Where = "e1", When = when, Quantities = [0], Evidence = new RecordSpan(0, lead.Length) }],
            Places = [new RecordPlace("e1", "Harbourtown", "MLT", 35.9, 14.5, 12345)],
            Pipeline = Records.Pipeline,
        };
    }

    private static SitrepRecord A() => Report("a.txt", "Gunmen from the army killed 12 people at the market in Harbourtown on 2025-03-03.", 12, "2025-03-03", "2025-03-04");

    private static SitrepRecord B(int killed = 12, string when = "2025-03-03", string published = "2025-03-04")
        => Report("b.txt", $"Police in Harbourtown said the army shot dead {killed} people in the market on {when}.", killed, when, published);

    private static SitrepRecord Elsewhere() => Report("c.txt", "The army killed 12 people in Harbourtown on 2025-05-20 in a raid on a farm.", 12, "2025-05-20", "2025-05-21");

    private static IncidentReport Only(SitrepRecord r) => Assert.Single(IncidentReport.Of(r));

    [Fact]
    public void Reports_of_one_attack_are_linked_and_an_attack_months_later_is_not()
    {
        Assert.True(IncidentRules.Linked(Only(A()), Only(B(killed: 15))));
        Assert.False(IncidentRules.Linked(Only(A()), Only(Elsewhere())));
        Assert.False(IncidentRules.Linked(Only(A()), Only(A()))); // one document is one report
        var other = Only(B()) with { PlaceCountry = "ITA", PlaceKey = "g:1" };
        Assert.False(IncidentRules.Linked(Only(A()), other)); // places in two countries
        var lone = Only(B()) with { PlaceKey = null, PlaceCountry = null, StatedDay = null, Figures = [] };
        Assert.False(IncidentRules.Linked(Only(A()), lone)); // the same institution alone is no happening
        var toWhom = Only(A()) with { TargetIdentity = "PERSON:ann lee", PlaceKey = null, PlaceCountry = null, StatedDay = null };
        Assert.True(IncidentRules.Linked(toWhom, lone with { TargetIdentity = "PERSON:ann lee" })); // who did it to whom, both known
        Assert.False(IncidentRules.Linked(toWhom, lone));
        Assert.Equal(["ASSAULT", "COERCE"], IncidentRules.CompatibleTypes("ASSAULT"));
        Assert.Equal(["AGREE", "CONSULT"], IncidentRules.CompatibleTypes("AGREE")); // from Incidents/Data/compatible-categories.tsv
        Assert.Equal(["PROTEST"], IncidentRules.CompatibleTypes("PROTEST"));
        Assert.Throws<FormatException>(() => IncidentRules.Compatible("ASSAULT\tCOERCE\nCOERCE\tTHREATEN\n")); // a category in two groups
    }

    [Fact]
    public void The_days_of_a_time_depend_on_its_precision()
    {
        int pub = new DateOnly(2025, 3, 10).DayNumber;
        Assert.Equal((pub - 3, pub - 1, pub - 2), IncidentReport.Days("2025-03-08", pub));
        Assert.Equal((new DateOnly(2025, 2, 1).DayNumber, new DateOnly(2025, 2, 28).DayNumber, (int?)null), IncidentReport.Days("2025-02", pub));
        Assert.Equal((new DateOnly(2025, 3, 3).DayNumber, new DateOnly(2025, 3, 9).DayNumber, (int?)null), IncidentReport.Days("2025-W10", pub));
        Assert.Equal((pub - IncidentReport.UndatedLag, pub, (int?)null), IncidentReport.Days("PRESENT_REF", pub));
        Assert.Equal(((int?)null, (int?)null, (int?)null), IncidentReport.Days(null, null));
    }

    [Fact]
    public void Figures_that_disagree_on_one_day_conflict_and_an_earlier_day_is_superseded()
    {
        var conflict = Assert.Single(SourceConflicts.OfIncident("i", [Only(A()), Only(B(killed: 15))]));
        Assert.Equal("source_conflict", conflict.Kind);
        var later = Assert.Single(SourceConflicts.OfIncident("i", [Only(A()), Only(B(killed: 15, published: "2025-03-05"))]));
        Assert.Equal("superseded_figure", later.Kind);
        Assert.Equal(RecordWriter.DocumentId(A().Document.Text), later.DocA); // the earlier source's figure is the superseded one
        Assert.Empty(SourceConflicts.OfIncident("i", [Only(A()), Only(B())]));
        var atLeast = Only(B(killed: 15)) with { Figures = [new IncidentFigure("killed", 10, null, "at_least", 0, 2)] };
        Assert.Empty(SourceConflicts.OfIncident("i", [Only(A()), atLeast])); // "at least 10" admits 12
        var dated = Assert.Single(SourceConflicts.OfIncident("i", [Only(A()), Only(B(when: "2025-03-05"))]));
        Assert.Contains("2025-03-03", dated.Message, StringComparison.Ordinal);
        Assert.Contains("2025-03-05", dated.Message, StringComparison.Ordinal);
        Assert.Empty(SourceConflicts.OfIncident("i", [Only(A()), Only(B(when: "2025-03-04"))])); // a day apart: within a stated day's precision
    }

    [Fact]
    public void The_same_quoted_words_given_to_two_people_conflict_but_not_to_one_person_named_twice()
    {
        const string Words = "we will rebuild the market stall by stall before the summer";
        var a = Assert.Single(SourceConflicts.Quotes(Report("a.txt", "The army left Harbourtown on 2025-03-03.", 1, "2025-03-03", "2025-03-04", Words, "Maria Lindqvist")));
        var b = Assert.Single(SourceConflicts.Quotes(Report("b.txt", "The army has gone from Harbourtown on 2025-03-03.", 1, "2025-03-03", "2025-03-04", Words, "Omar Haddadin")));
        var same = Assert.Single(SourceConflicts.Quotes(Report("c.txt", "The army quit Harbourtown on 2025-03-03.", 1, "2025-03-03", "2025-03-04", Words, "Lindqvist")));
        Assert.Equal("source_conflict", SourceConflicts.OfQuotes(a, b)?.Kind);
        Assert.Null(SourceConflicts.OfQuotes(a, same));
        Assert.NotEmpty(QuoteKey.Of(a.Words).Intersect(QuoteKey.Of(b.Words)));
        Assert.Null(QuoteKey.Words("too short to compare"));
        Assert.True(SourceConflicts.SamePerson("National Security Adviser Frank Carlucci", "Frank Carlucci"));
        Assert.True(SourceConflicts.SamePerson("Vince Cable", "Vincent Cable"));
        Assert.False(SourceConflicts.SamePerson("Frank Carlucci", "Frank Jones"));
        Assert.Null(SourceConflicts.OfQuotes(a, b with { SpeakerIdentity = "ORG:harbour council", SpeakerName = "Harbour Council" })); // an organisation speaks through people
    }

    [Fact]
    public void Two_countries_alone_a_past_year_or_a_whole_country_for_two_categories_link_nothing()
    {
        var lone = Only(B()) with { PlaceKey = null, PlaceName = null, PlaceCountry = null, StatedDay = null, Figures = [] };
        var accuses = lone with { SourceIdentity = "GPE:washington", TargetIdentity = "GPE:japan" };
        var again = Only(A()) with { SourceIdentity = "GPE:washington", TargetIdentity = "GPE:japan", PlaceKey = null, PlaceName = null, PlaceCountry = null, StatedDay = null, Figures = [] };
        Assert.False(IncidentRules.Linked(accuses, again)); // two countries, nothing else: a dispute's every week
        Assert.True(IncidentRules.Linked(accuses with { StatedDay = 739313 }, again with { StatedDay = 739313 })); // and the same stated day
        Assert.True(IncidentRules.Linked(accuses with { SourceIdentity = "PERSON:ann lee" }, again with { SourceIdentity = "PERSON:ann lee" })); // a person and a country
        // A person the knowledge base links is a person, whether by a Wikidata id or the knowledge base's own id.
        Assert.True(IncidentRules.Linked(accuses with { SourceIdentity = "Q42" }, again with { SourceIdentity = "Q42" }));
        Assert.True(IncidentRules.Linked(accuses with { SourceIdentity = "kb:Ann Lee" }, again with { SourceIdentity = "kb:Ann Lee" }));
        Assert.False(IncidentRules.Linked(accuses with { SourceIdentity = "NORP:rebels" }, again with { SourceIdentity = "NORP:rebels" }));

        int pub = new DateOnly(1987, 4, 3).DayNumber;
        Assert.Equal(((int?)null, (int?)null, (int?)null), IncidentReport.Days("1985", pub)); // "in late 1985": background
        Assert.Equal((pub - IncidentReport.UndatedLag, pub, (int?)null), IncidentReport.Days("1987", pub));

        // One place and one day: a town links compatible categories, a whole country only the same category.
        var deal = Only(A()) with { Type = "AGREE", SourceIdentity = "ORG:tvx", TargetIdentity = null, Figures = [] };
        var meeting = Only(B()) with { Type = "CONSULT", SourceIdentity = null, TargetIdentity = null, Figures = [] };
        Assert.True(IncidentRules.Linked(deal, meeting));
        var country = new Func<IncidentReport, IncidentReport>(r => r with { PlaceKey = "g:2562770", PlaceName = "Malta", PlaceCountry = "MLT" });
        Assert.True(IncidentRules.WholeCountry(country(deal)));
        Assert.False(IncidentRules.WholeCountry(deal));
        Assert.False(IncidentRules.Linked(country(deal), country(meeting)));
        Assert.True(IncidentRules.Linked(country(deal), country(meeting with { Type = "AGREE" })));
    }

    [Fact]
    public void A_dateline_day_or_a_story_that_tells_both_days_is_no_date_conflict()
    {
        var a = Only(A());
        var b = Only(B(when: "2025-03-05"));
        Assert.Single(SourceConflicts.OfIncident("i", [a, b]));
        Assert.Empty(SourceConflicts.OfIncident("i", [a, b with { DayFromDateline = true }])); // "HARBOURTOWN, March 5 -": the day it wrote

        // The first source also tells an attack on the 5th (the reply to the first): two steps, both told.
        int fifth = new DateOnly(2025, 3, 5).DayNumber;
        IReadOnlyCollection<(string, int)> Days(string doc) => doc == a.DocumentId ? [("ASSAULT", fifth)] : [];
        Assert.Empty(SourceConflicts.OfIncident("i", [a, b], Days));
        IReadOnlyCollection<(string, int)> Talks(string doc) => doc == a.DocumentId ? [("CONSULT", fifth)] : [];
        Assert.Single(SourceConflicts.OfIncident("i", [a, b], Talks)); // talks that day are no second attack

        var dated = Report("d.txt", "HARBOURTOWN, 2025-03-05 - The army killed 12 people in the market.", 12, "2025-03-05", "2025-03-05");
        dated = dated with { Document = dated.Document with { Dateline = "HARBOURTOWN, 2025-03-05 -" }, Times = [new RecordTime("2025-03-05", 13, 23, "DATE", "2025-03-05", "published")] };
        Assert.True(Only(dated).DayFromDateline);
        Assert.False(Only(B(when: "2025-03-05")).DayFromDateline);
    }

    [Fact]
    public void Quoted_words_are_one_quote_only_when_the_sources_differ_on_who_said_them()
    {
        const string Words = "we will rebuild the market stall by stall before the summer";
        static SourceConflicts.QuoteEntry Entry(string doc, string text, string words, string speaker)
        {
            int start = text.IndexOf(words, StringComparison.Ordinal);
            return new SourceConflicts.QuoteEntry(doc, "q1", "PERSON:" + speaker.ToLowerInvariant(), speaker, start, start + words.Length, QuoteKey.Words(words)!);
        }

        // Another name after the words: a conflict. The same passage and attribution read as two people: none.
        string ta = "The council met on Monday to plan the work in the old town.\n\"" + Words + ",\" Maria Lindqvist said.";
        string tb = "The council met on Monday to plan the work in the old town.\n\"" + Words + ",\" Omar Haddadin said.";
        var a = Entry("a", ta, Words, "Maria Lindqvist");
        var b = Entry("b", tb, Words, "Omar Haddadin");
        Assert.NotNull(SourceConflicts.OfQuotes(a, b));
        Assert.False(SourceConflicts.OneAttribution(ta, a, tb, b));
        string tc = "The council met on Monday to plan the work in the old town.\n\"" + Words + ",\" she added.";
        string td = "The council met on Monday to plan the work in the old town.\n\"" + Words + ",\" she added. Later it rained.";
        var (c, d) = (Entry("c", tc, Words, "Maria Lindqvist"), Entry("d", td, Words, "Omar Haddadin"));
        Assert.NotNull(SourceConflicts.OfQuotes(c, d));
        Assert.True(SourceConflicts.OneAttribution(tc, c, td, d));

        // The other speaker named in the paragraph that holds the words: the source ties them to that person too.
        string te = "Works began, said Maria Lindqvist, the engineer, adding: \"" + Words + ",\" he said.";
        var e = Entry("e", te, Words, "Ann Lee");
        Assert.NotNull(SourceConflicts.OfQuotes(a, e));
        Assert.True(SourceConflicts.OneAttribution(ta, a, te, e));

        // A quote inside the quote is not the speaker's words; a stock phrase inside two quotes is not one quote.
        Assert.Null(QuoteKey.Words("He said: 'we will rebuild the market stall by stall' today"));
        Assert.Equal("its not surprising that he told him today in the hall", QuoteKey.Words("It's not surprising that he told him: 'There's nothing you could say to me now.' today in the hall"));
        Assert.True(QuoteKey.Share(QuoteKey.Words(Words)!, QuoteKey.Words("and " + Words)!));
        Assert.False(QuoteKey.Share(QuoteKey.Words("I would love him to come to our club next season because he is certainly one of the best players in the world")!,
            QuoteKey.Words("this was the most important win of my life as carlos is one of the best players in the world")!));
    }

    [Fact]
    public void The_store_keeps_one_incident_with_each_source_its_figures_and_the_conflict()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        store.Write([A(), B(killed: 15), Elsewhere()]);
        var incident = Assert.Single(store.Query(new StoreQuery(QueryKind.Incidents)).Rows);
        Assert.Equal(2L, incident[4]); // sources
        Assert.Equal(12L, incident[11]); // killed, lowest and highest source: never summed
        Assert.Equal(15L, incident[12]);
        Assert.Equal(2, store.Query(new StoreQuery(QueryKind.Incidents) { MinSources = 1 }).Rows.Count);
        Assert.Single(store.Query(new StoreQuery(QueryKind.Incidents) { Where = "Harbourtown", Since = "2025-03" }).Rows);
        Assert.Empty(store.Query(new StoreQuery(QueryKind.Incidents) { Since = "2025-04" }).Rows);
        var reports = store.Query(new StoreQuery(QueryKind.Incident) { Text = (string)incident[0]! }).Rows;
        Assert.Equal(["12 killed", "15 killed"], reports.Select(r => (string)r[11]!).Order(StringComparer.Ordinal));
        var finding = Assert.Single(store.Query(new StoreQuery(QueryKind.SourceFindings)).Rows);
        Assert.Equal("source_conflict", finding[0]);
        Assert.Equal(new[] { "12", "15" }, new[] { (string)finding[5]!, (string)finding[8]! }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Incidents_and_findings_do_not_depend_on_the_order_documents_arrive_in_nor_on_batches()
    {
        SitrepRecord[] set = [A(), B(killed: 15), Report("d.txt", "The army killed 12 people in Harbourtown market on 2025-03-03, a doctor said.", 12, "2025-03-03", "2025-03-04"), Elsewhere()];
        string? first = null;
        foreach (var order in Permutations(set))
        {
            using var t = new TempStore();
            using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
            foreach (var r in order)
            {
                store.Write([r]);
            }

            string state = State(store);
            first ??= state;
            Assert.Equal(first, state);
        }

        using var all = new TempStore();
        using var once = SqliteRecordStore.Open(all.Path, forWriting: true);
        once.Write(set);
        Assert.Equal(first, State(once));
    }

    [Fact]
    public void A_copy_is_another_source_of_one_article_and_a_replaced_document_leaves_its_incident()
    {
        var a = Report("a.txt", "Gunmen from the army killed 12 people at the market in Harbourtown on 2025-03-03.", 12, "2025-03-03", "2025-03-04", filler: 3);
        var copy = Report("copy.txt", "Gunmen from the army killed 12 people at the market in Harbourtown on 2025-03-03.", 12, "2025-03-03", "2025-03-04", filler: 3) with { };
        copy = copy with { Document = copy.Document with { Text = copy.Document.Text + "\nShare this article.", Id = RecordWriter.DocumentId(copy.Document.Text + "\nShare this article.") } };
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        store.Write([a, copy, B(killed: 15)]);
        Assert.Single(store.Copies());
        var incident = Assert.Single(store.Query(new StoreQuery(QueryKind.Incidents)).Rows);
        Assert.Equal(2L, incident[4]); // the original and b; the copy is not a new source of reports
        Assert.Equal(1L, incident[6]); // but it is counted as a copy
        Assert.Single(store.Query(new StoreQuery(QueryKind.SourceFindings)).Rows);

        // b's file now holds another story: its report leaves, the incident is a single report again and its conflict goes.
        store.Write([Report("b.txt", "The army rebuilt a bridge near Harbourtown on 2025-06-01 after floods.", 3, "2025-06-01", "2025-06-02")]);
        Assert.Empty(store.Query(new StoreQuery(QueryKind.Incidents)).Rows);
        Assert.Empty(store.Query(new StoreQuery(QueryKind.SourceFindings)).Rows);
    }

    [PostgresFact]
    public void PostgreSQL_keeps_the_same_incidents_and_findings_as_SQLite()
    {
        SitrepRecord[] set = [A(), B(killed: 15, published: "2025-03-05"), Elsewhere()];
        using var db = new TempDatabase();
        using var t = new TempStore();
        using var pg = PostgresRecordStore.Open(db.Url, forWriting: true);
        using var lite = SqliteRecordStore.Open(t.Path, forWriting: true);
        foreach (var r in set.Reverse())
        {
            pg.Write([r]);
        }

        lite.Write(set);
        Assert.Equal(State(lite), State(pg));
        Assert.Equal("superseded_figure", Assert.Single(pg.Query(new StoreQuery(QueryKind.SourceFindings)).Rows)[0]);
    }

    private static string State(IRecordStore store)
    {
        string Rows(StoreQuery q) => string.Join("\n", store.Query(q with { Limit = 1000 }).Rows.Select(r => string.Join("|", r.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))));
        return Rows(new StoreQuery(QueryKind.Incidents) { MinSources = 1 }) + "\n--\n" + Rows(new StoreQuery(QueryKind.SourceFindings));
    }

    private static IEnumerable<SitrepRecord[]> Permutations(SitrepRecord[] set)
    {
        if (set.Length <= 1)
        {
            yield return set;
            yield break;
        }

        for (int i = 0; i < set.Length; i++)
        {
            foreach (var rest in Permutations([.. set[..i], .. set[(i + 1)..]]))
            {
                yield return [set[i], .. rest];
            }
        }
    }
}
