using System.Collections.Frozen;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>
/// Tells a sports report by its words: in one, "beat", "attack", "signed", "offered" and "suspended" are about the
/// game, so only violence with casualties is coded there. The words are ones that politics and business rarely use.
/// </summary>
internal static class SportsContext
{
    private static readonly FrozenSet<string> s_words = new[]
    {
        "match", "matches", "goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "keeper", "referee",
        "coach", "league", "cup", "tournament", "championship", "championships", "squad", "semi-final", "quarter-final",
        "finals", "seeded", "innings", "wicket", "wickets", "rugby", "football", "cricket", "tennis",
        "golf", "olympic", "olympics", "athlete", "athletics", "medal", "stadium", "fixture", "fixtures", "premiership",
        "scrum", "penalty", "penalties", "sprint", "sprinter", "marathon", "club", "clubs",
        "player", "players", "fans", "playoff", "play-off", "halftime", "half-time", "slam",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>At least six sports words, and one in every hundred words or more.</summary>
    public static bool IsSports(string text, TokenList tokens)
    {
        int hits = 0;
        int words = 0;
        Span<char> buffer = stackalloc char[24];
        var lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var t in tokens.AsSpan())
        {
            var span = t.Span(text);
            if (span.Length == 0 || !char.IsLetter(span[0]))
            {
                continue;
            }

            words++;
            if (span.Length <= buffer.Length)
            {
                int n = span.ToLowerInvariant(buffer);
                if (lookup.Contains(buffer[..n]))
                {
                    hits++;
                }
            }
        }

        return hits >= 6 && hits * 100 >= words;
    }
}
