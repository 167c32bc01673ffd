using System.Globalization;
using Sitrep.Core.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores near-duplicate marking on a planted set (tools/Sitrep.DupeSet): the split's documents go through a
/// <see cref="DuplicateIndex"/> in file order, as an ingest would write them. A document marked a copy is right when
/// the original it is given belongs to its own group. Precision: right marks / marks; recall: right marks / the
/// documents that have an earlier member of their group (the copies an ingest in that order should find).
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

    /// <summary>Marks the items in order at <paramref name="threshold"/> and counts.</summary>
    public static Score Run(IReadOnlyList<Item> items, double threshold, IReadOnlyList<ulong[]?>? signatures = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var index = new DuplicateIndex(threshold);
        var groupOf = new Dictionary<string, Item>(StringComparer.Ordinal);
        var seenGroups = new HashSet<string>(StringComparer.Ordinal);
        int expected = 0, marked = 0, right = 0;
        var misses = new List<string>();
        var falseMarks = new List<string>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            groupOf[item.File] = item;
            bool shouldMark = !seenGroups.Add(item.Group);
            if (shouldMark)
            {
                expected++;
            }

            var mark = index.Add(item.File, item.Text, signatures is null ? MinHash.Signature(item.Text) : signatures[i]);
            if (mark is { } m)
            {
                marked++;
                if (groupOf[m.Original].Group == item.Group)
                {
                    right++;
                }
                else
                {
                    falseMarks.Add(string.Create(CultureInfo.InvariantCulture, $"{item.File} ({item.Role}, {item.Group}, {item.How}) marked a copy of {m.Original} ({groupOf[m.Original].Group}) at {m.Similarity:F2}"));
                }
            }
            else if (shouldMark)
            {
                misses.Add($"{item.File} ({item.Role}, {item.Group}, {item.How})");
            }
        }

        return new Score(threshold, items.Count, expected, marked, right, misses, falseMarks);
    }
}
