namespace Sitrep.Report;

/// <summary>
/// Builds one sentence from template words and record values. A value stated with <see cref="State"/> brings its fact
/// and its citation; a sentence that ends with no citation is not said (<see cref="Build"/> gives null).
/// </summary>
internal sealed class SentenceBuilder
{
    private readonly List<Run> _runs = [];
    private readonly List<Citation> _citations = [];
    private readonly List<Fact> _facts = [];

    /// <summary>Template words (the report's own).</summary>
    public SentenceBuilder Say(string words)
    {
        _runs.Add(new Run(words, RunStyle.Template));
        return this;
    }

    /// <summary>A label the record holds as a code (a PLOVER category, a finding's kind).</summary>
    public SentenceBuilder Label(string code)
    {
        _runs.Add(new Run(code, RunStyle.Label));
        return this;
    }

    /// <summary>A record value shown as it is (a count, a mode, a country code, a message).</summary>
    public SentenceBuilder Value(string value)
    {
        _runs.Add(new Run(value, RunStyle.Value));
        return this;
    }

    /// <summary>A fact: its value is shown (quoted for a quote) and its evidence cited.</summary>
    public SentenceBuilder State(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        _runs.Add(new Run(fact.Value, fact.Kind == FactKind.Quote ? RunStyle.Quoted : RunStyle.Value));
        _facts.Add(fact);
        return Cite(fact.Evidence);
    }

    public SentenceBuilder Cite(Citation citation)
    {
        if (!_citations.Contains(citation))
        {
            _citations.Add(citation);
        }

        return this;
    }

    public Sentence? Build() => _citations.Count == 0 ? null : new Sentence([.. _runs], [.. _citations], [.. _facts]);
}
