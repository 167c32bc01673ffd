using System.Reflection;
using System.Security.Cryptography;

namespace Sitrep.Core.Record;

/// <summary>
/// What produced a record: the pipeline's components (names with versions), the models, the knowledge base (the data
/// embedded in Sitrep.Core) and the code version. Two records with equal fingerprints came from the same pipeline.
/// </summary>
public sealed record PipelineFingerprint(string Components, string Models, string KnowledgeBase, string Code)
{
    private static readonly Lazy<string> s_knowledgeBase = new(() => ResourceHash(typeof(PipelineFingerprint).Assembly, _ => true));

    /// <summary>The hash of the data embedded in Sitrep.Core (office-holders, countries, gazetteer, event lexicon).</summary>
    public static string KnowledgeBaseHash => s_knowledgeBase.Value;

    /// <summary>The version Sitrep.Core was built as (with the source revision when the build knew it).</summary>
    public static string CodeVersion { get; } =
        typeof(PipelineFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PipelineFingerprint).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The whole fingerprint as one string (what a store compares to decide whether a record is current).</summary>
    public string Key => string.Join('|', Components, Models, KnowledgeBase, Code);

    /// <summary>The fingerprint of a pipeline with the given component list and models hash.</summary>
    public static PipelineFingerprint Of(string components, string modelsHash) => new(components, modelsHash, KnowledgeBaseHash, CodeVersion);

    /// <summary>The first 16 hex digits of the SHA-256 over the named manifest resources of <paramref name="assembly"/>, in name order.</summary>
    public static string ResourceHash(Assembly assembly, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(include);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (string name in assembly.GetManifestResourceNames().Where(include).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            using var stream = assembly.GetManifestResourceStream(name)!;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }
}
