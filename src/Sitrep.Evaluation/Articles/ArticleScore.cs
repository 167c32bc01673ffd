using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>
/// The counts of one article's score against its reference reading (see <see cref="ArticleScorer"/>), or their sums
/// over a set of articles (<see cref="Add"/>). Ratios are computed from the sums (micro averages).
/// </summary>
public sealed class ArticleScore
{
    public int Articles { get; set; } = 1;

    public int EntitiesGold { get; set; }

    public int EntitiesFound { get; set; }

    public int PeopleOut { get; set; }

    public int PeopleRight { get; set; }

    public int QuotesGold { get; set; }

    public int QuotesFound { get; set; }

    public int QuotesOut { get; set; }

    public int QuotesSpurious { get; set; }

    public int SpeakerRight { get; set; }

    public int TimesGold { get; set; }

    /// <summary>Reference times matched by an output time, optional ones included (as the Python scorer counts them).</summary>
    public int TimesFound { get; set; }

    /// <summary>Per article min(found, required): the numerator of times R.</summary>
    public int TimesRecalled { get; set; }

    public int TimeValueRight { get; set; }

    public int QuantitiesGold { get; set; }

    public int QuantitiesFound { get; set; }

    public int EventsGold { get; set; }

    public int EventsFound { get; set; }

    public int EventArgsRight { get; set; }

    public int FindingsRequired { get; set; }

    public int FindingsFound { get; set; }

    public int ExtraFindings { get; set; }

    public int PlacesGold { get; set; }

    public int PlacesFound { get; set; }

    public int PlaceCountryRight { get; set; }

    public int PlacesOut { get; set; }

    public int PlacesSpurious { get; set; }

    /// <summary>What was missed or wrong, one line each, worded as the Python scorer words them.</summary>
    public List<string> Lines { get; } = [];

    /// <summary>An empty sum.</summary>
    public static ArticleScore Empty() => new() { Articles = 0 };

    /// <summary>Adds another article's counts to these.</summary>
    public void Add(ArticleScore o)
    {
        ArgumentNullException.ThrowIfNull(o);
        Articles += o.Articles;
        EntitiesGold += o.EntitiesGold;
        EntitiesFound += o.EntitiesFound;
        PeopleOut += o.PeopleOut;
        PeopleRight += o.PeopleRight;
        QuotesGold += o.QuotesGold;
        QuotesFound += o.QuotesFound;
        QuotesOut += o.QuotesOut;
        QuotesSpurious += o.QuotesSpurious;
        SpeakerRight += o.SpeakerRight;
        TimesGold += o.TimesGold;
        TimesFound += o.TimesFound;
        TimesRecalled += o.TimesRecalled;
        TimeValueRight += o.TimeValueRight;
        QuantitiesGold += o.QuantitiesGold;
        QuantitiesFound += o.QuantitiesFound;
        EventsGold += o.EventsGold;
        EventsFound += o.EventsFound;
        EventArgsRight += o.EventArgsRight;
        FindingsRequired += o.FindingsRequired;
        FindingsFound += o.FindingsFound;
        ExtraFindings += o.ExtraFindings;
        PlacesGold += o.PlacesGold;
        PlacesFound += o.PlacesFound;
        PlaceCountryRight += o.PlaceCountryRight;
        PlacesOut += o.PlacesOut;
        PlacesSpurious += o.PlacesSpurious;
    }

    /// <summary>One line per measure with its counts, for the sums over a set of articles.</summary>
    public IEnumerable<string> MeasureLines()
    {
        yield return Line("entities", $"R={F(EntitiesFound, EntitiesGold)} ({EntitiesFound}/{EntitiesGold})  person-P={F(PeopleRight, PeopleOut)} ({PeopleRight}/{PeopleOut})");
        yield return Line("quotes", $"R={F(QuotesFound, QuotesGold)} ({QuotesFound}/{QuotesGold})  P={F(QuotesOut - QuotesSpurious, QuotesOut)} ({QuotesOut - QuotesSpurious}/{QuotesOut})  speaker={F(SpeakerRight, QuotesFound)} ({SpeakerRight}/{QuotesFound})");
        yield return Line("times", $"R={F(TimesRecalled, TimesGold)} ({TimesRecalled}/{TimesGold})  value={F(TimeValueRight, TimesFound)} ({TimeValueRight}/{TimesFound})");
        yield return Line("quantities", $"R={F(QuantitiesFound, QuantitiesGold)} ({QuantitiesFound}/{QuantitiesGold})");
        yield return Line("events", $"R={F(EventsFound, EventsGold)} ({EventsFound}/{EventsGold})  args={F(EventArgsRight, EventsGold)} ({EventArgsRight}/{EventsGold})");
        yield return Line("places", $"R={F(PlacesFound, PlacesGold)} ({PlacesFound}/{PlacesGold})  country={F(PlaceCountryRight, PlacesFound)} ({PlaceCountryRight}/{PlacesFound})  P={F(PlacesOut - PlacesSpurious, PlacesOut)} ({PlacesOut - PlacesSpurious}/{PlacesOut})");
        yield return Line("findings", $"R={F(FindingsFound, FindingsRequired)} ({FindingsFound}/{FindingsRequired})  extra={ExtraFindings}");
    }

    /// <summary>The last line: every ratio of the sums, in the order of <c>score_article.py</c>, then places.</summary>
    public string SummaryLine => string.Create(
        CultureInfo.InvariantCulture,
        $"articles: {Articles} entities R={F(EntitiesFound, EntitiesGold)} person-P={F(PeopleRight, PeopleOut)} quotes R={F(QuotesFound, QuotesGold)} P={F(QuotesOut - QuotesSpurious, QuotesOut)} speaker={F(SpeakerRight, QuotesFound)} " +
        $"times R={F(TimesRecalled, TimesGold)} value={F(TimeValueRight, TimesFound)} quantities R={F(QuantitiesFound, QuantitiesGold)} events R={F(EventsFound, EventsGold)} args={F(EventArgsRight, EventsGold)} " +
        $"places R={F(PlacesFound, PlacesGold)} country={F(PlaceCountryRight, PlacesFound)} P={F(PlacesOut - PlacesSpurious, PlacesOut)} findings R={F(FindingsFound, FindingsRequired)} extra-findings={ExtraFindings}");

    private static string Line(string name, string rest) => $"{name,-11}{rest}";

    private static string F(int a, int b) => ArticleScorer.R(a, b).ToString("F2", CultureInfo.InvariantCulture);
}
