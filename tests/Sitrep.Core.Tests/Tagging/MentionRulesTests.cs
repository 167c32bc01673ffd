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
}
