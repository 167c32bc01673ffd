using Sitrep.Core.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// One document rebuilt from a treebank: its text and the gold token and sentence spans in it
/// (half-open UTF-16 ranges, sorted, non-overlapping).
/// </summary>
/// <param name="Id">The document id (<c># newdoc id</c>), or a running number.</param>
/// <param name="Text">The sentences' <c># text</c> lines joined (see <see cref="TextJoin"/>).</param>
/// <param name="Tokens">Gold tokens: syntactic words where a multiword token's words spell its surface, otherwise the surface token.</param>
/// <param name="Sentences">Gold sentences: from the first token's start to the last token's end.</param>
public sealed record GoldTokenDocument(string Id, string Text, CharRange[] Tokens, CharRange[] Sentences);
