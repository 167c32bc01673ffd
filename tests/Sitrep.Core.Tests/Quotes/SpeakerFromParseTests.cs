using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Entities;
using Sitrep.Core.Language;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Quotes;

/// <summary>Speakers read from the parse and named through the entity layer (the whole default pipeline, trained models included).</summary>
public sealed class SpeakerFromParseTests
{
    private static (Document Doc, List<Quote> Quotes) Run(string body)
    {
        var doc = ShippedPipeline.Instance.Process(new ArticleInput("Talks resume in the capital\n" + body, "test"));
        return (doc, doc.Get(Layers.Quotes).Where(q => q.Kind is QuoteKind.Direct or QuoteKind.Partial).ToList());
    }

    [Fact]
    public void A_possessive_principal_is_kept_as_the_principal_not_the_speaker()
    {
        var (_, quotes) = Run("Prime Minister Tony Blair's official spokesman said on Monday: \"The talks are over and nobody will reopen them.\"");
        var q = Assert.Single(quotes);
        Assert.NotNull(q.SpeakerName);
        Assert.DoesNotContain("Blair", q.SpeakerName!.Replace("Blair's", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("spokesman", q.SpeakerName, StringComparison.Ordinal);
        Assert.Equal("Tony Blair", q.SpeakerPrincipalName);
    }

    [Fact]
    public void A_person_named_after_a_title_phrase_holds_it_and_one_the_preposition_governs_is_the_principal()
    {
        var (_, holder) = Run("But general secretary of the public services union Unison Dave Prentis criticised the plans. \"If you want good public services you do not get that by hitting people.\"");
        Assert.Equal("Dave Prentis", Assert.Single(holder).SpeakerName);
        Assert.Null(holder[0].SpeakerPrincipalName);

        var (_, lawyer) = Run("A lawyer for Michael Howard criticised the ruling. \"This is a sad day for the courts of this country.\"");
        Assert.Equal("lawyer", Assert.Single(lawyer).SpeakerName);
        Assert.Equal("Michael Howard", lawyer[0].SpeakerPrincipalName);
    }

    [Fact]
    public void A_person_named_at_the_end_of_the_speaker_phrase_is_the_speaker_whatever_names_come_before()
    {
        var (_, oaten) = Run("Lib Dem Home Affairs spokesman Mark Oaten said: \"It would clearly be prudent to allow the police more time to prepare.\"");
        Assert.Equal("Mark Oaten", Assert.Single(oaten).SpeakerName);

        var (_, howard) = Run("Michael Howard gave an interview to the magazine. In the Cosmopolitan interview Mr Howard said: \"I believe the law on this should be changed soon.\"");
        Assert.Equal("Michael Howard", Assert.Single(howard).SpeakerName);
    }

    [Fact]
    public void He_or_she_unresolved_does_not_go_on_with_an_organisation_that_spoke_before()
    {
        var (doc, quotes) = Run("The Labour Party said: \"We never call people who have asked us not to.\" \"We always ask people first and we keep to the law,\" he said.");
        Assert.Equal(2, quotes.Count);
        var party = Assert.Single(doc.Get(Layers.Entities), e => e.Name.Contains("Labour", StringComparison.Ordinal));
        Assert.Equal(party.Id, quotes[0].Speaker);
        Assert.NotEqual(party.Id, quotes[1].Speaker);
    }

    [Fact]
    public void An_aide_to_a_person_speaks_for_that_person()
    {
        var (_, quotes) = Run("Prime Minister Jacques Chirac met the chancellor on Monday. \"The Germans clearly do not want to budge,\" an aide to Chirac told reporters.");
        var q = Assert.Single(quotes);
        Assert.Equal("aide", q.SpeakerName);
        Assert.Equal("Jacques Chirac", q.SpeakerPrincipalName);
        Assert.Contains("to", (IReadOnlySet<string>)Prepositions.Affiliation);
    }

    [Fact]
    public void A_quote_that_ends_its_sentence_is_not_attributed_by_the_next_sentence()
    {
        var (_, quotes) = Run("\"This makes a mockery of the whole plan,\" said Gordon Lishman, director of Age Concern. \"It is now inevitable that older people will mount legal challenges.\" The decision will have no impact on pensions, the government has said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Gordon Lishman", q.SpeakerName));
    }

    [Fact]
    public void A_name_ending_in_an_organisation_head_word_is_no_person_a_pronoun_can_stand_for()
    {
        var (doc, quotes) = Run("Amitai Etzioni is a sociologist. In a report for the Foreign Policy Centre think tank, he says an attack is the main danger. \"Attempts to defend against it by hardening targets will fail,\" he says.");
        Assert.DoesNotContain(doc.Get(Layers.Entities), e => e.Type == EntityType.Person && e.Name.EndsWith("Centre", StringComparison.Ordinal));
        Assert.Equal("Amitai Etzioni", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void Reported_speech_is_the_reporting_verbs_subject_not_the_noun_before_the_verb()
    {
        var (doc, _) = Run("Nordvik Shipping AS, the Norwegian subsidiary of the Dutch-based shipping group, said it made a loss in 1986.");
        var q = Assert.Single(doc.Get(Layers.Quotes), q => q.Kind is QuoteKind.Indirect);
        Assert.Equal("it made a loss in 1986", doc.TextOf(q.Range).TrimEnd('.'));
        Assert.StartsWith("Nordvik", q.SpeakerName, StringComparison.Ordinal);
        Assert.NotNull(q.Speaker);
    }

    [Fact]
    public void A_person_named_in_the_subject_speaks_when_the_parse_heads_it_with_a_thing()
    {
        // The parser makes "association" the subject of "said" and the name its compound: the person still speaks.
        var (_, quotes) = Run("“This is a good day for farmers,” said Olena Marchenko, head of the grain traders' association.");
        var q = Assert.Single(quotes);
        Assert.Equal("Olena Marchenko", q.SpeakerName);
    }

    [Fact]
    public void The_subject_of_the_speech_verb_speaks_not_its_object()
    {
        var (doc, quotes) = Run("Senator Walter Brandt told Diane Keller of Channel Nine that \"you have to look at the offer very seriously.\"");
        var q = Assert.Single(quotes);
        Assert.Equal("Walter Brandt", q.SpeakerName);
        Assert.Equal("told", q.Cue);
        Assert.Contains("Brandt", doc.TextOf(q.SpeakerRange!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_inside_a_title_phrase_is_the_person_not_the_party()
    {
        var (_, quotes) = Run("Scottish National Party Justice Minister Kenneth Muir said that the prison case had been \"a fiasco from start to finish\".");
        var q = Assert.Single(quotes);
        Assert.Equal("Kenneth Muir", q.SpeakerName);
    }

    [Fact]
    public void A_pronoun_after_quoted_sentences_goes_to_the_narrative_subject()
    {
        var (_, quotes) = Run("Clara Fenwick attacked Robert Hale over his record on Monday. As for the vote, Fenwick offered her own approach. \"Look, how about an honest candidate? How about a competent one? But I am never going to ask for support because of that,\" she said.");
        var q = Assert.Single(quotes);
        Assert.Equal("Clara Fenwick", q.SpeakerName);
    }

    [Fact]
    public void A_pronoun_chains_through_earlier_pronouns_of_the_same_person()
    {
        var (doc, _) = Run("Mr Norbert Raines said nearly all departments had an interest in the plan. And he confirmed rows over the issue with colleagues. Ministers met on Tuesday. Officials waited outside. But he said there was a recognition that \"a good settlement\" was important.");
        var entities = doc.Get(Layers.Entities);
        var text = doc.Text;
        int last = text.LastIndexOf(" he said", StringComparison.Ordinal) + 1;
        var person = EntityReferents.Of(entities, new CharRange(last, last + 2));
        Assert.NotNull(person);
        Assert.Equal("Norbert Raines", person!.Name);
    }

    [Fact]
    public void A_woman_named_by_her_title_is_not_he()
    {
        var (doc, _) = Run("Mrs Helen Carver met Paul Drury in the capital. He said the meeting went well.");
        var entities = doc.Get(Layers.Entities);
        int he = doc.Text.IndexOf("He said", StringComparison.Ordinal);
        var person = EntityReferents.Of(entities, new CharRange(he, he + 2));
        Assert.NotNull(person);
        Assert.Equal("Paul Drury", person!.Name);
    }

    // A pronoun is named by the entity layer's resolver (these two ran on the quotes layer alone before it existed).
    [Fact]
    public void A_pronoun_speaker_is_named_by_its_antecedent()
    {
        var (_, quotes) = Run("Ukrainian President Volodymyr Zelensky confirmed the call. He echoed the sentiment, stating, “The war must end.”");
        var q = Assert.Single(quotes);
        Assert.Equal("Volodymyr Zelensky", q.SpeakerName);
    }

    [Fact]
    public void A_quote_split_by_its_attribution_gives_both_stretches_the_speaker()
    {
        var (doc, quotes) = Run("Donald Trump spoke at length. “We will win,” he said, “and we will win big.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("he", doc.TextOf(q.SpeakerRange!.Value)));
        Assert.All(quotes, q => Assert.Equal("Donald Trump", q.SpeakerName));
    }

    [Fact]
    public void A_person_named_only_by_a_title_is_the_one_person_bearing_it()
    {
        var (_, quotes) = Run("KING TALAL WANTS CALM MARKETS\nKing Talal said today his country wants stable prices. King Talal was asked whether output would fall.\nThe King replied: \"We do not decide prices by ourselves but we certainly desire stability.\"");
        var q = Assert.Single(quotes);
        Assert.Equal("Talal", q.SpeakerName);
    }

    [Fact]
    public void Two_bare_titles_joined_before_a_name_are_that_persons()
    {
        var (_, quotes) = Run("\"While scientists have not yet detected liquid water directly, we've found the next best thing,\" lead researcher and NASA planetary scientist Lucas Paganini said in a NASA statement.");
        Assert.Equal("Lucas Paganini", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_long_subject_the_parser_split_at_a_participle_is_read_whole()
    {
        var (_, quotes) = Run("The authors of the research published in the journal JAMA Psychiatry argued that while the policies have provided \"important social benefits, particularly around issues of equity in criminal justice,\" the climb is \"a potential public health concern.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.StartsWith("authors", q.SpeakerName, StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_of_saying_coordinated_into_a_reported_clause_goes_with_the_reporting_verb()
    {
        var (_, quotes) = Run("Mr Straw told activists in Blackburn on Thursday that voters would have to decide at the next election.\n\nHe acknowledged that the public had lost faith in Labour, but suggested it could persuade people to \"reinvest their trust with us\" if the party could overcome Tory attempts to spread cynicism in politics.");
        Assert.Contains("Straw", Assert.Single(quotes).SpeakerName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_word_read_as_a_noun_far_after_the_quote_does_not_attribute_it()
    {
        var (_, quotes) = Run("The number of respondents aged between 12 to 17-years-old who had cannabis use disorder rose \"slightly\" by 25 percent compared with those in the same group in other states, from 2.18 percent to 2.72 percent, the authors wrote.");
        Assert.Equal("authors", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_person_named_right_after_the_quote_speaks_whatever_names_the_apposition_holds()
    {
        var (_, quotes) = Run("\u201cUsing the lift capability of the rocket, we have developed a new approach,\u201d Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said in that statement.\n\n\u201cThis is mainly due to the change in wind direction,\u201d Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Jim Chilton", quotes[0].SpeakerName);
        Assert.Equal("Kurinji Selvaraj", quotes[1].SpeakerName);
    }

    [Fact]
    public void A_role_noun_after_a_name_is_the_described_speaker_and_the_name_whom_it_speaks_for()
    {
        var (_, quotes) = Run("\"Meadows screwed everybody,\" said one GOP operative in the state.");
        var q = Assert.Single(quotes);
        Assert.Equal("operative", q.SpeakerName);
        Assert.Equal("GOP", q.SpeakerPrincipalName);
    }

    [Fact]
    public void A_name_after_titles_joined_or_read_as_names_is_the_speaker()
    {
        var (_, quotes) = Run("\"GM reported solid overall results in 2004,\" GM chairman and chief executive Rick Wagoner said in a statement.\n\n\"Royer and Elgindy used the tools to defraud the public,\" said US Attorney Roslynn Mauskopf. Ms Mauskopf did not say more.\n\nThe Higher Education Minister, Kim Howells, said: \"We are working in schools to raise aspiration.\"");
        Assert.Equal(["Rick Wagoner", "Roslynn Mauskopf", "Kim Howells"], quotes.Select(q => q.SpeakerName));
    }

    [Fact]
    public void Quotes_that_are_whole_paragraphs_go_with_the_first_of_them_that_is_attributed()
    {
        var (_, quotes) = Run("David Blunkett built his reputation as a plain-speaking Yorkshire man.\n\n\"Trust and straight talking is something which matters so much to me as a politician.\"\n\n\"I don't think anyone can say I have said one thing in public and done another in private.\"\n\n\"I accepted by necessity we have to have prevention under a new category,\" he said in reference to new measures.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("David Blunkett", q.SpeakerName));
    }

    [Fact]
    public void Commented_is_a_reporting_verb()
    {
        var (_, quotes) = Run("\"We worked on adjusting the architecture of the spacecraft and its logistics,\" commented Robin Biesbroek of the CDF.");
        Assert.Equal("Robin Biesbroek", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_statement_that_reads_a_quote_is_its_speaker()
    {
        var (_, quotes) = Run("The company denied the allegations in a statement shared to its website.\n\n\"As her partner for over a decade, we were shocked to see her statements yesterday based on false information,\" the statement read.");
        Assert.Equal("statement", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void She_after_a_described_speaker_is_that_speaker_not_the_person_named_before()
    {
        var (_, quotes) = Run("Michael Howard set out his tax plans in London on Monday.\n\nA Conservative spokeswoman said the party would cut taxes. \"We will keep our promises.\"\n\nShe said: \"It is a fair deal for families.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Contains("spokeswoman", q.SpeakerName ?? "", StringComparison.Ordinal));

        // A named subject between them still takes the pronoun.
        var (_, named) = Run("A Conservative spokeswoman said the party would cut taxes.\n\nMichael Howard set out his tax plans in London on Monday. He said: \"It is a fair deal for families.\"");
        Assert.Equal("Michael Howard", Assert.Single(named).SpeakerName);
    }

    [Fact]
    public void A_possessive_inside_the_body_a_described_speaker_speaks_for_is_no_principal()
    {
        var (_, quotes) = Run("Mr Taylor complained about the calls on Friday.\n\nA spokeswoman for the Information Commissioner's Office said: \"We are investigating one of the complaints.\"");
        var q = Assert.Single(quotes);
        Assert.Contains("spokeswoman", q.SpeakerName ?? "", StringComparison.Ordinal);
        Assert.Contains("Information Commissioner", q.SpeakerPrincipalName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_definite_description_is_the_person_named_before_with_that_very_title()
    {
        var (_, quotes) = Run("Home Secretary Charles Clarke met police chiefs on Monday. Shadow home secretary David Davis said the talks had failed.\n\n"
            + "The home secretary told MPs: \"The powers are needed.\"\n\nThe shadow home secretary said: \"They are not.\"");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Charles Clarke", quotes[0].SpeakerName);
        Assert.Equal("David Davis", quotes[1].SpeakerName);
    }

    [Fact]
    public void A_title_that_is_the_next_clause_subject_is_no_apposition_of_the_name_before_it()
    {
        var (_, quotes) = Run("Prime Minister Tony Blair flew to Washington on Monday.\n\n"
            + "Echoing the US Secretary of State Condoleezza Rice, the prime minister said: \"Policy has changed.\"");
        Assert.Equal("Tony Blair", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_name_in_apposition_to_the_main_subject_is_what_he_stands_for_in_the_next_sentence()
    {
        var (_, quotes) = Run("First Minister Jack McConnell ordered a report on Monday.\n\n"
            + "BBC Scotland political correspondent Glenn Campbell said the first minister had ordered an urgent report. He said: \"No minister signed off the release.\"");
        Assert.Equal("Glenn Campbell", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_sentence_opening_with_a_subjectless_speech_verb_shares_the_subject_of_the_sentence_before()
    {
        var (_, quotes) = Run("Foreign Minister Paul Varga said the negotiations had taken a long time because twenty countries were involved. But added: \"The moment is now right for real progress.\"");
        Assert.Equal("Paul Varga", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_titled_name_coordinated_after_a_firm_without_a_word_of_its_own_is_the_speaker()
    {
        var (_, quotes) = Run("\"These new products will be the company's bread and butter,\" said Hartley and Co analyst Michael Dunmore.");
        Assert.Equal("Michael Dunmore", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_cue_written_with_a_capital_inside_a_sentence_still_attributes()
    {
        var (_, quotes) = Run("\"The city must open its markets faster than it has so far,\" Robert Kane, senior vice-president of Northbank N.A., Told a group of members of parliament.");
        Assert.Equal("Robert Kane", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_whole_sentence_quote_after_a_sentence_without_a_cue_is_the_words_of_its_named_subject()
    {
        var (_, quotes) = Run("The minister has been criticised for the plan. Writing in a Sunday newspaper, Mr Hollis set out his view of where the party should go. \"Our programme for the coming decade is not simply about cutting taxes but about building good schools.\" Political editor Sarah Mills said that the article was \"a shot across the bows\" to the leader.");
        Assert.Equal(2, quotes.Count);
        Assert.Contains("Hollis", quotes[0].SpeakerName, StringComparison.Ordinal);
        Assert.Equal("Sarah Mills", quotes[1].SpeakerName);
    }

    [Fact]
    public void A_participle_of_saying_speaks_with_the_subject_of_the_speech_verb_it_hangs_from()
    {
        var (_, quotes) = Run("Even Dale Foster, who has endorsed Cruz, said Thursday that Kasich would be the best candidate.\n\n"
            + "\u201cI think Kasich would be the best nominee, but he doesn't have a chance,\u201d Foster said on MSNBC's \"Morning Joe,\" adding, \u201cKasich's problem is he is an insider in an outsider year, and nobody seems to want to buy that.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Dale Foster", q.SpeakerName));
    }
}
