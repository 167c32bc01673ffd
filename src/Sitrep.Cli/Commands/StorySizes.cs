using System.Globalization;
using Sitrep.Store;
using Sitrep.Store.Sql;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval stories --store S</c>: the stories a store's articles make under a rule, replayed from their stored
/// vectors (<see cref="SqlRecordStore.ReplayStories"/>): how many, how many have more than 50 articles, and the largest
/// ten with their sizes, dates and titles (with <c>--details</c>, every member's date and headline). This is how chaining on a whole corpus is measured.
/// </summary>
internal static class StorySizes
{
    public static int Print(string path, StoryRule rule, bool details, TextWriter output, TextWriter error)
    {
        IRecordStore store;
        try
        {
            store = StoreFactory.Open(path, forWriting: false);
        }
        catch (StoreException ex)
        {
            error.WriteLine($"sitrep eval stories: {ex.Message}");
            return 2;
        }

        using (store)
        {
            if (store is not SqlRecordStore sql)
            {
                error.WriteLine($"sitrep eval stories: {path}: not a SQL store");
                return 2;
            }

            var stories = sql.ReplayStories(rule);
            int articles = stories.Sum(s => s.Count);
            foreach (var s in stories.Take(10))
            {
                var headings = sql.Headings(s);
                var dates = headings.Select(h => h.Date is { Length: >= 10 } d ? d[..10] : null).OfType<string>().Order(StringComparer.Ordinal).ToList();
                string title = headings[0].Title ?? s[0];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Count,5}  {(dates.Count > 0 ? dates[0] + ".." + dates[^1] : "undated"),-22}  {title}"));
                if (details)
                {
                    // Every member, to read whether the story is one happening.
                    foreach (var h in headings.OrderBy(h => h.Date, StringComparer.Ordinal))
                    {
                        output.WriteLine($"         {h.Date?[..Math.Min(10, h.Date.Length)] ?? "undated",-10}  {h.Title}");
                    }
                }

            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"story sizes: {articles} articles in {stories.Count} stories; {stories.Count(s => s.Count > 50)} of more than 50 articles, {stories.Count(s => s.Count > 10)} of more than 10, {stories.Count(s => s.Count == 1)} alone; largest {(stories.Count > 0 ? stories[0].Count : 0)}"));
            return 0;
        }
    }
}
