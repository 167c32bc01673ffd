using System.Globalization;
using System.Text;
using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>
/// Events as rows of the GDELT 2.0 Events table: the 61 columns of <see cref="Columns"/> in GDELT's order,
/// tab-separated, no header, one line per event that has a CAMEO code (see README.md for each column's source and
/// the columns left empty). Tabs and line breaks inside a value become spaces, as the format has no quoting.
/// </summary>
public sealed class GdeltExporter(TextWriter output, ExportTables tables) : RecordExporter(output)
{
    /// <summary>The GDELT 2.0 Events table's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. Actor("Actor1"), .. Actor("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. Geo("Actor1Geo"), .. Geo("Actor2Geo"), .. Geo("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    private readonly string[] _row = new string[Columns.Count];
    private readonly StringBuilder _line = new();

    public override void Write(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var view = new RecordView(record);
        for (int i = 0; i < record.Events.Count; i++)
        {
            if (Row(view, record.Events[i], i))
            {
                WriteLine();
                Rows++;
            }
            else
            {
                Skipped++;
            }
        }
    }

    /// <summary>The columns of one event (null for an event without a CAMEO code), by column name.</summary>
    internal IReadOnlyDictionary<string, string>? Fields(SitrepRecord record, int eventIndex)
    {
        var view = new RecordView(record);
        return Row(view, record.Events[eventIndex], eventIndex) ? Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => _row[x.i], StringComparer.Ordinal) : null;
    }

    private bool Row(RecordView view, RecordEvent e, int index)
    {
        var code = e.Cameo is { } given && tables.CameoCodes.TryGetValue(given, out var c) ? c : tables.Cameo(e.Type, e.Mode);
        if (code is null)
        {
            return false;
        }

        Array.Fill(_row, "");
        var doc = view.Record.Document;
        _row[0] = EventId(doc.Id, e.Id, index).ToString(CultureInfo.InvariantCulture);
        if (view.EventDate(e) is { } day)
        {
            _row[1] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            _row[2] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
            _row[3] = day.ToString("yyyy", CultureInfo.InvariantCulture);
            _row[4] = FractionDate(day);
        }

        Actor(5, view, e.Source, e.SourceCountry);
        Actor(15, view, e.Target, e.TargetCountry);
        _row[25] = view.InLead(e.Evidence.Start) ? "1" : "0";
        _row[26] = code.Code;
        _row[27] = code.Base;
        _row[28] = code.Root;
        _row[29] = code.QuadClass.ToString(CultureInfo.InvariantCulture);
        _row[30] = code.Goldstein.ToString("0.0##", CultureInfo.InvariantCulture);
        _row[31] = "1"; // NumMentions: the event is one happening in one article (merged to one mention)
        _row[32] = "1"; // NumSources
        _row[33] = "1"; // NumArticles
        // 34 AvgTone: no tone is measured
        ActorGeo(35, view, e.Source, e.SourceCountry);
        ActorGeo(43, view, e.Target, e.TargetCountry);
        if (view.Place(e.Where) is { } where)
        {
            PlaceGeo(51, where);
        }

        if ((view.Published ?? view.EventDate(e)) is { } added)
        {
            _row[59] = added.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        }

        _row[60] = doc.Source;
        return true;
    }

    /// <summary>A stable integer id: the first 12 hex digits of the document id (48 bits) × 1000 + the event's number
    /// (its id "v12" without the v, else its position + 1), so the same event exports the same id even from a filtered
    /// record.</summary>
    internal static long EventId(string docId, string eventId, int index)
    {
        long prefix = docId.Length >= 12 && long.TryParse(docId.AsSpan(0, 12), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var p) ? p : 0;
        int n = eventId.Length > 1 && eventId[0] == 'v' && int.TryParse(eventId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int k) ? k : index + 1;
        return (prefix * 1000) + (n % 1000);
    }

    /// <summary>GDELT's FractionDate: year + ((month − 1) × 30 + day) / 365, to four decimals.</summary>
    internal static string FractionDate(DateOnly d)
        => Math.Round(d.Year + ((((d.Month - 1) * 30) + d.Day) / 365.0), 4).ToString("0.####", CultureInfo.InvariantCulture);

    // Code (country + known group), Name, CountryCode, KnownGroupCode; EthnicCode, Religion1Code, Religion2Code and
    // Type1Code..Type3Code stay empty (see README.md).
    private void Actor(int at, RecordView view, string? entityId, string? iso3)
    {
        var entity = view.Entity(entityId);
        var country = iso3 is not null ? tables.Countries.GetValueOrDefault(iso3) : null;
        string? cameo = country?.Cameo;
        string? group = entity is { Type: not ("PERSON" or "GPE" or "LOC") } ? tables.Group(entity.Name) : null;
        _row[at] = cameo + group;
        _row[at + 1] = Clean(entity?.Name ?? country?.Name ?? "").ToUpperInvariant();
        _row[at + 2] = cameo ?? "";
        _row[at + 3] = group ?? "";
    }

    // Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID: the actor's own place when it is one,
    // else its country.
    private void ActorGeo(int at, RecordView view, string? entityId, string? iso3)
    {
        if (view.Place(entityId) is { } place)
        {
            PlaceGeo(at, place);
        }
        else if (iso3 is not null && tables.Countries.GetValueOrDefault(iso3) is { } country)
        {
            CountryGeo(at, country, null, null);
        }
    }

    private void PlaceGeo(int at, RecordPlace place)
    {
        var country = place.Country is { } iso3 ? tables.Countries.GetValueOrDefault(iso3) : null;
        if (place.GeonamesId is { } id && tables.CountryByGeonamesId.TryGetValue(id, out var whole))
        {
            CountryGeo(at, whole, place.Lat, place.Lon);
            return;
        }

        _row[at] = country?.Iso3 == "USA" ? "3" : "4";
        _row[at + 1] = Clean(country is null ? place.Name : $"{place.Name}, {country.Name}");
        _row[at + 2] = country?.Fips ?? "";
        _row[at + 5] = Number(place.Lat);
        _row[at + 6] = Number(place.Lon);
        _row[at + 7] = place.GeonamesId?.ToString(CultureInfo.InvariantCulture) ?? "";
    }

    private void CountryGeo(int at, CountryCodes country, double? lat, double? lon)
    {
        _row[at] = "1";
        _row[at + 1] = Clean(country.Name);
        _row[at + 2] = country.Fips ?? "";
        _row[at + 3] = country.Fips ?? "";
        _row[at + 5] = Number(lat);
        _row[at + 6] = Number(lon);
        _row[at + 7] = country.Fips ?? "";
    }

    private void WriteLine()
    {
        _line.Clear();
        for (int i = 0; i < _row.Length; i++)
        {
            if (i > 0)
            {
                _line.Append('\t');
            }

            _line.Append(Clean(_row[i]));
        }

        Output.Write(_line.Append('\n'));
    }

    private static string Number(double? x) => x?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A value with its tabs and line breaks turned into spaces (the format has no quoting).</summary>
    internal static string Clean(string value)
        => value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? value : string.Create(value.Length, value, static (span, v) =>
        {
            for (int i = 0; i < v.Length; i++)
            {
                span[i] = v[i] is '\t' or '\n' or '\r' ? ' ' : v[i];
            }
        });

    private static string[] Actor(string p) =>
        [$"{p}Code", $"{p}Name", $"{p}CountryCode", $"{p}KnownGroupCode", $"{p}EthnicCode", $"{p}Religion1Code", $"{p}Religion2Code", $"{p}Type1Code", $"{p}Type2Code", $"{p}Type3Code"];

    private static string[] Geo(string p) =>
        [$"{p}_Type", $"{p}_FullName", $"{p}_CountryCode", $"{p}_ADM1Code", $"{p}_ADM2Code", $"{p}_Lat", $"{p}_Long", $"{p}_FeatureID"];
}
