using Sitrep.Core.Documents;
using ListedNames = Sitrep.Core.Knowledge.ListedNames;
using Sitrep.Core.Tagging;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Tagging;

public sealed class MentionRulesTests
{
    [Theory]
    [InlineData("according to the United Nations High Commissioner for Refugees (UNHCR Data).", "United Nations High Commissioner", "United Nations High Commissioner for Refugees")]
    [InlineData("the Bank for International Settlements (BIS) said.", "Bank", "Bank for International Settlements")]
    [InlineData("the Bank of England (BoE) said.", "Bank", "Bank")]
    [InlineData("the Ministry of Defence said on Monday.", "Ministry", "Ministry")]
    public void An_organisation_extends_over_for_and_of_only_when_a_bracketed_acronym_spells_it(string text, string recognized, string expected)
    {
        var tokens = new TokenList(Tokenizer.Tokenize(text));
        int start = text.IndexOf(recognized, StringComparison.Ordinal);
        int first = tokens.IndexAtOrAfter(start);
        int end = tokens.Cover(new CharRange(start, start + recognized.Length)).End;
        int extended = MentionRules.ExtendByAcronym(text, tokens, first, end);
        Assert.Equal(expected, text[tokens[first].Start..tokens[extended - 1].End]);
    }

    [Theory]
    [InlineData("US President Donald Trump spoke", "B-ORG I-ORG I-ORG I-ORG O", "B-LOC O B-PER I-PER O")]
    [InlineData("the Federal Reserve Governor Lawrence Lindsey said", "O B-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG O B-PER I-PER O")]
    [InlineData("the Russian Ambassador Ivanov said", "O B-ORG I-ORG I-ORG O", "O B-MISC O B-PER O")]
    [InlineData("at Chicago General Hospital today", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O")]
    [InlineData("President Jacques Chirac said", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O")]
    [InlineData("the Director of Intelligence said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O")]
    public void A_mention_running_over_a_title_splits_into_what_precedes_it_and_the_person_after_it(string text, string recognized, string expected)
    {
        string[] words = text.Split(' ');
        var atoms = new TokenAtoms[words.Length];
        var places = Gazetteer.Parse(new StringReader("1\tUS\n8\tRussian\n2\tChicago\n"));
        new Lexicon(new AtomTable(), places).Atomize(new StringWords(words), atoms);
        var labels = new byte[words.Length];
        NerLabels.FromIob(recognized.Split(' '), labels);
        MentionRules.SplitAtTitles(atoms, [new TokenRange(0, words.Length)], labels);
        Assert.Equal(expected, string.Join(' ', labels.Select(l => NerLabels.ToIob2(l))));
    }

    [Theory]
    [InlineData("Truth Social platform", "Truth Social")]
    [InlineData("vladimir putin", "vladimir putin")]
    [InlineData("US President", "US")]
    [InlineData("( Moscow", "Moscow")]
    public void Trim_drops_trailing_lower_case_words_and_titles_but_keeps_a_name_written_all_in_lower_case(string span, string expected)
    {
        string[] words = span.Split(' ');
        var atoms = new TokenAtoms[words.Length];
        Lexicon.Empty.Atomize(new StringWords(words), atoms);
        int start = 0, end = words.Length;
        Assert.True(MentionRules.Trim(atoms, words, ref start, ref end));
        Assert.Equal(expected, string.Join(' ', words[start..end]));
    }

    [Theory]
    [InlineData("Lord Osborne", true)]
    [InlineData("Mr Justice Harrison", true)]
    [InlineData("Lord Justice May", true)]
    [InlineData("Dr Ayesha Khan", true)]
    [InlineData("Lord Chief Justice", false)]
    [InlineData("Lord Justices Clarke and Rix", false)]
    [InlineData("Osborne House", false)]
    [InlineData("President Chirac", false)]
    [InlineData("Mr", false)]
    public void A_name_a_form_of_address_starts_is_a_persons(string name, bool expected)
        => Assert.Equal(expected, MentionRules.IsAddressedName(name.Split(' ')));

    [Theory]
    [InlineData("Unison Dave Prentis criticised", "", true, 0, 3, 1)]
    [InlineData("Unison Dave Prentis criticised", "64\tdave prentis", false, 0, 3, 1)]
    [InlineData("Unison Dave Prentis criticised", "", false, 0, 3, -1)]
    [InlineData("Unison Dave Prentis criticised", "1\tdave", true, 0, 3, -1)]
    [InlineData("Unison Dave Prentis criticised", "64\tdave prentis criticised", false, 0, 3, -1)]
    [InlineData("Dave Prentis", "", true, 0, 2, -1)]
    [InlineData("the Unison Dave president", "", true, 1, 4, -1)]
    public void A_name_that_ends_with_a_listed_person_or_a_forename_and_surname_splits_before_the_person(string text, string gazetteer, bool daveIsForename, int start, int end, int expected)
    {
        string[] words = text.Split(' ');
        var atoms = new TokenAtoms[words.Length];
        var phrases = Gazetteer.Parse(new StringReader(gazetteer));
        new Lexicon(new AtomTable(), phrases).Atomize(new StringWords(words), atoms);
        var listed = new ListedNames(daveIsForename ? [["forename", "dave"]] : []);
        Assert.Equal(expected, MentionRules.PersonAtEnd(atoms, start, end, listed));
    }

    [Theory]
    [InlineData("Bill O'Reilly of Fox News said", "128\tfox news", 0, 4, 2, 5, true)]
    [InlineData("John Smith of London said", "2\tlondon", 0, 4, 2, 4, false)]
    [InlineData("John Smith of Fox News", "128\tfox news", 0, 4, 2, 5, true)]
    [InlineData("John Smith of Customs and Border Protection said", "", 0, 4, 2, 7, true)]
    [InlineData("John Smith of Fox", "64\tfox", 0, 4, -1, -1, false)]
    [InlineData("John Smith of Nowhere", "", 0, 4, -1, -1, false)]
    [InlineData("Bank of England", "2\tengland", 0, 3, -1, -1, false)]
    public void A_persons_name_running_over_of_into_a_known_organisation_or_place_ends_before_of(string text, string gazetteer, int start, int end, int of, int nameEnd, bool organisation)
    {
        string[] words = text.Split(' ');
        var atoms = new TokenAtoms[words.Length];
        var phrases = Gazetteer.Parse(new StringReader(gazetteer));
        new Lexicon(new AtomTable(), phrases).Atomize(new StringWords(words), atoms);
        var listed = new ListedNames([["organisation", "CUSTOMS AND BORDER PROTECTION"]]);
        var found = MentionRules.NameAfterOf(atoms, words.AsSpan(start, end - start), start, end, listed);
        Assert.Equal(of < 0 ? null : (of, nameEnd, organisation), found);
    }

    [Fact]
    public void A_listed_organisation_is_found_at_its_first_word_longest_first_and_only_with_two_words_or_more()
    {
        string[] words = "at US Customs and Border Protection today".Split(' ');
        var atoms = new TokenAtoms[words.Length];
        Lexicon.Empty.Atomize(new StringWords(words), atoms);
        var listed = new ListedNames([["organisation", "US CUSTOMS AND BORDER PROTECTION"], ["organisation", "CUSTOMS AND BORDER PROTECTION"], ["organisation", "TODAY"]]);
        Assert.Equal(6, listed.OrganisationAt(atoms, 1, words.Length));
        Assert.Equal(6, listed.OrganisationAt(atoms, 2, words.Length));
        Assert.Equal(-1, listed.OrganisationAt(atoms, 2, 5));
        Assert.Equal(-1, listed.OrganisationAt(atoms, 6, words.Length));
    }
}
