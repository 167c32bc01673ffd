using System.Text;

namespace Sitrep.Ingest.Html;

/// <summary>White-space handling for text taken from HTML.</summary>
internal static class TextUtil
{
    /// <summary>The text with every run of white space turned into one space and trimmed; null when nothing is left.</summary>
    public static string? Collapse(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
            }
            else if (c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD'))
            {
                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }
}
