using System.Globalization;
using Sitrep.Core.Parsing;

namespace Sitrep.Evaluation;

/// <summary>
/// Attachment scores in the CoNLL 2018 shared task's convention: UAS counts words with the right head, LAS words with
/// the right head and the right universal relation (subtypes removed: "nsubj:pass" = "nsubj"); every syntactic word
/// counts, punctuation included. The "no-punct" scores leave out words whose gold relation is <c>punct</c>.
/// </summary>
public sealed class ParseScore
{
    public int Words { get; private set; }

    public int HeadsRight { get; private set; }

    public int LabeledRight { get; private set; }

    public int WordsNoPunct { get; private set; }

    public int HeadsRightNoPunct { get; private set; }

    public int LabeledRightNoPunct { get; private set; }

    public double Uas => Percent(HeadsRight, Words);

    public double Las => Percent(LabeledRight, Words);

    public double UasNoPunct => Percent(HeadsRightNoPunct, WordsNoPunct);

    public double LasNoPunct => Percent(LabeledRightNoPunct, WordsNoPunct);

    /// <summary>Counts one word: gold and predicted head (any consistent numbering) and relation.</summary>
    public void Add(int goldHead, string goldRelation, int head, string relation)
    {
        bool headRight = goldHead == head;
        string gold = DependencyTree.Universal(goldRelation);
        bool labelRight = headRight && gold == DependencyTree.Universal(relation);
        Words++;
        HeadsRight += headRight ? 1 : 0;
        LabeledRight += labelRight ? 1 : 0;
        if (gold != "punct")
        {
            WordsNoPunct++;
            HeadsRightNoPunct += headRight ? 1 : 0;
            LabeledRightNoPunct += labelRight ? 1 : 0;
        }
    }

    /// <summary>The scorer's summary line.</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"parse: UAS={Uas:F2} LAS={Las:F2} (punctuation included, universal relations, {Words} words); no punct: UAS={UasNoPunct:F2} LAS={LasNoPunct:F2} ({WordsNoPunct} words)");

    private static double Percent(int right, int total) => total == 0 ? 0 : 100.0 * right / total;
}
