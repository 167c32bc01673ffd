using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Annotations;

namespace Sitrep.Evaluation;

/// <summary>The event scores of score_events.py: category accuracy (any event), macro-F1 of the first event, and
/// actor agreement over category-correct records.</summary>
public sealed record EventScore(int Records, int Correct, int FirstCorrect, double MacroF1, int SourceOk, int SourceTotal, int TargetOk, int TargetTotal,
    IReadOnlyList<(string Category, int Gold, int Correct)> PerCategory, IReadOnlyList<string> Misses)
{
    public double Accuracy => Records == 0 ? 0 : 100.0 * Correct / Records;

    public double SourceAgreement => SourceTotal == 0 ? 0 : 100.0 * SourceOk / SourceTotal;

    public double TargetAgreement => TargetTotal == 0 ? 0 : 100.0 * TargetOk / TargetTotal;

    /// <summary>The scorer's last line: <c>events: accuracy=… macroF1=… source=…% target=…% (N records)</c>.</summary>
    /// <summary>The report of <c>sitrep eval events</c>: counts, actors, each category, the misses (all, or five), the summary line.</summary>
    public IEnumerable<string> Report(bool allMisses)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return string.Create(inv, $"records: {Records}; category correct (any event): {Correct}; first event correct: {FirstCorrect}");
        yield return string.Create(inv, $"actors over category-correct records: source {SourceOk}/{SourceTotal}, target {TargetOk}/{TargetTotal}");
        foreach (var (category, goldCount, right) in PerCategory)
        {
            yield return string.Create(inv, $"  {category,-10} {goldCount,4} {right,4}");
        }

        foreach (var miss in allMisses ? Misses : Misses.Take(5))
        {
            yield return "missed: " + miss;
        }

        yield return SummaryLine;
    }

    public string SummaryLine => string.Create(CultureInfo.InvariantCulture,
        $"events: accuracy={Accuracy:F2}% macroF1={MacroF1:F2} source={SourceAgreement:F2}% target={TargetAgreement:F2}% ({Records} records)");
}

/// <summary>Scores predicted events against gold records the way score_events.py does.</summary>
public static partial class EventScorer
{
    private static readonly Dictionary<string, string> s_codeAliases = new(StringComparer.Ordinal) { ["JAP"] = "JPN", ["ITL"] = "ITA", ["VTN"] = "VNM" };

    // Words that name no one in particular: sharing them is no agreement.
    private static readonly HashSet<string> s_generic = new(
        """
        a an the of and or in on at to for by with from as de del la le al el mr mrs ms dr sen rep gen lt col
        government govt administration officials official authorities authority minister ministers ministry
        president presidents prime premier secretary state foreign defense defence interior
        leader leaders spokesman spokeswoman spokesperson representative representatives envoy delegation
        forces force military army navy troops soldiers police security people group groups party parties
        rebels rebel militants members member council committee commission assembly parliament congress
        court agency organization organisation association union movement front chief head senior top new former
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Scores <paramref name="predict"/> (events and entities of a record's text, or null when it failed) on <paramref name="gold"/>.</summary>
    public static EventScore Score(IReadOnlyList<EventGoldRecord> gold, Func<EventGoldRecord, (IReadOnlyList<NewsEvent> Events, IReadOnlyList<Entity> Entities, string Text)?> predict)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predict);
        int correct = 0, firstCorrect = 0, sourceOk = 0, sourceTotal = 0, targetOk = 0, targetTotal = 0;
        var firsts = new List<(string Gold, string First)>();
        var perGold = new Dictionary<string, int>(StringComparer.Ordinal);
        var perCorrect = new Dictionary<string, int>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var record in gold)
        {
            string g = record.Categories[0];
            perGold[g] = perGold.GetValueOrDefault(g) + 1;
            var predicted = predict(record);
            var events = predicted?.Events ?? [];
            var entities = (predicted?.Entities ?? []).ToDictionary(e => e.Id, StringComparer.Ordinal);
            string text = predicted?.Text ?? "";
            string first = events.Count > 0 ? events[0].Type : "NONE";
            firsts.Add((g, record.Categories.Contains(first) ? g : first));
            if (record.Categories.Contains(first))
            {
                firstCorrect++;
            }

            var hits = events.Where(e => record.Categories.Contains(e.Type)).ToList();
            if (hits.Count == 0)
            {
                misses.Add($"{record.Id}: gold {string.Join('/', record.Categories)}, predicted [{string.Join(", ", events.Select(e => e.Type))}]: {Shorten(record.Text)}");
                continue;
            }

            correct++;
            perCorrect[g] = perCorrect.GetValueOrDefault(g) + 1;
            if (record.Sources.Count > 0)
            {
                sourceTotal++;
                sourceOk += hits.Any(e => Agrees(e.Source, e.SourceCountry, entities, text, record.Sources)) ? 1 : 0;
            }

            if (record.Targets.Count > 0)
            {
                targetTotal++;
                targetOk += hits.Any(e => Agrees(e.Target, e.TargetCountry, entities, text, record.Targets)) ? 1 : 0;
            }
        }

        var labels = firsts.SelectMany(f => new[] { f.Gold, f.First }).Where(l => l != "NONE").Distinct().Order(StringComparer.Ordinal).ToList();
        double sum = 0;
        foreach (var label in labels)
        {
            int tp = firsts.Count(f => f.Gold == label && f.First == label);
            int fp = firsts.Count(f => f.Gold != label && f.First == label);
            int fn = firsts.Count(f => f.Gold == label && f.First != label);
            sum += tp == 0 ? 0 : 200.0 * tp / (2 * tp + fp + fn);
        }

        var perCategory = perGold.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, kv.Value, perCorrect.GetValueOrDefault(kv.Key))).ToList();
        return new EventScore(gold.Count, correct, firstCorrect, labels.Count == 0 ? 0 : sum / labels.Count,
            sourceOk, sourceTotal, targetOk, targetTotal, perCategory, misses);
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..90] + "…";

    private static bool Agrees(string? id, string? country, Dictionary<string, Entity> entities, string text, IReadOnlyList<GoldActor> gold)
    {
        string code = Alias((country ?? "").Trim().ToUpperInvariant());
        var names = new List<string>();
        if (id is not null && entities.TryGetValue(id, out var entity))
        {
            names.Add(entity.Name);
            foreach (var m in entity.Mentions)
            {
                if (m.End <= text.Length)
                {
                    names.Add(text[m.Start..m.End]);
                }
            }
        }

        foreach (var g in gold)
        {
            string goldCode = Alias(g.Code.Trim().ToUpperInvariant());
            if (code.Length > 0 && code == goldCode)
            {
                return true;
            }

            if (names.Any(n => NamesAgree(n, g.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Alias(string code) => s_codeAliases.GetValueOrDefault(code, code);

    /// <summary>Same words, or a shared content word (a shared stem counts: Iraq/Iraqi).</summary>
    public static bool NamesAgree(string predicted, string gold)
    {
        var p = Tokens(predicted);
        var g = Tokens(gold);
        if (p.Count == 0 || g.Count == 0)
        {
            return false;
        }

        if (p.SequenceEqual(g))
        {
            return true;
        }

        var pc = p.Where(IsContent).ToList();
        var gc = g.Where(IsContent).ToList();
        return pc.Any(a => gc.Any(b => SameStem(a, b)));
    }

    private static bool IsContent(string w) => w.Length > 1 && !s_generic.Contains(w) && !w.All(char.IsDigit);

    private static bool SameStem(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        int shorter = Math.Min(a.Length, b.Length);
        return shorter >= 4 && n >= 4 && n >= shorter - 2;
    }

    private static List<string> Tokens(string s)
    {
        s = Possessive().Replace(s.ToLowerInvariant(), "");
        return Word().Matches(s).Select(m => m.Value).ToList();
    }

    [GeneratedRegex(@"['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
