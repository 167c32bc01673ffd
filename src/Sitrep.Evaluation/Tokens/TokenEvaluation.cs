using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Tokenization;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the tokenizer and the sentence splitter against gold spans: a token (or sentence) is correct
/// when its start and end both equal a gold token's (sentence's), as in the CoNLL 2018 UD shared task's
/// Tokens and Sentences metrics. Scores are micro-averaged over documents.
/// </summary>
public sealed class TokenEvaluation
{
    private readonly List<BoundaryError> _errors = [];
    private readonly int _maxErrors;

    /// <param name="maxErrors">How many disagreements to keep as examples (for <see cref="Errors"/>).</param>
    public TokenEvaluation(int maxErrors = 0)
    {
        _maxErrors = maxErrors;
    }

    public BoundaryScore Tokens { get; private set; }

    public BoundaryScore Sentences { get; private set; }

    /// <summary>The first disagreements found, in document order.</summary>
    public IReadOnlyList<BoundaryError> Errors => _errors;

    /// <summary>The report of <c>sitrep eval tokens</c>: the kept disagreements, then the counts and the F1 line.</summary>
    public IEnumerable<string> Report(int documents, string join, int misaligned)
    {
        foreach (var e in Errors)
        {
            yield return $"{(e.IsSentence ? "sentence" : "token")}\t{e.DocumentId}\tgold: {e.Gold}\n\t\tpred: {e.Predicted}";
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"{documents} documents, joined by {join}; {misaligned} gold forms not found in their # text");
        yield return $"token boundaries:    {Tokens}";
        yield return $"sentence boundaries: {Sentences}";
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"tokens: F1={Tokens.F1 * 100:F2} sentences: F1={Sentences.F1 * 100:F2} ({Tokens.Gold} gold tokens, {Sentences.Gold} gold sentences)");
    }

    /// <summary>Tokenizes and splits <paramref name="gold"/>'s text and adds its scores.</summary>
    public void Add(GoldTokenDocument gold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var tokens = Tokenizer.Tokenize(gold.Text, cancellationToken);
        var sentences = SentenceSplitter.Split(gold.Text, tokens);
        var predictedTokens = new CharRange[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            predictedTokens[i] = tokens[i].Range;
        }

        var predictedSentences = new CharRange[sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
        {
            predictedSentences[i] = sentences[i].Chars;
        }

        Tokens += Compare(gold, gold.Tokens, predictedTokens, isSentence: false);
        Sentences += Compare(gold, gold.Sentences, predictedSentences, isSentence: true);
    }

    /// <summary>Matches two sorted lists of spans; records the first disagreements.</summary>
    private BoundaryScore Compare(GoldTokenDocument doc, CharRange[] gold, CharRange[] predicted, bool isSentence)
    {
        int g = 0, p = 0, correct = 0;
        while (g < gold.Length && p < predicted.Length)
        {
            var a = gold[g];
            var b = predicted[p];
            if (a == b)
            {
                correct++;
                g++;
                p++;
                continue;
            }

            // Disagreement: collect the stretch where the two segmentations differ, up to a common boundary.
            int gStart = g, pStart = p;
            int end = Math.Max(a.End, b.End);
            g++;
            p++;
            while (true)
            {
                while (g < gold.Length && gold[g].Start < end)
                {
                    end = Math.Max(end, gold[g++].End);
                }

                while (p < predicted.Length && predicted[p].Start < end)
                {
                    end = Math.Max(end, predicted[p++].End);
                }

                if ((g >= gold.Length || gold[g].Start >= end) && (p >= predicted.Length || predicted[p].Start >= end))
                {
                    break;
                }
            }

            if (_errors.Count < _maxErrors)
            {
                _errors.Add(new BoundaryError(doc.Id, isSentence, Describe(doc.Text, gold.AsSpan(gStart, g - gStart)), Describe(doc.Text, predicted.AsSpan(pStart, p - pStart))));
            }
        }

        return new BoundaryScore(gold.Length, predicted.Length, correct);
    }

    private static string Describe(string text, ReadOnlySpan<CharRange> spans)
    {
        var parts = new string[spans.Length];
        for (int i = 0; i < spans.Length; i++)
        {
            string s = text.Substring(spans[i].Start, spans[i].Length).Replace('\n', '⏎');
            parts[i] = s.Length > 120 ? string.Concat(s.AsSpan(0, 55), " … ", s.AsSpan(s.Length - 55)) : s;
        }

        return string.Join(" | ", parts);
    }
}
