using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Quotes;

/// <summary>
/// Who said what: direct and partial quotes (<see cref="QuoteFinder"/>), their speakers
/// (<see cref="QuoteAttributor"/>), embedded posts and pull quotes from the structure layer, and
/// reported speech as indirect quotes. Uses the entities layer for speakers when it is present.
/// </summary>
public sealed class QuoteExtractor : IPipelineComponent
{
    public string Name => "quotes.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Structure, Layers.Tokens, Layers.Sentences];

    /// <summary>With the parse, speakers are read from it (<see cref="ParseSpeaker"/>); without it, by the word rules.</summary>
    public IReadOnlyList<AnnotationKey> Uses { get; } = [Layers.Parse, Layers.PosTags, Layers.Mentions, Layers.Entities, Layers.DescribedAntecedents];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Quotes];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.Quotes, Extract(document, cancellationToken));
    }

    /// <summary>The quotes of <paramref name="document"/>, in text order.</summary>
    public static IReadOnlyList<Quote> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var structure = document.Get(Layers.Structure);
        var sentences = document.Sentences;
        document.TryGet(Layers.PosTags, out var pos);
        var t = new TokenText(text, document.Tokens, pos);
        document.TryGet(Layers.Entities, out var entities);
        var names = new NameIndex(t);

        var stretches = QuoteFinder.Find(text);
        stretches.RemoveAll(s => Inside(s.Inner, structure));
        cancellationToken.ThrowIfCancellationRequested();
        document.TryGet(Layers.Mentions, out var mentions);
        var check = new SpeakerCheck(t, names, mentions, pos);
        document.TryGet(Layers.DescribedAntecedents, out var described);
        var namer = new SpeakerNamer(t, names, entities, check, described);
        var parse = document.TryGet(Layers.Parse, out var tree) ? new ParseSpeaker(t, tree, pos) : null;
        var attributor = new QuoteAttributor(t, sentences, names, check, parse);
        var attributions = attributor.Attribute(stretches);

        var quotes = new List<(int Order, Quote Quote)>();
        List<CharRange>? scare = null;
        string? previousName = null, previousEntity = null;
        for (int i = 0; i < stretches.Count; i++)
        {
            var s = stretches[i];
            int last = LastContinuation(stretches, i);
            var a = PartsAttribution(attributions, i, last);
            int open = t.Tokens.IndexAtOrAfter(s.Open);
            var speaker = namer.Name(a.First, a.Last, previousName, previousEntity, a.Head);
            var (entity, name) = (speaker.Entity, speaker.Name);
            if (a.Found)
            {
                (previousName, previousEntity) = (name, entity);
            }

            var kind = IsDirect(text, s, t, sentences, attributor, open) ? QuoteKind.Direct : QuoteKind.Partial;
            // One quote over several paragraphs (or sentences reopened with a mark): one record, one speaker.
            var range = new CharRange(s.Inner.Start, stretches[last].Inner.End);
            i = last;
            if (IsNameOrScareQuote(text, s, t, open, kind, a, sentences, attributor))
            {
                (scare ??= []).Add(range);
                continue;
            }

            quotes.Add((range.Start, new Quote
            {
                Id = "",
                Range = range,
                Kind = kind,
                Speaker = entity,
                SpeakerName = name,
                SpeakerPrincipal = speaker.Principal,
                SpeakerPrincipalName = speaker.PrincipalName,
                SpeakerRange = a.Found ? t.Range(a.First, a.Last) : null,
                Cue = a.Cue >= 0 ? Cue(t, a.Cue) : null,
                CueRange = a.Cue >= 0 ? t.Token(a.Cue).Range : null,
                Confidence = Confidence(a.Rule),
            }));
        }

        foreach (var post in structure.EmbeddedPosts)
        {
            var (entity, name) = post.Author is { } au ? namer.NameOfRange(au.Range) : (null, post.Handle?.Text);
            quotes.Add((post.TextRange.Start, new Quote
            {
                Id = "",
                Range = post.TextRange,
                Kind = QuoteKind.EmbeddedPost,
                Speaker = entity,
                SpeakerName = name,
                SpeakerRange = post.Author?.Range ?? post.Handle?.Range,
                Cue = post.Platform is null ? "posted" : "posted on " + post.Platform,
                Confidence = 0.95,
            }));
        }

        foreach (var pull in structure.PullQuotes)
        {
            var speakerRange = pull.Attribution is { } at ? BeforeComma(text, at.Range) : (CharRange?)null;
            var (entity, name) = speakerRange is { } sr ? namer.NameOfRange(sr) : (null, null);
            quotes.Add((pull.TextRange.Start, new Quote
            {
                Id = "",
                Range = pull.TextRange,
                Kind = QuoteKind.PullQuote,
                Speaker = entity,
                SpeakerName = name,
                SpeakerRange = speakerRange,
                Confidence = speakerRange is null ? 0.5 : 0.9,
            }));
        }

        var direct = quotes.Select(q => q.Quote.Range).ToList();
        foreach (var r in ReportedSpeechFinder.Find(t, sentences, direct, pos, structure.Dateline?.Range))
        {
            // With a parse the speaker is the reporting verb's subject, as for a quote (ParseSpeaker); the finder's
            // phrase stands when the tree gives none, or one inside what was said.
            int first = r.First, last = r.Last, head = -1;
            var said = t.Tokens.Cover(r.Content);
            if (parse is not null && parse.SubjectPhrase(r.Cue, out int h, out int f, out int l) && (l < said.Start || f >= said.End) && check.Accepts(f, l))
            {
                (first, last, head) = (f, l, h);
            }

            if (!check.Accepts(first, last))
            {
                continue;
            }

            var speaker = namer.Name(first, last, null, null, head);
            quotes.Add((r.Content.Start, new Quote
            {
                Id = "",
                Range = r.Content,
                Kind = QuoteKind.Indirect,
                Speaker = speaker.Entity,
                SpeakerName = speaker.Name,
                SpeakerPrincipal = speaker.Principal,
                SpeakerPrincipalName = speaker.PrincipalName,
                SpeakerRange = t.Range(first, last),
                Cue = Cue(t, r.Cue),
                CueRange = t.Token(r.Cue).Range,
                Confidence = 0.6,
            }));

            // A few quoted words inside reported speech are the speaker's own words: a partial quote of that speaker.
            foreach (var words in scare ?? [])
            {
                if (r.Content.Contains(words))
                {
                    quotes.Add((words.Start, quotes[^1].Quote with { Range = words, Kind = QuoteKind.Partial, Confidence = 0.5 }));
                }
            }
        }

        quotes.Sort((x, y) => x.Order.CompareTo(y.Order));
        Echo(quotes, text);
        var result = new Quote[quotes.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = quotes[i].Quote with { Id = "q" + (i + 1).ToString(CultureInfo.InvariantCulture) };
        }

        return result;
    }

    /// <summary>
    /// The last stretch of the quote that starts at stretch <paramref name="first"/>: a stretch left open continues
    /// into the next one when that one reopens it (<see cref="QuoteStretch.Continues"/>).
    /// </summary>
    private static int LastContinuation(List<QuoteStretch> stretches, int first)
    {
        int last = first;
        while (last + 1 < stretches.Count && !stretches[last].Closed && stretches[last + 1].Continues)
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// The attribution of the quote made of stretches <paramref name="first"/>..<paramref name="last"/>: the first
    /// part's with a cue beside it, else the first part's that names a speaker (a chain or a subject).
    /// </summary>
    private static Attribution PartsAttribution(Attribution[] attributions, int first, int last)
    {
        var best = attributions[first];
        for (int k = first; k <= last; k++)
        {
            var a = attributions[k];
            if (a.Found && a.Rule is AttributionRule.After or AttributionRule.Before or AttributionRule.According)
            {
                return a;
            }

            best = best.Found || !a.Found ? best : a;
        }

        return best;
    }

    private static string Cue(TokenText t, int cue)
    {
        var w = t[cue];
        return w.Equals("according", StringComparison.OrdinalIgnoreCase) ? "according to" : w.ToString().ToLowerInvariant();
    }

    private static double Confidence(AttributionRule rule) => rule switch
    {
        AttributionRule.After => 0.9,
        AttributionRule.Before => 0.8,
        AttributionRule.According => 0.85,
        AttributionRule.Continued => 0.7,
        AttributionRule.Following => 0.6,
        AttributionRule.Subject => 0.5,
        _ => 0.3,
    };

    /// <summary>A direct quote is a sentence or more: it opens a sentence, or starts with a capital after a colon or comma cue.</summary>
    private static bool IsDirect(string text, QuoteStretch s, TokenText t, IReadOnlyList<Sentence> sentences, QuoteAttributor attributor, int open)
    {
        if (s.Continues || !s.Closed)
        {
            return true;
        }

        var inner = text.AsSpan(s.Inner.Start, s.Inner.Length);
        if (inner.IndexOfAny(".?!") is int stop && stop > 0 && stop < inner.Length - 2)
        {
            return true;
        }

        bool opensSentence = sentences.Count > 0 && sentences[attributor.SentenceOf(open)].Tokens.Start == open;
        bool capital = char.IsUpper(inner[0]);
        bool afterColonOrComma = open > 0 && (t.Is(open - 1, ':') || t.Is(open - 1, ','));
        return opensSentence || (capital && afterColonOrComma) || (capital && inner[^1] is ',' or '.' or '?' or '!');
    }

    /// <summary>
    /// Not a quotation: a short quote with no speaker in sight (or only a sentence subject or an earlier speaker, in
    /// mid-sentence: a scare quote), or the name of a work ("a show called “X”", "MSNBC's “Morning Joe”", Title Case).
    /// </summary>
    private static bool IsNameOrScareQuote(string text, QuoteStretch s, TokenText t, int open, QuoteKind kind, Attribution a, IReadOnlyList<Sentence> sentences, QuoteAttributor attributor)
    {
        var inner = text.AsSpan(s.Inner.Start, s.Inner.Length).TrimEnd(" ,.;:");
        int words = 1 + inner.Count(' ');
        bool weak = a.Rule is AttributionRule.None or AttributionRule.Subject;
        bool midSentence = sentences.Count > 0 && sentences[attributor.SentenceOf(open)].Tokens.Start != open;
        if (words <= 4 && (weak || (midSentence && a.Rule is AttributionRule.Continued or AttributionRule.Following)))
        {
            return true;
        }

        var before = open > 0 && t.IsWord(open - 1) ? t[open - 1] : default;
        if (before is "called" or "titled" or "entitled" or "dubbed" or "named" or "nicknamed" or "so-called")
        {
            return true;
        }

        if (words > 10 || inner.IndexOfAny(".?!") >= 0)
        {
            return false;
        }

        int content = 0, capital = 0;
        foreach (var range in inner.Split(' '))
        {
            var w = inner[range];
            if (w.Length == 0 || w is "of" or "the" or "a" or "an" or "and" or "for" or "on" or "in" or "to" or "with" or "at" or "is" or "&" or "or")
            {
                continue;
            }

            content++;
            if (char.IsUpper(w[0]) || char.IsDigit(w[0]))
            {
                capital++;
            }
        }

        bool titleCase = capital == content && content >= 1;
        bool workContext = before is "’s" or "'s" or "show" or "book" or "program" or "programme" or "film" or "movie" or "documentary" or "series"
            or "podcast" or "album" or "song" or "novel" or "autobiography" or "memoir" or "play" or "in" or "on" or "of" or "column" or "essay";
        return titleCase && (workContext || (content >= 2 && (weak || a.Rule is AttributionRule.Continued or AttributionRule.Following)));
    }

    /// <summary>A quote without a speaker that repeats an attributed quote (a headline echoing the body) takes its speaker.</summary>
    private static void Echo(List<(int Order, Quote Quote)> quotes, string text)
    {
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i].Quote;
            if (q.SpeakerName is not null || q.Kind is QuoteKind.Indirect)
            {
                continue;
            }

            var words = text.AsSpan(q.Range.Start, q.Range.Length).Trim(" ,.;:!?");
            foreach (var (_, other) in quotes)
            {
                if (other.SpeakerName is not null && other.Kind is not QuoteKind.Indirect
                    && text.AsSpan(other.Range.Start, other.Range.Length).Trim(" ,.;:!?").Equals(words, StringComparison.OrdinalIgnoreCase))
                {
                    quotes[i] = (quotes[i].Order, q with { Speaker = other.Speaker, SpeakerName = other.SpeakerName, Confidence = 0.5 });
                    break;
                }
            }
        }
    }

    private static bool Inside(CharRange r, ArticleStructure structure)
    {
        foreach (var p in structure.PullQuotes)
        {
            if (p.Range.Contains(r))
            {
                return true;
            }
        }

        foreach (var p in structure.EmbeddedPosts)
        {
            if (p.Range.Contains(r))
            {
                return true;
            }
        }

        return false;
    }

    private static CharRange BeforeComma(string text, CharRange r)
    {
        int comma = text.AsSpan(r.Start, r.Length).IndexOf(',');
        return comma > 0 ? new CharRange(r.Start, r.Start + comma) : r;
    }
}
