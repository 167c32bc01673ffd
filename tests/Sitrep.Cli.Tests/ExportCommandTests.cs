using Sitrep.Cli.Commands;
using Sitrep.Core.Record;
using Sitrep.Export;
using Sitrep.Store;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 14, exports: <c>sitrep export</c> over articles we write, and over any <see cref="IRecordSource"/>.</summary>
public sealed class ExportCommandTests
{
    private const string Article =
        "Clashes Near the Border\n" +
        "Rebels shelled the town of Kars on Monday, killing 12 people, officials said.\n" +
        "\"We will not retreat, whatever it costs,\" the rebel commander said.\n";

    [Fact]
    public void Csv_quotes_go_to_the_out_file_with_their_document_id_and_evidence()
    {
        using var dir = new TempDir();
        string article = dir.File("kars.txt", Article);
        string csv = Path.Combine(dir.Path, "quotes.csv");
        var run = CliRun.Of("export", "--format", "csv", "--kind", "quotes", "--out", csv, article, "--jobs", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        string text = File.ReadAllText(csv);
        Assert.StartsWith("doc_id,quote_id,kind,speaker,speaker_name,speaker_principal,speaker_principal_name,cue,confidence,evidence_start,evidence_end,evidence\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"We will not retreat, whatever it costs,\"", text, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("sitrep export: ", StringComparison.Ordinal) && l.Contains("from 1 records", StringComparison.Ordinal));
    }

    [Fact]
    public void Gdelt_rows_have_61_fields()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("export", "-f", "gdelt", dir.File("kars.txt", Article), "--jobs", "1");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
    }

    [Fact]
    public void An_unwritable_out_file_is_one_line_naming_it()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("export", "-f", "jsonl", "--out", "/no/such/dir/out.jsonl", dir.File("kars.txt", Article));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("sitrep export: cannot write '/no/such/dir/out.jsonl': ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void With_corrections_a_store_export_is_the_reviewed_reading_with_the_corrections_beside()
    {
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "s.db");
        var ingest = CliRun.Of("ingest", dir.File("kars.txt", Article), "--store", db, "--jobs", "1");
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        string id;
        using (var store = StoreFactory.Open(db, forWriting: true))
        {
            var record = Assert.Single(store.Records());
            id = record.Document.Id;
            var ev = record.Events[0];
            store.AddCorrection(id, new RecordCorrection { Item = "event", ItemId = ev.Id, Action = "correct", Field = "type", Machine = ev.Type, Value = "PROTEST", Created = "2025-01-01T00:00:00Z" });
        }

        var plain = CliRun.Of("export", "-f", "jsonl", "--store", db);
        Assert.DoesNotContain("\"corrections\"", plain.Output, StringComparison.Ordinal);
        var reviewed = CliRun.Of("export", "-f", "jsonl", "--store", db, "--with-corrections");
        Assert.Equal(0, reviewed.ExitCode);
        var r = RecordWriter.Read(reviewed.Output.Trim());
        Assert.Equal("PROTEST", r.Events[0].Type);
        Assert.Equal("PROTEST", Assert.Single(r.Corrections!).Value);
        Assert.NotEqual("PROTEST", Assert.Single(r.Corrections!).Machine);
        var csv = CliRun.Of("export", "-f", "csv", "--store", db, "--with-corrections");
        Assert.Contains(",PROTEST,", csv.Output, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("export", "-f", "jsonl", "--with-corrections", dir.File("other.txt", Article)).ExitCode);
    }

    [Fact]
    public void Kind_with_another_format_and_store_filters_with_paths_are_usage_errors()
    {
        Assert.Equal(2, CliRun.Of("export", "-f", "gdelt", "--kind", "quotes", "x.txt").ExitCode);
        Assert.Equal(2, CliRun.Of("export", "-f", "xml", "x.txt").ExitCode);
        Assert.Equal(2, CliRun.Of("export", "-f", "csv", "--who", "Kim", "x.txt").ExitCode);
        Assert.Equal(2, CliRun.Of("export", "-f", "csv", "--store", "a.db", "x.txt").ExitCode);
    }

    [Fact]
    public void A_missing_store_is_one_line_and_exit_1()
    {
        var run = CliRun.Of("export", "-f", "csv", "--store", "/no/such/dir/x.db");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/no/such/dir/x.db", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Stored_records_are_exported_whole_or_with_the_selected_events_only()
    {
        const string text = "Army shells port. The army shelled the port; envoys met in Valletta.";
        var record = new SitrepRecord
        {
            Document = new RecordDocument { Id = RecordWriter.DocumentId(text), Source = "port.txt", Published = "2025-03-04", Text = text },
            Entities = [new RecordEntity { Id = "e1", Type = "ORG", Name = "Army", Mentions = [new RecordMention(18, 26, "The army")] }],
            Events =
            [
                new RecordEvent { Id = "v1", Type = "ASSAULT", Source = "e1", Evidence = new RecordSpan(18, 44) },
                new RecordEvent { Id = "v2", Type = "CONSULT", Evidence = new RecordSpan(46, 68) },
                new RecordEvent { Id = "v3", Type = "COERCE", Evidence = new RecordSpan(18, 44) }, // the same sentence as v1
            ],
            Pipeline = new PipelineFingerprint("a.v1", "m1", "k1", "c1"),
        };
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "s.db");
        using (var s = StoreFactory.Open(db, forWriting: true))
        {
            s.Write([record]);
        }

        var all = CliRun.Of("export", "-f", "gdelt", "--store", db);
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(3, all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var assaults = CliRun.Of("export", "-f", "gdelt", "--store", db, "--type", "ASSAULT");
        Assert.Equal(0, assaults.ExitCode);
        var line = Assert.Single(assaults.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t');
        Assert.Equal(("190", "ARMY"), (line[26], line[6]));
        Assert.EndsWith("001", line[0], StringComparison.Ordinal);
        Assert.Equal("", CliRun.Of("export", "-f", "gdelt", "--store", db, "--type", "PROTEST").Output);
    }

    [Fact]
    public void A_missing_input_is_named_and_the_others_are_exported()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("export", "-f", "jsonl", "/no/such/article.txt", dir.File("kars.txt", Article), "--jobs", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("/no/such/article.txt: no such file or directory", StringComparison.Ordinal));
        Assert.Equal(Article.Replace("\r", "", StringComparison.Ordinal), RecordWriter.Read(Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).Document.Text);
    }

    [Fact]
    public void Any_record_source_can_be_exported_and_its_errors_counted()
    {
        var record = new SitrepRecord { Document = new RecordDocument { Id = "00000000000000aa", Source = "stored", Text = "Quiet day." } };
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = ExportCommand.Run(new Source([record], "lost.txt: unreadable"), ExportFormat.Csv, CsvKind.Documents, null, output, error);
        Assert.Equal(1, code);
        Assert.Contains("00000000000000aa,stored,", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("sitrep export: lost.txt: unreadable", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class Source(SitrepRecord[] records, string failure) : IRecordSource
    {
        public IEnumerable<SitrepRecord> Records(Action<string> onError, CancellationToken cancellationToken = default)
        {
            onError(failure);
            return records;
        }
    }
}
