using System.CommandLine;
using Sitrep.Store;
using Sitrep.Store.Export;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export --format jsonl|csv|gdelt|acled [--store S]</c>: the stored records for other tools, on standard output.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var store = StoreOption.Create();
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (one sitrep/1 record per line), csv (one row per event), gdelt (GDELT 2.0 event-table columns, TSV), acled (ACLED-style CSV)",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gdelt", "acled");
        var command = new Command("export", "Write the stored records as JSON lines, an event CSV, GDELT-style TSV or ACLED-style CSV") { store, format };
        command.SetAction(parse =>
        {
            try
            {
                using var s = StoreFactory.Open(parse.GetValue(store), forWriting: false);
                var f = Enum.Parse<ExportFormat>(parse.GetValue(format) ?? "jsonl", ignoreCase: true);
                RecordExporter.Write(s.Records(), f, output);
                output.Flush();
                return 0;
            }
            catch (StoreException ex)
            {
                error.WriteLine($"sitrep export: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
