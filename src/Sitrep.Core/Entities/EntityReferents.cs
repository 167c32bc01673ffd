using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Entities;

/// <summary>
/// What the entity layer says a span refers to, for every reader of it (quotes, events, roles, findings): a pronoun's
/// person (<see cref="PronounResolver"/> made it a mention of that entity) or a name's entity.
/// </summary>
public static class EntityReferents
{
    /// <summary>The entity one of whose mentions is exactly <paramref name="range"/> (a resolved pronoun, a name), or null.</summary>
    public static Entity? Of(IReadOnlyList<Entity>? entities, CharRange range)
    {
        if (entities is null)
        {
            return null;
        }

        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                if (m == range)
                {
                    return e;
                }
            }
        }

        return null;
    }
}
