using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Documents;

namespace Sitrep.Evaluation;

/// <summary>One entry of the cross-source benchmark's manifest.jsonl (tools/Sitrep.Tamper --pairs): a pair of stories, untampered or with one planted contradiction.</summary>
public sealed record PairEntry(string Pair, string Split, string FileA, string FileB, DateOnly? PublishedA, DateOnly? PublishedB, string Variant, bool Tampered,
    string? Kind, string? FindingKind, IReadOnlyList<CharRange> PlantedA, IReadOnlyList<CharRange> PlantedB);

/// <summary>A finding between the two sources of a pair: its kind and its evidence in story A and in story B.</summary>
public sealed record PairFinding(string Kind, CharRange InA, CharRange InB, string Message, string EvidenceA, string EvidenceB);

/// <summary>
/// Scores cross-source findings on planted contradictions between two real stories: a tampered pair is recalled when a
/// finding of the expected kind has evidence overlapping the planted spans in both stories; a finding on a tampered
/// pair that the untampered pair also raises (same kind and evidence words) is the untampered pair's; any other is
/// false. False findings per 100 untampered pairs count every finding on the untampered pairs (the originals and the
/// consistent versions, where the planting agrees in both sources).
/// </summary>
public sealed class SourcePairsBenchmark
{
    private readonly Dictionary<string, List<(string Kind, string A, string B)>> _originals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Pairs, int Found)> _recall = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int True, int False)> _precision = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Pairs, int Findings)> _untampered = new(StringComparer.Ordinal);

    /// <summary>Misses and false findings, for reading while tuning (never on the check split).</summary>
    public List<string> Details { get; } = [];

    public static List<PairEntry> Load(string manifest)
    {
        var list = new List<PairEntry>();
        foreach (var line in File.ReadLines(manifest))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DateOnly? D(string name) => S(name) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            List<CharRange> Spans(string name) => r.TryGetProperty(name, out var p) ? [.. p.EnumerateArray().Select(s => new CharRange(s[0].GetInt32(), s[1].GetInt32()))] : [];
            list.Add(new PairEntry(S("pair")!, S("split")!, S("file_a")!, S("file_b")!, D("published_a"), D("published_b"), S("variant")!, r.GetProperty("tampered").GetBoolean(),
                S("kind"), S("finding_kind"), Spans("planted_a"), Spans("planted_b")));
        }

        return list;
    }

    /// <summary>Records the findings of an untampered pair (score a pair's untampered entries before its tampered ones).</summary>
    public void AddUntampered(PairEntry entry, IReadOnlyList<PairFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        string kind = entry.Variant == "orig" ? "originals" : "consistent";
        var (pairs, count) = _untampered.GetValueOrDefault(kind);
        _untampered[kind] = (pairs + 1, count + findings.Count);
        if (entry.Variant == "orig")
        {
            _originals[entry.Pair] = [.. findings.Select(f => (f.Kind, f.EvidenceA, f.EvidenceB))];
        }

        foreach (var f in findings)
        {
            Details.Add($"false on untampered {entry.Pair} ({entry.Variant}): {f.Kind}: {f.Message} [{f.EvidenceA} | {f.EvidenceB}]");
        }
    }

    /// <summary>Scores the findings of a tampered pair.</summary>
    public void AddTampered(PairEntry entry, IReadOnlyList<PairFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        var inherited = _originals.TryGetValue(entry.Pair, out var o) ? o : [];
        bool found = false;
        foreach (var f in findings)
        {
            bool hit = f.Kind == entry.FindingKind && entry.PlantedA.Any(f.InA.Overlaps) && entry.PlantedB.Any(f.InB.Overlaps);
            if (!hit && inherited.Contains((f.Kind, f.EvidenceA, f.EvidenceB)))
            {
                continue;
            }

            found |= hit;
            var (t, fa) = _precision.GetValueOrDefault(f.Kind);
            _precision[f.Kind] = hit ? (t + 1, fa) : (t, fa + 1);
            if (!hit)
            {
                Details.Add($"false on tampered {entry.Pair} ({entry.Kind}): {f.Kind}: {f.Message} [{f.EvidenceA} | {f.EvidenceB}]");
            }
        }

        var (pairs, recalled) = _recall.GetValueOrDefault(entry.Kind!);
        _recall[entry.Kind!] = (pairs + 1, recalled + (found ? 1 : 0));
        if (!found)
        {
            Details.Add($"missed {entry.Kind} in {entry.Pair}: {entry.FileA} / {entry.FileB}");
        }
    }

    /// <summary>Per-kind recall and precision, false findings per 100 untampered pairs, and one summary line last.</summary>
    public IEnumerable<string> Report(string split)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var (kind, (pairs, found)) in _recall.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            yield return string.Create(inv, $"recall    {kind,-20} {found,5}/{pairs,-5} {Ratio(found, pairs):P1}");
        }

        foreach (var (kind, (t, f)) in _precision.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            yield return string.Create(inv, $"precision {kind,-20} {t,5}/{t + f,-5} {Ratio(t, t + f):P1}");
        }

        foreach (var (kind, (pairs, findings)) in _untampered.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            yield return string.Create(inv, $"untampered {kind,-19} {findings,5} findings on {pairs} pairs");
        }

        int all = _recall.Values.Sum(v => v.Pairs);
        int foundAll = _recall.Values.Sum(v => v.Found);
        int trueAll = _precision.Values.Sum(v => v.True);
        int falseAll = _precision.Values.Sum(v => v.False);
        int untampered = _untampered.Values.Sum(v => v.Pairs);
        double minRecall = _recall.Count == 0 ? 0 : _recall.Values.Min(v => Ratio(v.Found, v.Pairs));
        double perHundred = untampered == 0 ? 0 : 100.0 * _untampered.Values.Sum(v => v.Findings) / untampered;
        yield return string.Create(inv,
            $"sources split={split} pairs={all} recall={Ratio(foundAll, all):F3} min-kind-recall={minRecall:F3} precision={Ratio(trueAll, trueAll + falseAll):F3} false-per-100-untampered-pairs={perHundred:F2}");
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
