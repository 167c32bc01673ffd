using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>
/// The cues the event category model reads for one event mention, as strings ("t:attack", "o:talks", "m:future"):
/// each is a template name, a colon and a value. <see cref="SentenceReader"/> makes them (SentenceReader.Cues.cs);
/// this type only collects them and knows the word clusters. Change <see cref="Version"/> whenever a template
/// changes: a model trained with other templates is refused. The pipeline keeps only the hashes (the model reads
/// <see cref="StableHash.Of"/> of each cue's text, hashed here without making the string); training keeps the text too.
/// </summary>
public sealed class EventCues
{
    /// <summary>The cue templates' version (the model file's fingerprint).</summary>
    public const uint Version = 0x45564303;

    private readonly List<string>? _text;
    private readonly List<ulong> _hashes = new(64);
    private readonly AtomTable? _clusters;

    public EventCues(AtomTable? clusters, bool keepText)
    {
        _clusters = clusters;
        _text = keepText ? new(64) : null;
    }

    /// <summary>The cues' text (null unless kept).</summary>
    public IReadOnlyList<string>? Text => _text;

    public ulong[] Hashes => [.. _hashes];

    public void Add(string template, string value) => Add(template, value, null);

    /// <summary>A cue of two values: "template:a|b".</summary>
    public void Add(string template, string a, string? b)
    {
        int length = template.Length + 1 + a.Length + (b is null ? 0 : b.Length + 1);
        if (length > 256)
        {
            a = a[..Math.Min(a.Length, 100)];
            b = b?[..Math.Min(b.Length, 100)];
            length = template.Length + 1 + a.Length + (b is null ? 0 : b.Length + 1);
        }

        Span<char> buffer = stackalloc char[length];
        template.CopyTo(buffer);
        int n = template.Length;
        buffer[n++] = ':';
        a.CopyTo(buffer[n..]);
        n += a.Length;
        if (b is not null)
        {
            buffer[n++] = '|';
            b.CopyTo(buffer[n..]);
        }

        _hashes.Add(StableHash.Of(buffer));
        _text?.Add(new string(buffer));
    }

    /// <summary>The word's exchange clusters from the tagging lexicon (64, 256 and 1024 classes, packed as the POS
    /// features read them) under three templates.</summary>
    public void AddClusters(string template, string word)
    {
        if (_clusters is null)
        {
            return;
        }

        int c = _clusters.Get(StableHash.OfNormalized(word));
        if (c > 0)
        {
            Add(template + "64", (c & 0xFF).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(template + "256", ((c >> 8) & 0x3FF).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(template + "1024", (c >> 18).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A crude stem for words the lexicon does not know ("scuttled" → "scuttl"): suffixes -s, -ed, -ing, -es cut.</summary>
    public static string Stem(string lower)
    {
        foreach (var suffix in s_suffixes)
        {
            if (lower.Length > suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return lower[..^suffix.Length].TrimEnd('e');
            }
        }

        return lower.TrimEnd('e');
    }

    private static readonly string[] s_suffixes = ["ing", "ied", "ies", "ed", "es", "s"];
}
