using System.Text;

namespace Sitrep.Ingest.Tests;

/// <summary>An uploaded or fetched file read from its bytes, as a file on disk is read.</summary>
public sealed class FromBytesTests
{
    private const string Page = "<!doctype html><html><head><title>Port Reopens</title></head><body><article><p>The port reopened on Monday after a week of storms, officials said.</p></article></body></html>";

    [Fact]
    public void Html_is_known_by_name_by_its_start_or_by_the_caller()
    {
        var reader = new ArticleReader();
        var byStart = reader.FromBytes(Encoding.UTF8.GetBytes(Page), "upload");
        Assert.True(byStart.FromHtml);
        Assert.Equal("Port Reopens", byStart.Title);
        Assert.DoesNotContain("<p>", byStart.Text, StringComparison.Ordinal);
        Assert.True(reader.FromBytes(Encoding.UTF8.GetBytes("<p>The port reopened on Monday.</p>"), "a.htm").FromHtml);
        Assert.True(reader.FromBytes(Encoding.UTF8.GetBytes("<p>The port reopened on Monday.</p>"), "https://example.org/story", isHtml: true).FromHtml);

        // Markup in a text file stays text: it is what the article says.
        var text = reader.FromBytes(Encoding.UTF8.GetBytes("A <script>x()</script> title\r\nBody."), "a.txt");
        Assert.False(text.FromHtml);
        Assert.Equal("A <script>x()</script> title\nBody.", text.Text);
        Assert.Equal("a.txt", text.Source);
    }

    [Fact]
    public void Windows_1252_is_decoded_and_bad_bytes_are_one_line()
    {
        var reader = new ArticleReader(new IngestOptions { MaxBytes = 64 });
        Assert.Equal("Café reopens.", reader.FromBytes([0x43, 0x61, 0x66, 0xE9, 0x20, 0x72, 0x65, 0x6F, 0x70, 0x65, 0x6E, 0x73, 0x2E], "c.txt").Text);
        Assert.Equal("e.txt: empty file", Assert.Throws<IngestException>(() => reader.FromBytes([], "e.txt")).Message);
        Assert.StartsWith("big.txt: too large (65 bytes", Assert.Throws<IngestException>(() => reader.FromBytes(new byte[65], "big.txt")).Message, StringComparison.Ordinal);
        Assert.StartsWith("bin.txt: binary", Assert.Throws<IngestException>(() => reader.FromBytes([0, 0, 1, 2], "bin.txt")).Message, StringComparison.Ordinal);
        Assert.Equal("w.txt: empty article (no text)", Assert.Throws<IngestException>(() => reader.FromBytes("  \n "u8, "w.txt")).Message);
    }
}
