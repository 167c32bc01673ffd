namespace Sitrep.Core.Documents;

/// <summary>
/// One article: its normalized text and every annotation layer that the pipeline's components add.
/// Layers are set once, by the component that produces them, and never replaced; all offsets are
/// half-open UTF-16 ranges into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<AnnotationKey, object> _layers = [];

    public Document(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
    }

    /// <summary>What ingest handed over: text, source and any metadata the source stated.</summary>
    public ArticleInput Input { get; }

    /// <summary>The normalized text all offsets point into.</summary>
    public string Text => Input.Text;

    /// <summary>The layers present, in the order they were added.</summary>
    public IEnumerable<AnnotationKey> Layers => _layers.Keys;

    public bool Has(AnnotationKey key) => _layers.ContainsKey(key);

    /// <summary>The layer's value; a component only asks for what it declared it requires.</summary>
    /// <exception cref="InvalidOperationException">The layer has not been produced.</exception>
    public T Get<T>(AnnotationKey<T> key)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return _layers.TryGetValue(key, out var value)
            ? (T)value
            : throw new InvalidOperationException($"The document has no '{key.Name}' layer: add a component that produces it earlier in the pipeline.");
    }

    public bool TryGet<T>(AnnotationKey<T> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_layers.TryGetValue(key, out var boxed))
        {
            value = (T)boxed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The layer's value, or <paramref name="fallback"/> when no component produced it.</summary>
    public T GetOrDefault<T>(AnnotationKey<T> key, T fallback)
        where T : notnull
        => TryGet(key, out var value) ? value : fallback;

    /// <summary>Adds a layer. Each layer is set once: annotations are never silently overwritten.</summary>
    /// <exception cref="InvalidOperationException">The layer is already present.</exception>
    public void Set<T>(AnnotationKey<T> key, T value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!_layers.TryAdd(key, value))
        {
            throw new InvalidOperationException($"The '{key.Name}' layer is already set; layers are written once.");
        }
    }

    /// <summary>The tokens (requires the tokens layer).</summary>
    public TokenList Tokens => Get(Sitrep.Core.Documents.Layers.Tokens);

    /// <summary>The sentences (requires the sentences layer).</summary>
    public IReadOnlyList<Sentence> Sentences => Get(Sitrep.Core.Documents.Layers.Sentences);

    /// <summary>The text of a character range.</summary>
    public string TextOf(CharRange range) => Text.Substring(range.Start, range.Length);
}
