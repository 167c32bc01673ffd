namespace Sitrep.Core.Tagging;

/// <summary>What the NER templates read for one sentence: its atoms and POS tags plus the document's state.</summary>
public readonly ref struct NerContext(ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<byte> pos, bool noCase, NerDocument document)
{
    public ReadOnlySpan<TokenAtoms> Atoms { get; } = atoms;

    public ReadOnlySpan<byte> Pos { get; } = pos;

    /// <summary>The sentence carries no case information (all-caps or title-case line).</summary>
    public bool NoCase { get; } = noCase;

    /// <summary>How the word is written in the rest of the document: 1 lower case, 2 capitalized mid-sentence, 3 both.</summary>
    public int CaseElsewhere(int i) => (uint)i < (uint)Atoms.Length ? document.CaseOf(Atoms[i].Lower) : 0;

    /// <summary>The label type this word received most often earlier in the document (0 none, 1 O, 2.. type + 2).</summary>
    public int History(int i) => (uint)i < (uint)Atoms.Length ? document.HistoryOf(Atoms[i].Lower) : 0;
}
