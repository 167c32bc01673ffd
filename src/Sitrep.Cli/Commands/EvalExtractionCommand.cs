using System.CommandLine;
using System.Globalization;
using Sitrep.Evaluation;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval extraction --data DIR [--engine sitrep|smartreader] [--save OUT]</c>: article-body F1 on an
/// extraction benchmark folder (html/*.html.gz + ground-truth*.json), the same metric as score_extraction.py.
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "Benchmark folder with html/ID.html.gz and ground-truth*.json", Required = true };
        var engine = new Option<string>("--engine") { Description = "sitrep (our extractor) or smartreader (for comparison)", DefaultValueFactory = _ => "sitrep" };
        engine.AcceptOnlyFromAmong("sitrep", "smartreader");
        var worst = new Option<int>("--worst") { Description = "How many lowest-F1 pages to list", DefaultValueFactory = _ => 8 };
        var save = new Option<string?>("--save") { Description = "Also write each page's extracted text to OUT/ID.txt (for score_extraction.py or inspection)" };
        var command = new Command("extraction", "Article-body extraction F1 (Scrapinghub/Zyte benchmark metric)") { data, engine, worst, save };
        command.SetAction(parse =>
        {
            string engineName = parse.GetValue(engine) ?? "sitrep";
            Func<string, string> extract = engineName == "smartreader"
                ? html => SmartReaderExtractor.Extract(html).Text
                : html => HtmlExtractor.Extract(html).Text;
            string? saveDir = parse.GetValue(save);
            try
            {
                if (saveDir is not null)
                {
                    Directory.CreateDirectory(saveDir);
                }

                var result = ExtractionBenchmark.Run(
                    parse.GetValue(data)!,
                    extract,
                    saveDir is null ? null : (id, text) => File.WriteAllText(Path.Combine(saveDir, id + ".txt"), text));
                foreach (string line in result.Report(engineName, parse.GetValue(worst)))
                {
                    output.WriteLine(line);
                }

                return 0;
            }
            catch (IngestException ex)
            {
                error.WriteLine($"sitrep eval extraction: {ex.Message}");
                return 1;
            }
            catch (IOException ex)
            {
                error.WriteLine($"sitrep eval extraction: cannot write to {saveDir}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
