using System.Collections.Frozen;
using Sitrep.Core.Tagging;
using Sitrep.Core.Tokenization;

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

    private readonly FrozenSet<ulong> _organisations;
    private readonly FrozenSet<ulong> _forenames;

    /// <summary>Builds the lists from rows <c>organisation NAME</c> and <c>forename WORD</c>.</summary>
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

            var tokens = Tokenizer.Tokenize(row[1]);
            if (row[0] != "organisation" || tokens.Length is 0 or > Tagging.Gazetteer.MaxTokens)
            {
                continue;
            }

            for (int i = 0; i < tokens.Length; i++)
            {
                hashes[i] = StableHash.OfNormalized(tokens[i].Span(row[1]));
            }

            organisations.Add(Tagging.Gazetteer.PhraseKey(hashes[..tokens.Length]));
        }

        _organisations = organisations.ToFrozenSet();
        _forenames = forenames.ToFrozenSet();
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
