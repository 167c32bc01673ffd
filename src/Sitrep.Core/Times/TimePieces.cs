using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Times;

/// <summary>Turns tokens into <see cref="TimePiece"/> rows: hyphenated words split, one lexicon lookup per piece.</summary>
internal static class TimePieces
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static TimePiece[] Build(string text, TokenList tokens, IReadOnlyList<Sentence> sentences)
    {
        var list = new List<TimePiece>(tokens.Count + 16);
        var rows = tokens.AsSpan();
        int sentence = 0;
        bool hyphenNext = false;
        int sentenceEnd = sentences.Count > 0 ? sentences[0].Tokens.End : int.MaxValue;
        for (int t = 0; t < rows.Length; t++)
        {
            while (t >= sentenceEnd && sentence + 1 < sentences.Count)
            {
                sentence++;
                sentenceEnd = sentences[sentence].Tokens.End;
            }

            var tok = rows[t];
            var span = tok.Span(text);

            // The tokenizer splits "third-quarter" into "third", "-", "quarter": drop the joining hyphen and mark the
            // next piece, as for a hyphenated token.
            if (span is "-" && t > 0 && t + 1 < rows.Length && rows[t - 1].End == tok.Start && rows[t + 1].Start == tok.End
                && rows[t - 1].Kind is TokenKind.Word or TokenKind.Number && rows[t + 1].Kind is TokenKind.Word or TokenKind.Number)
            {
                hyphenNext = true;
                continue;
            }

            var joined = hyphenNext ? PieceFlags.HyphenBefore : PieceFlags.None;
            hyphenNext = false;
            if (tok.Kind == TokenKind.Word && span.Length > 2 && span[1..^1].Contains('-'))
            {
                int start = tok.Start;
                bool first = true;
                for (int i = tok.Start; i <= tok.End; i++)
                {
                    if (i == tok.End || text[i] == '-')
                    {
                        if (i > start)
                        {
                            list.Add(Make(text, start, i, TokenKind.Word, sentence, first ? joined : PieceFlags.HyphenBefore));
                            first = false;
                        }

                        start = i + 1;
                    }
                }

                continue;
            }

            list.Add(Make(text, tok.Start, tok.End, tok.Kind, sentence, joined));
        }

        return [.. list];
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static TimePiece Make(string text, int start, int end, TokenKind kind, int sentence, PieceFlags flags)
    {
        var s = text.AsSpan(start, end - start);
        int number = -1;
        var cls = WordClass.None;
        int value = 0;
        if (kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Symbol)
        {
            return new TimePiece(start, end, cls, value, flags | PieceFlags.Punct, number, sentence);
        }

        if (char.IsUpper(s[0]))
        {
            flags |= PieceFlags.Upper;
        }

        if (s.Length > 1 && s[^1] == '.')
        {
            flags |= PieceFlags.Period;
        }

        if (char.IsAsciiDigit(s[0]))
        {
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                flags |= PieceFlags.Digits;
            }
            else if (s.Length > 2 && s[^1] == 's' && int.TryParse(s[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                flags |= PieceFlags.Digits | PieceFlags.Decade;
            }
            else if (s.Length > 2 && (s.EndsWith("st") || s.EndsWith("nd") || s.EndsWith("rd") || s.EndsWith("th"))
                && int.TryParse(s[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                flags |= PieceFlags.Digits | PieceFlags.OrdinalDigits;
            }
            else
            {
                number = -1;
                flags |= PieceFlags.OtherNumber;
            }

            return new TimePiece(start, end, cls, value, flags, number, sentence);
        }

        flags |= PieceFlags.Word;
        var entry = s.Length <= 13 ? TimeLexicon.Lookup(s) : default;
        if (entry.Class == WordClass.None && (flags & PieceFlags.Upper) != 0 && s.Length is >= 3 and <= 10 && s[0] is 'A' or 'D' or 'F' or 'J' or 'M' or 'N' or 'O' or 'S' or 'T' or 'W')
        {
            int month = CalendarText.Month(s);
            if (month > 0 && IsMonthName(s, month, flags))
            {
                return new TimePiece(start, end, WordClass.Month, month, flags, number, sentence);
            }

            var weekday = CalendarText.Weekday(s);
            if (weekday is not null && (s.Length > 4 || (flags & PieceFlags.Period) != 0))
            {
                return new TimePiece(start, end, WordClass.Weekday, (int)weekday.Value, flags, number, sentence);
            }
        }

        if (entry.Plural)
        {
            flags |= PieceFlags.Plural;
        }

        return new TimePiece(start, end, entry.Class, entry.Value, flags, number, sentence);
    }

    // Full month names count when capitalized ("May" is checked in context by the recognizer); abbreviations need a period.
    private static bool IsMonthName(ReadOnlySpan<char> s, int month, PieceFlags flags)
    {
        if ((flags & PieceFlags.Upper) == 0)
        {
            return false;
        }

        if ((flags & PieceFlags.Period) != 0)
        {
            return true;
        }

        return s.Length >= 4 || month == 5 || s.Equals("June", StringComparison.OrdinalIgnoreCase) || s.Equals("July", StringComparison.OrdinalIgnoreCase);
    }
}
