namespace Sitrep.Core.Tagging;

/// <summary>
/// Name lists (countries, cities, regions, demonyms, office-holders) keyed by the hashes of their lower-cased
/// tokens; marks the longest match (up to <see cref="MaxTokens"/> tokens) at each position of a sentence.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxTokens = 6;
    private const ulong Seed = 0x5bd1e9955bd1e995UL;
    private readonly AtomTable _phrases;

    public Gazetteer(AtomTable phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = phrases;
    }

    public static Gazetteer Empty { get; } = new(new AtomTable());

    public int Count => _phrases.Count;

    /// <summary>Phrase key → type bits (what the model file stores).</summary>
    public AtomTable Phrases => _phrases;

    /// <summary>The key of a phrase from the normalized hashes of its tokens.</summary>
    public static ulong PhraseKey(ReadOnlySpan<ulong> lowerHashes)
    {
        ulong h = Seed;
        foreach (ulong t in lowerHashes)
        {
            h = StableHash.Mix(h, t);
        }

        return h;
    }

    /// <summary>Parses the shipped form: one phrase per line, "bits TAB token token …".</summary>
    public static Gazetteer Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = new AtomTable(65536);
        Span<ulong> hashes = stackalloc ulong[MaxTokens];
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !int.TryParse(line.AsSpan(0, tab), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int bits))
            {
                continue;
            }

            int n = 0;
            foreach (var range in line.AsSpan(tab + 1).Split(' '))
            {
                var token = line.AsSpan(tab + 1)[range];
                if (token.IsEmpty)
                {
                    continue;
                }

                if (n == MaxTokens)
                {
                    n = 0;
                    break;
                }

                hashes[n++] = StableHash.OfNormalized(token);
            }

            if (n > 0)
            {
                table.Or(PhraseKey(hashes[..n]), bits);
            }
        }

        return new Gazetteer(table);
    }

    /// <summary>The type bits of exactly this phrase (normalized token hashes), or None.</summary>
    public GazetteerMarks Lookup(ReadOnlySpan<ulong> lowerHashes)
        => lowerHashes.Length is 0 or > MaxTokens ? GazetteerMarks.None : (GazetteerMarks)_phrases.Get(PhraseKey(lowerHashes));

    /// <summary>Sets <see cref="TokenAtoms.Gazetteer"/> on every token of one sentence (longest match first, left to right).</summary>
    public void Mark(Span<TokenAtoms> sentence)
    {
        int i = 0;
        while (i < sentence.Length)
        {
            int bestLength = 0;
            int bestBits = 0;
            ulong h = Seed;
            int limit = Math.Min(MaxTokens, sentence.Length - i);
            for (int k = 0; k < limit; k++)
            {
                if ((sentence[i + k].Flags & AtomFlags.Punctuation) != 0 && k == 0)
                {
                    break;
                }

                h = StableHash.Mix(h, sentence[i + k].Lower);
                int bits = _phrases.Get(h);
                if (bits != 0)
                {
                    bestLength = k + 1;
                    bestBits = bits;
                }
            }

            if (bestLength == 0)
            {
                sentence[i].Gazetteer = 0;
                i++;
                continue;
            }

            int multi = bestLength > 1 ? (int)GazetteerMarks.MultiWord : 0;
            for (int k = 0; k < bestLength; k++)
            {
                sentence[i + k].Gazetteer = bestBits | multi | (k == 0 ? (int)GazetteerMarks.First : 0);
            }

            i += bestLength;
        }
    }
}
