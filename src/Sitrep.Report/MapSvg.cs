using System.Globalization;
using System.Net;
using System.Text;

namespace Sitrep.Report;

/// <summary>
/// Draws the places as an SVG map over the country outlines: equirectangular projection with the longitude scaled by
/// the cosine of the view's middle latitude, zoomed to the places' bounding box (padded, at least 12° × 8°, at least
/// half as high as wide). Labels that would overlap are left out (the dot's tooltip keeps the name). Outline
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
        double tooFlat = ((east - west) * kx / 2) - (north - south);
        if (tooFlat > 0)
        {
            // At least half as high as wide: more latitude around the middle, kept inside ±80°.
            south = Math.Max(south - (tooFlat / 2), -80);
            north = Math.Min(north + (tooFlat / 2), 80);
        }

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

            double lastX = double.NaN, lastY = double.NaN, previous = ring.Lon[0], offset = 0;
            int drawn = 0;
            for (int i = 0; i < ring.Lon.Length; i++)
            {
                // A ring that crosses ±180° (Russia's far east, Fiji, Antarctica) is unwrapped: each point continues
                // from the previous one instead of jumping across the map.
                double lon = ring.Lon[i] + offset;
                if (lon - previous > 180)
                {
                    offset -= 360;
                    lon -= 360;
                }
                else if (lon - previous < -180)
                {
                    offset += 360;
                    lon += 360;
                }

                previous = lon;
                double x = X(lon), y = Y(ring.Lat[i]);
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
        var taken = new List<(double X0, double Y0, double X1, double Y1)>();
        foreach (var p in places.OrderByDescending(p => p.Articles))
        {
            double x = X(p.Lon), y = Y(p.Lat);
            double r = 3 + (5.0 * p.Articles / most);
            taken.Add((x - r, y - r, x + r, y + r));
        }

        // Labels, the places named in most articles first: right of the dot, else left, above, below; a label that
        // would overlap one already placed (or a dot) is left out, and its name stays in the dot's tooltip.
        var labels = new Dictionary<MapPlace, (double X, double Y, string Anchor)>();
        foreach (var p in places.OrderByDescending(p => p.Articles))
        {
            double x = X(p.Lon), y = Y(p.Lat);
            double r = 3 + (5.0 * p.Articles / most);
            double w = (p.Name.Length * 7) + 2, h = 13;
            var own = (X0: x - r, Y0: y - r, X1: x + r, Y1: y + r);
            foreach (var (lx, ly, anchor) in new[] { (x + r + 3, y + 4, "start"), (x - r - 3, y + 4, "end"), (x, y - r - 4, "middle"), (x, y + r + 13, "middle") })
            {
                double x0 = anchor switch { "start" => lx, "end" => lx - w, _ => lx - (w / 2) };
                var box = (X0: x0, Y0: ly - 11, X1: x0 + w, Y1: ly - 11 + h);
                if (box.X0 < 0 || box.X1 > width || box.Y0 < 0 || box.Y1 > height
                    || taken.Any(t => t != own && t.X0 < box.X1 && box.X0 < t.X1 && t.Y0 < box.Y1 && box.Y0 < t.Y1))
                {
                    continue;
                }

                taken.Add(box);
                labels[p] = (lx, ly, anchor);
                break;
            }
        }

        foreach (var p in places.OrderBy(p => p.Articles))
        {
            double x = X(p.Lon), y = Y(p.Lat);
            double r = 3 + (5.0 * p.Articles / most);
            string name = WebUtility.HtmlEncode(p.Name);
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{name}: {p.Articles} article{(p.Articles == 1 ? "" : "s")}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"#c0392b\" fill-opacity=\"0.8\" stroke=\"#fff\" stroke-width=\"1\"/>");
            if (labels.TryGetValue(p, out var label))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{label.X:0.#}\" y=\"{label.Y:0.#}\" text-anchor=\"{label.Anchor}\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{name}</text>");
            }

            sb.Append("</g>");
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
