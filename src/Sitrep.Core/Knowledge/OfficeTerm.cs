namespace Sitrep.Core.Knowledge;

/// <summary>One person's spell in one office.</summary>
/// <param name="Person">The person's name as the source gives it ("Donald Trump").</param>
/// <param name="Aliases">Other names the person goes by ("Donald J. Trump"), possibly empty.</param>
/// <param name="Office">The office's label ("President of the United States", "Prime Minister").</param>
/// <param name="Kind">What the office is.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code, or an organisation code (UNO, NATO), or null.</param>
/// <param name="Start">First day in office.</param>
/// <param name="End">Day the spell ended (exclusive), or null when the source gives no end.</param>
/// <param name="WikidataId">Wikidata Q-id of the person, or null.</param>
/// <param name="Source">Where the row comes from.</param>
public sealed record OfficeTerm(
    string Person,
    IReadOnlyList<string> Aliases,
    string Office,
    OfficeKind Kind,
    string? Country,
    DateOnly Start,
    DateOnly? End,
    string? WikidataId,
    string Source)
{
    /// <summary>True when the spell covers <paramref name="date"/> (an open end counts as still in office).</summary>
    public bool Covers(DateOnly date) => Start <= date && (End is null || date < End.Value);

    /// <summary>True when <paramref name="name"/> can be this term's person under its name or an alias (<see cref="Findings.PersonNames.Same"/>).</summary>
    internal bool IsNamed(string name) => Findings.PersonNames.Same(Person, name) || Aliases.Any(a => Findings.PersonNames.Same(a, name));
}
