namespace Sitrep.Core.Tagging;

/// <summary>
/// Word knowledge shared by the taggers: word clusters learned from unlabeled news and the gazetteer.
/// Stored as a <see cref="ModelData"/> of kind "lexicon" with tables "clusters" and "gazetteer".
/// </summary>
public sealed class Lexicon
{
    public const string Kind = "lexicon";
    public const uint Fingerprint = 0x4C455801;

    public Lexicon(AtomTable clusters, Gazetteer gazetteer, AtomTable? casing = null)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(gazetteer);
        Clusters = clusters;
        Gazetteer = gazetteer;
        Casing = casing ?? new AtomTable();
    }

    public static Lexicon Empty { get; } = new(new AtomTable(), Gazetteer.Empty);

    /// <summary>Normalized word hash → how the news writes it mid-sentence: 1 lower case, 2 capitalized, 3 both.</summary>
    public AtomTable Casing { get; }

    /// <summary>Normalized word hash → packed cluster ids (see <see cref="TokenAtoms.Cluster"/>).</summary>
    public AtomTable Clusters { get; }

    public Gazetteer Gazetteer { get; }

    public static Lexicon FromData(ModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var clusters = data.Tables.GetValueOrDefault("clusters") ?? new AtomTable();
        var gazetteer = data.Tables.TryGetValue("gazetteer", out var phrases) ? new Gazetteer(phrases) : Gazetteer.Empty;
        return new Lexicon(clusters, gazetteer, data.Tables.GetValueOrDefault("case"));
    }

    public ModelData ToData(string notes) => new()
    {
        Kind = Kind,
        Fingerprint = Fingerprint,
        Bits = 8,
        Labels = [],
        Buckets = [],
        Rows = [],
        Tables = new(StringComparer.Ordinal) { ["clusters"] = Clusters, ["gazetteer"] = Gazetteer.Phrases, ["case"] = Casing },
        Notes = notes,
    };

    /// <summary>Computes the atoms of one sentence's words, with clusters and gazetteer marks.</summary>
    public void Atomize<TWords>(scoped TWords words, Span<TokenAtoms> atoms)
        where TWords : IWordSource, allows ref struct
    {
        for (int i = 0; i < atoms.Length; i++)
        {
            ref var a = ref atoms[i];
            a = default;
            AtomBuilder.Fill(words.Word(i), ref a);
            a.Cluster = Clusters.Get(a.Lower);
            a.Casing = Casing.Get(a.Lower);
        }

        Gazetteer.Mark(atoms);
    }
}
