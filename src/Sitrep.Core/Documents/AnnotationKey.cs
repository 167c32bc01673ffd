namespace Sitrep.Core.Documents;

/// <summary>Names one annotation layer of a <see cref="Document"/>. Components declare what they need and add with these.</summary>
public abstract class AnnotationKey
{
    private protected AnnotationKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public abstract Type ValueType { get; }

    public override string ToString() => Name;
}

/// <summary>A typed layer key: the layer's value is a <typeparamref name="T"/>.</summary>
public sealed class AnnotationKey<T> : AnnotationKey
    where T : notnull
{
    public AnnotationKey(string name)
        : base(name)
    {
    }

    public override Type ValueType => typeof(T);
}
