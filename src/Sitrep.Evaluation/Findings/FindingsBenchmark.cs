using System.Globalization;
using System.Text.Json;
using System.Text;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Evaluation;

/// <summary>One entry of a findings benchmark's manifest.jsonl (written by tools/Sitrep.Tamper).</summary>
public sealed record BenchmarkEntry(string Id, string Split, string File, DateOnly? Published, bool Tampered, string? Original, string? Kind, string? FindingKind, IReadOnlyList<CharRange> Planted);

/// <summary>
/// Scores findings on planted contradictions: a copy is recalled when a finding of the expected kind has evidence
/// overlapping the planted side; a finding on a copy that its untampered original also raises (same kind, same evidence
/// words) is the original's, counted with the originals' false findings; any other finding on a copy is a false one.
/// </summary>
public sealed class FindingsBenchmark
{
    private readonly Dictionary<string, List<(string Kind, string Evidence)>> _originals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Copies, int Found)> _recall = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int True, int False)> _precision = new(StringComparer.Ordinal);

    public int OriginalCount { get; private set; }

    public int OriginalFindings { get; private set; }

    /// <summary>Misses and false findings, for reading while tuning (never on the check split).</summary>
    public List<string> Details { get; } = [];

    /// <summary>Reads a manifest; every entry, both splits.</summary>
    public static List<BenchmarkEntry> Load(string manifest)
    {
        var list = new List<BenchmarkEntry>();
        foreach (var line in System.IO.File.ReadLines(manifest))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var planted = new List<CharRange>();
            if (r.TryGetProperty("planted", out var p))
            {
                planted.AddRange(p.EnumerateArray().Select(s => new CharRange(s[0].GetInt32(), s[1].GetInt32())));
            }

            list.Add(new BenchmarkEntry(S("id")!, S("split")!, S("file")!,
                S("published") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                r.GetProperty("tampered").GetBoolean(), S("original"), S("kind"), S("finding_kind"), planted));
        }

        return list;
    }

    /// <summary>Records the findings on an untampered original (score originals before their copies).</summary>
    public void AddOriginal(BenchmarkEntry entry, string text, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        OriginalCount++;
        OriginalFindings += findings.Count;
        _originals[entry.File] = [.. findings.Select(f => (f.Kind, EvidenceText(text, f)))];
        foreach (var f in findings)
        {
            Details.Add($"false on original {entry.File}: {f.Kind}: {f.Message}");
        }
    }

    /// <summary>Scores the findings on a tampered copy.</summary>
    public void AddCopy(BenchmarkEntry entry, string text, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        var inherited = entry.Original is not null && _originals.TryGetValue(entry.Original, out var o) ? o : [];
        bool found = false;
        foreach (var f in findings)
        {
            bool hit = f.Kind == entry.FindingKind && f.Evidence.Any(e => entry.Planted.Any(e.Overlaps));
            if (!hit && inherited.Contains((f.Kind, EvidenceText(text, f))))
            {
                continue;
            }

            found |= hit;
            var (t, fa) = _precision.GetValueOrDefault(f.Kind);
            _precision[f.Kind] = hit ? (t + 1, fa) : (t, fa + 1);
            if (!hit)
            {
                Details.Add($"false on copy {entry.File} ({entry.Kind}): {f.Kind}: {f.Message}");
            }
        }

        var (copies, recalled) = _recall.GetValueOrDefault(entry.Kind!);
        _recall[entry.Kind!] = (copies + 1, recalled + (found ? 1 : 0));
        if (!found)
        {
            Details.Add($"missed {entry.Kind} in {entry.File}: “{string.Join(" … ", entry.Planted.Select(p => text[p.Start..p.End]))}”");
        }
    }

    /// <summary>The report: per-kind recall, per-kind precision, false findings per 100 originals, and one summary line last.</summary>
    public IEnumerable<string> Report(string split)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var (kind, (copies, found)) in _recall.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            yield return string.Create(inv, $"recall    {kind,-20} {found,5}/{copies,-5} {Ratio(found, copies):P1}");
        }

        foreach (var (kind, (t, f)) in _precision.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            yield return string.Create(inv, $"precision {kind,-20} {t,5}/{t + f,-5} {Ratio(t, t + f):P1}");
        }

        int copiesAll = _recall.Values.Sum(v => v.Copies);
        int foundAll = _recall.Values.Sum(v => v.Found);
        int trueAll = _precision.Values.Sum(v => v.True);
        int falseAll = _precision.Values.Sum(v => v.False);
        double minRecall = _recall.Count == 0 ? 0 : _recall.Values.Min(v => Ratio(v.Found, v.Copies));
        double perHundred = OriginalCount == 0 ? 0 : 100.0 * OriginalFindings / OriginalCount;
        yield return string.Create(inv, $"untampered: {OriginalFindings} findings on {OriginalCount} originals");
        yield return string.Create(inv,
            $"findings split={split} copies={copiesAll} recall={Ratio(foundAll, copiesAll):F3} min-kind-recall={minRecall:F3} precision={Ratio(trueAll, trueAll + falseAll):F3} false-per-100-untampered={perHundred:F2}");
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string EvidenceText(string text, Finding f)
    {
        var sb = new StringBuilder();
        foreach (var e in f.Evidence)
        {
            sb.Append(text.AsSpan(e.Start, e.Length)).Append('|');
        }

        return sb.ToString();
    }
}
