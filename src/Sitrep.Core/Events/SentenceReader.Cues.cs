using Sitrep.Core.Annotations;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>
/// The cues of one event mention for the category model (<see cref="EventCategoryModel"/>): the trigger and the
/// predicate chain that governs it, their arguments (<see cref="AddArguments"/>), modality, the sentence's other
/// words and the actors' kinds. The rule reading's own category is one cue among them.
/// </summary>
internal sealed partial class SentenceReader
{
    private const int ContextWords = 40;

    // A reading with its cues, when the document wants them (a model decides, or training collects).
    private EventReading WithCues(EventReading reading, Predicate? top, Predicate? last, NounTrigger? noun)
    {
        if (IntroducedNoun(reading.Trigger))
        {
            reading = reading with { Introduced = true };
        }

        if (_decision is { } d && d.Category == reading.Type && noun is null)
        {
            reading = reading with { Sense = d.Sense, Modality = d.Modality };
        }

        // Only a mention the pipeline keeps (one with an actor) is worth the cues, unless training wants them all.
        if (!_doc.WantsCues || !(reading.HasActor || _doc.CuesForAll))
        {
            return reading;
        }

        var cues = new EventCues(_doc.Clusters, keepText: _doc.CuesAsText);
        int t = reading.Trigger;
        var entry = EntryAt(t, noun);
        string lemma = LemmaOf(t, entry);
        cues.Add("bias", "1");
        cues.Add("r", reading.Sense);
        cues.Add("t", lemma);
        cues.Add("ts", EventCues.Stem(_doc.Lower(t)));
        cues.AddClusters("tc", _doc.Lower(t));
        cues.Add("tp", _doc.Tag(t).ToString());
        if (entry is not null)
        {
            cues.Add("te", entry.Kind + "/" + (entry.Category ?? "-"));
            if (entry.Words.Length > 1)
            {
                cues.Add("tw", string.Join('_', entry.Words));
            }
        }

        // The chain of governing verbs down to the one that decides ("threatened to impose [sanctions]").
        var modality = new List<string>(4);
        for (var q = top; q is not null; q = q.Complement)
        {
            if (q.Head != t)
            {
                string ql = LemmaOf(q.Head, q.Entry);
                cues.Add("h", ql);
                cues.Add("ht", ql, lemma);
                cues.AddClusters("hc", _doc.Lower(q.Head));
                if (q.Entry is { } qe)
                {
                    cues.Add("he", qe.Kind + "/" + (qe.Category ?? "-"));
                    if (qe.Kind is TriggerKind.Intent or TriggerKind.Fail)
                    {
                        modality.Add(qe.Kind.ToString());
                    }
                }
            }

            if (q.Future) { modality.Add("future"); }
            if (q.Negated) { modality.Add("negated"); }
            if (q.Obligation) { modality.Add("obligation"); }
            if (q.Passive) { modality.Add("passive"); }
            if (q.Conditional) { modality.Add("conditional"); }
            if (IsInfinitive(q)) { modality.Add("infinitive"); }
            if (q == last)
            {
                break;
            }
        }

        if (_unless)
        {
            modality.Add("unless");
        }

        string family = entry?.Category ?? "-";
        foreach (var m in modality)
        {
            cues.Add("m", m);
            cues.Add("me", m, family);
        }

        if (modality.Count == 0)
        {
            cues.Add("m", "plain");
        }

        AddArguments(cues, lemma, last, noun, t);
        if (_doc.Tree is not null)
        {
            AddTreeArguments(cues, lemma, t);
        }

        // The actors' kinds.
        cues.Add("src", ActorKind(reading.Source, reading.SourceCountry));
        cues.Add("tgt", ActorKind(reading.Target, reading.TargetCountry));
        if (reading.Agentive)
        {
            cues.Add("agentive", "1");
        }

        // The sentence's other words and the categories its other triggers name.
        int words = 0;
        for (int k = _first; k < _end && words < ContextWords; k++)
        {
            if (k == t || _doc.Tag(k) is not (UposTag.Noun or UposTag.Verb or UposTag.Adj))
            {
                continue;
            }

            words++;
            var ke = EntryAt(k, null);
            cues.Add("w", LemmaOf(k, ke));
            if (ke?.Category is { } other)
            {
                cues.Add("wc", other);
            }
        }

        return reading with { Cues = cues.Hashes, CueText = cues.Text };
    }

    /// <summary>
    /// The arguments of the deciding word: its object's head noun and the entity in it, the prepositions and particles
    /// after it, and, for an event noun, the verb that takes it ("scuttled the talks") and the word before it, read
    /// from the linear object region; and, from the dependency tree (<see cref="AddTreeArguments"/>), the trigger's
    /// relation to its head and its dependents with their relations and prepositions.
    /// </summary>
    private void AddArguments(EventCues cues, string lemma, Predicate? last, NounTrigger? noun, int t)
    {
        int from;
        int to;
        if (noun is not null)
        {
            from = noun.End;
            to = Math.Min(_end, noun.End + 8);
            if (GoverningVerb(noun.Start) is { } verb)
            {
                string vl = LemmaOf(verb.Head, verb.Entry);
                cues.Add("gv", vl);
                cues.Add("gvt", vl, lemma);
                cues.Add("gvs", EventCues.Stem(_doc.Lower(verb.Head)));
                cues.AddClusters("gvc", _doc.Lower(verb.Head));
            }

            if (noun.Start > _first && _doc.Tag(noun.Start - 1) is UposTag.Adj or UposTag.Noun or UposTag.Propn)
            {
                cues.Add("mod", _doc.Lower(noun.Start - 1));
                cues.Add("modt", _doc.Lower(noun.Start - 1), lemma);
            }
        }
        else if (last is not null)
        {
            from = last.Head == t ? last.End : t + 1;
            to = last.Head == t ? last.ObjectEnd : Math.Min(_end, t + 8);
        }
        else
        {
            from = t + 1;
            to = Math.Min(_end, t + 8);
        }

        if (from < _end && _doc.Tag(from) is UposTag.Adp or UposTag.Part or UposTag.Adv)
        {
            cues.Add("nx", _doc.Lower(from));
            cues.Add("tnx", lemma, _doc.Lower(from));
        }

        string? prep = null;
        bool headSeen = false;
        for (int k = from; k < to && !IsBoundary(k); k++)
        {
            var tag = _doc.Tag(k);
            if (tag == UposTag.Adp)
            {
                prep = _doc.Lower(k);
                cues.Add("p", prep);
                cues.Add("tpp", lemma, prep);
                continue;
            }

            if (tag is UposTag.Noun or UposTag.Propn && (k + 1 >= to || _doc.Tag(k + 1) is not (UposTag.Noun or UposTag.Propn)))
            {
                string head = _doc.NamedEntityAt(k) is { } id ? "ENT_" + (_doc.Actors.Entity(id)?.Type.ToString() ?? "X") : LemmaOf(k, EntryAt(k, null));
                string role = prep is null ? "o" : "pn";
                cues.Add(role, prep is null ? head : prep + "_" + head);
                if (!headSeen)
                {
                    headSeen = true;
                    cues.Add("to", lemma, head);
                    cues.AddClusters("oc", _doc.Lower(k));
                    if (EntryAt(k, null)?.Category is { } objectCategory)
                    {
                        cues.Add("oe", objectCategory);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The trigger's place in the tree: its relation and the word it hangs from ("dh:xcomp|threaten"), and each
    /// dependent that is an argument — subject (active or passive), object, particle, oblique or nominal modifier with
    /// its preposition — as its relation and word ("da:obj|talks", "da:obl:against|ENT_Gpe"), alone and with the trigger.
    /// </summary>
    private void AddTreeArguments(EventCues cues, string lemma, int t)
    {
        var tree = _doc.Tree!;
        string relation = tree.Relation(t);
        cues.Add("dr", relation);
        if (tree.Head(t) is >= 0 and var head)
        {
            cues.Add("dh", relation, LemmaOf(head, EntryAt(head, null)));
        }

        foreach (int child in tree.Children(t))
        {
            string r = tree.UniversalRelation(child);
            string slot;
            if (r is "nsubj" or "obj" or "iobj" or "compound" || (r == "advmod" && tree.Relation(child) == "advmod"))
            {
                slot = tree.Relation(child);
            }
            else if (r is "obl" or "nmod" && CaseOf(child) is { } prep)
            {
                slot = r + ":" + prep;
            }
            else
            {
                continue;
            }

            string word = _doc.NamedEntityAt(child) is { } id ? "ENT_" + (_doc.Actors.Entity(id)?.Type.ToString() ?? "X") : LemmaOf(child, EntryAt(child, null));
            cues.Add("da", slot, word);
            cues.Add("dta", lemma, slot + "|" + word);
            cues.Add("ds", lemma, slot);
        }
    }

    private Predicate? GoverningVerb(int token)
    {
        Predicate? found = null;
        foreach (var p in _predicates)
        {
            if (token >= p.End && token < p.ObjectEnd)
            {
                found = p;
            }
        }

        return found;
    }

    private TriggerEntry? EntryAt(int token, NounTrigger? noun)
    {
        if (noun is not null && noun.Start == token)
        {
            return noun.Entry;
        }

        foreach (var p in _predicates)
        {
            if (p.Head == token)
            {
                return p.Entry;
            }
        }

        foreach (var n in _nouns)
        {
            if (n.Start == token)
            {
                return n.Entry;
            }
        }

        var entries = _doc.Entries(token);
        return entries.Length > 0 ? entries[0] : null;
    }

    private string LemmaOf(int token, TriggerEntry? entry) => entry is not null ? entry.Words[0] : _doc.Lower(token);

    private string ActorKind(string? entity, string? country)
    {
        // A described actor ("police") is read by its words, as before such actors were entities.
        if (entity is not null && _doc.Actors.Entity(entity) is { Described: false } e)
        {
            return e.Type.ToString() + (country is null ? "" : "+country");
        }

        return country is null ? "none" : "country";
    }

    // "a roundtable meeting", "another visit": the noun phrase's article introduces a happening the text has not told
    // yet ("the meeting", "their talks" refer back to one).
    private bool IntroducedNoun(int trigger)
    {
        if (_doc.Tag(trigger) == UposTag.Verb)
        {
            // "held a roundtable meeting": a light verb's event noun.
            int article = trigger + 1;
            if (article >= _end || !Language.ArticleWords.IsIndefinite(_doc.Lower(article)))
            {
                return false;
            }

            for (int k = article + 1; k < _end && k <= article + 4 && _doc.Tag(k) is UposTag.Adj or UposTag.Noun or UposTag.Propn; k++)
            {
                if (_doc.Tag(k) == UposTag.Noun && _doc.Entries(k).Any(e => e.Pos == TriggerPos.Noun && e.Kind == TriggerKind.Event))
                {
                    return true;
                }
            }

            return false;
        }

        if (_doc.Tag(trigger) != UposTag.Noun)
        {
            return false;
        }

        for (int j = trigger - 1; j >= _first && j >= trigger - 4; j--)
        {
            if (_doc.Tag(j) == UposTag.Det)
            {
                return Language.ArticleWords.IsIndefinite(_doc.Lower(j));
            }

            if (_doc.Tag(j) is not (UposTag.Adj or UposTag.Noun or UposTag.Propn or UposTag.Num))
            {
                return false;
            }
        }

        return false;
    }
}
