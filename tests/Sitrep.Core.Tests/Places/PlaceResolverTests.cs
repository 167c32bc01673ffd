using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Places;

namespace Sitrep.Core.Tests.Places;

public sealed class PlaceResolverTests
{
    private static IReadOnlyList<Place> Resolve(string text, params (string Name, EntityType Type)[] entities)
        => Resolve(text, null, entities);

    /// <summary>Resolves <paramref name="entities"/> (first mention of each name) with <paramref name="dateline"/>, the text's first words, as the dateline.</summary>
    private static IReadOnlyList<Place> Resolve(string text, string? dateline, params (string Name, EntityType Type)[] entities)
    {
        var doc = new Document(new ArticleInput(text, "t"));
        if (dateline is not null)
        {
            doc.Set(Layers.Structure, new ArticleStructure { Dateline = new TextSpan(dateline, new CharRange(0, dateline.Length)) });
        }

        doc.Set(Layers.Entities, entities.Select((e, i) =>
        {
            int at = text.IndexOf(e.Name, StringComparison.Ordinal);
            return new Entity { Id = $"e{i + 1}", Type = e.Type, Name = e.Name, Mentions = [new CharRange(at, at + e.Name.Length)] };
        }).ToList());
        new PlaceResolver().Process(doc, default);
        return doc.Get(Layers.Places);
    }

    [Fact]
    public void Cities_and_countries_get_country_codes_ids_and_coordinates()
    {
        var places = Resolve("An assault on Kyiv and a strike in Zaporizhzhia; talks in Moscow; tariffs on India.",
            ("Kyiv", EntityType.Gpe), ("Zaporizhzhia", EntityType.Gpe), ("Moscow", EntityType.Gpe), ("India", EntityType.Gpe));
        var kyiv = places.Single(p => p.Entity == "e1");
        Assert.Equal("UKR", kyiv.Country);
        Assert.Equal(703448, kyiv.GeonamesId);
        Assert.InRange(kyiv.Lat!.Value, 50.3, 50.6);
        Assert.Equal("UKR", places.Single(p => p.Entity == "e2").Country);
        var moscow = places.Single(p => p.Entity == "e3");
        Assert.Equal("RUS", moscow.Country);
        Assert.NotNull(moscow.Lon);
        Assert.Equal("IND", places.Single(p => p.Entity == "e4").Country);
    }

    [Fact]
    public void Georgia_is_the_country_with_Tbilisi_and_the_state_with_Atlanta()
    {
        Assert.Equal("GEO", Resolve("Protests in Tbilisi spread across Georgia.", ("Tbilisi", EntityType.Gpe), ("Georgia", EntityType.Gpe)).Single(p => p.Entity == "e2").Country);
        Assert.Equal("USA", Resolve("Storms hit Atlanta and much of Georgia.", ("Atlanta", EntityType.Gpe), ("Georgia", EntityType.Gpe)).Single(p => p.Entity == "e2").Country);
    }

    [Fact]
    public void People_and_organisations_are_not_places()
        => Assert.Empty(Resolve("Putin spoke at the Kremlin.", ("Putin", EntityType.Person), ("Kremlin", EntityType.Org)));

    [Fact]
    public void A_shared_city_name_follows_the_articles_country()
    {
        var us = Resolve("Students in Moscow, Idaho, and across the United States rallied.", ("Moscow", EntityType.Gpe), ("Idaho", EntityType.Gpe), ("United States", EntityType.Gpe));
        Assert.Equal("USA", us.Single(p => p.Entity == "e1").Country);
        Assert.Contains(Gazetteer.Shared.Candidates("Moscow"), c => c.Country == "RUS");
    }

    [Fact]
    public void A_division_abbreviated_after_a_town_is_a_place_and_decides_the_town()
    {
        var places = Resolve("WINDSOR, Ont. - Workers voted to strike.", "WINDSOR", ("WINDSOR", EntityType.Gpe), ("Ont", EntityType.Gpe));
        Assert.Equal("CAN", places.Single(p => p.Entity == "e1").Country);
        Assert.Equal("Ontario", places.Single(p => p.Entity == "e2").Name);
        var us = Resolve("The mayor of Pontiac, Mich., and officials in Richmond, Calif., spoke.", ("Mich.", EntityType.Gpe), ("Richmond", EntityType.Gpe), ("Calif.", EntityType.Gpe));
        Assert.Equal("Michigan", us.Single(p => p.Entity == "e1").Name);
        Assert.Equal("USA", us.Single(p => p.Entity == "e2").Country);
        Assert.InRange(us.Single(p => p.Entity == "e2").Lon!.Value, -123, -121);
        Assert.Empty(Gazetteer.Shared.Candidates("Miss"));
    }

    [Fact]
    public void A_capital_outweighs_a_town_of_its_name_in_another_country_the_article_names()
    {
        var places = Resolve("Officials in Washington said talks in Moscow would resume.", ("Washington", EntityType.Gpe), ("Moscow", EntityType.Gpe));
        Assert.Equal("RUS", places.Single(p => p.Entity == "e2").Country);
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) -", "MOSCOW", "RUS")]
    [InlineData("GENEVA (AP) -", "GENEVA", "CHE")]
    public void The_dateline_decides_by_prominence_before_the_articles_other_places(string dateline, string name, string country)
    {
        // The rest of the article is about Illinois and Idaho, where towns share the dateline's name.
        var text = dateline + " Donors in Springfield, Illinois, and in Boise, Idaho, pledged more.";
        var places = Resolve(text, dateline, (name, EntityType.Gpe), ("Springfield", EntityType.Gpe), ("Illinois", EntityType.Gpe), ("Boise", EntityType.Gpe), ("Idaho", EntityType.Gpe));
        Assert.Equal(country, places.Single(p => p.Entity == "e1").Country);
        Assert.Equal("USA", places.Single(p => p.Entity == "e2").Country);
    }

    [Fact]
    public void The_datelines_country_steers_the_articles_other_shared_names()
    {
        // Without a dateline the larger Birmingham (England) wins; a US dateline moves it to Alabama.
        Assert.Equal("GBR", Resolve("Workers in Birmingham walked out.", ("Birmingham", EntityType.Gpe)).Single().Country);
        const string Dateline = "ATLANTA (AP) -";
        var places = Resolve(Dateline + " Workers in Birmingham walked out.", Dateline, ("ATLANTA", EntityType.Gpe), ("Birmingham", EntityType.Gpe));
        Assert.Equal("USA", places.Single(p => p.Entity == "e2").Country);
    }

    [Theory]
    [InlineData("Philadelphia", "USA", PlaceFeature.City)] // also an old name of Amman: a capital counts as one only under its own name
    [InlineData("Mexico", "MEX", PlaceFeature.Country)] // not Mexico City, known as "Mexico" too
    public void A_capital_is_prominent_under_its_own_name_only(string name, string country, PlaceFeature feature)
    {
        var place = Assert.Single(Resolve($"Talks in {name} ended.", (name, EntityType.Gpe)));
        Assert.Equal(country, place.Country);
        Assert.Equal(feature, Gazetteer.Shared.Candidates(name).First(c => c.GeonamesId == place.GeonamesId).Feature);
    }

    [Fact]
    public void A_division_named_like_its_seat_is_read_as_the_city()
    {
        var place = Assert.Single(Resolve("Talks in Geneva ended.", ("Geneva", EntityType.Gpe)));
        Assert.Equal("CHE", place.Country);
        Assert.NotNull(place.Lat);
    }

    [Fact]
    public void A_small_town_needs_the_articles_evidence()
    {
        // Young (Uruguay) has some 17,000 people: a name the recognizer took for a place is no place without evidence.
        Assert.Contains(Gazetteer.Shared.Candidates("Young"), c => c.Country == "URY" && c.Population < Gazetteer.MinUnsupportedPopulation);
        Assert.Empty(Resolve("Young said the deal was done.", ("Young", EntityType.Gpe)));
        Assert.Equal("URY", Resolve("Farmers near Young, Uruguay, sold more.", ("Young", EntityType.Gpe), ("Uruguay", EntityType.Gpe)).Single(p => p.Entity == "e1").Country);
    }

    [Fact]
    public void A_short_capitalised_abbreviation_matches_only_a_listed_abbreviation()
    {
        Assert.Empty(Gazetteer.Shared.Candidates("UN"));
        Assert.Contains(Gazetteer.Shared.Candidates("Un"), c => c.Country == "IND");
        Assert.Equal("USA", Assert.Single(Resolve("The US and the UN disagreed.", ("US", EntityType.Gpe), ("UN", EntityType.Gpe))).Country);
    }
}
