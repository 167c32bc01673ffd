using Sitrep.Core.Record;

namespace Sitrep.Report;

/// <summary>
/// A situation report over a set of records: numbered sources, then sections of sentences. Every sentence is built
/// from record fields by a template and carries its citations (source number and span) and the facts it states, each
/// with the words of the article it rests on, so that a reader, a renderer or a test can check it against the record.
/// </summary>
public sealed record Briefing(
    string Title,
    string Selection,
    IReadOnlyList<BriefingSource> Sources,
    IReadOnlyList<BriefingSection> Sections,
    IReadOnlyList<MapPlace> Places)
{
    /// <summary>The records the briefing was built from, in source order (source n is <c>Records[n - 1]</c>).</summary>
    public required IReadOnlyList<SitrepRecord> Records { get; init; }

    /// <summary>Every sentence of every section.</summary>
    public IEnumerable<Sentence> Sentences => Sections.SelectMany(s => s.Groups).SelectMany(g => g.Sentences);

    /// <summary>The article text a citation points at.</summary>
    public string Text(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        string text = Records[citation.Source - 1].Document.Text;
        int start = Math.Clamp(citation.Start, 0, text.Length);
        return text[start..Math.Clamp(citation.End, start, text.Length)];
    }
}

/// <summary>A numbered source: one article.</summary>
public sealed record BriefingSource(int Number, string DocumentId, string? Title, string Source, string? Date);

/// <summary>A section ("What happened", …): groups of sentences (the timeline's days), each with an optional heading.</summary>
public sealed record BriefingSection(string Id, string Heading, IReadOnlyList<BriefingGroup> Groups, string? Empty = null);

public sealed record BriefingGroup(string? Heading, IReadOnlyList<Sentence> Sentences);

/// <summary>A span of source <see cref="Source"/> (1-based) in its <c>document.text</c>, written [1:1234–1290].</summary>
public sealed record Citation(int Source, int Start, int End)
{
    public override string ToString() => $"[{Source}:{Start}–{End}]";
}

/// <summary>How a piece of a sentence is shown: template words, a value from the record, or the article's words quoted.</summary>
public enum RunStyle
{
    Template,
    Value,
    Quoted,
    Label,
}

public sealed record Run(string Text, RunStyle Style);

/// <summary>What kind of record item a fact states (the test checks each kind against the record differently).</summary>
public enum FactKind
{
    /// <summary>An entity's canonical name; the surface is one of its mentions.</summary>
    Entity,

    /// <summary>A place's gazetteer name; the surface is a mention of the place's entity.</summary>
    Place,

    /// <summary>A quote's text, verbatim; the surface is the same text.</summary>
    Quote,

    /// <summary>A quantity as its typed value (qualifier, number, unit, what it counts); the surface is its text.</summary>
    Quantity,

    /// <summary>A resolved day ("5 August 2025"); the surface is the time expression it was resolved from.</summary>
    Time,

    /// <summary>Words of the article shown as they are (a described speaker); the surface is the same words.</summary>
    Words,
}

/// <summary>
/// One value a sentence states: <see cref="Value"/> as the sentence shows it, and <see cref="Surface"/>, the words of
/// the article inside <see cref="Evidence"/> that it rests on.
/// </summary>
public sealed record Fact(FactKind Kind, string Value, string Surface, Citation Evidence);

/// <summary>One sentence: its runs (the text), its citations (at least one) and the facts it states.</summary>
public sealed record Sentence(IReadOnlyList<Run> Runs, IReadOnlyList<Citation> Citations, IReadOnlyList<Fact> Facts)
{
    /// <summary>The sentence as plain text, without its citations.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>The article text each citation points at, for a tooltip.</summary>
    public override string ToString() => Text + " " + string.Join(' ', Citations);
}

/// <summary>A place on the map: its gazetteer name, country, coordinates and how many articles name it.</summary>
public sealed record MapPlace(string Name, string? Country, double Lat, double Lon, int Articles);
