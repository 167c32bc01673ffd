using Sitrep.Core.Documents;

namespace Sitrep.Core.Tagging;

/// <summary>
/// One document being tagged for entities: which sentences carry case information, how each word is written
/// elsewhere in the document, and the labels words have received so far (extended prediction history).
/// Sentences are decoded in order; with gold labels the decoder is also the training step.
/// </summary>
public sealed class NerDocument
{
    private const int SeenLower = 1;
    private const int SeenCapitalized = 2;
    private readonly AtomTable _case;
    private readonly AtomTable _history = new(64);
    private readonly bool[] _noCase;
    private readonly bool[] _titleCase;
    private readonly TokenRange[] _sentences;

    public NerDocument(ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<TokenRange> sentences)
    {
        _sentences = sentences.ToArray();
        _noCase = new bool[sentences.Length];
        _titleCase = new bool[sentences.Length];
        _case = new AtomTable(Math.Max(16, atoms.Length / 2));
        var letters = new LetterCase[sentences.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            letters[s] = LetterCase.Of(atoms[sentences[s].Start..sentences[s].End]);
        }

        bool typedLowerCase = IsTypedInLowerCase(letters);
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = atoms[sentences[s].Start..sentences[s].End];
            _noCase[s] = letters[s].CarriesNoCase || (typedLowerCase && letters[s].IsLowerCase);
            _titleCase[s] = _noCase[s] && !letters[s].IsAllCaps;
            if (_noCase[s])
            {
                continue;
            }

            for (int i = 1; i < sentence.Length; i++)
            {
                var flags = sentence[i].Flags;
                if ((flags & AtomFlags.AllLower) != 0)
                {
                    _case.Or(sentence[i].Lower, SeenLower);
                }
                else if ((flags & (AtomFlags.InitialCap | AtomFlags.AllCaps)) == AtomFlags.InitialCap)
                {
                    _case.Or(sentence[i].Lower, SeenCapitalized);
                }
            }
        }
    }

    public int SentenceCount => _sentences.Length;

    public bool IsNoCase(int sentence) => _noCase[sentence];

    /// <summary>A case-less line that is not all caps: title case (most words capitalized) or all lower case.</summary>
    public bool IsTitleCase(int sentence) => _titleCase[sentence];

    /// <summary>
    /// The order to decode sentences in: those with case information first, then case-less lines (headlines),
    /// so that a headline sees the labels its words received in the body.
    /// </summary>
    public int[] DecodeOrder()
    {
        var order = new int[_sentences.Length];
        int k = 0;
        for (int s = 0; s < _sentences.Length; s++)
        {
            if (!_noCase[s])
            {
                order[k++] = s;
            }
        }

        for (int s = 0; s < _sentences.Length; s++)
        {
            if (_noCase[s])
            {
                order[k++] = s;
            }
        }

        return order;
    }

    /// <summary>
    /// Whether the text was typed without capitals: at least half of its sentences of four words or more are all
    /// lower case. Then those sentences carry no case information and names must be known by what they are; in
    /// ordinary text a lower-case sentence is a fragment, and its lack of capitals means it names nobody.
    /// </summary>
    private static bool IsTypedInLowerCase(ReadOnlySpan<LetterCase> sentences)
    {
        int wordy = 0, lower = 0;
        foreach (var sentence in sentences)
        {
            wordy += sentence.Letters >= 4 ? 1 : 0;
            lower += sentence.IsLowerCase ? 1 : 0;
        }

        return lower > 0 && lower * 2 >= wordy;
    }

    /// <summary>How a sentence's words with letters are written: counted once, read by the case tests.</summary>
    private readonly record struct LetterCase(int Letters, int Caps, int Initial, int Lower)
    {
        /// <summary>
        /// All letters upper case (two words or more), or a title-case line (most words capitalized): a headline.
        /// </summary>
        public bool CarriesNoCase => (Letters >= 2 && Caps == Letters) || (Letters >= 4 && Initial * 4 >= Letters * 3 && Caps * 2 < Letters);

        /// <summary>Four words or more, every one in lower case.</summary>
        public bool IsLowerCase => Letters >= 4 && Lower == Letters;

        public bool IsAllCaps => Caps == Letters;

        public static LetterCase Of(ReadOnlySpan<TokenAtoms> sentence)
        {
            int letters = 0, caps = 0, initial = 0, lower = 0;
            foreach (ref readonly var a in sentence)
            {
                if ((a.Flags & AtomFlags.HasLetter) == 0)
                {
                    continue;
                }

                letters++;
                caps += (a.Flags & AtomFlags.AllCaps) != 0 ? 1 : 0;
                initial += (a.Flags & AtomFlags.InitialCap) != 0 ? 1 : 0;
                lower += (a.Flags & AtomFlags.AllLower) != 0 ? 1 : 0;
            }

            return new LetterCase(letters, caps, initial, lower);
        }
    }

    /// <summary>
    /// Decodes sentence <paramref name="index"/> greedily (allowed BILOU transitions only; an open mention may be closed one word late) into <paramref name="labels"/>
    /// (document-wide span); learns from <paramref name="gold"/> (document-wide) when it is not empty. Returns the mistakes.
    /// </summary>
    public int Decode<TScorer>(int index, ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<byte> pos, TScorer scorer, ReadOnlySpan<byte> gold, Span<byte> labels)
        where TScorer : IFeatureScorer
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var range = _sentences[index];
        var context = new NerContext(atoms[range.Start..range.End], pos[range.Start..range.End], _noCase[index], this);
        var output = labels[range.Start..range.End];
        var goldSentence = gold.IsEmpty ? default : gold[range.Start..range.End];
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[scorer.Stride];
        int p1 = NerFeatures.NoLabel, p2 = NerFeatures.NoLabel, previous = -1, errors = 0;
        for (int i = 0; i < output.Length; i++)
        {
            int n = NerFeatures.Extract(context, i, p1, p2, features);
            var used = features[..n];
            scorer.Score(used, scores);
            int best = Best(scores, previous);
            if (NerLabels.IsOpen(previous))
            {
                // Continuing a mention is forced only while it scores better than what could follow its end;
                // otherwise the previous word ends the mention (B → U, I → L) instead of dragging it on.
                int closed = NerLabels.Closed(previous);
                int after = Best(scores, closed);
                if (scores[after] > scores[best])
                {
                    output[i - 1] = (byte)closed;
                    best = after;
                }
            }

            if (!goldSentence.IsEmpty && goldSentence[i] != best)
            {
                scorer.Update(used, goldSentence[i], best);
                errors++;
            }

            output[i] = (byte)best;
            p2 = p1;
            p1 = best;
            previous = best;
        }

        NerLabels.CloseLast(output);
        Remember(context.Atoms, output);
        return errors;
    }

    private static int Best(ReadOnlySpan<float> scores, int previous)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int t = 0; t < NerLabels.Count; t++)
        {
            if (scores[t] > bestScore && NerLabels.IsAllowed(previous, t))
            {
                bestScore = scores[t];
                best = t;
            }
        }

        return best;
    }

    internal int CaseOf(ulong lower) => _case.Get(lower);

    internal int HistoryOf(ulong lower)
    {
        int packed = _history.Get(lower);
        if (packed == 0)
        {
            return 0;
        }

        int best = 0, bestCount = 0;
        for (int k = 0; k < 5; k++)
        {
            int count = (packed >> (4 * k)) & 15;
            if (count > bestCount)
            {
                bestCount = count;
                best = k + 1;
            }
        }

        return best;
    }

    private void Remember(ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<byte> labels)
    {
        for (int i = 0; i < atoms.Length; i++)
        {
            if ((atoms[i].Flags & (AtomFlags.InitialCap | AtomFlags.AllCaps)) == 0)
            {
                continue;
            }

            int k = labels[i] == NerLabels.Outside ? 0 : NerLabels.TypeOf(labels[i]) + 1;
            int packed = _history.Get(atoms[i].Lower);
            if (((packed >> (4 * k)) & 15) < 15)
            {
                _history.Set(atoms[i].Lower, packed + (1 << (4 * k)));
            }
        }
    }
}
