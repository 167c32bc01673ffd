using System.CommandLine;
using System.Globalization;
using Sitrep.Application;
using Sitrep.Cli.Output;
using Sitrep.Core.Documents;
using Sitrep.Core.Record;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep analyze PATH... [--published D] [--format text|json|jsonl | --json] [--lines] [--jobs N]</c>: one record per article.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Article files (.txt, .html, .htm, optionally .gz), directories of them, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published") { Description = "Publication date to assume, YYYY-MM-DD (relative dates resolve against it)" };
        var format = new Option<string>("--format", "-f") { Description = "text (a report for a person), json (one object), jsonl (one object per line)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var json = new Option<bool>("--json") { Description = "The same as --format json (the spelling of the output contract)" };
        var lines = new Option<bool>("--lines") { Description = "Each line of each input file is its own document" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest article accepted, in bytes", DefaultValueFactory = _ => new IngestOptions().MaxBytes };
        var timings = new Option<bool>("--timings") { Description = "Print the time each pipeline component took, on standard error" };
        var jobs = JobsOption.Create();

        var command = new Command("analyze", "Analyze articles and print their records (sitrep/1)") { paths, published, format, json, lines, maxBytes, timings, jobs };
        command.SetAction(parse =>
        {
            DateOnly? date = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || !DocumentDates.IsPlausible(d))
                {
                    error.WriteLine($"sitrep analyze: --published '{p}' is not a date of the form YYYY-MM-DD between 1800 and 2200");
                    return 2;
                }

                date = d;
            }

            string chosen = parse.GetValue(format) ?? "text";
            if (parse.GetValue(json))
            {
                if (parse.GetResult(format) is { Implicit: false } && chosen != "json")
                {
                    error.WriteLine($"sitrep analyze: --json and --format {chosen} ask for two formats; give one");
                    return 2;
                }

                chosen = "json";
            }

            var run = new AnalyzeRun(
                new ArticleReader(new IngestOptions { Published = date, MaxBytes = parse.GetValue(maxBytes) }),
                SitrepEngine.Create(),
                chosen,
                output,
                error,
                parse.GetValue(timings));
            return run.Execute(parse.GetValue(paths) ?? [], parse.GetValue(lines), parse.GetValue(jobs));
        });
        return command;
    }

    private sealed class AnalyzeRun(ArticleReader reader, SitrepEngine engine, string format, TextWriter output, TextWriter error, bool timings)
    {
        private readonly Dictionary<string, TimeSpan>? _timings = timings ? new(StringComparer.Ordinal) : null;
        private int _failed;
        private int _done;
        private bool _firstJson = true;

        public int Execute(string[] paths, bool byLine, int jobs)
        {
            var inputs = ArticleReader.Expand(paths).ToList();
            var progress = new Progress(error, inputs.Count);
            bool many = inputs.Count > 1 || byLine || inputs.Any(i => i.Path.EndsWith(".sgm", StringComparison.OrdinalIgnoreCase));
            if (format == "json" && many)
            {
                output.Write('[');
            }

            engine.Timings = _timings;
            int file = 0;
            foreach (var result in engine.AnalyzeMany(SitrepEngine.Read(reader, inputs, byLine), jobs))
            {
                for (; file < result.FileIndex; file++)
                {
                    progress.Step();
                }

                if (result.Error is { } message)
                {
                    Fail(message);
                }
                else
                {
                    Write(result);
                }
            }

            for (; file < inputs.Count; file++)
            {
                progress.Step();
            }

            if (format == "json" && many)
            {
                output.WriteLine(']');
            }

            progress.Done();
            output.Flush();
            if (_timings is not null)
            {
                foreach (var (name, time) in _timings)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {time.TotalMilliseconds,10:F1} ms"));
                }
            }

            if (_failed > 0)
            {
                error.WriteLine($"sitrep analyze: {_failed} of {_failed + _done} inputs failed");
                return 1;
            }

            return 0;
        }

        private void Write(Analysis result)
        {
            _done++;
            switch (format)
            {
                case "jsonl":
                    output.WriteLine(RecordWriter.ToJson(result.Record!, indented: false));
                    break;
                case "json":
                    if (!_firstJson)
                    {
                        output.Write(',');
                    }

                    output.WriteLine(RecordWriter.ToJson(result.Record!, indented: true));
                    break;
                default:
                    TextReport.Write(result.Document!, output);
                    break;
            }

            _firstJson = false;
        }

        private void Fail(string message)
        {
            _failed++;
            error.WriteLine($"sitrep analyze: {message}");
        }
    }
}
