using Sitrep.Core.Tagging;

namespace Sitrep.Models;

/// <summary>The models shipped inside this assembly: one <see cref="ModelSet"/> per process, each model decompressed on first use.</summary>
public static class EmbeddedModels
{
    public const string LexiconResource = "lexicon.bin.br";
    public const string PosResource = "pos.model.br";
    public const string NerResource = "ner.model.br";
    public const string ParseMovesResource = "parse-moves.model.br";
    public const string ParseLabelsResource = "parse-labels.model.br";
    public const string EventsResource = "events.model.br";

    private static readonly Lazy<ModelSet> Shared = new(() => new ModelSet(
        () => Open(LexiconResource),
        () => Open(PosResource),
        () => Open(NerResource),
        () => Open(ParseMovesResource),
        () => Open(ParseLabelsResource))
    {
        EventModelStream = () => Open(EventsResource),
        ImageDirectory = ImageDirectory,
    });

    /// <summary>
    /// Where the published command line keeps the models' images ("models" beside the executable, written by
    /// <c>sitrep models images</c> when it is published; see <see cref="ModelImage"/>): a process maps them instead of
    /// decompressing the resources. Without them (a plain build, the tests) the resources are read.
    /// </summary>
    public static string ImageDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The process-wide model set (nothing is read until a model is first used).</summary>
    public static ModelSet Load() => Shared.Value;

    private static readonly Lazy<string> s_fingerprint = new(() => Sitrep.Core.Record.PipelineFingerprint.ResourceHash(typeof(EmbeddedModels).Assembly, _ => true));

    /// <summary>The hash of the embedded model resources (first 16 hex digits of their SHA-256), for the record's pipeline fingerprint.</summary>
    public static string Fingerprint => s_fingerprint.Value;

    /// <summary>Opens one embedded model file.</summary>
    public static Stream Open(string name)
        => typeof(EmbeddedModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The model resource '{name}' is missing from Sitrep.Models; rebuild it (tools/Sitrep.Train).");
}
