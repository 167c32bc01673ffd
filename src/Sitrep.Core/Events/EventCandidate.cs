using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>One event mention as the rule reader finds it, for training the category model: its sentence, its
/// trigger token, the rule's category, the act's own category (sense) and how it is said, and the cues the model reads
/// (<see cref="EventExtractor.Candidates"/>). The model decides the sense; <see cref="Modality"/> makes it the category.</summary>
public sealed record EventCandidate(int Sentence, Token Trigger, string RuleCategory, string RuleSense, EventModality Modality, IReadOnlyList<string> Cues);
