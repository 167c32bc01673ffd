namespace Sitrep.Store;

/// <summary>
/// One row per person across the corpus: the stored identities (<see cref="EntityIdentity"/>: a knowledge-base id,
/// else the normalised name) joined where the corpus says they are one person, each group with its aliases.
/// <list type="bullet">
/// <item>A name identity joins the knowledge-base identity whose name is the same, when exactly one has it.</item>
/// <item>A one-word name ("Starmer") joins the person whose full name ends with it, when exactly one person in the
/// corpus has that surname; with two ("Tony Blair", "Cherie Blair") it stays on its own row.</item>
/// </list>
/// Counts are summed over the group (documents: the articles of each identity, so an article naming one person both
/// ways counts twice).
/// </summary>
public static class PersonIdentities
{
    /// <summary>The columns of <see cref="Group"/>'s result.</summary>
    public static readonly string[] Columns = ["identity", "name", "kb_id", "aliases", "documents", "mentions", "quotes"];

    /// <summary>One stored identity with its counts.</summary>
    public sealed record Row(string Identity, string Name, string? KbId, long Documents, long Mentions, long Quotes);

    /// <summary>The groups of <paramref name="rows"/>, most mentioned first; each group lists its members' names as aliases.</summary>
    public static IReadOnlyList<(Row Head, IReadOnlyList<Row> Members)> Group(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var all = rows.ToList();
        var groupOf = new Dictionary<Row, int>(ReferenceEqualityComparer.Instance);
        var groups = new List<List<Row>>();
        int NewGroup(Row r)
        {
            groups.Add([r]);
            return groupOf[r] = groups.Count - 1;
        }

        // Knowledge-base identities: one group each; their names, for the name identities to join.
        var kbByName = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var r in all.Where(r => r.KbId is { Length: > 0 }))
        {
            int g = NewGroup(r);
            Add(kbByName, EntityIdentity.Normalize(r.Name), g);
        }

        // Full names: the one knowledge-base person of that name, else their own group.
        var singles = new List<Row>();
        foreach (var r in all.Where(r => r.KbId is not { Length: > 0 }))
        {
            string norm = EntityIdentity.Normalize(r.Name);
            if (!norm.Contains(' ', StringComparison.Ordinal))
            {
                singles.Add(r);
            }
            else if (kbByName.TryGetValue(norm, out var kb) && kb.Count == 1)
            {
                int g = kb.First();
                groups[g].Add(r);
                groupOf[r] = g;
            }
            else
            {
                NewGroup(r);
            }
        }

        // Surnames of the full-name groups; a one-word name joins the only group with that surname.
        var bySurname = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (var r in groups[g])
            {
                string norm = EntityIdentity.Normalize(r.Name);
                int space = norm.LastIndexOf(' ');
                if (space > 0)
                {
                    Add(bySurname, norm[(space + 1)..], g);
                }
            }
        }

        foreach (var r in singles)
        {
            if (bySurname.TryGetValue(EntityIdentity.Normalize(r.Name), out var only) && only.Count == 1)
            {
                int g = only.First();
                groups[g].Add(r);
            }
            else
            {
                NewGroup(r);
            }
        }

        return [.. groups
            .Select(members =>
            {
                var ordered = members.OrderByDescending(m => m.KbId is { Length: > 0 }).ThenByDescending(m => m.Name.Contains(' ', StringComparison.Ordinal))
                    .ThenByDescending(m => m.Mentions).ThenBy(m => m.Identity, StringComparer.Ordinal).ToList();
                return (Head: ordered[0], Members: (IReadOnlyList<Row>)ordered);
            })
            .OrderByDescending(g => g.Members.Sum(m => m.Mentions)).ThenBy(g => g.Head.Identity, StringComparer.Ordinal)];
    }

    /// <summary>A group as a result row (<see cref="Columns"/>).</summary>
    public static object?[] ToRow((Row Head, IReadOnlyList<Row> Members) group)
    {
        var (head, members) = group;
        var aliases = members.Select(m => m.Name).Distinct(StringComparer.Ordinal);
        return [head.Identity, head.Name, head.KbId, string.Join("; ", aliases), members.Sum(m => m.Documents), members.Sum(m => m.Mentions), members.Sum(m => m.Quotes)];
    }

    private static void Add(Dictionary<string, HashSet<int>> map, string key, int group)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }

        set.Add(group);
    }
}
