using System.Collections.Frozen;
using Sitrep.Core.Annotations;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Maps a CoNLL type to the sitrep/1 contract's types: PER → Person, ORG → Org, LOC → Gpe for countries, cities
/// and regions (gazetteer, or any place name that is not a natural feature or a continent) else Loc,
/// MISC → Norp for demonyms and groups ("Russian", "European") else Misc.
/// </summary>
public static class ContractTypes
{
    private static readonly FrozenSet<string> NaturalWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "river", "sea", "ocean", "mountains", "mount", "mt.", "lake", "gulf", "strait", "straits", "valley", "desert",
        "peninsula", "bay", "channel", "coast", "basin", "plateau", "range", "island", "islands", "canal", "falls");

    private static readonly FrozenSet<string> Continents = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "europe", "asia", "africa", "antarctica", "australasia", "middle east", "near east", "far east", "latin america",
        "north america", "south america", "central america", "eastern europe", "western europe", "central asia",
        "southeast asia", "east asia", "south asia", "the west", "west", "east", "caribbean", "balkans", "scandinavia",
        "arctic", "sahel", "mediterranean", "gaza strip", "west bank");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NaturalLookup = NaturalWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The contract type of a mention of CoNLL type <paramref name="conllType"/> (0 PER, 1 LOC, 2 ORG, 3 MISC).</summary>
    /// <param name="words">The mention's words.</param>
    /// <param name="text">The mention's text, words separated as in the document.</param>
    /// <param name="marks">The gazetteer's type bits for exactly the mention's words.</param>
    public static EntityType Map(int conllType, IReadOnlyList<string> words, string text, GazetteerMarks marks)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(text);
        switch (conllType)
        {
            case NerLabels.Person:
                return EntityType.Person;
            case NerLabels.Organization:
                return EntityType.Org;
            case NerLabels.Location:
                if ((marks & GazetteerMarks.Political) != 0)
                {
                    return EntityType.Gpe;
                }

                if (Continents.Contains(text))
                {
                    return EntityType.Loc;
                }

                foreach (var w in words)
                {
                    if (NaturalLookup.Contains(w))
                    {
                        return EntityType.Loc;
                    }
                }

                return EntityType.Gpe;
            default:
                return (marks & (GazetteerMarks.Demonym | GazetteerMarks.Group)) != 0 ? EntityType.Norp : EntityType.Misc;
        }
    }
}
