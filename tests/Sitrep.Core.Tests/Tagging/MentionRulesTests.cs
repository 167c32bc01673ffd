using Sitrep.Core.Documents;
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
}
