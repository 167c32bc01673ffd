using Sitrep.Core.Documents;

namespace Sitrep.Core.Tests.Documents;

public sealed class SentencesTests
{
    // "Aa b. Cc d." : tokens [0,2) [3,4) [4,5) | [6,8) [9,10) [10,11)
    private static readonly Sentence[] s_two =
    [
        new(new TokenRange(0, 3), new CharRange(0, 5)),
        new(new TokenRange(3, 6), new CharRange(6, 11)),
    ];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    public void The_sentence_of_a_token(int token, int sentence) => Assert.Equal(sentence, Sentences.IndexOfToken(s_two, token));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(6, 6)]
    [InlineData(10, 6)]
    public void The_sentence_holding_a_character(int position, int sentenceStart) => Assert.Equal(sentenceStart, Sentences.Holding(s_two, position)!.Value.Start);

    [Theory]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(-1)]
    public void Characters_between_or_outside_sentences_have_none(int position) => Assert.Null(Sentences.Holding(s_two, position));
}
