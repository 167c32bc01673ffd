using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Entities;

/// <summary>The mentions gathered for one entity while merging, with what identifies it.</summary>
internal sealed class MentionCluster(EntityType type)
{
    /// <summary>The entity's type: a person's from its first mention; another's from its mention of most words (<see cref="TypeWords"/>).</summary>
    public EntityType Type { get; set; } = type;

    /// <summary>The number of words of the mention that gave <see cref="Type"/> (an organisation or place).</summary>
    public int TypeWords { get; set; }

    public List<CharRange> Mentions { get; } = [];

    /// <summary>Name forms seen (titles stripped), longest first wins as the canonical name.</summary>
    public List<string> Names { get; } = [];

    /// <summary>The last word of a person's full name ("Trump"), or null.</summary>
    public string? Surname { get; set; }

    /// <summary>The first word of a person's full name ("Donald"), or null.</summary>
    public string? Forename { get; set; }

    /// <summary>Lower-cased keys an organization or place is known by ("united nations high commissioner for refugees", "unhcr").</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public List<(string Title, CharRange Range, MentionCluster? Of)> Roles { get; } = [];

    public int FirstStart => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Start);

    public void Add(CharRange range, string? name)
    {
        if (!Mentions.Contains(range))
        {
            Mentions.Add(range);
        }

        if (!string.IsNullOrEmpty(name) && !Names.Contains(name))
        {
            Names.Add(name);
        }
    }

    /// <summary>The canonical name: the longest name form (most words, then most characters), on ties one not in capitals (a headline's "FAHD"), then the earliest.</summary>
    public string CanonicalName()
    {
        string best = Names.Count > 0 ? Names[0] : "";
        foreach (var n in Names)
        {
            int words = Words.Count(n), bestWords = Words.Count(best);
            if (words > bestWords || (words == bestWords && (n.Length > best.Length || (n.Length == best.Length && IsCapitals(best) && !IsCapitals(n)))))
            {
                best = n;
            }
        }

        return best;
    }

    private static bool IsCapitals(string name) => !name.Any(char.IsLower);
}
