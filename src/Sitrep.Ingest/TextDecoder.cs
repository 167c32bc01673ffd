using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest;

/// <summary>
/// Turns bytes into text: UTF-16 with BOM, UTF-8 (with or without BOM) when the bytes are valid UTF-8, else the
/// charset an HTML page declares (&lt;meta charset&gt;, http-equiv, XML declaration), else Windows-1252.
/// </summary>
public static partial class TextDecoder
{
    private const int SniffBytes = 4096;
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The text of <paramref name="bytes"/> and the name of the encoding used.</summary>
    /// <exception cref="IngestException">The bytes are binary (NUL bytes or mostly control characters).</exception>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var enc = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (enc.GetString(bytes[2..]), enc.WebName);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        if (LooksBinary(bytes))
        {
            throw new IngestException($"{source}: binary data, not text (NUL or control bytes)");
        }

        try
        {
            return (s_strictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var declared = DeclaredEncoding(bytes) ?? Encoding.GetEncoding(1252);
            return (declared.GetString(bytes), declared.WebName);
        }
    }

    /// <summary>The encoding an HTML or XML document declares in its first bytes, if .NET knows it (Latin-1 read as Windows-1252, as browsers do).</summary>
    public static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var m = CharsetDeclaration().Match(head);
        if (!m.Success)
        {
            return null;
        }

        string name = m.Groups[1].Value.Trim().ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            return Encoding.GetEncoding(1252);
        }

        try
        {
            var enc = Encoding.GetEncoding(name);

            // A page cannot really be UTF-16 if its declaration was readable as single bytes.
            return enc is UnicodeEncoding or UTF32Encoding ? null : enc;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Non-backtracking (time linear in the 4 KB it reads), so no time limit: the same bytes decode the same way under any load.
    [GeneratedRegex(@"(?:<meta[^>]{0,200}?charset\s*=\s*[""']?|<\?xml[^>]{0,100}?encoding\s*=\s*[""'])([A-Za-z0-9._:-]{2,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CharsetDeclaration();

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        if (probe.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        int control = 0;
        foreach (byte b in probe)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return probe.Length > 0 && control * 20 > probe.Length;
    }
}
