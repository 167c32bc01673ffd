using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Tokenization;

/// <summary>Table-driven sentence cases: the text and its sentences separated by " || ".</summary>
public sealed class SentenceSplitterCases
{
    [Theory]
    [InlineData("He left. She stayed.", "He left. || She stayed.")]
    [InlineData("Why? Nobody knows!", "Why? || Nobody knows!")]
    [InlineData("\"We will win,\" he said. \"The war must end.\" Then he left.", "\"We will win,\" he said. || \"The war must end.\" || Then he left.")]
    [InlineData("“Why?” he asked.", "“Why?” he asked.")]
    [InlineData("“We will never surrender!” she told reporters in Kyiv.", "“We will never surrender!” she told reporters in Kyiv.")]
    [InlineData("“This must end!” Ukrainian President Volodymyr Zelensky said. He left.", "“This must end!” Ukrainian President Volodymyr Zelensky said. || He left.")]
    [InlineData("“Enough!” the minister shouted. “Go!” Then silence.", "“Enough!” the minister shouted. || “Go!” || Then silence.")]
    [InlineData("(He left.) Then", "(He left.) || Then")]
    [InlineData("Dr. Smith met Mr. Jones.", "Dr. Smith met Mr. Jones.")]
    [InlineData("J. K. Rowling wrote it.", "J. K. Rowling wrote it.")]
    [InlineData("The U.S. President spoke.", "The U.S. President spoke.")]
    [InlineData("They met in the U.S. The talks ended.", "They met in the U.S. || The talks ended.")]
    [InlineData("Acme Inc. said profits rose.", "Acme Inc. said profits rose.")]
    [InlineData("effective Aug. 27, it said.", "effective Aug. 27, it said.")]
    [InlineData("It rose 6.4 percent. Shares fell.", "It rose 6.4 percent. || Shares fell.")]
    [InlineData("He paused... Then he spoke.", "He paused... || Then he spoke.")]
    [InlineData("We waited ... and waited.", "We waited ... and waited.")]
    [InlineData("Trump Envoy Reports Progress\nThe talks were held on Wednesday.", "Trump Envoy Reports Progress || The talks were held on Wednesday.")]
    [InlineData("Constructive Dialogue in Moscow\r\nTrump said so", "Constructive Dialogue in Moscow || Trump said so")]
    [InlineData("— Donald J. Trump (@realDonaldTrump) June 2, 2024\nThe meeting", "— Donald J. Trump (@realDonaldTrump) June 2, 2024 || The meeting")]
    [InlineData("It was built in 1738. [4] It is old.", "It was built in 1738. [4] || It is old.")]
    [InlineData("1. First point\n2. Second point", "1. First point || 2. Second point")]
    [InlineData("Check these: 1. Is it fed? 2. Is it warm?", "Check these: 1. Is it fed? || 2. Is it warm?")]
    [InlineData("See www.bbc.co.uk. Then", "See www.bbc.co.uk. || Then")]
    [InlineData("Visit Yahoo!News today.", "Visit Yahoo!News today.")]
    [InlineData("“Is it over?” Smith asked. “Yes.” Jones left.", "“Is it over?” Smith asked. || “Yes.” || Jones left.")]
    [InlineData("Goode (b. 1974) is an actor.", "Goode (b. 1974) is an actor.")]
    [InlineData("i went home. then i slept", "i went home. || then i slept")]
    [InlineData("a celebrity edition of Who Wants to be a Millionaire? on Christmas Day.", "a celebrity edition of Who Wants to be a Millionaire? on Christmas Day.")]
    [InlineData("his early days in Wham! along with his later career.", "his early days in Wham! along with his later career.")]
    public void Splits(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal(expected, string.Join(" || ", sentences.Select(s => text[s.Chars.Start..s.Chars.End])));
    }

    [Fact]
    public void No_tokens_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split("   ", Tokenizer.Tokenize("   ")));
    }
}
