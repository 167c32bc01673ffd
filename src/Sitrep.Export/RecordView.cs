using System.Globalization;
using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>
/// Lookups over one record that the row writers share: entities and places by id, the text of a span, an event's
/// date, place and killed count. Built once per record.
/// </summary>
public sealed class RecordView
{
    private readonly Dictionary<string, RecordEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordPlace> _places = new(StringComparer.Ordinal);

    public RecordView(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Record = record;
        foreach (var e in record.Entities)
        {
            _entities.TryAdd(e.Id, e);
        }

        foreach (var p in record.Places)
        {
            _places.TryAdd(p.Entity, p);
        }

        Published = Date(record.Document.Published) ?? Date(record.Document.PublishedInferred?.Value);
    }

    public SitrepRecord Record { get; }

    /// <summary>The publication date as given or stated, else as inferred; null when unknown.</summary>
    public DateOnly? Published { get; }

    public RecordEntity? Entity(string? id) => id is not null && _entities.TryGetValue(id, out var e) ? e : null;

    /// <summary>The place of an entity id (the event's <c>where</c>, an actor), or null.</summary>
    public RecordPlace? Place(string? entityId) => entityId is not null && _places.TryGetValue(entityId, out var p) ? p : null;

    /// <summary>The document text of a span (clamped to the text).</summary>
    public string Text(int start, int end)
    {
        string text = Record.Document.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    public string Text(RecordSpan span) => Text(span.Start, span.End);

    /// <summary>The day an event happened: its resolved time when that names a day (YYYY-MM-DD…), else the publication
    /// date; null when neither is known.</summary>
    public DateOnly? EventDate(RecordEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Date(e.When) ?? Published;
    }

    /// <summary>
    /// The people an event killed: the largest single 'killed' count among its quantities, never a sum (an article's
    /// later toll usually revises an earlier one); null when the event links no 'killed' count.
    /// </summary>
    public int? Killed(RecordEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        double? best = null;
        foreach (int i in e.Quantities)
        {
            if (i >= 0 && i < Record.Quantities.Count && Record.Quantities[i] is { Counts: "killed" } q && (best is null || q.Value > best))
            {
                best = q.Value;
            }
        }

        return best is { } b ? (int)Math.Round(b) : null;
    }

    /// <summary>
    /// Whether a span starts in the article's lead: the first line of text that is not the title, the subtitle, the
    /// dateline or a section heading.
    /// </summary>
    public bool InLead(int start)
    {
        var doc = Record.Document;
        string text = doc.Text;
        int pos = 0;
        while (pos < text.Length)
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(pos, end - pos).Trim();
            if (!line.IsEmpty && !Is(line, doc.Title) && !Is(line, doc.Subtitle) && !Is(line, doc.Dateline) && !doc.Sections.Any(s => s.HeadingSpan.Start >= pos && s.HeadingSpan.Start < end))
            {
                return start >= pos && start <= end;
            }

            pos = end + 1;
        }

        return false;
    }

    private static bool Is(ReadOnlySpan<char> line, string? value) => value is not null && line.SequenceEqual(value.AsSpan().Trim());

    /// <summary>The date at the start of a TIMEX3 value or ISO date ("2025-03-02", "2025-03-02T14:00"), or null.</summary>
    public static DateOnly? Date(string? value)
        => value is { Length: >= 10 } && (value.Length == 10 || value[10] == 'T')
           && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
