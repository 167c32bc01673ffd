using System.Collections.Frozen;

namespace Sitrep.Core.Events;

/// <summary>
/// Common nouns that name political actors without naming them ("police", "rebels", "protesters", "the government").
/// An event whose actors are not named entities is still asserted when such a word stands in its subject or object;
/// otherwise an event needs a named actor or a country ("Prices rose to a record" has no actor to code).
/// </summary>
internal static class ActorWords
{
    private static readonly FrozenSet<string> s_words = new[]
    {
        "police", "policemen", "troops", "soldiers", "army", "military", "forces", "navy", "marines", "rebels", "rebel",
        "militants", "militant", "insurgents", "guerrillas", "guerrilla", "fighters", "militia", "militias", "militiamen",
        "gunmen", "attackers", "bombers", "terrorists", "extremists", "jihadists", "separatists", "secessionists",
        "protesters", "protestors", "demonstrators", "activists", "strikers", "rioters", "crowd", "crowds", "mob",
        "workers", "unions", "union", "students", "farmers", "doctors", "teachers", "miners", "villagers", "residents",
        "civilians", "refugees", "prisoners", "detainees", "hostages", "settlers", "tribesmen", "opposition", "dissidents",
        "government", "governments", "authorities", "officials", "official", "ministry", "minister", "ministers",
        "president", "premier", "parliament", "legislature", "lawmakers", "legislators", "senate", "congress", "cabinet",
        "regime", "junta", "court", "judge", "judges", "prosecutors", "prosecutor", "investigators", "inspectors",
        "diplomats", "diplomat", "ambassador", "envoy", "negotiators", "mediators", "mediator", "delegation",
        "peacekeepers", "monitors", "observers", "guards", "security", "leaders", "leader", "chief", "commander",
        "commanders", "spokesman", "spokeswoman", "parties", "party", "coalition", "alliance", "embassy", "state",
        "states", "nations", "country", "countries", "administration", "agency", "council", "assembly", "group", "groups", "faction", "factions",
        "organization", "organisation", "movement", "association", "front", "network", "forum", "bloc", "body",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for an actor word or its plural ("envoys", "delegations").</summary>
    public static bool Contains(string lower) =>
        s_words.Contains(lower) || (lower.Length > 3 && lower[^1] == 's' && s_words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower.AsSpan(0, lower.Length - 1)));
}
