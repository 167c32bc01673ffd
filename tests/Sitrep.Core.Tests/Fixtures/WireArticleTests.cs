using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Fixtures;

/// <summary>
/// The default pipeline over short wire stories written for these tests (Fixtures/*.txt), each holding the defect
/// classes whole wire stories showed: datelines, places inside names, organisations' abbreviations, principals,
/// pronouns, stray capitalised words before quotes, and names typed by their words.
/// </summary>
public sealed class WireArticleTests
{
    private static Document Run(string name)
        => ShippedPipeline.Instance.Process(new ArticleInput(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), name));

    private static Entity Entity(Document doc, string name) => Assert.Single(doc.Get(Layers.Entities), e => e.Name == name);

    private static Quote QuoteStarting(Document doc, string words) => Assert.Single(doc.Get(Layers.Quotes), q => doc.TextOf(q.Range).StartsWith(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("arms-talks-moscow.txt", "MOSCOW", "RUS")]
    [InlineData("refugee-appeal-geneva.txt", "GENEVA", "CHE")]
    public void The_dateline_is_the_prominent_place_though_the_story_names_us_towns(string file, string dateline, string country)
    {
        var doc = Run(file);
        var place = Assert.Single(doc.Get(Layers.Places), p => p.Entity == Entity(doc, dateline).Id);
        Assert.Equal(country, place.Country);
    }

    [Fact]
    public void A_dateline_is_its_own_sentence_its_name_a_place_and_its_division_decides_the_town()
    {
        var doc = Run("plant-strike-windsor.txt");
        var lead = Assert.Single(doc.Get(Layers.Sentences), s => doc.TextOf(s.Chars).StartsWith("WINDSOR", StringComparison.Ordinal));
        Assert.Equal("WINDSOR, Ont., March 4 -", doc.TextOf(lead.Chars));
        var windsor = Entity(doc, "WINDSOR");
        Assert.Equal(EntityType.Gpe, windsor.Type);
        Assert.Equal("CAN", Assert.Single(doc.Get(Layers.Places), p => p.Entity == windsor.Id).Country);
        var flint = Assert.Single(doc.Get(Layers.Places), p => p.Entity == Entity(doc, "Flint").Id);
        Assert.Equal("USA", flint.Country);
    }

    [Fact]
    public void It_as_the_subject_of_what_an_organisation_said_or_of_a_reporting_verb_is_that_organisation()
    {
        var doc = Run("plant-strike-windsor.txt");
        var union = Entity(doc, "Canadian Auto Workers");
        var firm = Assert.Single(doc.Get(Layers.Entities), e => e.Name.StartsWith("Northline", StringComparison.Ordinal));
        string MentionAt(string words, int skip = 0)
        {
            int at = -1;
            for (int k = 0; k <= skip; k++)
            {
                at = doc.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            }

            int it = at + words.IndexOf("it", StringComparison.OrdinalIgnoreCase);
            return doc.Get(Layers.Entities).Single(e => e.Mentions.Any(m => m.Start == it)).Name;
        }

        Assert.Equal(union.Name, MentionAt("said it would strike"));
        Assert.Equal(firm.Name, MentionAt("said it had offered"));
        Assert.Equal(firm.Name, MentionAt("It said the union"));
        Assert.Contains(doc.Get(Layers.Quotes), q => doc.TextOf(q.Range).StartsWith("the union's demands", StringComparison.Ordinal) && q.Speaker == firm.Id);
    }

    [Fact]
    public void Names_inside_firm_and_treaty_names_and_organisations_abbreviations_are_no_places()
    {
        var doc = Run("arms-talks-moscow.txt");
        var placed = doc.Get(Layers.Places).Select(p => doc.Get(Layers.Entities).Single(e => e.Id == p.Entity).Name).ToList();
        foreach (var name in new[] { "UN", "EU", "Sterling", "Shearman", "Kyoto", "World" })
        {
            Assert.DoesNotContain(name, placed);
        }

        Assert.Equal(EntityType.Org, Entity(doc, "UN").Type);
        Assert.Equal(EntityType.Org, Entity(doc, "Shearman and Sterling").Type);
        Assert.Equal(EntityType.Law, Entity(doc, "Kyoto Protocol").Type);
    }

    [Fact]
    public void Names_are_typed_by_their_head_words_the_organisation_list_and_an_apposition()
    {
        var moscow = Run("arms-talks-moscow.txt");
        Assert.Equal(EntityType.Org, Entity(moscow, "World Food Programme").Type);
        Assert.Equal(EntityType.Org, Entity(moscow, "Turkcell").Type);
        Assert.Equal(EntityType.Person, Entity(moscow, "Anna Petrova").Type);
        var geneva = Run("refugee-appeal-geneva.txt");
        Assert.Equal(EntityType.Org, Entity(geneva, "International Organization for Migration").Type);
        Assert.Equal(EntityType.Org, Entity(geneva, "World Health Organization").Type);
        Assert.Equal(EntityType.Person, Entity(geneva, "Maria Olsen").Type);
    }

    [Fact]
    public void A_possessive_principal_is_kept_as_the_principal_not_the_speaker()
    {
        var doc = Run("arms-talks-moscow.txt");
        var q = QuoteStarting(doc, "The prime minister has been kept informed");
        var blair = Entity(doc, "Tony Blair");
        Assert.NotEqual(blair.Id, q.Speaker);
        Assert.Equal("official spokesman", q.SpeakerName);
        Assert.Equal(blair.Id, q.SpeakerPrincipal);
    }

    [Fact]
    public void A_described_person_at_a_firm_speaks_for_it()
    {
        var doc = Run("arms-talks-moscow.txt");
        var q = QuoteStarting(doc, "the Kyoto Protocol offered a model");
        Assert.Equal("lawyer", q.SpeakerName);
        Assert.Equal(Entity(doc, "Shearman and Sterling").Id, q.SpeakerPrincipal);
    }

    [Fact]
    public void A_pronoun_after_a_place_opens_the_sentence_is_the_person_not_the_place()
    {
        var doc = Run("arms-talks-moscow.txt");
        var straw = Entity(doc, "Jack Straw");
        Assert.Equal(straw.Id, QuoteStarting(doc, "We want Beijing at the table").Speaker);
        Assert.Equal(straw.Id, QuoteStarting(doc, "Nobody gains from delay").Speaker);
    }

    [Theory]
    [InlineData("arms-talks-moscow.txt")]
    [InlineData("refugee-appeal-geneva.txt")]
    [InlineData("council-vote-stray.txt")]
    public void Every_speaker_is_a_name_a_pronoun_or_a_described_person(string file)
    {
        var doc = Run(file);
        var mentions = doc.Get(Layers.Mentions);
        foreach (var q in doc.Get(Layers.Quotes))
        {
            if (q.SpeakerRange is not { } r)
            {
                continue;
            }

            var words = doc.TextOf(r).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool named = mentions.Any(m => m.Range.Overlaps(r));
            bool pronoun = words is ["he" or "she" or "He" or "She" or "they" or "They" or "it" or "It" or "we" or "We" or "I"];
            bool described = words.Any(w => char.IsLower(w[0]) && w.Length > 3);
            Assert.True(named || pronoun || described, $"speaker '{doc.TextOf(r)}' of '{doc.TextOf(q.Range)}'");
        }
    }

    [Fact]
    public void Stray_capitalised_words_before_a_quote_are_no_speaker()
    {
        var doc = Run("council-vote-stray.txt");
        Assert.Null(QuoteStarting(doc, "It is a good day").SpeakerName);
        Assert.Null(QuoteStarting(doc, "We have lost the argument").SpeakerName);
        Assert.Equal("Omar Haddad", QuoteStarting(doc, "I do not trust").SpeakerName);
        Assert.Equal("Petra Lindqvist", QuoteStarting(doc, "This is the best").SpeakerName);
    }

    [Fact]
    public void A_name_modifying_a_described_person_is_its_principal()
    {
        var doc = Run("council-vote-stray.txt");
        var q = QuoteStarting(doc, "We cannot wait any longer");
        Assert.Equal("leaders", q.SpeakerName);
        Assert.Equal(Entity(doc, "Assembly").Id, q.SpeakerPrincipal);
    }
}
