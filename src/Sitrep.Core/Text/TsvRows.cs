using System.Reflection;
using System.Text;

namespace Sitrep.Core.Text;

/// <summary>
/// The one reader of the tab-separated data files Sitrep ships (embedded resources): lines that are empty or start
/// with '#' are skipped, every other line is split on tabs.
/// </summary>
public static class TsvRows
{
    /// <summary>The rows of the plain TSV resource <paramref name="resource"/> of <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build problem).</exception>
    public static List<string[]> Embedded(Assembly assembly, string resource)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded data '{resource}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return [.. Read(reader)];
    }

    /// <summary>The rows of a TSV text, read lazily.</summary>
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
