using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>Which words a trigger is: a verb, a noun, or an adjective after "be" ("is ready to").</summary>
public enum TriggerPos : byte
{
    Verb,
    Noun,
    Adjective,
}

/// <summary>How a trigger decides its event's category (see Data/event-lexicon.tsv).</summary>
public enum TriggerKind : byte
{
    /// <summary>Names an event of its category.</summary>
    Event,

    /// <summary>An intent or communication verb: its category wins over its complement's.</summary>
    Frame,

    /// <summary>An aspect or light verb: the category comes from the complement or object.</summary>
    Pass,

    /// <summary>Like <see cref="Pass"/>, but the complement is intended, so PLOVER's future rule applies.</summary>
    Intent,

    /// <summary>Like <see cref="Pass"/>, but the complement did not happen.</summary>
    Fail,

    /// <summary>A weapon noun: an ASSAULT only when aimed at something or launched.</summary>
    Weapon,

    /// <summary>
    /// Ends what its object names: ending cooperation (talks, aid, mediation) is SANCTION, ending force (an
    /// offensive, a strike) RETREAT, ending restrictions (a curfew, a ban) CONCEDE; without such an object the
    /// entry's own category, if any.
    /// </summary>
    Reverse,

    /// <summary>
    /// Names an event only with the objects the senses list (Data/cameo-senses.tsv: "raise … concerns"); with any other
    /// object it is read as a verb the lexicon does not know.
    /// </summary>
    Sense,
}

/// <summary>One lexicon trigger: its words (the first as a lemma), what it is and what it names.</summary>
public sealed record TriggerEntry(string[] Words, TriggerPos Pos, TriggerKind Kind, string? Category, string? Mode)
{
    /// <summary>The mode column says the category survives the future rule ("will resign" stays RETREAT).</summary>
    public bool KeepsCategory => Mode == "keep";

    /// <summary>The entry comes from the lexicon derived from the CAMEO dictionary (Data/cameo-lexicon.tsv).</summary>
    public bool Derived { get; init; }

    /// <summary>The entry's words as one string ("throw out"): how the senses table names it.</summary>
    public string Key { get; } = string.Join(' ', Words);

    /// <summary>The PLOVER mode to report (null for none or for the "keep" marker).</summary>
    public string? ReportedMode => Mode is null or "keep" ? null : Mode;
}

/// <summary>
/// Sitrep's PLOVER trigger lexicon: the hand-written Data/event-lexicon.tsv (verbs and nouns that name events, and the
/// verbs that pass their complement's category on), then the verbs and verb + particle phrases derived from
/// PETRARCH2's CAMEO verb dictionary (Data/cameo-lexicon.tsv, made by `Sitrep.Train cameo-lexicon`) for the words the
/// hand-written file does not list. Entries are found by the first word's lemma; longer entries ("hunger strike",
/// "call for") are tried first.
/// </summary>
public sealed class EventLexicon
{
    // Verbs of saying and knowing (Language/Data/reporting-verbs.tsv) report what others do: the derived lexicon's
    // codes for them ("claim", "allege") are not taken.
    private static readonly Lazy<EventLexicon> s_shared = new(() =>
        Parse([ReadEmbedded("event-lexicon.tsv"), ReadEmbedded("cameo-lexicon.tsv")], e => Array.IndexOf(Language.ReportingVerbs.NotActor, e.Words[0]) < 0));

    private readonly FrozenDictionary<string, TriggerEntry[]> _byFirst;
    private readonly FrozenDictionary<string, TriggerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpans;

    private EventLexicon(Dictionary<string, List<TriggerEntry>> byFirst)
    {
        _byFirst = byFirst.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(e => e.Words.Length).ToArray(),
            StringComparer.Ordinal);
        _byFirstSpans = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped lexicon, parsed once on first use.</summary>
    public static EventLexicon Shared => s_shared.Value;

    /// <summary>Number of first words with at least one entry.</summary>
    public int Count => _byFirst.Count;

    /// <summary>The entries whose first word has lemma <paramref name="lemma"/>, longest first.</summary>
    public ReadOnlySpan<TriggerEntry> Starting(string lemma) =>
        _byFirst.TryGetValue(lemma, out var entries) ? entries : [];

    /// <summary>
    /// Every entry whose first word is a lemma of the lower-case form <paramref name="lower"/> ("shelled" → shell),
    /// longest first. Looks the form and its <see cref="WordForms"/> candidates up without allocating; most forms
    /// have no entry.
    /// </summary>
    public TriggerEntry[] EntriesFor(ReadOnlySpan<char> lower)
    {
        var hits = new Hits(this);
        WordForms.Visit(lower, ref hits);
        return hits.Result();
    }

    /// <summary>The entries of the candidate lemmas, merged only when more than one has any.</summary>
    private struct Hits(EventLexicon lexicon) : ICandidateSink
    {
        private TriggerEntry[]? _first;
        private List<TriggerEntry>? _more;

        public void Add(ReadOnlySpan<char> lemma)
        {
            if (!lexicon._byFirstSpans.TryGetValue(lemma, out var entries))
            {
                return;
            }

            if (_first is null)
            {
                _first = entries;
            }
            else if (!ReferenceEquals(_first, entries))
            {
                _more ??= [.. _first];
                _more.AddRange(entries);
            }
        }

        public readonly TriggerEntry[] Result() =>
            _more is not null ? [.. _more.OrderByDescending(e => e.Words.Length)] : _first ?? [];
    }

    /// <summary>
    /// Parses lexicon texts (tab-separated; '#' starts a comment line). Each later text only adds to the earlier ones:
    /// a one-word entry whose word and part of speech an earlier text lists, and an entry with the very words and part of
    /// speech of an earlier one, are left out (the hand-written lexicon wins over the derived one). Entries of the later texts are
    /// <see cref="TriggerEntry.Derived"/>.
    /// </summary>
    /// <exception cref="FormatException">A line does not have five valid columns.</exception>
    public static EventLexicon Parse(params string[] texts) => Parse(texts, null);

    /// <summary>As <see cref="Parse(string[])"/>; the later texts' entries count only when <paramref name="laterFor"/>
    /// accepts them.</summary>
    public static EventLexicon Parse(string[] texts, Func<TriggerEntry, bool>? laterFor)
    {
        var byFirst = new Dictionary<string, List<TriggerEntry>>(StringComparer.Ordinal);
        for (int t = 0; t < texts.Length; t++)
        {
            var earlier = byFirst.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
            foreach (var parsed in ParseOne(texts[t]))
            {
                var entry = t == 0 ? parsed : parsed with { Derived = true };
                if (t > 0 && laterFor is not null && !laterFor(entry))
                {
                    continue;
                }

                if (earlier.TryGetValue(entry.Words[0], out var known)
                    && known.Any(k => k.Pos == entry.Pos && (entry.Words.Length == 1 || k.Words.AsSpan().SequenceEqual(entry.Words))))
                {
                    continue;
                }

                if (!byFirst.TryGetValue(entry.Words[0], out var list))
                {
                    byFirst[entry.Words[0]] = list = [];
                }

                list.Add(entry);
            }
        }

        return new EventLexicon(byFirst);
    }

    private static IEnumerable<TriggerEntry> ParseOne(string text)
    {
        foreach (var (lineNumber, f) in TsvRows.Numbered(text, "event lexicon", 5))
        {
            var pos = f[1] switch
            {
                "V" => TriggerPos.Verb,
                "N" => TriggerPos.Noun,
                "A" => TriggerPos.Adjective,
                _ => throw new FormatException($"event lexicon line {lineNumber}: unknown part of speech '{f[1]}'"),
            };
            var kind = f[2] switch
            {
                "event" => TriggerKind.Event,
                "frame" => TriggerKind.Frame,
                "pass" => TriggerKind.Pass,
                "intent" => TriggerKind.Intent,
                "fail" => TriggerKind.Fail,
                "weapon" => TriggerKind.Weapon,
                "reverse" => TriggerKind.Reverse,
                "sense" => TriggerKind.Sense,
                _ => throw new FormatException($"event lexicon line {lineNumber}: unknown kind '{f[2]}'"),
            };
            string? category = f[3] == "-" ? null
                : Plover.Parse(f[3]) ?? throw new FormatException($"event lexicon line {lineNumber}: '{f[3]}' is no PLOVER category");
            if (category is null && kind is TriggerKind.Event or TriggerKind.Frame or TriggerKind.Weapon)
            {
                throw new FormatException($"event lexicon line {lineNumber}: a {f[2]} trigger needs a category");
            }

            var words = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return new TriggerEntry(words, pos, kind, category, f[4] == "-" ? null : f[4]);
        }
    }

    private static string ReadEmbedded(string name) => TsvRows.EmbeddedText(typeof(EventLexicon).Assembly, "Sitrep.Events." + name);
}
