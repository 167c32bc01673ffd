using Sitrep.Core.Tagging;
using Sitrep.Models;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 14, start-up: <c>sitrep models images DIR</c> writes one image per embedded model, each mapped back as that model.</summary>
public sealed class ModelsCommandTests
{
    [Fact]
    public void Images_are_written_for_every_model_and_map_back_to_the_embedded_models()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("models", "images", dir.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        string[] files = [.. Directory.GetFiles(dir.Path).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
        Assert.Equal(new[] { "lexicon.img", "ner.img", "parse-labels.img", "parse-moves.img", "pos.img" }, files);
        Assert.Equal(5, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // The POS image maps as the embedded POS model: same labels, same rows.
        byte[] hash;
        using (var stream = EmbeddedModels.Open(EmbeddedModels.PosResource))
        {
            hash = ModelImage.SourceHash(stream);
        }

        var mapped = ModelImage.TryMap(Path.Combine(dir.Path, "pos.img"), hash, PosModel.Kind, PosFeatures.Fingerprint);
        Assert.NotNull(mapped);
        ModelData read;
        using (var stream = EmbeddedModels.Open(EmbeddedModels.PosResource))
        {
            read = ModelFile.Read(stream, PosModel.Kind, PosFeatures.Fingerprint);
        }

        Assert.Equal(read.Labels, mapped.Labels);
        Assert.Equal(read.Buckets.Length, mapped.ToWeightTable().RowCount);
        Assert.Null(ModelImage.TryMap(Path.Combine(dir.Path, "ner.img"), hash, PosModel.Kind, PosFeatures.Fingerprint));
    }
}
