namespace Sitrep.Evaluation;

/// <summary>The quote-mark rules of the PolNeAR quote metric: which stretches of a gold span are quotations.</summary>
internal static class QuoteMarks
{
    private const string DoubleOpen = "“„«";
    private const string DoubleClose = "”»";
    private const string SingleOpen = "‘‹";
    private const string SingleClose = "’›";
    private const string AllMarks = "\"'“”„«»‘’‹›`";
    private const string OpenBefore = " \t\n\r([{—–-/“„«‘‹";

    private enum State : byte
    {
        None,
        Curly,
        Straight,
        Single,
    }

    /// <summary>The quoted stretches (marks included) inside text[s, e).</summary>
    public static List<(int Start, int End)> FindStretches(string text, int s, int e)
    {
        var found = new List<(int, int)>();
        var state = State.None;
        int st = 0;
        int i = s;
        while (i < e)
        {
            char ch = text[i];
            bool twoSame = i + 1 < e && ((ch == '\'' && text[i + 1] == '\'') || (ch == '`' && text[i + 1] == '`'));
            int w = twoSame ? 2 : 1;
            char prev = i > s ? text[i - 1] : ' ';
            char next = i + w < e ? text[i + w] : ' ';
            bool straight = ch == '"' || (twoSame && ch == '\'');
            bool curlyOpen = DoubleOpen.Contains(ch, StringComparison.Ordinal) || (twoSame && ch == '`');
            if (state == State.None)
            {
                if (curlyOpen)
                {
                    (state, st) = (State.Curly, i);
                }
                else if (straight && !char.IsWhiteSpace(next))
                {
                    (state, st) = (State.Straight, i);
                }
                else if (SingleOpen.Contains(ch, StringComparison.Ordinal) || (ch == '\'' && OpenBefore.Contains(prev, StringComparison.Ordinal) && char.IsLetterOrDigit(next)))
                {
                    (state, st) = (State.Single, i);
                }
                else if ((DoubleClose.Contains(ch, StringComparison.Ordinal) || (straight && !char.IsWhiteSpace(prev))) && found.Count == 0 && i > s)
                {
                    found.Add((s, i + w));
                }
            }
            else if (ch == '\n')
            {
                found.Add((st, i));
                state = State.None;
            }
            else if (state == State.Curly)
            {
                if (DoubleClose.Contains(ch, StringComparison.Ordinal))
                {
                    found.Add((st, i + w));
                    state = State.None;
                }
                else if (curlyOpen)
                {
                    found.Add((st, i));
                    st = i;
                }
            }
            else if (state == State.Straight)
            {
                if (DoubleClose.Contains(ch, StringComparison.Ordinal) || (straight && !char.IsWhiteSpace(prev)))
                {
                    found.Add((st, i + w));
                    state = State.None;
                }
                else if (curlyOpen || (straight && !char.IsWhiteSpace(next)))
                {
                    found.Add((st, i));
                    st = i;
                    state = curlyOpen ? State.Curly : State.Straight;
                }
            }
            else if ((SingleClose.Contains(ch, StringComparison.Ordinal) || ch == '\'') && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next))
            {
                found.Add((st, i + 1));
                state = State.None;
            }

            i += w;
        }

        if (state != State.None)
        {
            found.Add((st, e));
        }

        var result = new List<(int, int)>(found.Count);
        foreach (var (a0, b0) in found)
        {
            var (a, b) = TrimWhiteSpace(text, a0, b0);
            var (ca, cb) = Core(text, a, b);
            if (cb > ca && HasLetterOrDigit(text, ca, cb))
            {
                result.Add((a, b));
            }
        }

        return result;
    }

    public static (int Start, int End) TrimWhiteSpace(string text, int a, int b)
    {
        while (a < b && char.IsWhiteSpace(text[a]))
        {
            a++;
        }

        while (b > a && char.IsWhiteSpace(text[b - 1]))
        {
            b--;
        }

        return (a, b);
    }

    /// <summary>The span without surrounding white space and quotation marks.</summary>
    public static (int Start, int End) Core(string text, int a, int b)
    {
        while (a < b && (char.IsWhiteSpace(text[a]) || AllMarks.Contains(text[a], StringComparison.Ordinal)))
        {
            a++;
        }

        while (b > a && (char.IsWhiteSpace(text[b - 1]) || AllMarks.Contains(text[b - 1], StringComparison.Ordinal)))
        {
            b--;
        }

        return (a, b);
    }

    public static bool BeginsWithOpenQuote(string text, int a, int b)
    {
        (a, b) = TrimWhiteSpace(text, a, b);
        if (b <= a)
        {
            return false;
        }

        char c = text[a];
        if (DoubleOpen.Contains(c, StringComparison.Ordinal) || SingleOpen.Contains(c, StringComparison.Ordinal) || c == '"'
            || (b - a >= 2 && ((c == '\'' && text[a + 1] == '\'') || (c == '`' && text[a + 1] == '`'))))
        {
            return true;
        }

        return c == '\'' && b - a > 2 && char.IsLetterOrDigit(text[a + 1]) && text.AsSpan(a + 2, b - a - 2).Contains('\'');
    }

    public static bool Enclosed(string text, int a, int b)
    {
        int i = a - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 0 || !"\"'“‘«„`".Contains(text[i], StringComparison.Ordinal))
        {
            return false;
        }

        int j = b;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j < text.Length && ",.?!;:".Contains(text[j], StringComparison.Ordinal))
        {
            j++;
        }

        return j < text.Length && "\"'”’»".Contains(text[j], StringComparison.Ordinal);
    }

    private static bool HasLetterOrDigit(string text, int a, int b)
    {
        for (int k = a; k < b; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return true;
            }
        }

        return false;
    }
}
