using Sitrep.Core.Documents;

namespace Sitrep.Core.Quotes;

/// <summary>
/// The capitalized name phrases of one document, for naming speakers without a recognizer: a name's
/// canonical form is the earliest full name (two words or more, titles stripped) sharing its last word.
/// A pronoun's person is the entity layer's (Entities.PronounResolver).
/// </summary>
internal sealed class NameIndex
{
    private readonly TokenText _t;
    private readonly List<NameRun> _runs = [];
    private readonly Dictionary<string, int> _fullBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _surnames;

    public NameIndex(TokenText t)
    {
        _t = t;
        _surnames = _fullBySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = 0;
        while (i < t.Count)
        {
            if (!t.IsCapitalized(i))
            {
                i++;
                continue;
            }

            int end = i;
            while (end + 1 < t.Count && !t.LineBreakAfter(end) && (t.IsCapitalized(end + 1) || (IsConnector(t[end + 1]) && end + 2 < t.Count && t.IsCapitalized(end + 2))))
            {
                end++;
            }

            Add(i, end);
            i = end + 1;
        }
    }

    /// <summary>A capitalized run of tokens [First, Last] whose name proper starts at NameFirst (after titles).</summary>
    public readonly record struct NameRun(int First, int Last, int NameFirst)
    {
        public int NameLength => Last - NameFirst + 1;
    }

    public IReadOnlyList<NameRun> Runs => _runs;

    /// <summary>The name inside tokens [first, last] (the last capitalized run, titles stripped), or null.</summary>
    public NameRun? NameIn(int first, int last)
    {
        for (int r = _runs.Count - 1; r >= 0; r--)
        {
            var run = _runs[r];
            if (run.Last < first)
            {
                break;
            }

            if (run.First >= first && run.Last <= last)
            {
                return run;
            }

            if (run.First <= last && run.Last >= first)
            {
                // A run that crosses the phrase's edges: keep the part inside.
                int a = Math.Max(run.NameFirst, first);
                int b = Math.Min(run.Last, last);
                return b >= a ? new NameRun(Math.Max(run.First, first), b, a) : null;
            }
        }

        return null;
    }

    /// <summary>The canonical text of a name: the earliest full name with the same last word, else the name itself.</summary>
    public string Canonical(NameRun run)
    {
        var surname = _t[run.Last];
        if (_surnames.TryGetValue(surname, out int full))
        {
            var f = _runs[full];
            if (run.NameLength == 1 || string.Equals(FirstWord(f), _t[run.NameFirst].ToString(), StringComparison.Ordinal) || run.NameLength <= f.NameLength)
            {
                return _t.Text[_t.Token(f.NameFirst).Start.._t.Token(f.Last).End];
            }
        }

        return _t.Text[_t.Token(run.NameFirst).Start.._t.Token(run.Last).End];
    }

    /// <summary>True when the run is a person's name by shape: two name words, a full form elsewhere, or a personal title.</summary>
    public bool IsPersonLike(NameRun run)
    {
        if (run.NameLength >= 2 && run.NameLength <= 4)
        {
            return true;
        }

        if (run.NameLength == 1 && _surnames.TryGetValue(_t[run.Last], out _))
        {
            return true;
        }

        return run.NameFirst > run.First && IsPersonalTitle(_t[run.NameFirst - 1]);
    }

    /// <summary>The first name run starting at token <paramref name="first"/> or the one after it, or null.</summary>
    public NameRun? RunAtStart(int first)
    {
        foreach (var run in RunsIn(first, int.MaxValue))
        {
            return run.First <= first + 3 ? run : null;
        }

        return null;
    }

    private IEnumerable<NameRun> RunsIn(int first, int stop)
    {
        int lo = 0, hi = _runs.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_runs[mid].First < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int r = lo; r < _runs.Count && _runs[r].Last < stop; r++)
        {
            yield return _runs[r];
        }
    }

    private string FirstWord(NameRun run) => _t[run.NameFirst].ToString();

    private void Add(int first, int last)
    {
        int nameFirst = first;
        while (nameFirst < last && IsNotName(_t[nameFirst]))
        {
            nameFirst++;
        }

        var w = _t[nameFirst];
        if (last == nameFirst && (QuoteWords.IsPhraseStop(w) || QuoteWords.IsPronoun(w) || QuoteWords.IsDeterminer(w) || QuoteWords.IsTimeWord(w) || QuoteWords.IsTitle(w)))
        {
            return;
        }

        var run = new NameRun(first, last, nameFirst);
        _runs.Add(run);
        if (run.NameLength >= 2 && run.NameLength <= 4 && char.IsUpper(_t[last][0]))
        {
            _fullBySurname.TryAdd(_t[last].ToString(), _runs.Count - 1);
        }
    }

    private static bool IsNotName(ReadOnlySpan<char> w)
        => QuoteWords.IsTitle(w) || QuoteWords.IsDeterminer(w) || QuoteWords.IsPhraseStop(w) || QuoteWords.IsPronoun(w) || QuoteWords.IsTimeWord(w) || (QuoteWords.IsCue(w) && w is not "States");

    private static bool IsConnector(ReadOnlySpan<char> w) => w is "de" or "van" or "von" or "bin" or "al" or "da" or "del" or "la" or "le" or "du";

    private static bool IsPersonalTitle(ReadOnlySpan<char> w)
        => w is "Mr." or "Mrs." or "Ms." or "Dr." or "Mr" or "Mrs" or "Ms" or "Sen." or "Rep." or "Gov." or "President" or "Senator" or "Governor"
            or "Secretary" or "Minister" or "Gen." or "General" or "Judge" or "Mayor" or "Chancellor" or "Pope" or "King" or "Queen" or "Prince";
}
