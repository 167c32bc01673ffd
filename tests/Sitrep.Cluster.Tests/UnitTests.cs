using Sitrep.Core.Documents;

namespace Sitrep.Cluster.Tests;

/// <summary>What needs no server: feed addresses and document messages.</summary>
public sealed class UnitTests
{
    [Fact]
    public void A_feed_address_names_its_streams_subjects_and_consumer()
    {
        var a = QueueAddress.Parse("nats://10.0.0.5/wire-feed");
        Assert.Equal("nats://10.0.0.5:4222", a.Url);
        Assert.Equal(("wire-feed", "wire-feed.documents", "wire-feed-workers", "wire-feed-dead", "wire-feed.dead"), (a.Stream, a.Subject, a.Consumer, a.DeadStream, a.DeadSubject));
        Assert.Equal("sitrep", QueueAddress.Parse("nats://127.0.0.1:4333").Name);
        Assert.Equal("nats://127.0.0.1:4333", QueueAddress.Parse("nats://127.0.0.1:4333/").ToString());
        Assert.Contains("not a nats://", Assert.Throws<QueueException>(() => QueueAddress.Parse("http://x:4222")).Message, StringComparison.Ordinal);
        Assert.Contains("may hold only", Assert.Throws<QueueException>(() => QueueAddress.Parse("nats://x/a.b")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_message_carries_the_article_as_ingest_read_it()
    {
        var input = new ArticleInput("Title\n\nBody text.", "page.html")
        {
            Title = "Title",
            Author = "A. Writer",
            StatedPublished = new DateOnly(2025, 3, 4),
            FromHtml = true,
            HeadingHints = [new CharRange(7, 11)],
        };
        var back = DocumentMessage.Read(DocumentMessage.Of(input).ToBytes());
        Assert.Equal((input.Text, input.Source, input.Title, input.Author, input.StatedPublished, input.GivenPublished, input.FromHtml), (back.Text, back.Source, back.Title, back.Author, back.StatedPublished, back.GivenPublished, back.FromHtml));
        Assert.Equal(input.HeadingHints, back.HeadingHints);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"source\":\"a.txt\"}")]
    [InlineData("{\"source\":\"a.txt\",\"text\":\"\"}")]
    [InlineData("{\"source\":\"a.txt\",\"text\":\"x\",\"stated_published\":\"March\"}")]
    public void A_message_that_is_not_a_document_is_refused_with_one_line(string payload)
    {
        var ex = Assert.Throws<FormatException>(() => DocumentMessage.Read(System.Text.Encoding.UTF8.GetBytes(payload)));
        Assert.DoesNotContain('\n', ex.Message);
    }
}
