using System.Collections.Frozen;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tokenization;

/// <summary>
/// Splits the tokens into sentences: after final punctuation (with any closing quotes and brackets)
/// when the next token can start a sentence, and at every line break, so that headings, datelines
/// and signature lines without final punctuation stand alone.
/// </summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    private static readonly FrozenSet<string> s_sentenceStarters = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "If", "When", "While", "After", "Before", "As", "His", "Her",
        "Its", "Their", "Our", "My", "Mr.", "Mrs.", "Ms.", "Dr.", "Some", "Many", "Most", "All", "No", "Not", "What",
        "Who", "Why", "How", "Where", "However", "Meanwhile", "Still", "Yet", "Also", "Then", "Now", "For", "With");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_starters = s_sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "sentence-splitter.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Sentences];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.Sentences, Split(document.Text, document.Tokens.AsSpan()));
    }

    /// <summary>Sentences over <paramref name="tokens"/> of <paramref name="text"/>.</summary>
    public static Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(tokens.Length / 15 + 1);
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

    private static bool EndsAfter(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var here = tokens[i];
        var next = tokens[i + 1];
        if (text.AsSpan(here.End, next.Start - here.End).Contains('\n'))
        {
            return true;
        }

        var span = here.Span(text);
        char last = span[^1];
        bool finalMark = here.Kind == TokenKind.Punctuation && CharClasses.SentenceEnds.Contains(last);
        bool closer = (here.Kind is TokenKind.Quote or TokenKind.Punctuation) && CharClasses.Closers.Contains(last) && i > 0
            && IsFinalMarkBefore(text, tokens, i);
        bool abbreviation = here.Kind == TokenKind.Word && span.Length > 1 && last == '.';

        if (!finalMark && !closer && !abbreviation)
        {
            return false;
        }

        // Closing quotes and brackets after the mark belong to this sentence.
        if (finalMark && (next.Kind == TokenKind.Quote || (next.Kind == TokenKind.Punctuation && CharClasses.Closers.Contains(text[next.Start]))) && next.Start == here.End)
        {
            return false;
        }

        if (next.Start == here.End && next.Kind is TokenKind.Word or TokenKind.Number)
        {
            return false; // "3.5" split oddly or "Yahoo!News": no space, no sentence end
        }

        var nextSpan = next.Span(text);
        char n0 = nextSpan[0];
        bool canStart = char.IsUpper(n0) || char.IsDigit(n0) || CharClasses.OpeningQuotes.Contains(n0) || n0 is '(' or '[' or '-' or '—' || next.Kind is TokenKind.Handle or TokenKind.Hashtag or TokenKind.Currency;
        if (!canStart)
        {
            return false;
        }

        if (abbreviation)
        {
            var word = span[..^1];
            if (Abbreviations.TitleLookup.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))
            {
                return false; // "Dr. Smith", "J. Smith"
            }

            // "the U.S. The talks…" ends; "U.S. President" does not.
            return s_starters.Contains(nextSpan);
        }

        return true;
    }

    private static bool IsFinalMarkBefore(string text, ReadOnlySpan<Token> tokens, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            var t = tokens[k];
            char c = text[t.End - 1];
            if (t.Kind == TokenKind.Punctuation && CharClasses.SentenceEnds.Contains(c))
            {
                return true;
            }

            if (!(t.Kind is TokenKind.Quote || CharClasses.Closers.Contains(c)))
            {
                return false;
            }
        }

        return false;
    }
}
