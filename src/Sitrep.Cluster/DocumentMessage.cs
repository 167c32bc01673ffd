using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core.Documents;

namespace Sitrep.Cluster;

/// <summary>
/// A queued document: the article itself (its normalised text and what ingest read about it), not a path, so that a
/// worker on any machine analyses exactly what a one-process ingest would. JSON, UTF-8; the message id is the
/// document's content id, so JetStream drops a document published twice within its duplicate window.
/// </summary>
internal sealed record DocumentMessage(
    string Source,
    string Text,
    string? Title,
    string? Author,
    string? GivenPublished,
    string? StatedPublished,
    bool FromHtml,
    int[][] Headings)
{
    public static DocumentMessage Of(ArticleInput input) => new(
        input.Source,
        input.Text,
        input.Title,
        input.Author,
        Day(input.GivenPublished),
        Day(input.StatedPublished),
        input.FromHtml,
        [.. input.HeadingHints.Select(h => new[] { h.Start, h.End })]);

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, DocumentMessageJson.Default.DocumentMessage);

    /// <summary>The article of a message; throws <see cref="FormatException"/> with one line when it is not a document message.</summary>
    public static ArticleInput Read(ReadOnlySpan<byte> data)
    {
        DocumentMessage? m;
        try
        {
            m = JsonSerializer.Deserialize(data, DocumentMessageJson.Default.DocumentMessage);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not a Sitrep document message ({ex.Message})", ex);
        }

        if (m is null || m.Text is null || m.Source is null)
        {
            throw new FormatException("not a Sitrep document message (no source or text)");
        }

        if (m.Text.Length == 0)
        {
            throw new FormatException($"{m.Source}: the document is empty");
        }

        return new ArticleInput(m.Text, m.Source)
        {
            Title = m.Title,
            Author = m.Author,
            GivenPublished = ParseDay(m.GivenPublished),
            StatedPublished = ParseDay(m.StatedPublished),
            FromHtml = m.FromHtml,
            HeadingHints = [.. (m.Headings ?? []).Where(h => h is { Length: 2 }).Select(h => new CharRange(h[0], h[1]))],
        };
    }

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDay(string? s)
        => s is null ? null
            : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new FormatException($"not a Sitrep document message (date '{s}' is not YYYY-MM-DD)");
}

[JsonSerializable(typeof(DocumentMessage))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class DocumentMessageJson : JsonSerializerContext;
