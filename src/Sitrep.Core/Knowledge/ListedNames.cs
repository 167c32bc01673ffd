using Sitrep.Core.Tagging;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// Organisations and forenames of the Phoenix actor dictionaries and the office-holders (<c>Data/actors.tsv.gz</c>,
/// built by tools/Sitrep.DataBuild): what the entity layer checks a recognized name against ("Customs and Border
/// Protection" is an organisation; "Dave" starts a person's name). Phrases are keyed as the tagging gazetteer keys them
/// (normalized token hashes), so a sentence's <see cref="TokenAtoms.Lower"/> looks them up directly.
/// </summary>
public sealed class ListedNames
{
    private static readonly Lazy<ListedNames> s_shared = new(() => new ListedNames(EmbeddedData.Rows("actors.tsv.gz")));

    private readonly HashSet<ulong> _organisations;
    private readonly HashSet<ulong> _forenames;

    /// <summary>Builds the lists from rows <c>organisation NAME</c> (its tokens one space apart) and <c>forename WORD</c>.</summary>
    public ListedNames(IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var organisations = new HashSet<ulong>();
        var forenames = new HashSet<ulong>();
        Span<ulong> hashes = stackalloc ulong[Tagging.Gazetteer.MaxTokens];
        foreach (var row in rows)
        {
            if (row.Length < 2)
            {
                continue;
            }

            if (row[0] == "forename")
            {
                forenames.Add(StableHash.OfNormalized(row[1]));
                continue;
            }

            // The builder writes a name's tokens one space apart (Sitrep.DataBuild/ActorNames.cs).
            int n = 0;
            foreach (var range in row[1].AsSpan().Split(' '))
            {
                if (row[0] != "organisation" || n == Tagging.Gazetteer.MaxTokens)
                {
                    n = 0;
                    break;
                }

                hashes[n++] = StableHash.OfNormalized(row[1].AsSpan()[range]);
            }

            if (n < 2)
            {
                continue;
            }

            organisations.Add(Tagging.Gazetteer.PhraseKey(hashes[..n]));
        }

        _organisations = organisations;
        _forenames = forenames;
    }

    /// <summary>The shipped lists.</summary>
    public static ListedNames Shared => s_shared.Value;

    /// <summary>Whether a word (normalized hash) is a listed forename.</summary>
    public bool IsForename(ulong lower) => _forenames.Contains(lower);

    /// <summary>
    /// The end of the longest listed organisation of two or more words starting at <paramref name="start"/> (ending by
    /// <paramref name="limit"/>), or -1.
    /// </summary>
    public int OrganisationAt(ReadOnlySpan<TokenAtoms> words, int start, int limit)
    {
        int best = -1;
        Span<ulong> hashes = stackalloc ulong[Tagging.Gazetteer.MaxTokens];
        for (int n = 1; n <= Tagging.Gazetteer.MaxTokens && start + n <= Math.Min(limit, words.Length); n++)
        {
            hashes[n - 1] = words[start + n - 1].Lower;
            if (n >= 2 && _organisations.Contains(Tagging.Gazetteer.PhraseKey(hashes[..n])))
            {
                best = start + n;
            }
        }

        return best;
    }
}
