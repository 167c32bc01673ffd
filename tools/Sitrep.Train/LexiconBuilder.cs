using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary>
/// <c>Sitrep.Train lexicon</c>: word clusters and case profiles from unlabeled news + train splits, and the gazetteer.
/// Options: <c>--corpus news|more</c> (more: extra train-split text), <c>--context right|left</c>, and for experiments
/// <c>--base-lexicon FILE</c> (keep that file's gazetteer and case profiles, replace only the clusters).
/// </summary>
internal static class LexiconBuilder
{
    public static int Run(TrainOptions o)
    {
        const string data = "../shared/data";
        var (clusters, casing) = ClusterBuilder.Build(data, o.Seed, o.MoreText, o.RightContext);
        Lexicon lexicon;
        if (o.BaseLexicon is not null)
        {
            var old = TrainOptions.LoadLexicon(o.BaseLexicon);
            Console.WriteLine($"lexicon: gazetteer and case profiles from {o.BaseLexicon}");
            lexicon = new Lexicon(clusters, old.Gazetteer, old.Casing);
        }
        else
        {
            lexicon = new Lexicon(clusters, new Gazetteer(GazetteerBuilder.Build(data)), casing);
        }

        TrainOptions.Save(lexicon.ToData(o.Notes("lexicon")), o.Output ?? o.Lexicon);
        return 0;
    }
}
