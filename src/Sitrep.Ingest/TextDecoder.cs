using System.Text;

namespace Sitrep.Ingest;

/// <summary>Turns bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (Latin-1 news exists).</summary>
public static class TextDecoder
{
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
            return (Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
    }

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
