using Sitrep.Core.Tagging;

namespace Sitrep.Core.Parsing;

/// <summary>
/// The trained dependency parser: a move table (kind "parse-moves": SHIFT, LEFT, RIGHT) and a label table (kind
/// "parse-labels": the dependency relations, UD names with subtypes), stored as two model files. It reads the
/// sentence's token atoms (words, suffixes, clusters: <see cref="DependencyParser"/> fills them from the lexicon again,
/// the POS tagger's are not kept) and the predicted POS tags.
/// </summary>
public sealed class ParserModel
{
    public const string MovesKind = "parse-moves";
    public const string LabelsKind = "parse-labels";

    /// <summary>The relation of the sentence's root word.</summary>
    public const string RootRelation = "root";

    private readonly WeightTable _moves;
    private readonly WeightTable _labels;
    private readonly int _root;

    [ThreadStatic]
    private static ArcHybrid? _state;

    [ThreadStatic]
    private static BranchSearch? _search;

    [ThreadStatic]
    private static ParseBeam? _beam;

    /// <summary>
    /// Selectional branching (<see cref="ParseDecoder"/>): one alternative sequence per sentence, from the step whose
    /// runner-up move came closest (within 40 move-score units), sequences compared with label scores weighted 16.
    /// Chosen on EWT dev for the shipped tables (src/Sitrep.Models/README.md: +0.69 LAS there, +0.53 on GUM dev, about
    /// three quarters of the greedy parser's speed); a retrained table has another scale and should be measured again.
    /// </summary>
    private const int Branches = 1;

    private const float BranchMargin = 40;

    private const float BranchLabelWeight = 16;

    /// <summary>The shipped decoder's search (selectional branching with the settings above), for a trainer to score tables as they will run.</summary>
    public static BranchSearch ShippedBranching() => new(Branches, BranchMargin, BranchLabelWeight);

    /// <summary>The label weight of a beam's final comparison for tables trained with labels after the search (chosen on EWT dev).</summary>
    public const float DefaultBeamLabelWeight = 4;

    /// <summary>
    /// Beam search instead of selectional branching when above 0 (default 0, off) (<see cref="ParseBeam"/>, for tables trained with
    /// <c>Sitrep.Train parse --beam</c>), with the label scores weighted <see cref="BeamLabelWeight"/> in the final
    /// comparison. Off: a joint beam of 4 runs at about a third of the speed even with kept sums (<see cref="CachedBeamScorer"/>; src/Sitrep.Models/README.md, "Global training with a beam" and "Kept sums").
    /// </summary>
    public int BeamWidth { get; init; }

    /// <summary>Labels inside the beam's search (<see cref="ParseBeam.Joint"/>, for tables trained with <c>--beam-labels joint</c>).</summary>
    public bool BeamJoint { get; init; }

    /// <summary>The weight of the label scores when the final beam is compared (<see cref="ParseBeam.LabelWeight"/>).</summary>
    public float BeamLabelWeight { get; init; } = DefaultBeamLabelWeight;

    public ParserModel(ModelData moves, ModelData labels)
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(labels);
        if (moves.Kind != MovesKind || labels.Kind != LabelsKind || moves.Fingerprint != ParseFeatures.Fingerprint
            || labels.Fingerprint != ParseFeatures.Fingerprint || moves.Labels.Count != ArcHybrid.MoveCount)
        {
            throw new InvalidDataException("Not a parser model for this feature code.");
        }

        _root = labels.Labels.ToList().IndexOf(RootRelation);
        if (_root < 0 || labels.Labels.Count > byte.MaxValue)
        {
            throw new InvalidDataException("The parser's label table has no 'root' relation or too many relations.");
        }

        _moves = moves.ToWeightTable();
        _labels = labels.ToWeightTable();
        Relations = [.. labels.Labels];
    }

    /// <summary>The relation names, indexed by the label ids <see cref="Parse"/> writes.</summary>
    public IReadOnlyList<string> Relations { get; }

    public int RowCount => _moves.RowCount + _labels.RowCount;

    /// <summary>
    /// Parses one sentence whose atoms are filled (lexicon) and whose POS tags are predicted: writes each word's head
    /// (sentence-relative index, −1 for the root word) and relation id.
    /// </summary>
    public void Parse(ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, Span<int> heads, Span<byte> relations)
    {
        if (BeamWidth > 0)
        {
            if (_beam is null || _beam.Width != BeamWidth || _beam.LabelWeight != BeamLabelWeight || _beam.Joint != BeamJoint)
            {
                _beam = new ParseBeam(BeamWidth, BeamLabelWeight, BeamJoint);
            }

            _beam.Parse(sentence, tags, _moves, _labels, Relations.Count, _root, heads, relations);
            return;
        }

        _state ??= new ArcHybrid();
        _search ??= ShippedBranching();
        ParseDecoder.Parse(sentence, tags, _moves, _labels, Relations.Count, _root, _state, heads, relations, _search);
    }
}
