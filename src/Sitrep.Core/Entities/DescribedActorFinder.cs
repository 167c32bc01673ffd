using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Language;
using Sitrep.Core.Parsing;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tagging;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Entities;

/// <summary>
/// Makes entities of the actors a text describes without naming them: a noun phrase whose head is an agent noun
/// (<see cref="AgentNouns"/>: "police", "judges", "trade unions"), with its modifiers ("Hong Kong police", "three Appeal
/// Court judges", "the interim government"). Mentions with the same head noun (and number) are one entity when the
/// modifiers of one are among the other's ("private banks" … "the banks"); a body (police, a court, a union) is an ORG, a
/// group of people (protesters, students) a NORP. A head inside a name ("Gloucestershire Police"), a compound's first
/// word ("police station"), a role bound to a named person, and a lone singular role word that a quote's speaker span
/// holds ("an official said") make none.
/// </summary>
public sealed class DescribedActorFinder : IPipelineComponent
{
    public string Name => "described-actors.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.PosTags, Layers.Entities, Layers.Quotes];

    /// <summary>The parse tells a compound's first word ("police station") from a head, and which words modify the head.</summary>
    public IReadOnlyList<AnnotationKey> Uses { get; } = [Layers.Parse];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.DescribedActors];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.DescribedActors, Find(document));
    }

    /// <summary>The described actors of a document that has the layers this component requires.</summary>
    public static IReadOnlyList<Entity> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        string text = document.Text;
        var tags = document.Get(Layers.PosTags);
        var tree = document.TryGet(Layers.Parse, out var parsed) ? parsed : null;
        var named = document.Get(Layers.Entities);

        // Tokens that are part of a name or of a role bound to a named person, and the quotes' speaker spans.
        var taken = new bool[tokens.Count];
        int lastId = 0;
        foreach (var e in named)
        {
            foreach (var m in e.Mentions)
            {
                Mark(taken, tokens.Cover(m));
            }

            foreach (var r in e.Roles)
            {
                Mark(taken, tokens.Cover(r.Range));
            }

            if (e.Id.Length > 1 && int.TryParse(e.Id.AsSpan(1), out int n))
            {
                lastId = Math.Max(lastId, n);
            }
        }

        var speaker = new bool[tokens.Count];
        foreach (var q in document.Get(Layers.Quotes))
        {
            if (q.SpeakerRange is { } range)
            {
                Mark(speaker, tokens.Cover(range));
            }
        }

        var clusters = new List<Cluster>();
        foreach (var sentence in document.Sentences)
        {
            int first = sentence.Tokens.Start;
            for (int k = first; k < sentence.Tokens.End; k++)
            {
                if (tags[k] != UposTag.Noun || taken[k])
                {
                    continue;
                }

                var forms = AgentNouns.OfWord(tokens[k].Span(text));
                if (forms.Length == 0 || IsCompoundPart(k, sentence.Tokens.End, tags, tree))
                {
                    continue;
                }

                var form = Longest(forms, k, first, text, tokens, taken);
                if (form is null)
                {
                    continue;
                }

                int phraseStart = k - form.Words.Length + 1;
                int start = ModifiersStart(phraseStart, k, first, text, tokens, tags, tree);

                // “real movement”: a phrase in quotation marks of its own is a term the writer mentions, not an actor.
                if (start > first && k + 1 < sentence.Tokens.End && IsQuote(start - 1, text, tokens) && IsQuote(k + 1, text, tokens))
                {
                    continue;
                }

                var modifiers = new List<string>();
                int mentionStart = -1;
                for (int j = start; j < phraseStart; j++)
                {
                    var word = tokens[j].Text(text);
                    bool quote = IsQuote(j, text, tokens);

                    // "at least 14 civilians": a word of the count ("least" hangs from "14") is neither name nor start.
                    bool ofCount = tree is not null && tags[j] != UposTag.Num && tree.Head(j) is >= 0 and var h && tags[h] == UposTag.Num;
                    if (mentionStart < 0 && !quote && !ofCount)
                    {
                        mentionStart = j;
                    }

                    if (!quote && !ofCount && tags[j] != UposTag.Num && !NumberWords.Indefinite.Contains(word))
                    {
                        modifiers.Add(word);
                    }
                }

                mentionStart = mentionStart < 0 ? phraseStart : mentionStart;

                // "an official said", "a spokesman told": the speaker's role, which the quote reader owns.
                if (modifiers.Count == 0 && form.People && !form.Plural && speaker[k])
                {
                    continue;
                }

                var words = modifiers.Concat(Enumerable.Range(phraseStart, k - phraseStart + 1).Select(j => tokens[j].Text(text))).ToList();
                var mention = new CharRange(tokens[mentionStart].Start, tokens[k].End);
                var set = new HashSet<string>(modifiers.Select(m => m.ToLowerInvariant()), StringComparer.Ordinal);
                var cluster = clusters.FindLast(c => c.Form.Noun == form.Noun && c.Form.Plural == form.Plural && (c.Modifiers.IsSubsetOf(set) || set.IsSubsetOf(c.Modifiers)));
                if (cluster is null)
                {
                    clusters.Add(new Cluster(form, set, string.Join(' ', words), [mention]));
                }
                else
                {
                    cluster.Mentions.Add(mention);
                    if (set.Count > cluster.Modifiers.Count)
                    {
                        cluster.Modifiers.UnionWith(set);
                        cluster.Name = string.Join(' ', words);
                    }
                }

                for (int j = mentionStart; j <= k; j++)
                {
                    taken[j] = true;
                }
            }
        }

        return [.. clusters.Select((c, i) => new Entity
        {
            Id = "e" + (lastId + i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = c.Form.People ? EntityType.Norp : EntityType.Org,
            Name = c.Name,
            Mentions = c.Mentions,
            Agent = c.Form.Code,
        })];
    }

    private static void Mark(bool[] marks, TokenRange range)
    {
        for (int k = range.Start; k < range.End && k < marks.Length; k++)
        {
            marks[k] = true;
        }
    }

    // "police station", "union leaders": the word modifies the noun after it, which is the head.
    private static bool IsCompoundPart(int k, int end, PosTags tags, DependencyTree? tree)
    {
        if (tree is not null)
        {
            return tree.UniversalRelation(k) == "compound" && tree.Head(k) > k;
        }

        return k + 1 < end && tags[k + 1] is UposTag.Noun or UposTag.Propn;
    }

    // The longest agent phrase that ends at the head and whose words are all there, outside names.
    private static AgentNouns.Form? Longest(AgentNouns.Form[] forms, int k, int first, string text, TokenList tokens, bool[] taken)
    {
        foreach (var f in forms)
        {
            int start = k - f.Words.Length + 1;
            if (start < first)
            {
                continue;
            }

            bool all = true;
            for (int w = 0; w < f.Words.Length - 1 && all; w++)
            {
                int j = start + w;
                all = !taken[j] && tokens[j].Span(text).Equals(f.Words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return f;
            }
        }

        return null;
    }

    // Back from the phrase over its modifiers: adjectives, nouns, names, numbers and quotation marks around a modifier
    // ("the “interim” government"), each hanging inside the phrase in the parse; not a determiner or a possessive.
    private static int ModifiersStart(int phraseStart, int head, int first, string text, TokenList tokens, PosTags tags, DependencyTree? tree)
    {
        // "Hong Kong police" parsed as one name (police flat under Hong): the name's first word is the phrase's root.
        int root = tree is not null && tree.UniversalRelation(head) == "flat" && tree.Head(head) is >= 0 and var h && h < head ? h : head;
        int start = phraseStart;
        for (int j = phraseStart - 1; j >= first; j--)
        {
            bool quote = IsQuote(j, text, tokens);
            if (!quote && tags[j] is not (UposTag.Adj or UposTag.Noun or UposTag.Propn or UposTag.Num))
            {
                break;
            }

            if (!quote && tree is not null && j != root && !InsidePhrase(tree, j, head) && !InsidePhrase(tree, j, root))
            {
                break;
            }

            start = j;
        }

        // A phrase does not start with a quotation mark nobody closes inside it.
        while (start < phraseStart && IsQuote(start, text, tokens)
            && !HasQuoteAfter(start + 1, phraseStart, text, tokens))
        {
            start++;
        }

        return start;
    }

    // The word hangs from the head through words between them ("Hong" → "Kong" → "police"; a flat name's first word
    // is its head: "Kong" → "Hong" → "police").
    private static bool InsidePhrase(DependencyTree tree, int word, int head)
    {
        int h = word;
        for (int hop = 0; hop < 6; hop++)
        {
            h = tree.Head(h);
            if (h == head)
            {
                return true;
            }

            if (h < 0 || h > head)
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasQuoteAfter(int from, int to, string text, TokenList tokens)
    {
        for (int j = from; j < to; j++)
        {
            if (IsQuote(j, text, tokens))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(int k, string text, TokenList tokens) => tokens[k].Length == 1 && CharClasses.IsQuote(text[tokens[k].Start]);

    private sealed class Cluster(AgentNouns.Form form, HashSet<string> modifiers, string name, List<CharRange> mentions)
    {
        public AgentNouns.Form Form { get; } = form;

        public HashSet<string> Modifiers { get; } = modifiers;

        public string Name { get; set; } = name;

        public List<CharRange> Mentions { get; } = mentions;
    }
}
