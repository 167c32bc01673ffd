using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tokenization;

/// <summary>
/// Splits the text into tokens following the Universal Dependencies English conventions (EWT, GUM):
/// clitics split ("do|n't", "Witkoff|‘s", "can|not"), punctuation apart, hyphenated compounds split
/// ("15|-|year") except after prefixes ("non-profit", "e-mail"), abbreviations and initials keep their
/// period ("U.S.", "Dr.", "J."), decimals, times, dates and phone numbers whole ("6.4", "10:30", "9/11"),
/// currency and percent apart ("$|200", "25|%"), runs of punctuation whole ("...", "?!", "--"), and URLs,
/// e-mail addresses, handles, hashtags, emoticons and emoji (with their modifiers) whole.
/// </summary>
public sealed class Tokenizer : IPipelineComponent
{
    private static readonly System.Buffers.SearchValues<char> s_webMarks = System.Buffers.SearchValues.Create("@:");

    public string Name => "tokenizer.v2";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Tokens];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.Tokens, new TokenList(Tokenize(document.Text, cancellationToken)));
    }

    /// <summary>Tokenizes <paramref name="text"/>; offsets are into it.</summary>
    public static Token[] Tokenize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan(), cancellationToken);
    }

    /// <summary>Tokenizes <paramref name="text"/>; offsets are into it.</summary>
    public static Token[] Tokenize(ReadOnlySpan<char> text, CancellationToken cancellationToken = default)
    {
        var tokens = new TokenBuffer((text.Length / 5) + 16);
        try
        {
            int i = 0;
            int n = text.Length;
            int chunks = 0;
            while (i < n)
            {
                while (i < n && CharClasses.IsSeparator(text[i]))
                {
                    i++;
                }

                if (i >= n)
                {
                    break;
                }

                int end = i + 1;
                while (end < n && !CharClasses.IsSeparator(text[end]))
                {
                    end++;
                }

                if ((++chunks & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                SplitChunk(text, i, end, ref tokens, cancellationToken);
                i = end;
            }

            return tokens.ToArray();
        }
        finally
        {
            tokens.Dispose();
        }
    }

    /// <summary>Splits one run of non-space characters [start, end) into tokens.</summary>
    private static void SplitChunk(ReadOnlySpan<char> text, int start, int end, ref TokenBuffer tokens, CancellationToken cancellationToken)
    {
        int i = start;
        int steps = 0;

        // Most chunks are plain words: look for URLs and e-mail addresses only in chunks that could hold one.
        var chunk = text[start..end];
        bool web = chunk.Length >= 5 && (chunk.ContainsAny(s_webMarks) || chunk.IndexOf("www.", StringComparison.OrdinalIgnoreCase) >= 0);
        while (i < end)
        {
            if ((++steps & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (next, kind) = Next(text, i, start, end, web);
            tokens.Add(i, next, kind);
            i = next;
        }
    }

    private static (int End, TokenKind Kind) Next(ReadOnlySpan<char> s, int i, int chunkStart, int end, bool web)
    {
        char c = s[i];
        if (CharClasses.IsLetter(c))
        {
            if (web && WebScanner.TryUrlOrEmail(s, i, end, out int webEnd, out var webKind))
            {
                return (webEnd, webKind);
            }

            return (WordScanner.Scan(s, i, chunkStart, end), TokenKind.Word);
        }

        if (CharClasses.IsDigit(c))
        {
            if (web && WebScanner.TryUrlOrEmail(s, i, end, out int webEnd, out var webKind))
            {
                return (webEnd, webKind);
            }

            return NumberScanner.Scan(s, i, end);
        }

        if ((c == '@' || c == '#') && WebScanner.TryHandle(s, i, chunkStart, end, out int tag))
        {
            return (tag, c == '@' ? TokenKind.Handle : TokenKind.Hashtag);
        }

        if (CharClasses.IsApostrophe(c) && WordScanner.TryApostropheWord(s, i, chunkStart, end, out int clitic, out var cliticKind))
        {
            return (clitic, cliticKind);
        }

        if (CharClasses.IsWordChar(c))
        {
            // Other scripts' letters and digits (char.IsLetterOrDigit beyond ASCII) and marks.
            return (WordScanner.Scan(s, i, chunkStart, end), char.IsDigit(c) ? TokenKind.Number : TokenKind.Word);
        }

        return SymbolScanner.Scan(s, i, chunkStart, end);
    }
}
