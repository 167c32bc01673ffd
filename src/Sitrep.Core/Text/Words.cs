namespace Sitrep.Core.Text;

/// <summary>White-space words of a piece of text.</summary>
public static class Words
{
    /// <summary>How many white-space-separated words <paramref name="s"/> holds.</summary>
    public static int Count(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord)
            {
                words++;
            }

            inWord = w;
        }

        return words;
    }
}
