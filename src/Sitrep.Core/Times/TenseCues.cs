using System.Collections.Frozen;

namespace Sitrep.Core.Times;

/// <summary>
/// The direction of a time expression from the words around it, without a part-of-speech tagger: the nearest
/// cue before it in the sentence (modals and "will" for the future; "was", "had", "ago", -ed verbs for the past;
/// "effective", "until", "next" for the future), else the nearest after it.
/// </summary>
internal static class TenseCues
{
    private const int Window = 6;

    private static readonly FrozenDictionary<string, Direction> s_cues = new Dictionary<string, Direction>(StringComparer.OrdinalIgnoreCase)
    {
        ["will"] = Direction.Future, ["'ll"] = Direction.Future, ["’ll"] = Direction.Future, ["shall"] = Direction.Future, ["wo"] = Direction.Future,
        ["going"] = Direction.Future, ["scheduled"] = Direction.Future, ["effective"] = Direction.Future, ["upcoming"] = Direction.Future,
        ["next"] = Direction.Future, ["until"] = Direction.Future, ["slated"] = Direction.Future, ["payable"] = Direction.Future,
        ["was"] = Direction.Past, ["were"] = Direction.Past, ["had"] = Direction.Past, ["did"] = Direction.Past, ["said"] = Direction.Past,
        ["ago"] = Direction.Past, ["last"] = Direction.Past, ["since"] = Direction.Past, ["earlier"] = Direction.Past, ["previous"] = Direction.Past,
        ["met"] = Direction.Past, ["told"] = Direction.Past, ["made"] = Direction.Past, ["took"] = Direction.Past, ["came"] = Direction.Past,
        ["went"] = Direction.Past, ["gave"] = Direction.Past, ["began"] = Direction.Past, ["won"] = Direction.Past, ["lost"] = Direction.Past,
        ["rose"] = Direction.Past, ["fell"] = Direction.Past, ["held"] = Direction.Past, ["saw"] = Direction.Past, ["got"] = Direction.Past,
        ["left"] = Direction.Past, ["sold"] = Direction.Past, ["bought"] = Direction.Past, ["paid"] = Direction.Past, ["led"] = Direction.Past,
        ["ran"] = Direction.Past, ["became"] = Direction.Past, ["spoke"] = Direction.Past, ["wrote"] = Direction.Past, ["thought"] = Direction.Past,
        ["brought"] = Direction.Past, ["struck"] = Direction.Past, ["hit"] = Direction.Past, ["quit"] = Direction.Past, ["put"] = Direction.Past,
        ["killed"] = Direction.Past, ["reported"] = Direction.Past, ["announced"] = Direction.Past, ["closed"] = Direction.Past,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Direction>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_cues.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_notPast = new[] { "expected", "scheduled", "planned", "proposed", "slated", "need", "red", "bed", "united", "limited", "based", "related", "called", "so-called", "detailed", "advanced", "indeed", "speed", "feed", "seed", "hundred", "shed", "wed", "led" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notPastLookup = s_notPast.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The direction for the expression over pieces [start, end).</summary>
    public static Direction Of(string text, TimePiece[] pieces, int start, int end)
    {
        int sentence = pieces[start].Sentence;
        for (int i = start - 1, n = 0; i >= 0 && n < Window && pieces[i].Sentence == sentence; i--, n++)
        {
            var d = Cue(text, pieces[i]);
            if (d == Direction.Past && i > 0 && IsParticipleContext(text, pieces[i - 1]) && !IsFinitePast(text, pieces[i]))
            {
                continue; // "will be held", "has been delayed": the auxiliary before decides
            }

            if (d != Direction.None)
            {
                return d;
            }
        }

        for (int i = end, n = 0; i < pieces.Length && n < Window && pieces[i].Sentence == sentence; i++, n++)
        {
            var d = Cue(text, pieces[i]);
            if (d != Direction.None)
            {
                return d;
            }
        }

        return Direction.None;
    }

    /// <summary>The tense a single word points to ("will" future, "signed" past), or none; the same cues the resolver uses.</summary>
    public static Direction OfWord(ReadOnlySpan<char> w)
    {
        if (s_lookup.TryGetValue(w, out var d))
        {
            return d;
        }

        return w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !s_notPastLookup.Contains(w) && !char.IsUpper(w[0]) ? Direction.Past : Direction.None;
    }

    private static bool IsParticipleContext(string text, TimePiece p)
    {
        var w = text.AsSpan(p.Start, p.Length);
        return w.Equals("be", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
            || w.Equals("being", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase)
            || w.Equals("has", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsFinitePast(string text, TimePiece p)
    {
        var w = text.AsSpan(p.Start, p.Length);
        return w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
            || w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("did", StringComparison.OrdinalIgnoreCase);
    }

    private static Direction Cue(string text, TimePiece p)
    {
        if (!p.Is(PieceFlags.Word))
        {
            return Direction.None;
        }

        var w = text.AsSpan(p.Start, p.Length);
        if (s_lookup.TryGetValue(w, out var d))
        {
            return d;
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !s_notPastLookup.Contains(w) && !p.Is(PieceFlags.Upper))
        {
            return Direction.Past;
        }

        return Direction.None;
    }
}
