using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>Which argument of a trigger a sense is read from (Data/event-senses.tsv).</summary>
public enum SenseSlot : byte
{
    /// <summary>A word of the verb's object.</summary>
    Object,

    /// <summary>The word right after the trigger.</summary>
    Next,

    /// <summary>The verb of its infinitive complement.</summary>
    Complement,

    /// <summary>The agent code of its subject when the subject is a described actor ("demonstrators": OPP).</summary>
    Agent,
}

/// <summary>
/// The senses of trigger words that depend on their arguments (Data/event-senses.tsv, embedded): "struck a cautious
/// tone" is no attack, "declined to comment" no refusal. Each line maps a lemma, a slot and an argument word to NONE
/// (no event) or a PLOVER category; the reader asks it with the words the dependency tree gives each slot.
/// </summary>
public sealed class EventSenses
{
    /// <summary>The sense that is no event.</summary>
    public const string None = "NONE";

    private static readonly Lazy<EventSenses> s_shared = new(() =>
        Parse([ReadEmbedded("event-senses.tsv"), ReadEmbedded("cameo-senses.tsv")], null));

    private readonly FrozenDictionary<(string Lemma, SenseSlot Slot, string Word), string> _senses;
    private readonly FrozenSet<string> _lemmas;

    private EventSenses(Dictionary<(string, SenseSlot, string), string> senses)
    {
        _senses = senses.ToFrozenDictionary();
        _lemmas = senses.Keys.Select(k => k.Item1).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The shipped table, parsed once on first use.</summary>
    public static EventSenses Shared => s_shared.Value;

    /// <summary>Whether any sense is listed for <paramref name="lemma"/> (most triggers have none).</summary>
    public bool Has(string lemma) => _lemmas.Contains(lemma);

    /// <summary>The sense of <paramref name="lemma"/> when its <paramref name="slot"/> holds <paramref name="word"/>
    /// (lower case): <see cref="None"/>, a PLOVER category, or null when the table says nothing.</summary>
    public string? Sense(string lemma, SenseSlot slot, string word) =>
        _senses.TryGetValue((lemma, slot, word), out var sense) ? sense : null;

    /// <summary>Parses tables (tab-separated; '#' starts a comment line); where two list the same lemma, slot and word,
    /// the earlier wins (the hand-written table over the one derived from the CAMEO dictionary).</summary>
    /// <exception cref="FormatException">A line does not have four valid columns.</exception>
    public static EventSenses Parse(params string[] texts) => Parse(texts, null);

    /// <summary>As <see cref="Parse(string[])"/>; the later tables' lines count only for the lemmas
    /// <paramref name="laterFor"/> accepts.</summary>
    public static EventSenses Parse(string[] texts, Func<string, bool>? laterFor)
    {
        var senses = new Dictionary<(string, SenseSlot, string), string>();
        for (int t = 0; t < texts.Length; t++)
        {
            var earlier = new HashSet<(string, SenseSlot, string)>(senses.Keys);
            foreach (var (key, sense) in ParseOne(texts[t]))
            {
                if (!earlier.Contains(key) && (t == 0 || laterFor is null || laterFor(key.Item1)))
                {
                    senses[key] = sense;
                }
            }
        }

        return new EventSenses(senses);
    }

    private static IEnumerable<((string, SenseSlot, string) Key, string Sense)> ParseOne(string text)
    {
        foreach (var (lineNumber, f) in TsvRows.Numbered(text, "event senses", 4))
        {
            var slot = f[1] switch
            {
                "obj" => SenseSlot.Object,
                "next" => SenseSlot.Next,
                "comp" => SenseSlot.Complement,
                "agent" => SenseSlot.Agent,
                _ => throw new FormatException($"event senses line {lineNumber}: unknown slot '{f[1]}' (obj, next, comp or agent)"),
            };
            string sense = f[3] == None ? None
                : Plover.Parse(f[3]) ?? throw new FormatException($"event senses line {lineNumber}: '{f[3]}' is neither NONE nor a PLOVER category");
            foreach (var word in f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return ((f[0], slot, word), sense);
            }
        }
    }

    private static string ReadEmbedded(string name) => TsvRows.EmbeddedText(typeof(EventSenses).Assembly, "Sitrep.Events." + name);
}
