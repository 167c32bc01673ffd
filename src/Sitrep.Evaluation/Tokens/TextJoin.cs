namespace Sitrep.Evaluation;

/// <summary>How the sentences of a treebank document are joined into one text.</summary>
public enum TextJoin
{
    /// <summary>Sentences of a paragraph joined by one space; paragraphs (<c># newpar</c>) by a blank line, as in news text files.</summary>
    Paragraphs,

    /// <summary>Every sentence of a document joined by one space: one line, no paragraph breaks to help.</summary>
    Spaces,
}
