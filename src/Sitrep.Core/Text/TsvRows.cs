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
        => [.. Read(new StringReader(EmbeddedText(assembly, resource)))];

    /// <summary>The whole text of the UTF-8 resource <paramref name="resource"/> of <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build problem).</exception>
    public static string EmbeddedText(Assembly assembly, string resource)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded data '{resource}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The rows of a hand-written table's text with their line numbers (from 1), each with exactly
    /// <paramref name="columns"/> fields; a row with another number is refused naming <paramref name="what"/> and its line.
    /// </summary>
    /// <exception cref="FormatException">A row does not have <paramref name="columns"/> tab-separated fields.</exception>
    public static IEnumerable<(int Line, string[] Fields)> Numbered(string text, string what, int columns)
    {
        ArgumentNullException.ThrowIfNull(text);
        int lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columns)
            {
                throw new FormatException($"{what} line {lineNumber}: expected {columns} tab-separated columns, found {fields.Length}");
            }

            yield return (lineNumber, fields);
        }
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
