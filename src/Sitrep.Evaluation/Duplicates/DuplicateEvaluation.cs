using System.Globalization;
using Sitrep.Core.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores near-duplicate marking on a planted set (tools/Sitrep.DupeSet): the split's documents go through a
/// <see cref="DuplicateIndex"/>, which groups them by the store's rule (<see cref="DuplicateLinking"/>; the groups do not
/// depend on the order), and the groups held after the last document are scored. A document marked a copy is right when
/// its group's original belongs to its own planted group. Precision: right marks / marks; recall: right marks / the copies
/// to find (each planted group of n documents has n − 1).
/// </summary>
public static class DuplicateEvaluation
{
    /// <summary>One document of the set: its text, group and role (original, copy, distinct) and the edits made.</summary>
    public sealed record Item(string File, string Text, string Group, string Role, string How);

    /// <summary>The counts at one threshold, and the misses and false marks for reading.</summary>
    public sealed record Score(double Threshold, int Documents, int Expected, int Marked, int Right, IReadOnlyList<string> Misses, IReadOnlyList<string> FalseMarks)
    {
        public double Precision => Marked == 0 ? 0 : (double)Right / Marked;

        public double Recall => Expected == 0 ? 0 : (double)Right / Expected;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public string SummaryLine => string.Create(
            CultureInfo.InvariantCulture,
            $"duplicates: threshold {Threshold:F2}, {Documents} documents, {Expected} copies to find, {Marked} marked, {Right} right: precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3}");
    }

    /// <summary>The items of split directory <paramref name="dir"/> (labels.tsv: file, group, role, how), in file order.</summary>
    /// <exception cref="InvalidDataException">labels.tsv is missing or malformed.</exception>
    public static IReadOnlyList<Item> Load(string dir)
    {
        string labels = Path.Combine(dir, "labels.tsv");
        if (!File.Exists(labels))
        {
            throw new InvalidDataException($"{dir}: no labels.tsv (make the set with tools/Sitrep.DupeSet)");
        }

        var items = new List<Item>();
        foreach (string line in File.ReadLines(labels).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 4)
            {
                throw new InvalidDataException($"{labels}: a row without file, group, role and how: '{line}'");
            }

            items.Add(new Item(f[0], File.ReadAllText(Path.Combine(dir, f[0])), f[1], f[2], f[3]));
        }

        return [.. items.OrderBy(i => i.File, StringComparer.Ordinal)];
    }

    /// <summary>Groups the items at <paramref name="threshold"/> and counts.</summary>
    public static Score Run(IReadOnlyList<Item> items, double threshold, IReadOnlyList<ulong[]?>? signatures = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var index = new DuplicateIndex(threshold);
        for (int i = 0; i < items.Count; i++)
        {
            index.Add(items[i].File, items[i].Text, signatures is null ? MinHash.Signature(items[i].Text) : signatures[i]);
        }

        var byFile = items.ToDictionary(i => i.File, StringComparer.Ordinal);
        int expected = 0, marked = 0, right = 0;
        var misses = new List<string>();
        var falseMarks = new List<string>();
        foreach (var group in items.GroupBy(i => i.Group, StringComparer.Ordinal))
        {
            expected += group.Count() - 1;
            var unmarked = new List<Item>();
            foreach (var item in group)
            {
                if (index.CopyOf(item.File) is not { } copy)
                {
                    unmarked.Add(item);
                    continue;
                }

                marked++;
                var original = byFile[copy.Original];
                if (original.Group == item.Group)
                {
                    right++;
                }
                else
                {
                    falseMarks.Add(string.Create(CultureInfo.InvariantCulture, $"{item.File} ({item.Role}, {item.Group}, {item.How}) marked a copy of {original.File} ({original.Group}) at {copy.Similarity:F2}"));
                }
            }

            // One member of a group stays its original; any other left unmarked is a copy not found.
            misses.AddRange(unmarked.OrderBy(i => i.File, StringComparer.Ordinal).Skip(1).Select(i => $"{i.File} ({i.Role}, {i.Group}, {i.How})"));
        }

        return new Score(threshold, items.Count, expected, marked, right, misses, falseMarks);
    }
}
