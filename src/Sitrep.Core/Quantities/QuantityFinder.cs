using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

using Sitrep.Core.Language;

namespace Sitrep.Core.Quantities;

/// <summary>
/// Finds money ("$200 million", "€1.2bn", "200 million dollars", "Rs 5 crore"), percentages ("25%", "12 percent"),
/// counts in digits or words with their qualifier ("at least 32", "over 6.4 million", "a dozen", "hundreds") and, for
/// counts of people, what happened to them (killed, wounded, displaced, arrested, missing, evacuated, kidnapped), and
/// measures with a unit ("10 km"). Years, dates, times and ordinals are not quantities.
/// </summary>
public sealed class QuantityFinder : IPipelineComponent
{
    public string Name => "quantities.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Quantities];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<Quantity>();
        var tokens = document.Tokens.AsSpan();
        foreach (var sentence in document.Sentences)
        {
            var reader = new SentenceReader(document.Text, tokens, sentence.Tokens);
            reader.FindAll(found);
        }

        document.Set(Layers.Quantities, found);
    }

    private readonly ref struct SentenceReader(string text, ReadOnlySpan<Token> tokens, TokenRange sentence)
    {
        private readonly string _text = text;
        private readonly ReadOnlySpan<Token> _tokens = tokens;
        private readonly int _first = sentence.Start;
        private readonly int _end = sentence.End;

        public void FindAll(List<Quantity> found)
        {
            int i = _first;
            while (i < _end)
            {
                i = TryAt(i, found) is int next && next > i ? next : i + 1;
            }
        }

        private ReadOnlySpan<char> W(int i) => i >= _first && i < _end ? _tokens[i].Span(_text) : [];

        private bool Is(int i, string word) => W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private int? TryAt(int i, List<Quantity> found)
        {
            int start = i;
            string? unit = null;
            var w = W(i);

            // Currency before the number: "$", "US$", "A$", "HK$", "€", "Rs", "USD". A country's letters joined to "$" are
            // read as one sign (the tokenizer splits "A$30m" before the "$").
            if (W(i + 1) is "$" && _tokens[i + 1].Start == _tokens[i].End && w.Length is >= 1 and <= 3
                && QuantityLexicon.CurrencyCodes.TryGetValue(string.Concat(w, "$"), out var dollar))
            {
                unit = dollar;
                i += 2;
            }
            else if (QuantityLexicon.CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var code) && (_tokens[i].Kind == TokenKind.Currency || char.IsUpper(w[0])))
            {
                unit = code;
                i++;
            }

            if (!TryNumber(i, out double value, out int k, out bool vague, out bool plainYearLike))
            {
                return null;
            }

            bool hasScale = false;
            if (TryScale(k, unit is not null || IsCurrencyWord(k + 1), out double scale))
            {
                value *= scale;
                k++;
                hasScale = true;
            }

            var kind = QuantityKind.Count;
            string? counts = null;
            if (unit is null && QuantityLexicon.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(W(k), out var cw))
            {
                unit = cw;
                k++;
            }

            if (unit is not null)
            {
                kind = QuantityKind.Money;
            }
            else if (W(k) is "%" || Is(k, "percent") || Is(k, "pct"))
            {
                kind = QuantityKind.Percent;
                unit = "%";
                k++;
            }
            else if (Is(k, "per") && Is(k + 1, "cent"))
            {
                kind = QuantityKind.Percent;
                unit = "%";
                k += 2;
            }
            else
            {
                if (plainYearLike && !hasScale && !FollowedByPeople(k))
                {
                    return k; // a year, not a count
                }

                if (IsDateOrTime(start, k) || IsModelNumber(start))
                {
                    return k;
                }

                if (QuantityLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(W(k), out var u))
                {
                    kind = QuantityKind.Measure;
                    unit = u;
                    k++;
                }
                else
                {
                    // "fell by 600,000 to 5.9 million": a number with a scale word is a figure even with no noun after it.
                    counts = Outcome(start, ref k);
                    if (counts is null && !CountsThings(k) && !hasScale)
                    {
                        return k;
                    }
                }
            }

            var (qualifierStart, qualifier) = QualifierBefore(start);
            if (qualifier == Qualifier.Exact && vague)
            {
                qualifier = Qualifier.About;
            }

            int from = _tokens[qualifierStart].Start;
            int to = _tokens[k - 1].End;
            found.Add(new Quantity { Range = new CharRange(from, to), Kind = kind, Value = value, Unit = unit, Qualifier = qualifier, Counts = counts });
            return k;
        }

        private bool IsCurrencyWord(int i) => QuantityLexicon.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(W(i));

        private bool TryNumber(int i, out double value, out int next, out bool vague, out bool yearLike)
        {
            value = 0;
            next = i;
            vague = false;
            yearLike = false;
            if (i >= _end)
            {
                return false;
            }

            var w = W(i);
            var t = _tokens[i];
            if (t.Kind == TokenKind.Number)
            {
                if (w.Contains(':') || w.Contains('/') || (w.Contains('-') && !w.Contains('.')))
                {
                    return false; // times, fractions written as dates, ranges
                }

                Span<char> digits = stackalloc char[Math.Min(w.Length, 64)];
                int n = 0;
                foreach (char c in w[..Math.Min(w.Length, 64)])
                {
                    if (c != ',')
                    {
                        digits[n++] = c;
                    }
                }

                if (!double.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
                {
                    return false;
                }

                yearLike = w.Length == 4 && !w.Contains('.') && value is >= 1800 and <= 2100;
                next = i + 1;
                return true;
            }

            if (t.Kind != TokenKind.Word)
            {
                return false;
            }

            if (NumberWords.Vague.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out value))
            {
                vague = true;
                next = i + 1;
                if (Is(next, "of"))
                {
                    next++; // "hundreds of people"
                }

                return true;
            }

            // "a dozen", "a hundred"
            if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) && (Is(i + 1, "dozen") || Is(i + 1, "hundred") || Is(i + 1, "thousand")))
            {
                value = NumberWords.Cardinals[W(i + 1).ToString()];
                next = i + 2;
                return true;
            }

            if (!TryNumberWord(w, out value))
            {
                return false;
            }

            next = i + 1;

            // "forty-five" split by the tokenizer into "forty", "-", "five".
            if (value >= 20 && value % 10 == 0 && W(next) is "-" && _tokens[next].Start == _tokens[i].End && next + 1 < _end
                && _tokens[next + 1].Start == _tokens[next].End && TryNumberWord(W(next + 1), out double ones) && ones < 10)
            {
                value += ones;
                next += 2;
            }

            return true;
        }

        private static bool TryNumberWord(ReadOnlySpan<char> w, out double value)
        {
            var lookup = NumberWords.Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(w, out value))
            {
                return !w.Equals("hundred", StringComparison.OrdinalIgnoreCase) && !w.Equals("thousand", StringComparison.OrdinalIgnoreCase) && !w.Equals("dozen", StringComparison.OrdinalIgnoreCase);
            }

            int dash = w.IndexOf('-');
            if (dash > 0 && lookup.TryGetValue(w[..dash], out double tens) && lookup.TryGetValue(w[(dash + 1)..], out double ones) && tens >= 20 && ones < 10)
            {
                value = tens + ones;
                return true;
            }

            return false;
        }

        private bool TryScale(int i, bool money, out double scale)
        {
            scale = 1;
            var w = W(i);
            if (w.IsEmpty || !NumberWords.Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out scale))
            {
                return false;
            }

            // "m", "b" and "k" are scales only right after money ("$639m") or before a currency word.
            return w.Length > 2 || money || w.Equals("mn", StringComparison.OrdinalIgnoreCase) || w.Equals("bn", StringComparison.OrdinalIgnoreCase);
        }

        private bool IsDateOrTime(int start, int next)
        {
            if (CalendarText.Month(W(start - 1)) > 0 || CalendarText.Month(W(next)) > 0 || (Is(next, "of") && CalendarText.Month(W(next + 1)) > 0))
            {
                return true;
            }

            var after = W(next);
            return after.Equals("am", StringComparison.OrdinalIgnoreCase) || after.Equals("pm", StringComparison.OrdinalIgnoreCase) || after.Equals("a.m.", StringComparison.OrdinalIgnoreCase)
                || after.Equals("p.m.", StringComparison.OrdinalIgnoreCase) || after.Equals("o'clock", StringComparison.OrdinalIgnoreCase) || W(start - 1) is "No." or "#" || Is(start - 1, "page");
        }

        /// <summary>A number right after a capitalized name is part of it: "Boeing 747", "Flight 123", "Resolution 242".</summary>
        private bool IsModelNumber(int start)
        {
            var before = W(start - 1);
            return start - 1 > _first && before.Length > 1 && char.IsUpper(before[0]) && _tokens[start - 1].Kind == TokenKind.Word
                && !QuantityLexicon.CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(before);
        }

        private bool FollowedByPeople(int k) => QuantityLexicon.People.GetAlternateLookup<ReadOnlySpan<char>>().Contains(W(k)) || QuantityLexicon.Outcomes.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(W(k));

        /// <summary>A count names things: a plural noun or a noun for people follows ("12 trucks", "two soldiers").</summary>
        private bool CountsThings(int k)
        {
            var w = W(k);
            if (w.IsEmpty || _tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (QuantityLexicon.People.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) && !w.Equals("of", StringComparison.OrdinalIgnoreCase) && !w.Equals("more", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "14 new trucks": one adjective allowed. Spans of time ("two days") are durations, not counts.
            var noun = w.Length > 2 && char.IsLower(w[0]) && w[^1] == 's' ? w : W(k + 1);
            if (QuantityLexicon.TimeUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun) || QuantityLexicon.TimeUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
            {
                return false;
            }

            return noun.Length > 2 && char.IsLower(noun[0]) && noun[^1] == 's' && !noun.EndsWith("ss", StringComparison.Ordinal) && !noun.Equals("was", StringComparison.Ordinal) && !noun.Equals("has", StringComparison.Ordinal) && !noun.Equals("is", StringComparison.Ordinal);
        }

        /// <summary>What happened to the people counted, from the words right after ("two dead", "14 civilians were killed") or the verb before ("displaced over 6.4 million").</summary>
        private string? Outcome(int start, ref int k)
        {
            var outcomes = QuantityLexicon.Outcomes.GetAlternateLookup<ReadOnlySpan<char>>();
            var people = QuantityLexicon.People.GetAlternateLookup<ReadOnlySpan<char>>();
            if (outcomes.TryGetValue(W(k), out var direct))
            {
                k++;
                return direct;
            }

            for (int j = k; j < Math.Min(_end, k + 5); j++)
            {
                if (outcomes.TryGetValue(W(j), out var later))
                {
                    return later;
                }

                bool skippable = people.Contains(W(j)) || (j == k && _tokens[j].Kind == TokenKind.Word); // the counted noun itself
                if (!skippable)
                {
                    break;
                }
            }

            for (int j = start - 1; j >= Math.Max(_first, start - 5); j--)
            {
                var w = W(j);
                if (outcomes.TryGetValue(w, out var before))
                {
                    return before;
                }

                if (w.Equals("toll", StringComparison.OrdinalIgnoreCase))
                {
                    return "killed"; // "the death toll rose to 32"
                }

                if (_tokens[j].Kind != TokenKind.Word || (j < start - 1 && w.Equals("and", StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }
            }

            return TallyOutcome(start, outcomes);
        }

        /// <summary>
        /// The outcome of a tally given its figure with "at" or "to", in the same clause: "put the number of people wounded in
        /// the blast in Kano at 6", "raised the death toll from the quake to 40", "the number of those arrested rose to 12".
        /// </summary>
        private string? TallyOutcome(int start, FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> outcomes)
        {
            if (!Is(start - 1, "at") && !Is(start - 1, "to"))
            {
                return null;
            }

            for (int j = start - 2; j >= Math.Max(_first, start - 24); j--)
            {
                if (_tokens[j].Kind is not (TokenKind.Word or TokenKind.Number))
                {
                    return null; // the tally is in this clause or not at all
                }

                var w = W(j);
                if (w.Equals("toll", StringComparison.OrdinalIgnoreCase))
                {
                    return outcomes.TryGetValue(W(j - 1), out var o) ? o : "killed";
                }

                if ((w.Equals("number", StringComparison.OrdinalIgnoreCase) || w.Equals("tally", StringComparison.OrdinalIgnoreCase) || w.Equals("count", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("figure", StringComparison.OrdinalIgnoreCase) || w.Equals("total", StringComparison.OrdinalIgnoreCase)) && Is(j + 1, "of"))
                {
                    for (int m = j + 2; m < Math.Min(start - 1, j + 7); m++)
                    {
                        if (outcomes.TryGetValue(W(m), out var o))
                        {
                            return o;
                        }
                    }

                    return null;
                }
            }

            return null;
        }

        private (int Start, Qualifier Qualifier) QualifierBefore(int start)
        {
            foreach (var (words, qualifier) in QuantityLexicon.Qualifiers)
            {
                int at = start - words.Length;
                if (at < _first)
                {
                    continue;
                }

                bool match = true;
                for (int j = 0; j < words.Length && match; j++)
                {
                    match = Is(at + j, words[j]);
                }

                if (match)
                {
                    return (at, qualifier);
                }
            }

            return (start, Qualifier.Exact);
        }
    }
}
