using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Evaluation.Tests;

public sealed class EventScorerTests
{
    private static NewsEvent Event(string type, string? source = null, string? sourceCountry = null) =>
        new() { Id = "v1", Type = type, Source = source, SourceCountry = sourceCountry, Evidence = new CharRange(0, 1) };

    [Fact]
    public void Names_agree_on_a_shared_content_word_or_stem_but_not_on_generic_words()
    {
        Assert.True(EventScorer.NamesAgree("Hungary", "Hungarian"));
        Assert.True(EventScorer.NamesAgree("La Prensa", "the opposition newspaper La Prensa"));
        Assert.False(EventScorer.NamesAgree("government", "Sudanese government"));
        Assert.False(EventScorer.NamesAgree("Iran", "Iraq"));
    }

    [Fact]
    public void A_record_is_right_when_any_event_has_the_category_and_actors_agree_by_code_or_name()
    {
        var gold = new List<EventGoldRecord>
        {
            new("a", "x", ["AGREE"], [new GoldActor("Jordan", "JOR")], []),
            new("b", "y", ["REQUEST"], [new GoldActor("Palestinian officials", "PSE")], []),
            new("c", "z", ["ASSAULT"], [], []),
        };
        var entity = new Entity { Id = "e1", Type = EntityType.Norp, Name = "Palestinian" };
        var score = EventScorer.Score(gold, r => r.Id switch
        {
            "a" => ([Event("CONSULT"), Event("AGREE", sourceCountry: "JOR")], [], "x"),
            "b" => ([Event("REQUEST", source: "e1")], [entity], "y"),
            _ => ([], [], "z"),
        });
        Assert.Equal(2, score.Correct);
        Assert.Equal(1, score.FirstCorrect);
        Assert.Equal(2, score.SourceOk);
        Assert.Equal(2, score.SourceTotal);
        Assert.StartsWith("events: accuracy=66.67% ", score.SummaryLine, StringComparison.Ordinal);
        Assert.EndsWith("(3 records)", score.SummaryLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_loads_from_plover_json_and_petrarch_xml()
    {
        string dir = Directory.CreateTempSubdirectory("sitrep-events").FullName;
        try
        {
            string json = Path.Combine(dir, "gsr.json");
            File.WriteAllText(json, """
                [{"event": "DOCUMENT", "text": "header"},
                 {"id": "G1", "event": "DEMAND", "text": "Serbia demanded\na meeting.", "source": [{"actorText": "Serbia", "code": "SRB"}], "target": ""}]
                """);
            var plover = Assert.Single(EventGold.Load(json));
            Assert.Equal(["REQUEST"], plover.Categories);
            Assert.Equal("Serbia demanded a meeting.", plover.Text);
            Assert.Equal("SRB", Assert.Single(plover.Sources).Code);
            Assert.Empty(plover.Targets);

            string xml = Path.Combine(dir, "petr.xml");
            File.WriteAllText(xml, """
                <Sentences>
                <Sentence date="19950101" id="DEMO-00" category="DEMO">
                <EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="064"></EventCoding>
                <Text>Arnor will share intelligence with Gondor.</Text>
                </Sentence>
                <Sentence date="19950101" id="DEMO-01" category="DEMO">
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="010"></EventCoding>
                <Text>Arnor made a statement.</Text>
                </Sentence>
                </Sentences>
                """);
            var petrarch = Assert.Single(EventGold.Load(xml));
            Assert.Equal(["COOPERATE"], petrarch.Categories);
            Assert.Equal("ARN", petrarch.Sources[0].Code);

            string bad = Path.Combine(dir, "bad.json");
            File.WriteAllText(bad, "{not json");
            Assert.Throws<InvalidDataException>(() => EventGold.Load(bad));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
