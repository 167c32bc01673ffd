using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Record;
using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>The record as a report for a person: findings first, then the article, people, quotes, times, figures and events.</summary>
internal static class TextReport
{
    public static void Write(Document doc, TextWriter output)
    {
        var console = ReportConsole.Create(output, plainWidth: 120);

        var s = doc.GetOrDefault(Layers.Structure, new ArticleStructure());
        console.Write(new Rule($"[bold]{Esc(s.Title?.Text ?? doc.Input.Source)}[/]") { Justification = Justify.Left });
        if (s.Subtitle is not null)
        {
            console.MarkupLine($"[italic]{Esc(s.Subtitle.Text)}[/]");
        }

        var published = DocumentDates.Published(doc);
        string when = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            ?? (doc.TryGet(Layers.PublishedInferred, out var inf) ? $"{inf.Value:yyyy-MM-dd} (inferred: {inf.Basis})" : "unknown");
        console.MarkupLine($"[grey]source[/] {Esc(doc.Input.Source)}   [grey]published[/] {Esc(when)}   [grey]id[/] {RecordWriter.DocumentId(doc.Text)}");
        if (s.Byline is not null || s.Dateline is not null)
        {
            console.MarkupLine($"[grey]byline[/] {Esc(s.Byline?.Text ?? "-")}   [grey]dateline[/] {Esc(s.Dateline?.Text ?? "-")}");
        }

        Findings(console, doc);
        if (s.Sections.Count > 0)
        {
            console.MarkupLine("\n[bold]Sections[/]");
            foreach (var section in s.Sections)
            {
                console.MarkupLine($"  • {Esc(section.Heading.Text)}");
            }
        }

        foreach (var post in s.EmbeddedPosts)
        {
            console.MarkupLine($"\n[bold]Embedded post[/] {Esc(post.Author?.Text ?? "?")} {Esc(post.Handle?.Text ?? "")} {post.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}");
            console.MarkupLine($"  [italic]{Esc(Clip(doc.TextOf(post.TextRange), 160))}[/]");
        }

        foreach (var pull in s.PullQuotes)
        {
            console.MarkupLine($"\n[bold]Pull quote[/] “{Esc(Clip(doc.TextOf(pull.TextRange), 140))}” — {Esc(pull.Attribution?.Text ?? "?")}");
        }

        Entities(console, doc);
        Quotes(console, doc);
        Table(console, "Times", ["text", "type", "value"], doc.GetOrDefault(Layers.Times, []).Select(t => new[] { doc.TextOf(t.Range), t.Type.ToString().ToUpperInvariant(), t.Value }));
        Table(console, "Quantities", ["text", "kind", "value", "unit", "counts"], doc.GetOrDefault(Layers.Quantities, []).Select(q => new[]
        {
            doc.TextOf(q.Range), q.Kind.ToString().ToLowerInvariant(), q.Value.ToString(CultureInfo.InvariantCulture), q.Unit ?? "", q.Counts ?? "",
        }));
        var names = doc.GetOrDefault(Layers.Entities, []).ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        Table(console, "Events", ["type", "source", "target", "where", "when", "evidence"], doc.GetOrDefault(Layers.Events, []).Select(e => new[]
        {
            e.Type, WithCountry(Name(names, e.Source), e.SourceCountry), WithCountry(Name(names, e.Target), e.TargetCountry),
            Name(names, e.Where), e.When ?? "", Clip(doc.TextOf(e.Evidence), 60),
        }));
        Table(console, "Places", ["name", "country", "lat", "lon"], doc.GetOrDefault(Layers.Places, []).Select(p => new[]
        {
            p.Name, p.Country ?? "", p.Lat?.ToString("F2", CultureInfo.InvariantCulture) ?? "", p.Lon?.ToString("F2", CultureInfo.InvariantCulture) ?? "",
        }));
        int tokens = doc.TryGet(Layers.Tokens, out var tl) ? tl.Count : 0;
        int sentences = doc.TryGet(Layers.Sentences, out var sl) ? sl.Count : 0;
        console.MarkupLine($"\n[grey]{tokens} tokens, {sentences} sentences[/]");
        console.WriteLine();
    }

    // "Vladimir Putin (RUS)"; a country alone when the actor has no name ("(UKR)").
    private static string WithCountry(string name, string? country) =>
        country is null ? name : name.Length == 0 ? $"({country})" : $"{name} ({country})";

    private static void Findings(IAnsiConsole console, Document doc)
    {
        var findings = doc.GetOrDefault(Layers.Findings, []);
        if (findings.Count == 0)
        {
            return;
        }

        console.MarkupLine("\n[bold]Findings[/]");
        foreach (var f in findings)
        {
            string colour = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
            console.MarkupLine($"  [{colour}]{f.Severity.ToString().ToLowerInvariant()}[/] [bold]{Esc(f.Kind)}[/]: {Esc(f.Message)}");
            foreach (var e in f.Evidence)
            {
                console.MarkupLine($"      [grey]“{Esc(Clip(doc.TextOf(e), 120))}”[/]");
            }
        }
    }

    private static void Entities(IAnsiConsole console, Document doc)
    {
        var entities = doc.GetOrDefault(Layers.Entities, []);
        Table(console, "People, organizations and places", ["name", "type", "mentions", "roles"], entities.Select(e => new[]
        {
            e.Name,
            RecordWriter.TypeName(e.Type),
            string.Join(", ", e.Mentions.Select(doc.TextOf).Distinct(StringComparer.Ordinal)),
            string.Join(", ", e.Roles.Select(r => r.Title).Distinct(StringComparer.Ordinal)),
        }));
    }

    private static void Quotes(IAnsiConsole console, Document doc)
    {
        var quotes = doc.GetOrDefault(Layers.Quotes, []);
        Table(console, "Quotes", ["speaker", "kind", "cue", "words"], quotes.Select(q => new[]
        {
            q.SpeakerName ?? "?", q.Kind.ToString().ToLowerInvariant(), q.Cue ?? "", Clip(doc.TextOf(q.Range), 90),
        }));
    }

    private static void Table(IAnsiConsole console, string title, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle($"[bold]{Esc(title)}[/]") };
        foreach (var c in columns)
        {
            table.AddColumn(Esc(c));
        }

        foreach (var row in list)
        {
            table.AddRow(row.Select(Esc).ToArray());
        }

        console.Write(table);
    }

    private static string Name(Dictionary<string, string> names, string? id) => id is null ? "" : names.GetValueOrDefault(id, id);

    private static string Clip(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
    }

    private static string Esc(string s) => Markup.Escape(s);
}
