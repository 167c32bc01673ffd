using System.Text;

namespace Sitrep.Ingest.Tests;

public sealed class TextDecoderTests
{
    static TextDecoderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Fact]
    public void UsesTheCharsetDeclaredInAMetaTag()
    {
        string html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир</p></body></html>";
        byte[] bytes = Encoding.GetEncoding(1251).GetBytes(html);

        var (text, encoding) = TextDecoder.Decode(bytes, "page.html");

        Assert.Contains("Привет, мир", text, StringComparison.Ordinal);
        Assert.Equal("windows-1251", encoding);
    }

    [Fact]
    public void UsesTheCharsetOfAnHttpEquivMetaTag()
    {
        string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head><body><p>Łódź i Kraków</p></body></html>";
        byte[] bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(html);

        var (text, _) = TextDecoder.Decode(bytes, "page.html");

        Assert.Contains("Łódź i Kraków", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidUtf8WinsOverADeclaredCharset()
    {
        string html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>café – naïve</p></body></html>";

        var (text, encoding) = TextDecoder.Decode(Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Contains("café – naïve", text, StringComparison.Ordinal);
        Assert.Equal("utf-8", encoding);
    }

    [Fact]
    public void UndeclaredNonUtf8FallsBackToWindows1252()
    {
        byte[] bytes = Encoding.GetEncoding(1252).GetBytes("<p>“Quoted” café</p>");

        var (text, _) = TextDecoder.Decode(bytes, "page.html");

        Assert.Equal("<p>“Quoted” café</p>", text);
    }

    [Fact]
    public void AnUnknownCharsetFallsBackToWindows1252()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<meta charset=\"x-no-such-charset\"><p>caf"), 0xE9, .. Encoding.ASCII.GetBytes("</p>")];

        var (text, _) = TextDecoder.Decode(bytes, "page.html");

        Assert.Contains("café", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryDataIsAClearError()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01];

        var ex = Assert.Throws<IngestException>(() => TextDecoder.Decode(bytes, "image.png"));
        Assert.StartsWith("image.png:", ex.Message, StringComparison.Ordinal);
    }
}
