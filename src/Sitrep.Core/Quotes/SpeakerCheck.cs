using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Quotes;

/// <summary>
/// Whether the words a rule proposes as a speaker can name one: a name the entity layer recognized, a pronoun, or a
/// described person or body ("a senior official", "the campaign"), whose head is a common noun. Anything else ("At",
/// "Commenting", "In December", "Public") is never a speaker. The attribution rules propose a phrase (today by word
/// shapes; a parser's subject can propose it the same way) and this decides, so every proposer is held to one rule.
/// </summary>
internal sealed class SpeakerCheck
{
    private readonly TokenText _t;
    private readonly NameIndex _names;
    private readonly bool[]? _named;
    private readonly PosTags? _pos;
    private readonly int[]? _personLast;

    /// <param name="mentions">The recognizer's mentions, or null when the document has none (then name shapes count).</param>
    /// <param name="pos">Part-of-speech tags, or null (then any lower-case content word counts as a noun).</param>
    public SpeakerCheck(TokenText t, NameIndex names, IReadOnlyList<EntityMention>? mentions, PosTags? pos)
    {
        _t = t;
        _names = names;
        _pos = pos;
        if (mentions is not null)
        {
            _named = new bool[t.Count];
            _personLast = new int[t.Count];
            Array.Fill(_personLast, -1);
            foreach (var m in mentions)
            {
                if (m.Type == EntityType.Person && m.Tokens.Start < t.Count && m.Tokens.End > m.Tokens.Start)
                {
                    _personLast[m.Tokens.Start] = Math.Min(m.Tokens.End, t.Count) - 1;
                }

                for (int k = m.Tokens.Start; k < m.Tokens.End && k < t.Count; k++)
                {
                    _named[k] = true;
                }
            }
        }
    }

    /// <summary>Whether token <paramref name="k"/> is inside a mention the recognizer read as a person's.</summary>
    public bool InPerson(int k)
    {
        if (_personLast is null || k < 0 || k >= _personLast.Length)
        {
            return false;
        }

        for (int s = k; s >= 0 && k - s < 8; s--)
        {
            if (_personLast[s] >= k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the recognizer named a person whose mention starts at token <paramref name="k"/>; <paramref name="last"/> is its last token.</summary>
    public bool PersonAt(int k, out int last)
    {
        last = _personLast is not null && k >= 0 && k < _personLast.Length ? _personLast[k] : -1;
        return last >= k;
    }

    public bool Accepts(int first, int last)
    {
        if (first < 0 || last < first)
        {
            return false;
        }

        // "his claims were “sarcasm”": a possessive pronoun alone stands for its owner.
        if (first == last && _t.IsWord(first) && _t[first] is "his" or "her" or "their" or "His" or "Her" or "Their")
        {
            return true;
        }

        for (int k = first; k <= last; k++)
        {
            if (!_t.IsWord(k))
            {
                continue;
            }

            var w = _t[k];
            if (_named is not null && _named[k] || QuoteWords.IsPronoun(w) || QuoteWords.IsTitle(w) || IsRoleWord(w) || IsCommonNoun(k, w))
            {
                return true;
            }
        }

        // No recognizer ran, or it missed a full name ("Jane Q. Smith"): a name by its shape.
        return _names.NameIn(first, last) is { } run && (_named is null || _names.IsPersonLike(run));
    }

    /// <summary>Whether token <paramref name="k"/> can stand in a described person's noun phrase ("a senior official"): a determiner, a title, or an adjective, noun or number by its tag (any word without tags).</summary>
    public bool IsNominal(int k)
    {
        if (!_t.IsWord(k) && _t.Token(k).Kind is not TokenKind.Number)
        {
            return false;
        }

        var w = _t[k];
        return QuoteWords.IsDeterminer(w) || QuoteWords.IsTitle(w) || _pos is null || k >= _pos.Count
            || _pos[k] is UposTag.Noun or UposTag.Adj or UposTag.Num or UposTag.Det or UposTag.Propn;
    }

    /// <summary>A role noun of the entity layer ("Analysts", "officials"), singular or plural, in any case.</summary>
    private static bool IsRoleWord(ReadOnlySpan<char> w)
        => Entities.RoleBinder.IsRoleNoun(w) || (w.Length > 3 && w[^1] == 's' && Entities.RoleBinder.IsRoleNoun(w[..^1]));

    private bool IsCommonNoun(int k, ReadOnlySpan<char> w)
    {
        // A capitalized word is a common noun only by its tag ("Transcript:"), never by shape ("Public", "Commenting").
        if (w.Length >= 2 && char.IsUpper(w[0]))
        {
            return _pos is not null && k < _pos.Count && _pos[k] == UposTag.Noun && !QuoteWords.IsDeterminer(w) && !QuoteWords.IsPhraseStop(w) && !QuoteWords.IsTimeWord(w);
        }

        if (w.Length < 2 || !char.IsLower(w[0]) || QuoteWords.IsDeterminer(w) || QuoteWords.IsPhraseStop(w) || QuoteWords.IsTimeWord(w) || _t.IsLowerCue(k))
        {
            return false;
        }

        return _pos is null || k >= _pos.Count || _pos[k] is UposTag.Noun or UposTag.Propn or UposTag.Pron;
    }
}
