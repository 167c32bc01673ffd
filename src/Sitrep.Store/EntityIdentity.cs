using System.Text;
using Sitrep.Core.Record;

namespace Sitrep.Store;

/// <summary>
/// One identity for the same entity across articles: its knowledge-base id where it has one, otherwise its type and
/// normalised name ("PERSON:keir starmer").
/// </summary>
public static class EntityIdentity
{
    /// <remarks>A described actor ("police", "three judges") has no name to share: its identity is its description
    /// ("DESCRIBED:ORG:police"), which <see cref="Shared"/> and <see cref="Of(RecordEntity, string)"/> keep from ever
    /// meeting another article's.</remarks>
    public static string Of(RecordEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Described)
        {
            return Described + entity.Type + ":" + Normalize(entity.Name);
        }

        return entity.KbId is { Length: > 0 } kb ? kb : entity.Type + ":" + Normalize(entity.Name);
    }

    /// <summary>
    /// True for a person's identity: a name identity of type PERSON or a knowledge-base id, which only people have (a
    /// Wikidata id "Q…" or the knowledge base's own "kb:…", <see cref="Sitrep.Core.Entities.EntityLinker"/>).
    /// </summary>
    public static bool IsPerson(string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.StartsWith("PERSON:", StringComparison.Ordinal) || identity.StartsWith("kb:", StringComparison.Ordinal)
            || (identity.Length > 1 && identity[0] == 'Q' && char.IsAsciiDigit(identity[1]));
    }

    /// <summary>The identity stored for an entity of the document <paramref name="documentId"/>: a described actor's is
    /// that document's alone ("DESCRIBED:doc:e12"), so stories, people and counts never join articles by "police".</summary>
    public static string Of(RecordEntity entity, string documentId)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Described ? Described + documentId + ":" + entity.Id : Of(entity);
    }

    /// <summary>The identity an entity shares with other articles' entities, or null for a described actor (an event's
    /// "police" is no evidence that two reports tell one incident, nor a contradiction between them).</summary>
    public static string? Shared(RecordEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Described ? null : Of(entity);
    }

    /// <summary>True for the stored identity of a described actor (<see cref="Of(RecordEntity, string)"/>): it has no
    /// identities row nor name counts.</summary>
    public static bool IsDescribed(string identity) => identity.StartsWith(Described, StringComparison.Ordinal);

    private const string Described = "DESCRIBED:";

    /// <summary>Lower case; letters and digits kept, dots and apostrophes dropped, anything else one space ("U.S. Navy" → "us navy").</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not '.' and not '\'' and not '’')
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
