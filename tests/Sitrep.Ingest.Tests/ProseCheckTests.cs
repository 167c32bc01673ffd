namespace Sitrep.Ingest.Tests;

public sealed class ProseCheckTests
{
    private const string Story = """
        Ferry Service Resumes After Storm
        HARBOURTON, June 3, 2031 — The ferry between Harbourton and Calder Island resumed on Tuesday after two days of storms kept boats in port.
        “We are glad to be moving again,” said captain Rosa Lind, who has worked the route for eleven years.
        """;

    [Fact]
    public void A_word_list_or_a_data_file_is_not_an_article()
    {
        string list = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"commodity-{i}"));
        Assert.Contains("not an article: 40 lines, and only 0% of the 40 words", ProseCheck.NotAnArticle(list), StringComparison.Ordinal);
        string facts = "These are facts about harbours, kindly made available by the port office of the town.\n"
            + string.Join("\n", Enumerable.Range(0, 150).Select(i => $"depth(\"Harbour{i}\", {i * 3}).")) + "\n";
        Assert.Contains("not an article", ProseCheck.NotAnArticle(facts), StringComparison.Ordinal);
        var reader = new ArticleReader(new IngestOptions());
        var ex = Assert.Throws<IngestException>(() => reader.FromPlainText(list, "lists/commodities.txt"));
        Assert.StartsWith("lists/commodities.txt: not an article", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_short_texts_and_tables_with_a_lead_are_kept()
    {
        Assert.Null(ProseCheck.NotAnArticle(Story));
        Assert.Null(ProseCheck.NotAnArticle("Storm closes port"));
        Assert.Null(ProseCheck.NotAnArticle(string.Join("\n", Enumerable.Range(0, 10).Select(i => $"item-{i}")))); // too short to judge
        string table = "Grain prices rose at the Calder exchange on Monday as buyers returned after the holiday, traders said.\n"
            + "Wheat was firm and barley steady in thin trade, with most of the business in the morning session.\n"
            + string.Join("\n", Enumerable.Range(0, 20).Select(i => $"  Lot {i}    {100 + i}.50   {99 + i}.75"));
        Assert.Null(ProseCheck.NotAnArticle(table));
    }
}
