using Sitrep.Core.Documents;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Tokenization;

/// <summary>
/// Table-driven tokenizer cases. Each case is the text and its tokens separated by " | "; the test finds each
/// expected token at the next non-space position, so the case fixes every token's exact [start, end) offsets.
/// </summary>
public sealed class TokenizerCases
{
    [Theory]
    // quotes, straight and curly; the stray ‘ used as an apostrophe
    [InlineData("He said \"no\".", "He | said | \" | no | \" | .")]
    [InlineData("“Great progress” cited", "“ | Great | progress | ” | cited")]
    [InlineData("Witkoff‘s visit", "Witkoff | ‘s | visit")]
    [InlineData("Wednesday’s talks", "Wednesday | ’s | talks")]
    [InlineData("the ‘constructive’ talks", "the | ‘ | constructive | ’ | talks")]
    [InlineData("the parents' car", "the | parents | ' | car")]
    [InlineData("''Hello'' he said", "'' | Hello | '' | he | said")]
    // clitics and contractions
    [InlineData("don't", "do | n't")]
    [InlineData("Can’t won't isn't", "Ca | n’t | wo | n't | is | n't")]
    [InlineData("they're we've I'll she'd I'm", "they | 're | we | 've | I | 'll | she | 'd | I | 'm")]
    [InlineData("cannot gonna dont", "can | not | gon | na | do | nt")]
    [InlineData("O'Brien rock'n'roll", "O'Brien | rock'n'roll")]
    [InlineData("the 1990's and '60s", "the | 1990's | and | '60s")]
    // abbreviations and initials
    [InlineData("the U.S. President", "the | U.S. | President")]
    [InlineData("Dr. Smith met Gen. Jones on Aug. 27", "Dr. | Smith | met | Gen. | Jones | on | Aug. | 27")]
    [InlineData("J. K. Rowling wrote", "J. | K. | Rowling | wrote")]
    [InlineData("e.g. this, i.e. that", "e.g. | this | , | i.e. | that")]
    [InlineData("at 5 p.m. on", "at | 5 | p.m. | on")]
    [InlineData("Acme Inc. said", "Acme | Inc. | said")]
    [InlineData("apples, pears etc.", "apples | , | pears | etc | .")]
    [InlineData("in the U.S. The talks", "in | the | U.S | . | The | talks")]
    [InlineData("No. 10 said no.", "No. | 10 | said | no | .")]
    [InlineData("He fell ill. Then", "He | fell | ill | . | Then")]
    [InlineData("a Ph.D. student", "a | Ph.D. | student")]
    // numbers, currency, percent, units
    [InlineData("rose 6.4% to $200", "rose | 6.4 | % | to | $ | 200")]
    [InlineData("£1,250.50 and €3bn", "£ | 1,250.50 | and | € | 3 | bn")]
    [InlineData("at 10:30 on 9/11", "at | 10:30 | on | 9/11")]
    [InlineData("call 713-853-3989 now", "call | 713-853-3989 | now")]
    [InlineData("aged 5-10 years", "aged | 5 | - | 10 | years")]
    [InlineData("the 3rd and 21st, 1990s", "the | 3rd | and | 21st | , | 1990s")]
    [InlineData("a 10km run, 4G phones", "a | 10 | km | run | , | 4G | phones")]
    // hyphens
    [InlineData("a 15-year term", "a | 15 | - | year | term")]
    [InlineData("long-term non-profit e-mail", "long | - | term | non-profit | e-mail")]
    [InlineData("al-Qaeda's", "al | - | Qaeda | 's")]
    // web
    [InlineData("see https://www.bbc.co.uk/news/world-1.html.", "see | https://www.bbc.co.uk/news/world-1.html | .")]
    [InlineData("(www.example.com)", "( | www.example.com | )")]
    [InlineData("mail jane.doe@example.org, or", "mail | jane.doe@example.org | , | or")]
    [InlineData("@realDonaldTrump and #Ukraine", "@realDonaldTrump | and | #Ukraine")]
    [InlineData("Amazon.com said", "Amazon.com | said")]
    [InlineData("AT&T and S&P", "AT&T | and | S&P")]
    // dashes, ellipses, brackets, runs
    [InlineData("war—and peace", "war | — | and | peace")]
    [InlineData("war -- and peace", "war | -- | and | peace")]
    [InlineData("— Donald J. Trump (@realDonaldTrump) June 2, 2024", "— | Donald | J. | Trump | ( | @realDonaldTrump | ) | June | 2 | , | 2024")]
    [InlineData("Wait... what?! Really…", "Wait | ... | what | ?! | Really | …")]
    [InlineData("[1] {x} (y)", "[ | 1 | ] | { | x | } | ( | y | )")]
    [InlineData("great :) thanks", "great | :) | thanks")]
    // other scripts, emoji, marks
    [InlineData("Zelensky 🇺🇦 👍🏽 ok", "Zelensky | 🇺🇦 | 👍🏽 | ok")]
    [InlineData("👩‍👩‍👧 family", "👩‍👩‍👧 | family")]
    [InlineData("café naïve", "café | naïve")]
    [InlineData("שלום עולם", "שלום | עולם")]
    public void Tokenizes(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var want = ExpectedSpans(text, expected);
        Assert.Equal(Describe(text, want), Describe(text, tokens.Select(t => t.Range).ToArray()));
        Assert.Equal(want, tokens.Select(t => t.Range).ToArray());
    }

    [Fact]
    public void Offsets_are_utf16_half_open_ranges_into_the_text()
    {
        var tokens = Tokenizer.Tokenize("  $200 don't\r\n🇺🇦.");
        Assert.Equal(
            [new Token(2, 3, TokenKind.Currency), new Token(3, 6, TokenKind.Number), new Token(7, 9, TokenKind.Word), new Token(9, 12, TokenKind.Word), new Token(14, 18, TokenKind.Emoji), new Token(18, 19, TokenKind.Punctuation)],
            tokens);
    }

    [Theory]
    [InlineData("@name", TokenKind.Handle)]
    [InlineData("#tag", TokenKind.Hashtag)]
    [InlineData("http://x.org/a", TokenKind.Url)]
    [InlineData("a@b.com", TokenKind.Email)]
    [InlineData("—", TokenKind.Dash)]
    [InlineData("“", TokenKind.Quote)]
    [InlineData("$", TokenKind.Currency)]
    [InlineData("6.4", TokenKind.Number)]
    [InlineData(";-)", TokenKind.Emoticon)]
    [InlineData("😀", TokenKind.Emoji)]
    public void Kinds(string text, TokenKind kind)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal(kind, token.Kind);
    }

    private static CharRange[] ExpectedSpans(string text, string expected)
    {
        var spans = new List<CharRange>();
        int pos = 0;
        foreach (var token in expected.Split(" | "))
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            Assert.True(string.CompareOrdinal(text, pos, token, 0, token.Length) == 0, $"case error: '{token}' is not at {pos} in '{text}'");
            spans.Add(new CharRange(pos, pos + token.Length));
            pos += token.Length;
        }

        return [.. spans];
    }

    private static string Describe(string text, CharRange[] spans) => string.Join(" | ", spans.Select(s => text[s.Start..s.End]));
}
