using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotations;

/// <summary>A name in the text that the recognizer typed: one mention, before mentions are merged into entities.</summary>
public sealed record EntityMention(CharRange Range, TokenRange Tokens, EntityType Type);
