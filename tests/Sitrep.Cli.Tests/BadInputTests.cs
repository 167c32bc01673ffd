using System.IO.Compression;
using System.Text;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 2, bad input: one clear line per bad input naming it, the good inputs still processed, non-zero exit.</summary>
public sealed class BadInputTests
{
    private const string Good = "Talks Resume\nNegotiators met again on Monday in Geneva, officials said.\n";

    [Fact]
    public void Nonexistent_path_is_named_in_one_line_and_exit_is_non_zero()
    {
        var run = CliRun.Of("analyze", "/no/such/article.txt", "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("/no/such/article.txt: no such file or directory", StringComparison.Ordinal));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Empty_file_is_refused_with_its_name()
    {
        using var dir = new TempDir();
        string empty = dir.File("empty.txt", "");
        var run = CliRun.Of("analyze", empty, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains($"{empty}: empty file", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_file_is_refused_with_its_name()
    {
        using var dir = new TempDir();
        string bin = dir.File("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);
        var run = CliRun.Of("analyze", bin, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains($"{bin}: binary data", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_1252_text_is_decoded_not_refused()
    {
        using var dir = new TempDir();
        var bytes = Encoding.Latin1.GetBytes("Pound Falls\nThe pound fell to \u00a31.20 against the euro, traders in Z\u00fcrich said.\n");
        string latin = dir.File("latin.txt", bytes);
        var run = CliRun.Of("analyze", latin, "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("£1.20", run.Output, StringComparison.Ordinal);
        Assert.Contains("Zürich", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_over_the_size_cap_is_refused_and_the_cap_is_configurable()
    {
        using var dir = new TempDir();
        string big = dir.File("big.txt", "Headline\n" + new string('x', 5000));
        var refused = CliRun.Of("analyze", big, "--max-bytes", "1000", "--format", "jsonl");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(refused.ErrorLines, l => l.Contains($"{big}: too large", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Of("analyze", big, "--format", "jsonl").ExitCode);
    }

    [Fact]
    public void Directory_with_good_and_bad_files_processes_the_good_ones_and_names_each_bad_one()
    {
        using var dir = new TempDir();
        dir.File("a-good.txt", Good);
        dir.File("b-empty.txt", "");
        dir.File("c-binary.txt", [0, 1, 2, 3, 0, 0, 7]);
        dir.File("d-good.txt", Good.Replace("Geneva", "Vienna", StringComparison.Ordinal));
        dir.File("e-broken.html.gz", [0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]);
        dir.File("notes.csv", "not,an,article");
        var run = CliRun.Of("analyze", dir.Path, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        var records = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, records.Length);
        Assert.Contains("Vienna", records[1], StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.Contains("b-empty.txt: empty file", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("c-binary.txt: binary data", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("e-broken.html.gz:", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("3 of 5 inputs failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Gzipped_html_is_read()
    {
        using var dir = new TempDir();
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes("<html><head><title>Dam Opens</title></head><body><article><h1>Dam Opens</h1><p>The new dam on the river opened on Friday after six years of work, officials said.</p></article></body></html>"));
        }

        string page = dir.File("page.html.gz", buffer.ToArray());
        var run = CliRun.Of("analyze", page, "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"title\":\"Dam Opens\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("six years of work", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_date_in_page_metadata_is_ignored_not_fatal()
    {
        using var dir = new TempDir();
        string page = dir.File("placeholder.html", "<html><head><meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\"><title>Bridge Reopens</title></head><body><article><h1>Bridge Reopens</h1><p>The bridge reopened on Monday after two weeks of repairs, the city said in a statement.</p></article></body></html>");
        var run = CliRun.Of("analyze", page, "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"published\":null", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "0001-01-01")]
    [InlineData("--published", "7 August 2025")]
    [InlineData("--format", "xml")]
    public void Usage_errors_exit_2_with_a_message(string option, string value)
    {
        using var dir = new TempDir();
        var run = CliRun.Of("analyze", dir.File("a.txt", Good), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.ErrorLines);
    }
}
