using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Tokenization;

namespace Sitrep.Fuzz;

/// <summary>
/// The tokenizer and the sentence splitter: tokens are non-empty, in order, inside the text, never cut a surrogate pair,
/// hold no white space, and together cover every visible character; sentences take every token exactly once, in order,
/// and their character ranges run from their first token's start to their last token's end.
/// </summary>
internal static class TokenizerTarget
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        string text = Check.Text(data);
        var tokens = Tokenizer.Tokenize(text);
        Tokens(text, tokens);
        Sentences(tokens, SentenceSplitter.Split(text, tokens));
    }

    public static void Tokens(string text, Token[] tokens)
    {
        int end = 0;
        foreach (var t in tokens)
        {
            var r = new CharRange(t.Start, t.End);
            Check.Range(text, r, "token");
            Check.That(t.Start >= end, $"token {r} starts before the previous one ends ({end})");
            Check.That(!text.AsSpan(t.Start, t.End - t.Start).ContainsAny(" \n\t\r"), $"token {r} holds white space");
            end = t.End;
        }

        // Every visible character is inside a token: walk the text and the tokens together.
        int k = 0, at = 0;
        while (at < text.Length)
        {
            // a lone surrogate decodes as invalid: not a character anyone sees
            bool valid = Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out int used) == System.Buffers.OperationStatus.Done;
            while (k < tokens.Length && tokens[k].End <= at)
            {
                k++;
            }

            bool covered = k < tokens.Length && tokens[k].Start <= at;
            Check.That(covered || !valid || !Check.IsVisible(rune), $"the character U+{rune.Value:X4} at {at} is in no token");
            at += Math.Max(1, used);
        }
    }

    public static void Sentences(Token[] tokens, Sentence[] sentences)
    {
        int next = 0;
        foreach (var s in sentences)
        {
            Check.That(s.Tokens.Start == next && s.Tokens.End > s.Tokens.Start && s.Tokens.End <= tokens.Length,
                $"sentence tokens [{s.Tokens.Start},{s.Tokens.End}) do not follow the previous sentence (at {next} of {tokens.Length})");
            Check.That(s.Chars.Start == tokens[s.Tokens.Start].Start && s.Chars.End == tokens[s.Tokens.End - 1].End,
                $"sentence characters {s.Chars} are not those of its tokens");
            next = s.Tokens.End;
        }

        Check.That(next == tokens.Length, $"sentences take {next} of {tokens.Length} tokens");
    }
}
