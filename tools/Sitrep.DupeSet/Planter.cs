using System.Globalization;
using System.Text;

/// <summary>The edits a syndicated or lightly edited copy goes through; every boilerplate line and dateline here is written by us.</summary>
internal sealed class Planter(Random rng)
{
    private static readonly string[] s_headers =
    [
        "Advertisement", "Share this article", "By our staff reporter", "Listen to this story", "Updated 14 minutes ago",
        "Sign up for our morning briefing", "Skip to main content",
    ];

    private static readonly string[] s_footers =
    [
        "Copyright 2005 Newswire. All rights reserved. This material may not be published, broadcast or redistributed.",
        "(Reporting by staff; editing by the news desk)",
        "Related stories: more from this section on our website.",
        "Follow us for the latest updates.",
        "This article was amended to correct a spelling.",
        "Get the news that matters delivered to your inbox every morning.",
    ];

    private static readonly string[] s_cities = ["LONDON", "NEW YORK", "BRUSSELS", "PARIS", "WASHINGTON", "EDINBURGH", "DUBLIN", "TOKYO"];

    private static readonly string[] s_agencies = ["Newswire", "Wire", "Agency", "Press"];

    private static readonly string[] s_prefixes = ["UPDATE 1-", "UPDATE 2-", "REFILE-", "ANALYSIS-", "Breaking: ", "WRAPUP-"];

    /// <summary>A copy of <paramref name="text"/> (BBC layout: headline, blank line, paragraphs) and what was done to it.</summary>
    public (string Text, string How) Copy(string text)
    {
        var (headline, paragraphs) = Parse(text);
        var how = new List<string>();
        switch (rng.Next(4))
        {
            case 0:
                headline = s_prefixes[rng.Next(s_prefixes.Length)] + headline;
                how.Add("headline-prefix");
                break;
            case 1:
                headline = headline.ToUpperInvariant();
                how.Add("headline-upper");
                break;
            case 2:
                var w = headline.Split(' ');
                headline = string.Join(' ', w.Skip(w.Length / 2).Concat(w.Take(w.Length / 2))) + " - report";
                how.Add("headline-rewritten");
                break;
            default:
                break;
        }

        if (rng.Next(2) == 0 && paragraphs.Count > 0)
        {
            var day = new DateOnly(2005, 1, 1).AddDays(rng.Next(365));
            paragraphs[0] = string.Create(CultureInfo.InvariantCulture, $"{s_cities[rng.Next(s_cities.Length)]}, {day:MMM d} ({s_agencies[rng.Next(s_agencies.Length)]}) - ") + paragraphs[0];
            how.Add("dateline");
        }

        int trim = paragraphs.Count >= 4 ? rng.Next(0, 4) : 0;
        if (trim == 1)
        {
            int drop = rng.Next(1, Math.Max(2, paragraphs.Count / 3 + 1));
            paragraphs.RemoveRange(paragraphs.Count - drop, drop);
            how.Add($"trim-end-{drop}");
        }
        else if (trim == 2)
        {
            int keep = Math.Max(2, (int)Math.Ceiling(paragraphs.Count * 0.6));
            how.Add($"keep-{keep}-of-{paragraphs.Count}");
            paragraphs.RemoveRange(keep, paragraphs.Count - keep);
        }
        else if (trim == 3)
        {
            int at = rng.Next(1, paragraphs.Count - 1);
            paragraphs.RemoveAt(at);
            how.Add("drop-one-paragraph");
        }

        if (rng.Next(3) == 0)
        {
            // Light edits: a few "said" become "told reporters", double spaces and quotes normalised.
            int n = 0;
            for (int i = 0; i < paragraphs.Count && n < 3; i++)
            {
                int at = paragraphs[i].IndexOf(" said ", StringComparison.Ordinal);
                if (at >= 0)
                {
                    paragraphs[i] = paragraphs[i][..at] + " told reporters " + paragraphs[i][(at + 6)..];
                    n++;
                }
            }

            how.Add("wording");
        }

        var (dressed, boiler) = Wrap(headline, paragraphs);
        how.Add(boiler);
        return (dressed, string.Join(',', how.Where(h => h.Length > 0)));
    }

    /// <summary>A distinct article carrying the same outlet's boilerplate as the copies.</summary>
    public (string Text, string How) Dress(string text)
    {
        var (headline, paragraphs) = Parse(text);
        return Wrap(headline, paragraphs);
    }

    private (string Text, string How) Wrap(string headline, List<string> paragraphs)
    {
        var sb = new StringBuilder();
        string how = "";
        if (rng.Next(2) == 0)
        {
            sb.Append(s_headers[rng.Next(s_headers.Length)]).Append("\n\n");
            how = "boilerplate-top";
        }

        sb.Append(headline).Append("\n\n").AppendJoin("\n\n", paragraphs);
        if (rng.Next(3) > 0)
        {
            int lines = rng.Next(1, 3);
            for (int i = 0; i < lines; i++)
            {
                sb.Append("\n\n").Append(s_footers[rng.Next(s_footers.Length)]);
            }

            how += (how.Length > 0 ? "+" : "boilerplate-") + "bottom";
        }

        return (sb.Append('\n').ToString(), how);
    }

    private static (string Headline, List<string> Paragraphs) Parse(string text)
    {
        var parts = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count == 0)
        {
            return ("", []);
        }

        // BBC files: line 1 the headline; some bodies are one paragraph per line.
        var lines = parts[0].Split('\n');
        string headline = lines[0].Trim();
        var rest = lines.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Trim()).Concat(parts.Skip(1)).ToList();
        return (headline, rest);
    }

    /// <summary>tune or check: half of the articles each, by a hash of the id.</summary>
    public static string SplitOf(string id)
    {
        uint h = 2166136261;
        foreach (char c in id)
        {
            h = (h ^ c) * 16777619;
        }

        return (h & 1) == 0 ? "tune" : "check";
    }

    /// <summary>The article's distinct lower-case words of three letters or more.</summary>
    public static HashSet<string> WordSet(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (char c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                if (sb.Length >= 3)
                {
                    set.Add(sb.ToString());
                }

                sb.Clear();
            }
        }

        return set;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        int both = a.Count(b.Contains);
        return both == 0 ? 0 : (double)both / (a.Count + b.Count - both);
    }
}
