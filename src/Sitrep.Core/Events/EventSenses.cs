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

    private static readonly Lazy<EventSenses> s_shared = new(() => Parse(ReadEmbedded()));

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

    /// <summary>Parses the table (tab-separated; '#' starts a comment line).</summary>
    /// <exception cref="FormatException">A line does not have four valid columns.</exception>
    public static EventSenses Parse(string text)
    {
        var senses = new Dictionary<(string, SenseSlot, string), string>();
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
                senses[(f[0], slot, word)] = sense;
            }
        }

        return new EventSenses(senses);
    }

    private static string ReadEmbedded() => TsvRows.EmbeddedText(typeof(EventSenses).Assembly, "Sitrep.Events.event-senses.tsv");
}
