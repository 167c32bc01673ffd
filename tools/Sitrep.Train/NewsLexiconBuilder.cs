using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;

namespace Sitrep.Train;

/// <summary>
/// <c>Sitrep.Train newslex</c>: a self-made name list. Removes any earlier list from the lexicon, trains a one-seed
/// recognizer with what is left (in memory), tags the unlabeled news (<see cref="NewsCorpus.Documents"/>) with the
/// POS model and that recognizer, counts the type each name (up to <see cref="Gazetteer.MaxTokens"/> words)
/// receives, and adds to the lexicon's gazetteer every name tagged at least <see cref="MinCount"/> times with one
/// type in at least <see cref="MinShare"/> of them, marked <see cref="GazetteerMarks.News"/>. The recognizer then
/// learns how far to trust the list (a semi-supervised step: names it can see in other, easier contexts).
/// </summary>
internal static class NewsLexiconBuilder
{
    private const int MinCount = 3;
    private const double MinShare = 0.8;
    private static readonly GazetteerMarks[] TypeMarks = [GazetteerMarks.NewsPerson, GazetteerMarks.NewsLocation, GazetteerMarks.NewsOrganization, GazetteerMarks.NewsOther];

    public static int Run(TrainOptions o)
    {
        var clock = Stopwatch.StartNew();
        var plain = WithoutNewsNames(TrainOptions.LoadLexicon(o.Lexicon));
        var pos = new PosModel(TrainOptions.Load(o.PosModel, PosModel.Kind, PosFeatures.Fingerprint), plain);
        var lexicon = plain;
        string summary = "";
        for (int round = 1; round <= o.Rounds; round++)
        {
            Console.WriteLine(Inv($"newslex: round {round}: training a one-seed recognizer ({o.Epochs} epochs, {(round == 1 ? "without news names" : "with the last round's news names")})"));
            var ner = NerTrainer.TrainInMemory(o, lexicon, pos);
            var counts = Count(ner, lexicon, pos, clock);
            lexicon = WithNewsNames(plain, counts, out summary);
            Console.WriteLine(Inv($"newslex: round {round}: {counts.Count:N0} names; kept {summary} ({clock.Elapsed.TotalSeconds:F0} s)"));
        }

        TrainOptions.Save(lexicon.ToData(o.Notes("lexicon") + Inv($"; news names ({o.Rounds} rounds): {summary}")), o.Output ?? o.Lexicon);
        return 0;
    }

    /// <summary>How often each name (phrase key) was tagged with each type (PER, LOC, ORG, MISC) over the news.</summary>
    private static Dictionary<ulong, int[]> Count(NerModel ner, Lexicon lexicon, PosModel pos, Stopwatch clock)
    {
        var counts = new Dictionary<ulong, int[]>();
        int documents = 0;
        long tokens = 0;
        var chunks = new List<(int Start, int End, int Type)>();
        Span<ulong> hashes = stackalloc ulong[Gazetteer.MaxTokens];
        foreach (var doc in NewsCorpus.Documents("../shared/data"))
        {
            var sentences = doc.Where(s => s.Length > 0).Select(s => new ConllSentence(s, [], false)).ToList();
            if (sentences.Count == 0)
            {
                continue;
            }

            var prepared = NerCorpus.Prepare(sentences, lexicon, pos)[0];
            var labels = new byte[prepared.Atoms.Length];
            ner.Tag(prepared.Atoms, prepared.Pos, prepared.Sentences, labels);
            foreach (var range in prepared.Sentences)
            {
                chunks.Clear();
                NerLabels.Chunks(labels.AsSpan(range.Start, range.End - range.Start), chunks);
                foreach (var (start, end, type) in chunks)
                {
                    // A name holding a title is the recognizer's habit, not a name ("US President" as ORG).
                    if (end - start > Gazetteer.MaxTokens || HasTitle(prepared.Atoms.AsSpan(range.Start + start, end - start)))
                    {
                        continue;
                    }

                    for (int k = start; k < end; k++)
                    {
                        hashes[k - start] = prepared.Atoms[range.Start + k].Lower;
                    }

                    ulong key = Gazetteer.PhraseKey(hashes[..(end - start)]);
                    if (!counts.TryGetValue(key, out var byType))
                    {
                        counts[key] = byType = new int[4];
                    }

                    byType[type]++;
                }
            }

            tokens += prepared.Atoms.Length;
            if (++documents % 5000 == 0)
            {
                Console.WriteLine(Inv($"newslex: {documents:N0} documents, {tokens:N0} tokens, {counts.Count:N0} names ({clock.Elapsed.TotalSeconds:F0} s)"));
            }
        }

        return counts;
    }

    /// <summary>The plain lexicon plus every name tagged often and consistently enough, marked with its type.</summary>
    private static Lexicon WithNewsNames(Lexicon plain, Dictionary<ulong, int[]> counts, out string summary)
    {
        var phrases = new AtomTable(plain.Gazetteer.Count + counts.Count);
        foreach (var (key, bits) in plain.Gazetteer.Phrases.Entries())
        {
            phrases.Set(key, bits);
        }

        var kept = new int[4];
        foreach (var (key, byType) in counts.OrderBy(p => p.Key))
        {
            int total = byType.Sum();
            int type = Array.IndexOf(byType, byType.Max());
            if (total >= MinCount && byType[type] >= MinShare * total)
            {
                phrases.Or(key, (int)TypeMarks[type]);
                kept[type]++;
            }
        }

        summary = Inv($"PER {kept[0]:N0}, LOC {kept[1]:N0}, ORG {kept[2]:N0}, MISC {kept[3]:N0}");
        return new Lexicon(plain.Clusters, new Gazetteer(phrases), plain.Casing);
    }

    /// <summary>The lexicon with every <see cref="GazetteerMarks.News"/> mark removed (phrases marked only so are dropped).</summary>
    private static Lexicon WithoutNewsNames(Lexicon lexicon)
    {
        var phrases = new AtomTable(lexicon.Gazetteer.Count);
        foreach (var (key, bits) in lexicon.Gazetteer.Phrases.Entries())
        {
            int kept = bits & ~(int)GazetteerMarks.News;
            if (kept != 0)
            {
                phrases.Set(key, kept);
            }
        }

        return new Lexicon(lexicon.Clusters, new Gazetteer(phrases), lexicon.Casing);
    }

    private static bool HasTitle(ReadOnlySpan<TokenAtoms> words)
    {
        foreach (ref readonly var w in words)
        {
            if (MentionRules.IsPersonTitle(w.Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
