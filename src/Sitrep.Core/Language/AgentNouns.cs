using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>
/// The agent nouns of <c>Language/Data/agents.tsv</c> (derived from the Phoenix generic-agent dictionary by
/// tools/agent-nouns.py): nouns and noun phrases that name a kind of political actor without naming one ("police",
/// "judges", "trade unions", "private banks"). Each is known by its last word, singular or plural.
/// </summary>
public static class AgentNouns
{
    /// <summary>One form (singular or plural) of an agent noun: its words, lower case, the singular it is a form of,
    /// its Phoenix code, whether it names persons (<see cref="People"/>) rather than a body, and whether the form is plural.</summary>
    public sealed record Form(string[] Words, string Noun, string Code, bool People, bool Plural);

    private static readonly FrozenDictionary<string, Form[]> s_byLastWord = Build();
    private static readonly FrozenDictionary<string, Form[]>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every form whose last word is <paramref name="lower"/> (lower case), longest first; empty when none.</summary>
    public static Form[] EndingIn(ReadOnlySpan<char> lower) => s_lookup.TryGetValue(lower, out var forms) ? forms : [];

    /// <summary>
    /// Every form whose last word is the token <paramref name="word"/> as written (lower-cased, a typographic apostrophe
    /// read as "'"), longest first; empty when none or when the word is longer than any agent noun's.
    /// </summary>
    public static Form[] OfWord(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return [];
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            lower[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        return EndingIn(lower[..word.Length]);
    }

    /// <summary>The longest token <see cref="OfWord"/> reads.</summary>
    private const int MaxWordLength = 40;

    /// <summary>True when <paramref name="lower"/> alone is an agent noun, singular or plural ("police", "envoys").</summary>
    public static bool IsAgentWord(ReadOnlySpan<char> lower)
    {
        foreach (var f in EndingIn(lower))
        {
            if (f.Words.Length == 1)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, Form[]> Build()
    {
        var byLast = new Dictionary<string, List<Form>>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Table("agents", "noun", "plural", "code", "kind", "from"))
        {
            bool people = row[3] switch
            {
                "people" => true,
                "body" => false,
                _ => throw new InvalidDataException($"language data 'agents': '{row[0]}' has kind '{row[3]}', expected people or body"),
            };
            Add(byLast, new Form(row[0].Split(' '), row[0], row[2], people, Plural: false));
            if (row[1] != "-")
            {
                Add(byLast, new Form(row[1].Split(' '), row[0], row[2], people, Plural: true));
            }
        }

        return byLast.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(f => f.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, List<Form>> byLast, Form form)
    {
        if (!byLast.TryGetValue(form.Words[^1], out var list))
        {
            byLast[form.Words[^1]] = list = [];
        }

        list.Add(form);
    }
}
