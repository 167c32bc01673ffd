using Sitrep.Core.Language;

namespace Sitrep.Core.Tests.Language;

/// <summary>The language data folder: a file is read against the columns its reader expects.</summary>
public sealed class LanguageDataTests
{
    [Fact]
    public void A_table_is_read_after_its_header_and_its_comments()
    {
        var rows = LanguageData.Read("t", new StringReader("# what the columns mean\nword\tvalue\n\nseven\t7\n# a note\neight\t8\n"), "word", "value");
        Assert.Equal([["seven", "7"], ["eight", "8"]], rows);
    }

    [Fact]
    public void A_file_out_of_step_with_its_reader_is_refused_with_its_name()
    {
        var header = Assert.Throws<InvalidDataException>(() => LanguageData.Read("numbers", new StringReader("word\tkind\nseven\tcardinal\n"), "word", "value", "kind"));
        Assert.Contains("numbers", header.Message);
        Assert.Contains("expected 'word value kind'", header.Message);
        var row = Assert.Throws<InvalidDataException>(() => LanguageData.Read("numbers", new StringReader("word\tvalue\nseven\n"), "word", "value"));
        Assert.Contains("'seven' has 1 fields, expected 2", row.Message);
        Assert.Throws<InvalidDataException>(() => LanguageData.Read("empty", new StringReader("# only comments\n"), "word"));
    }

    [Fact]
    public void The_shipped_number_words_give_each_kind()
    {
        Assert.Equal(90, NumberWords.Cardinals["ninety"]);
        Assert.Equal(12, NumberWords.Cardinals["Dozen"]);
        Assert.Equal(1e9, NumberWords.Scales["bn"]);
        Assert.Equal(100, NumberWords.Scales["hundred"]);      // a cardinal and a scale
        Assert.Equal(200, NumberWords.Vague["hundreds"]);
        Assert.Equal(2, NumberWords.Ordinals["second"]);
        Assert.Equal(2, NumberWords.Loose["couple"]);
        Assert.Contains("Several", (IReadOnlySet<string>)NumberWords.Indefinite);
        Assert.False(NumberWords.Cardinals.ContainsKey("million"));
    }

    [Fact]
    public void The_shipped_pronouns_say_person_number_and_gender_by_form()
    {
        Assert.Equal(new PronounFacts(3, "singular", "feminine"), Pronouns.Subjects["She"]);
        Assert.True(Pronouns.Objects.ContainsKey("her") && Pronouns.Determiners.ContainsKey("her"));
        Assert.False(Pronouns.Subjects.ContainsKey("her"));
        Assert.False(Pronouns.Subjects["it"].Personal);
        Assert.True(Pronouns.Subjects["they"].Personal);
        Assert.Equal("plural", Pronouns.Reflexives["themselves"].Number);
        Assert.True(Pronouns.All.ContainsKey("theirs"));
        Assert.False(Pronouns.All.ContainsKey("the"));
    }

    [Fact]
    public void The_shipped_titles_give_each_reader_its_column()
    {
        Assert.Contains("President", (IReadOnlySet<string>)Titles.EndOfName);
        Assert.Contains("officials", (IReadOnlySet<string>)Titles.EndOfName);
        Assert.DoesNotContain("director", (IReadOnlySet<string>)Titles.EndOfName);
        Assert.Contains("director", (IReadOnlySet<string>)Titles.BeforeName);
        Assert.Contains("spokeswoman", (IReadOnlySet<string>)Titles.Roles);
        Assert.DoesNotContain("troops", (IReadOnlySet<string>)Titles.Roles);

        // An office is read by the first listed title it contains: longer titles come first.
        var offices = Titles.Offices.Select(o => o.Words).ToList();
        Assert.True(offices.IndexOf("vice president") < offices.IndexOf("president"));
        Assert.True(offices.IndexOf("prime minister") < offices.IndexOf("premier"));
        Assert.Equal(Sitrep.Core.Knowledge.OfficeKind.HeadOfGovernment, Titles.Offices.Single(o => o.Words == "chancellor").Kind);

        // The quote reader's title phrase: titles and the modifiers that stand among them, one word each.
        Assert.Contains("Former", (IReadOnlySet<string>)Titles.SpeakerPhrase);
        Assert.Contains("secretary", (IReadOnlySet<string>)Titles.SpeakerPhrase);
        Assert.DoesNotContain("former", (IReadOnlySet<string>)Titles.Roles);
        Assert.DoesNotContain("prime minister", (IReadOnlySet<string>)Titles.SpeakerPhrase);
    }

    [Fact]
    public void The_shipped_reporting_verbs_give_each_reader_its_use()
    {
        Assert.Contains("tweeted", ReportingVerbs.Cues);
        Assert.DoesNotContain("call", ReportingVerbs.Cues);          // a form is listed only where it is meant
        Assert.Contains("asked", ReportingVerbs.AfterQuote);
        Assert.DoesNotContain("describing", ReportingVerbs.AfterQuote);
        Assert.Contains("told", ReportingVerbs.Addressee);
        Assert.DoesNotContain("said", ReportingVerbs.Addressee);
        Assert.Contains("said", ReportingVerbs.NounClause);
        Assert.Contains("know", ReportingVerbs.NotActor);             // knowing, for events only
        Assert.DoesNotContain("know", ReportingVerbs.Cues);
        Assert.Equal(ReportingVerbs.Cues.Length, ReportingVerbs.Cues.Distinct().Count());

        // Every use but the events' lemmas is a form the quote reader takes as a cue.
        foreach (var use in new[] { ReportingVerbs.AfterQuote, ReportingVerbs.Clause, ReportingVerbs.PronounClause, ReportingVerbs.NounClause })
        {
            Assert.Empty(use.Except(ReportingVerbs.Cues));
        }
    }

    [Fact]
    public void A_reporting_verb_with_a_use_no_reader_knows_is_refused()
    {
        var rows = ReportingVerbs.Read(new StringReader("word\tuses\nsaid\tcue,clause\n"));
        Assert.Equal(["cue", "clause"], rows.Single().Uses);
        var bad = Assert.Throws<InvalidDataException>(() => ReportingVerbs.Read(new StringReader("word\tuses\nsaid\tcue,quote\n")));
        Assert.Contains("'said' has the use 'quote'", bad.Message);
    }

    [Fact]
    public void The_shipped_prepositions_give_each_event_reader_its_use()
    {
        Assert.Contains("near", (IReadOnlySet<string>)Prepositions.Place);
        Assert.DoesNotContain("at", (IReadOnlySet<string>)Prepositions.Place);             // "aimed at Iran": read from the parse, a target
        Assert.Contains("at", (IReadOnlySet<string>)Prepositions.PlaceInSentence);
        Assert.Contains("against", (IReadOnlySet<string>)Prepositions.Target);
        Assert.DoesNotContain("against", (IReadOnlySet<string>)Prepositions.PlaceInSentence);
        Assert.Contains("to", (IReadOnlySet<string>)Prepositions.Destination);
        Assert.Empty(Prepositions.Place.Except(Prepositions.PlaceInSentence));
        var bad = Assert.Throws<InvalidDataException>(() => Prepositions.Read(new StringReader("word\tuses\nin\tplace,time\n")));
        Assert.Contains("'in' has the use 'time'", bad.Message);
    }

    [Fact]
    public void Modals_are_read_by_use_and_a_possibility_is_also_a_future()
    {
        Assert.Contains("will", (IReadOnlySet<string>)Modals.Future);
        Assert.DoesNotContain("will", (IReadOnlySet<string>)Modals.Possibility);
        Assert.Contains("could", (IReadOnlySet<string>)Modals.Possibility);
        Assert.Contains("must", (IReadOnlySet<string>)Modals.Obligation);
        Assert.DoesNotContain("must", (IReadOnlySet<string>)Modals.Future);
        Assert.Empty(Modals.Possibility.Except(Modals.Future));
        var bad = Assert.Throws<InvalidDataException>(() => Modals.Read(new StringReader("word\tuses\nmay\tpermission\n")));
        Assert.Contains("'may' has the use 'permission'", bad.Message);
    }

    [Fact]
    public void Articles_are_read_by_kind()
    {
        Assert.True(ArticleWords.IsIndefinite("another"));
        Assert.False(ArticleWords.IsIndefinite("the"));
        var bad = Assert.Throws<InvalidDataException>(() => ArticleWords.Read(new StringReader("word\tkind\nsome\tpartitive\n")));
        Assert.Contains("'some' has the kind 'partitive'", bad.Message);
    }
}
