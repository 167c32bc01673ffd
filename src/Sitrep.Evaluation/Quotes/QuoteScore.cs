using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>The counts of the quote metric and the figures computed from them.</summary>
public sealed record QuoteScore
{
    public int Texts { get; init; }

    public int Gold { get; init; }

    public int Scored { get; init; }

    public int Neutral { get; init; }

    public int Matched { get; init; }

    public int ExactMatched { get; init; }

    public int SpeakerTotal { get; init; }

    public int SpeakerRight { get; init; }

    public int SpeakerLenient { get; init; }

    public int TextMismatches { get; init; }

    private int Denominator => Scored - Neutral;

    public double Precision => Denominator > 0 ? 100.0 * Matched / Denominator : 0;

    public double Recall => Gold > 0 ? 100.0 * Matched / Gold : 0;

    public double F1 => F(Precision, Recall);

    public double ExactF1 => F(Denominator > 0 ? 100.0 * ExactMatched / Denominator : 0, Gold > 0 ? 100.0 * ExactMatched / Gold : 0);

    public double Speaker => SpeakerTotal > 0 ? 100.0 * SpeakerRight / SpeakerTotal : 0;

    public double SpeakerLenientShare => SpeakerTotal > 0 ? 100.0 * SpeakerLenient / SpeakerTotal : 0;

    /// <summary>The scorer's last line: <c>quotes: P=… R=… F1=… exactF1=… speaker=…% lenient=…% (N gold quotes)</c>.</summary>
    /// <summary>The report of <c>sitrep eval quotes</c> (<paramref name="failed"/> texts could not be analysed); the last line is <see cref="SummaryLine"/>.</summary>
    public IEnumerable<string> Report(int failed)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return string.Create(inv, $"gold: {Texts} annotated texts, {Gold} gold quotes; {failed} texts failed, {TextMismatches} scored as all missed");
        yield return string.Create(inv, $"predicted quotes: {Scored} scored, {Neutral} neutral; matched {Matched} (overlap), {ExactMatched} (exact)");
        yield return string.Create(inv, $"speaker: {SpeakerRight}/{SpeakerTotal} (span overlap), lenient {SpeakerLenient}/{SpeakerTotal}");
        yield return SummaryLine;
    }

    public string SummaryLine => string.Create(
        CultureInfo.InvariantCulture,
        $"quotes: P={Precision:F2} R={Recall:F2} F1={F1:F2} exactF1={ExactF1:F2} speaker={Speaker:F2}% lenient={SpeakerLenientShare:F2}% ({Gold} gold quotes)");

    private static double F(double p, double r) => p + r > 0 ? 2 * p * r / (p + r) : 0;
}
