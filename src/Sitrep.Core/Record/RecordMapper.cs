using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Record;

/// <summary>
/// Maps an analysed document to its <see cref="SitrepRecord"/>. It decides nothing: every value comes from a layer
/// (the document info, the entity links, …); this class only names and orders them as the contract says.
/// </summary>
public static class RecordMapper
{
    /// <summary>The record of <paramref name="doc"/>, stamped with <paramref name="pipeline"/> when given.</summary>
    public static SitrepRecord Map(Document doc, PipelineFingerprint? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new SitrepRecord
        {
            Document = MapDocument(doc),
            Entities = MapEntities(doc),
            Quotes = [.. doc.GetOrDefault(Layers.Quotes, []).Select(q => MapQuote(doc, q))],
            Times = [.. doc.GetOrDefault(Layers.Times, []).Select(t => new RecordTime(doc.TextOf(t.Range), t.Range.Start, t.Range.End, t.Type.ToString().ToUpperInvariant(), t.Value, t.Anchor.ToString().ToLowerInvariant()))],
            Quantities = [.. doc.GetOrDefault(Layers.Quantities, []).Select(q => MapQuantity(doc, q))],
            Events = [.. doc.GetOrDefault(Layers.Events, []).Select(MapEvent)],
            Places = [.. doc.GetOrDefault(Layers.Places, []).Select(p => new RecordPlace(p.Entity, p.Name, p.Country, p.Lat, p.Lon, p.GeonamesId))],
            Findings = [.. doc.GetOrDefault(Layers.Findings, []).Select(f => new RecordFinding { Kind = f.Kind, Severity = f.Severity.ToString().ToLowerInvariant(), Message = f.Message, Evidence = [.. f.Evidence.Select(Span)] })],
            Pipeline = pipeline,
        };
    }

    private static RecordDocument MapDocument(Document doc)
    {
        var s = doc.GetOrDefault(Layers.Structure, new ArticleStructure());
        var info = doc.GetOrDefault(Layers.Info, new DocumentInfo { Id = RecordWriter.DocumentId(doc.Text), Title = doc.Input.Title, Author = doc.Input.Author });
        return new RecordDocument
        {
            Id = info.Id,
            Source = doc.Input.Source,
            Title = info.Title,
            Subtitle = s.Subtitle?.Text,
            Published = Iso(info.Published),
            PublishedInferred = info.PublishedInferred is { } inferred ? new RecordInferredDate(Iso(inferred.Value), inferred.Basis) : null,
            Author = info.Author,
            Dateline = s.Dateline?.Text,
            Text = doc.Text,
            Sections = [.. s.Sections.Select(x => new RecordSection(x.Heading.Text, x.Range.Start, x.Range.End, Span(x.Heading.Range)))],
            EmbeddedPosts = [.. s.EmbeddedPosts.Select(p => new RecordEmbeddedPost(p.Author?.Text, p.Handle?.Text, Iso(p.Date), p.Platform, p.Range.Start, p.Range.End, Span(p.TextRange)))],
            PullQuotes = [.. s.PullQuotes.Select(p => new RecordPullQuote(doc.TextOf(p.TextRange), p.Attribution?.Text, p.Range.Start, p.Range.End))],
        };
    }

    private static RecordEntity[] MapEntities(Document doc)
    {
        var links = doc.GetOrDefault(Layers.EntityLinks, new Dictionary<string, string>());
        return [.. doc.GetOrDefault(Layers.Entities, []).Concat(doc.GetOrDefault(Layers.DescribedActors, [])).Select(e => new RecordEntity
        {
            Id = e.Id,
            Type = RecordWriter.TypeName(e.Type),
            Name = e.Name,
            KbId = e.KbId ?? links.GetValueOrDefault(e.Id),
            Mentions = [.. e.Mentions.Select(m => new RecordMention(m.Start, m.End, doc.TextOf(m)))],
            Roles = [.. e.Roles.Select(r => new RecordRole(r.Title, r.Of, r.Range.Start, r.Range.End))],
            Described = e.Described,
            Agent = e.Agent,
        })];
    }

    private static RecordQuote MapQuote(Document doc, Quote q) => new()
    {
        Id = q.Id,
        Text = doc.TextOf(q.Range),
        Start = q.Range.Start,
        End = q.Range.End,
        Kind = q.Kind switch
        {
            QuoteKind.Direct => "direct",
            QuoteKind.Partial => "partial",
            QuoteKind.Indirect => "indirect",
            QuoteKind.EmbeddedPost => "embedded_post",
            _ => "pull_quote",
        },
        Speaker = q.Speaker,
        SpeakerName = q.SpeakerName,
        SpeakerPrincipal = q.SpeakerPrincipal,
        SpeakerPrincipalName = q.SpeakerPrincipalName,
        SpeakerSpan = q.SpeakerRange is { } sr ? Span(sr) : null,
        Cue = q.Cue,
        Confidence = Math.Round(q.Confidence, 3),
    };

    private static RecordQuantity MapQuantity(Document doc, Quantity q) => new(
        doc.TextOf(q.Range),
        q.Range.Start,
        q.Range.End,
        q.Kind.ToString().ToLowerInvariant(),
        q.Value,
        q.Unit,
        q.Qualifier switch
        {
            Qualifier.AtLeast => "at_least",
            Qualifier.AtMost => "at_most",
            _ => q.Qualifier.ToString().ToLowerInvariant(),
        },
        q.Counts);

    private static RecordEvent MapEvent(NewsEvent e) => new()
    {
        Id = e.Id,
        Type = e.Type,
        Mode = e.Mode,
        Cameo = e.Cameo,
        Source = e.Source,
        Target = e.Target,
        SourceCountry = e.SourceCountry,
        TargetCountry = e.TargetCountry,
        Where = e.Where,
        When = e.When,
        Quantities = [.. e.Quantities],
        Evidence = Span(e.Evidence),
    };

    private static RecordSpan Span(CharRange r) => new(r.Start, r.End);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
