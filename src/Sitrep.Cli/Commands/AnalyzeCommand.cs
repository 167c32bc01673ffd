using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Record;
using Sitrep.Ingest;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep analyze PATH... [--published D] [--format text|json|jsonl] [--lines]</c>: one record per article.</summary>
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
        var lines = new Option<bool>("--lines") { Description = "Each line of each input file is its own document" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest article accepted, in bytes", DefaultValueFactory = _ => new IngestOptions().MaxBytes };
        var timings = new Option<bool>("--timings") { Description = "Print the time each pipeline component took, on standard error" };

        var command = new Command("analyze", "Analyze articles and print their records (sitrep/1)") { paths, published, format, lines, maxBytes, timings };
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

            var run = new AnalyzeRun(
                new ArticleReader(new IngestOptions { Published = date, MaxBytes = parse.GetValue(maxBytes) }),
                DefaultPipeline.Create(EmbeddedModels.Load()),
                parse.GetValue(format) ?? "text",
                output,
                error,
                parse.GetValue(timings));
            return run.Execute(parse.GetValue(paths) ?? [], parse.GetValue(lines));
        });
        return command;
    }

    private sealed class AnalyzeRun(ArticleReader reader, SitrepPipeline pipeline, string format, TextWriter output, TextWriter error, bool timings)
    {
        private readonly Dictionary<string, TimeSpan>? _timings = timings ? new(StringComparer.Ordinal) : null;
        private int _failed;
        private int _done;
        private bool _firstJson = true;

        public int Execute(string[] paths, bool byLine)
        {
            var inputs = ArticleReader.Expand(paths).ToList();
            var progress = new Progress(error, inputs.Count);
            bool many = inputs.Count > 1 || byLine || inputs.Any(i => i.Path.EndsWith(".sgm", StringComparison.OrdinalIgnoreCase));
            if (format == "json" && many)
            {
                output.Write('[');
            }

            foreach (var (path, listError) in inputs)
            {
                if (listError is not null)
                {
                    Fail(listError.Message);
                    continue;
                }

                IEnumerable<ArticleInput> articles;
                try
                {
                    articles = reader.ReadAll(path, byLine).ToList();
                }
                catch (IngestException ex)
                {
                    Fail(ex.Message);
                    progress.Step();
                    continue;
                }

                foreach (var input in articles)
                {
                    AnalyzeOne(input);
                }

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

        private void AnalyzeOne(ArticleInput input)
        {
            Document document;
            try
            {
                document = pipeline.Process(input, _timings);
            }
            catch (PipelineComponentException ex)
            {
                Fail(ex.Message);
                return;
            }

            _done++;
            switch (format)
            {
                case "jsonl":
                    output.WriteLine(RecordWriter.ToJson(document, indented: false));
                    break;
                case "json":
                    if (!_firstJson)
                    {
                        output.Write(',');
                    }

                    output.WriteLine(RecordWriter.ToJson(document, indented: true));
                    break;
                default:
                    TextReport.Write(document, output);
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
