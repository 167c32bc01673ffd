using Sitrep.Core.Annotations;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>
/// Who did it to whom, read from the dependency tree (<see cref="EventDocument.Tree"/>): the subject of the verb (or
/// of the clause whose subject it shares), the agent of a passive ("by" phrase), the object or a target oblique. Each
/// answer is a token of the tree; the noun phrase around it names the entity. Where the tree has no answer the linear
/// readers in <c>SentenceReader.Actors.cs</c> are asked.
/// </summary>
internal sealed partial class SentenceReader
{
    // A verb without a subject of its own shares the subject of the clause it hangs from: "agreed [to meet]",
    // "warned … and [accused]", ", [charging] its neighbour".
    private static readonly HashSet<string> s_sharedSubject = ["xcomp", "conj", "advcl"];

    // The dependents that belong to a noun phrase's name: not its clauses, not what is said beside it; of its
    // prepositional modifiers only possessors and "of" ("Representatives of the Farm Credit System"), not "struggle
    // [against Israel]", "device [outside of the Iraqi city]".
    private static readonly HashSet<string> s_phraseRelations = ["compound", "flat", "amod", "nmod", "appos", "det", "nummod", "case", "conj", "cc"];

    /// <summary>The subject token of <paramref name="head"/> in the tree, or −1; a relative pronoun stands for the noun
    /// its clause modifies, an active participle modifying a noun ("troops firing on") has that noun.</summary>
    private int TreeSubjectToken(int head)
    {
        var tree = _doc.Tree;
        if (tree is null)
        {
            return -1;
        }

        int t = head;
        for (int hop = 0; hop < 4 && t >= 0; hop++)
        {
            int subject = tree.FirstChild(t, "nsubj");
            if (subject >= 0)
            {
                bool relative = tree.Relation(t) == "acl:relcl" && _doc.Lower(subject) is "who" or "which" or "that";
                return relative ? tree.Head(t) : subject;
            }

            string relation = tree.UniversalRelation(t);
            if (relation == "acl")
            {
                // "troops firing on protesters": the noun does what its participle says. Not "an attempt to
                // assassinate" (an infinitive) nor "the men arrested by police" (done to the noun).
                return _doc.Lower(t).EndsWith("ing", StringComparison.Ordinal) && tree.FirstChild(t, "mark") < 0 ? tree.Head(t) : -1;
            }

            if (!s_sharedSubject.Contains(relation) || (relation == "advcl" && !IsNonFinite(t)))
            {
                return -1;
            }

            t = tree.Head(t);
        }

        return -1;
    }

    // An adverbial clause shares the main clause's subject only when it has none of its own to lose: a participle
    // (", charging its neighbour with …") or a purpose infinitive ("opened fire to disperse"); a finite clause whose
    // subject the parser took for an oblique ("resigned as the opposition threatened") does not.
    private bool IsNonFinite(int verb) =>
        _doc.Lower(verb).EndsWith("ing", StringComparison.Ordinal)
        || (_doc.Tree!.FirstChild(verb, "mark") is >= 0 and var mark && _doc.Lower(mark) == "to");

    /// <summary>The subject of <paramref name="p"/> from the tree, or null when the tree names none.</summary>
    private Subject? TreeSubject(Predicate p)
    {
        int token = TreeSubjectToken(p.Head);
        return token < 0 ? null : NounPhrase(token);
    }

    /// <summary>The tree's subject when it names an actor (an entity or a country); a subject the parse found but
    /// could not name ("This comes as China has denounced …", where "as China" was parsed as an oblique) is asked of
    /// the linear reader.</summary>
    private Subject? NamedTreeSubject(Predicate p) => TreeSubject(p) is { } s && (s.Head is not null || s.Country is not null) ? s : null;

    /// <summary>The entity, country and tokens of the noun phrase headed by <paramref name="token"/>.</summary>
    private Subject NounPhrase(int token)
    {
        var (start, end) = PhraseSpan(token);
        string? head;
        string? country = null;
        if (_doc.Tag(token) == UposTag.Pron && _doc.EntityAt(token) is null)
        {
            head = Antecedent(_doc.Lower(token), start);
        }
        else
        {
            head = HeadEntity(start, end, out country);
        }

        country ??= CountryWordIn(start, end);
        return new Subject(head, country, start, end);
    }

    // The tokens a noun phrase's name spans: the head and its compounds, names, modifiers, possessors, appositions
    // and "of" phrases, not its relative clauses.
    private (int Start, int End) PhraseSpan(int token)
    {
        int start = token;
        int end = token + 1;
        ExtendPhrase(token, ref start, ref end, 0);
        return (start, end);
    }

    private void ExtendPhrase(int token, ref int start, ref int end, int depth)
    {
        foreach (int child in _doc.Tree!.Children(token))
        {
            string relation = _doc.Tree.UniversalRelation(child);
            if (!s_phraseRelations.Contains(relation)
                || (relation == "nmod" && _doc.Tree.Relation(child) != "nmod:poss" && CaseOf(child) is { } prep && prep is not ("of" or "'s" or "’s")))
            {
                continue;
            }

            start = Math.Min(start, child);
            end = Math.Max(end, child + 1);
            if (depth < 3)
            {
                ExtendPhrase(child, ref start, ref end, depth + 1);
            }
        }
    }

    /// <summary>The tokens of a verb's object: the tree's object phrase, else the linear object region.</summary>
    private (int From, int To) ObjectSpan(Predicate p)
    {
        if (_doc.Tree is { } tree && tree.FirstChild(p.Head, "obj") is >= 0 and var obj)
        {
            return PhraseSpan(obj);
        }

        return (p.End, p.ObjectEnd);
    }

    /// <summary>The preposition of an oblique or nominal modifier ("against" in "against the rebels"), lower case, or null.</summary>
    private string? CaseOf(int token)
    {
        int c = _doc.Tree!.FirstChild(token, "case");
        return c < 0 ? null : _doc.Lower(c);
    }

    /// <summary>The agent of a passive from the tree ("by the rebels"), along the chain from <paramref name="top"/> to
    /// <paramref name="last"/>; null when the tree shows none.</summary>
    private string? TreeAgent(Predicate top, Predicate last)
    {
        for (var p = top; p is not null; p = p.Complement)
        {
            foreach (int child in _doc.Tree!.Children(p.Head))
            {
                if (_doc.Tree.Relation(child) == "obl:agent" || (_doc.Tree.UniversalRelation(child) == "obl" && CaseOf(child) == "by"))
                {
                    return NounPhrase(child).Head;
                }
            }

            if (p == last)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The agent of a passive that names none, told by the clause it hangs from: "It followed action by police, when
    /// three coachloads of people were searched and detained" — the passive is coordinated with, or an adverbial clause
    /// of, a clause whose subject or object is an act with a "by" phrase, and that phrase names who did it. Null when the
    /// tree shows none.
    /// </summary>
    private string? HostAgent(Predicate p)
    {
        var tree = _doc.Tree;
        if (tree is null)
        {
            return null;
        }

        int t = p.Head;
        for (int hop = 0; hop < 2 && tree.UniversalRelation(t) is "conj" or "advcl" && tree.Head(t) is >= 0 and var host; hop++)
        {
            foreach (int noun in tree.Children(host))
            {
                if (tree.UniversalRelation(noun) is not ("obj" or "nsubj") || _doc.EntityAt(noun) is not null)
                {
                    continue;
                }

                foreach (int by in tree.Children(noun))
                {
                    if (tree.UniversalRelation(by) == "nmod" && CaseOf(by) == "by" && NounPhrase(by).Head is { } agent)
                    {
                        return agent;
                    }
                }
            }

            t = host;
        }

        return null;
    }

    /// <summary>
    /// The target from the tree: the object of a verb of the chain (<paramref name="obliques"/> false), or an oblique
    /// after a target preposition ("against", "on", "with"…; true); an object that names the act ("held talks with X")
    /// gives its own such modifier. A place after "in", "near"… is the event's place, not its target, unless it is no
    /// place (an organisation).
    /// </summary>
    private string? TreeObject(Predicate top, Predicate last, string? source, bool obliques, out bool addressee)
    {
        addressee = false;
        var tree = _doc.Tree!;
        string? described = null; // a described actor ("police") answers only when no name does
        for (var p = top; p is not null; p = p.Complement)
        {
            // "demanded that Hamas renounce …", "wants the government to withdraw": the complement's own subject is
            // the one the act is aimed at.
            if (p != top && tree.FirstChild(p.Head, "nsubj") is >= 0 and var asked && NounPhrase(asked).Head is { } asker && asker != source)
            {
                addressee = true;
                return asker;
            }

            string? oblique = null;
            foreach (int child in tree.Children(p.Head))
            {
                string relation = tree.UniversalRelation(child);
                if (relation is "obj" or "iobj")
                {
                    if (NounPhrase(child).Head is { } id && id != source)
                    {
                        if (!IsDescribed(id))
                        {
                            return id;
                        }

                        described ??= id;
                    }

                    oblique ??= obliques ? ModifierTarget(child, source) : null;
                }
                else if (obliques && relation == "obl" && tree.Relation(child) != "obl:agent" && oblique is null
                    && CaseOf(child) is { } prep && s_targetPrepositions.Contains(prep))
                {
                    oblique = TargetOf(child, prep, source);
                }
            }

            if (oblique is not null && !IsDescribed(oblique))
            {
                return oblique;
            }

            described ??= oblique;
            if (p == last)
            {
                break;
            }
        }

        return described;
    }

    // "talks with Iraq", "an attack on Kharkiv": the target a noun's own prepositional modifier names.
    private string? ModifierTarget(int noun, string? source)
    {
        foreach (int child in _doc.Tree!.Children(noun))
        {
            if (_doc.Tree.UniversalRelation(child) == "nmod" && CaseOf(child) is { } prep && s_targetPrepositions.Contains(prep)
                && TargetOf(child, prep, source) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    private string? TargetOf(int token, string prep, string? source)
    {
        var id = NounPhrase(token).Head;
        if (id is null || id == source)
        {
            return null;
        }

        bool place = s_placePrepositions.Contains(prep) && _doc.Actors.Entity(id)?.Type is EntityType.Gpe or EntityType.Loc;
        return place ? null : id;
    }

    // "12 people were killed": the passive's subject is a count of casualties the quantity layer resolved.
    private bool CountsCasualties(Subject subject)
    {
        for (int k = subject.Start; k < subject.End; k++)
        {
            if (_doc.InCasualtyCount(k))
            {
                return true;
            }
        }

        return false;
    }
}
