using System.Diagnostics;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tagging;
using Sitrep.Models;

namespace Sitrep.Core.Tests.Tagging;

/// <summary>The committed models: they load fast and tag obvious cases right.</summary>
public sealed class ShippedModelTests
{
    [Fact]
    public void Models_load_within_the_budget()
    {
        var models = new ModelSet(
            () => EmbeddedModels.Open(EmbeddedModels.LexiconResource),
            () => EmbeddedModels.Open(EmbeddedModels.PosResource),
            () => EmbeddedModels.Open(EmbeddedModels.NerResource));
        var clock = Stopwatch.StartNew();
        Assert.True(models.Pos.RowCount > 10000);
        Assert.True(models.Ner.RowCount > 10000);
        Assert.True(models.Lexicon.Gazetteer.Count > 10000);
        clock.Stop();

        // The budget is 300 ms in Release (measured with bench/Sitrep.Bench --load); tests run in Debug on a shared
        // machine, so this only catches a pathological load.
        Assert.True(clock.ElapsedMilliseconds < 5000, $"loading took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Pipeline_tags_parts_of_speech_and_names()
    {
        var pipeline = DefaultPipeline.Create(EmbeddedModels.Load());
        var doc = pipeline.Process(new ArticleInput("German Chancellor Angela Merkel met the French president in Paris on Monday.\nShe said the talks with Microsoft were good.", "test"));
        var tokens = doc.Tokens;
        var tags = doc.Get(Layers.PosTags);
        Assert.Equal(tokens.Count, tags.Count);
        int the = Enumerable.Range(0, tokens.Count).First(i => tokens[i].Text(doc.Text) == "the");
        Assert.Equal(UposTag.Det, tags[the]);
        var mentions = doc.Get(Layers.Mentions).Select(m => (doc.TextOf(m.Range), m.Type)).ToList();
        Assert.Contains(("Angela Merkel", EntityType.Person), mentions);
        Assert.Contains(("Paris", EntityType.Gpe), mentions);
        Assert.Contains(("German", EntityType.Norp), mentions);
        Assert.Contains(("Microsoft", EntityType.Org), mentions);
        Assert.DoesNotContain(mentions, m => m.Item1 == "Monday");
    }
}
