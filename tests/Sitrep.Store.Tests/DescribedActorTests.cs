using Sitrep.Core.Record;

namespace Sitrep.Store.Tests;

/// <summary>Described actors ("police") name no one: they never join articles as the same actor.</summary>
public sealed class DescribedActorTests
{
    private static SitrepRecord WithPolice(string text)
    {
        var record = Records.Article("a.txt", text);
        int at = text.IndexOf("police", StringComparison.Ordinal);
        var police = new RecordEntity { Id = "e9", Type = "ORG", Name = "police", Described = true, Agent = "COP", Mentions = [new RecordMention(at, at + 6, "police")] };
        return record with
        {
            Entities = [.. record.Entities, police],
            Events = [new RecordEvent { Id = "v1", Type = "COERCE", Source = "e9", Target = "e1", Evidence = new RecordSpan(at, at + 6) }],
        };
    }

    [Fact]
    public void A_described_actor_has_no_shared_identity_and_its_stored_identity_is_its_documents()
    {
        var a = WithPolice("Arrests. The police detained Anna Kim on Tuesday.");
        var b = WithPolice("More arrests. The police detained Anna Kim again on Tuesday.");
        var police = a.Entities.Single(e => e.Described);
        Assert.Null(EntityIdentity.Shared(police));
        Assert.NotEqual(EntityIdentity.Of(police, a.Document.Id), EntityIdentity.Of(b.Entities.Single(e => e.Described), b.Document.Id));

        // A named entity keeps the identity it always had.
        var kim = a.Entities.Single(e => e.Name == "Anna Kim");
        Assert.Equal(EntityIdentity.Of(kim), EntityIdentity.Shared(kim));
        Assert.Equal(EntityIdentity.Of(kim), EntityIdentity.Of(kim, a.Document.Id));
    }

    [Fact]
    public void A_described_actor_is_stored_as_an_entity_but_counted_nowhere_and_an_events_side_has_no_identity()
    {
        var rows = new RecordRows(WithPolice("Arrests. The police detained Anna Kim on Tuesday."));
        Assert.Contains(rows.Rows, r => r.Table == "entities" && (string?)r.Values[4] == "police");
        Assert.DoesNotContain(rows.Rows, r => r.Table is "identities" or "entity_counts" && r.Values.Any(v => v is string s && s.Contains("police", StringComparison.Ordinal)));
        var ev = Assert.Single(EventRow.Of(WithPolice("Arrests. The police detained Anna Kim on Tuesday.")));
        Assert.Null(ev.SourceIdentity);
        Assert.Equal("police", ev.SourceName);
        Assert.NotNull(ev.TargetIdentity);
    }
}
