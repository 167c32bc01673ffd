using System.IO.Compression;
using System.Text;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge;

/// <summary>Reads the gzipped TSV tables embedded in this assembly (built by tools/Sitrep.DataBuild).</summary>
internal static class EmbeddedData
{
    /// <summary>The data rows (comment lines skipped) of an embedded table, split on tabs.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build problem).</exception>
    public static IEnumerable<string[]> Rows(string name)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("Sitrep.Knowledge." + name)
            ?? throw new InvalidOperationException($"embedded data '{name}' is missing from Sitrep.Core");
        return Read(stream);
    }

    /// <summary>The data rows of a gzipped TSV stream.</summary>
    public static IEnumerable<string[]> Read(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        foreach (var row in TsvRows.Read(reader))
        {
            yield return row;
        }
    }
}
