using Sitrep.Core.Text;

namespace Sitrep.Core.Language;

/// <summary>
/// The language facts Sitrep reads (number words, and next titles, reporting verbs, prepositions, pronouns): one
/// folder of hand-written TSV files, <c>Language/Data/NAME.tsv</c>, shipped as embedded resources. Each file's
/// comment lines say what its columns mean; its first other line is the header that names them, and a reader states
/// the columns it expects, so a file edited out of step with its reader is refused when it is first read.
/// </summary>
public static class LanguageData
{
    /// <summary>The rows of <c>Language/Data/<paramref name="name"/>.tsv</c> (header removed).</summary>
    /// <exception cref="InvalidDataException">The header is not <paramref name="columns"/>, or a row has another number of fields.</exception>
    public static List<string[]> Table(string name, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(columns);
        return Read(name, Open(name), columns);
    }

    /// <summary>The text of <c>Language/Data/<paramref name="name"/>.tsv</c>.</summary>
    public static TextReader Open(string name)
        => new StringReader(TsvRows.EmbeddedText(typeof(LanguageData).Assembly, "Sitrep.Language." + name + ".tsv"));

    /// <summary>
    /// Reads a table of words and their uses (columns <c>word</c>, <c>uses</c>: comma-separated names, each one of
    /// <paramref name="known"/>) from <paramref name="reader"/>; <paramref name="name"/> names it in errors.
    /// </summary>
    /// <exception cref="InvalidDataException">The header is not "word uses", or a row names a use not in <paramref name="known"/>.</exception>
    public static List<(string Word, string[] Uses)> ReadUses(string name, TextReader reader, params string[] known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var rows = new List<(string, string[])>();
        foreach (var row in Read(name, reader, "word", "uses"))
        {
            string[] uses = row[1].Split(',');
            foreach (string use in uses)
            {
                if (Array.IndexOf(known, use) < 0)
                {
                    throw new InvalidDataException(
                        $"language data '{name}': '{row[0]}' has the use '{use}', expected one of {string.Join(", ", known)}");
                }
            }

            rows.Add((row[0], uses));
        }

        return rows;
    }

    /// <summary>Reads a language data table from <paramref name="reader"/>; <paramref name="name"/> names it in errors.</summary>
    public static List<string[]> Read(string name, TextReader reader, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(columns);
        var rows = new List<string[]>();
        string[]? header = null;
        foreach (var row in TsvRows.Read(reader))
        {
            if (header is null)
            {
                header = row;
                if (!header.AsSpan().SequenceEqual(columns))
                {
                    throw new InvalidDataException(
                        $"language data '{name}': header is '{string.Join(' ', header)}', expected '{string.Join(' ', columns)}'");
                }
                continue;
            }

            if (row.Length != columns.Length)
            {
                throw new InvalidDataException(
                    $"language data '{name}': row '{string.Join(' ', row)}' has {row.Length} fields, expected {columns.Length}");
            }
            rows.Add(row);
        }

        return header is null ? throw new InvalidDataException($"language data '{name}': no header line") : rows;
    }
}
