using Sitrep.Core.Documents;

namespace Sitrep.Core.Quotes;

/// <summary>
/// Finds quoted stretches with a character state machine, paragraph by paragraph: curly and straight
/// double quotes pair up; single quotes only when they open after a boundary and close before one
/// (so "Witkoff‘s", "'90s" and "rock 'n' roll" are apostrophes); quotes nested inside a quote stay
/// inside it; a quote left open at a paragraph's end continues when the next paragraph opens with a mark, and so
/// does a quote left open at a sentence's end when a new mark opens the next sentence (the same convention in a text
/// whose paragraphs were joined: <c>He said: "A. "B."</c>).
/// </summary>
internal static class QuoteFinder
{
    private static readonly System.Buffers.SearchValues<char> s_marks = System.Buffers.SearchValues.Create("\"“”„«»‘’'`");

    private enum State : byte
    {
        None,
        Curly,
        Straight,
        Single,
        Doubled,
    }

    /// <summary>The quoted stretches of <paramref name="text"/>, in order.</summary>
    public static List<QuoteStretch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<QuoteStretch>();
        bool leftOpen = false;
        int i = 0;
        while (i < text.Length)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl;
            if (end > i && !text.AsSpan(i, end - i).IsWhiteSpace())
            {
                leftOpen = ScanParagraph(text, i, end, leftOpen, found);
            }

            i = end + 1;
        }

        return found;
    }

    private static bool ScanParagraph(string text, int start, int end, bool previousLeftOpen, List<QuoteStretch> found)
    {
        var state = State.None;
        int open = -1;
        int reopened = -1; // the mark that reopened a quote left open at a sentence's end, or -1
        int width = 1;
        for (int i = start; i < end; i++)
        {
            // Jump to the next quotation mark or apostrophe: most characters are neither.
            int skip = text.AsSpan(i, end - i).IndexOfAny(s_marks);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            char c = text[i];
            char prev = i > start ? text[i - 1] : ' ';
            char next = i + 1 < end ? text[i + 1] : ' ';
            switch (state)
            {
                case State.None:
                    if (c is '“' or '„' or '«')
                    {
                        (state, open, width) = (State.Curly, i, 1);
                    }
                    else if ((c == '`' && next == '`') || (c == '\'' && next == '\'' && IsOpenBoundary(prev) && i + 2 < end && !char.IsWhiteSpace(text[i + 2])))
                    {
                        (state, open, width) = (State.Doubled, i, 2);
                        i++;
                    }
                    else if (c == '"' && !char.IsWhiteSpace(next) && prev != '=' && (IsOpenBoundary(prev) || !char.IsLetterOrDigit(prev)))
                    {
                        (state, open, width) = (State.Straight, i, 1);
                    }
                    else if ((c == '‘' || c == '\'') && IsOpenBoundary(prev) && char.IsLetterOrDigit(next) && FindSingleClose(text, i + 1, end) is int close and > 0
                        && IsRealSingleQuote(text, i + 1, close))
                    {
                        (state, open, width) = (State.Single, i, 1);
                    }

                    break;

                case State.Curly:
                    if (c is '”' or '»' || ((c == '"' || c == '“') && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next) && (c == '"' || char.IsWhiteSpace(next) || i + 1 == end)))
                    {
                        Emit(text, open, width, i, Continues(text, start, open, previousLeftOpen, reopened), found);
                        state = State.None;
                    }
                    else if (c is '“' or '„')
                    {
                        // A new opening mark inside an open quote: the close was missing.
                        Emit(text, open, width, -1, Continues(text, start, open, previousLeftOpen, reopened), found, i);
                        reopened = AfterSentenceEnd(text, start, i) ? i : -1;
                        open = i;
                    }

                    break;

                case State.Straight:
                    if (c == '"' || c == '”')
                    {
                        if (char.IsWhiteSpace(prev) && !char.IsWhiteSpace(next) && c == '"')
                        {
                            Emit(text, open, width, -1, Continues(text, start, open, previousLeftOpen, reopened), found, i);
                            reopened = AfterSentenceEnd(text, start, i) ? i : -1;
                            open = i;
                        }
                        else
                        {
                            Emit(text, open, width, i, Continues(text, start, open, previousLeftOpen, reopened), found);
                            state = State.None;
                        }
                    }

                    break;

                case State.Doubled:
                    if ((c == '\'' && next == '\'' && !char.IsWhiteSpace(prev)) || c == '”' || c == '"')
                    {
                        Emit(text, open, width, i, Continues(text, start, open, previousLeftOpen, reopened), found);
                        state = State.None;
                        if (c == '\'')
                        {
                            i++;
                        }
                    }

                    break;

                case State.Single:
                    if ((c == '’' || c == '\'') && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next))
                    {
                        Emit(text, open, width, i, Continues(text, start, open, previousLeftOpen, reopened), found);
                        state = State.None;
                    }

                    break;
            }

        }

        if (state is State.None)
        {
            return false;
        }

        Emit(text, open, width, -1, Continues(text, start, open, previousLeftOpen, reopened), found, end);
        return state != State.Single;
    }

    private static bool Continues(string text, int paragraphStart, int open, bool previousLeftOpen, int reopened)
        => open == reopened || (previousLeftOpen && IsOnlySpaceBefore(text, paragraphStart, open));

    /// <summary>True when the mark at <paramref name="mark"/> follows a sentence's final punctuation and a space.</summary>
    private static bool AfterSentenceEnd(string text, int paragraphStart, int mark)
    {
        int k = mark - 1;
        if (k <= paragraphStart || !char.IsWhiteSpace(text[k]))
        {
            return false;
        }

        while (k > paragraphStart && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return text[k] is '.' or '?' or '!' or '…';
    }

    private static bool IsOnlySpaceBefore(string text, int start, int position) => text.AsSpan(start, position - start).IsWhiteSpace();

    private static void Emit(string text, int open, int width, int close, bool continues, List<QuoteStretch> found, int stop = -1)
    {
        int a = open + width;
        int b = close >= 0 ? close : stop;
        while (a < b && char.IsWhiteSpace(text[a]))
        {
            a++;
        }

        while (b > a && char.IsWhiteSpace(text[b - 1]))
        {
            b--;
        }

        if (b <= a || !HasLetterOrDigit(text.AsSpan(a, b - a)))
        {
            return;
        }

        found.Add(new QuoteStretch(new CharRange(a, b), open, close, continues));
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpenBoundary(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '"' or ':';

    /// <summary>The closing single mark after <paramref name="from"/> in the paragraph, or -1.</summary>
    private static int FindSingleClose(string text, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            char c = text[k];
            if ((c == '’' || c == '\'') && !char.IsWhiteSpace(text[k - 1]))
            {
                char next = k + 1 < end ? text[k + 1] : ' ';
                if (!char.IsLetterOrDigit(next))
                {
                    return k;
                }
            }
            else if (c is '“' or '"' or '”')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Rejects "'n'" and other one-letter stretches: a real single-quoted stretch has a word of two letters.</summary>
    private static bool IsRealSingleQuote(string text, int a, int b)
    {
        int letters = 0;
        for (int k = a; k < b; k++)
        {
            letters = char.IsLetterOrDigit(text[k]) ? letters + 1 : 0;
            if (letters >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
