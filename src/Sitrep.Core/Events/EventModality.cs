namespace Sitrep.Core.Events;

/// <summary>
/// How a mention says its act: in the future, negated, failed, as an obligation put on someone, in the passive, under
/// "unless". PLOVER's rules turn the act's own category (its sense) into the event's: a negated or failed cooperative
/// act is REJECT and other negated acts did not happen; an obligation put on the subject is REQUEST; what is said of
/// the future follows <see cref="Plover.Future"/> unless the trigger keeps its category ("will resign").
/// </summary>
public readonly record struct EventModality(bool Future, bool Negated, bool Failed, bool Obligation, bool Passive, bool Unless, bool KeepsCategory)
{
    /// <summary>The event's category for an act of <paramref name="sense"/> said this way (null: nothing happened).</summary>
    public string? Apply(string sense)
    {
        if (Negated)
        {
            return (Future || Failed) && Plover.IsCooperative(sense) ? Plover.Reject : null;
        }

        if (Obligation && !Passive)
        {
            return Plover.Request;
        }

        return Future && !KeepsCategory ? Plover.Future(sense, Unless) : sense;
    }
}
