using System.Globalization;
using Sitrep.Core.Events;
using Sitrep.Core.Record;
using Sitrep.Store;

namespace Sitrep.Application;

/// <summary>What a reviewer asks: mark an item of a stored document wrong, or correct one field of it (the API's request body).</summary>
public sealed record CorrectionRequest
{
    public string DocumentId { get; init; } = "";

    /// <summary>entity, quote, time, quantity, event, place or finding.</summary>
    public string Item { get; init; } = "";

    /// <summary>The item's id (entities, quotes, events), its entity id (places) or its index (times, quantities, findings).</summary>
    public string ItemId { get; init; } = "";

    /// <summary>wrong or correct.</summary>
    public string Action { get; init; } = "";

    /// <summary>speaker (quote), type or place (event), place (place); only with correct.</summary>
    public string? Field { get; init; }

    public string? Value { get; init; }

    public string? Note { get; init; }
}

/// <summary>A correction that cannot be taken, with a one-line reason; <see cref="NotFound"/> when the document is not stored.</summary>
public sealed class ReviewException : Exception
{
    public ReviewException()
        : this("the correction cannot be taken")
    {
    }

    public ReviewException(string message)
        : base(message)
    {
    }

    public ReviewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool NotFound { get; init; }
}

/// <summary>
/// Review: a person's corrections of the machine's reading, checked against the stored record (the item must exist,
/// the field must be one the item has, an event category must be PLOVER) and stored beside it, never over it.
/// </summary>
public static class Review
{
    public const int MaxValueLength = 200;
    public const int MaxNoteLength = 1000;

    /// <summary>The item kinds a correction can name.</summary>
    public static IReadOnlyList<string> Items { get; } = ["entity", "quote", "time", "quantity", "event", "place", "finding"];

    /// <summary>Checks <paramref name="request"/> against the stored record and stores it; returns the stored correction.</summary>
    /// <exception cref="ReviewException">The document is not stored, or the request names no item or field of it.</exception>
    public static RecordCorrection Add(IRecordStore store, CorrectionRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var record = store.Record(request.DocumentId ?? "") ?? throw new ReviewException($"no document '{request.DocumentId}' in the store") { NotFound = true };
        var correction = Check(record, request, now);
        return store.AddCorrection(record.Document.Id, correction);
    }

    /// <summary>The correction <paramref name="request"/> asks for on <paramref name="record"/>, with the machine's value filled in.</summary>
    /// <exception cref="ReviewException">The request names no item or field of the record, or its value is unusable.</exception>
    public static RecordCorrection Check(SitrepRecord record, CorrectionRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(request);
        string item = request.Item ?? "";
        string id = request.ItemId ?? "";
        string action = request.Action ?? "";
        if (action is not ("wrong" or "correct"))
        {
            throw new ReviewException($"action must be 'wrong' or 'correct', not '{Short(action)}'");
        }

        string? note = Clean(request.Note, MaxNoteLength, "note");
        string machineText = ItemText(record, item, id);
        if (action == "wrong")
        {
            if (request.Field is not null || request.Value is not null)
            {
                throw new ReviewException("'wrong' marks the whole item: give no field or value");
            }

            return new RecordCorrection { Item = item, ItemId = id, Action = action, Machine = machineText, Note = note, Created = Stamp(now) };
        }

        string field = request.Field ?? "";
        string value = Clean(request.Value, MaxValueLength, "value") ?? throw new ReviewException("'correct' needs a value");
        string? machine = (item, field) switch
        {
            ("quote", "speaker") => record.Quotes.First(q => q.Id == id).SpeakerName,
            ("event", "type") => record.Events.First(e => e.Id == id).Type,
            ("event", "place") => PlaceName(record, record.Events.First(e => e.Id == id).Where),
            ("place", "place") => record.Places.First(p => p.Entity == id).Name,
            _ => throw new ReviewException($"a {item} has no field '{Short(field)}' to correct (quote: speaker; event: type, place; place: place)"),
        };
        if (field == "type")
        {
            value = Plover.Parse(value.ToUpperInvariant()) ?? throw new ReviewException($"'{Short(value)}' is not a PLOVER category ({string.Join(", ", Plover.Categories)})");
        }

        return new RecordCorrection { Item = item, ItemId = id, Action = action, Field = field, Machine = machine, Value = value, Note = note, Created = Stamp(now) };
    }

    /// <summary>The text of the item a correction names (its evidence or name), or why there is no such item.</summary>
    private static string ItemText(SitrepRecord record, string item, string id)
    {
        string text = record.Document.Text;
        string Span(int start, int end) => start >= 0 && end <= text.Length && start <= end ? text[start..end] : "";
        int index = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int k) ? k : -1;
        string? found = item switch
        {
            "entity" => record.Entities.FirstOrDefault(e => e.Id == id)?.Name,
            "quote" => record.Quotes.FirstOrDefault(q => q.Id == id)?.Text,
            "event" => record.Events.FirstOrDefault(e => e.Id == id) is { } e ? Span(e.Evidence.Start, e.Evidence.End) : null,
            "place" => record.Places.FirstOrDefault(p => p.Entity == id)?.Name,
            "time" => index >= 0 && index < record.Times.Count ? record.Times[index].Text : null,
            "quantity" => index >= 0 && index < record.Quantities.Count ? record.Quantities[index].Text : null,
            "finding" => index >= 0 && index < record.Findings.Count ? record.Findings[index].Message : null,
            _ => throw new ReviewException($"item must be one of {string.Join(", ", Items)}, not '{Short(item)}'"),
        };
        return found ?? throw new ReviewException($"document {record.Document.Id} has no {item} '{Short(id)}'");
    }

    private static string? PlaceName(SitrepRecord record, string? entity)
        => entity is null ? null : record.Places.FirstOrDefault(p => p.Entity == entity)?.Name ?? record.Entities.FirstOrDefault(e => e.Id == entity)?.Name;

    private static string? Clean(string? value, int max, string what)
    {
        if (value is null)
        {
            return null;
        }

        value = value.Trim();
        if (value.Length > max)
        {
            throw new ReviewException($"the {what} is too long ({value.Length} characters; at most {max})");
        }

        if (value.Any(c => char.IsControl(c) && c != '\n'))
        {
            throw new ReviewException($"the {what} holds control characters");
        }

        return value.Length == 0 ? null : value;
    }

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private static string Stamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
