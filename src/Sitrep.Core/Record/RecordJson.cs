using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Core.Record;

/// <summary>The source-generated serializer of <see cref="SitrepRecord"/>: snake_case names, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SitrepRecord))]
[JsonSerializable(typeof(List<SitrepRecord>))]
public sealed partial class RecordJsonContext : JsonSerializerContext
{
    private static readonly JsonSerializerOptions s_compact = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions s_indented = CreateOptions(indented: true);

    /// <summary>The context that writes indented JSON.</summary>
    public static RecordJsonContext Indented { get; } = new(s_indented);

    /// <summary>The context that writes one record per line.</summary>
    public static RecordJsonContext Compact { get; } = new(s_compact);

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
