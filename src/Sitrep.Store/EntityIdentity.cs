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
