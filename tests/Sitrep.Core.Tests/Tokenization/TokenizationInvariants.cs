using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Tokenization;

/// <summary>
/// Whatever the input: tokens are sorted, non-empty, non-overlapping and inside the text, cover every
/// character that is not white space, never split a surrogate pair; sentences cover all tokens in order.
/// </summary>
public sealed class TokenizationInvariants
{
    private const string Alphabet = "aZé9 .,;:!?'\"’‘“”`-—–()[]{}@#$%&*/\\_=+<>…\n\r\t\u00A0\u200B\u200D\u0301\u05D0\u0627\uFE0F";

    public static TheoryData<string, string> Pathological() => new()
    {
        { "empty", "" },
        { "spaces", new string(' ', 10_000) },
        { "one long word", new string('a', 1_000_000) },
        { "periods", new string('.', 1_000_000) },
        { "hyphens", new string('-', 1_000_000) },
        { "quote marks", string.Concat(Enumerable.Repeat("\"'“”‘’`«»", 100_000)) },
        { "initialisms", string.Concat(Enumerable.Repeat("a.", 500_000)) },
        { "prefix chain", string.Concat(Enumerable.Repeat("e-", 500_000)) },
        { "domain labels", string.Concat(Enumerable.Repeat("ab.cd", 200_000)) + "X" },
        { "commas", string.Concat(Enumerable.Repeat("a,", 500_000)) },
        { "at signs", string.Concat(Enumerable.Repeat("a@b.", 250_000)) },
        { "url with brackets", "http://x.org/" + new string(')', 1_000_000) },
        { "citations", string.Concat(Enumerable.Repeat("x. [1]", 150_000)) },
        { "apostrophes", string.Concat(Enumerable.Repeat("a'b", 300_000)) },
        { "digits and hyphens", string.Concat(Enumerable.Repeat("1-2", 300_000)) },
        { "crlf", string.Concat(Enumerable.Repeat("Line one.\r\nLine two\r\n", 20_000)) },
        { "emoji", string.Concat(Enumerable.Repeat("👍🏽🇺🇦👩‍👩‍👧", 50_000)) },
        { "lone surrogates", "\uD83D a \uDC4D b \uDC4D\uD83D" },
        { "rtl", "\u202Bשלום\u202C, \u200Fمرحبا بالعالم.\u200E OK" },
        { "combining marks", "\u0301\u0301a\u0301\u0302 e\u0301." + new string('\u0301', 1000) },
        { "controls", "a\u0000b\u0001c\u007F d" },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_input_keeps_the_invariants_and_finishes_fast(string name, string text)
    {
        var watch = Stopwatch.StartNew();
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        watch.Stop();
        Check(text, tokens, sentences);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{name}: took {watch.Elapsed}");
    }

    [Fact]
    public void Random_input_keeps_the_invariants()
    {
        var random = new Random(20261129);
        var sb = new StringBuilder();
        for (int round = 0; round < 2000; round++)
        {
            sb.Clear();
            int length = random.Next(0, 80);
            for (int k = 0; k < length; k++)
            {
                int pick = random.Next(Alphabet.Length + 3);
                if (pick < Alphabet.Length)
                {
                    sb.Append(Alphabet[pick]);
                }
                else if (pick == Alphabet.Length)
                {
                    sb.Append("😀");
                }
                else if (pick == Alphabet.Length + 1)
                {
                    sb.Append(random.Next(2) == 0 ? '\uD83D' : '\uDE00'); // lone surrogate halves
                }
                else
                {
                    sb.Append(random.Next(3) switch { 0 => "http://", 1 => "n't", _ => "U.S." });
                }
            }

            string text = sb.ToString();
            var tokens = Tokenizer.Tokenize(text);
            Check(text, tokens, SentenceSplitter.Split(text, tokens));
        }
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        string text = string.Concat(Enumerable.Repeat("word ", 100_000));
        Assert.Throws<OperationCanceledException>(() => Tokenizer.Tokenize(text, cts.Token));
    }

    private static void Check(string text, Token[] tokens, Sentence[] sentences)
    {
        int covered = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!(t.Start >= covered && t.Start < t.End && t.End <= text.Length))
            {
                Assert.Fail($"token {i} {t} out of order, overlapping or empty");
            }

            for (int k = covered; k < t.Start; k++)
            {
                if (!(char.IsWhiteSpace(text[k]) || char.IsControl(text[k]) || char.GetUnicodeCategory(text[k]) == UnicodeCategory.Format))
                {
                    Assert.Fail($"character {k} (U+{(int)text[k]:X4}) is in no token");
                }
            }

            if ((t.Start > 0 && char.IsSurrogatePair(text[t.Start - 1], text[t.Start])) || (t.End < text.Length && char.IsSurrogatePair(text[t.End - 1], text[t.End])))
            {
                Assert.Fail($"token {i} {t} cuts a surrogate pair");
            }

            if (text.AsSpan(t.Start, t.Length).ContainsAny(" \n\r\t"))
            {
                Assert.Fail($"token {i} {t} contains white space");
            }

            covered = t.End;
        }

        int next = 0;
        foreach (var s in sentences)
        {
            if (s.Tokens.Start != next || s.Tokens.End <= s.Tokens.Start
                || s.Chars != new CharRange(tokens[s.Tokens.Start].Start, tokens[s.Tokens.End - 1].End))
            {
                Assert.Fail($"sentence {s} does not continue at token {next}, is empty, or its characters are not its tokens'");
            }

            next = s.Tokens.End;
        }

        Assert.Equal(tokens.Length, next);
    }
}
