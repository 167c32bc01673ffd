using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Articles;

/// <summary>The article's era when no date is given: from the titled office-holders it names and its latest dated events.</summary>
public sealed class OfficeEraTests
{
    private static Document Run(string text, DateOnly? published = null)
        => ShippedPipeline.Instance.Process(new ArticleInput(text, "test") { GivenPublished = published });

    private const string Summit =
        "Leaders Discuss Trade at Berlin Meeting\n"
        + "German Chancellor Angela Merkel hosted French President Emmanuel Macron in Berlin on Tuesday for talks on trade.\n"
        + "US President Donald Trump spoke to both leaders by telephone before the meeting, officials said.\n"
        + "The three governments said they would meet again after the summer.\n";

    [Fact]
    public void Titles_alone_fix_the_era_of_an_undated_article()
    {
        var doc = Run(Summit);
        Assert.True(doc.TryGet(Layers.OfficeEra, out var era));
        var span = Assert.Single(era.Spans);
        Assert.Equal(new DateOnly(2017, 5, 14), span.Start); // Macron's first day; Trump's first term ends 2021-01-20
        Assert.Equal(new DateOnly(2021, 1, 20), span.End);
        Assert.True(doc.TryGet(Layers.PublishedInferred, out var inferred));
        Assert.Equal(span.Start, inferred.Value);
        Assert.Contains("Angela Merkel", inferred.Basis, StringComparison.Ordinal);

        // Relative times resolve inside the era, and no title is called anachronistic.
        var tuesday = doc.Get(Layers.Times).Single(t => doc.TextOf(t.Range) == "Tuesday");
        Assert.StartsWith("2017-05", tuesday.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Get(Layers.Findings), f => f.Kind == "anachronistic_title");
    }

    [Fact]
    public void A_title_outside_the_era_the_other_titles_give_is_anachronistic()
    {
        string text = Summit + "British Prime Minister Tony Blair welcomed the talks.\n";
        var doc = Run(text);
        var finding = Assert.Single(doc.Get(Layers.Findings), f => f.Kind == "anachronistic_title");
        Assert.Contains("Tony Blair", finding.Message, StringComparison.Ordinal);
        Assert.Contains("inferred", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Office_holders_before_the_extracts_years_fix_an_era_too()
    {
        // Thatcher and Kohl come from Archigos (1975 on), Reagan from the US executive list.
        const string text =
            "Trade Talks in London\n"
            + "British Prime Minister Margaret Thatcher met West German Chancellor Helmut Kohl and US President Ronald Reagan on Tuesday.\n";
        var doc = Run(text);
        Assert.True(doc.TryGet(Layers.OfficeEra, out var era));
        var span = Assert.Single(era.Spans);
        Assert.Equal(new DateOnly(1982, 10, 1), span.Start); // Kohl's first day, inside Thatcher's and Reagan's terms
        Assert.Equal(new DateOnly(1989, 1, 20), span.End);
    }

    [Fact]
    public void The_latest_dated_event_picks_the_term_when_titles_allow_two()
    {
        const string text =
            "Tariff Talks Resume\n"
            + "US President Donald Trump said on Wednesday that talks on tariffs would resume.\n"
            + "The previous round collapsed in March 2024 without an agreement, officials said.\n";
        var doc = Run(text);
        Assert.True(doc.TryGet(Layers.OfficeEra, out var era));
        Assert.Equal(2, era.Spans.Count); // Trump's two terms
        Assert.True(doc.TryGet(Layers.PublishedInferred, out var inferred));
        Assert.Equal(new DateOnly(2025, 1, 20), inferred.Value); // the first term was over before March 2024
        Assert.Contains("March 2024", inferred.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_date_inside_the_era_is_the_inferred_date()
    {
        const string text =
            "Aid Convoy Reaches Border\n"
            + "US President Joe Biden said the convoy reached the border on 14 October 2023 after a week of delays.\n"
            + "Officials said on Monday that more trucks would follow.\n";
        var doc = Run(text);
        Assert.True(doc.TryGet(Layers.PublishedInferred, out var inferred));
        Assert.Equal(new DateOnly(2023, 10, 14), inferred.Value);
        Assert.Contains("Joe Biden", inferred.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_date_leaves_no_era()
    {
        var doc = Run(Summit, new DateOnly(2018, 7, 3));
        Assert.False(doc.Has(Layers.OfficeEra));
        Assert.False(doc.Has(Layers.PublishedInferred));
    }
}
