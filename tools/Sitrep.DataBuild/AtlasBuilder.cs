using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Sitrep.DataBuild;

/// <summary>
/// Converts a world-atlas TopoJSON file (Natural Earth country outlines, quantized, in degrees) into the briefing
/// map's outline file: one line per ring, <c>country-id TAB x0 y0 dx dy dx dy …</c> in hundredths of a degree
/// (longitude, latitude), the first point absolute and the rest deltas, gzip-compressed. Each shared arc is simplified
/// once (Douglas–Peucker, its ends kept) before the rings are assembled, so neighbouring countries keep one border.
/// </summary>
internal static class AtlasBuilder
{
    public static (int Rings, int Points) Build(string topoJsonPath, string outputPath, double tolerance)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(topoJsonPath));
        var root = doc.RootElement;
        var transform = root.GetProperty("transform");
        double sx = transform.GetProperty("scale")[0].GetDouble(), sy = transform.GetProperty("scale")[1].GetDouble();
        double tx = transform.GetProperty("translate")[0].GetDouble(), ty = transform.GetProperty("translate")[1].GetDouble();

        var arcs = new List<List<(double X, double Y)>>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new List<(double X, double Y)>();
            long x = 0, y = 0;
            foreach (var p in arc.EnumerateArray())
            {
                x += p[0].GetInt64();
                y += p[1].GetInt64();
                points.Add((x * sx + tx, y * sy + ty));
            }

            arcs.Add(Simplify(points, tolerance));
        }

        var sb = new StringBuilder();
        int rings = 0, total = 0;
        foreach (var g in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            string id = g.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? "-" : "-";
            var polygons = g.GetProperty("type").GetString() switch
            {
                "Polygon" => [g.GetProperty("arcs")],
                "MultiPolygon" => g.GetProperty("arcs").EnumerateArray().ToList(),
                _ => [],
            };
            foreach (var polygon in polygons)
            {
                foreach (var ring in polygon.EnumerateArray())
                {
                    var points = Ring(ring, arcs);
                    if (points.Count < 4)
                    {
                        continue;
                    }

                    sb.Append(id).Append('\t');
                    long px = 0, py = 0;
                    for (int i = 0; i < points.Count; i++)
                    {
                        long qx = (long)Math.Round(points[i].X * 100), qy = (long)Math.Round(points[i].Y * 100);
                        if (i > 0 && qx == px && qy == py)
                        {
                            continue;
                        }

                        if (i > 0)
                        {
                            sb.Append(' ');
                        }

                        sb.Append((qx - px).ToString(CultureInfo.InvariantCulture)).Append(' ').Append((qy - py).ToString(CultureInfo.InvariantCulture));
                        px = qx;
                        py = qy;
                        total++;
                    }

                    sb.Append('\n');
                    rings++;
                }
            }
        }

        using var file = File.Create(outputPath);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        return (rings, total);
    }

    /// <summary>A ring from arc indexes (~i is arc i reversed), each arc after the first without its first point.</summary>
    private static List<(double X, double Y)> Ring(JsonElement ring, List<List<(double X, double Y)>> arcs)
    {
        var points = new List<(double X, double Y)>();
        foreach (var a in ring.EnumerateArray())
        {
            int index = a.GetInt32();
            var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }

        return points;
    }

    /// <summary>Douglas–Peucker: the points farther than <paramref name="tolerance"/> degrees from the chord are kept.</summary>
    internal static List<(double X, double Y)> Simplify(List<(double X, double Y)> points, double tolerance)
    {
        if (points.Count <= 2 || tolerance <= 0)
        {
            return points;
        }

        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int From, int To)>();
        stack.Push((0, points.Count - 1));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            double best = 0;
            int at = -1;
            for (int i = from + 1; i < to; i++)
            {
                double d = Distance(points[i], points[from], points[to]);
                if (d > best)
                {
                    best = d;
                    at = i;
                }
            }

            if (at >= 0 && best > tolerance)
            {
                keep[at] = true;
                stack.Push((from, at));
                stack.Push((at, to));
            }
        }

        return [.. points.Where((_, i) => keep[i])];
    }

    private static double Distance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        double length = (dx * dx) + (dy * dy);
        if (length == 0)
        {
            return Math.Sqrt(((p.X - a.X) * (p.X - a.X)) + ((p.Y - a.Y) * (p.Y - a.Y)));
        }

        double t = Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / length, 0, 1);
        double cx = a.X + (t * dx) - p.X, cy = a.Y + (t * dy) - p.Y;
        return Math.Sqrt((cx * cx) + (cy * cy));
    }
}
