using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Events;

/// <summary>Events through the whole default pipeline (shipped models): categories, factuality, actors, merging.</summary>
public sealed partial class EventExtractorTests
{
    private static Document Analyze(string text) =>
        ShippedPipeline.Instance.Process(new ArticleInput(text, "t") { GivenPublished = new DateOnly(2025, 8, 7) });

    private static IReadOnlyList<NewsEvent> Events(string text) => Analyze(text).Get(Layers.Events);

    /// <summary>The text's one event, checked for its category and its source's country.</summary>
    private static NewsEvent One(string text, string type, string sourceCountry)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(type, e.Type);
        Assert.Equal(sourceCountry, e.SourceCountry);
        return e;
    }

    private static string? Name(Document doc, string? id) => doc.Get(Layers.Entities).FirstOrDefault(e => e.Id == id)?.Name;

    [Fact]
    public void Counted_victims_are_never_their_own_attackers()
    {
        var e = Assert.Single(Events("At least 14 civilians were killed and 40 wounded in shelling on Sunday, according to the regional health office."), e => e.Type == Plover.Assault);
        Assert.NotNull(e.Target);
        Assert.NotEqual(e.Target, e.Source);
    }

    [Fact]
    public void A_negated_attack_is_not_asserted()
        => Assert.DoesNotContain(Events("Russian forces did not attack the city of Kharkiv on Monday, officials said."), e => e.Type == Plover.Assault);

    [Fact]
    public void A_conditional_sanction_is_a_threat_not_a_sanction()
    {
        var events = Events("The United States would impose sanctions on Iran if the talks fail, officials said.");
        Assert.DoesNotContain(events, e => e.Type == Plover.Sanction);
        Assert.Contains(events, e => e.Type == Plover.Threaten && e.SourceCountry == "USA");
    }

    [Fact]
    public void A_denied_strike_is_not_asserted()
        => Assert.DoesNotContain(Events("Russia denied launching strikes on Kyiv overnight."), e => e.Type == Plover.Assault);

    [Fact]
    public void The_intent_verb_decides_threatening_to_cut_aid_is_a_threat()
    {
        Assert.Equal("IRQ", One("Iran threatened to cut off aid to Iraq on Tuesday.", Plover.Threaten, "IRN").TargetCountry);
    }

    [Fact]
    public void A_meeting_in_the_future_is_an_agreement_to_meet()
    {
        var events = Events("The French president will meet the German chancellor in Berlin on Friday.");
        Assert.Equal(Plover.Agree, Assert.Single(events).Type);
    }

    [Fact]
    public void One_attack_told_three_times_is_one_event_with_its_counts()
    {
        var doc = Analyze("""
            Russian troops attacked the city of Kharkiv on Monday.
            The attack on Kharkiv killed 12 people and wounded 30, the governor said.
            Officials said the assault on Kharkiv was the worst in months.
            """);
        var attack = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Assault);
        Assert.Equal("RUS", attack.SourceCountry);
        Assert.Equal("UKR", attack.TargetCountry);
        Assert.Equal("Kharkiv", Name(doc, attack.Where));
        var counts = attack.Quantities.Select(i => doc.Get(Layers.Quantities)[i].Counts).ToList();
        Assert.Contains("killed", counts);
        Assert.Contains("wounded", counts);
    }

    [Fact]
    public void A_refusal_is_a_rejection_by_its_subject()
    {
        One("Pakistan has refused to deploy peacekeepers in Iraq.", Plover.Reject, "PAK");
    }

    [Fact]
    public void Talks_between_two_countries_have_both_sides_and_a_place()
    {
        var doc = Analyze("Israel and Lebanon held talks in Geneva on Tuesday.");
        var e = Assert.Single(doc.Get(Layers.Events));
        Assert.Equal(Plover.Consult, e.Type);
        Assert.Equal(["ISR", "LBN"], new[] { e.SourceCountry, e.TargetCountry }.Order());
        Assert.Equal("Geneva", Name(doc, e.Where));
        Assert.Equal("2025-08-05", e.When);
    }

    [Fact]
    public void A_peoples_attack_on_a_place_is_the_countrys_attack_on_the_places_country()
    {
        var doc = Analyze("Russia and Ukraine traded blame. A Russian attack on a holiday camp in Zaporizhzhia left two dead and 12 injured.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Assault);
        Assert.Equal("Russia", Name(doc, e.Source));
        Assert.Equal("UKR", e.TargetCountry);
        Assert.Equal(2, e.Quantities.Count);
        Assert.Contains("holiday camp", doc.TextOf(e.Evidence), StringComparison.Ordinal);
    }

    [Fact]
    public void Protesters_are_actors_even_without_a_name()
    {
        var doc = Analyze("Thousands of protesters demonstrated in Kirkuk on Sunday calling for independence.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Protest);
        Assert.Equal("Kirkuk", Name(doc, e.Where));
    }

    [Fact]
    public void A_strike_by_workers_is_a_protest_and_a_city_they_are_sent_to_is_where()
    {
        var doc = Analyze("Thousands of workers went on strike in Paris against the pension reform.");
        var strike = Assert.Single(doc.Get(Layers.Events));
        Assert.Equal(Plover.Protest, strike.Type);
        Assert.Equal("Paris", Name(doc, strike.Where));

        doc = Analyze("Kenya's government deployed hundreds of police officers to Nairobi ahead of the vote.");
        var deployment = Assert.Single(doc.Get(Layers.Events));
        Assert.Equal(Plover.Mobilize, deployment.Type);
        Assert.Equal("KEN", deployment.SourceCountry);
        Assert.Null(deployment.Target);
        Assert.Equal("Nairobi", Name(doc, deployment.Where));
    }

    [Fact]
    public void A_warning_is_a_threat_only_when_it_announces_a_hostile_act()
    {
        One("Iran warned that it would retaliate against any Israeli strike.", Plover.Threaten, "IRN");
        Assert.Empty(Events("The minister warned there was a real risk of recession in Britain."));
        Assert.Empty(Events("The Liberal Democrats have demonstrated that they can win seats in Scotland."));
    }

    [Fact]
    public void A_warning_of_what_follows_unless_or_if_something_is_done_is_a_threat()
    {
        var doc = Analyze("Teachers' leader Maria Lopez warned last week that there could be further walkouts unless the ministry changed course.");
        var threat = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Threaten);
        Assert.Equal("Maria Lopez", Name(doc, threat.Source));
        Assert.Empty(Events("The minister warned that exports would fall if the pound rose."));
    }

    [Fact]
    public void Wanting_another_to_act_is_a_request_of_that_other()
    {
        var request = One("Turkey wants Sweden to extradite the activists.", Plover.Request, "TUR");
        Assert.Equal("SWE", request.TargetCountry);
        Assert.DoesNotContain(Events("Turkey wants to extradite the activists."), e => e.Type == Plover.Request);
    }

    [Fact]
    public void Clashes_that_broke_out_between_two_sides_are_an_assault_between_them()
    {
        var clash = Assert.Single(Events("Heavy clashes erupted on Tuesday between Armenian troops and Azerbaijani forces."), e => e.Type == Plover.Assault);
        Assert.Equal("ARM,AZE", string.Join(",", new[] { clash.SourceCountry, clash.TargetCountry }.Order()));
    }

    [Fact]
    public void Protests_against_an_actor_named_by_its_kind_are_an_event()
        => Assert.Contains(Events("Thousands joined the protests against the government in the capital."), e => e.Type == Plover.Protest);

    [Fact]
    public void Quotation_marks_around_words_of_the_object_do_not_end_it()
    {
        var doc = Analyze("Dr Ana Ruiz said she had held \"very open talks\" with Chile about the border.");
        var talks = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Consult);
        Assert.Equal("Ana Ruiz", Name(doc, talks.Source));
        Assert.Equal("CHL", talks.TargetCountry);
    }

    [Fact]
    public void An_event_told_in_the_headline_and_the_body_has_the_body_sentence_as_evidence()
    {
        var doc = Analyze("Egypt praises Sudan over dam\n\nThe foreign minister praised Sudan for its stance on the dam.\n");
        var support = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Support);
        Assert.StartsWith("The foreign minister praised Sudan", doc.TextOf(support.Evidence), StringComparison.Ordinal);
        Assert.Equal("EGY", support.SourceCountry);
        Assert.Equal("SDN", support.TargetCountry);
    }

    [Fact]
    public void Ending_cooperation_is_a_sanction_and_ending_restrictions_a_concession()
    {
        Assert.Equal("SRB", One("Japan said on Tuesday it had halted economic aid to Serbia.", Plover.Sanction, "JPN").TargetCountry);
        Assert.Equal(Plover.Sanction, Assert.Single(Events("Syrian officers ended mediation efforts between rival militias in Tripoli.")).Type);
        Assert.Equal(Plover.Retreat, Assert.Single(Events("Workers in France ended their strike after a deal with the government.")).Type);
        Assert.Empty(Events("The central bank stopped buying bonds."));
    }

    [Theory]
    [InlineData("The minister refused to comment on the talks with Iran.")]
    [InlineData("Lawmakers debated a bill that would ban protests near parliament.")]
    [InlineData("Analysts said sanctions could hurt the Russian economy.")]
    [InlineData("If Russia attacks, NATO will respond.")]
    [InlineData("The rebels have not released any hostages, the Colombian army said.")]
    [InlineData("Officials in Kenya denied that troops had opened fire on protesters.")]
    [InlineData("He has since hosted game shows on American television.")]
    public void What_did_not_happen_is_not_an_event(string text) => Assert.Empty(Events(text));

    [Fact]
    public void A_participle_that_describes_a_noun_is_no_event_of_its_own()
    {
        var events = Events("The rebels said they will return weapons seized from UN peacekeepers.");
        Assert.Equal(Plover.Agree, Assert.Single(events).Type);
        Assert.Equal(Plover.Assault, Assert.Single(Events("There were 10 Russian soldiers killed in Ukraine today.")).Type);
    }

    [Fact]
    public void Events_without_any_actor_are_not_coded()
        => Assert.Empty(Events("Prices rose sharply after the deal, and demand for steel fell."));

    [Fact]
    public void Business_and_sport_words_are_not_conflict()
    {
        Assert.Empty(Events("The central bank cut interest rates on Thursday, and the company reduced its output."));
        Assert.Empty(Events("""
            Arsenal beat Chelsea in the league
            Arsenal beat Chelsea 2-1 in the Premiership on Saturday, with their striker scoring twice.
            The midfielder struck a shot past the goalkeeper before the referee ended the match.
            Chelsea's coach said his squad would fight back in the cup, and the club signed a defender.
            """));
    }

    [Fact]
    public void Accusations_and_demands_go_from_the_speaker_to_the_accused()
    {
        Assert.Equal("TCD", One("Sudan has accused Chad of supporting the rebels.", Plover.Accuse, "SDN").TargetCountry);
        Assert.Equal("PRK", One("The United States demanded that North Korea abandon its nuclear programme.", Plover.Request, "USA").TargetCountry);
    }

    [Fact]
    public void Evidence_is_the_sentence_that_tells_the_event()
    {
        const string text = "Markets were calm. Japan halted economic aid to Serbia on Tuesday. Trade continued.";
        var doc = Analyze(text);
        var e = Assert.Single(doc.Get(Layers.Events));
        Assert.Equal(Plover.Sanction, e.Type);
        Assert.Equal("Japan halted economic aid to Serbia on Tuesday.", doc.TextOf(e.Evidence));
    }

    [Fact]
    public void A_passive_attack_without_an_attacker_is_an_event_with_its_victims_place_and_time()
    {
        // No attacker is named; the counted victims (a resolved casualty count) make it an event all the same.
        var doc = Analyze("Twelve people were killed in an attack on a market in Karachi on Tuesday, police said.");
        var e = Assert.Single(doc.Get(Layers.Events));
        Assert.Equal(Plover.Assault, e.Type);
        Assert.Null(e.Source);
        Assert.Equal("Karachi", Name(doc, e.Where));
        Assert.Equal("PAK", e.TargetCountry);
        Assert.Equal("2025-08-05", e.When);
        Assert.NotEmpty(e.Quantities);
    }

    [Fact]
    public void A_passive_attack_with_neither_attacker_nor_counted_victims_is_no_event()
        => Assert.Empty(Events("A market was attacked in Karachi on Tuesday, a newspaper said."));

    [Fact]
    public void The_agent_of_a_passive_is_the_source_and_its_subject_the_target()
    {
        var doc = Analyze("The Kurdish town of Zakho was shelled by Turkish forces on Monday.");
        var e = Assert.Single(doc.Get(Layers.Events), v => v.Type == Plover.Assault);
        Assert.Equal("TUR", e.SourceCountry);
    }

    [Fact]
    public void A_relative_clause_acts_for_the_noun_it_modifies()
    {
        var doc = Analyze("The five unions, which met John Prescott in London on Monday, want the government to withdraw the plan.");
        var e = Assert.Single(doc.Get(Layers.Events), v => v.Type == Plover.Consult);
        Assert.Equal("John Prescott", Name(doc, e.Target));
    }
}
