using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>
/// The trained model that decides an event's PLOVER category from the cues of its predicate and arguments
/// (<see cref="EventCues"/>): a multiclass averaged perceptron over hashed cue strings, with one label per category
/// and <see cref="None"/> for "no event". Trained by <c>tools/Sitrep.Train events</c>; stored like the tagging models.
/// </summary>
public sealed class EventCategoryModel
{
    public const string Kind = "events";

    /// <summary>The label that says the words are no event.</summary>
    public const string None = "NONE";

    /// <summary>The model file's settings table and its key for <see cref="Margin"/> (stored in thousandths).</summary>
    public const string SettingsTable = "settings";
    public const string MarginKey = "margin";

    private readonly WeightTable _weights;
    private readonly string?[] _categories;

    public EventCategoryModel(ModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Kind != Kind)
        {
            throw new InvalidDataException($"not an event category model (kind '{data.Kind}')");
        }

        _weights = data.ToWeightTable();
        Labels = data.Labels;
        _categories = data.Labels.Select(l => l == None ? null : Plover.Parse(l) ?? throw new InvalidDataException($"unknown event label '{l}'")).ToArray();
        Notes = data.Notes;
        Margin = data.Tables.TryGetValue(SettingsTable, out var settings) ? settings.Get(StableHash.Of(MarginKey)) / 1000f : 0f;
    }

    /// <summary>How much more the model's best category must score than the rule reader's to replace it (chosen by cross-validation).</summary>
    public float Margin { get; init; }

    /// <summary>The labels in model order: PLOVER categories and <see cref="None"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    public string Notes { get; }

    /// <summary>The fingerprint of the cue templates (<see cref="EventCues.Version"/>).</summary>
    public static uint Fingerprint => EventCues.Version;

    public static EventCategoryModel Read(Stream stream) => new(ModelFile.Read(stream, Kind, Fingerprint));

    /// <summary>The hashes of cue strings, as the model reads them.</summary>
    public static ulong[] Hash(IReadOnlyList<string> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var hashes = new ulong[cues.Count];
        for (int i = 0; i < hashes.Length; i++)
        {
            hashes[i] = StableHash.Of(cues[i]);
        }

        return hashes;
    }

    /// <summary>
    /// The category the cues say (null: no event). <paramref name="fallback"/>, the rule reader's category, stays unless
    /// the model's best scores at least <see cref="Margin"/> more, and when no cue is known to the model.
    /// </summary>
    public string? Decide(IReadOnlyList<string> cues, string? fallback) => Decide(Hash(cues), fallback);

    /// <summary>As <see cref="Decide(IReadOnlyList{string}, string?)"/>, from the cues' hashes.</summary>
    public string? Decide(ReadOnlySpan<ulong> cues, string? fallback)
    {
        Span<float> scores = stackalloc float[_weights.Stride];
        _weights.Score(cues, scores);
        int best = 0;
        bool flat = true;
        for (int k = 1; k < _categories.Length; k++)
        {
            flat &= scores[k] == scores[0];
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        int kept = fallback is null ? -1 : Array.IndexOf(_categories, fallback);
        if (flat || (kept >= 0 && scores[best] - scores[kept] < Margin))
        {
            return fallback;
        }

        return _categories[best];
    }
}
