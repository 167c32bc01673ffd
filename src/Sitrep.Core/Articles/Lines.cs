using Sitrep.Core.Documents;

namespace Sitrep.Core.Articles;

/// <summary>The non-blank lines of a text, each trimmed of surrounding white space.</summary>
internal static class Lines
{
    public static List<CharRange> Of(string text)
    {
        var lines = new List<CharRange>();
        int i = 0;
        while (i <= text.Length)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl;
            int a = i, b = end;
            while (a < b && char.IsWhiteSpace(text[a]))
            {
                a++;
            }

            while (b > a && char.IsWhiteSpace(text[b - 1]))
            {
                b--;
            }

            if (b > a)
            {
                lines.Add(new CharRange(a, b));
            }

            if (nl < 0)
            {
                break;
            }

            i = nl + 1;
        }

        return lines;
    }
}
