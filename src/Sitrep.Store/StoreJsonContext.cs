using System.Text.Json.Serialization;
using Sitrep.Core.Record;

namespace Sitrep.Store;

/// <summary>Source-generated JSON for the store's own columns (finding evidence spans).</summary>
[JsonSerializable(typeof(IReadOnlyList<RecordSpan>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
