using System.Globalization;
using System.Net;
using System.Text;

namespace Sitrep.Report;

/// <summary>
/// Draws the places as an SVG map over the country outlines: equirectangular projection with the longitude scaled by
/// the cosine of the view's middle latitude, zoomed to the places' bounding box (padded, at least 12° × 8°). Outline
/// points closer than half a pixel to the previous one are dropped, so a world view stays small. Labels are escaped.
/// </summary>
public static class MapSvg
{
    public static string Render(IReadOnlyList<MapPlace> places, WorldOutline? outline = null, int width = 800)
    {
        ArgumentNullException.ThrowIfNull(places);
        outline ??= WorldOutline.Shared;
        var (west, south, east, north) = View(places);
        double mid = (south + north) / 2 * Math.PI / 180;
        double kx = Math.Cos(mid);
        double scale = width / ((east - west) * kx);
        int height = (int)Math.Ceiling((north - south) * scale);
        double X(double lon) => (lon - west) * kx * scale;
        double Y(double lat) => (north - lat) * scale;

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Map of the places named\">");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#dbe9f4\"/>");
        sb.Append("<path fill=\"#f4f1ea\" stroke=\"#9a9a9a\" stroke-width=\"0.6\" stroke-linejoin=\"round\" d=\"");
        foreach (var ring in outline.Rings)
        {
            if (ring.East < west || ring.West > east || ring.North < south || ring.South > north)
            {
                continue;
            }

            double lastX = double.NaN, lastY = double.NaN;
            int drawn = 0;
            for (int i = 0; i < ring.Lon.Length; i++)
            {
                double x = X(ring.Lon[i]), y = Y(ring.Lat[i]);
                if (drawn > 0 && i < ring.Lon.Length - 1 && Math.Abs(x - lastX) < 0.5 && Math.Abs(y - lastY) < 0.5)
                {
                    continue;
                }

                sb.Append(drawn == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
                lastX = x;
                lastY = y;
                drawn++;
            }

            if (drawn > 0)
            {
                sb.Append('Z');
            }
        }

        sb.Append("\"/>");
        int most = places.Count == 0 ? 1 : places.Max(p => p.Articles);
        foreach (var p in places.OrderBy(p => p.Articles))
        {
            double x = X(p.Lon), y = Y(p.Lat);
            double r = 3 + (5.0 * p.Articles / most);
            string name = WebUtility.HtmlEncode(p.Name);
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{name}: {p.Articles} article{(p.Articles == 1 ? "" : "s")}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"#c0392b\" fill-opacity=\"0.8\" stroke=\"#fff\" stroke-width=\"1\"/>");
            bool right = x < width * 0.8;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{(right ? x + r + 3 : x - r - 3):0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"{(right ? "start" : "end")}\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{name}</text></g>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The view: the places' bounding box padded by a fifth, at least 12° wide and 8° high, inside ±180° / ±80°.</summary>
    internal static (double West, double South, double East, double North) View(IReadOnlyList<MapPlace> places)
    {
        if (places.Count == 0)
        {
            return (-180, -60, 180, 80);
        }

        double west = places.Min(p => p.Lon), east = places.Max(p => p.Lon);
        double south = places.Min(p => p.Lat), north = places.Max(p => p.Lat);
        double padX = Math.Max((east - west) * 0.2, (12 - (east - west)) / 2);
        double padY = Math.Max((north - south) * 0.2, (8 - (north - south)) / 2);
        padX = Math.Max(padX, 1);
        padY = Math.Max(padY, 1);
        return (Math.Max(west - padX, -180), Math.Max(south - padY, -80), Math.Min(east + padX, 180), Math.Min(north + padY, 80));
    }
}
