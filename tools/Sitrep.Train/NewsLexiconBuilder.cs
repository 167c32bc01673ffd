using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary>
/// <c>Sitrep.Train newslex</c>: a self-made name list. Tags the unlabeled news (<see cref="NewsCorpus.Documents"/>)
/// with the current POS and NER models, counts the type each name (up to <see cref="Gazetteer.MaxTokens"/> words)
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
        var lexicon = TrainOptions.LoadLexicon(o.Lexicon);
        var pos = new PosModel(TrainOptions.Load(o.PosModel, PosModel.Kind, PosFeatures.Fingerprint), lexicon);
        var ner = new NerModel(TrainOptions.Load(o.NerModel, NerModel.Kind, NerFeatures.Fingerprint));
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
                    if (end - start > Gazetteer.MaxTokens)
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

        var phrases = lexicon.Gazetteer.Phrases;
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

        Console.WriteLine(Inv($"newslex: {documents:N0} documents, {tokens:N0} tokens, {counts.Count:N0} names; kept PER {kept[0]:N0}, LOC {kept[1]:N0}, ORG {kept[2]:N0}, MISC {kept[3]:N0} ({clock.Elapsed.TotalSeconds:F0} s)"));
        TrainOptions.Save(lexicon.ToData(o.Notes("lexicon") + Inv($"; news names from {o.NerModel}: PER {kept[0]}, LOC {kept[1]}, ORG {kept[2]}, MISC {kept[3]}")), o.Output ?? o.Lexicon);
        return 0;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
