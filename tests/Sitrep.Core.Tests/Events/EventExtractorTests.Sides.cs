using Sitrep.Core.Annotations;
using Sitrep.Core.Events;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tests.Events;

/// <summary>Event sides read off the parse and the entity layer (session 13): a passive's agent told by the clause it
/// hangs from, a threat's target in its condition, the "of" phrase of an event noun, a hyphenated pair of countries.</summary>
public sealed partial class EventExtractorTests
{
    // The passive names no agent; the clause it is coordinated with names the act and who did it ("action by police").
    [Fact]
    public void A_passive_without_agent_takes_the_by_phrase_of_the_act_its_clause_hangs_from()
    {
        var doc = Analyze("It followed action by police, when three coachloads of people were searched and detained on the way to the base.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Coerce);
        Assert.Equal("police", AnyName(doc, e.Source));
    }

    // A threat is aimed at whoever must meet its condition.
    [Theory]
    [InlineData("Union leader Mark Serwotka warned that there could be further walkouts unless the government changed its plans.")]
    [InlineData("Union leader Mark Serwotka warned that there could be further walkouts if the government did not change its plans.")]
    public void A_threat_is_aimed_at_the_actor_of_its_condition(string text)
    {
        var doc = Analyze(text);
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Threaten);
        Assert.Equal("Mark Serwotka", AnyName(doc, e.Source));
        Assert.Equal("government", AnyName(doc, e.Target));
    }

    // An "of" phrase of an event noun names a side by the noun's category (Language/Data/noun-sides.tsv): a meeting's
    // participants, the one arrested or killed.
    [Fact]
    public void The_of_phrase_of_a_meeting_names_its_participants()
    {
        var doc = Analyze("A meeting of the Parliamentary Labour Party was held on Monday.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Consult);
        Assert.Equal("Parliamentary Labour Party", AnyName(doc, e.Source));
    }

    [Fact]
    public void The_of_phrase_of_an_arrest_names_the_one_arrested()
    {
        var doc = Analyze("Lawyers said the detention of 12 men at Belmarsh prison was unlawful.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Coerce);
        Assert.Equal("men", AnyName(doc, e.Target));
    }

    // Only the noun's own modifier counts: "of China's crackdown" modifies "aftermath", not "ban".
    [Fact]
    public void An_of_phrase_of_another_word_names_no_side()
    {
        var doc = Analyze("The ban was imposed in the aftermath of China's crackdown on protesters in Tiananmen Square.");
        Assert.DoesNotContain(doc.Get(Layers.Events), e => AnyName(doc, e.Target) == "China");
    }

    [Fact]
    public void Noun_sides_are_read_by_category()
    {
        Assert.Equal(Sitrep.Core.Language.NounSides.Side.Source, Sitrep.Core.Language.NounSides.Of("of", Plover.Consult));
        Assert.Equal(Sitrep.Core.Language.NounSides.Side.Target, Sitrep.Core.Language.NounSides.Of("of", Plover.Coerce));
        Assert.Equal(Sitrep.Core.Language.NounSides.Side.None, Sitrep.Core.Language.NounSides.Of("of", Plover.Accuse));
        Assert.Equal(Sitrep.Core.Language.NounSides.Side.None, Sitrep.Core.Language.NounSides.Of("under", Plover.Coerce));
        Assert.Throws<InvalidDataException>(() => Sitrep.Core.Language.NounSides.Read(new StringReader("preposition\tside\tcategories\nof\tboth\tCONSULT\n")));
    }

    // A hyphenated pair of country words before an event noun names its two sides: a combining form ("Franco",
    // Language/Data/combining-forms.tsv) or a country's name or people.
    [Theory]
    [InlineData("A specially convened Franco-German meeting failed to make any progress.", "FRA", "DEU")]
    [InlineData("Israeli-Palestinian clashes erupted in Hebron on Friday.", "ISR", "PSE")]
    public void A_hyphenated_pair_of_countries_names_both_sides(string text, string first, string second)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(first, e.SourceCountry);
        Assert.Equal(second, e.TargetCountry);
    }

    [Fact]
    public void Combining_forms_name_countries()
    {
        Assert.Equal("FRA", Sitrep.Core.Language.CombiningForms.Country("Franco"));
        Assert.Null(Sitrep.Core.Language.CombiningForms.Country("Francis"));
        Assert.Throws<InvalidDataException>(() => Sitrep.Core.Language.CombiningForms.Read(new StringReader("form\tcountry\nfranco\tFrance\n")));
    }
}
