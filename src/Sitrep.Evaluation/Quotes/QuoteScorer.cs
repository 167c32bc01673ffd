using System.Text.RegularExpressions;
using Sitrep.Core.Annotations;

namespace Sitrep.Evaluation;

/// <summary>One predicted quote as the metric reads it: span, speaker spans and speaker name (UTF-16 offsets).</summary>
public sealed record PredictedQuote(int Start, int End, IReadOnlyList<(int Start, int End)> SpeakerSpans, string SpeakerName);

/// <summary>
/// The PolNeAR direct-quote metric (the same as the project's score_quotes.py): one-to-one greedy matching of spans trimmed
/// of white space and quotation marks at overlap ≥ 0.5 of the longer span, exact matches, predictions matching only a
/// partial quote counted as neutral, and speaker accuracy over matched gold quotes with a Source.
/// </summary>
public static partial class QuoteScorer
{
    /// <summary>The metric's reading of a document's quotes: indirect quotes left out, speaker spans from the span or the entity's mentions.</summary>
    public static IReadOnlyList<PredictedQuote> FromQuotes(string text, IReadOnlyList<Quote> quotes, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(entities);
        var result = new List<PredictedQuote>();
        foreach (var q in quotes)
        {
            if (q.Kind == QuoteKind.Indirect)
            {
                continue;
            }

            var spans = new List<(int, int)>();
            var entity = q.Speaker is null ? null : entities.FirstOrDefault(e => e.Id == q.Speaker);
            if (q.SpeakerRange is { } r)
            {
                spans.Add((r.Start, r.End));
            }
            else if (entity is not null)
            {
                spans.AddRange(entity.Mentions.Select(m => (m.Start, m.End)));
            }

            string name = q.SpeakerName ?? (spans.Count > 0 ? text[spans[0].Item1..spans[0].Item2] : entity?.Name ?? "");

            // PolNeAR annotates a quote continued over paragraphs paragraph by paragraph: one part per paragraph, same speaker.
            int start = q.Range.Start;
            for (int nl; (nl = text.IndexOf('\n', start, q.Range.End - start)) >= 0; start = nl + 1)
            {
                if (!text.AsSpan(start, nl - start).IsWhiteSpace())
                {
                    result.Add(new PredictedQuote(start, nl, spans, name));
                }
            }

            result.Add(new PredictedQuote(start, q.Range.End, spans, name));
        }

        return result;
    }

    /// <summary>Scores predictions against gold; a text whose predicted text differs from the gold text counts as all missed.</summary>
    public static QuoteScore Score(IReadOnlyList<GoldText> gold, Func<GoldText, (string Text, IReadOnlyList<PredictedQuote> Quotes)?> predict)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predict);
        int nGold = 0, scored = 0, neutral = 0, tp = 0, exact = 0, spkN = 0, spkOk = 0, spkLenient = 0, mismatches = 0;
        foreach (var doc in gold)
        {
            nGold += doc.Quotes.Count;
            var prediction = predict(doc);
            if (prediction is not { } p || !string.Equals(p.Text.Replace("\r\n", "\n", StringComparison.Ordinal), doc.Text, StringComparison.Ordinal))
            {
                mismatches++;
                continue;
            }

            string text = doc.Text;
            var preds = new List<(int Start, int End, PredictedQuote Quote)>();
            foreach (var q in p.Quotes)
            {
                scored++;
                int a = Math.Clamp(q.Start, 0, text.Length), b = Math.Clamp(q.End, 0, text.Length);
                if (b <= a)
                {
                    continue;
                }

                var (ca, cb) = QuoteMarks.Core(text, a, b);
                preds.Add((ca, cb, q));
            }

            var candidates = new List<(double R, int G, int P)>();
            for (int g = 0; g < doc.Quotes.Count; g++)
            {
                for (int i = 0; i < preds.Count; i++)
                {
                    double r = CloseEnough((doc.Quotes[g].CoreStart, doc.Quotes[g].CoreEnd), (preds[i].Start, preds[i].End));
                    if (r > 0)
                    {
                        candidates.Add((-r, g, i));
                    }
                }
            }

            candidates.Sort();
            var usedGold = new HashSet<int>();
            var usedPred = new HashSet<int>();
            var pairs = new List<(int G, int P)>();
            foreach (var (_, g, i) in candidates)
            {
                if (!usedGold.Contains(g) && !usedPred.Contains(i))
                {
                    usedGold.Add(g);
                    usedPred.Add(i);
                    pairs.Add((g, i));
                }
            }

            tp += pairs.Count;
            var usedExact = new HashSet<int>();
            foreach (var pr in preds)
            {
                for (int g = 0; g < doc.Quotes.Count; g++)
                {
                    if (doc.Quotes[g].CoreStart == pr.Start && doc.Quotes[g].CoreEnd == pr.End && usedExact.Add(g))
                    {
                        exact++;
                        break;
                    }
                }
            }

            for (int i = 0; i < preds.Count; i++)
            {
                if (!usedPred.Contains(i) && doc.Zones.Any(z => CloseEnough((z.CoreStart, z.CoreEnd), (preds[i].Start, preds[i].End)) > 0))
                {
                    neutral++;
                }
            }

            foreach (var (g, i) in pairs)
            {
                var gq = doc.Quotes[g];
                if (gq.Sources.Count == 0)
                {
                    continue;
                }

                spkN++;
                var pq = preds[i].Quote;
                bool strict = gq.Sources.Any(s => pq.SpeakerSpans.Any(ps => Math.Min(s.End, ps.End) - Math.Max(s.Start, ps.Start) > 0));
                var gw = Words(string.Join(' ', gq.Sources.Select(s => text[s.Start..s.End])));
                var pw = Words(pq.SpeakerName);
                bool lenient = strict || (gw.Count > 0 && pw.Count > 0 && (pw.Contains(gw[^1]) || gw.Contains(pw[^1])));
                spkOk += strict ? 1 : 0;
                spkLenient += lenient ? 1 : 0;
            }
        }

        return new QuoteScore
        {
            Texts = gold.Count,
            Gold = nGold,
            Scored = scored,
            Neutral = neutral,
            Matched = tp,
            ExactMatched = exact,
            SpeakerTotal = spkN,
            SpeakerRight = spkOk,
            SpeakerLenient = spkLenient,
            TextMismatches = mismatches,
        };
    }

    /// <summary>Shared characters over the longer span when that is at least 0.5, else 0.</summary>
    private static double CloseEnough((int Start, int End) a, (int Start, int End) b)
    {
        int overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        int longer = Math.Max(a.End - a.Start, b.End - b.Start);
        double r = overlap > 0 && longer > 0 ? (double)overlap / longer : 0;
        return r >= 0.5 ? r : 0;
    }

    private static List<string> Words(string s)
    {
        var lowered = PossessiveRegex().Replace(s.ToLowerInvariant(), "");
        return WordRegex().Matches(lowered).Select(m => m.Value).Where(w => w.Length > 1).ToList();
    }

    [GeneratedRegex(@"['’]s\b")]
    private static partial Regex PossessiveRegex();

    [GeneratedRegex(@"[^\W_]+")]
    private static partial Regex WordRegex();
}
