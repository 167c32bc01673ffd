using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary>A CoNLL-2003 document ready for training: atoms, predicted POS tags, sentence ranges, gold BILOU labels.</summary>
internal sealed record NerDoc(TokenAtoms[] Atoms, byte[] Pos, TokenRange[] Sentences, byte[] Gold);

internal static class NerCorpus
{
    /// <summary>Groups sentences into documents (-DOCSTART-), computes atoms with the lexicon and POS tags with the POS model.</summary>
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
            lexicon.Atomize(new StringWords(s.Words), slice);
            if (pos is not null)
            {
                pos.FillTagClasses(slice);
                pos.Tag(slice, tags.AsSpan(start, s.Words.Length));
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
        int tp = 0, goldCount = 0, predCount = 0;
        foreach (var (gold, predicted, sentences) in docs)
        {
            foreach (var range in sentences)
            {
                var g = Chunks(gold.AsSpan(range.Start, range.Length));
                var p = Chunks(predicted.AsSpan(range.Start, range.Length));
                goldCount += g.Count;
                predCount += p.Count;
                tp += p.Count(g.Contains);
            }
        }

        double precision = predCount == 0 ? 0 : 100.0 * tp / predCount;
        double recall = goldCount == 0 ? 0 : 100.0 * tp / goldCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static HashSet<(int, int, int)> Chunks(ReadOnlySpan<byte> labels)
    {
        var set = new HashSet<(int, int, int)>();
        int start = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : 0;
            int t = NerLabels.TypeOf(label);
            int position = label == 0 ? -1 : NerLabels.PositionOf(label);
            bool begins = label != 0 && (position is NerLabels.Begin or NerLabels.Unit || t != type || start < 0);
            if (start >= 0 && (label == 0 || begins))
            {
                set.Add((start, i, type));
                start = -1;
                type = -1;
            }

            if (begins)
            {
                start = i;
                type = t;
            }
        }

        return set;
    }
}
