using System.CommandLine;
using System.Text;
using Sitrep.Application;
using Sitrep.Cli.Output;
using Sitrep.Core.Record;
using Sitrep.Export;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep export --format jsonl|csv|gdelt|acled [--kind K] [--out FILE] PATH...</c>: the records of articles as
/// one of the export formats (src/Sitrep.Export/README.md). The records come from an <see cref="IRecordSource"/>.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Article files (.txt, .html, .htm, .sgm, optionally .gz), directories of them, or - for standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "jsonl (sitrep/1 records), csv (one table, see --kind), gdelt (GDELT 2.0 event rows), acled (ACLED-style event rows)", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gdelt", "acled");
        var kind = new Option<string?>("--kind", "-k") { Description = "The CSV table: documents, entities, mentions, quotes, times, quantities, events (default), places or findings" };
        kind.AcceptOnlyFromAmong([.. Enum.GetNames<CsvKind>().Select(n => n.ToLowerInvariant())]);
        var outFile = new Option<string?>("--out", "-o") { Description = "Write to FILE instead of standard output" };
        var jobs = JobsOption.Create();

        var command = new Command("export", "Export the records of articles as jsonl, csv, GDELT 2.0 event rows or ACLED-style rows") { paths, format, kind, outFile, jobs };
        command.SetAction(parse =>
        {
            var fmt = Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true);
            var table = parse.GetValue(kind) is { } k ? Enum.Parse<CsvKind>(k, ignoreCase: true) : CsvKind.Events;
            if (parse.GetValue(kind) is not null && fmt != ExportFormat.Csv)
            {
                error.WriteLine("sitrep export: --kind applies to --format csv only");
                return 2;
            }

            // The source of records. A store (--store FILE.db [--query …]) is one more case here.
            var items = parse.GetValue(paths) ?? [];
            if (items.Length == 0)
            {
                error.WriteLine("sitrep export: no input: give article files or directories");
                return 2;
            }

            IRecordSource source = new ArticleRecordSource(items, parse.GetValue(jobs), error);
            return Run(source, fmt, table, parse.GetValue(outFile), output, error);
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
    private sealed class ArticleRecordSource(string[] paths, int jobs, TextWriter error) : IRecordSource
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
}
