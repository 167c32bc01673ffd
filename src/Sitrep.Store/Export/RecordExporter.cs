using System.Globalization;
using CsvHelper;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Record;

namespace Sitrep.Store.Export;

/// <summary>The export formats of <c>sitrep export</c>.</summary>
public enum ExportFormat
{
    /// <summary>One sitrep/1 record per line.</summary>
    Jsonl,

    /// <summary>One row per event, RFC 4180, with document id and evidence text.</summary>
    Csv,

    /// <summary>The 61 columns of the GDELT 2.0 event table, tab-separated, no header (as GDELT ships it).</summary>
    Gdelt,

    /// <summary>ACLED-style columns, CSV with a header.</summary>
    Acled,
}

/// <summary>Writes stored records in an export format. Every event row carries its document id and evidence text.</summary>
public static class RecordExporter
{
    /// <summary>GDELT 2.0 event-table columns, in order.</summary>
    public static readonly string[] GdeltColumns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>ACLED-style columns, in order.</summary>
    public static readonly string[] AcledColumns =
        ["event_date", "event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "fatalities", "source", "notes", "doc_id", "event_id"];

    /// <summary>The event CSV's columns, in order.</summary>
    public static readonly string[] CsvColumns =
        ["doc_id", "event_id", "date", "type", "cameo", "source", "source_identity", "target", "target_identity", "source_country", "target_country", "place", "country", "latitude", "longitude", "fatalities", "evidence_start", "evidence_end", "evidence", "document_source"];

    /// <summary>Writes <paramref name="records"/> to <paramref name="output"/>; returns the number of rows (records for jsonl).</summary>
    public static long Write(IEnumerable<SitrepRecord> records, ExportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        long rows = 0;
        if (format == ExportFormat.Jsonl)
        {
            foreach (var r in records)
            {
                output.WriteLine(RecordWriter.ToJson(r, indented: false));
                rows++;
            }

            return rows;
        }

        var config = new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = format == ExportFormat.Gdelt ? "\t" : ",",
            NewLine = format == ExportFormat.Gdelt ? "\n" : "\r\n",
        };
        using var csv = new CsvWriter(output, config, leaveOpen: true);
        if (format != ExportFormat.Gdelt)
        {
            Row(csv, format == ExportFormat.Acled ? AcledColumns : CsvColumns);
        }

        foreach (var e in records.SelectMany(EventRow.Of))
        {
            rows++;
            Row(csv, format switch
            {
                ExportFormat.Gdelt => Gdelt(e, rows),
                ExportFormat.Acled => Acled(e),
                _ => Csv(e),
            });
        }

        return rows;
    }

    private static void Row(CsvWriter csv, IEnumerable<string?> fields)
    {
        foreach (var f in fields)
        {
            csv.WriteField(f ?? "");
        }

        csv.NextRecord();
    }

    private static string? Num(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Num(long? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string?[] Csv(EventRow r)
    {
        var e = r.Event;
        return
        [
            r.DocumentId, e.Id, r.Date, e.Type, e.Cameo, r.SourceName, r.SourceIdentity, r.TargetName, r.TargetIdentity, e.SourceCountry, e.TargetCountry,
            r.PlaceName, r.Place?.Country, Num(r.Place?.Lat), Num(r.Place?.Lon), Num(r.Fatalities), Num((long)e.Evidence.Start), Num((long)e.Evidence.End),
            r.Evidence, r.DocumentSource,
        ];
    }

    private static string?[] Acled(EventRow r)
    {
        var e = r.Event;
        string? country = r.Place?.Country ?? e.TargetCountry ?? e.SourceCountry;
        string type = e.Type switch
        {
            "PROTEST" => "Protests",
            "ASSAULT" => "Political violence",
            _ => "Strategic developments",
        };
        return
        [
            r.Date, type, r.SourceName ?? e.SourceCountry, r.TargetName ?? e.TargetCountry, country is null ? null : Countries.Shared.Name(country) ?? country, null,
            r.PlaceName, Num(r.Place?.Lat), Num(r.Place?.Lon), Num(r.Fatalities ?? 0), r.DocumentSource, r.Evidence, r.DocumentId, e.Id,
        ];
    }

    private static string?[] Gdelt(EventRow r, long id)
    {
        var e = r.Event;
        string? day = r.Date is { Length: >= 10 } d ? d[..4] + d[5..7] + d[8..10] : null;
        string? root = e.Cameo is { Length: >= 2 } c ? c[..2] : CameoMap.Root(e.Type);
        string? code = e.Cameo ?? root;
        string? fraction = null;
        if (day is not null && DateOnly.TryParseExact(r.Date![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            fraction = (date.Year + ((date.DayOfYear - 1) / 365.0)).ToString("F4", CultureInfo.InvariantCulture);
        }

        string? geoType = r.Place is { Lat: not null } ? "4" : r.Place?.Country is not null ? "1" : null;
        var fields = new string?[61];
        fields[0] = Num(id);
        fields[1] = day;
        fields[2] = day?[..6];
        fields[3] = day?[..4];
        fields[4] = fraction;
        fields[5] = e.SourceCountry;
        fields[6] = r.SourceName?.ToUpperInvariant();
        fields[7] = e.SourceCountry;
        fields[15] = e.TargetCountry;
        fields[16] = r.TargetName?.ToUpperInvariant();
        fields[17] = e.TargetCountry;
        fields[25] = "1";
        fields[26] = code;
        fields[27] = code is { Length: >= 3 } ? code[..3] : code;
        fields[28] = root;
        fields[29] = CameoMap.QuadClass(root)?.ToString(CultureInfo.InvariantCulture);
        fields[31] = "1";
        fields[32] = "1";
        fields[33] = "1";
        fields[51] = geoType;
        fields[52] = r.PlaceName;
        fields[53] = r.Place?.Country;
        fields[56] = Num(r.Place?.Lat);
        fields[57] = Num(r.Place?.Lon);
        fields[58] = Num(r.Place?.GeonamesId);
        fields[59] = day is null ? null : day + "000000";
        fields[60] = r.DocumentSource + "#" + r.DocumentId;
        return fields;
    }
}
