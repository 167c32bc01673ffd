using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>The sentence's triggers, verb groups, conditions and complements.</summary>
internal sealed partial class SentenceReader
{
    private void FindTriggers()
    {
        int i = _first;
        while (i < _end)
        {
            var tag = _doc.Tag(i);
            if (tag == UposTag.Adp && _doc.Entries(i).Length > 0 && Match(i, TriggerPos.Noun, minWords: 2, out int phraseEnd) is { } prepositional)
            {
                // "went on strike"
                _nouns.Add(new NounTrigger(i, phraseEnd, prepositional));
                i = phraseEnd;
                continue;
            }

            if (tag is UposTag.Punct or UposTag.Det or UposTag.Adp or UposTag.Cconj or UposTag.Pron or UposTag.Num or UposTag.Sym)
            {
                i++;
                continue;
            }

            if (tag != UposTag.Verb && _doc.Entries(i).Length == 0)
            {
                i++;
                continue;
            }

            // A noun phrase of several words first ("improvised explosive device", "martial law", "hunger strike").
            if (Match(i, TriggerPos.Noun, minWords: 2, out int nounEnd) is { } phrase)
            {
                _nouns.Add(new NounTrigger(i, nounEnd, phrase));
                i = nounEnd;
                continue;
            }

            // "for Trump to broker a ceasefire": a verb after "to" that the tagger took for a noun.
            if (IsVerb(i, tag))
            {
                var entry = Match(i, TriggerPos.Verb, 1, out int end);
                if (entry is null && AfterBe(i))
                {
                    entry = Match(i, TriggerPos.Adjective, 1, out end);
                }

                _predicates.Add(new Predicate { Head = i, End = entry is null ? i + 1 : end, Entry = entry });
                i = entry is null ? i + 1 : end;
                continue;
            }

            if (tag == UposTag.Adj && AfterBe(i) && Match(i, TriggerPos.Adjective, 1, out int adjEnd) is { } adjective)
            {
                _predicates.Add(new Predicate { Head = i, End = adjEnd, Entry = adjective });
                i = adjEnd;
                continue;
            }

            // A capitalized noun may be a headline's ("Sanctions Bite"), but "March" and "May" are months.
            if ((tag == UposTag.Noun || (tag == UposTag.Propn && _doc.EntityAt(i) is null)) && !IsCapitalizedTimeWord(i)
                && Match(i, TriggerPos.Noun, 1, out int end1) is { } noun)
            {
                _nouns.Add(new NounTrigger(i, end1, noun));
                i = end1;
                continue;
            }

            i++;
        }
    }

    private bool IsCapitalizedTimeWord(int i) => s_timeWords.Contains(_doc.Lower(i)) && char.IsUpper(_doc.FirstChar(i));

    // The tagger's verbs, less participles used as adjectives ("a planned visit", "the banned party"), plus verbs it
    // took for nouns or adjectives: "for Trump to broker", "Klibi undertook", "it plans to impose".
    private bool IsVerb(int i, UposTag tag)
    {
        bool beforeNoun = i + 1 < _end && _doc.Tag(i + 1) is UposTag.Noun or UposTag.Adj;
        bool afterModifier = i > _first && (_doc.Tag(i - 1) is UposTag.Det or UposTag.Adj || _doc.Lower(i - 1) is "'s");
        // "EU-mediated talks": the second half of a hyphenated modifier.
        if (i > _first && _doc.Lower(i - 1) == "-")
        {
            return false;
        }

        if (tag == UposTag.Verb)
        {
            return !(afterModifier && beforeNoun && _doc.Lower(i).EndsWith("ed", StringComparison.Ordinal)) && !IsReducedRelative(i);
        }

        if (tag is not (UposTag.Noun or UposTag.Adj) || afterModifier)
        {
            return false;
        }

        var lower = _doc.Lower(i);
        bool afterTo = i > _first && lower != "to" && _doc.Lower(i - 1) == "to" && _doc.Tag(i - 1) == UposTag.Part;
        bool afterPronoun = i > _first && _doc.Lower(i - 1) is "he" or "she" or "it" or "they" or "we";
        bool beforeTo = i + 2 < _end && _doc.Lower(i + 1) == "to" && _doc.Tag(i + 2) == UposTag.Verb;
        bool pastAfterSubject = lower.EndsWith("ed", StringComparison.Ordinal) && i > _first
            && _doc.Tag(i - 1) is UposTag.Noun or UposTag.Propn or UposTag.Verb && !IsBoundary(i - 1);
        if (!(afterTo || afterPronoun || beforeTo || pastAfterSubject || WordForms.IsIrregularVerbForm(lower)))
        {
            return false;
        }

        // Only the hand-written verbs are recovered: the derived lexicon's many words ("fire", "match") are verbs
        // only where the tagger says so.
        return Match(i, TriggerPos.Verb, 1, out _) is { Derived: false };
    }

    // "weapons seized from UN peacekeepers", "diplomats based in Geneva": a participle after a noun, before a
    // preposition, in a clause that already has its verb, describes the noun.
    private bool IsReducedRelative(int i)
    {
        if (i <= _first || i + 1 >= _end || _doc.Tag(i - 1) != UposTag.Noun || !_doc.Lower(i).EndsWith("ed", StringComparison.Ordinal)
            || !(_doc.Tag(i + 1) == UposTag.Adp || _doc.Lower(i + 1) is "last" or "earlier"))
        {
            return false;
        }

        // "There were 10 soldiers killed in Ukraine": after "be" the participle is the news itself.
        for (int j = i - 2; j >= _first && !IsBoundary(j); j--)
        {
            if (_doc.Tag(j) == UposTag.Verb && !s_beForms.Contains(_doc.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    private TriggerEntry? Match(int i, TriggerPos pos, int minWords, out int end)
    {
        end = i + 1;
        TriggerEntry? best = null;
        foreach (var entry in _doc.Entries(i))
        {
            if (entry.Pos != pos || entry.Words.Length < minWords || (best is not null && entry.Words.Length <= best.Words.Length))
            {
                continue;
            }

            if (RestMatches(entry, i))
            {
                best = entry;
                end = i + entry.Words.Length;
            }
        }

        return best;
    }

    private bool RestMatches(TriggerEntry entry, int i)
    {
        if (i + entry.Words.Length > _end)
        {
            return false;
        }

        for (int k = 1; k < entry.Words.Length; k++)
        {
            var lower = _doc.Lower(i + k);
            if (lower == entry.Words[k])
            {
                continue;
            }

            if (Array.IndexOf(WordForms.Of(lower), entry.Words[k]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool AfterBe(int i)
    {
        for (int j = i - 1; j >= _first && j >= i - 3; j--)
        {
            var t = _doc.Tag(j);
            if (t == UposTag.Aux && s_beForms.Contains(_doc.Lower(j)))
            {
                return true;
            }

            if (t is not (UposTag.Adv or UposTag.Part))
            {
                return false;
            }
        }

        return false;
    }

    // ---- verb groups, conditions, complements ---------------------------------------------------------------------

    private void ReadGroup(Predicate p)
    {
        bool be = false;
        int j = p.Head - 1;
        while (j >= _first)
        {
            var t = _doc.Tag(j);
            var w = _doc.Lower(j);
            // "no longer tolerate" (before the adverbs: "longer" is one).
            if (w == "longer" && j > _first && _doc.Lower(j - 1) == "no")
            {
                p.Negated = true;
                j -= 2;
                continue;
            }

            if (t is UposTag.Aux or UposTag.Part or UposTag.Adv || s_negations.Contains(w))
            {
                if (s_modalsFuture.Contains(w))
                {
                    p.Future = true;
                }
                else if (s_modalsObligation.Contains(w))
                {
                    p.Obligation = true;
                }
                else if (s_negations.Contains(w))
                {
                    p.Negated = true;
                }
                else if (s_beForms.Contains(w))
                {
                    be = true;
                }

                j--;
                continue;
            }

            // "are due to resume": the tagger took "to" for a preposition after the adjective ("due to" as in "due to
            // the strike"); before a verb's base form it is the infinitive's marker.
            if (w == "to" && t == UposTag.Adp && j == p.Head - 1 && _doc.Tag(p.Head) == UposTag.Verb
                && !_doc.Lower(p.Head).EndsWith("ing", StringComparison.Ordinal))
            {
                j--;
                continue;
            }

            // "is going to attack": a future.
            if (w == "going" && j + 1 < p.Head && _doc.Lower(j + 1) == "to")
            {
                p.Future = true;
                j--;
                continue;
            }

            break;
        }

        p.GroupStart = j + 1;
        if ((be || SharesPassive(p.Head)) && p.Entry?.Pos != TriggerPos.Adjective)
        {
            var head = _doc.Lower(p.Head);
            p.Passive = head.EndsWith("ed", StringComparison.Ordinal) || head.EndsWith("en", StringComparison.Ordinal)
                || s_irregularParticiples.Contains(head);
        }

        // What the tree hangs on the verb beyond its group: "will, officials said, not attack", "has never been attacked".
        if (_doc.Tree is { } tree)
        {
            foreach (int child in tree.Children(p.Head))
            {
                if (child >= p.GroupStart)
                {
                    continue;
                }

                string relation = tree.UniversalRelation(child);
                string w = _doc.Lower(child);
                if (relation is "advmod" or "aux" && s_negations.Contains(w))
                {
                    p.Negated = true;
                }
                else if (relation == "aux" && s_modalsFuture.Contains(w))
                {
                    p.Future = true;
                }
                else if (relation == "aux" && s_modalsObligation.Contains(w))
                {
                    p.Obligation = true;
                }
            }
        }

        p.Conditional = _conditional[p.Head - _first];
    }

    /// <summary>
    /// "were searched and detained": a conjunct with no subject and no auxiliary of its own shares the passive voice of
    /// the verb it is coordinated with (the tree: the verb's <c>aux:pass</c> or <c>nsubj:pass</c>).
    /// </summary>
    private bool SharesPassive(int verb)
    {
        if (_doc.Tree is not { } tree || tree.UniversalRelation(verb) != "conj" || tree.Head(verb) is not (>= 0 and var first))
        {
            return false;
        }

        foreach (int child in tree.Children(verb))
        {
            if (tree.UniversalRelation(child) is "nsubj" or "aux" or "cop" or "expl")
            {
                return false;
            }
        }

        foreach (int child in tree.Children(first))
        {
            if (tree.Relation(child) is "aux:pass" or "nsubj:pass" or "csubj:pass")
            {
                return true;
            }
        }

        return false;
    }

    // "An attempt to assassinate …": an attempted act is coded as the act.
    private bool AfterAttempt(Predicate p)
    {
        int before = p.GroupStart - 1;
        return before >= _first && _doc.Lower(before) is "attempt" or "attempts" or "bid" or "attempted";
    }

    private bool IsInfinitive(Predicate p)
    {
        for (int j = p.GroupStart; j < p.Head; j++)
        {
            if (_doc.Lower(j) == "to")
            {
                return true;
            }
        }

        return false;
    }

    // "if …", "unless …", "whether …" up to the next comma or the sentence end are conditions.
    private void MarkConditions()
    {
        for (int i = _first; i < _end; i++)
        {
            var w = _doc.Lower(i);
            if (w is not ("if" or "unless" or "whether"))
            {
                continue;
            }

            if (w == "unless")
            {
                _unless = true;
            }

            if (ConditionClause(i) is var (from, to))
            {
                // The tree says how far the clause reaches: "if talks fail the US will act" ends at "fail",
                // "if Iran, as expected, attacks" goes past the commas.
                for (int k = from; k < to; k++)
                {
                    _conditional[k - _first] = true;
                }

                continue;
            }

            int j = i;
            while (j < _end && !(j > i && _doc.Lower(j) is "," or ";" or ":"))
            {
                _conditional[j - _first] = true;
                j++;
            }

            i = j;
        }
    }

    // The tokens of the clause an "if", "unless" or "whether" marks, from the tree: the marker's head and everything
    // under it; null when the tree does not parse the word as a clause marker.
    private (int From, int To)? ConditionClause(int marker)
    {
        var tree = _doc.Tree;
        if (tree is null || tree.UniversalRelation(marker) != "mark" || tree.Head(marker) < 0)
        {
            return null;
        }

        int clause = tree.Head(marker);
        int from = Math.Min(marker, clause);
        int to = Math.Max(marker, clause) + 1;
        for (int k = _first; k < _end; k++)
        {
            if (k >= from && k < to)
            {
                continue;
            }

            if (tree.IsUnder(k, clause))
            {
                from = Math.Min(from, k);
                to = Math.Max(to, k + 1);
            }
        }

        return (from, to);
    }

    // A subordinating conjunction opens a clause, unless it is a preposition before a gerund ("of supporting"); a
    // dash between spaces ends a dateline ("ODESA, Sept. 12 (Newswire) - Grain prices …").
    private bool IsBoundary(int k) =>
        (_doc.Tag(k) == UposTag.Sconj && _doc.Lower(k) is not ("of" or "for" or "about" or "over" or "against" or "with" or "by" or "on" or "in" or "at"))
        || _doc.Lower(k) is "," or ";" or ":" or "(" or ")" or "\"" or "“" or "”" or "—" or "–" or "--" or "who" or "which" or "whom"
        || _doc.IsSpacedDash(k);

    // The object runs from the trigger to the next verb group, clause mark or punctuation.
    private int ObjectEnd(Predicate p, int index)
    {
        int limit = Math.Min(_end, p.End + 14);
        int next = index + 1 < _predicates.Count ? _predicates[index + 1].GroupStart : _end;
        for (int k = p.End; k < limit; k++)
        {
            if (k >= next || (IsBoundary(k) && !QuotesInsideObject(p, k)) || (_doc.Lower(k) == "that" && _doc.Tag(k) is UposTag.Sconj or UposTag.Pron))
            {
                return k;
            }
        }

        return limit;
    }

    // Relations by which a quotation mark's word belongs to the verb's own object phrase (not to a quoted clause).
    private static readonly HashSet<string> s_objectPhraseRelations = ["obj", "iobj", "obl", "nmod", "amod", "compound", "flat", "det", "nummod", "advmod"];

    /// <summary>
    /// Quotation marks around words of the object itself ("held some \"pretty frank discussions\" with", "called on the
    /// “interim” government to"): the tree hangs the mark on a word of the verb's object phrase, so the object goes on.
    /// Quoted speech hangs from the verb as a clause and still ends it.
    /// </summary>
    private bool QuotesInsideObject(Predicate p, int mark) => QuotesInsidePhrase(p.Head, mark);

    /// <summary>The same for the phrases of an event noun ("protests … against the “interim” government"): the mark
    /// hangs, through phrase relations, on the noun itself.</summary>
    private bool QuotesInsidePhrase(int head, int mark)
    {
        var tree = _doc.Tree;
        if (tree is null || _doc.Lower(mark) is not [var c] || !Tokenization.CharClasses.IsQuote(c) || tree.UniversalRelation(mark) != "punct")
        {
            return false;
        }

        int t = tree.Head(mark);
        for (int hop = 0; hop < 4 && t >= 0 && t != head; hop++)
        {
            if (!s_objectPhraseRelations.Contains(tree.UniversalRelation(t)))
            {
                return false;
            }

            t = tree.Head(t);
        }

        return t == head;
    }

    private void LinkComplement(Predicate p, int index)
    {
        if (index + 1 >= _predicates.Count)
        {
            return;
        }

        if (p.Entry is null)
        {
            // A verb the lexicon does not know, inside a governed chain ("urged Iran to stop supplying weapons"),
            // keeps what follows it in the chain.
            var next = _predicates[index + 1];
            if (p.Governor is not null && (next.GroupStart == p.End || (IsInfinitive(next) && next.GroupStart - p.End <= 3)))
            {
                p.Complement = next;
                next.Governor = p;
            }

            return;
        }

        var q = _predicates[index + 1];
        bool sawThat = false;
        for (int k = p.End; k < q.GroupStart; k++)
        {
            // "demanded that …", "told him that …"; after a common noun "that" opens a relative clause.
            if (_doc.Lower(k) == "that" && (k == p.End || OnlyTimeWords(p.End, k) || (_doc.Tag(k - 1) is UposTag.Pron or UposTag.Propn && !s_timeWords.Contains(_doc.Lower(k - 1)))))
            {
                sawThat = true;
            }
            else if (IsBoundary(k))
            {
                return;
            }
        }

        int gap = q.GroupStart - p.End;
        if (p.Entry.Kind == TriggerKind.Frame && gap is >= 1 and <= 8 && q.GroupStart == q.Head
            && _doc.Lower(q.GroupStart - 1) is "of" or "for" or "about" or "over" or "against"
            && _doc.Lower(q.Head).EndsWith("ing", StringComparison.Ordinal))
        {
            // "accused Chad of supporting the rebels": what the accusation is about.
            p.Complement = q;
            q.Governor = p;
            return;
        }

        if (gap == 0 && q.GroupStart == q.Head && p.Entry.Kind == TriggerKind.Frame && _doc.Lower(q.Head).EndsWith("ing", StringComparison.Ordinal))
        {
            // "denied launching", "refused attending": a gerund complement; what is denied did not happen.
            p.Complement = q;
            p.ClausalComplement = p.Entry.Words[0] == "deny";
            q.Governor = p;
            return;
        }

        bool link = IsInfinitive(q) && (p.Entry.Kind != TriggerKind.Event || gap <= 6);
        if (!link && p.Entry.Kind != TriggerKind.Event)
        {
            // "demanded that the US cancel", "announced it will withdraw", "said he is prepared to".
            link = sawThat || (gap is >= 1 and <= 4 && q.GroupStart < q.Head && IsShortSubject(p.End, q.GroupStart));
        }

        if (link)
        {
            p.Complement = q;
            p.ClausalComplement = !IsInfinitive(q);
            q.Governor = p;
        }
    }

    // "declared Tuesday that", "said here on Wednesday that" — not "offered concessions last November that".
    private bool OnlyTimeWords(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!s_timeWords.Contains(_doc.Lower(k)) && _doc.Lower(k) is not ("on" or "here" or "last" or "this" or "late" or "early"))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsShortSubject(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_doc.Tag(k) is not (UposTag.Pron or UposTag.Propn or UposTag.Noun or UposTag.Det or UposTag.Adj or UposTag.Num))
            {
                return false;
            }
        }

        return true;
    }
}
