using Sitrep.Cli.Commands;
using Sitrep.Core.Record;
using Sitrep.Export;

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
        Assert.StartsWith("doc_id,quote_id,kind,speaker,speaker_name,cue,confidence,evidence_start,evidence_end,evidence\r\n", text, StringComparison.Ordinal);
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
    public void Kind_with_another_format_and_no_input_are_usage_errors()
    {
        Assert.Equal(2, CliRun.Of("export", "-f", "gdelt", "--kind", "quotes", "x.txt").ExitCode);
        Assert.Equal(2, CliRun.Of("export", "-f", "csv").ExitCode);
        Assert.Equal(2, CliRun.Of("export", "-f", "xml", "x.txt").ExitCode);
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
