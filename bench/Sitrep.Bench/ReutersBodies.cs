using System.Globalization;
using System.Text;

namespace Sitrep.Bench;

/// <summary>The &lt;BODY&gt; texts of a Reuters-21578 SGML file (Latin-1), with character references decoded.</summary>
internal static class ReutersBodies
{
    public static void AddBodies(byte[] sgml, List<string> bodies)
    {
        string text = Encoding.Latin1.GetString(sgml);
        int at = 0;
        while ((at = text.IndexOf("<BODY>", at, StringComparison.Ordinal)) >= 0)
        {
            int start = at + "<BODY>".Length;
            int end = text.IndexOf("</BODY>", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            bodies.Add(Decode(text.AsSpan(start, end - start)));
            at = end;
        }
    }

    private static string Decode(ReadOnlySpan<char> body)
    {
        var sb = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '&')
            {
                int semi = body[i..].IndexOf(';');
                if (semi > 1 && semi < 8)
                {
                    var name = body.Slice(i + 1, semi - 1);
                    string? value = name switch
                    {
                        "lt" => "<",
                        "gt" => ">",
                        "amp" => "&",
                        _ when name[0] == '#' && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code < 0x10000
                            => char.IsControl((char)code) ? "" : ((char)code).ToString(),
                        _ => null,
                    };
                    if (value is not null)
                    {
                        sb.Append(value);
                        i += semi;
                        continue;
                    }
                }
            }

            if (!char.IsControl(c) || c == '\n')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
