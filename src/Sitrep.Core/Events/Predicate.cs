namespace Sitrep.Core.Events;

/// <summary>
/// A verb (or "be" + adjective) of one sentence with its verb group: the auxiliaries, modals and negation before it,
/// the lexicon entry it matched (or none), the complement it governs ("threatened [to cut]"), and the tokens of its
/// object, where the words it acts on and any noun trigger it takes ("held [talks with Iraq]") are.
/// </summary>
internal sealed class Predicate
{
    /// <summary>First token of the trigger words (the verb or adjective itself).</summary>
    public int Head { get; init; }

    /// <summary>Token after the trigger words ("call for" ends after "for").</summary>
    public int End { get; init; }

    /// <summary>First token of the verb group (auxiliaries, negation, "to").</summary>
    public int GroupStart { get; set; }

    /// <summary>The lexicon entry, or null; a <see cref="TriggerKind.Sense"/> entry is replaced once its object is
    /// known (<c>SentenceReader.ReadSense</c>).</summary>
    public TriggerEntry? Entry { get; set; }

    /// <summary>will, would, shall, may, might, could, can, or "going to".</summary>
    public bool Future { get; set; }

    /// <summary>not, n't, never.</summary>
    public bool Negated { get; set; }

    /// <summary>must, should: an obligation put on the subject.</summary>
    public bool Obligation { get; set; }

    /// <summary>"be"/"get" + past participle.</summary>
    public bool Passive { get; set; }

    /// <summary>Inside an "if", "unless" or "whether" clause: a condition, not a fact.</summary>
    public bool Conditional { get; set; }

    public Predicate? Complement { get; set; }

    /// <summary>The complement is a finite clause ("denied [that] it was …", "said he [will] …"), not an infinitive or gerund.</summary>
    public bool ClausalComplement { get; set; }

    public Predicate? Governor { get; set; }

    /// <summary>Token after the object region (the region starts at <see cref="End"/>).</summary>
    public int ObjectEnd { get; set; }
}
