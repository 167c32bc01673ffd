using System.Globalization;
using Sitrep.Core.Record;
using Sitrep.Export;
using Sitrep.Store;

namespace Sitrep.Report;

/// <summary>Limits of a briefing's sections.</summary>
public sealed record BriefingOptions
{
    /// <summary>Quotes in "Who said what" (the highest ranked).</summary>
    public int Quotes { get; init; } = 12;

    /// <summary>People and organisations listed (by articles, then mentions).</summary>
    public int Actors { get; init; } = 20;

    /// <summary>Events in the timeline (the earliest days first; the rest are counted, not dropped silently).</summary>
    public int Events { get; init; } = 120;
}

/// <summary>
/// Builds a <see cref="Briefing"/> from records. Each section turns record fields into sentences by templates (see
/// README.md for every template and the quote ranking); nothing is stated that a record does not hold, and every
/// sentence cites the spans it rests on.
/// </summary>
public static class BriefingBuilder
{
    public static Briefing Build(IReadOnlyList<SitrepRecord> records, string title, string selection, BriefingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= new BriefingOptions();
        var ordered = records
            .DistinctBy(r => r.Document.Id, StringComparer.Ordinal)
            .OrderBy(r => new RecordView(r).Published ?? DateOnly.MaxValue)
            .ThenBy(r => r.Document.Source, StringComparer.Ordinal)
            .ToList();
        var sources = ordered.Select((r, i) => new SourceRecord(i + 1, r)).ToList();
        var list = sources.Select(s => new BriefingSource(
            s.Number, s.Record.Document.Id, s.Record.Document.Title, s.Record.Document.Source,
            s.Record.Document.Published ?? s.Record.Document.PublishedInferred?.Value)).ToList();
        var sections = new List<BriefingSection>
        {
            Timeline(sources, options),
            Quotes(sources, options),
            Figures(sources),
            Findings(sources),
            Actors(sources, options),
            Places(sources, out var places),
        };
        return new Briefing(title, selection, list, sections, places) { Records = [.. ordered] };
    }

    // ---- What happened ----------------------------------------------------------------------------------------

    private static BriefingSection Timeline(List<SourceRecord> sources, BriefingOptions options)
    {
        // One happening reported by several sources (same day, category, actors and place) is one line citing each.
        var entries = new List<(DateOnly? Day, bool Own, string Key, SourceRecord Source, RecordEvent Event, List<Citation> Also)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            foreach (var e in s.Record.Events)
            {
                var own = RecordView.Date(e.When);
                var day = own ?? s.View.Published;
                string key = string.Join('|', day?.DayNumber.ToString(CultureInfo.InvariantCulture) ?? "", own is null ? "r" : "o", e.Type, s.Identity(e.Source), s.Identity(e.Target), s.View.Place(e.Where)?.Name ?? "");
                if (byKey.TryGetValue(key, out int at) && entries[at].Source.Number != s.Number)
                {
                    entries[at].Also.Add(s.Cite(e.Evidence));
                    continue;
                }

                byKey.TryAdd(key, entries.Count);
                entries.Add((day, own is not null, key, s, e, []));
            }
        }

        var groups = new List<BriefingGroup>();
        int shown = 0;
        foreach (var g in entries.OrderBy(x => x.Day ?? DateOnly.MaxValue).ThenBy(x => x.Own ? 0 : 1).GroupBy(x => (x.Day, x.Own)))
        {
            var sentences = new List<Sentence>();
            foreach (var x in g)
            {
                if (shown >= options.Events)
                {
                    break;
                }

                var b = new SentenceBuilder().Cite(x.Source.Cite(x.Event.Evidence));
                Describe(b, x.Source, x.Event);
                foreach (var c in x.Also)
                {
                    b.Cite(c);
                }

                if (b.Say(".").Build() is { } sentence)
                {
                    sentences.Add(sentence);
                    shown++;
                }
            }

            if (sentences.Count > 0)
            {
                string heading = g.Key.Day is not { } d ? "No date"
                    : g.Key.Own ? Wording.Day(d)
                    : $"Reported {Wording.Day(d)} (no date of their own)";
                groups.Add(new BriefingGroup(heading, sentences));
            }
        }

        string? more = entries.Count > shown ? $"{entries.Count - shown} later events are not shown (limit {options.Events})." : null;
        return new BriefingSection("what-happened", "What happened", groups, groups.Count == 0 ? "The records hold no events." : more);
    }

    /// <summary>"ASSAULT (mode) by S against T at P (UKR) on 5 August 2025; at least 32 killed".</summary>
    private static void Describe(SentenceBuilder b, SourceRecord s, RecordEvent e)
    {
        b.Label(e.Type);
        if (e.Mode is { Length: > 0 } mode)
        {
            b.Say(" (").Value(mode).Say(")");
        }

        if (s.Entity(e.Source, e.Evidence) is { } source)
        {
            b.Say(" by ").State(source);
        }

        if (s.Entity(e.Target, e.Evidence) is { } target)
        {
            b.Say(" " + Wording.TargetPreposition(e.Type) + " ").State(target);
        }

        if (s.Place(e.Where, e.Evidence) is { } place && !string.Equals(e.Where, e.Target, StringComparison.Ordinal))
        {
            b.Say(" at ").State(place);
            if (s.View.Place(e.Where)?.Country is { Length: > 0 } country)
            {
                b.Say(" (").Value(country).Say(")");
            }
        }

        if (s.Day(e.When, e.Evidence) is { } day)
        {
            b.Say(" on ").State(day);
        }

        for (int i = 0; i < e.Quantities.Count; i++)
        {
            if (e.Quantities[i] >= 0 && e.Quantities[i] < s.Record.Quantities.Count)
            {
                b.Say(i == 0 ? "; " : ", ").State(s.Quantity(e.Quantities[i], e.Evidence));
            }
        }
    }

    // ---- Who said what ------------------------------------------------------------------------------------------

    private static BriefingSection Quotes(List<SourceRecord> sources, BriefingOptions options)
    {
        // Speaker salience: the speaker's mentions over every source of the briefing.
        var salience = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            foreach (var e in s.Record.Entities)
            {
                string id = EntityIdentity.Of(e);
                salience[id] = salience.GetValueOrDefault(id) + e.Mentions.Count;
            }
        }

        var candidates = new List<(double Score, string Speaker, SourceRecord Source, RecordQuote Quote)>();
        foreach (var s in sources)
        {
            foreach (var q in s.Record.Quotes)
            {
                if (q.SpeakerName is null || q.Text.Length == 0 || q.Text.Length > 600)
                {
                    continue;
                }

                string speaker = s.Identity(q.Speaker) ?? "words:" + q.SpeakerName;
                candidates.Add((QuoteRank(q, salience.GetValueOrDefault(speaker)), speaker, s, q));
            }
        }

        // The same words from the same speaker (a pull quote repeating a quote, two articles quoting one line) are one entry.
        var kept = new List<(double Score, string Speaker, SourceRecord Source, RecordQuote Quote, List<Citation> Also)>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Source.Number).ThenBy(c => c.Quote.Start))
        {
            string words = EntityIdentity.Normalize(c.Quote.Text);
            int same = kept.FindIndex(k => k.Speaker == c.Speaker && SameWords(EntityIdentity.Normalize(k.Quote.Text), words));
            if (same >= 0)
            {
                kept[same].Also.Add(c.Source.Cite(c.Quote.Start, c.Quote.End));
                continue;
            }

            if (kept.Count < options.Quotes)
            {
                kept.Add((c.Score, c.Speaker, c.Source, c.Quote, []));
            }
        }

        var sentences = new List<Sentence>();
        foreach (var k in kept)
        {
            var s = k.Source;
            var q = k.Quote;
            var around = q.SpeakerSpan ?? new RecordSpan(q.Start, q.End);
            var b = new SentenceBuilder();
            var speaker = s.Entity(q.Speaker, around);
            if (speaker is null && q.SpeakerSpan is { } span && s.View.Text(span) is { Length: > 0 } words && !IsPronoun(words))
            {
                speaker = new Fact(FactKind.Words, words, words, s.Cite(span));
            }

            if (speaker is null)
            {
                continue;
            }

            b.State(speaker);
            b.Say(q.Kind switch
            {
                "indirect" => " (reported speech): ",
                "embedded_post" => " posted: ",
                _ => " said: ",
            });
            b.State(new Fact(FactKind.Quote, q.Text, s.View.Text(q.Start, q.End), s.Cite(q.Start, q.End)));
            foreach (var c in k.Also)
            {
                b.Cite(c);
            }

            if (b.Build() is { } sentence)
            {
                sentences.Add(sentence);
            }
        }

        return new BriefingSection("who-said-what", "Who said what", sentences.Count == 0 ? [] : [new BriefingGroup(null, sentences)],
            sentences.Count == 0 ? "The records hold no attributed quotes." : null);
    }

    /// <summary>The same quote: the same words, or one inside the other when the shorter has six words or more.</summary>
    private static bool SameWords(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Split(' ').Length >= 6 && longer.Contains(shorter, StringComparison.Ordinal);
    }

    /// <summary>
    /// A quote's rank: (½ for reported speech, else 1) × the reader's confidence in the attribution × log2(2 + its words)
    /// × (1 + log2(1 + the speaker's mentions across the briefing)). The speaker's own words, longer, from the people the
    /// reporting is about come first.
    /// </summary>
    internal static double QuoteRank(RecordQuote q, int speakerMentions)
    {
        ArgumentNullException.ThrowIfNull(q);
        int words = q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        double kind = q.Kind == "indirect" ? 0.5 : 1;
        return kind * Math.Max(q.Confidence, 0.05) * Math.Log2(2 + words) * (1 + Math.Log2(1 + speakerMentions));
    }

    /// <summary>Speaker words that name no one by themselves: a quote whose speaker the record leaves at a pronoun is not listed.</summary>
    private static bool IsPronoun(string words) => Sitrep.Core.Language.Pronouns.All.ContainsKey(words);

    // ---- The figures ------------------------------------------------------------------------------------------------

    private static BriefingSection Figures(List<SourceRecord> sources)
    {
        // A figure is a casualty count or an amount of money. Figures that belong to the same happening in different
        // sources (casualties: the same count type, category, day and place of their event; money: the same category
        // and actors) are put side by side; never summed. Figures of one source alone are listed as they are.
        var groups = new Dictionary<string, List<(SourceRecord Source, int Index, RecordEvent? Event)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var s in sources)
        {
            var events = new Dictionary<int, RecordEvent>();
            foreach (var e in s.Record.Events)
            {
                foreach (int i in e.Quantities)
                {
                    events.TryAdd(i, e);
                }
            }

            for (int i = 0; i < s.Record.Quantities.Count; i++)
            {
                var q = s.Record.Quantities[i];
                bool isMoney = q.Kind == "money";
                if (!isMoney && q.Counts is null)
                {
                    continue;
                }

                var e = events.GetValueOrDefault(i);
                string key = e is null
                    ? $"{s.Number}|{i}"
                    : isMoney
                        ? string.Join('|', "money", q.Unit, e.Type, s.Identity(e.Source), s.Identity(e.Target))
                        : string.Join('|', q.Counts, e.Type, s.View.EventDate(e)?.DayNumber.ToString(CultureInfo.InvariantCulture) ?? s.Number.ToString(CultureInfo.InvariantCulture),
                            s.View.Place(e.Where)?.Name ?? e.TargetCountry ?? s.Identity(e.Target) ?? "");
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                    order.Add(key);
                }

                members.Add((s, i, e));
            }
        }

        var casualties = new List<Sentence>();
        var money = new List<Sentence>();
        foreach (string key in order)
        {
            var members = groups[key];
            var target = members[0].Source.Record.Quantities[members[0].Index].Kind == "money" ? money : casualties;
            int documents = members.Select(m => m.Source.Number).Distinct().Count();
            if (documents < 2)
            {
                foreach (var m in members)
                {
                    var b = new SentenceBuilder();
                    var near = m.Event?.Evidence ?? new RecordSpan(0, 0);
                    Figure(b, m.Source.Quantity(m.Index, near));
                    if (m.Event is { } e)
                    {
                        b.Cite(m.Source.Cite(e.Evidence)).Say(", in ");
                        Describe(b, m.Source, e with { Quantities = [] });
                    }

                    if (b.Say(".").Build() is { } sentence)
                    {
                        target.Add(sentence);
                    }
                }

                continue;
            }

            var values = members.Select(m => m.Source.Record.Quantities[m.Index]).Select(q => (q.Value, q.Qualifier)).Distinct().Count();
            var first = members[0];
            var d = new SentenceBuilder();
            d.Say(values > 1 ? "The sources disagree on this figure for " : "The sources agree on this figure for ");
            Describe(d, first.Source, first.Event! with { Quantities = [] });
            d.Say(": ");
            for (int i = 0; i < members.Count; i++)
            {
                var m = members[i];
                d.Say((i == 0 ? "" : "; ") + "source " + m.Source.Number.ToString(CultureInfo.InvariantCulture) + " gives ");
                d.Cite(m.Source.Cite(m.Event!.Evidence));
                Figure(d, m.Source.Quantity(m.Index, m.Event.Evidence));
            }

            if (d.Say(values > 1 ? " (not added together)." : ".").Build() is { } s2)
            {
                target.Add(s2);
            }
        }

        var result = new List<BriefingGroup>();
        if (casualties.Count > 0)
        {
            result.Add(new BriefingGroup("Casualties and people affected", casualties));
        }

        if (money.Count > 0)
        {
            result.Add(new BriefingGroup("Money", money));
        }

        return new BriefingSection("figures", "The figures", result, result.Count == 0 ? "The records hold no casualty counts or amounts of money." : null);
    }

    /// <summary>A figure as its typed value, then the article's own words for it when they differ ("about $2 million (“Millions of dollars”)").</summary>
    private static void Figure(SentenceBuilder b, Fact figure)
    {
        b.State(figure);
        if (!string.Equals(figure.Value, figure.Surface, StringComparison.Ordinal))
        {
            b.Say(" (“").Value(figure.Surface).Say("”)");
        }
    }

    // ---- Open contradictions ------------------------------------------------------------------------------------------

    private static BriefingSection Findings(List<SourceRecord> sources)
    {
        var sentences = new List<Sentence>();
        foreach (var s in sources)
        {
            foreach (var f in s.Record.Findings)
            {
                var b = new SentenceBuilder().Label(f.Kind).Say(" (").Value(f.Severity).Say("): ").Value(f.Message.TrimEnd());
                foreach (var span in f.Evidence)
                {
                    b.Cite(s.Cite(span));
                }

                if (b.Build() is { } sentence)
                {
                    sentences.Add(sentence);
                }
            }
        }

        return new BriefingSection("contradictions", "Open contradictions", sentences.Count == 0 ? [] : [new BriefingGroup(null, sentences)],
            sentences.Count == 0 ? "The records hold no findings." : null);
    }

    // ---- People and organisations ---------------------------------------------------------------------------------

    private static BriefingSection Actors(List<SourceRecord> sources, BriefingOptions options)
    {
        var actors = new Dictionary<string, (string Type, string? KbId, int Mentions, int Quotes, List<(SourceRecord Source, RecordEntity Entity)> In)>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            var quotes = s.Record.Quotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var e in s.Record.Entities)
            {
                if (e.Type is not ("PERSON" or "ORG") || e.Mentions.Count == 0 || e.Described)
                {
                    continue;
                }

                string id = EntityIdentity.Of(e);
                var a = actors.TryGetValue(id, out var found) ? found : (e.Type, e.KbId, 0, 0, []);
                a.Mentions += e.Mentions.Count;
                a.Quotes += quotes.GetValueOrDefault(e.Id);
                a.In.Add((s, e));
                actors[id] = a;
            }
        }

        var groups = new List<BriefingGroup>();
        foreach (var (type, heading) in new[] { ("PERSON", "People"), ("ORG", "Organisations") })
        {
            var sentences = new List<Sentence>();
            foreach (var a in actors.Values.Where(a => a.Type == type).OrderByDescending(a => a.In.Count).ThenByDescending(a => a.Mentions).ThenBy(a => a.In[0].Entity.Name, StringComparer.Ordinal).Take(options.Actors))
            {
                var (s, e) = a.In[0];
                var m = e.Mentions[0];
                var b = new SentenceBuilder().State(new Fact(FactKind.Entity, e.Name, m.Text, s.Cite(m.Start, m.End)));
                if (a.KbId is { Length: > 0 } kb)
                {
                    b.Say(" (").Value(kb).Say(")");
                }

                b.Say(": ").Value(Count(a.Mentions, "mention")).Say(", ").Value(Count(a.Quotes, "quote")).Say(" in ").Value(Count(a.In.Count, "article")).Say(".");
                foreach (var (other, entity) in a.In.Skip(1))
                {
                    b.Cite(other.Cite(entity.Mentions[0].Start, entity.Mentions[0].End));
                }

                if (b.Build() is { } sentence)
                {
                    sentences.Add(sentence);
                }
            }

            if (sentences.Count > 0)
            {
                groups.Add(new BriefingGroup(heading, sentences));
            }
        }

        return new BriefingSection("people", "People and organisations involved", groups, groups.Count == 0 ? "The records name no people or organisations." : null);
    }

    private static string Count(int n, string noun) => n.ToString("#,0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    // ---- Places ------------------------------------------------------------------------------------------------------

    private static BriefingSection Places(List<SourceRecord> sources, out List<MapPlace> map)
    {
        var places = new Dictionary<string, (RecordPlace Place, List<(SourceRecord Source, RecordEntity Entity)> In)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var s in sources)
        {
            foreach (var p in s.Record.Places.DistinctBy(p => p.Entity, StringComparer.Ordinal))
            {
                if (p.Lat is null || p.Lon is null || s.View.Entity(p.Entity) is not { Mentions.Count: > 0 } entity)
                {
                    continue;
                }

                string key = p.GeonamesId is { } g ? g.ToString(CultureInfo.InvariantCulture) : p.Name + "|" + p.Country;
                if (!places.TryGetValue(key, out var found))
                {
                    places[key] = found = (p, []);
                    order.Add(key);
                }

                if (!found.In.Any(x => x.Source.Number == s.Number))
                {
                    found.In.Add((s, entity));
                }
            }
        }

        var ranked = order.Select(k => places[k]).OrderByDescending(p => p.In.Count).ThenBy(p => p.Place.Name, StringComparer.Ordinal).ToList();
        map = [.. ranked.Select(p => new MapPlace(p.Place.Name, p.Place.Country, p.Place.Lat!.Value, p.Place.Lon!.Value, p.In.Count))];
        var sentences = new List<Sentence>();
        foreach (var p in ranked)
        {
            var (s, e) = p.In[0];
            var m = e.Mentions[0];
            var b = new SentenceBuilder().State(new Fact(FactKind.Place, p.Place.Name, m.Text, s.Cite(m.Start, m.End))).Say(" (");
            if (p.Place.Country is { Length: > 0 } country)
            {
                b.Value(country).Say(", ");
            }

            b.Value(Wording.Coordinates(p.Place.Lat!.Value, p.Place.Lon!.Value)).Say("): named in ").Value(Count(p.In.Count, "article")).Say(".");
            foreach (var (other, entity) in p.In.Skip(1))
            {
                b.Cite(other.Cite(entity.Mentions[0].Start, entity.Mentions[0].End));
            }

            if (b.Build() is { } sentence)
            {
                sentences.Add(sentence);
            }
        }

        return new BriefingSection("places", "The places", sentences.Count == 0 ? [] : [new BriefingGroup(null, sentences)],
            sentences.Count == 0 ? "The records resolve no places." : null);
    }
}
