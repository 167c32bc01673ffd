using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Report;

/// <summary>
/// The country outlines the map is drawn over (Natural Earth 1:50m via world-atlas, simplified; Data/README.md):
/// rings of (longitude, latitude) in degrees with their bounding boxes. Read once from the embedded resource.
/// </summary>
public sealed class WorldOutline
{
    private static readonly Lazy<WorldOutline> s_shared = new(() =>
    {
        using var stream = typeof(WorldOutline).Assembly.GetManifestResourceStream("Sitrep.Report.world.tsv.gz")
            ?? throw new InvalidOperationException("the map outline resource Sitrep.Report.world.tsv.gz is missing from the build");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Read(reader);
    });

    private WorldOutline(List<Ring> rings) => Rings = rings;

    public static WorldOutline Shared => s_shared.Value;

    public IReadOnlyList<Ring> Rings { get; }

    /// <summary>One closed ring of a country (ISO 3166 numeric id as world-atlas gives it).</summary>
    public sealed record Ring(string Country, float[] Lon, float[] Lat, float West, float South, float East, float North);

    /// <summary>Reads the outline format: <c>id TAB x0 y0 dx dy …</c>, hundredths of a degree, deltas after the first point.</summary>
    internal static WorldOutline Read(TextReader reader)
    {
        var rings = new List<Ring>();
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            var lon = new List<float>();
            var lat = new List<float>();
            long x = 0, y = 0;
            var rest = line.AsSpan(tab + 1);
            int n = 0;
            foreach (var range in rest.Split(' '))
            {
                long v = long.Parse(rest[range], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                if (n++ % 2 == 0)
                {
                    x += v;
                }
                else
                {
                    y += v;
                    lon.Add(x / 100f);
                    lat.Add(y / 100f);
                }
            }

            if (lon.Count >= 3)
            {
                rings.Add(new Ring(line[..tab], [.. lon], [.. lat], lon.Min(), lat.Min(), lon.Max(), lat.Max()));
            }
        }

        return new WorldOutline(rings);
    }
}
