using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary>
/// <c>Sitrep.Train lexicon</c>: word clusters and case profiles from unlabeled news + train splits, and the gazetteer.
/// Options: <c>--corpus news|more</c> (more: extra train-split text), <c>--context right|left|both</c>, and for experiments
/// <c>--base-lexicon FILE [--base-parts gazetteer,case]</c> (keep that file's gazetteer and/or case profiles).
/// </summary>
internal static class LexiconBuilder
{
    public static int Run(TrainOptions o)
    {
        const string data = "../shared/data";
        var (clusters, casing) = ClusterBuilder.Build(data, o.Seed, o.MoreText, o.Context, o.Nested, o.Tolerance, o.MinCount);
        var old = o.BaseLexicon is null ? null : TrainOptions.LoadLexicon(o.BaseLexicon);
        bool oldGazetteer = old is not null && o.BaseParts.Contains("gazetteer", StringComparison.Ordinal);
        bool oldCase = old is not null && o.BaseParts.Contains("case", StringComparison.Ordinal);
        if (old is not null)
        {
            Console.WriteLine($"lexicon: {o.BaseParts} from {o.BaseLexicon}");
        }

        var lexicon = new Lexicon(
            clusters,
            oldGazetteer ? old!.Gazetteer : new Gazetteer(GazetteerBuilder.Build(data)),
            oldCase ? old!.Casing : casing);
        TrainOptions.Save(lexicon.ToData(o.Notes("lexicon")), o.Output ?? o.Lexicon);
        return 0;
    }
}
