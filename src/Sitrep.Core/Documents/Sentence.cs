namespace Sitrep.Core.Documents;

/// <summary>A sentence: its tokens and the characters from its first token's start to its last token's end.</summary>
public readonly record struct Sentence(TokenRange Tokens, CharRange Chars);
