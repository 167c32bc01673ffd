using Sitrep.Core.Text;
using System.Collections.Frozen;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Types names by what the text and the shipped data say they are, after the recognizer: an international
/// organisation of <c>Data/organisations.tsv</c> is an organisation, never a place ("UN", "World Food Programme");
/// a name ending in a head word of <c>Data/name-words.tsv</c> is of that word's type and takes in the names inside it
/// ("Kyoto Protocol", "Bank of England"); two names joined by "&amp;" (or by "and" after "at/with/by", one of them no
/// known place) are one firm ("Shearman and Sterling"); and a name in apposition with a descriptor noun takes its type
/// ("Turkcell, the Turkish mobile operator"), in every mention of the same words. A name in the article's dateline,
/// outside its brackets ("TAUPO, New Zealand, March 23 -"; not the agency of "MOSCOW (AP) -"), is a place: the dateline
/// says where the story was filed.
/// </summary>
internal static class NameTypes
{
    private const int MaxHeadReach = 6;

    private static readonly Lazy<Data> s_data = new(Load);

    /// <summary>The document's mentions, retyped and joined as the class describes, in text order.</summary>
    public static List<EntityMention> Apply(Document document, List<EntityMention> mentions)
    {
        var data = s_data.Value;
        var text = document.Text;
        var tokens = document.Tokens;
        var result = new List<EntityMention>(mentions);
        result.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        KnownOrganisations(text, tokens, data, result);
        ListedOrganisations(text, tokens, document.Get(Layers.Atoms), Knowledge.ListedNames.Shared, result);
        Heads(text, tokens, data, result);
        Firms(text, tokens, result);
        Appositions(document, tokens, data, result);
        Dateline(document, result);
        result.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return result;
    }

    private static void Dateline(Document document, List<EntityMention> mentions)
    {
        if (!document.TryGet(Layers.Structure, out var structure) || structure.Dateline is not { } dateline)
        {
            return;
        }

        var text = document.Text;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type is EntityType.Gpe or EntityType.Loc || !dateline.Range.Contains(mention.Range))
            {
                continue;
            }

            var before = text.AsSpan(dateline.Range.Start, mention.Range.Start - dateline.Range.Start);
            if (before.Count('(') > before.Count(')'))
            {
                continue; // the agency in brackets: "MOSCOW (AP) -"
            }

            mentions[m] = mention with { Type = EntityType.Gpe };
        }
    }

    private static void KnownOrganisations(string text, TokenList tokens, Data data, List<EntityMention> mentions)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var tok = tokens[i];
            if (tok.Kind is not TokenKind.Word || !char.IsUpper(text[tok.Start]) || !data.ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tok.Span(text), out var names))
            {
                continue;
            }

            int end = -1;
            foreach (var name in names)
            {
                if (tok.Start + name.Length > text.Length || !text.AsSpan(tok.Start, name.Length).SequenceEqual(name))
                {
                    continue;
                }

                int last = tokens.IndexAtOrAfter(tok.Start + name.Length - 1);
                if (last < tokens.Count && tokens[last].End == tok.Start + name.Length && last + 1 > end)
                {
                    end = last + 1;
                }
            }

            if (end > i)
            {
                Replace(mentions, new TokenRange(i, end), new CharRange(tok.Start, tokens[end - 1].End), EntityType.Org, keepLargerOrg: true);
                i = end - 1;
            }
        }
    }

    /// <summary>
    /// A listed organisation of two or more words (<see cref="Knowledge.ListedNames"/>: institutions, armed groups, companies,
    /// NGOs of the Phoenix actor dictionaries), written as a name (capitalized words, maybe joined by "of", "and",
    /// "for", or with a possessive "'s"), is an organisation mention, in place of what the recognizer made of its words ("Customs and Border
    /// Protection", "People’s Liberation Army"); a larger organisation or person holding it stays.
    /// </summary>
    private static void ListedOrganisations(string text, TokenList tokens, TokenAtoms[] atoms, Knowledge.ListedNames listed, List<EntityMention> mentions)
    {
        int count = Math.Min(tokens.Count, atoms.Length);
        for (int i = 0; i < count; i++)
        {
            if (!IsCapitalizedWord(text, tokens, i))
            {
                continue;
            }

            int end = listed.OrganisationAt(atoms.AsSpan(0, count), i, count);
            if (end < 0 || !IsCapitalizedWord(text, tokens, end - 1))
            {
                continue;
            }

            bool written = true;
            for (int k = i + 1; k < end - 1 && written; k++)
            {
                written = IsCapitalizedWord(text, tokens, k) || IsConnector(tokens[k].Span(text)) || tokens[k].Span(text) is "'s" or "’s" || tokens[k].Kind is not TokenKind.Word;
            }

            if (written)
            {
                Replace(mentions, new TokenRange(i, end), new CharRange(tokens[i].Start, tokens[end - 1].End), EntityType.Org, keepLargerOrg: true);
                i = end - 1;
            }
        }
    }

    private static void Heads(string text, TokenList tokens, Data data, List<EntityMention> mentions)
    {
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type is EntityType.Person)
            {
                // A person's name does not grow, but one that ends in a head word is none ("Glass-Steagall Act").
                var lastWord = tokens[mention.Tokens.End - 1].Span(text);
                if (mention.Tokens.Length >= 2 && data.OverPerson.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lastWord, out var own))
                {
                    mentions[m] = mention with { Type = own };
                }

                continue;
            }

            // Rightwards: "World" + "Food Programme", "Kyoto" + "Protocol", "International Organization" + "for Migration".
            int head = -1;
            EntityType headType = mention.Type;
            for (int k = mention.Tokens.Start; k < tokens.Count && k < mention.Tokens.End + MaxHeadReach; k++)
            {
                bool inside = k < mention.Tokens.End;
                var w = tokens[k].Span(text);
                if (!inside && !IsCapitalizedWord(text, tokens, k))
                {
                    if (IsConnector(w) && k + 1 < tokens.Count && IsCapitalizedWord(text, tokens, k + 1))
                    {
                        continue;
                    }

                    break;
                }

                if (data.Heads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var t))
                {
                    head = k;
                    headType = t;
                }
            }

            // Leftwards: "Bank of" + "England".
            int start = mention.Tokens.Start;
            if (start >= 2 && tokens[start - 1].Span(text) is "of" or "for" && IsCapitalizedWord(text, tokens, start - 2) && data.Heads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[start - 2].Span(text), out var leftType))
            {
                start -= 2;
                while (start > 0 && IsCapitalizedWord(text, tokens, start - 1) && !SentenceOpener(text, tokens, start - 1))
                {
                    start--;
                }

                headType = leftType;
                head = Math.Max(head, mention.Tokens.End - 1);
            }

            if (head < 0 || headType == mention.Type && start == mention.Tokens.Start && head < mention.Tokens.End)
            {
                continue;
            }

            // A known place is its own name ("Soviet Union" stays a place).
            int end = Math.Max(head + 1, mention.Tokens.End);
            var range = new CharRange(tokens[start].Start, tokens[end - 1].End);
            if (Knowledge.Gazetteer.Shared.Candidates(text.Substring(range.Start, range.Length)).Any())
            {
                continue;
            }

            Replace(mentions, new TokenRange(start, end), range, headType, keepLargerOrg: false);
        }
    }

    private static void Firms(string text, TokenList tokens, List<EntityMention> mentions)
    {
        for (int m = 0; m + 1 < mentions.Count; m++)
        {
            var a = mentions[m];
            var b = mentions[m + 1];
            if (a.Type is EntityType.Org or EntityType.Norp || b.Type is EntityType.Org or EntityType.Norp || a.Tokens.Length != 1 || b.Tokens.Length != 1 || b.Tokens.Start != a.Tokens.End + 1)
            {
                continue;
            }

            var joiner = tokens[a.Tokens.End].Span(text);
            bool ampersand = joiner is "&";
            bool afterFirmPreposition = joiner is "and" && a.Tokens.Start > 0 && tokens[a.Tokens.Start - 1].Span(text) is "at" or "with" or "by";
            var range = new CharRange(a.Range.Start, b.Range.End);
            bool unknownPlace = !Knowledge.Gazetteer.Shared.Candidates(text.Substring(a.Range.Start, a.Range.Length)).Any()
                || !Knowledge.Gazetteer.Shared.Candidates(text.Substring(b.Range.Start, b.Range.Length)).Any();
            if ((ampersand || afterFirmPreposition) && unknownPlace && !Knowledge.Gazetteer.Shared.Candidates(text.Substring(range.Start, range.Length)).Any())
            {
                Replace(mentions, new TokenRange(a.Tokens.Start, b.Tokens.End), range, EntityType.Org, keepLargerOrg: false);
            }
        }
    }

    private static void Appositions(Document document, TokenList tokens, Data data, List<EntityMention> mentions)
    {
        var text = document.Text;
        var retyped = new Dictionary<string, (EntityType From, EntityType To)>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            int k = mention.Tokens.End;
            if (mention.Type is EntityType.Org || k + 2 >= tokens.Count || !tokens[k].Span(text).SequenceEqual(","))
            {
                continue;
            }

            var det = tokens[k + 1].Span(text);
            int j = k + 2;
            if (!(det is "the" or "a" or "an" || (j < tokens.Count && tokens[j].Span(text) is "'s" or "’s")))
            {
                continue;
            }

            int head = -1;
            for (; j < tokens.Count && j <= k + 7; j++)
            {
                if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Number) || IsPostmodifier(tokens[j].Span(text)))
                {
                    break;
                }

                head = j;
            }

            // The phrase's head is its last word before a mark or a post-modifier: "a partner at the firm" is a partner.
            if (head > 0 && j < tokens.Count && (tokens[j].Span(text) is "," or "." or ";" or ")" || IsPostmodifier(tokens[j].Span(text)))
                && data.Descriptors.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[head].Span(text), out var type) && type != mention.Type)
            {
                retyped.TryAdd(document.TextOf(mention.Range), (mention.Type, type));
            }
        }

        if (retyped.Count == 0)
        {
            return;
        }

        for (int m = 0; m < mentions.Count; m++)
        {
            if (retyped.TryGetValue(document.TextOf(mentions[m].Range), out var r) && mentions[m].Type == r.From)
            {
                mentions[m] = mentions[m] with { Type = r.To };
            }
        }
    }

    /// <summary>Puts one mention of <paramref name="type"/> over <paramref name="tokens"/> in place of the mentions it overlaps.</summary>
    private static void Replace(List<EntityMention> mentions, TokenRange tokens, CharRange range, EntityType type, bool keepLargerOrg)
    {
        int at = -1;
        for (int m = mentions.Count - 1; m >= 0; m--)
        {
            var o = mentions[m];
            if (!o.Range.Overlaps(range))
            {
                continue;
            }

            // "UN Security Council" already one organisation, "UN envoy Jane Doe" a person: leave names that hold it.
            if (keepLargerOrg && o.Range.Contains(range) && (o.Type is EntityType.Org or EntityType.Person) && o.Range != range)
            {
                return;
            }

            mentions.RemoveAt(m);
            at = m;
        }

        var added = new EntityMention(range, tokens, type);
        if (at < 0)
        {
            mentions.Add(added);
            mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        }
        else
        {
            mentions.Insert(at, added);
        }
    }

    private static bool IsCapitalizedWord(string text, TokenList tokens, int k)
        => tokens[k].Kind is TokenKind.Word && char.IsUpper(text[tokens[k].Start]);

    private static bool SentenceOpener(string text, TokenList tokens, int k)
        => k == 0 || tokens[k - 1].Span(text) is "." or "?" or "!" or "\"" or "“";

    private static bool IsPostmodifier(ReadOnlySpan<char> w)
        => w is "at" or "of" or "for" or "in" or "on" or "with" or "from" or "by" or "to" or "who" or "which" or "that" or "whose" or "based" or "said" or "says";

    private static bool IsConnector(ReadOnlySpan<char> w) => w is "of" or "for" or "on" or "and" or "&";

    private sealed record Data(
        FrozenDictionary<string, string[]> ByFirstWord,
        FrozenDictionary<string, EntityType> Heads,
        FrozenDictionary<string, EntityType> OverPerson,
        FrozenDictionary<string, EntityType> Descriptors,
        FrozenSet<string> LegalForms);

    /// <summary>True for a head word of names (<c>Data/name-words.tsv</c>, use "head": "Bank", "Council", "Party").</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => s_data.Value.Heads.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>
    /// True for a company's legal form (the fifth column of <c>Data/name-words.tsv</c>: "Corp", "Inc", "plc"; a final
    /// period ignored): a name ending in one names the organisation the name without it names.
    /// </summary>
    public static bool IsLegalForm(ReadOnlySpan<char> word)
        => s_data.Value.LegalForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.EndsWith('.') ? word[..^1] : word);

    private static Data Load()
    {
        var byFirst = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var f in Rows("organisations.tsv"))
        {
            foreach (var name in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(f[0]))
            {
                int space = name.IndexOf(' ', StringComparison.Ordinal);
                string first = space < 0 ? name : name[..space];
                if (!byFirst.TryGetValue(first, out var list))
                {
                    byFirst[first] = list = [];
                }

                list.Add(name);
            }
        }

        var heads = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var overPerson = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var descriptors = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var legal = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in Rows("name-words.tsv"))
        {
            if (f[4] is "yes")
            {
                legal.Add(f[0]);
            }

            var type = Enum.Parse<EntityType>(f[1], ignoreCase: true);
            (f[2] is "head" ? heads : descriptors)[f[0]] = type;
            if (f[3] is "yes")
            {
                overPerson[f[0]] = type;
            }
        }

        return new Data(
            byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            heads.ToFrozenDictionary(StringComparer.Ordinal),
            overPerson.ToFrozenDictionary(StringComparer.Ordinal),
            descriptors.ToFrozenDictionary(StringComparer.Ordinal),
            legal.ToFrozenSet(StringComparer.Ordinal));
    }

    private static List<string[]> Rows(string name) => TsvRows.Embedded(typeof(NameTypes).Assembly, "Sitrep.Tagging." + name);
}
