using System.Collections;

namespace Sitrep.Core.Tagging;

/// <summary>The document's part-of-speech layer: one UPOS tag per token, parallel to the token list.</summary>
public sealed class PosTags : IReadOnlyList<UposTag>
{
    private readonly UposTag[] _tags;

    public PosTags(UposTag[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags = tags;
    }

    public int Count => _tags.Length;

    public UposTag this[int index] => _tags[index];

    public ReadOnlySpan<UposTag> AsSpan() => _tags;

    public IEnumerator<UposTag> GetEnumerator() => ((IEnumerable<UposTag>)_tags).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _tags.GetEnumerator();
}
