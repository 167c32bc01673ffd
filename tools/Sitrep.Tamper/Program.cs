using System.Text;
using System.Text.Json;
using Sitrep.Core.Knowledge;
using Sitrep.Tamper;

// The findings benchmark. Usage (from the project root):
//   dotnet run --project tools/Sitrep.Tamper -c Release -- --out DIR [--data ../shared/data] [--seed 12] [--reuters 1500]
// Plants one contradiction per copy of real articles and writes DIR/manifest.jsonl, DIR/copies/*.txt and DIR/originals/*.txt.
// One fifth of the source articles (by a hash of their id) form the check split; copies of an article share its split.
string? output = Arg(args, "--out");
string data = Arg(args, "--data") ?? "../shared/data";
int seed = int.Parse(Arg(args, "--seed") ?? "12", Text.Inv);
int reuters = int.Parse(Arg(args, "--reuters") ?? "1500", Text.Inv);
if (output is null)
{
    Console.Error.WriteLine("usage: Sitrep.Tamper --out DIR [--data ../shared/data] [--seed N] [--reuters N] [--pairs]");
    return 2;
}

if (!Directory.Exists(data))
{
    Console.Error.WriteLine($"Sitrep.Tamper: data folder '{data}' not found");
    return 1;
}

if (args.Contains("--pairs"))
{
    return Pairs.Run(data, output, seed); // the cross-source benchmark (Pairs.cs)
}

string table = Path.Combine(AppContext.BaseDirectory, "countries.tsv.gz");
var planters = new Planters(OfficeHolders.Shared, new CountryNames(File.Exists(table) ? table : "src/Sitrep.Core/Knowledge/Data/countries.tsv.gz"));
Directory.CreateDirectory(Path.Combine(output, "copies"));
Directory.CreateDirectory(Path.Combine(output, "originals"));
var rng = new Random(seed);
var counts = new Dictionary<string, int>(StringComparer.Ordinal);
int articles = 0;
using var manifest = new StreamWriter(Path.Combine(output, "manifest.jsonl"), false, new UTF8Encoding(false));
foreach (var article in Sources.All(data, reuters))
{
    string split = Split(article.Id);
    string stem = article.Id.Replace('/', '_').Replace(".txt", "", StringComparison.Ordinal);
    var plantings = new List<Planting>();
    // Two kinds per article, tried in a shuffled order; the rarer kinds first when the article allows them.
    var kinds = Planters.Kinds.OrderBy(k => counts.GetValueOrDefault(k) >= Quota(k) ? 1 : 0).ThenBy(_ => rng.Next()).ToList();
    foreach (var kind in kinds)
    {
        if (counts.GetValueOrDefault(kind) + plantings.Count(p => p.Kind == kind) >= Quota(kind))
        {
            continue;
        }

        if (plantings.Count == 2)
        {
            break;
        }

        if (planters.Plant(kind, article, new Random(rng.Next())) is { } p)
        {
            plantings.Add(p);
        }
    }

    if (plantings.Count == 0)
    {
        continue;
    }

    articles++;
    string original = $"originals/{stem}.txt";
    File.WriteAllText(Path.Combine(output, original), article.Text);
    manifest.WriteLine(JsonSerializer.Serialize(new
    {
        id = article.Id,
        split,
        source = article.Source,
        file = original,
        published = article.Published?.ToString("yyyy-MM-dd", Text.Inv),
        tampered = false,
    }));
    foreach (var p in plantings)
    {
        string file = $"copies/{stem}.{p.Kind}.txt";
        File.WriteAllText(Path.Combine(output, file), p.Copy);
        counts[p.Kind] = counts.GetValueOrDefault(p.Kind) + 1;
        manifest.WriteLine(JsonSerializer.Serialize(new
        {
            id = article.Id,
            split,
            source = article.Source,
            file,
            original,
            published = article.Published?.ToString("yyyy-MM-dd", Text.Inv),
            tampered = true,
            kind = p.Kind,
            finding_kind = p.FindingKind,
            edit = new { at = p.At, removed = p.Removed, inserted = p.Inserted },
            planted = p.Planted.Select(s => new[] { s.Start, s.End }),
            other = p.Other.Select(s => new[] { s.Start, s.End }),
            planted_text = p.Planted.Select(s => p.Copy[s.Start..s.End]),
            note = p.Note,
        }));
    }

    if (articles % 500 == 0)
    {
        Console.Error.WriteLine($"{articles} articles…");
    }
}

Console.WriteLine($"{articles} source articles, {counts.Values.Sum()} tampered copies: " + string.Join(", ", counts.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
return 0;

// Enough of every kind to measure recall to a few points on the check split; the kinds that fit any article are capped.
static int Quota(string kind) => 600;

static string Split(string id)
{
    // FNV-1a over the id: stable across runs and machines.
    uint h = 2166136261;
    foreach (char c in id)
    {
        h = (h ^ c) * 16777619;
    }

    return h % 5 == 0 ? "check" : "tune";
}

static string? Arg(string[] args, string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
