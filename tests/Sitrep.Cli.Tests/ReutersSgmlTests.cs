using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ReutersSgmlTests
{
    private const string Sgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" NEWID="7">
        <DATE> 3-MAR-1987 09:15:00.00</DATE>
        <TEXT>&#2;
        <TITLE>PORT STRIKE ENDS</TITLE>
        <DATELINE>    LISBON, March 3 - </DATELINE><BODY>Dock workers in Lisbon ended a
        two-week strike on Tuesday after the port authority agreed
        to raise wages by 4 pct, union officials said.
            Shipping agents said &lt;Transportes Maritimos&gt; would resume
        loading on Wednesday.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="8">
        <DATE> 3-MAR-1987 09:20:00.00</DATE>
        <TEXT TYPE="BRIEF">&#2;
        <TITLE>******BRIEF WITH NO BODY</TITLE>
        </TEXT>
        </REUTERS>
        """;

    [Fact]
    public void Each_story_with_a_body_is_one_record_with_its_date_title_and_joined_paragraphs()
    {
        using var dir = new TempDir();
        string path = dir.File("reut2-999.sgm", Encoding.Latin1.GetBytes(Sgml));
        var run = CliRun.Of("analyze", path, "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var doc = json.RootElement.GetProperty("document");
        Assert.Equal(path + "#7", doc.GetProperty("source").GetString());
        Assert.Equal("1987-03-03", doc.GetProperty("published").GetString());
        Assert.Equal("PORT STRIKE ENDS", doc.GetProperty("title").GetString());
        Assert.Equal(
            "PORT STRIKE ENDS\nLISBON, March 3 - Dock workers in Lisbon ended a two-week strike on Tuesday after the port authority agreed to raise wages by 4 pct, union officials said.\nShipping agents said <Transportes Maritimos> would resume loading on Wednesday.",
            doc.GetProperty("text").GetString());
    }

    [Fact]
    public void One_story_is_named_by_its_newid_and_a_missing_one_is_one_line()
    {
        using var dir = new TempDir();
        string path = dir.File("reut2-998.sgm", Encoding.Latin1.GetBytes(Sgml.Replace("NEWID=\"8\"", "NEWID=\"9\"", StringComparison.Ordinal)
            .Replace("******BRIEF WITH NO BODY</TITLE>", "CANAL REOPENS</TITLE><BODY>The canal reopened on Tuesday.</BODY>", StringComparison.Ordinal)));
        var run = CliRun.Of("analyze", path + "#9", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(path + "#9", json.RootElement.GetProperty("document").GetProperty("source").GetString());
        Assert.Equal("CANAL REOPENS", json.RootElement.GetProperty("document").GetProperty("title").GetString());

        var missing = CliRun.Of("analyze", path + "#5", "--json");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"{path}: no story with NEWID 5", missing.Error, StringComparison.Ordinal);

        var both = CliRun.Of("analyze", path + "#9", "--json", "--format", "jsonl");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--json and --format jsonl", both.Error, StringComparison.Ordinal);
    }
}
