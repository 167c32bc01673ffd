using System.Globalization;
using System.Text;

// The planted near-duplicates set. Usage (from the project root):
//   dotnet run --project tools/Sitrep.DupeSet -c Release -- --out DIR [--data ../shared/data] [--seed 15] [--originals 250]
// Writes DIR/tune and DIR/check, each with NNNN.txt files and labels.tsv (file, group, role, how). Articles are split
// by a hash of their id (half each), so an article, its copies and its same-topic neighbour share a split.
// roles: original (a BBC article as it is), copy (an edited copy of the group's original), distinct (the article of
// the same BBC category that shares the most words with the original: same topic, another story; its own group).
string? output = Arg(args, "--out");
string data = Arg(args, "--data") ?? "../shared/data";
int seed = int.Parse(Arg(args, "--seed") ?? "15", CultureInfo.InvariantCulture);
int perSplit = int.Parse(Arg(args, "--originals") ?? "250", CultureInfo.InvariantCulture);
if (output is null)
{
    Console.Error.WriteLine("usage: Sitrep.DupeSet --out DIR [--data ../shared/data] [--seed N] [--originals N]");
    return 2;
}

string bbc = Path.Combine(data, "news-bbc-fulltext", "bbc");
if (!Directory.Exists(bbc))
{
    Console.Error.WriteLine($"Sitrep.DupeSet: '{bbc}' not found");
    return 1;
}

var articles = Directory.EnumerateDirectories(bbc).Order(StringComparer.Ordinal)
    .SelectMany(dir => Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal)
        .Select(f => new Article(Path.GetFileName(dir) + "/" + Path.GetFileName(f), Path.GetFileName(dir), File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal))))
    .ToList();
foreach (var split in new[] { "tune", "check" })
{
    var rng = new Random(seed + (split == "tune" ? 0 : 1));
    var pool = articles.Where(a => Planter.SplitOf(a.Id) == split).ToList();
    var words = pool.ToDictionary(a => a.Id, a => Planter.WordSet(a.Text), StringComparer.Ordinal);

    // BBC holds some stories twice: an article with a twin (word-set Jaccard ≥ 0.6) is neither original nor distinct.
    var twins = new HashSet<string>(StringComparer.Ordinal);
    foreach (var g in pool.GroupBy(a => a.Category))
    {
        var list = g.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            for (int j = i + 1; j < list.Count; j++)
            {
                if (Planter.Jaccard(words[list[i].Id], words[list[j].Id]) >= 0.6)
                {
                    twins.Add(list[i].Id);
                    twins.Add(list[j].Id);
                }
            }
        }
    }

    var clean = pool.Where(a => !twins.Contains(a.Id)).ToList();
    var originals = clean.OrderBy(_ => rng.Next()).Take(perSplit).ToList();
    var used = new HashSet<string>(originals.Select(a => a.Id), StringComparer.Ordinal);
    var docs = new List<(string Text, string Group, string Role, string How)>();
    var planter = new Planter(rng);
    foreach (var o in originals)
    {
        docs.Add((o.Text, o.Id, "original", "-"));
        int copies = rng.Next(1, 3);
        for (int c = 0; c < copies; c++)
        {
            var (text, how) = planter.Copy(o.Text);
            docs.Add((text, o.Id, "copy", how));
        }

        // The same-topic neighbour: most shared words, same category, not yet used.
        var near = clean.Where(a => a.Category == o.Category && !used.Contains(a.Id))
            .OrderByDescending(a => Planter.Jaccard(words[o.Id], words[a.Id])).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
        if (near is not null)
        {
            used.Add(near.Id);
            var (text, how) = rng.Next(2) == 0 ? planter.Dress(near.Text) : (near.Text, "as-is");
            docs.Add((text, near.Id, "distinct", how + string.Create(CultureInfo.InvariantCulture, $";overlap={Planter.Jaccard(words[o.Id], words[near.Id]):F2}")));
        }
    }

    string dir = Path.Combine(output, split);
    Directory.CreateDirectory(dir);
    var order = docs.OrderBy(_ => rng.Next()).ToList();
    var labels = new StringBuilder("file\tgroup\trole\thow\n");
    for (int i = 0; i < order.Count; i++)
    {
        string name = (i + 1).ToString("D4", CultureInfo.InvariantCulture) + ".txt";
        File.WriteAllText(Path.Combine(dir, name), order[i].Text, new UTF8Encoding(false));
        labels.Append(name).Append('\t').Append(order[i].Group).Append('\t').Append(order[i].Role).Append('\t').Append(order[i].How).Append('\n');
    }

    File.WriteAllText(Path.Combine(dir, "labels.tsv"), labels.ToString(), new UTF8Encoding(false));
    Console.WriteLine($"{split}: {order.Count} documents ({originals.Count} originals, {order.Count(d => d.Role == "copy")} copies, {order.Count(d => d.Role == "distinct")} distinct; {twins.Count} BBC twins left out) in {dir}");
}

return 0;

static string? Arg(string[] args, string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

internal sealed record Article(string Id, string Category, string Text);
