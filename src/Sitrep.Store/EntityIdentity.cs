using System.Text;
using Sitrep.Core.Record;

namespace Sitrep.Store;

/// <summary>
/// One identity for the same entity across articles: its knowledge-base id where it has one, otherwise its type and
/// normalised name ("PERSON:keir starmer").
/// </summary>
public static class EntityIdentity
{
    public static string Of(RecordEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
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
