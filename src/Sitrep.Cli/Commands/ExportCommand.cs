using System.CommandLine;
using System.Text;
using Sitrep.Application;
using Sitrep.Cli.Output;
using Sitrep.Core.Record;
using Sitrep.Export;
using Sitrep.Ingest;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep export --format jsonl|csv|gdelt|acled [--kind K] [--out FILE] [PATH... | --store S [event filters]]</c>:
/// records in one of the export formats (src/Sitrep.Export/README.md). The records come from an
/// <see cref="IRecordSource"/>: the articles named, else the store (with the filters of <c>sitrep query events</c>).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Article files (.txt, .html, .htm, .sgm, optionally .gz), directories of them, or - for standard input; none: the store",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "jsonl (sitrep/1 records), csv (one table, see --kind), gdelt (GDELT 2.0 event rows), acled (ACLED-style event rows)", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gdelt", "acled");
        var kind = new Option<string?>("--kind", "-k") { Description = "The CSV table: documents, entities, mentions, quotes, times, quantities, events (default), places or findings" };
        kind.AcceptOnlyFromAmong([.. Enum.GetNames<CsvKind>().Select(n => n.ToLowerInvariant())]);
        var outFile = new Option<string?>("--out", "-o") { Description = "Write to FILE instead of standard output" };
        var jobs = JobsOption.Create();
        var store = StoreOption.Create();
        var type = new Option<string?>("--type") { Description = "Stored events of this PLOVER category only (ASSAULT, AGREE, …)" };
        var who = new Option<string?>("--who") { Description = "Stored events with this actor as source or target" };
        var where = new Option<string?>("--where") { Description = "Stored events at this place (name) or in this country (name or ISO3 code)" };
        var since = new Option<string?>("--since") { Description = "Stored events from this date (YYYY-MM-DD, or a prefix such as 2025-08)" };
        var until = new Option<string?>("--until") { Description = "Stored events up to this date (YYYY-MM-DD, or a prefix)" };
        var withCorrections = new Option<bool>("--with-corrections") { Description = "Stored records as reviewed: corrections applied (items marked wrong left out) and listed with the machine's values" };

        var command = new Command("export", "Export records (of the articles named, else of the store) as jsonl, csv, GDELT 2.0 event rows or ACLED-style rows")
        {
            paths, format, kind, outFile, jobs, store, type, who, where, since, until, withCorrections,
        };
        command.SetAction(parse =>
        {
            var fmt = Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true);
            var table = parse.GetValue(kind) is { } k ? Enum.Parse<CsvKind>(k, ignoreCase: true) : CsvKind.Events;
            if (parse.GetValue(kind) is not null && fmt != ExportFormat.Csv)
            {
                error.WriteLine("sitrep export: --kind applies to --format csv only");
                return 2;
            }

            var items = parse.GetValue(paths) ?? [];
            var filter = new StoreQuery(QueryKind.Events)
            {
                Type = parse.GetValue(type), Who = parse.GetValue(who), Where = parse.GetValue(where), Since = parse.GetValue(since), Until = parse.GetValue(until),
                Limit = int.MaxValue,
            };
            bool filtered = filter != new StoreQuery(QueryKind.Events) { Limit = int.MaxValue };
            if (items.Length > 0)
            {
                if (parse.GetResult(store) is { Implicit: false } || filtered || parse.GetValue(withCorrections))
                {
                    error.WriteLine("sitrep export: --store, --with-corrections and the event filters read a store; give them or article paths, not both");
                    return 2;
                }

                return Run(new ArticleRecordSource(items, parse.GetValue(jobs), error), fmt, table, parse.GetValue(outFile), output, error);
            }

            return StoreOption.Use(parse, store, forWriting: false, error, "sitrep export",
                opened => Run(new StoreRecordSource(opened, filtered ? filter : null) { WithCorrections = parse.GetValue(withCorrections) }, fmt, table, parse.GetValue(outFile), output, error));
        });
        return command;
    }

    /// <summary>Exports every record of <paramref name="source"/>; 0 when all inputs gave a record, 1 otherwise.</summary>
    internal static int Run(IRecordSource source, ExportFormat format, CsvKind kind, string? outFile, TextWriter output, TextWriter error)
    {
        TextWriter target = output;
        if (outFile is not null)
        {
            try
            {
                target = new StreamWriter(outFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"sitrep export: cannot write '{outFile}': {ex.Message}");
                return 1;
            }
        }

        int failed = 0;
        int records = 0;
        try
        {
            using var exporter = RecordExporter.Create(format, target, kind);
            foreach (var record in source.Records(message =>
            {
                failed++;
                error.WriteLine($"sitrep export: {message}");
            }))
            {
                exporter.Write(record);
                records++;
            }

            exporter.Complete();
            string skipped = exporter.Skipped > 0 ? $", {exporter.Skipped} events left out (no {format.ToString().ToLowerInvariant()} mapping)" : "";
            error.WriteLine($"sitrep export: {exporter.Rows} rows from {records} records{skipped}");
        }
        finally
        {
            if (!ReferenceEquals(target, output))
            {
                target.Dispose();
            }
        }

        return failed > 0 ? 1 : 0;
    }

    /// <summary>Articles analysed now by the application's engine, in input order, with progress on a terminal.</summary>
    internal sealed class ArticleRecordSource(string[] paths, int jobs, TextWriter error) : IRecordSource
    {
        public IEnumerable<SitrepRecord> Records(Action<string> onError, CancellationToken cancellationToken = default)
        {
            var inputs = ArticleReader.Expand(paths).ToList();
            var progress = new Progress(error, inputs.Count);
            int file = 0;
            foreach (var result in SitrepEngine.Create().AnalyzeMany(SitrepEngine.Read(new ArticleReader(), inputs, byLine: false), jobs, cancellationToken))
            {
                for (; file < result.FileIndex; file++)
                {
                    progress.Step();
                }

                if (result.Record is { } record)
                {
                    yield return record;
                }
                else
                {
                    onError(result.Error ?? $"{result.Source}: no record");
                }
            }

            for (; file < inputs.Count; file++)
            {
                progress.Step();
            }

            progress.Done();
        }
    }

    /// <summary>
    /// The records of a store: all of them in ingest order (a copy without events), or, with an events query, the
    /// documents that have a selected event, each with only its selected events (the query reads originals only).
    /// <see cref="WithCorrections"/>: each as reviewed (<see cref="ReviewedRecord"/>).
    /// </summary>
    internal sealed class StoreRecordSource(IRecordStore store, StoreQuery? events) : IRecordSource
    {
        public bool WithCorrections { get; init; }

        private SitrepRecord Reviewed(SitrepRecord r) => WithCorrections ? ReviewedRecord.Apply(r, store.Corrections(r.Document.Id)) : r;

        public IEnumerable<SitrepRecord> Records(Action<string> onError, CancellationToken cancellationToken = default)
        {
            if (events is null)
            {
                // A copy (near-duplicate) is another source of its original's article: its events are the original's, not new ones.
                var copies = store.Copies();
                foreach (var r in store.Records())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return Reviewed(copies.ContainsKey(r.Document.Id) ? r with { Events = [] } : r);
                }

                yield break;
            }

            var result = store.Query(events);
            int doc = Column(result, "doc_id"), eventId = Column(result, "event_id");
            var selected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var row in result.Rows)
            {
                string id = (string)row[doc]!;
                if (!selected.TryGetValue(id, out var ids))
                {
                    selected[id] = ids = new(StringComparer.Ordinal);
                    order.Add(id);
                }

                ids.Add((string)row[eventId]!);
            }

            foreach (string id in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (store.Record(id) is not { } record)
                {
                    onError($"{store.Name}: document {id} was selected but is no longer stored");
                    continue;
                }

                var ids = selected[id];
                record = Reviewed(record);
                yield return record with { Events = [.. record.Events.Where(e => ids.Contains(e.Id))] };
            }
        }

        private static int Column(QueryResult result, string name)
        {
            for (int i = 0; i < result.Columns.Count; i++)
            {
                if (result.Columns[i] == name)
                {
                    return i;
                }
            }

            throw new InvalidOperationException($"the events query gives no '{name}' column");
        }
    }
}
