using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Places;

/// <summary>
/// Resolves the article's GPE and LOC entities to GeoNames places (id, ISO3 country, coordinates). Shared names are
/// decided by the article's other places: first the countries it names or whose people it names ("Russian"), and the
/// countries of places with only one candidate; then each place by that context and by population.
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

    public string Name => "places.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Entities];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Places];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Get(Layers.Entities);
        var context = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            // A name sets the context only when it is unambiguous: "Georgia" (a country and a US state) does not.
            var countries = _gazetteer.Candidates(e.Name).Select(c => c.Country).Distinct(StringComparer.Ordinal).ToList();
            if (e.Type == EntityType.Norp && _countries.Code(e.Name) is { } people)
            {
                context.Add(people);
            }
            else if (e.Type is EntityType.Gpe or EntityType.Loc && countries is [var only])
            {
                context.Add(only);
            }
        }

        var places = new List<Place>();
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.Gpe or EntityType.Loc))
            {
                continue;
            }

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

            if (found is not null)
            {
                places.Add(new Place(e.Id, found.Name, found.Country, found.Lat, found.Lon, found.GeonamesId));
            }
        }

        document.Set(Layers.Places, places);
    }
}
