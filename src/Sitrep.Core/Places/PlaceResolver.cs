using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Places;

/// <summary>
/// Resolves the article's GPE and LOC entities to GeoNames places (id, ISO3 country, coordinates). The dateline decides
/// first: its place is read by prominence alone ("MOSCOW" is Russia's capital, not the town in Idaho), helped only by
/// the dateline's own region ("PORTLAND, Maine"). Its country then steers the article's other shared names, with the
/// divisions its unambiguous places lie in ("Moscow, Idaho"), the countries they and its peoples ("Russian") name,
/// and each candidate's prominence (<see cref="Gazetteer.Prior"/>).
/// </summary>
public sealed class PlaceResolver : IPipelineComponent
{
    private readonly Gazetteer _gazetteer;
    private readonly Countries _countries;

    public PlaceResolver(Gazetteer? gazetteer = null, Countries? countries = null)
    {
        _gazetteer = gazetteer ?? Gazetteer.Shared;
        _countries = countries ?? Countries.Shared;
    }

    public string Name => "places.v2";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Structure, Layers.Entities];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Places];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Get(Layers.Entities);
        CharRange? dateline = document.TryGet(Layers.Structure, out var structure) ? structure.Dateline?.Range : null;

        // The dateline's place, by prominence and the dateline's other names only.
        Entity? datelineEntity = null;
        GazetteerEntry? datelinePlace = null;
        if (dateline is { } dr)
        {
            var inDateline = entities.Where(e => IsPlace(e) && e.Mentions.Any(m => dr.Contains(m))).OrderBy(e => e.Mentions.First(m => dr.Contains(m)).Start).ToList();
            if (inDateline.Count > 0)
            {
                var own = new PlaceContext();
                foreach (var e in inDateline.Skip(1))
                {
                    AddEvidence(own, e);
                }

                datelineEntity = inDateline[0];
                datelinePlace = Resolve(document, datelineEntity, own);
            }
        }

        var context = new PlaceContext { DatelineCountry = datelinePlace?.Country };
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Norp && _countries.Code(e.Name) is { } people)
            {
                context.Countries.Add(people);
            }
            else if (IsPlace(e))
            {
                AddEvidence(context, e);
            }
        }

        if (datelinePlace is not null)
        {
            context.Countries.Add(datelinePlace.Country);
            if (datelinePlace.Admin1.Length > 0)
            {
                context.Divisions.Add(datelinePlace.Admin1);
            }
        }

        var places = new List<Place>();
        foreach (var e in entities)
        {
            if (!IsPlace(e))
            {
                continue;
            }

            var found = e == datelineEntity ? datelinePlace : Resolve(document, e, context);
            if (found is not null)
            {
                places.Add(new Place(e.Id, found.Name, found.Country, found.Lat, found.Lon, found.GeonamesId));
            }
        }

        document.Set(Layers.Places, places);
    }

    private static bool IsPlace(Entity e) => e.Type is EntityType.Gpe or EntityType.Loc;

    /// <summary>
    /// What one place name says about the article: its country when every place of that name lies in one ("Georgia",
    /// a country and a US state, says nothing), and its division when they all lie in one (Idaho, Atlanta); a name
    /// whose places are all towns too small to stand without evidence says nothing.
    /// </summary>
    private void AddEvidence(PlaceContext context, Entity e)
    {
        string? country = null, division = null;
        bool oneCountry = true, oneDivision = true, any = false;
        foreach (var c in _gazetteer.Candidates(e.Name))
        {
            // Towns too small to stand alone are no evidence, not even for themselves ("Young" would otherwise
            // vouch for Young, Uruguay); they still make a name ambiguous (Moscow, Idaho).
            any |= !(c.Feature == PlaceFeature.City && c.Rank == PlaceRank.None && c.Population < Gazetteer.MinUnsupportedPopulation);
            oneCountry &= country is null || string.Equals(country, c.Country, StringComparison.Ordinal);
            oneDivision &= c.Admin1.Length > 0 && (division is null || string.Equals(division, c.Admin1, StringComparison.Ordinal));
            country ??= c.Country;
            division ??= c.Admin1.Length > 0 ? c.Admin1 : null;
        }

        if (any && oneCountry && country is not null)
        {
            context.Countries.Add(country);
        }

        if (any && oneDivision && division is not null)
        {
            context.Divisions.Add(division);
        }
    }

    private GazetteerEntry? Resolve(Document document, Entity e, PlaceContext context)
    {
        var found = _gazetteer.Resolve(e.Name, context);
        if (found is null)
        {
            foreach (var m in e.Mentions)
            {
                found = _gazetteer.Resolve(document.TextOf(m), context);
                if (found is not null)
                {
                    break;
                }
            }
        }

        return found;
    }
}
