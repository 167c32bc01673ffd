using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Quotes;

namespace Sitrep.Core.Entities;

/// <summary>
/// Merges the recognizer's mentions into entities: person names by surname and compatible forenames (Donald Trump /
/// Trump / Donald J. Trump / President Trump), organizations and places by name and acronym (UNHCR), an embedded
/// post's author and handle, titles and roles bound to people, definite descriptions of a named body ("the union":
/// <see cref="DescriptionResolver"/>) and the pronouns that refer to them (<see cref="PronounResolver"/>).
/// </summary>
public sealed class EntityMerger : IPipelineComponent
{
    public string Name => "entities.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Structure, Layers.Tokens, Layers.Sentences, Layers.Mentions];

    /// <summary>The pronoun resolver reads subjects from the parse when there is one; the mention repairs read parts of speech.</summary>
    public IReadOnlyList<AnnotationKey> Uses { get; } = [Layers.Parse, Layers.PosTags];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Entities, Layers.DescribedAntecedents];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.Entities, Merge(document, out var described));
        document.Set(Layers.DescribedAntecedents, described);
    }

    /// <summary>The entities of <paramref name="document"/>, numbered e1, e2… in order of first mention.</summary>
    public static IReadOnlyList<Entity> Merge(Document document) => Merge(document, out _);

    /// <summary>The entities of <paramref name="document"/>, and the pronouns that stand for a described person (<see cref="Layers.DescribedAntecedents"/>).</summary>
    public static IReadOnlyList<Entity> Merge(Document document, out IReadOnlyDictionary<int, Antecedent> described)
    {
        ArgumentNullException.ThrowIfNull(document);
        var t = new TokenText(document.Text, document.Tokens);
        var sentences = document.Sentences;
        var structure = document.Get(Layers.Structure);
        document.TryGet(Layers.PosTags, out var pos);
        var mentions = PersonTails.Split(t, HyphenatedNames.Join(t, TitledNames.Split(t, document.Get(Layers.Mentions).OrderBy(m => m.Range.Start).ToList()), pos));
        AddPostAuthors(t, structure, mentions);

        var clusters = new List<MentionCluster>();
        var clusterOfToken = new MentionCluster?[t.Count];
        var typeOfToken = new EntityType[t.Count];
        Array.Fill(typeOfToken, EntityType.Misc);
        var assigned = new Dictionary<EntityMention, (MentionCluster Cluster, TokenRange Name)>();

        // Full person names first, so that "Trump" in a headline finds "Donald Trump" further down.
        foreach (var pass in new[] { 0, 1, 2 })
        {
            foreach (var m in mentions)
            {
                bool person = m.Type == EntityType.Person;
                var name = NameVariants.Strip(t, m.Tokens, person);
                bool full = name.Length >= 2;
                if ((pass == 0 && !(person && full)) || (pass == 1 && !(person && !full)) || (pass == 2 && person))
                {
                    continue;
                }

                var cluster = person ? PersonCluster(t, name, clusters) : OtherCluster(t, m, name, clusters);
                cluster.Add(m.Range, NameVariants.TextOf(t, name));
                assigned[m] = (cluster, name);
                for (int k = m.Tokens.Start; k < m.Tokens.End && k < t.Count; k++)
                {
                    clusterOfToken[k] = cluster;
                    typeOfToken[k] = m.Type;
                }
            }
        }

        AddHandles(structure, clusters);
        document.TryGet(Layers.Parse, out var tree);
        var roles = new RoleBinder(t, sentences, clusterOfToken, typeOfToken, tree);
        foreach (var (m, (cluster, name)) in assigned)
        {
            if (cluster.Type == EntityType.Person)
            {
                roles.Bind(cluster, m.Tokens, name, sentences.Count == 0 ? 0 : Sentences.IndexOfToken(sentences, m.Tokens.Start));
            }
        }

        JoinTitleOnly(clusters, clusterOfToken);
        new DescriptionResolver(t, tree).Resolve(clusterOfToken);
        described = new PronounResolver(t, sentences, tree, pos).Resolve(clusterOfToken);
        return Number(clusters);
    }

    /// <summary>
    /// "The King replied": a person named only by a title ("King", "President") is the one person of the article who
    /// bears that title ("King Fahd"); with none or several, it stays apart.
    /// </summary>
    private static void JoinTitleOnly(List<MentionCluster> clusters, MentionCluster?[] clusterOfToken)
    {
        for (int i = clusters.Count - 1; i >= 0; i--)
        {
            var c = clusters[i];
            if (c.Type != EntityType.Person || c.Roles.Count > 0 || c.Names.Count == 0 || !c.Names.TrueForAll(n => !n.Contains(' ', StringComparison.Ordinal) && RoleBinder.IsRoleNoun(n)))
            {
                continue;
            }

            MentionCluster? bearer = null;
            int bearers = 0;
            foreach (var other in clusters)
            {
                if (other != c && other.Type == EntityType.Person && other.Roles.Exists(r => c.Names.Exists(n => LastWord(r.Title).Equals(n, StringComparison.OrdinalIgnoreCase))))
                {
                    bearer = other;
                    bearers++;
                }
            }

            if (bearers != 1)
            {
                continue;
            }

            foreach (var m in c.Mentions)
            {
                bearer!.Add(m, null);
            }

            for (int k = 0; k < clusterOfToken.Length; k++)
            {
                if (clusterOfToken[k] == c)
                {
                    clusterOfToken[k] = bearer;
                }
            }

            clusters.RemoveAt(i);
        }
    }

    private static string LastWord(string title) => title[(title.LastIndexOf(' ') + 1)..];

    private static MentionCluster PersonCluster(TokenText t, TokenRange name, List<MentionCluster> clusters)
    {
        string surname = t[name.End - 1].ToString();
        string? forename = name.Length >= 2 ? t[name.Start].ToString() : null;
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Person && c.Surname is not null && PersonNames.SamePerson(c.Forename, c.Surname, forename, surname))
            {
                return c;
            }
        }

        if (forename is null)
        {
            // A forename alone ("Hillary") goes to the one person who has it.
            var byForename = clusters.Where(c => c.Type == EntityType.Person && string.Equals(c.Forename, surname, StringComparison.Ordinal)).ToList();
            if (byForename.Count == 1)
            {
                return byForename[0];
            }
        }

        var created = new MentionCluster(EntityType.Person) { Surname = surname, Forename = forename };
        clusters.Add(created);
        return created;
    }

    private static MentionCluster OtherCluster(TokenText t, EntityMention m, TokenRange name, List<MentionCluster> clusters)
    {
        var core = NameVariants.WithoutLegalForm(t, name);
        string key = NameVariants.Key(t, core);
        var text = NameVariants.TextOf(t, core);
        string? letters = Acronyms.LettersOf(text);
        string? initials = Acronyms.InitialsOf(text);
        int words = core.Length;
        string? firstWord = m.Type == EntityType.Org && words >= 2 && ShortName(t, core.Start) ? t[core.Start].ToString().ToLowerInvariant() : null;
        bool single = m.Type == EntityType.Org && words == 1 && ShortName(t, core.Start);
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Person)
            {
                continue;
            }

            if (c.Keys.Contains(key) || (letters is not null && c.Keys.Contains("#" + letters)) || (initials is not null && c.Keys.Contains("@" + initials))
                || (c.Type == EntityType.Org && ((firstWord is not null && c.Keys.Contains(firstWord)) || (single && c.Keys.Contains("^" + key)))))
            {
                c.Keys.Add(key);
                if (firstWord is not null)
                {
                    c.Keys.Add("^" + firstWord);
                }

                // An acronym and the name it abbreviates: the name says what kind of thing it is ("GM" tagged a place,
                // "General Motors" a company), so the mention with the most words types the entity.
                if (words > c.TypeWords)
                {
                    c.Type = m.Type;
                    c.TypeWords = words;
                }

                return c;
            }
        }

        var created = new MentionCluster(m.Type) { TypeWords = words };
        created.Keys.Add(key);
        if (firstWord is not null)
        {
            created.Keys.Add("^" + firstWord);
        }

        if (initials is not null)
        {
            created.Keys.Add("#" + initials);
        }

        if (letters is not null)
        {
            created.Keys.Add("@" + letters);
        }

        clusters.Add(created);
        return created;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> can stand alone for an organisation whose name it begins ("Northline" for
    /// "Northline Motors Corp"): a capitalised word that is no head word of names ("Bank", "Council"), no place or people
    /// of the gazetteer's countries ("British" Airways) and no acronym.
    /// </summary>
    private static bool ShortName(TokenText t, int k)
    {
        var w = t[k];
        return w.Length >= 3 && char.IsUpper(w[0]) && char.IsLower(w[^1]) && !Tagging.NameTypes.IsHead(w)
            && !Knowledge.Countries.Shared.ByNameLookup.ContainsKey(w);
    }

    /// <summary>A post's author is a person mention even when the recognizer missed it.</summary>
    private static void AddPostAuthors(TokenText t, ArticleStructure structure, List<EntityMention> mentions)
    {
        foreach (var post in structure.EmbeddedPosts)
        {
            if (post.Author is not { } author || mentions.Any(m => m.Range.Overlaps(author.Range)))
            {
                continue;
            }

            var tokens = t.Tokens.Cover(author.Range);
            if (tokens.Length > 0)
            {
                mentions.Add(new EntityMention(author.Range, tokens, EntityType.Person));
            }
        }

        mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
    }

    /// <summary>"@realDonaldTrump" belongs to the person whose surname it contains.</summary>
    private static void AddHandles(ArticleStructure structure, List<MentionCluster> clusters)
    {
        foreach (var post in structure.EmbeddedPosts)
        {
            if (post.Handle is not { } handle)
            {
                continue;
            }

            var owner = clusters.FirstOrDefault(c => c.Type == EntityType.Person && c.Surname is { Length: >= 3 } s
                && handle.Text.Contains(s, StringComparison.OrdinalIgnoreCase)
                && (post.Author is null || c.Mentions.Any(m => m.Overlaps(post.Author.Range))));
            owner ??= clusters.FirstOrDefault(c => c.Type == EntityType.Person && c.Surname is { Length: >= 3 } s && handle.Text.Contains(s, StringComparison.OrdinalIgnoreCase));
            owner?.Add(handle.Range, null);
        }
    }

    private static Entity[] Number(List<MentionCluster> clusters)
    {
        var ordered = clusters.Where(c => c.Mentions.Count > 0).OrderBy(c => c.FirstStart).ToList();
        var ids = new Dictionary<MentionCluster, string>();
        for (int i = 0; i < ordered.Count; i++)
        {
            ids[ordered[i]] = "e" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        return ordered.Select(c => new Entity
        {
            Id = ids[c],
            Type = c.Type,
            Name = c.CanonicalName(),
            Mentions = c.Mentions.OrderBy(m => m.Start).ToList(),
            Roles = c.Roles.Select(r => new Role(r.Title, r.Of is not null && ids.TryGetValue(r.Of, out var of) ? of : null, r.Range)).ToList(),
        }).ToArray();
    }
}
