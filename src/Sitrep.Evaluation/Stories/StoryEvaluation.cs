using System.Globalization;

namespace Sitrep.Evaluation.Stories;

/// <summary>
/// The labelled story set (eval/stories/labels.tsv: one article a line — file relative to the corpus folder, the story
/// it belongs to by reading, the candidate group it was drawn in, and its split) and the clustering measures: purity
/// (each found story counted by its most common labelled story), inverse purity (each labelled story counted by the
/// found story holding most of it) and their harmonic mean.
/// </summary>
public static class StoryEvaluation
{
    /// <summary>One labelled article.</summary>
    public sealed record Label(string File, string Story, string Group, string Split, DateOnly? Published);

    /// <summary>The labels of <paramref name="split"/> ("tune", "check" or "all") in <paramref name="path"/>.</summary>
    public static IReadOnlyList<Label> Load(string path, string split)
    {
        var labels = new List<Label>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#' || raw.StartsWith("file\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] f = raw.Split('\t');
            if (f.Length < 5)
            {
                throw new InvalidDataException($"{path}:{line}: expected 5 tab-separated fields (file, story, group, split, published), found {f.Length}");
            }

            if (f[3] is not ("tune" or "check"))
            {
                throw new InvalidDataException($"{path}:{line}: split '{f[3]}' is neither tune nor check");
            }

            DateOnly? published = null;
            if (f[4].Length > 0)
            {
                if (!DateOnly.TryParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    throw new InvalidDataException($"{path}:{line}: published '{f[4]}' is not YYYY-MM-DD");
                }

                published = d;
            }

            if (split == "all" || f[3] == split)
            {
                labels.Add(new Label(f[0], f[1], f[2], f[3], published));
            }
        }

        return labels;
    }

    /// <summary>Purity, inverse purity and F1 of found clusters against labelled stories over the same articles.</summary>
    public static Score Measure(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> found)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        var items = gold.Keys.Where(found.ContainsKey).ToList();
        if (items.Count == 0)
        {
            return new Score(0, 0, 0, 0, 0, 0);
        }

        static int Majority(IEnumerable<IGrouping<string, string>> clusters, Func<string, string> other)
            => clusters.Sum(c => c.GroupBy(other, StringComparer.Ordinal).Max(g => g.Count()));

        int purity = Majority(items.GroupBy(i => found[i], StringComparer.Ordinal), i => gold[i]);
        int inverse = Majority(items.GroupBy(i => gold[i], StringComparer.Ordinal), i => found[i]);
        return new Score(
            items.Count, (double)purity / items.Count, (double)inverse / items.Count,
            items.Select(i => gold[i]).Distinct(StringComparer.Ordinal).Count(), items.Select(i => found[i]).Distinct(StringComparer.Ordinal).Count(), gold.Count - items.Count);
    }

    /// <summary>The measures of one run.</summary>
    public sealed record Score(int Articles, double Purity, double InversePurity, int GoldStories, int FoundStories, int Missing)
    {
        public double F1 => Purity + InversePurity > 0 ? 2 * Purity * InversePurity / (Purity + InversePurity) : 0;

        public string SummaryLine => string.Create(
            CultureInfo.InvariantCulture,
            $"stories: {Articles} articles, {GoldStories} labelled stories, {FoundStories} found; purity {Purity:F3} inverse purity {InversePurity:F3} F1 {F1:F3}{(Missing > 0 ? $" ({Missing} articles not read)" : "")}");
    }
}
