using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>
/// The TempEval-3 Task A metric for TIMEX3s, as <c>score_timex.py</c> computes it: strict and relaxed extent P/R/F1
/// micro-averaged over files, relaxed pairs made one to one (exact extents first, then the largest overlap), value
/// and type accuracy over the relaxed pairs, value F1 = relaxed F1 × value accuracy (type F1 likewise).
/// </summary>
public sealed class TimexScorer
{
    private readonly List<string> _errors = [];

    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int Strict { get; private set; }

    public int Relaxed { get; private set; }

    public int ValueCorrect { get; private set; }

    public int TypeCorrect { get; private set; }

    /// <summary>Disagreements seen so far, one line each ("file: 'text' gold T V | pred 'text' T V", misses and false hits).</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Adds one file: its plain text, the gold and the predicted TIMEX3s over that text.</summary>
    public void Add(string name, string text, IReadOnlyList<TimexSpan> gold, IReadOnlyList<TimexSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Gold += gold.Count;
        Predicted += predicted.Count;
        var candidates = new List<(int Exact, int Overlap, int Distance, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                int ov = Math.Min(gold[g].End, predicted[p].End) - Math.Max(gold[g].Start, predicted[p].Start);
                if (ov > 0)
                {
                    bool exact = gold[g].Start == predicted[p].Start && gold[g].End == predicted[p].End;
                    candidates.Add((exact ? 0 : 1, -ov, Math.Abs(gold[g].Start - predicted[p].Start) + Math.Abs(gold[g].End - predicted[p].End), g, p));
                }
            }
        }

        candidates.Sort();
        var usedG = new bool[gold.Count];
        var usedP = new bool[predicted.Count];
        foreach (var (exact, _, _, g, p) in candidates)
        {
            if (usedG[g] || usedP[p])
            {
                continue;
            }

            usedG[g] = usedP[p] = true;
            Relaxed++;
            Strict += exact == 0 ? 1 : 0;
            bool valueOk = string.Equals(gold[g].Value, predicted[p].Value, StringComparison.Ordinal);
            bool typeOk = string.Equals(gold[g].Type, predicted[p].Type, StringComparison.Ordinal);
            ValueCorrect += valueOk ? 1 : 0;
            TypeCorrect += typeOk ? 1 : 0;
            if (!valueOk || !typeOk || exact != 0)
            {
                _errors.Add($"{name}: {Quote(text, gold[g])} gold {gold[g].Type} {gold[g].Value} | pred {Quote(text, predicted[p])} {predicted[p].Type} {predicted[p].Value}");
            }
        }

        for (int g = 0; g < gold.Count; g++)
        {
            if (!usedG[g])
            {
                _errors.Add($"{name}: missed {Quote(text, gold[g])} {gold[g].Type} {gold[g].Value}");
            }
        }

        for (int p = 0; p < predicted.Count; p++)
        {
            if (!usedP[p])
            {
                _errors.Add($"{name}: spurious {Quote(text, predicted[p])} {predicted[p].Type} {predicted[p].Value}");
            }
        }
    }

    public (double P, double R, double F1) StrictScore => Prf(Strict);

    public (double P, double R, double F1) RelaxedScore => Prf(Relaxed);

    public double ValueAccuracy => Relaxed == 0 ? 0 : 100.0 * ValueCorrect / Relaxed;

    public double TypeAccuracy => Relaxed == 0 ? 0 : 100.0 * TypeCorrect / Relaxed;

    /// <summary>The scorer's last line: <c>timex: strict F1=xx.xx relaxed F1=xx.xx value F1=xx.xx type F1=xx.xx (N gold)</c>.</summary>
    /// <summary>The report of <c>sitrep eval timex</c> over <paramref name="files"/> files; the last line is <see cref="SummaryLine"/>.</summary>
    public IEnumerable<string> Report(int files)
    {
        var (sp, sr, sf) = StrictScore;
        var (rp, rr, rf) = RelaxedScore;
        var inv = CultureInfo.InvariantCulture;
        yield return string.Create(inv, $"files: {files}; timexes: {Gold} gold, {Predicted} predicted; {Strict} strict matches, {Relaxed} relaxed matches");
        yield return string.Create(inv, $"{"",8} {"P",7} {"R",7} {"F1",7}");
        yield return string.Create(inv, $"{"strict",8} {sp,7:F2} {sr,7:F2} {sf,7:F2}");
        yield return string.Create(inv, $"{"relaxed",8} {rp,7:F2} {rr,7:F2} {rf,7:F2}");
        yield return string.Create(inv, $"value accuracy {ValueAccuracy:F2}% -> value F1 {rf * ValueAccuracy / 100:F2}; type accuracy {TypeAccuracy:F2}% -> type F1 {rf * TypeAccuracy / 100:F2}");
        yield return SummaryLine();
    }

    public string SummaryLine()
    {
        double rf = RelaxedScore.F1;
        return string.Create(CultureInfo.InvariantCulture,
            $"timex: strict F1={StrictScore.F1:F2} relaxed F1={rf:F2} value F1={rf * ValueAccuracy / 100:F2} type F1={rf * TypeAccuracy / 100:F2} ({Gold} gold)");
    }

    private (double P, double R, double F1) Prf(int matched)
    {
        double p = Predicted == 0 ? 0 : (double)matched / Predicted;
        double r = Gold == 0 ? 0 : (double)matched / Gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (100 * p, 100 * r, 100 * f);
    }

    private static string Quote(string text, TimexSpan t) => "'" + text[t.Start..t.End] + "'";
}
