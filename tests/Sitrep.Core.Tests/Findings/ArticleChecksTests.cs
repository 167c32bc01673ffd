using Sitrep.Core.Annotations;
using Sitrep.Core.Articles;
using Sitrep.Core.Documents;
using Sitrep.Core.Findings;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Quantities;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Findings;

/// <summary>numeric_conflict, quote_conflict and headline_attribution over hand-built entity and quote layers.</summary>
public sealed class ArticleChecksTests
{
    private static Document Doc(string text)
    {
        var doc = new Document(new ArticleInput(text, "t") { GivenPublished = new DateOnly(2025, 8, 7) });
        new StructureFinder().Process(doc, default);
        new Tokenizer().Process(doc, default);
        new SentenceSplitter().Process(doc, default);
        new QuantityFinder().Process(doc, default);
        return doc;
    }

    private static CharRange At(string text, string words, int from = 0)
    {
        int i = text.IndexOf(words, from, StringComparison.Ordinal);
        return new CharRange(i, i + words.Length);
    }

    private static Quote Q(string id, CharRange range, string? speaker, string? name, QuoteKind kind = QuoteKind.Direct)
        => new() { Id = id, Range = range, Kind = kind, Speaker = speaker, SpeakerName = name };

    [Fact]
    public void Two_disagreeing_death_tolls_for_one_place_are_a_numeric_conflict()
    {
        const string text = "Strike Hits Kyiv\nAn assault on Kyiv killed 32 people, officials said.\nThe mayor said 28 people were killed in Kyiv overnight.";
        var doc = Doc(text);
        doc.Set(Layers.Entities, [new Entity { Id = "e1", Type = EntityType.Gpe, Name = "Kyiv", Mentions = [At(text, "Kyiv", 20), At(text, "Kyiv", 60)] }]);
        var f = Assert.Single(new NumericConflictCheck().Check(doc));
        Assert.Equal(2, f.Evidence.Count);
    }

    [Theory]
    [InlineData("An assault on Kyiv killed at least 32 people, officials said.\nLater, the mayor said 35 people were killed in Kyiv overnight.")]
    [InlineData("An assault on Kyiv killed 32 people, officials said.\nLater, the mayor said 28 people were killed in Odesa overnight.")]
    [InlineData("An attack on Kyiv killed 32 people, officials said.\nLater, the mayor said 28 people were killed in a separate attack overnight.")]
    [InlineData("An attack on Kyiv wounded 32 soldiers, officials said.\nIn the attack, 28 civilians were wounded as well.")]
    public void Compatible_figures_or_different_places_are_no_numeric_conflict(string body)
    {
        string text = "Strike Hits\n" + body;
        var doc = Doc(text);
        var mentions = new List<Entity> { new() { Id = "e1", Type = EntityType.Gpe, Name = "Kyiv", Mentions = [At(text, "Kyiv")] } };
        if (text.Contains("Odesa", StringComparison.Ordinal))
        {
            mentions.Add(new Entity { Id = "e2", Type = EntityType.Gpe, Name = "Odesa", Mentions = [At(text, "Odesa")] });
        }
        else
        {
            mentions[0] = mentions[0] with { Mentions = [At(text, "Kyiv"), At(text, "Kyiv", At(text, "Kyiv").End)] };
        }

        doc.Set(Layers.Entities, mentions);
        Assert.Empty(new NumericConflictCheck().Check(doc));
    }

    [Fact]
    public void The_same_words_from_two_speakers_are_a_quote_conflict_but_a_repeat_by_one_speaker_is_not()
    {
        const string text = "Talks\n“We will not accept this deal under any conditions,” said Ana Costa.\nLater: “We will not accept this deal under any conditions,” Rui Lopes told reporters.\n“We will not accept this deal under any conditions.”\n—Ana Costa, minister";
        var doc = Doc(text);
        var first = At(text, "We will not accept this deal under any conditions");
        var second = At(text, "We will not accept this deal under any conditions", first.End);
        var third = At(text, "We will not accept this deal under any conditions", second.End);
        doc.Set(Layers.Entities,
        [
            new Entity { Id = "e1", Type = EntityType.Person, Name = "Ana Costa", Mentions = [At(text, "Ana Costa")] },
            new Entity { Id = "e2", Type = EntityType.Person, Name = "Rui Lopes", Mentions = [At(text, "Rui Lopes")] },
        ]);
        doc.Set(Layers.Quotes, [Q("q1", first, "e1", "Ana Costa"), Q("q2", second, "e2", "Rui Lopes"), Q("q3", third, "e1", "Ana Costa", QuoteKind.PullQuote)]);
        var findings = new QuoteConflictCheck().Check(doc).ToList();
        // One finding for the words given to Ana Costa and to Rui Lopes (q1~q2; q2~q3 repeats it); q1~q3 is one speaker repeating herself.
        var f = Assert.Single(findings);
        Assert.Contains("Rui Lopes", f.Message, StringComparison.Ordinal);
        Assert.Contains("Ana Costa", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_in_one_claim_given_to_two_sources_is_an_attribution_conflict_but_one_source_repeating_it_is_not()
    {
        const string text = "Jobs\nExports rose 12 percent to 4.2 billion euros in March, the statistics office said. Later, the central bank said exports rose 12 percent to 4.2 billion euros in March.";
        var doc = Doc(text);
        var first = At(text, "Exports rose 12 percent to 4.2 billion euros in March");
        var second = At(text, "exports rose 12 percent to 4.2 billion euros in March");
        doc.Set(Layers.Quotes, [Q("q1", first, null, "statistics office", QuoteKind.Indirect), Q("q2", second, null, "central bank", QuoteKind.Indirect)]);
        var f = Assert.Single(new AttributionConflictCheck().Check(doc));
        Assert.Equal([first, second], f.Evidence);
        var again = Doc(text);
        again.Set(Layers.Quotes, [Q("q1", first, null, "statistics office", QuoteKind.Indirect), Q("q2", second, null, "statistics office", QuoteKind.Indirect)]);
        Assert.Empty(new AttributionConflictCheck().Check(again));
    }

    [Fact]
    public void A_headline_giving_a_claim_to_someone_the_body_does_not_is_a_headline_attribution()
    {
        const string text = "Trump Envoy Reports Ukraine Progress After Putin Talks\nTrump declared “great progress” had been achieved, after a meeting between his envoy, Steve Witkoff, and Putin.";
        var doc = Doc(text);
        doc.Set(Layers.Entities,
        [
            new Entity { Id = "e1", Type = EntityType.Person, Name = "Donald Trump", Mentions = [At(text, "Trump", At(text, "Trump declared").Start)] },
            new Entity { Id = "e2", Type = EntityType.Person, Name = "Steve Witkoff", Mentions = [At(text, "Steve Witkoff")], Roles = [new Role("envoy", "e1", At(text, "envoy"))] },
        ]);
        doc.Set(Layers.Quotes, [Q("q1", At(text, "great progress"), "e1", "Donald Trump", QuoteKind.Partial)]);
        var f = Assert.Single(new HeadlineAttributionCheck().Check(doc));
        Assert.Contains("Donald Trump", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_whose_agent_also_says_it_in_the_body_is_no_headline_attribution()
    {
        const string text = "Trump Envoy Reports Ukraine Progress\nTrump declared “great progress” had been achieved. His envoy, Steve Witkoff, spoke of “real progress” too.";
        var doc = Doc(text);
        doc.Set(Layers.Entities,
        [
            new Entity { Id = "e1", Type = EntityType.Person, Name = "Donald Trump", Mentions = [At(text, "Trump", At(text, "Trump declared").Start)] },
            new Entity { Id = "e2", Type = EntityType.Person, Name = "Steve Witkoff", Mentions = [At(text, "Steve Witkoff")], Roles = [new Role("envoy", "e1", At(text, "envoy"))] },
        ]);
        doc.Set(Layers.Quotes, [Q("q1", At(text, "great progress"), "e1", "Donald Trump", QuoteKind.Partial), Q("q2", At(text, "real progress"), "e2", "Steve Witkoff", QuoteKind.Partial)]);
        Assert.Empty(new HeadlineAttributionCheck().Check(doc));
    }

    [Fact]
    public void A_headline_whose_speaker_says_it_in_the_body_is_no_headline_attribution()
    {
        const string text = "Minister Warns of Hard Winter\nEnergy minister Ana Costa warned of a “hard winter” ahead.";
        var doc = Doc(text);
        doc.Set(Layers.Entities, [new Entity { Id = "e1", Type = EntityType.Person, Name = "Ana Costa", Mentions = [At(text, "Ana Costa")], Roles = [new Role("energy minister", null, At(text, "Energy minister"))] }]);
        doc.Set(Layers.Quotes, [Q("q1", At(text, "hard winter"), "e1", "Ana Costa", QuoteKind.Partial)]);
        Assert.Empty(new HeadlineAttributionCheck().Check(doc));
    }

    [Fact]
    public void The_opening_words_of_a_quote_that_runs_on_given_to_another_speaker_are_a_quote_conflict_but_words_from_inside_it_are_not()
    {
        const string text = "Talks\n“We will not accept this deal under any conditions. “We will keep talking,” said Ana Costa.\nLater: “We will not accept this deal under any conditions,” Rui Lopes told reporters.\n“We will keep talking to them for as long as it takes,” Rui Lopes added.";
        var doc = Doc(text);
        var first = new CharRange(At(text, "We will not accept").Start, At(text, "We will keep talking,”").End - 2);
        var second = At(text, "We will not accept this deal under any conditions", first.End);
        var third = At(text, "We will keep talking to them for as long as it takes");
        doc.Set(Layers.Quotes, [Q("q1", first, "e1", "Ana Costa"), Q("q2", second, "e2", "Rui Lopes")]);
        var f = Assert.Single(new QuoteConflictCheck().Check(doc));
        Assert.Equal([first, second], f.Evidence);
        // "We will keep talking" stands inside Ana Costa's quote, not at its start, and is no repeat of it.
        var inside = Doc(text);
        inside.Set(Layers.Quotes, [Q("q1", first, "e1", "Ana Costa"), Q("q3", third, "e2", "Rui Lopes")]);
        Assert.Empty(new QuoteConflictCheck().Check(inside));
    }

    [Fact]
    public void A_speaker_known_only_by_an_office_may_be_the_named_one_unless_the_knowledge_base_says_otherwise()
    {
        const string text = "Talks\n“We will not accept this deal under any conditions,” the prime minister said.\nLater: “We will not accept this deal under any conditions,” Tony Blair told reporters.";
        var first = At(text, "We will not accept this deal under any conditions");
        var second = At(text, "We will not accept this deal under any conditions", first.End);
        var doc = Doc(text);
        doc.Set(Layers.Quotes, [Q("q1", first, null, "prime minister"), Q("q2", second, "e2", "Tony Blair")]);
        Assert.Empty(new QuoteConflictCheck().Check(doc));
        var russian = Doc(text);
        russian.Set(Layers.Quotes, [Q("q1", first, null, "Russian president"), Q("q2", second, "e2", "Tony Blair")]);
        Assert.Single(new QuoteConflictCheck().Check(russian));
    }

    [Theory]
    [InlineData("In a speech on 22 January 2005, Michael D. Higgins, the Irish president, called for calm.", "Michael D. Higgins", "the Irish president", "2005-01-22", true)]
    [InlineData("In a speech on 22 January 2015, Michael D. Higgins, the Irish president, called for calm.", "Michael D. Higgins", "the Irish president", "2015-01-22", false)]
    [InlineData("In a speech on 3 August 2005, Prime Minister of Denmark Poul Nyrup called for calm.", "Poul Nyrup", "Prime Minister of Denmark", "2005-08-03", true)]
    [InlineData("In a speech on 3 August 2005, Prime Minister of Denmark Anders Fogh called for calm.", "Anders Fogh", "Prime Minister of Denmark", "2005-08-03", false)]
    public void A_title_dated_in_its_clause_is_judged_on_that_day_across_initials_and_names_cut_short(string sentence, string person, string title, string day, bool finding)
    {
        string text = "Talks\n" + sentence;
        var doc = Doc(text);
        var date = At(text, text[(text.IndexOf("on ", StringComparison.Ordinal) + 3)..text.IndexOf(',', StringComparison.Ordinal)]);
        doc.Set(Layers.Times, [new TimeExpression(date, TimexType.Date, day, TimeAnchor.Absolute)]);
        doc.Set(Layers.Entities, [new Entity { Id = "e1", Type = EntityType.Person, Name = person, Mentions = [At(text, person)], Roles = [new Role(title, null, At(text, title))] }]);
        var findings = new AnachronisticTitleCheck(OfficeHolders.Shared).Check(doc).ToList();
        Assert.Equal(finding, findings.Count == 1);
    }
}
