using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Entities;

/// <summary>
/// Links PERSON entities to the office-holder knowledge base by name, role and context: a candidate gains for a role
/// that matches one of their offices ("US President" for a US head of state), for offices in the countries the article
/// speaks of, for being in office around the article's date, and for a full-name match. A bare surname links only
/// with a role or with both context and date; ties link nothing.
/// </summary>
public sealed class EntityLinker : IPipelineComponent
{
    private readonly OfficeHolders _kb;

    public EntityLinker(OfficeHolders? officeHolders = null)
    {
        _kb = officeHolders ?? OfficeHolders.Shared;
    }

    public string Name => "entity-linker.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Entities];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.EntityLinks];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Get(Layers.Entities);
        var context = ContextCountries(document, entities);
        var date = DocumentDates.Anchor(document);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Person && Link(e, context, date) is { } id)
            {
                links[e.Id] = id;
            }
        }

        document.Set(Layers.EntityLinks, links);
    }

    private string? Link(Entity e, HashSet<string> context, DateOnly? date)
    {
        var roles = e.Roles.Select(r => OfficeTitle.TryParse(r.Title, out var kind, out var country) ? (kind, country) : ((OfficeKind, string?)?)null).OfType<(OfficeKind Kind, string? Country)>().ToList();
        bool fullName = e.Name.Contains(' ', StringComparison.Ordinal);
        var byPerson = _kb.TermsBySurname(OfficeHolders.Surname(e.Name))
            .Where(t => t.IsNamed(e.Name))
            .GroupBy(t => t.WikidataId ?? "kb:" + t.Person, StringComparer.Ordinal);

        string? best = null;
        int bestScore = 0;
        bool tie = false;
        foreach (var person in byPerson)
        {
            bool role = person.Any(t => roles.Any(r => r.Kind == t.Kind && (r.Country is null || r.Country == t.Country)));
            bool inContext = person.Any(t => t.Country is not null && context.Contains(t.Country));
            bool inOffice = date is { } d && person.Any(t => t.Start <= d.AddYears(2) && (t.End is null || t.End.Value >= d.AddYears(-2)));
            bool sameName = person.Any(t => string.Equals(t.Person, e.Name, StringComparison.OrdinalIgnoreCase) || t.Aliases.Any(a => string.Equals(a, e.Name, StringComparison.OrdinalIgnoreCase)));
            int score = (role ? 3 : 0) + (inContext ? 2 : 0) + (inOffice ? 1 : 0) + (sameName && fullName ? 2 : 0);
            if (!fullName && !role && !(inContext && inOffice))
            {
                continue;
            }

            if (score > bestScore)
            {
                best = person.Key;
                bestScore = score;
                tie = false;
            }
            else if (score == bestScore)
            {
                tie = true;
            }
        }

        return tie || bestScore < 2 ? null : best;
    }

    private static HashSet<string> ContextCountries(Document document, IReadOnlyList<Entity> entities)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in document.GetOrDefault(Layers.Places, []))
        {
            if (p.Country is not null)
            {
                countries.Add(p.Country);
            }
        }

        foreach (var e in entities)
        {
            if (e.Type is EntityType.Gpe or EntityType.Norp && Countries.Shared.Code(e.Name) is { } code)
            {
                countries.Add(code);
            }

            foreach (var r in e.Roles)
            {
                if (OfficeTitle.TryParse(r.Title, out _, out var c) && c is not null)
                {
                    countries.Add(c);
                }
            }
        }

        return countries;
    }
}
