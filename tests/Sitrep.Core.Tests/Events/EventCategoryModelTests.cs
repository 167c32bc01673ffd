using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tagging;
using Sitrep.Models;

namespace Sitrep.Core.Tests.Events;

/// <summary>The event category model: the modality rules it shares with the rule reader, its margin over the rules'
/// category, its file round trip, and the shipped model in the pipeline.</summary>
public sealed class EventCategoryModelTests
{
    private static readonly string[] s_labels = [.. Plover.Categories, EventCategoryModel.None];

    // A model in memory: each cue gives its label the weight.
    private static EventCategoryModel Model(float margin, params (string Cue, string Label, float Weight)[] weights)
    {
        const int bits = 12;
        var rows = new Dictionary<int, float[]>();
        foreach (var (cue, label, weight) in weights)
        {
            int bucket = (int)(StableHash.Of(cue) & ((1UL << bits) - 1));
            if (!rows.TryGetValue(bucket, out var row))
            {
                rows[bucket] = row = new float[s_labels.Length];
            }

            row[Array.IndexOf(s_labels, label)] += weight;
        }

        var settings = new AtomTable();
        settings.Set(StableHash.Of(EventCategoryModel.MarginKey), (int)(margin * 1000));
        var data = new ModelData
        {
            Kind = EventCategoryModel.Kind, Fingerprint = EventCategoryModel.Fingerprint, Bits = bits, Labels = s_labels,
            Buckets = [.. rows.Keys], Rows = [.. rows.Values.SelectMany(r => r)],
            Tables = { [EventCategoryModel.SettingsTable] = settings },
        };
        using var stream = new MemoryStream();
        ModelFile.Write(data, stream);
        stream.Position = 0;
        return EventCategoryModel.Read(stream);
    }

    [Fact]
    public void The_model_replaces_the_rules_category_only_by_more_than_its_margin()
    {
        var model = Model(2f, ("o:congratulations", Plover.Support, 5f), ("t:send", Plover.Aid, 2f), ("t:scuttle", Plover.Reject, 1f));
        Assert.Equal(2f, model.Margin, 3);
        Assert.Equal(Plover.Support, model.Decide(["t:send", "o:congratulations"], Plover.Aid));
        Assert.Equal(Plover.Consult, model.Decide(["t:scuttle", "o:talks"], Plover.Consult));
        Assert.Equal(Plover.Aid, model.Decide(["t:unknown", "o:unknown"], Plover.Aid));
    }

    [Fact]
    public void No_event_wins_when_the_model_is_sure_enough()
    {
        var model = Model(1f, ("t:comment", EventCategoryModel.None, 4f));
        Assert.Null(model.Decide(["t:comment"], Plover.Reject));
    }

    [Fact]
    public void A_model_of_another_kind_is_refused()
    {
        var data = new ModelData { Kind = "pos", Fingerprint = 1, Bits = 4, Labels = ["X"], Buckets = [], Rows = [] };
        Assert.Throws<InvalidDataException>(() => new EventCategoryModel(data));
    }

    [Theory]
    [InlineData(Plover.Consult, true, false, false, false, Plover.Agree)]
    [InlineData(Plover.Assault, true, false, false, false, Plover.Threaten)]
    [InlineData(Plover.Aid, true, true, false, false, Plover.Reject)]
    [InlineData(Plover.Aid, false, true, true, false, Plover.Reject)]
    [InlineData(Plover.Assault, false, true, false, false, null)]
    [InlineData(Plover.Sanction, false, false, false, true, Plover.Request)]
    [InlineData(Plover.Accuse, true, false, false, false, Plover.Accuse)]
    public void The_modality_rules_make_a_sense_the_events_category(string sense, bool future, bool negated, bool failed, bool obligation, string? expected)
        => Assert.Equal(expected, new EventModality(future, negated, failed, obligation, Passive: false, Unless: false, KeepsCategory: false).Apply(sense));

    [Fact]
    public void A_kept_category_survives_the_future_and_unless_makes_a_threat()
    {
        Assert.Equal(Plover.Retreat, new EventModality(true, false, false, false, false, false, KeepsCategory: true).Apply(Plover.Retreat));
        Assert.Equal(Plover.Threaten, new EventModality(true, false, false, false, false, Unless: true, false).Apply(Plover.Aid));
    }

    [Fact]
    public void A_mention_carries_its_sense_and_modality_apart_from_its_category()
    {
        var models = EmbeddedModels.Load();
        var doc = DefaultPipeline.Create(models).Process(new ArticleInput("Russia will send humanitarian aid to Syria next week.", "t"));
        var mention = Assert.Single(new EventExtractor(models: models).Candidates(doc));
        Assert.Equal(Plover.Agree, mention.RuleCategory);
        Assert.Equal(Plover.Aid, mention.RuleSense);
        Assert.True(mention.Modality.Future);
        Assert.Equal(Plover.Agree, mention.Modality.Apply(Plover.Consult));
        Assert.Contains("m:future", mention.Cues);
        Assert.Contains("src:Gpe+country", mention.Cues);
    }

    [Fact]
    public void The_shipped_model_is_loaded_and_every_kept_mention_has_cues()
    {
        var models = EmbeddedModels.Load();
        Assert.NotNull(models.EventModel);
        Assert.Contains(EventCategoryModel.None, models.EventModel!.Labels);
        var pipeline = DefaultPipeline.Create(models);
        var doc = pipeline.Process(new ArticleInput("Iran threatened to cut off aid to Iraq on Tuesday. Police arrested 12 protesters in Tehran.", "t"));
        var candidates = new EventExtractor(models: models).Candidates(doc);
        Assert.Equal(2, candidates.Count);
        Assert.All(candidates, c => Assert.Contains(c.Cues, q => q.StartsWith("t:", StringComparison.Ordinal)));
        Assert.Contains(candidates[0].Cues, q => q == "t:threaten");
        Assert.Equal([Plover.Threaten, Plover.Coerce], doc.Get(Layers.Events).Select(e => e.Type).ToArray());
    }
}
