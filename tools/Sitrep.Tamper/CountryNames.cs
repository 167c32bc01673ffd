using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Sitrep.Tamper;

/// <summary>Country names and demonyms from the shipped country table (src/Sitrep.Core/Knowledge/Data/countries.tsv.gz).</summary>
internal sealed partial class CountryNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byWord = new(StringComparer.Ordinal);

    public CountryNames(string table)
    {
        using var gz = new GZipStream(File.OpenRead(table), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            _names.TryAdd(f[0], f[1]);
            _byWord.TryAdd(f[1], f[0]);
            string demonym = f[2].Split('|')[0];
            if (demonym.Length > 0 && !demonym.Contains(',', StringComparison.Ordinal))
            {
                _demonyms.TryAdd(f[0], demonym);
                _byWord.TryAdd(demonym, f[0]);
            }
        }
    }

    public string? Name(string iso3) => _names.GetValueOrDefault(iso3);

    public string? Demonym(string iso3) => _demonyms.GetValueOrDefault(iso3);

    /// <summary>The countries the text names (by common name or demonym).</summary>
    public HashSet<string> Named(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in CapitalizedRegex().Matches(text))
        {
            if (_byWord.TryGetValue(m.Value, out var code))
            {
                found.Add(code);
            }
        }

        return found;
    }

    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?")]
    private static partial Regex CapitalizedRegex();
}
