using Sitrep.Core.Language;

namespace Sitrep.Core.Events;

/// <summary>
/// Common nouns that name political actors without naming them ("police", "rebels", "protesters", "the government"):
/// the one-word agent nouns of <c>Language/Data/agents.tsv</c> (<see cref="AgentNouns"/>). An event whose actors are not
/// named entities is still asserted when such a word stands in its subject or object; otherwise an event needs a named
/// actor or a country ("Prices rose to a record" has no actor to code).
/// </summary>
internal static class ActorWords
{
    /// <summary>True for an agent noun or its plural ("envoys", "delegations").</summary>
    public static bool Contains(string lower) => AgentNouns.IsAgentWord(lower);
}
