using System.Diagnostics;

namespace Sitrep.Ingest.Tests;

/// <summary>Reading a Reuters-21578 SGML file: linear in the file whatever it holds.</summary>
public sealed class ReutersSgmlTests
{
    // The story pattern runs without a time limit. On the backtracking engine every "<REUTERS" without a closing tag
    // rescanned the rest of the file (over 20 s for 20,000 open tags, measured; under the old 2 s limit a
    // RegexMatchTimeoutException instead of an article or a one-line error). A truncated or hostile file now reads in linear time.
    [Theory]
    [InlineData("<REUTERS NEWID=\"1\"> x ")]
    [InlineData("<REUTERS a ")]
    public void Unclosed_stories_are_read_in_linear_time(string open)
    {
        string sgml = string.Concat(Enumerable.Repeat(open, 20_000))
            + "<REUTERS NEWID=\"9\"><TITLE>PORT REOPENS</TITLE><BODY>The port reopened on Monday.</BODY></REUTERS>";
        var clock = Stopwatch.StartNew();
        var stories = ReutersSgml.Read(sgml, "hostile.sgm", null).ToList();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        var story = Assert.Single(stories);
        Assert.StartsWith("hostile.sgm#", story.Source, StringComparison.Ordinal);
        Assert.Contains("The port reopened on Monday.", story.Text, StringComparison.Ordinal);
    }

    // Found by fuzzing (tools/fuzz, target "reader"): a TITLE wrapped over lines gave a title that was not the text's
    // first line, and a repeated NEWID gave two articles one source.
    [Fact]
    public void A_wrapped_title_is_one_line_and_a_repeated_id_names_each_story()
    {
        const string sgml = "<REUTERS NEWID=\"7\"><TITLE>PORT STRIKE\nENDS</TITLE><BODY>Dock workers returned.</BODY></REUTERS>\n"
            + "<REUTERS NEWID=\"7\"><TITLE>FERRY</TITLE><BODY>Ferries sailed.</BODY></REUTERS>";
        var stories = ReutersSgml.Read(sgml, "a.sgm", null).ToList();
        Assert.Equal(["a.sgm#7", "a.sgm#7.2"], stories.Select(s => s.Source));
        Assert.Equal("PORT STRIKE ENDS", stories[0].Title);
        Assert.StartsWith("PORT STRIKE ENDS\n", stories[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sign_off_goes_and_reuters_in_the_text_stays()
    {
        const string sgml = "<REUTERS NEWID=\"1\"><TITLE>T</TITLE><BODY>An analyst told Reuters the deal was done.\n Reuter\n&#3;</BODY></REUTERS>\n"
            + "<REUTERS NEWID=\"2\"><TITLE>U</TITLE><BODY>Banks met Reuters staff. REUTER\n&#3;</BODY></REUTERS>";
        var stories = ReutersSgml.Read(sgml, "a.sgm", null).ToList();
        Assert.Equal("T\nAn analyst told Reuters the deal was done.", stories[0].Text);
        Assert.Equal("U\nBanks met Reuters staff.", stories[1].Text);
    }
}
