using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;

namespace Sitrep.Train;

/// <summary>A CoNLL-2003 document ready for training: atoms, predicted POS tags, sentence ranges, gold BILOU labels.</summary>
internal sealed record NerDoc(TokenAtoms[] Atoms, byte[] Pos, TokenRange[] Sentences, byte[] Gold);

internal static class NerCorpus
{
    /// <summary>
    /// Groups sentences into documents (-DOCSTART-), computes atoms with the lexicon and POS tags with the POS model
    /// (whose atoms come from the POS model's own lexicon when that is another one).
    /// </summary>
    public static List<NerDoc> Prepare(List<ConllSentence> sentences, Lexicon lexicon, PosModel? pos)
    {
        var docs = new List<NerDoc>();
        var group = new List<ConllSentence>();
        foreach (var s in sentences)
        {
            if (s.StartsDocument && group.Count > 0)
            {
                docs.Add(Build(group, lexicon, pos));
                group.Clear();
            }

            group.Add(s);
        }

        if (group.Count > 0)
        {
            docs.Add(Build(group, lexicon, pos));
        }

        return docs;
    }

    private static NerDoc Build(List<ConllSentence> group, Lexicon lexicon, PosModel? pos)
    {
        int total = group.Sum(s => s.Words.Length);
        var atoms = new TokenAtoms[total];
        var tags = new byte[total];
        var gold = new byte[total];
        var ranges = new TokenRange[group.Count];
        int start = 0;
        for (int k = 0; k < group.Count; k++)
        {
            var s = group[k];
            var slice = atoms.AsSpan(start, s.Words.Length);
            if (pos is not null)
            {
                pos.Lexicon.Atomize(new StringWords(s.Words), slice);
                pos.FillTagClasses(slice);
                pos.Tag(slice, tags.AsSpan(start, s.Words.Length));
            }

            if (pos is null || pos.Lexicon != lexicon)
            {
                lexicon.Atomize(new StringWords(s.Words), slice);
                pos?.FillTagClasses(slice);
            }

            NerLabels.FromIob(s.Tags, gold.AsSpan(start, s.Words.Length));
            ranges[k] = new TokenRange(start, start + s.Words.Length);
            start += s.Words.Length;
        }

        return new NerDoc(atoms, tags, ranges, gold);
    }

    /// <summary>Exact-match entity F1 (span and type) of predicted against gold BILOU labels.</summary>
    public static (double P, double R, double F1) Score(IEnumerable<(byte[] Gold, byte[] Predicted, TokenRange[] Sentences)> docs)
    {
        var scoring = new NerScoring();
        foreach (var (gold, predicted, sentences) in docs)
        {
            scoring.Add(gold, predicted, sentences);
        }

        return (scoring.Precision, scoring.Recall, scoring.F1);
    }

}
