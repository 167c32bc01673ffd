using Sitrep.Core.Annotations;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Events;

/// <summary>
/// The country an event actor stands for (ISO 3166-1 alpha-3): a place's country, a people's country ("Russian"),
/// a person's country through their roles ("US President", envoy of a president) or the office-holder table, an
/// organisation's through a country word in its name ("Israeli army") or a seat of government ("the Kremlin").
/// </summary>
internal sealed class ActorCountries
{
    // Seats of government that stand for their country in news text ("the Kremlin said").
    private static readonly Dictionary<string, string> s_seats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Kremlin"] = "RUS", ["White House"] = "USA", ["Pentagon"] = "USA", ["State Department"] = "USA",
        ["Downing Street"] = "GBR", ["Whitehall"] = "GBR", ["Elysee"] = "FRA", ["Élysée"] = "FRA",
        ["Knesset"] = "ISR", ["Quai d'Orsay"] = "FRA", ["Bundestag"] = "DEU", ["Duma"] = "RUS",
        ["Zhongnanhai"] = "CHN", ["Blue House"] = "KOR", ["Foggy Bottom"] = "USA",
    };

    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, string?> _placeCountry;
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private readonly Countries _countries;
    private readonly OfficeHolders _officeHolders;

    public ActorCountries(IReadOnlyList<Entity> entities, IReadOnlyList<Place> places, Countries countries, OfficeHolders officeHolders)
    {
        _entities = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _placeCountry = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            _placeCountry[p.Entity] = p.Country;
        }

        _countries = countries;
        _officeHolders = officeHolders;
    }

    public Entity? Entity(string id) => _entities.GetValueOrDefault(id);

    /// <summary>The country entity <paramref name="id"/> stands for, or null.</summary>
    public string? CountryOf(string? id) => id is null ? null : CountryOf(id, depth: 0);

    /// <summary>True when the entity is a country itself (not a city or region of one).</summary>
    public bool IsCountry(string id) =>
        _entities.TryGetValue(id, out var e) && e.Type is EntityType.Gpe && _countries.Code(e.Name) is not null;

    private string? CountryOf(string id, int depth)
    {
        if (_cache.TryGetValue(id, out var known))
        {
            return known;
        }

        string? found = depth > 2 || !_entities.TryGetValue(id, out var e) ? null : Find(e, depth);
        _cache[id] = found;
        return found;
    }

    private string? Find(Entity e, int depth)
    {
        if (_placeCountry.TryGetValue(e.Id, out var placeCountry) && placeCountry is not null)
        {
            return placeCountry;
        }

        switch (e.Type)
        {
            case EntityType.Gpe or EntityType.Loc or EntityType.Norp:
                return _countries.Code(e.Name) ?? FromWords(e.Name);
            case EntityType.Person:
                foreach (var role in e.Roles)
                {
                    if (role.Of is { } of && of != e.Id && CountryOf(of, depth + 1) is { } viaOf)
                    {
                        return viaOf;
                    }

                    if (FromWords(role.Title) is { } viaTitle)
                    {
                        return viaTitle;
                    }
                }

                foreach (var term in _officeHolders.TermsOf(e.Name))
                {
                    if (term.Country is { Length: 3 } c && _countries.Name(c) is not null)
                    {
                        return c;
                    }
                }

                // A surname alone ("Putin") when every office-holder of that surname served one country.
                if (!e.Name.Contains(' ', StringComparison.Ordinal))
                {
                    var countries = _officeHolders.TermsBySurname(e.Name).Select(t => t.Country).Distinct(StringComparer.Ordinal).ToList();
                    if (countries is [{ Length: 3 } only] && _countries.Name(only) is not null)
                    {
                        return only;
                    }
                }

                return null;
            case EntityType.Org:
                return s_seats.TryGetValue(e.Name, out var seat) ? seat : FromWords(e.Name);
            default:
                return null;
        }
    }

    /// <summary>The country a capitalized word names or whose people it names ("Fijian", "Afghan"), or null.</summary>
    public string? CountryOfWord(string word) =>
        word.Length > 2 && char.IsUpper(word[0]) && !s_notCountryWords.Contains(word) ? _countries.Code(word) : null;

    // Capitalized words the country table knows that are seldom the country in a news actor ("US" is; "Chad" the name is not worth the risk).
    private static readonly HashSet<string> s_notCountryWords = new(StringComparer.Ordinal) { "Chad", "Georgia", "Jordan", "Turkey", "Guinea", "Niger", "Mali", "Congo" };

    // The first word (or two-word name) of a phrase that names a country or its people: "Israeli army", "US Congress".
    private string? FromWords(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i].TrimEnd('\'', '’', 's').Length > 1 && words[i].EndsWith("'s", StringComparison.Ordinal) ? words[i][..^2] : words[i];
            if (i + 1 < words.Length && _countries.Code(w + " " + words[i + 1]) is { } two)
            {
                return two;
            }

            if (w.Length > 1 && char.IsUpper(w[0]) && _countries.Code(w) is { } one)
            {
                return one;
            }
        }

        return null;
    }
}
