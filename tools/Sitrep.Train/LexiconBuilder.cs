using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary><c>Sitrep.Train lexicon</c>: word clusters from unlabeled news + train splits, and the gazetteer.</summary>
internal static class LexiconBuilder
{
    public static int Run(TrainOptions o)
    {
        const string data = "../shared/data";
        var gazetteer = GazetteerBuilder.Build(data);
        var (clusters, casing) = ClusterBuilder.Build(data, o.Seed);
        var lexicon = new Lexicon(clusters, new Gazetteer(gazetteer), casing);
        TrainOptions.Save(lexicon.ToData(o.Notes("lexicon")), o.Output ?? o.Lexicon);
        return 0;
    }
}
