using Sitrep.Core.Annotations;

namespace Sitrep.Core.Times;

/// <summary>A recognized expression: pieces [Start, End), its TIMEX3 type and its unresolved value.</summary>
internal readonly record struct TimexMatch(int Start, int End, TimexType Type, TimexSpec Spec);
