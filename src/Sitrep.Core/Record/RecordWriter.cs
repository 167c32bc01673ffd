using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sitrep.Core.Annotations;

namespace Sitrep.Core.Record;

/// <summary>
/// Writes and reads the sitrep/1 JSON record (see output-contract.md) through the source-generated
/// <see cref="RecordJsonContext"/>: every top-level array is present even when empty, offsets are UTF-16 indexes
/// into document.text. <see cref="RecordMapper"/> builds the record from a document.
/// </summary>
public static class RecordWriter
{
    public const string Schema = "sitrep/1";

    /// <summary>The record as a JSON string, indented or on one line.</summary>
    public static string ToJson(SitrepRecord record, bool indented)
        => JsonSerializer.Serialize(record, (indented ? RecordJsonContext.Indented : RecordJsonContext.Compact).SitrepRecord);

    /// <summary>Writes the record to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(SitrepRecord record, Stream stream, bool indented)
        => JsonSerializer.Serialize(stream, record, (indented ? RecordJsonContext.Indented : RecordJsonContext.Compact).SitrepRecord);

    /// <summary>Reads a record written by <see cref="ToJson"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static SitrepRecord Read(string json)
        => JsonSerializer.Deserialize(json, RecordJsonContext.Compact.SitrepRecord) ?? throw new JsonException("the JSON is null, not a sitrep record");

    /// <summary>The document id: the first 16 hex digits of the SHA-256 of the normalized text.</summary>
    public static string DocumentId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>The contract's name of an entity type (PERSON, ORG, GPE, …).</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        EntityType.Event => "EVENT",
        EntityType.Product => "PRODUCT",
        EntityType.Law => "LAW",
        EntityType.WorkOfArt => "WORK_OF_ART",
        _ => "MISC",
    };
}
