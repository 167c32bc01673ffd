namespace Sitrep.Core.Tagging;

/// <summary>The 17 Universal Dependencies part-of-speech tags, in the order of their names.</summary>
public enum UposTag : byte
{
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}
