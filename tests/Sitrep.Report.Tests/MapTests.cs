namespace Sitrep.Report.Tests;

/// <summary>The offline map: the country outlines are where they belong, and the view zooms to the places.</summary>
public sealed class MapTests
{
    [Theory]
    [InlineData("804", 50.45, 30.52)] // Kyiv in Ukraine
    [InlineData("826", 51.51, -0.13)] // London in the United Kingdom
    [InlineData("036", -33.87, 151.21)] // Sydney in Australia
    [InlineData("032", -34.6, -58.38)] // Buenos Aires in Argentina
    public void A_capital_lies_inside_its_country_outline(string country, double lat, double lon)
    {
        var rings = WorldOutline.Shared.Rings;
        Assert.True(rings.Count > 1000, $"{rings.Count} rings");
        Assert.Contains(rings, r => r.Country == country && Inside(r, lat, lon));
        Assert.DoesNotContain(rings, r => r.Country != country && Inside(r, lat, lon));
    }

    [Fact]
    public void The_view_zooms_to_the_places_bounding_box_with_a_margin()
    {
        var places = new[] { new MapPlace("Kyiv", "UKR", 50.45, 30.52, 2), new MapPlace("Moscow", "RUS", 55.75, 37.62, 1) };
        var (west, south, east, north) = MapSvg.View(places);
        Assert.InRange(west, 20, 30.5);
        Assert.InRange(east, 37.7, 45);
        Assert.InRange(south, 40, 50.4);
        Assert.InRange(north, 55.8, 65);
        Assert.Equal((-180.0, -60.0, 180.0, 80.0), MapSvg.View([]));
    }

    [Fact]
    public void The_svg_draws_each_place_with_its_label_over_land_and_stays_small_for_the_world()
    {
        var places = new[] { new MapPlace("Kyiv", "UKR", 50.45, 30.52, 2), new MapPlace("Moscow", "RUS", 55.75, 37.62, 1) };
        string svg = MapSvg.Render(places);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(svg, "<circle "));
        Assert.Contains(">Kyiv</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Moscow</text>", svg, StringComparison.Ordinal);
        Assert.True(CountOf(svg, "L") > 200, "the outlines near the places are drawn");

        string world = MapSvg.Render([new MapPlace("Lima", "PER", -12.05, -77.04, 1), new MapPlace("Tokyo", "JPN", 35.68, 139.69, 1)]);
        Assert.InRange(world.Length, 20_000, 400_000);
    }

    private static int CountOf(string text, string what)
    {
        int n = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static bool Inside(WorldOutline.Ring r, double lat, double lon)
    {
        bool inside = false;
        for (int i = 0, j = r.Lon.Length - 1; i < r.Lon.Length; j = i++)
        {
            if ((r.Lat[i] > lat) != (r.Lat[j] > lat) && lon < ((r.Lon[j] - r.Lon[i]) * (lat - r.Lat[i]) / (r.Lat[j] - r.Lat[i])) + r.Lon[i])
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
