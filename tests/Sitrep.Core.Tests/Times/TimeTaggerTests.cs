using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Articles;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Times;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Times;

/// <summary>Spec lines: anchor date | sentence | expected expression text | type | TIMEX3 value.</summary>
public sealed class TimeTaggerTests
{
    private static readonly SitrepPipeline s_pipeline = new PipelineBuilder()
        .Add(new StructureFinder()).Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new TimeTagger()).Build();

    [Theory]
    // the seed's phenomena (published 2025-08-07, a Thursday)
    [InlineData("2025-08-07", "Wednesday’s discussions appeared amicable, with images showing the two men smiling.", "Wednesday", "DATE", "2025-08-06")]
    [InlineData("2025-08-07", "The administration announced an additional 25% tariff on India, effective August 27, citing its stance.", "August 27", "DATE", "2025-08-27")]
    [InlineData("2025-08-07", "On Tuesday, the US approved $200 million in additional military sales to Ukraine.", "Tuesday", "DATE", "2025-08-05")]
    [InlineData("2025-08-07", "An assault on Kyiv last week resulted in at least 32 fatalities.", "last week", "DATE", "2025-W31")]
    [InlineData("2025-08-07", "As of May 2024, the conflict has displaced over 6.4 million Ukrainians.", "May 2024", "DATE", "2024-05")]
    [InlineData("2025-08-07", "We will work towards that in the days and weeks to come.", "the days and weeks to come", "DATE", "FUTURE_REF")]
    [InlineData("2025-08-07", "More to follow. — Donald J. Trump (@realDonaldTrump) June 2, 2024", "June 2, 2024", "DATE", "2024-06-02")]
    // weekdays: past by default, the anchor's own day included; future with "will"; "last X" on an X is a week back
    [InlineData("2025-08-06", "The ministers met last Wednesday in Geneva.", "last Wednesday", "DATE", "2025-07-30")]
    [InlineData("2025-08-06", "The ministers met Wednesday in Geneva.", "Wednesday", "DATE", "2025-08-06")]
    [InlineData("2025-08-07", "The talks will resume Friday in Geneva.", "Friday", "DATE", "2025-08-08")]
    [InlineData("2025-08-07", "The talks resumed Friday in Geneva.", "Friday", "DATE", "2025-08-01")]
    [InlineData("2025-08-07", "Stocks fell sharply Monday morning.", "Monday morning", "TIME", "2025-08-04TMO")]
    [InlineData("2025-08-07", "He flew home this morning.", "this morning", "TIME", "2025-08-07TMO")]
    [InlineData("2025-08-04", "Protesters gathered over the weekend.", "the weekend", "DATE", "2025-W31-WE")]
    [InlineData("2025-08-08", "Protesters will gather over the weekend.", "the weekend", "DATE", "2025-W32-WE")]
    [InlineData("2025-08-07", "Shipments will resume in next year's first quarter.", "next year's first quarter", "DATE", "2026-Q1")]
    [InlineData("1998-04-24", "The match is on Saturday, April 25, at the stadium.", "Saturday, April 25", "DATE", "1998-04-25")]
    // months and days without a year: the direction decides the year
    [InlineData("2025-12-28", "The vote will be held January 3 in the capital.", "January 3", "DATE", "2026-01-03")]
    [InlineData("2025-02-10", "Sales rose in December, the company said.", "December", "DATE", "2024-12")]
    [InlineData("2025-08-07", "The company reported the results in June last year.", "June last year", "DATE", "2024-06")]
    // relative expressions
    [InlineData("2025-08-07", "The price doubled two weeks ago.", "two weeks ago", "DATE", "2025-W30")]
    [InlineData("2025-08-07", "The strike lasted two weeks.", "two weeks", "DURATION", "P2W")]
    [InlineData("2025-08-07", "Prices will rise next month.", "next month", "DATE", "2025-09")]
    [InlineData("2025-08-07", "The law was passed earlier this year.", "earlier this year", "DATE", "2025")]
    [InlineData("2025-08-07", "He arrived yesterday.", "yesterday", "DATE", "2025-08-06")]
    [InlineData("2025-08-07", "He is now in Kyiv.", "now", "DATE", "PRESENT_REF")]
    [InlineData("2025-08-07", "He recently visited Kyiv.", "recently", "DATE", "PAST_REF")]
    [InlineData("2025-08-07", "Output fell over the past three months.", "the past three months", "DURATION", "P3M")]
    [InlineData("2021-01-06", "Cases rose last week.", "last week", "DATE", "2020-W53")]
    // quarters, fiscal years, decades, sets, clock times
    [InlineData("1989-10-25", "Profit rose in the third quarter.", "the third quarter", "DATE", "1989-Q3")]
    [InlineData("2025-02-10", "Profit rose in the fourth quarter.", "the fourth quarter", "DATE", "2024-Q4")]
    [InlineData("2025-08-07", "Unemployment peaked in the 1990s.", "the 1990s", "DATE", "199")]
    [InlineData("2025-08-07", "The firm reports daily.", "daily", "SET", "P1D")]
    [InlineData("2025-08-07", "The plant was shut for a five-year period.", "five-year", "DURATION", "P5Y")]
    [InlineData("2025-08-07", "The meeting starts at 10:30 a.m. today.", "10:30 a.m. today", "TIME", "2025-08-07T10:30")]
    // absolute forms
    [InlineData("2025-08-07", "The attacks of 9/11 changed the city.", "9/11", "DATE", "2001-09-11")]
    [InlineData("2025-08-07", "The form was filed on 6/2/2024 in Ohio.", "6/2/2024", "DATE", "2024-06-02")]
    [InlineData("2025-08-07", "It was signed on 2 June 2024 in Paris.", "2 June 2024", "DATE", "2024-06-02")]
    [InlineData("2025-08-07", "It has been deployed since 2022 in the east.", "2022", "DATE", "2022")]
    [InlineData("2025-08-07", "Revenue grew in fiscal year 2024 by a tenth.", "fiscal year 2024", "DATE", "2024")]
    [InlineData("2025-08-07", "Revenue fell in the first quarter of last year.", "the first quarter of last year", "DATE", "2024-Q1")]
    [InlineData("2025-08-07", "Trading resumes at 14:30 UTC Monday.", "14:30 UTC Monday", "TIME", "2025-08-04T14:30Z")]
    // found by fuzzing (tools/fuzz, target "time"): a 24-hour time with a needless "p.m." was moved 12 hours on (T32:49)
    [InlineData("2025-08-07", "The blast was heard at 20:49 p.m. Monday.", "20:49 p.m. Monday", "TIME", "2025-08-04T20:49")]
    [InlineData("2025-08-07", "The blast was heard at 8:49 p.m. Monday.", "8:49 p.m. Monday", "TIME", "2025-08-04T20:49")]
    // found by the CI fuzz smoke: an offset beyond the calendar gave year -0027; it is a bare reference to the past
    [InlineData("2025-08-07", "The ruins were first settled 2051 years ago, experts said.", "2051 years ago", "DATE", "PAST_REF")]
    public void Finds_and_resolves(string anchor, string sentence, string text, string type, string value)
    {
        var times = Tag(sentence, anchor);
        var hit = times.SingleOrDefault(t => sentence[t.Range.Start..t.Range.End] == text);
        Assert.True(hit is not null, $"'{text}' not found; got: {Describe(sentence, times)}");
        Assert.Equal(type, hit.Type.ToString().ToUpperInvariant());
        Assert.Equal(value, hit.Value);
    }

    [Theory]
    [InlineData("2025-08-07", "The Sunday Times reported the story.")]
    [InlineData("2025-08-07", "Officials may resign over the affair.")]
    [InlineData("2025-08-07", "About 2000 troops were sent to the border.")]
    [InlineData("2025-08-07", "The company cut about three-quarters of its staff.")]
    public void Leaves_non_times_alone(string anchor, string sentence)
    {
        var times = Tag(sentence, anchor);
        Assert.True(times.Count == 0, Describe(sentence, times));
    }

    [Fact]
    public void Two_thousand_troops_is_not_a_year_but_the_year_after_it_is()
    {
        const string s = "About 2000 troops were deployed in 2024.";
        var times = Tag(s, "2025-08-07");
        Assert.Equal(["2024"], times.Select(t => s[t.Range.Start..t.Range.End]));
    }

    [Fact]
    public void A_year_earlier_after_a_quarter_is_that_quarter_a_year_before()
    {
        const string s = "Net income rose in the third quarter. A year earlier, it had fallen.";
        var times = Tag(s, "1989-10-25");
        Assert.Equal(["1989-Q3", "1988-Q3"], times.Select(t => t.Value));
    }

    [Fact]
    public void Without_a_published_date_the_latest_full_date_is_the_inferred_anchor()
    {
        const string text = "Talks ended on June 2, 2024 in Moscow.\nThe envoy left on Tuesday.";
        var doc = s_pipeline.Process(new ArticleInput(text, "test"));
        Assert.True(doc.TryGet(Layers.PublishedInferred, out var inferred));
        Assert.Equal(new DateOnly(2024, 6, 2), inferred.Value);
        var tuesday = doc.Get(Layers.Times).Single(t => text[t.Range.Start..t.Range.End] == "Tuesday");
        Assert.Equal("2024-05-28", tuesday.Value);
        Assert.Equal(TimeAnchor.Other, tuesday.Anchor);
    }

    [Fact]
    public void A_given_published_date_is_used_and_nothing_is_inferred()
    {
        const string text = "Talks ended on June 2, 2024 in Moscow.\nThe envoy left on Tuesday.";
        var doc = s_pipeline.Process(new ArticleInput(text, "test") { GivenPublished = new DateOnly(2025, 8, 7) });
        Assert.False(doc.Has(Layers.PublishedInferred));
        var tuesday = doc.Get(Layers.Times).Single(t => text[t.Range.Start..t.Range.End] == "Tuesday");
        Assert.Equal("2025-08-05", tuesday.Value);
        Assert.Equal(TimeAnchor.Published, tuesday.Anchor);
    }

    private static IReadOnlyList<TimeExpression> Tag(string text, string anchor)
    {
        var input = new ArticleInput(text, "test") { GivenPublished = DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        return s_pipeline.Process(input).Get(Layers.Times);
    }

    private static string Describe(string text, IReadOnlyList<TimeExpression> times)
        => string.Join("; ", times.Select(t => $"'{text[t.Range.Start..t.Range.End]}' {t.Type} {t.Value}"));

    // Found by fuzzing (tools/fuzz, target "time"): with no date to resolve against, a time of day was glued to the bare
    // reference ("FUTURE_REFTNI", "PRESENT_REFT21:00Z"), which is no TIMEX3 value.
    [Theory]
    [InlineData("The talks resume tomorrow night.", "tomorrow night", "FUTURE_REF")]
    [InlineData("The market closes at 9 p.m. GMT on weekdays.", "9 p.m. GMT", "PRESENT_REF")]
    [InlineData("The vote is at noon.", "noon", "PRESENT_REF")]
    public void Without_a_date_a_time_of_day_keeps_the_bare_reference(string sentence, string text, string value)
    {
        var times = s_pipeline.Process(new ArticleInput(sentence, "test")).Get(Layers.Times);
        var hit = times.SingleOrDefault(t => sentence[t.Range.Start..t.Range.End] == text);
        Assert.True(hit is not null, $"'{text}' not found; got: {Describe(sentence, times)}");
        Assert.Equal(TimexType.Time, hit.Type);
        Assert.Equal(value, hit.Value);
    }
}
