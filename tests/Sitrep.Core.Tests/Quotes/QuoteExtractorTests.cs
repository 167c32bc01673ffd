using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Articles;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Quotes;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    // Quotes on their own (no trained models): structure, tokens, sentences, quotes.
    private static readonly SitrepPipeline s_pipeline = new PipelineBuilder()
        .Add(new StructureFinder()).Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new QuoteExtractor()).Build();

    private static (Document Doc, IReadOnlyList<Quote> Quotes) Run(string body)
    {
        var doc = s_pipeline.Process(new ArticleInput("Headline for the test\n" + body, "test"));
        return (doc, doc.Get(Layers.Quotes));
    }

    private static string? SpeakerText(Document doc, Quote q) => q.SpeakerRange is { } r ? doc.TextOf(r) : null;

    [Theory]
    [InlineData("“We will win,” Trump said.", "We will win,", "Trump", "said")]
    [InlineData("“We will win,” said Sen. Jane Smith of Ohio.", "We will win,", "Sen. Jane Smith", "said")]
    [InlineData("“We will win,” said former Vermont governor Howard Dean.", "We will win,", "former Vermont governor Howard Dean", "said")]
    [InlineData("Jane Smith spoke on Monday. “It was hard,” she said.", "It was hard,", "she", "said")]
    [InlineData("Smith told reporters: “The deal is done.”", "The deal is done.", "Smith", "told")]
    [InlineData("His press secretary, Karoline Leavitt, affirmed, “President Trump wants this war to end.”", "President Trump wants this war to end.", "His press secretary, Karoline Leavitt", "affirmed")]
    [InlineData("“It works,” Rep. Earl Blumenauer (D-Ore.) said.", "It works,", "Rep. Earl Blumenauer (D-Ore.)", "said")]
    [InlineData("The economy is “very strong,” according to the Treasury.", "very strong,", "the Treasury", "according to")]
    [InlineData("Smith called the plan “a disaster” on Tuesday.", "a disaster", "Smith", "called")]
    [InlineData("“He told me ‘never again’ and left,” Smith said.", "He told me ‘never again’ and left,", "Smith", "said")]
    [InlineData("''This isn't tax reform,'' said Mr. Hassett.", "This isn't tax reform,", "Mr. Hassett", "said")]
    [InlineData("\"We are ready,\" the spokesman said.", "We are ready,", "the spokesman", "said")]
    [InlineData("The paradox, says Carl Anthony, is that she was “one of the most powerful first ladies.”", "one of the most powerful first ladies.", "Carl Anthony", "says")]
    [InlineData("Zelensky, who spoke in Kyiv, said: “The war must end.”", "The war must end.", "Zelensky", "said")]
    [InlineData("Fiorina, speaking to Iowans, said, “Last time I looked, you had not voted.”", "Last time I looked, you had not voted.", "Fiorina", "said")]
    [InlineData("Trump delivered a defense of the city, saying it embodied the “bravery and soul of America.”", "bravery and soul of America.", "Trump", "saying")]
    public void Finds_the_quote_its_speaker_words_and_cue(string body, string quote, string speaker, string cue)
    {
        var (doc, quotes) = Run(body);
        var q = Assert.Single(quotes, q => q.Kind is QuoteKind.Direct or QuoteKind.Partial);
        Assert.Equal(quote, doc.TextOf(q.Range));
        Assert.Equal(speaker, SpeakerText(doc, q));
        Assert.Equal(cue, q.Cue);
    }

    [Fact]
    public void A_dash_and_a_name_closing_the_line_attribute_the_quote_before_them()
    {
        var (doc, quotes) = Run("Readers wrote in after the debate.\n“He never answered a single question about the budget.” ― Maria Lopez\n“I will vote for the first time this year.” — Tom Baker, a teacher in Leeds\n\nThe council replied in writing.\n\n“Nobody asked us what we wanted for the harbour.” — the usual complaint, heard again and again in the town.");
        var direct = quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(3, direct.Count);
        Assert.Equal("Maria Lopez", SpeakerText(doc, direct[0]));
        Assert.Equal("Tom Baker", SpeakerText(doc, direct[1]));
        Assert.Null(SpeakerText(doc, direct[2]));
    }

    [Fact]
    public void A_quote_left_open_at_a_paragraph_end_and_reopened_is_one_quote_with_one_speaker()
    {
        var (doc, quotes) = Run("Smith said: “The first part of what I said was long.\n“And the second part was longer still.”\nThe end came.");
        var q = Assert.Single(quotes, q => q.Kind is QuoteKind.Direct);
        Assert.Equal("The first part of what I said was long.\n“And the second part was longer still.", doc.TextOf(q.Range));
        Assert.Equal("Smith", SpeakerText(doc, q));
    }

    [Fact]
    public void A_straight_quote_continued_over_three_paragraphs_takes_the_speaker_named_after_its_last_part()
    {
        var (doc, quotes) = Run("The minister spoke to the press on the harbour wall.\n\n\"We have waited far too long for this bridge.\n\n\"The money was promised twice and never came.\n\n\"Now it is here at last,\" Alan Price said.\n\nThe bridge opens in May.");
        var q = Assert.Single(quotes, q => q.Kind is QuoteKind.Direct);
        Assert.StartsWith("We have waited far too long", doc.TextOf(q.Range), StringComparison.Ordinal);
        Assert.EndsWith("Now it is here at last,", doc.TextOf(q.Range), StringComparison.Ordinal);
        Assert.Equal("Alan Price", SpeakerText(doc, q));
    }

    [Theory]
    [InlineData("Mr Hale said: \"I came here to work on the budget. \"I had been in the Cabinet, so now I can do other things.\" He left.", "I came here to work on the budget. \"I had been in the Cabinet, so now I can do other things.")]
    [InlineData("Mr Hale said: “I came here to work on the budget. “I had been in the Cabinet, so now I can do other things.” He left.", "I came here to work on the budget. “I had been in the Cabinet, so now I can do other things.")]
    public void A_quote_reopened_after_its_sentence_in_a_joined_paragraph_is_one_quote(string body, string quote)
    {
        var (doc, quotes) = Run(body);
        var q = Assert.Single(quotes, q => q.Kind is QuoteKind.Direct);
        Assert.Equal(quote, doc.TextOf(q.Range));
        Assert.Equal("Mr Hale", SpeakerText(doc, q));
    }

    [Theory]
    [InlineData("According to the central bank, exports rose 4.5% in March.", "exports rose 4.5% in March", "the central bank")]
    [InlineData("Exports rose 4.5% in March, according to the central bank.", "Exports rose 4.5% in March", "the central bank")]
    [InlineData("The statistics office said the jobless rate reached a peak of 13.1%.", "the jobless rate reached a peak of 13.1%", "The statistics office")]
    public void Reported_speech_opened_or_closed_by_its_source_keeps_its_figures(string body, string content, string speaker)
    {
        var (doc, quotes) = Run(body);
        var q = Assert.Single(quotes, q => q.Kind is QuoteKind.Indirect);
        Assert.Equal(content, doc.TextOf(q.Range));
        Assert.Equal(speaker, SpeakerText(doc, q));
    }

    [Theory]
    [InlineData("The finance ministry said exports rose 4.5% in March.", "exports rose 4.5% in March")]
    [InlineData("The union said up to 1.4 million workers could strike in March.", "up to 1.4 million workers could strike in March")]
    [InlineData("The company said in the fourth quarter, profits rose 12%.", "in the fourth quarter, profits rose 12%")]
    [InlineData("The ministry said in a statement released on Monday.", null)]
    public void With_tags_a_clause_after_said_is_reported_speech_without_that(string body, string? content)
    {
        var models = Sitrep.Models.EmbeddedModels.Load();
        var pipeline = new PipelineBuilder().Add(new StructureFinder()).Add(new Tokenizer()).Add(new SentenceSplitter())
            .Add(new Sitrep.Core.Tagging.PosTagger(models)).Add(new QuoteExtractor()).Build();
        var doc = pipeline.Process(new ArticleInput("Headline for the test\n" + body, "test"));
        var indirect = doc.Get(Layers.Quotes).Where(q => q.Kind is QuoteKind.Indirect).Select(q => doc.TextOf(q.Range)).ToList();
        if (content is null)
        {
            Assert.Empty(indirect);
        }
        else
        {
            Assert.Equal([content], indirect);
        }
    }

    [Fact]
    public void A_saying_verb_before_according_to_keeps_its_own_speaker()
    {
        var (doc, quotes) = Run("Exports rose 4.5% in March, the minister said, according to the paper.");
        Assert.DoesNotContain(quotes, q => q.Kind is QuoteKind.Indirect && SpeakerText(doc, q) == "the paper");
    }

    [Fact]
    public void A_few_quoted_words_inside_reported_speech_are_a_partial_quote_of_its_speaker()
    {
        var (doc, quotes) = Run("The council met on Monday. The ministers lodged an appeal on Monday, arguing that the standard of proof in such cases should “be beyond doubt” in every court.");
        var indirect = Assert.Single(quotes, q => q.Kind is QuoteKind.Indirect);
        var partial = Assert.Single(quotes, q => q.Kind is QuoteKind.Partial);
        Assert.Equal("be beyond doubt", doc.TextOf(partial.Range));
        Assert.NotNull(partial.SpeakerRange);
        Assert.Equal(indirect.SpeakerRange, partial.SpeakerRange);
        Assert.Equal(indirect.Cue, partial.Cue);
    }

    [Theory]
    [InlineData("HARBOURTON, June 3, 2031 — Floodwater closed the ring road on Monday, stranding two buses, the city engineer said.", "Floodwater closed the ring road on Monday, stranding two buses")]
    [InlineData("Floodwater closed the ring road on Monday, stranding two buses, the city engineer said.", "Floodwater closed the ring road on Monday, stranding two buses")]
    public void A_wire_dateline_is_not_part_of_the_reported_speech_it_opens(string body, string said)
    {
        var (doc, quotes) = Run(body);
        var indirect = Assert.Single(quotes, q => q.Kind is QuoteKind.Indirect);
        Assert.Equal(said, doc.TextOf(indirect.Range));
        Assert.Equal("the city engineer", SpeakerText(doc, indirect));
    }

    [Fact]
    public void A_closed_quote_and_a_quote_opening_the_next_paragraph_stay_two_quotes()
    {
        var (doc, quotes) = Run("“The first part of what I said was long,” Smith said.\n“And this is another matter entirely,” Jones replied.");
        var direct = quotes.Where(q => q.Kind is QuoteKind.Direct).ToList();
        Assert.Equal(["The first part of what I said was long,", "And this is another matter entirely,"], direct.Select(q => doc.TextOf(q.Range)).ToList());
        Assert.Equal(["Smith", "Jones"], direct.Select(q => SpeakerText(doc, q)).ToList());
    }

    [Fact]
    public void Consecutive_quotes_keep_the_speaker_of_the_first()
    {
        var (doc, quotes) = Run("“We are losing,” Caddell said. “This is in their heads.”");
        var direct = quotes.Where(q => q.Kind is QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.Equal("Caddell", SpeakerText(doc, direct[1]));
    }

    [Theory]
    [InlineData("Witkoff‘s visit and rock 'n' roll of the '90s were discussed at length.")]
    [InlineData("The so-called “deal” fell apart on Monday.")]
    [InlineData("She appeared on MSNBC's “Morning Joe” on Monday.")]
    [InlineData("The critics saw the “reform” as a sham.")]
    [InlineData("He starred in “The Art of the Deal” last year.")]
    [InlineData("<tweet id=\"747941240054812672\" author=\"@someone\">text</tweet>")]
    public void Apostrophes_scare_quotes_and_titles_are_not_quotes(string body)
    {
        var (_, quotes) = Run(body);
        Assert.DoesNotContain(quotes, q => q.Kind is QuoteKind.Direct or QuoteKind.Partial);
    }

    [Fact]
    public void Embedded_posts_and_pull_quotes_come_from_the_structure_layer()
    {
        var (doc, quotes) = Run(
            "Donald Trump spoke on Monday.\nJust had a very productive meeting with President Putin of Russia.\n— Donald J. Trump (@realDonaldTrump) June 2, 2024\n"
            + "The meeting went on.\n“Everyone agrees this War must come to a close.”\n—Donald Trump, President of the United States\nThe talks ended.");
        var post = Assert.Single(quotes, q => q.Kind == QuoteKind.EmbeddedPost);
        Assert.Equal("Donald Trump", post.SpeakerName);
        Assert.Equal("Donald J. Trump", SpeakerText(doc, post));
        var pull = Assert.Single(quotes, q => q.Kind == QuoteKind.PullQuote);
        Assert.Equal("Everyone agrees this War must come to a close.", doc.TextOf(pull.Range));
        Assert.Equal("Donald Trump", pull.SpeakerName);
        Assert.DoesNotContain(quotes, q => q.Kind is QuoteKind.Direct or QuoteKind.Partial);
    }

    [Theory]
    [InlineData("Zelensky has previously suggested that Russia would only seriously consider peace when its money runs out.", "Russia would only seriously consider peace when its money runs out", "Zelensky", "suggested")]
    [InlineData("The White House later informed the BBC that Russia had expressed interest in a meeting.", "Russia had expressed interest in a meeting", "The White House", "informed")]
    [InlineData("Trump indicated he had briefed European allies on the talks.", "he had briefed European allies on the talks", "Trump", "indicated")]
    [InlineData("The campaign would not survive the summer, a source said.", "The campaign would not survive the summer", "a source", "said")]
    public void Reported_speech_is_an_indirect_quote_with_its_speaker(string body, string content, string speaker, string cue)
    {
        var (doc, quotes) = Run(body);
        var q = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(content, doc.TextOf(q.Range));
        Assert.Equal(speaker, SpeakerText(doc, q));
        Assert.Equal(cue, q.Cue);
    }

    [Fact]
    public void Quote_ids_are_numbered_in_text_order()
    {
        var (_, quotes) = Run("“One thing,” Smith said. Jones suggested that it was wrong. “Another,” Jones said.");
        Assert.Equal(Enumerable.Range(1, quotes.Count).Select(i => "q" + i), quotes.Select(q => q.Id));
        Assert.True(quotes.Zip(quotes.Skip(1)).All(p => p.First.Range.Start <= p.Second.Range.Start));
    }
}
