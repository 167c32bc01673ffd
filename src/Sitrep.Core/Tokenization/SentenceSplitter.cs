using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tokenization;

/// <summary>
/// Splits the tokens into sentences: at every line break (headings, datelines and signature lines without
/// final punctuation stand alone), and after final punctuation (with its closing quotes and brackets) when
/// the next token can start a sentence. After an abbreviation ("U.S.", "Inc.") a sentence ends only before a
/// typical sentence-initial word; titles ("Dr.") and initials ("J. K. Rowling") never end one. A dateline the article
/// structure found ("DETROIT, March 19 -") is a sentence of its own, so that the one it leads into parses as written.
/// </summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    public string Name => "sentence-splitter.v2";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens];

    public IReadOnlyList<AnnotationKey> Uses { get; } = [Layers.Structure];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Sentences];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = Split(document.Text, document.Tokens.AsSpan());
        if (document.TryGet(Layers.Structure, out var structure) && structure.Dateline is { } dateline)
        {
            sentences = SplitAfter(sentences, document.Tokens.AsSpan(), dateline.Range.End);
        }

        document.Set(Layers.Sentences, sentences);
    }

    /// <summary>The sentences with the one that runs over <paramref name="end"/> cut after its last token ending there or before.</summary>
    private static Sentence[] SplitAfter(Sentence[] sentences, ReadOnlySpan<Token> tokens, int end)
    {
        int last = -1;
        while (last + 1 < tokens.Length && tokens[last + 1].End <= end)
        {
            last++;
        }

        int s = Array.FindIndex(sentences, x => x.Tokens.Start <= last && last < x.Tokens.End);
        if (s < 0 || sentences[s].Tokens.End == last + 1)
        {
            return sentences; // no token before the end, or a sentence already ends there
        }

        var range = sentences[s].Tokens;
        var head = new Sentence(new TokenRange(range.Start, last + 1), new CharRange(tokens[range.Start].Start, tokens[last].End));
        var rest = new Sentence(new TokenRange(last + 1, range.End), new CharRange(tokens[last + 1].Start, tokens[range.End - 1].End));
        return [.. sentences[..s], head, rest, .. sentences[(s + 1)..]];
    }

    /// <summary>Sentences over <paramref name="tokens"/> of <paramref name="text"/>.</summary>
    public static Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text.AsSpan(), tokens);
    }

    /// <summary>Sentences over <paramref name="tokens"/> of <paramref name="text"/>: every token in exactly one sentence, in order.</summary>
    public static Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return [];
        }

        var sentences = new List<Sentence>((tokens.Length / 20) + 4);
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i + 1 == tokens.Length || EndsAfter(text, tokens, i))
            {
                sentences.Add(new Sentence(new TokenRange(first, i + 1), new CharRange(tokens[first].Start, tokens[i].End)));
                first = i + 1;
            }
        }

        return [.. sentences];
    }

    /// <summary>True when a sentence ends after token <paramref name="i"/> (which has a successor).</summary>
    internal static bool EndsAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var here = tokens[i];
        var next = tokens[i + 1];
        bool adjacent = next.Start == here.End;
        if (!adjacent && !(next.Start - here.End == 1 && text[here.End] == ' ') && text[here.End..next.Start].ContainsAny('\n', '\r', '\u2029'))
        {
            return true;
        }

        if (here.Kind == TokenKind.Word && text[here.End - 1] != '.')
        {
            return false; // the common case: a word that cannot end a sentence
        }

        var span = text[here.Start..here.End];
        char last = span[^1];
        var kind = Terminal(text, tokens, i, here, last);
        if (kind == Ending.None)
        {
            return false;
        }

        if (adjacent)
        {
            // Closing quotes and brackets after the mark belong to this sentence; "Yahoo!News", "3.5" do not end one.
            return false;
        }

        var nextSpan = text[next.Start..next.End];
        if (IsCitation(text, tokens, i + 1))
        {
            return false; // "… in 1738. [4] It resembles …": the reference mark belongs to the sentence before it
        }

        if (!CanStart(next, nextSpan))
        {
            // A lone period after a word, or "?" or "!" after a lower-case word, then a lower-case word: a sentence
            // whose writer did not capitalize. After a capitalized word "?" and "!" end titles and names instead
            // ("Who Wants to be a Millionaire? on Christmas Day", "Wham! along with").
            if (kind != Ending.Mark || next.Kind != TokenKind.Word || i == 0 || tokens[i - 1].End != here.Start)
            {
                return false;
            }

            var before = tokens[i - 1];
            return span is "."
                ? before.Kind is TokenKind.Word or TokenKind.Number && before.Length > 1
                : span[0] is '?' or '!' && before.Kind == TokenKind.Word && CharClasses.IsLower(text[before.Start]);
        }

        if (here.Kind == TokenKind.Quote && IsAttribution(text, tokens, i + 1))
        {
            return false; // “Is it over?” Smith asked.
        }

        if (span is "." && IsListNumber(text, tokens, i - 1))
        {
            return false; // "1. The first point" at the start of a line
        }

        if (kind == Ending.Abbreviation)
        {
            var word = span[..^1];
            if (CharClasses.IsDigit(nextSpan[0]) || (Abbreviations.Lookup(word) & AbbreviationKind.Title) != 0)
            {
                return false; // "Aug. 27", "No. 10", "Dr. Smith"
            }

            return SentenceStarters.Contains(nextSpan); // "the U.S. The talks…" ends; "U.S. President" and "J. K. Rowling" do not
        }

        return true;
    }

    private enum Ending
    {
        None,
        Mark,
        Abbreviation,
    }

    private static Ending Terminal(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, Token here, char last)
    {
        switch (here.Kind)
        {
            case TokenKind.Punctuation when CharClasses.SentenceEnds.Contains(last):
            case TokenKind.Emoticon:
                return Ending.Mark;
            case TokenKind.Word when last == '.' && here.Length > 1:
                return Ending.Abbreviation;
            case TokenKind.Punctuation when last == ']' && i >= 2 && IsCitation(text, tokens, i - 2):
                // "… a duel. [8]" or "… exaggerated. [7] [9]": as final as the mark before the reference marks.
                for (int k = i - 2, seen = 0; k >= 1 && seen < 8; k -= 3, seen++)
                {
                    if (k >= 3 && IsCitation(text, tokens, k - 3))
                    {
                        continue;
                    }

                    var t = tokens[k - 1];
                    return t.Kind == TokenKind.Punctuation && CharClasses.SentenceEnds.Contains(text[t.End - 1]) ? Ending.Mark : Ending.None;
                }

                return Ending.None;
            case TokenKind.Quote or TokenKind.Punctuation when CharClasses.Closers.Contains(last):
                // A closer right after final punctuation: ."  .)  ?”  .")
                for (int k = i - 1; k >= 0 && k >= i - 3; k--)
                {
                    var t = tokens[k];
                    if (t.End != tokens[k + 1].Start)
                    {
                        return Ending.None;
                    }

                    char c = text[t.End - 1];
                    if (t.Kind == TokenKind.Punctuation && CharClasses.SentenceEnds.Contains(c))
                    {
                        return Ending.Mark;
                    }

                    if (t.Kind == TokenKind.Word && c == '.' && t.Length > 1)
                    {
                        return Ending.Abbreviation;
                    }

                    if (!CharClasses.Closers.Contains(c))
                    {
                        return Ending.None;
                    }
                }

                return Ending.None;
            default:
                return Ending.None;
        }
    }

    /// <summary>
    /// True when a capitalized name of one to five words at <paramref name="k"/> is followed by a speech verb:
    /// "Smith asked", "Mr Smith told", "Ukrainian President Volodymyr Zelensky said".
    /// </summary>
    private static bool IsAttribution(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        for (int j = k; j < tokens.Length && j <= k + 5; j++)
        {
            var word = text[tokens[j].Start..tokens[j].End];
            if (j > k && SpeechVerbs.Contains(word))
            {
                return true;
            }

            if (tokens[j].Kind != TokenKind.Word || !CharClasses.IsUpper(word[0]) || SentenceStarters.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when tokens <paramref name="k"/>.. are a reference mark "[12]".</summary>
    private static bool IsCitation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        k + 2 < tokens.Length && text[tokens[k].Start] == '[' && tokens[k].Length == 1 && tokens[k + 1].Kind == TokenKind.Number
        && text[tokens[k + 2].Start] == ']' && tokens[k + 2].Length == 1 && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Start == tokens[k + 1].End;

    /// <summary>True when token <paramref name="k"/> is a small number that begins the text, a line, or follows final punctuation or a colon: "1. First point".</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        if (k < 0 || tokens[k].Kind != TokenKind.Number || tokens[k].Length > 2)
        {
            return false;
        }

        if (k == 0)
        {
            return true;
        }

        var before = tokens[k - 1];
        char c = text[before.End - 1];
        return text[before.End..tokens[k].Start].ContainsAny('\n', '\r')
            || (before.End < tokens[k].Start && before.Kind == TokenKind.Punctuation && (c == ':' || CharClasses.SentenceEnds.Contains(c)));
    }

    private static bool CanStart(Token next, ReadOnlySpan<char> span)
    {
        char c = span[0];
        return CharClasses.IsUpper(c) || CharClasses.IsDigit(c) || CharClasses.Openers.Contains(c) || c is '¿' or '¡'
            || next.Kind is TokenKind.Handle or TokenKind.Hashtag or TokenKind.Currency or TokenKind.Emoji or TokenKind.Dash
            || (char.IsLetter(c) && !char.IsLower(c) && !char.IsUpper(c)); // scripts without case
    }
}
