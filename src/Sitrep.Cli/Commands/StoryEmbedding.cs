using Sitrep.Store;
#if !SITREP_NO_EMBEDDINGS
using Sitrep.Embeddings;
#endif

namespace Sitrep.Cli.Commands;

/// <summary>
/// The stories a writing command keeps (<see cref="StoryOptions"/>: the MiniLM embedder and the link rule), or null in
/// the Native AOT build, which has no embedding model (ONNX Runtime and the package's ML.NET dependency are not
/// trim-safe): the sitrep script runs ingest, worker, watch and eval stories from the ReadyToRun build instead.
/// </summary>
internal static class StoryEmbedding
{
#if SITREP_NO_EMBEDDINGS
    public static StoryOptions? Options(TextWriter error, string prefix)
    {
        error.WriteLine($"{prefix}: this build has no embedding model, so new articles join no story (the sitrep script runs this command from the ReadyToRun build)");
        return null;
    }
#else
    private static readonly Lazy<MiniLmEmbedder> Embedder = new(() => new MiniLmEmbedder(Math.Min(2, Environment.ProcessorCount)));

    public static StoryOptions? Options(TextWriter error, string prefix) => new(Embedder.Value);
#endif
}
