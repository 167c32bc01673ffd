using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotations;

public enum Severity : byte
{
    Info,
    Warning,
    Error,
}

/// <summary>Something the article contradicts, in itself or against known facts, with the words that show it.</summary>
public sealed record Finding(string Kind, Severity Severity, string Message, IReadOnlyList<CharRange> Evidence);
