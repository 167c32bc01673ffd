namespace Sitrep.Core.Tagging;

/// <summary>The words of one sentence, as spans (document tokens or CoNLL columns alike).</summary>
public interface IWordSource
{
    ReadOnlySpan<char> Word(int index);
}
