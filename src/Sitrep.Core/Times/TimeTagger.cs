using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Times;

/// <summary>
/// Finds time expressions (DATE, TIME, DURATION, SET) and resolves them to TIMEX3 values against the anchor:
/// the date given by the caller, else the one the article states, else one inferred from the text (the latest
/// full date it mentions, within the era of the titled office-holders it names when <see cref="Layers.OfficeEra"/> is
/// there), which is then recorded as <see cref="Layers.PublishedInferred"/>.
/// </summary>
public sealed class TimeTagger : IPipelineComponent
{
    public string Name => "time-tagger.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Structure, Layers.Tokens, Layers.Sentences];

    /// <summary>An undated article's era, from the office-holders it names, when it was found.</summary>
    public IReadOnlyList<AnnotationKey> Uses { get; } = [Layers.OfficeEra];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Times, Layers.PublishedInferred];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        DateOnly? anchor = DocumentDates.Published(document);
        var pieces = TimePieces.Build(document.Text, document.Tokens, document.Sentences);
        var matches = TimexRecognizer.Recognize(document.Text, pieces, cancellationToken);
        var anchorKind = TimeAnchor.Published;
        if (anchor is null && Infer(document.Text, pieces, matches, Quoted(document), document.TryGet(Layers.OfficeEra, out var era) ? era : null) is { } inferred)
        {
            document.Set(Layers.PublishedInferred, inferred);
            anchor = inferred.Value;
            anchorKind = TimeAnchor.Other;
        }

        document.Set(Layers.Times, Resolve(document.Text, pieces, matches, anchor, anchorKind));
    }

    /// <summary>Tags <paramref name="text"/> (already tokenized and split) against <paramref name="anchor"/>.</summary>
    public static IReadOnlyList<TimeExpression> Tag(string text, TokenList tokens, IReadOnlyList<Sentence> sentences, DateOnly? anchor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var pieces = TimePieces.Build(text, tokens, sentences);
        return Resolve(text, pieces, TimexRecognizer.Recognize(text, pieces, cancellationToken), anchor, TimeAnchor.Published);
    }

    private static TimeExpression[] Resolve(string text, TimePiece[] pieces, List<TimexMatch> matches, DateOnly? anchor, TimeAnchor anchorKind)
    {
        var resolver = new TimexResolver(anchor);
        var result = new TimeExpression[matches.Count];
        for (int i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var dir = NeedsDirection(m.Spec) ? TenseCues.Of(text, pieces, m.Start, m.End) : Direction.None;
            string value = resolver.Resolve(m.Spec, dir);
            var range = new CharRange(pieces[m.Start].Start, pieces[m.End - 1].End);
            result[i] = new TimeExpression(range, m.Type, value, resolver.UsedAnchor ? anchorKind : TimeAnchor.Absolute);
        }

        return result;
    }

    private static bool NeedsDirection(TimexSpec s) => s.Kind switch
    {
        SpecKind.Calendar => s.Year == 0 && !s.Shifted,
        SpecKind.Weekday => !s.Shifted,
        SpecKind.Quarter or SpecKind.Half => s.Year == 0,
        SpecKind.Season => s.Year == 0 && !s.Shifted,
        SpecKind.Relative => s.Unit == TimeUnit.Weekend && s.Offset == 0,
        _ => false,
    };

    /// <summary>Embedded posts and pull quotes: their dates are the post's or the document's, never the article's.</summary>
    private static List<CharRange> Quoted(Document document)
    {
        var structure = document.GetOrDefault(Layers.Structure, new ArticleStructure());
        return [.. structure.EmbeddedPosts.Select(p => p.Range), .. structure.PullQuotes.Select(p => p.TextRange)];
    }

    // No date given or stated: the latest full date the text mentions outside embedded posts and pull quotes (a dateline…),
    // kept inside the era of the office-holders it names with their titles (Layers.OfficeEra) when there is one: the latest
    // stretch of that era not over before the latest dated event (a full date, or a month with its year), from its start
    // or from that full date when it falls inside.
    private static InferredDate? Infer(string text, TimePiece[] pieces, List<TimexMatch> matches, List<CharRange> quoted, OfficeEra? era)
    {
        DateOnly? best = null, floor = null;
        CharRange evidence = default, floorEvidence = default;
        foreach (var m in matches)
        {
            var s = m.Spec;
            int start = pieces[m.Start].Start, end = pieces[m.End - 1].End;
            if (s.Kind != SpecKind.Calendar || s.Year <= 0 || s.Month is < 1 or > 12 || s.Day > DateTime.DaysInMonth(s.Year, s.Month)
                || quoted.Any(q => q.Contains(start)) || text.AsSpan(start, end - start).IndexOf('\n') >= 0)
            {
                continue;
            }

            var d = new DateOnly(s.Year, s.Month, Math.Max(1, s.Day));
            if (s.Day > 0 && (best is null || d > best))
            {
                best = d;
                evidence = new CharRange(start, end);
            }

            if (floor is null || d > floor)
            {
                floor = d;
                floorEvidence = new CharRange(start, end);
            }
        }

        string Said(CharRange r) => $"\"{text.Substring(r.Start, r.Length)}\" at {r.Start}";
        if (era is not null && era.Spans.LastOrDefault(sp => floor is null || sp.End is null || sp.End.Value > floor.Value) is { Start: var from } span
            && (floor is null || span.End is null || span.End.Value > floor.Value))
        {
            if (best is { } b && span.Covers(b))
            {
                return new InferredDate(b, $"the latest full date the text mentions outside embedded posts and quotes, {Said(evidence)}, within the era of {era.Basis}");
            }

            var value = floor is { } f && f > from ? f : from;
            string after = floor is null ? string.Empty : $" and not before the latest dated event, {Said(floorEvidence)}";
            return new InferredDate(value, $"the start of the era of {era.Basis}{after}");
        }

        return best is { } date
            ? new InferredDate(date, $"the latest full date the text mentions outside embedded posts and quotes: {Said(evidence)}")
            : null;
    }
}
