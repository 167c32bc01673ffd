using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>
/// A record as its reviewers left it, for exports made with corrections (<c>sitrep export --with-corrections</c>):
/// quotes, events, places and findings marked wrong are left out; corrected quote speakers, event categories, event
/// places and places are put in; the corrections themselves, each with the machine's value, travel in
/// <see cref="SitrepRecord.Corrections"/>. Entities, times and quantities marked wrong stay (other items point at them
/// by id or index); their corrections say so. The stored machine reading is never changed: this is a view.
/// </summary>
public static class ReviewedRecord
{
    /// <summary>The reviewed record; <paramref name="corrections"/> oldest first (a later one on the same item and field wins).</summary>
    public static SitrepRecord Apply(SitrepRecord record, IReadOnlyList<RecordCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(corrections);
        if (corrections.Count == 0)
        {
            return record with { Corrections = [] };
        }

        var wrong = corrections.Where(c => c.Action == "wrong").Select(c => (c.Item, c.ItemId)).ToHashSet();
        var fix = new Dictionary<(string Item, string Id, string Field), string>();
        foreach (var c in corrections.Where(c => c.Action == "correct" && c.Field is not null && c.Value is not null))
        {
            fix[(c.Item, c.ItemId, c.Field!)] = c.Value!;
        }

        string? EntityNamed(string name) => record.Entities.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))?.Id;

        var quotes = record.Quotes.Where(q => !wrong.Contains(("quote", q.Id))).Select(q =>
            fix.TryGetValue(("quote", q.Id, "speaker"), out var who) ? q with { SpeakerName = who, Speaker = EntityNamed(who) } : q);
        var events = record.Events.Where(e => !wrong.Contains(("event", e.Id))).Select(e =>
        {
            if (fix.TryGetValue(("event", e.Id, "type"), out var type) && type != e.Type)
            {
                e = e with { Type = type, Cameo = null };
            }

            return fix.TryGetValue(("event", e.Id, "place"), out var place) && EntityNamed(place) is { } where ? e with { Where = where } : e;
        });
        var places = record.Places.Where(p => !wrong.Contains(("place", p.Entity))).Select(p =>
            fix.TryGetValue(("place", p.Entity, "place"), out var name) && name != p.Name ? p with { Name = name, Country = null, Lat = null, Lon = null, GeonamesId = null } : p);
        var findings = record.Findings.Where((_, i) => !wrong.Contains(("finding", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return record with
        {
            Quotes = [.. quotes], Events = [.. events], Places = [.. places], Findings = [.. findings], Corrections = corrections,
        };
    }
}
