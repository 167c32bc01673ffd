using System.Globalization;
using System.Text;
using Sitrep.Core.Events;
using Sitrep.Core.Record;
using Sitrep.Export;

namespace Sitrep.Store.Incidents;

/// <summary>
/// A figure one source gives for a happening: a casualty count (<see cref="Kind"/> = its counted group: killed,
/// wounded, …) or money (<see cref="Kind"/> = "money", <see cref="Unit"/> the currency), with its qualifier and span.
/// Figures are kept per source, never summed.
/// </summary>
public sealed record IncidentFigure(string Kind, double Value, string? Unit, string Qualifier, int Start, int End)
{
    /// <summary>Whether two figures of one kind can both be true: equal, or one bounds the other ("at least 12" and 14), or both "about" and within 15%.</summary>
    public bool Agrees(IncidentFigure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Value == other.Value)
        {
            return true;
        }

        return Admits(this, other.Value) || Admits(other, Value);

        static bool Admits(IncidentFigure f, double v) => f.Qualifier switch
        {
            "at_least" or "over" => v >= f.Value,
            "at_most" or "under" => v <= f.Value,
            "about" => Math.Abs(v - f.Value) <= 0.15 * Math.Max(Math.Abs(v), Math.Abs(f.Value)),
            _ => false,
        };
    }

    /// <summary>"14 killed", "about 30 wounded", "USD 2500000".</summary>
    public string Describe()
    {
        string q = Qualifier switch { "at_least" => "at least ", "over" => "over ", "at_most" => "at most ", "under" => "under ", "about" => "about ", _ => "" };
        string v = Value.ToString("0.##", CultureInfo.InvariantCulture);
        return Kind == "money" ? $"{q}{Unit} {v}" : $"{q}{v} {Kind}";
    }
}

/// <summary>
/// One report of a happening: an event of one (original) document, with what the incident matching compares — its
/// category, its actors' identities and countries, its place, the days it may have happened on (from its resolved
/// time and that time's precision, else the days before publication) — and what the cross-source checks compare:
/// its figures, its own stated day and the document's publication day. Days are <see cref="DateOnly.DayNumber"/>s.
/// </summary>
public sealed record IncidentReport
{
    /// <summary>Casualty groups compared between sources (the quantity layer's <c>counts</c>).</summary>
    public static readonly IReadOnlySet<string> CasualtyKinds = new HashSet<string>(StringComparer.Ordinal) { "killed", "wounded", "kidnapped", "missing", "arrested", "displaced", "evacuated" };

    /// <summary>How many days before publication an event reported without its own time may have happened.</summary>
    public const int UndatedLag = 3;

    public required string DocumentId { get; init; }

    public required string EventId { get; init; }

    public required string Type { get; init; }

    public string? SourceIdentity { get; init; }

    public string? SourceName { get; init; }

    public string? TargetIdentity { get; init; }

    public string? TargetName { get; init; }

    public string? SourceCountry { get; init; }

    public string? TargetCountry { get; init; }

    /// <summary>The place's gazetteer id ("g:123"), else its normalised name ("n:harbourtown"); null when the event has no place.</summary>
    public string? PlaceKey { get; init; }

    public string? PlaceName { get; init; }

    public string? PlaceCountry { get; init; }

    /// <summary>First and last day the happening may fall on; null when nothing dates it.</summary>
    public int? DayFrom { get; init; }

    public int? DayTo { get; init; }

    /// <summary>The day the report itself states (a resolved time of day precision), and that time's span; null when none.</summary>
    public int? StatedDay { get; init; }

    public int TimeStart { get; init; }

    public int TimeEnd { get; init; }

    /// <summary>
    /// Whether the stated day is read from the document's dateline ("WELLINGTON, April 6 -"): the day the source wrote,
    /// which dates the report but says nothing of a day the happening took, so it is not compared as a date between sources.
    /// </summary>
    public bool DayFromDateline { get; init; }

    /// <summary>The document's publication day (given or inferred), the date its figures are "as of".</summary>
    public int? Published { get; init; }

    public IReadOnlyList<IncidentFigure> Figures { get; init; } = [];

    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>The report's key: document id and event id; an incident's id is the lowest key of its reports.</summary>
    public string Key => DocumentId + "/" + EventId;

    /// <summary>The reports of <paramref name="record"/>'s events, in record order.</summary>
    public static IEnumerable<IncidentReport> Of(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var view = new RecordView(record);
        int? published = view.Published?.DayNumber;
        var dateline = Dateline(record.Document);
        foreach (var row in EventRow.Of(record))
        {
            var e = row.Event;
            var (from, to, stated) = Days(e.When, published);
            int timeStart = 0, timeEnd = 0;
            bool fromDateline = false;
            if (stated is { } s)
            {
                // The time expression that states the day, nearest the event's evidence.
                var t = record.Times.Where(t => RecordView.Date(t.Value)?.DayNumber == s)
                    .OrderBy(t => Math.Abs(t.Start - e.Evidence.Start)).FirstOrDefault();
                (timeStart, timeEnd) = t is null ? (e.Evidence.Start, e.Evidence.End) : (t.Start, t.End);
                fromDateline = t is not null && dateline is { } d && t.Start >= d.Start && t.End <= d.End;
            }

            var figures = new List<IncidentFigure>();
            foreach (int i in e.Quantities)
            {
                if (i < 0 || i >= record.Quantities.Count)
                {
                    continue;
                }

                var q = record.Quantities[i];
                if (q.Kind == "count" && q.Counts is { } c && CasualtyKinds.Contains(c))
                {
                    figures.Add(new IncidentFigure(c, q.Value, null, q.Qualifier, q.Start, q.End));
                }
                else if (q.Kind == "money")
                {
                    figures.Add(new IncidentFigure("money", q.Value, q.Unit, q.Qualifier, q.Start, q.End));
                }
            }

            // A material act with no place of its own happened where it was done to ("an attack on a checkpoint in China":
            // the target China): the target's place stands in.
            var place = row.Place;
            string? placeName = row.PlaceName;
            if (place is null && placeName is null && Plover.IsHostile(e.Type) && view.Place(e.Target) is { } targetPlace)
            {
                (place, placeName) = (targetPlace, targetPlace.Name);
            }

            string? placeKey = place is { GeonamesId: { } g } ? "g:" + g.ToString(CultureInfo.InvariantCulture)
                : placeName is { Length: > 0 } n ? "n:" + EntityIdentity.Normalize(n) : null;
            yield return new IncidentReport
            {
                DocumentId = record.Document.Id,
                EventId = e.Id,
                Type = e.Type,
                SourceIdentity = row.SourceIdentity,
                SourceName = row.SourceName,
                TargetIdentity = row.TargetIdentity,
                TargetName = row.TargetName,
                SourceCountry = e.SourceCountry,
                TargetCountry = e.TargetCountry,
                PlaceKey = placeKey,
                PlaceName = placeName,
                PlaceCountry = place?.Country,
                DayFrom = from,
                DayTo = to,
                StatedDay = stated,
                TimeStart = timeStart,
                TimeEnd = timeEnd,
                DayFromDateline = fromDateline,
                Published = published,
                Figures = figures,
                Start = e.Evidence.Start,
                End = e.Evidence.End,
            };
        }
    }

    /// <summary>The span of the document's dateline in its text (the structure layer gives its words; it opens the article), if any.</summary>
    private static (int Start, int End)? Dateline(RecordDocument document)
    {
        if (document.Dateline is not { Length: > 0 } words)
        {
            return null;
        }

        int at = document.Text.IndexOf(words, StringComparison.Ordinal);
        return at < 0 ? null : (at, at + words.Length);
    }

    /// <summary>
    /// The days a happening may fall on from its resolved TIMEX value: a day (YYYY-MM-DD…) ± 1 (time zones, "overnight"),
    /// a month or an ISO week its whole span; the publication's year or no time: the <see cref="UndatedLag"/> days up to
    /// publication (a report without a time tells of something just past); another year than the publication's
    /// ("in late 1985" in a 1987 story): nothing, the report is background, not the news of its day; nothing when
    /// neither is known.
    /// </summary>
    public static (int? From, int? To, int? Stated) Days(string? when, int? published)
    {
        if (RecordView.Date(when) is { } day)
        {
            return (day.DayNumber - 1, day.DayNumber + 1, day.DayNumber);
        }

        if (when is { Length: 4 } && int.TryParse(when, NumberStyles.None, CultureInfo.InvariantCulture, out int onlyYear)
            && published is { } pub && DateOnly.FromDayNumber(pub).Year != onlyYear)
        {
            return (null, null, null);
        }

        if (when is { Length: 7 } && DateOnly.TryParseExact(when + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month.DayNumber, month.AddMonths(1).DayNumber - 1, null);
        }

        if (when is { Length: 8 } && when[4] == '-' && when[5] == 'W'
            && int.TryParse(when.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && int.TryParse(when.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return (monday.DayNumber, monday.DayNumber + 6, null);
        }

        return published is { } p ? (p - UndatedLag, p, null) : (null, null, null);
    }

    /// <summary>The figures as one column: kind, value, unit, qualifier, start, end; figures separated by ';'.</summary>
    public static string? FormatFigures(IReadOnlyList<IncidentFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var f in figures)
        {
            if (sb.Length > 0)
            {
                sb.Append(';');
            }

            sb.Append(CultureInfo.InvariantCulture, $"{f.Kind},{f.Value.ToString("R", CultureInfo.InvariantCulture)},{f.Unit},{f.Qualifier},{f.Start},{f.End}");
        }

        return sb.ToString();
    }

    /// <summary>The figures of <see cref="FormatFigures"/> read back.</summary>
    public static IReadOnlyList<IncidentFigure> ParseFigures(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var list = new List<IncidentFigure>();
        foreach (string part in text.Split(';'))
        {
            string[] f = part.Split(',');
            if (f.Length == 6)
            {
                list.Add(new IncidentFigure(f[0], double.Parse(f[1], CultureInfo.InvariantCulture), f[2].Length == 0 ? null : f[2], f[3],
                    int.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture)));
            }
        }

        return list;
    }
}
