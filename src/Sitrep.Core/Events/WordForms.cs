using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Sitrep.Core.Events;

/// <summary>Receives the candidate lemmas of a word form (<see cref="WordForms.Visit{TSink}"/>).</summary>
public interface ICandidateSink
{
    void Add(ReadOnlySpan<char> lemma);
}

/// <summary>
/// The dictionary forms a word form may come from ("shelled" → shell, "sought" → seek, "talks" → talk): the form
/// itself, the irregular verbs, and the regular English suffixes undone. Candidates are only looked up in a lexicon,
/// so a wrong candidate ("shelle") costs nothing.
/// </summary>
public static class WordForms
{
    private static readonly FrozenDictionary<string, string> s_irregular = BuildIrregular();

    private static readonly ConcurrentDictionary<string, string[]> s_cache = new(StringComparer.Ordinal);
    private static int s_cached;

    /// <summary>The candidate lemmas of a lower-case form (the form first), computed once per form and process.</summary>
    public static string[] Of(string lower)
    {
        if (s_cache.TryGetValue(lower, out var known))
        {
            return known;
        }

        var list = new List<string>(4);
        Candidates(lower, list);
        var found = list.ToArray();
        // A bound on memory for endless input (ConcurrentDictionary.Count takes every lock, so count here).
        if (s_cached < 500_000 && s_cache.TryAdd(lower, found))
        {
            Interlocked.Increment(ref s_cached);
        }

        return found;
    }

    /// <summary>Adds the candidate lemmas of a lower-case form to <paramref name="into"/> (the form first).</summary>
    public static void Candidates(string lower, List<string> into)
    {
        into.Clear();
        var sink = new ListSink(into);
        Visit(lower, ref sink);
    }

    /// <summary>
    /// Hands the candidate lemmas of a lower-case form to <paramref name="sink"/>, the form first, without allocating:
    /// the irregular verb's base, or the form with a regular suffix undone (-ies/-ied → y, -es, -s, -ed, -ing).
    /// </summary>
    public static void Visit<TSink>(ReadOnlySpan<char> lower, ref TSink sink)
        where TSink : ICandidateSink
    {
        sink.Add(lower);
        if (Irregular(lower) is { } irregular)
        {
            sink.Add(irregular);
            return;
        }

        int n = lower.Length;
        if (n > 64)
        {
            return; // no lexicon word is this long, and the buffer below lives on the stack
        }

        Span<char> buffer = stackalloc char[n + 1];
        if (n > 4 && (lower.EndsWith("ies") || lower.EndsWith("ied")))
        {
            AddWith(lower[..(n - 3)], 'y', buffer, ref sink);
        }
        else if (n > 3 && lower.EndsWith("es"))
        {
            sink.Add(lower[..(n - 2)]);
            sink.Add(lower[..(n - 1)]);
        }
        else if (n > 3 && lower[n - 1] == 's' && lower[n - 2] != 's')
        {
            sink.Add(lower[..(n - 1)]);
        }
        else if (n > 4 && lower.EndsWith("ed"))
        {
            AddStem(lower[..(n - 2)], buffer, ref sink);
        }
        else if (n > 4 && lower.EndsWith("ing"))
        {
            AddStem(lower[..(n - 3)], buffer, ref sink);
        }
    }

    // "shell" from "shell-ed", "cease" from "ceas-ed", "ban" from "bann-ed", "expel" from "expell-ed".
    private static void AddStem<TSink>(ReadOnlySpan<char> stem, Span<char> buffer, ref TSink sink)
        where TSink : ICandidateSink
    {
        sink.Add(stem);
        AddWith(stem, 'e', buffer, ref sink);
        int n = stem.Length;
        if (n > 2 && stem[n - 1] == stem[n - 2] && stem[n - 1] is not ('s' or 'e'))
        {
            sink.Add(stem[..(n - 1)]);
        }
    }

    private static void AddWith<TSink>(ReadOnlySpan<char> stem, char extra, Span<char> buffer, ref TSink sink)
        where TSink : ICandidateSink
    {
        stem.CopyTo(buffer);
        buffer[stem.Length] = extra;
        sink.Add(buffer[..(stem.Length + 1)]);
    }

    private readonly struct ListSink(List<string> into) : ICandidateSink
    {
        public void Add(ReadOnlySpan<char> lemma) => into.Add(lemma.ToString());
    }

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_irregularSpans = s_irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The base form of an irregular verb form ("sought" → seek), or null.</summary>
    public static string? Irregular(ReadOnlySpan<char> lower) => s_irregularSpans.TryGetValue(lower, out var lemma) ? lemma : null;

    /// <summary>True for an irregular past or participle ("undertook", "fought"), a verb whatever the tagger says.</summary>
    public static bool IsIrregularVerbForm(string lower) => s_irregular.TryGetValue(lower, out var lemma) && lemma != "be" && lemma != "have" && lemma != "do";

    private static FrozenDictionary<string, string> BuildIrregular()
    {
        // base: its other forms (past, participle, third person where irregular).
        const string table = """
            arise arose arisen|bear bore borne|beat beaten|become became|begin began begun|bind bound|blow blew blown|
            break broke broken|bring brought|build built|buy bought|catch caught|choose chose chosen|come came|
            deal dealt|do did done does|draw drew drawn|drive drove driven|fall fell fallen|feed fed|feel felt|
            fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|forgive forgave forgiven|
            freeze froze frozen|get got gotten|give gave given|go went gone goes|grow grew grown|hang hung|have had has|
            hear heard|hide hid hidden|hold held|keep kept|know knew known|lay laid|lead led|leave left|lend lent|
            lose lost|make made|mean meant|meet met|mistake mistook mistaken|overrun overran|oversee oversaw overseen|
            overtake overtook overtaken|pay paid|rebuild rebuilt|retake retook retaken|ride rode ridden|rise rose risen|
            run ran|say said says|see saw seen|seek sought|sell sold|send sent|shake shook shaken|shoot shot|
            sink sank sunk|slay slew slain|speak spoke spoken|spend spent|stand stood|steal stole stolen|stick stuck|
            strike struck stricken|sweep swept|swear swore sworn|take took taken|teach taught|tear tore torn|
            tell told|think thought|throw threw thrown|undertake undertook undertaken|understand understood|
            uphold upheld|wake woke woken|wear wore worn|win won|withdraw withdrew withdrawn|write wrote written|
            be is are was were been being am
            """;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in table.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = group.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 1; i < words.Length; i++)
            {
                map.TryAdd(words[i], words[0]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
